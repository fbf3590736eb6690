import Testing

@testable import StanceGraph

@Suite struct MergingTests {
  @Test func actorsAreUnifiedByIdOrAliasAndDuplicatesReported() throws {
    let first = try TestSupport.smallGraph()
    var second = ClaimGraph()
    let usa = try second.add(Actor(id: "USA", name: "United States", kind: .state))
    let pyongyang = try second.add(Actor(id: "Pyongyang", kind: .state, aliases: ["N. Korea"]))
    let japan = try second.add(Actor(id: "JP", name: "Japan", kind: .state))
    let claim = try second.add(
      Claim(id: "nk-arms", text: "North Korea supplies military equipment to Russia"))
    // An exact repeat of the first graph's first statement, once the actors are unified.
    try second.add(
      Statement(
        source: usa, relation: .accuses, target: pyongyang, claim: claim,
        date: PartialDate("2023-11-14"),
        evidence: Evidence(document: "unc-seoul", sentence: 6, quote: "has accused North Korea")))
    try second.add(Statement(source: usa, relation: .alliesWith, target: japan))

    let merge = first.merging(second)
    #expect(merge.graph.actorCount == first.actorCount + 1)
    #expect(merge.actorMap[usa.index] == first.actorID(named: "US"))
    #expect(merge.actorMap[pyongyang.index] == first.actorID(named: "KP"))
    #expect(merge.duplicates.count == 1)
    #expect(merge.duplicates.first?.existing.index == 0)
    #expect(merge.graph.statementCount == first.statementCount + 1)
    #expect(merge.graph.actorID(named: "USA") == first.actorID(named: "US"))
    #expect(merge.graph.actorID(named: "N. Korea") == first.actorID(named: "KP"))

    let keeping = first.merging(second, keepingDuplicates: true)
    #expect(keeping.graph.statementCount == first.statementCount + 2)
  }

  @Test func mergingAGraphWithItselfAddsNothing() throws {
    let graph = try ClaimGraph(contentsOf: TestSupport.seedExample)
    let merge = graph.merging(graph)
    #expect(merge.graph == graph)
    #expect(merge.duplicates.count == graph.statementCount)
    #expect(merge.conflicts.isEmpty)
  }

  @Test func conflictsAreReported() throws {
    var first = ClaimGraph()
    try first.add(Actor(id: "A", kind: .state))
    try first.add(Claim(id: "c", text: "one text"))
    var second = ClaimGraph()
    try second.add(Actor(id: "A", kind: .group))
    try second.add(Claim(id: "c", text: "another text"))
    let merge = first.merging(second)
    #expect(merge.conflicts.count == 2)
    #expect(merge.graph.actors[0].kind == .state)
    #expect(merge.graph.claims[0].text == "one text")
  }
}
