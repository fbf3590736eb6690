import StanceGraph
import Testing

@testable import StanceAnalysis

@Suite struct SignedProjectionTests {
  static let csv = """
    source,relation,target,claim,date,weight
    US,accuses,KP,arms,2023-11-14,
    US,accuses,KP,arms,2023-11-14,
    KP,denies,US,arms,2023-11-15,
    RU,denies,,arms,2023-11-16,
    RU,allies-with,KP,,2023-09,2
    KP,warns,US,,2022-11-14,
    CN,denies,,unknown claim,2023,
    """

  static func graph() throws -> ClaimGraph {
    try ClaimGraph(decoding: Array(csv.utf8), format: .csv)
  }

  @Test func goldsteinWeightsSumPerPairInBothDirections() throws {
    let graph = try Self.graph()
    let projection = SignedProjection(graph)
    let us = try #require(graph.actorID(named: "US"))
    let kp = try #require(graph.actorID(named: "KP"))
    let ru = try #require(graph.actorID(named: "RU"))
    // Two accusations (-2 each), a denial (-2), a warning (-4.4).
    #expect(abs(projection.signed.weight(between: us.index, and: kp.index) - (-10.4)) < 1e-9)
    #expect(projection.signed.weight(between: ru.index, and: kp.index) == 10.4)
    #expect(projection.contributions(between: us, and: kp).count == 4)
  }

  @Test func anUntargetedDenialIsLinkedToTheClaimsAccusers() throws {
    let graph = try Self.graph()
    let projection = SignedProjection(graph, policy: .unit)
    let us = try #require(graph.actorID(named: "US"))
    let ru = try #require(graph.actorID(named: "RU"))
    let inferred = projection.contributions(between: ru, and: us)
    #expect(inferred.count == 1)
    #expect(inferred[0].isInferred)
    #expect(projection.signed.weight(between: ru.index, and: us.index) == -1)
    // CN denies a claim nobody made: no tie, reported.
    #expect(projection.unlinkedDenials.count == 1)
  }

  @Test func unitPolicyAndCustomValues() throws {
    let graph = try Self.graph()
    let unit = SignedProjection(graph, policy: .unit)
    let us = try #require(graph.actorID(named: "US"))
    let kp = try #require(graph.actorID(named: "KP"))
    #expect(unit.signed.weight(between: us.index, and: kp.index) == -4)
    let custom = try WeightingPolicy(parsing: "accuses=-1, warns=0, denies=-0.5")
    #expect(custom[.alliesWith] == 5.2)
    #expect(
      SignedProjection(graph, policy: custom).signed.weight(between: us.index, and: kp.index)
        == -2.5)
    #expect(throws: AnalysisError.self) { try WeightingPolicy(parsing: "acuses=-1") }
    #expect(throws: AnalysisError.self) { try WeightingPolicy(parsing: "accuses") }
  }

  @Test func pairsThatCancelCarryNoTie() throws {
    let csv = "source,relation,target\nA,accuses,B\nB,allies-with,A\n"
    let graph = try ClaimGraph(decoding: Array(csv.utf8), format: .csv)
    #expect(SignedProjection(graph, policy: .unit).signed.tieCount == 0)
  }

  @Test func timeDecayHalvesPerHalfLife() throws {
    let reference = try #require(PartialDate("2024-01-01"))
    let decay = TimeDecay(halfLifeDays: 365, reference: reference)
    #expect(decay.factor(for: PartialDate("2024-06-01")) == 1)
    #expect(decay.factor(for: nil) == 1)
    #expect(abs(decay.factor(for: PartialDate("2023-01-01")) - 0.5) < 1e-9)
    #expect(abs(decay.factor(for: PartialDate("2022-01-01")) - 0.25) < 0.01)
    #expect(TimeDecay.dayNumber(1970_01_01) == 0)
    #expect(TimeDecay.dayNumber(2000_03_01) == 11_017)
  }

  @Test func rollUpFoldsPeopleBeforeProjecting() throws {
    let graph = try ClaimGraph(contentsOf: TestFiles.seedExample)
    let plain = SignedProjection(graph)
    let rolled = SignedProjection(graph, rollingUp: true)
    #expect(rolled.graph.actorCount == graph.actorCount - 2)
    #expect(rolled.signed.nodeCount == rolled.graph.actorCount)
    #expect(plain.signed.nodeCount == graph.actorCount)
    for contribution in rolled.contributions {
      let original = graph[rolled.inputStatement(contribution.statement)]
      #expect(original.relation == rolled.graph[contribution.statement].relation)
    }
  }

  @Test func adjustedRandIndex() {
    let a = Partition([0, 0, 0, 1, 1, 1])
    #expect(a.adjustedRandIndex(with: Partition([5, 5, 5, 2, 2, 2])) == 1)
    // Hubert and Arabie's index on a small worked case.
    let b = Partition([0, 0, 1, 1, 2, 2])
    #expect(abs(a.adjustedRandIndex(with: b) - 0.24242424) < 1e-6)
    #expect(Partition.singletons(4).adjustedRandIndex(with: .singletons(4)) == 1)
  }
}
