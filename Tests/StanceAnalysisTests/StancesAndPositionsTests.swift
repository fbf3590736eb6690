import StanceGraph
import Testing

@testable import StanceAnalysis

@Suite struct StancesAndPositionsTests {
  @Test func stancesOfTheSeedExample() throws {
    let graph = try ClaimGraph(contentsOf: TestFiles.seedExample)
    let stances = Stances(of: SignedProjection(graph))
    let kp = try #require(graph.actorID(named: "KP"))
    let us = try #require(graph.actorID(named: "US"))
    let ru = try #require(graph.actorID(named: "RU"))
    let toward = try #require(stances.stance(from: kp, to: us))
    #expect(toward.label == .adversary)
    #expect(toward.count(of: .denies) == 2)
    #expect(toward.contributions.count == toward.counts.reduce(0, +))
    #expect(stances.stance(from: ru, to: kp)?.label == .ally)
    #expect(stances.stance(from: us, to: ru)?.score == -2)
    #expect(stances.stances.allSatisfy { $0.source != $0.target })
  }

  @Test(arguments: [
    (5.0, Stances.Label.ally), (-3, .adversary), (0.5, .mixed), (0, .mixed),
  ])
  func labelsFollowTheThresholds(score: Double, label: Stances.Label) throws {
    // A mixture of one alliance (+1 × a) and one accusation (-1 × b) giving `score`.
    let positive = max(score, 0) + 1
    let negative = positive - score
    let csv =
      "source,relation,target,weight\nA,allies-with,B,\(positive)\nA,accuses,B,\(negative)\n"
    let graph = try ClaimGraph(decoding: Array(csv.utf8), format: .csv)
    let stances = Stances(of: SignedProjection(graph, policy: .unit))
    #expect(stances.stances.first?.label == label)
  }

  @Test func aSingleFriendlyStatementBelowTheThresholdIsNeutral() throws {
    let csv = "source,relation,target,weight\nA,allies-with,B,0.5\n"
    let graph = try ClaimGraph(decoding: Array(csv.utf8), format: .csv)
    #expect(Stances(of: SignedProjection(graph, policy: .unit)).stances.first?.label == .neutral)
  }

  @Test func positionsOnTheSeedClaims() throws {
    let graph = try ClaimGraph(contentsOf: TestFiles.seedExample)
    let positions = Positions(of: graph)
    let arms = try #require(graph.claimID(named: "nk-arms-to-russia"))
    let position = positions.claims[arms.index]
    func ids(_ actors: [ActorID]) -> Set<String> { Set(actors.map { graph[$0].id }) }
    #expect(ids(position.supporters) == ["US"])
    #expect(ids(position.opponents) == ["RU", "KP"])
    #expect(ids(position.implicated) == ["KP"])
    let conflict = positions.conflict.map { Set([graph[$0.first].id, graph[$0.second].id]) }
    #expect(conflict.contains(["US", "RU"]))
    let congruence = positions.congruence.first {
      Set([graph[$0.first].id, graph[$0.second].id]) == ["RU", "KP"]
    }
    #expect(congruence?.count == 2)
    // North Korea also asserts two claims about the UN Command: 2 shared of 4.
    #expect(congruence?.jaccard == 0.5)
  }

  @Test func jaccardDividesByTheClaimsEitherActorTakesAPositionOn() throws {
    let csv = """
      source,relation,target,claim
      A,accuses,X,c1
      B,accuses,X,c1
      A,accuses,X,c2
      B,denies,,c3
      C,denies,,c3
      """
    let graph = try ClaimGraph(decoding: Array(csv.utf8), format: .csv)
    let positions = Positions(of: graph)
    let ab = try #require(
      positions.congruence.first { graph[$0.first].id == "A" && graph[$0.second].id == "B" })
    #expect(ab.count == 1)
    #expect(abs(ab.jaccard - 1.0 / 3.0) < 1e-12)
    #expect(positions.conflict.isEmpty)
  }
}
