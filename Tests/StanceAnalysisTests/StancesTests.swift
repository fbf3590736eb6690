import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceAnalysis

/// Stances: the summed signed weight from one actor toward another, labelled, with the
/// statements behind it.
@Suite struct StancesTests {
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
}
