import Testing

@testable import StanceAnalysis

/// Partitions: labels renumbered by first appearance, the correlation-clustering objective, and
/// the adjusted Rand index (Hubert and Arabie 1985, doi:10.1007/BF01908075).
@Suite struct PartitionTests {
  static let triangle = SignedGraph(nodeCount: 3, ties: [(0, 1, 1), (1, 2, 1), (0, 2, -1)])

  @Test func labelsAreRenumberedByFirstAppearance() {
    let partition = Partition([5, 5, 2, 7])
    #expect(partition.blocOf == [0, 0, 1, 2])
    #expect(partition.blocCount == 3)
    #expect(partition.blocs == [[0, 1], [2], [3]])
    #expect(Partition([9, 9, 1]) == Partition([0, 0, 4]))
  }

  @Test func singletonsPutEveryNodeAlone() {
    #expect(Partition.singletons(4).blocs == [[0], [1], [2], [3]])
  }

  /// In the frustrated triangle every partition disagrees with at least one tie.
  @Test func everyPartitionOfTheFrustratedTriangleCostsAtLeastOneTie() {
    let partitions = [[0, 0, 0], [0, 0, 1], [0, 1, 1], [0, 1, 0], [0, 1, 2]].map(Partition.init)
    let costs = partitions.map { $0.disagreement(on: Self.triangle) }
    #expect(costs == [1, 1, 1, 3, 2])
    #expect(partitions.map { $0.violations(on: Self.triangle) } == [1, 1, 1, 3, 2])
  }

  @Test func weightsCountByMagnitude() {
    let graph = SignedGraph(nodeCount: 3, ties: [(0, 1, 2.5), (1, 2, -4), (0, 2, 1)])
    #expect(Partition([0, 0, 0]).disagreement(on: graph) == 4)
    #expect(Partition([0, 0, 1]).disagreement(on: graph) == 1)
    #expect(Partition([0, 1, 2]).disagreement(on: graph) == 3.5)
  }

  @Test func theAdjustedRandIndexIsOneForEqualPartitionsUpToRelabelling() {
    let a = Partition([0, 0, 1, 1, 2, 2])
    let b = Partition([7, 7, 3, 3, 5, 5])
    #expect(abs(a.adjustedRandIndex(with: b) - 1) < 1e-12)
    #expect(abs(a.adjustedRandIndex(with: a) - 1) < 1e-12)
  }

  @Test func theAdjustedRandIndexIsSymmetricAndLowForUnrelatedPartitions() {
    let a = Partition([0, 0, 0, 1, 1, 1])
    let b = Partition([0, 1, 2, 0, 1, 2])
    #expect(abs(a.adjustedRandIndex(with: b) - b.adjustedRandIndex(with: a)) < 1e-12)
    #expect(a.adjustedRandIndex(with: b) < 0.1)
  }
}
