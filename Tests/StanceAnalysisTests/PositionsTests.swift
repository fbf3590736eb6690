import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceAnalysis

/// Positions on claims: supporters, opponents, implicated, and the congruence and conflict
/// networks of actors that take the same or opposite positions.
@Suite struct PositionsTests {
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
