import ArgumentParser
import StanceGraph

/// Bounds on input, each with a default (see docs/limits.md) and an option to raise it.
struct LimitOptions: ParsableArguments {
  @Option(
    name: .customLong("max-input-size"),
    help: ArgumentHelp(
      "Refuse inputs larger than this (e.g. 2G, 512M; YAML: 64M).", valueName: "bytes"))
  var maxInputSize: String?

  @Option(
    name: .customLong("max-line-length"),
    help: ArgumentHelp(
      "Refuse CSV/TSV rows and JSON Lines lines longer than this (default 1M).", valueName: "bytes")
  )
  var maxLineLength: String?

  @Option(
    name: .customLong("max-depth"), help: "Refuse JSON/YAML nested deeper than this (default 256).")
  var maxDepth: Int?

  @Option(
    name: .customLong("max-actors"), help: "Refuse more actors than this (default 10,000,000).")
  var maxActors: Int?

  @Option(
    name: .customLong("max-statements"),
    help: "Refuse more statements than this (default 100,000,000).")
  var maxStatements: Int?

  func validate() throws { _ = try limits() }

  /// The option that raises each limit the library names.
  static let options: [ReadLimits.Name: String] = [
    .inputBytes: "--max-input-size", .yamlBytes: "--max-input-size",
    .lineBytes: "--max-line-length", .depth: "--max-depth", .actors: "--max-actors",
    .statements: "--max-statements",
  ]

  /// `diagnostic` with its advice in the CLI's words: the option that raises the limit it
  /// reached, and the input-format option where the format could not be told.
  static func explained(_ diagnostic: Diagnostic) -> Diagnostic {
    var diagnostic = diagnostic
    if let limit = diagnostic.limit, let option = options[limit.name] {
      if limit.name == .depth && limit.value >= ReadLimits.depthCeiling {
        diagnostic.suggestion =
          "\(ReadLimits.depthCeiling) levels is the most any reader takes (\(option) cannot go higher)"
      } else {
        diagnostic.suggestion =
          "raise it with \(option) if the input is what you meant"
          + (limit.name == .yamlBytes ? " (or convert it to JSON or CSV, which read faster)" : "")
      }
    } else if diagnostic.code == .unknownFormat {
      diagnostic.suggestion = "name the format with --from json|yaml|csv|tsv|jsonl"
    }
    return diagnostic
  }

  /// The limits the options describe.
  func limits() throws -> ReadLimits {
    var limits = ReadLimits.standard
    if let maxInputSize {
      let size = try LimitOptions.bytes(maxInputSize, option: "--max-input-size")
      limits.maxInputBytes = size
      limits.maxYAMLBytes = max(limits.maxYAMLBytes, size)
    }
    if let maxLineLength {
      limits.maxLineBytes = try LimitOptions.bytes(maxLineLength, option: "--max-line-length")
    }
    for (name, value) in [
      ("--max-depth", maxDepth), ("--max-actors", maxActors), ("--max-statements", maxStatements),
    ] {
      if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
    }
    if let maxDepth, maxDepth > ReadLimits.depthCeiling {
      throw ValidationError(
        "--max-depth \(maxDepth) is deeper than any reader goes (at most \(ReadLimits.depthCeiling): the JSON parser recurses once a level, and deeper input would overflow the stack)"
      )
    }
    if let maxDepth { limits.maxDepth = maxDepth }
    if let maxActors { limits.maxActors = maxActors }
    if let maxStatements { limits.maxStatements = maxStatements }
    return limits
  }

  /// `1024`, `64K`, `512M`, `2G` (powers of 1024).
  static func bytes(_ text: String, option: String) throws -> Int {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
    var digits = text.uppercased()
    if digits.hasSuffix("B") { digits.removeLast() }
    var multiplier = 1
    if let last = digits.last, let unit = units[last] {
      multiplier = unit
      digits.removeLast()
    }
    guard let value = Int(digits), value > 0, value <= Int.max / multiplier else {
      throw ValidationError(
        "\(option) \"\(text)\" is not a size; expected a number of bytes such as 1048576, 64M or 2G"
      )
    }
    return value * multiplier
  }
}
