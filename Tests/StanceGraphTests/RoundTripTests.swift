import Testing

@testable import StanceGraph

@Suite struct RoundTripTests {
  static let lossless: [GraphFormat] = [.json, .yaml, .jsonl]

  @Test(arguments: lossless)
  func seedExampleRoundTripsLosslessly(format: GraphFormat) throws {
    let graph = try ClaimGraph(contentsOf: TestSupport.seedExample)
    let bytes = graph.encoded(as: format)
    let again = try ClaimGraph(decoding: bytes, format: format)
    #expect(again == graph)
    #expect(again.encoded(as: format) == bytes, "output is deterministic")
  }

  @Test(arguments: lossless)
  func hostileTextRoundTrips(format: GraphFormat) throws {
    var graph = ClaimGraph(metadata: ["title": "quotes \" and \\ and\nnewlines", "yes": "no"])
    // Controls XML cannot carry (U+0001) are refused by every reader: HardeningTests.
    let names = [
      "\"]; x -> y [", "back\\slash", "line\nbreak", "tab\there", "null", "true", "1950", "- dash",
      "# hash", "key: value", "emoji 🇰🇷", "مرحبا", " padded ", "{brace}",
      "*alias",
    ]
    var ids: [ActorID] = []
    for (index, name) in names.enumerated() {
      ids.append(try graph.add(Actor(id: "a\(index)", name: name, attributes: ["note": name])))
    }
    let claim = try graph.add(Claim(id: "c: 1", text: "text with \"quotes\" and ' apostrophes"))
    for index in 1..<ids.count {
      try graph.add(
        Statement(
          source: ids[index - 1], relation: Relation.allCases[index % 4], target: ids[index],
          claim: claim, date: PartialDate("2023-0\(index % 9 + 1)"), weight: Double(index) / 3,
          evidence: Evidence(
            document: "https://example.org/?q=\"x\"", sentence: index, quote: names[index]),
          attributes: ["k \(index)": names[index]]))
    }
    let again = try ClaimGraph(decoding: graph.encoded(as: format), format: format)
    #expect(again == graph)
  }

  @Test(arguments: [GraphFormat.csv, .tsv])
  func edgeListsKeepStatements(format: GraphFormat) throws {
    let graph = try ClaimGraph(contentsOf: TestSupport.seedExample)
    let again = try ClaimGraph(decoding: graph.encoded(as: format), format: format)
    #expect(again.statementCount == graph.statementCount)
    for (before, after) in zip(graph.statements, again.statements) {
      #expect(again[after.source].id == graph[before.source].id)
      #expect(after.target.map { again[$0].id } == before.target.map { graph[$0].id })
      #expect(after.relation == before.relation)
      #expect(after.date == before.date)
      #expect(after.weight == before.weight)
      #expect(after.evidence == before.evidence)
      #expect(after.attributes == before.attributes)
      #expect(after.claim.map { again[$0].text } == before.claim.map { graph[$0].text })
    }
    // A second trip is byte-identical.
    #expect(
      again.encoded(as: format)
        == ClaimGraph(decodingOrEmpty: again.encoded(as: format), format: format).encoded(
          as: format))
  }

  @Test func canonicalJSONIsStable() throws {
    let graph = try TestSupport.smallGraph()
    let json = String(decoding: graph.encoded(as: .json), as: UTF8.self)
    #expect(
      json.contains(
        #"{"source": "US", "relation": "accuses", "target": "KP", "claim": "nk-arms", "date": "2023-11-14", "evidence": {"document": "unc-seoul", "sentence": 6, "quote": "has accused North Korea"}}"#
      ))
    #expect(json.contains(#"{"source": "RU", "relation": "denies", "claim": "nk-arms"}"#))
    #expect(
      json.contains(#"{"source": "austin", "relation": "accuses", "target": "RU", "weight": 0.5}"#))
    #expect(json.hasPrefix("{\n  \"metadata\": {\"title\": \"small\"},\n  \"actors\": [\n"))
  }

  @Test func yamlWrittenByHandReadsLikeJSON() throws {
    let yaml = """
      actors:
        - {id: US, name: United States, kind: state, aliases: [U.S.]}
        - id: KP
          name: North Korea
          kind: state
      statements:
        - source: u.s.
          relation: accused
          target: north korea
          date: 2023
          weight: 2
          evidence: {sentence: 6, quote: has accused}
      """
    let graph = try TestSupport.graph(yaml, .yaml)
    let statement = try #require(graph.statements.first)
    #expect(graph[statement.source].id == "US")
    #expect(statement.relation == .accuses)
    #expect(statement.date == PartialDate(year: 2023))
    #expect(statement.weight == 2)
    #expect(statement.evidence?.sentence == 6)
  }
}

extension ClaimGraph {
  /// Decodes bytes this test suite wrote itself, or an empty graph (which then fails the test).
  init(decodingOrEmpty bytes: [UInt8], format: GraphFormat) {
    self = (try? ClaimGraph(decoding: bytes, format: format)) ?? ClaimGraph()
  }
}
