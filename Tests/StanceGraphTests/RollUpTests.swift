import Testing

@testable import StanceGraph

@Suite struct RollUpTests {
  @Test func peopleFoldIntoTheStatesTheyRepresent() throws {
    let graph = try TestSupport.smallGraph()
    let rollUp = graph.rollUp()
    let rolled = rollUp.graph
    #expect(rolled.actorCount == 3)
    #expect(rolled.actorID(named: "austin") == rolled.actorID(named: "US"))
    #expect(rolled.actorID(named: "Lloyd Austin") == rolled.actorID(named: "US"))
    let us = try #require(rolled.actorID(named: "US"))
    #expect(rolled.statements(from: us).count == 3)
    #expect(rollUp.originalStatements.count == rolled.statementCount)
    #expect(rollUp.droppedStatements.isEmpty)
    #expect(rollUp.actorMap[try #require(graph.actorID(named: "austin")).index] == us)
  }

  @Test func chainsAreFollowedAndSelfStatementsDropped() throws {
    var graph = ClaimGraph()
    let state = try graph.add(Actor(id: "KR", kind: .state))
    let ministry = try graph.add(Actor(id: "MND", kind: .organization, represents: "KR"))
    let minister = try graph.add(Actor(id: "Shin", kind: .person, represents: "MND"))
    let other = try graph.add(Actor(id: "KP", kind: .state))
    try graph.add(Statement(source: minister, relation: .warns, target: other))
    try graph.add(Statement(source: minister, relation: .alliesWith, target: state))
    try graph.add(Statement(source: ministry, relation: .accuses, target: other))

    let full = graph.rollUp()
    #expect(full.graph.actorCount == 2)
    #expect(full.graph.statementCount == 2)
    #expect(full.droppedStatements.map(\.index) == [1])
    #expect(full.graph.actorID(named: "Shin") == full.graph.actorID(named: "KR"))

    let peopleOnly = graph.rollUp(folding: [.person])
    #expect(peopleOnly.graph.actorCount == 3)
    let mnd = try #require(peopleOnly.graph.actorID(named: "MND"))
    #expect(peopleOnly.graph.actorID(named: "Shin") == mnd)
    #expect(peopleOnly.graph.representative(of: mnd) == peopleOnly.graph.actorID(named: "KR"))
    #expect(peopleOnly.graph.statements(from: mnd).count == 3)
  }

  @Test func seedExampleRollsUpToStates() throws {
    let graph = try ClaimGraph(contentsOf: TestSupport.seedExample)
    let rolled = graph.rolledUp()
    #expect(rolled.actorCount == graph.actorCount - 2)
    #expect(rolled.actors.allSatisfy { $0.kind != .person })
    #expect(rolled.statementCount + graph.rollUp().droppedStatements.count == graph.statementCount)
  }
}
