import Testing

@testable import StanceGraph

@Suite struct ReadLimitsTests {
  static let csv = "source,relation,target\nA,accuses,B\nB,accuses,C\nC,warns,A\n"

  static func error(_ text: String, _ format: GraphFormat, _ limits: ReadLimits) throws
    -> Diagnostic
  {
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "in", limits: limits)
    }
    return try #require(error.diagnostics.first)
  }

  @Test func inputSizeIsCheckedBeforeParsing() throws {
    var limits = ReadLimits()
    limits.maxInputBytes = 10
    let diagnostic = try Self.error(Self.csv, .csv, limits)
    #expect(diagnostic.code == .tooLarge)
    #expect(diagnostic.limit == Diagnostic.Limit(.inputBytes, 10))
    #expect(!diagnostic.description.contains("--"), "the library names no CLI option")
  }

  @Test(arguments: [GraphFormat.csv, .tsv])
  func longRowsAreRefused(format: GraphFormat) throws {
    var limits = ReadLimits()
    limits.maxLineBytes = 64
    let separator = format == .csv ? "," : "\t"
    let text =
      ["source", "relation", "target"].joined(separator: separator) + "\n"
      + [String(repeating: "x", count: 100), "accuses", "B"].joined(separator: separator) + "\n"
    let diagnostic = try Self.error(text, format, limits)
    #expect(diagnostic.code == .tooLarge)
    #expect(diagnostic.line == 2)
    #expect(diagnostic.limit == Diagnostic.Limit(.lineBytes, 64))
    #expect(!diagnostic.description.contains("--"), "the library names no CLI option")
  }

  @Test func longJSONLinesAreRefused() throws {
    var limits = ReadLimits()
    limits.maxLineBytes = 40
    let line = #"{"source": "A", "relation": "accuses", "target": "BBBBBBBBBBBBBBB"}"#
    let diagnostic = try Self.error(line + "\n", .jsonl, limits)
    #expect(diagnostic.code == .tooLarge)
    #expect(diagnostic.line == 1)
  }

  @Test(arguments: [GraphFormat.json, .yaml])
  func nestingIsBounded(format: GraphFormat) throws {
    var limits = ReadLimits()
    limits.maxDepth = 4
    let text =
      format == .json ? #"{"metadata": {"a": [[[["x"]]]]}}"# : "metadata:\n  a: [[[[x]]]]\n"
    let diagnostic = try Self.error(text, format, limits)
    #expect(diagnostic.description.contains("nested more than 4 deep"))
    #expect(diagnostic.code == .tooLarge)
    #expect(diagnostic.limit == Diagnostic.Limit(.depth, 4))
  }

  /// Regression (stack overflow at about 8,100 levels with `--max-depth 1000000`): a deeper
  /// limit than the ceiling is held at the ceiling, so 10^5 levels are an error, not a crash.
  @Test func nestingNeverGoesPastTheCeiling() throws {
    var limits = ReadLimits()
    limits.maxDepth = 1_000_000
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let diagnostic = try Self.error(#"{"metadata": {"a": "# + text + "}}", .json, limits)
    #expect(diagnostic.code == .tooLarge)
    #expect(diagnostic.limit == Diagnostic.Limit(.depth, ReadLimits.depthCeiling))
    #expect(diagnostic.description.contains("nested more than 1000 deep"))
  }

  @Test(arguments: [GraphFormat.csv, .json])
  func statementAndActorCountsAreBounded(format: GraphFormat) throws {
    let text =
      format == .csv
      ? Self.csv
      : String(
        decoding: try ClaimGraph(decoding: Array(Self.csv.utf8), format: .csv).encoded(as: .json),
        as: UTF8.self)
    var statements = ReadLimits()
    statements.maxStatements = 2
    #expect(try Self.error(text, format, statements).limit == Diagnostic.Limit(.statements, 2))
    var actors = ReadLimits()
    actors.maxActors = 2
    #expect(try Self.error(text, format, actors).limit == Diagnostic.Limit(.actors, 2))
    var enough = ReadLimits()
    enough.maxStatements = 3
    enough.maxActors = 3
    #expect(
      try ClaimGraph(decoding: Array(text.utf8), format: format, limits: enough).statementCount == 3
    )
  }

  @Test func bigYAMLIsRefusedWithAnAlternative() throws {
    var limits = ReadLimits()
    limits.maxYAMLBytes = 8
    let diagnostic = try Self.error("statements: []\n", .yaml, limits)
    #expect(diagnostic.code == .tooLarge)
    #expect(diagnostic.description.contains("convert it to JSON or CSV"))
  }

  @Test func describedSizes() {
    #expect(ReadLimits.describe(1 << 30) == "1 GiB")
    #expect(ReadLimits.describe(64 << 20) == "64 MiB")
    #expect(ReadLimits.describe(100_000_000) == "100,000,000")
  }
}
