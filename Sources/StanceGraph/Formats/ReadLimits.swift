/// Bounds on what a reader accepts, so that hostile or mistaken input fails fast with a clear
/// error instead of exhausting memory or the stack. Every bound can be raised.
///
/// | limit | default | why |
/// |---|---|---|
/// | ``maxInputBytes`` | 1 GiB | a CSV of about 30 million statements; JSON needs about 8 bytes of memory per byte read |
/// | ``maxYAMLBytes`` | 64 MiB | YAML parsing through libyaml/Yams takes about 40 bytes of memory per byte |
/// | ``maxLineBytes`` | 1 MiB | a CSV/TSV row or a JSON Lines line; longer is almost surely not an edge list |
/// | ``maxDepth`` | 256 | nesting of JSON/YAML values; deeper would risk the stack |
/// | ``maxActors`` | 10,000,000 | |
/// | ``maxStatements`` | 100,000,000 | about 11 GB of memory |
///
/// See `docs/limits.md`.
public struct ReadLimits: Hashable, Sendable {
  public var maxInputBytes: Int = 1 << 30
  public var maxYAMLBytes: Int = 64 << 20
  public var maxLineBytes: Int = 1 << 20
  public var maxDepth: Int = 256
  public var maxActors: Int = 10_000_000
  public var maxStatements: Int = 100_000_000

  public init() {}

  /// The defaults.
  public static let standard = ReadLimits()

  /// The deepest nesting any reader takes, whatever ``maxDepth`` asks. The JSON parser recurses
  /// once a level (about 1 KB of stack in a release build, 4.6 KB in a debug build: 10^5 levels
  /// overflowed the stack at about 8,100 and 1,700); 1,000 levels stay inside an 8 MB thread in
  /// both, and it is the YAML library's own fixed limit, so every format agrees.
  public static let depthCeiling = 1_000

  /// The name of one bound, for errors: the CLI maps it to the option that raises it.
  public struct Name: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let inputBytes = Name(rawValue: "input size")
    public static let yamlBytes = Name(rawValue: "YAML input size")
    public static let lineBytes = Name(rawValue: "line length")
    public static let depth = Name(rawValue: "nesting depth")
    public static let actors = Name(rawValue: "actor count")
    public static let statements = Name(rawValue: "statement count")
  }

  /// A diagnostic for input beyond the bound `name`, whose value is `limit`.
  static func exceeded(
    _ what: String, limit: Int, name: Name, file: String?, advice: String? = nil
  ) -> Diagnostic {
    var diagnostic = Diagnostic(
      .tooLarge, "\(what): over the limit of \(ReadLimits.describe(limit))", file: file,
      suggestion: "raise the \(name) limit if the input is what you meant"
        + (advice.map { " (\($0))" } ?? ""))
    diagnostic.limit = Diagnostic.Limit(name, limit)
    return diagnostic
  }

  /// `64 MiB`, `1,000,001 bytes`.
  package static func describeBytes(_ value: Int) -> String {
    let text = describe(value)
    return text.hasSuffix("iB") ? text : text + " bytes"
  }

  /// `64 MiB`, `1,000,000`.
  package static func describe(_ value: Int) -> String {
    if value >= 1 << 20 && value % (1 << 20) == 0 {
      return value % (1 << 30) == 0 ? "\(value >> 30) GiB" : "\(value >> 20) MiB"
    }
    var digits = String(value)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    return digits + grouped
  }
}
