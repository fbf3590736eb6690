import Testing

@testable import StanceGraph

@Suite struct ClaimGraphTests {
  @Test func actorsResolveByIdNameAndAliasIgnoringCaseAndPeriods() throws {
    let graph = try TestSupport.smallGraph()
    let us = try #require(graph.actorID(named: "US"))
    for spelling in ["us", "U.S.", "u.s", "United States", "united  states", "WASHINGTON"] {
      #expect(graph.actorID(named: spelling) == us, "\(spelling)")
    }
    #expect(graph.actorID(named: "USA") == nil)
    #expect(graph.actorID(named: "North Korea’s") == nil)
  }

  @Test func apostrophesAreFoldedInLookups() throws {
    var graph = ClaimGraph()
    let id = try graph.add(Actor(id: "people's-army", name: "People's Army"))
    #expect(graph.actorID(named: "People’s Army") == id)
  }

  @Test func parallelStatementsAreKept() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "A"))
    let b = try graph.add(Actor(id: "B"))
    let statement = Statement(source: a, relation: .accuses, target: b)
    try graph.add(statement)
    try graph.add(statement)
    #expect(graph.statementCount == 2)
    #expect(graph.statements(from: a, to: b).count == 2)
  }

  @Test func statementsFromToAndBetween() throws {
    let graph = try TestSupport.smallGraph()
    let us = try #require(graph.actorID(named: "US"))
    let kp = try #require(graph.actorID(named: "KP"))
    let ru = try #require(graph.actorID(named: "RU"))
    #expect(graph.statements(from: us).map(\.index) == [0])
    #expect(graph.statements(to: kp).map(\.index) == [0, 3, 4])
    #expect(graph.statements(from: kp, to: us).map(\.index) == [1])
    #expect(graph.statements(between: us, and: kp).map(\.index) == [0, 1])
    #expect(graph.statements(from: ru).map(\.index) == [2, 4])
    #expect(graph.statements(about: try #require(graph.claimID(named: "nk-arms"))).count == 3)
  }

  @Test func duplicateActorIdsAreRejected() throws {
    var graph = ClaimGraph()
    try graph.add(Actor(id: "US"))
    #expect(throws: StanceGraphError.self) { try graph.add(Actor(id: "US", name: "Other")) }
    do {
      try graph.add(Actor(id: "USA", aliases: ["us"]))
      Issue.record("an alias naming another actor must be rejected")
    } catch {
      #expect(error.code == .ambiguousName)
      #expect(error.description.contains("already names actor \"US\""))
    }
  }

  @Test func selfStatementsAndMissingTargetsAreRejected() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "A"))
    #expect(throws: StanceGraphError.self) {
      try graph.add(Statement(source: a, relation: .accuses, target: a))
    }
    #expect(throws: StanceGraphError.self) {
      try graph.add(Statement(source: a, relation: .denies, target: nil))
    }
    #expect(throws: StanceGraphError.self) {
      try graph.add(Statement(source: a, relation: .warns, target: nil))
    }
    let claim = try graph.add(Claim(id: "c"))
    try graph.add(Statement(source: a, relation: .denies, target: nil, claim: claim))
    #expect(graph.statementCount == 1)
  }

  @Test(arguments: [0.0, -1.0, .nan, .infinity])
  func nonPositiveWeightsAreRejected(weight: Double) throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "A"))
    let b = try graph.add(Actor(id: "B"))
    #expect(throws: StanceGraphError.self) {
      try graph.add(Statement(source: a, relation: .accuses, target: b, weight: weight))
    }
  }

  @Test func representsCyclesAreRejected() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "A"))
    let b = try graph.add(Actor(id: "B", represents: "A"))
    let c = try graph.add(Actor(id: "C", represents: "B"))
    do {
      try graph.setRepresentative(of: a, to: c)
      Issue.record("a cycle must be rejected")
    } catch {
      #expect(error.code == .representsCycle)
      #expect(error.description.contains("A -> C -> B -> A"))
    }
    #expect(graph.ultimateRepresentative(of: c) == a)
    #expect(graph.representative(of: b) == a)
  }

  @Test func filtersCombineRelationDateActorAndClaim() throws {
    let graph = try TestSupport.smallGraph()
    let kp = try #require(graph.actorID(named: "North Korea"))
    let claim = try #require(graph.claimID(named: "nk-arms"))
    #expect(
      graph.statementIDs(matching: StatementFilter(relations: [.denies])).map(\.index) == [1, 2])
    #expect(
      graph.statementIDs(matching: StatementFilter(actors: [kp])).map(\.index) == [0, 1, 3, 4])
    #expect(
      graph.statementIDs(matching: StatementFilter(claims: [claim])).map(\.index) == [0, 1, 2])
    let autumn = DateRange(since: PartialDate("2023-10"), until: PartialDate("2023-12"))
    #expect(graph.statementIDs(matching: StatementFilter(dates: autumn)).map(\.index) == [0, 3])
    let filtered = graph.filtered(by: StatementFilter(relations: [.warns, .alliesWith]))
    #expect(filtered.statementCount == 2)
    #expect(filtered.actorCount == graph.actorCount)
    #expect(filtered.statements(to: kp).count == 2)
  }

  @Test func dateRangeIsTheEarliestAndLatestDates() throws {
    let graph = try TestSupport.smallGraph()
    let range = try #require(graph.dateRange)
    #expect(range.lowerBound.description == "2023-09")
    #expect(range.upperBound.description == "2023-11-14")
  }
}
