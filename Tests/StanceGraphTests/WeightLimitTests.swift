import StanceGraph
import Testing

/// Regression: a weight of 3e18 was accepted and crashed the analysis (a Double converted to
/// Int); every reader now refuses weights beyond `Statement.maximumWeight` with a located error.
@Suite struct WeightLimitTests {
  static func error(_ text: String, _ format: GraphFormat) throws -> Diagnostic {
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "in.\(format.rawValue)")
    }
    return try #require(error.diagnostics.first)
  }

  @Test(arguments: ["3e18", "1000000.5", "1e308"])
  func csvWeightsBeyondTheLimitAreLocatedErrors(weight: String) throws {
    let diagnostic = try Self.error("source,relation,target,weight\nA,accuses,B,\(weight)\n", .csv)
    #expect(diagnostic.code == .invalidValue)
    #expect(diagnostic.line == 2)
    #expect(diagnostic.field == "weight")
  }

  @Test func aSignBeyondTheLimitIsAnError() throws {
    let diagnostic = try Self.error("source,target,sign\nA,B,-5e9\n", .csv)
    #expect(diagnostic.code == .invalidValue)
    #expect(diagnostic.line == 2)
  }

  @Test func jsonWeightsBeyondTheLimitAreLocatedErrors() throws {
    let text =
      #"{"statements": [{"source": "A", "relation": "accuses", "target": "B", "weight": 3e18}]}"#
    let diagnostic = try Self.error(text, .json)
    #expect(diagnostic.code == .invalidValue)
    #expect(diagnostic.line == 1)
    #expect(diagnostic.field == "statements[0].weight")
  }

  @Test func theLimitItselfIsAccepted() throws {
    let graph = try ClaimGraph(
      decoding: Array("source,relation,target,weight\nA,accuses,B,1000000\n".utf8), format: .csv)
    #expect(graph.statements.first?.weight == Statement.maximumWeight)
  }

  @Test func codeCannotAddAWeightBeyondTheLimit() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a"))
    let b = try graph.add(Actor(id: "b"))
    #expect(throws: StanceGraphError.self) {
      try graph.add(Statement(source: a, relation: .accuses, target: b, weight: 3e18))
    }
  }
}
