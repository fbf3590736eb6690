import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceAnalysis

/// The fast solver (Traag, Waltman and van Eck 2019, doi:10.1038/s41598-019-41695-z, adapted to
/// signed ties): a partition of every node, deterministic for a seed, never worse than leaving
/// every node alone, and recovering planted blocs.
@Suite struct LeidenClusteringTests {
  static func planted(actors: Int, blocs: Int, noise: Double, seed: UInt64) -> SignedGraph {
    var generator = SeededGenerator(seed: seed)
    let graph = PlantedBlocs(actors: actors, statements: actors * 10, blocs: blocs, noise: noise)
      .generate(using: &generator)
    return SignedProjection(graph, policy: .unit).signed
  }

  @Test func theResultIsAPartitionOfEveryNode() {
    let graph = Self.planted(actors: 60, blocs: 3, noise: 0.1, seed: 1)
    var generator = SeededGenerator(seed: 2)
    let labels = LeidenClustering.cluster(graph, maxBlocs: nil, using: &generator)
    #expect(labels.count == graph.nodeCount)
    #expect(Set(labels) == Set(0..<Partition(labels).blocCount))
  }

  @Test func theSameSeedGivesTheSameBlocs() {
    let graph = Self.planted(actors: 80, blocs: 4, noise: 0.15, seed: 3)
    var first = SeededGenerator(seed: 9)
    var second = SeededGenerator(seed: 9)
    #expect(
      LeidenClustering.cluster(graph, maxBlocs: nil, using: &first)
        == LeidenClustering.cluster(graph, maxBlocs: nil, using: &second))
  }

  @Test(arguments: [1, 2, 3])
  func aCapIsRespected(maxBlocs: Int) {
    let graph = Self.planted(actors: 50, blocs: 5, noise: 0.1, seed: 4)
    var generator = SeededGenerator(seed: 1)
    let labels = LeidenClustering.cluster(graph, maxBlocs: maxBlocs, using: &generator)
    #expect(Partition(labels).blocCount <= maxBlocs)
  }

  @Test func itIsNeverWorseThanSingletons() {
    for seed in 0..<5 {
      let graph = Self.planted(actors: 40, blocs: 2, noise: 0.3, seed: UInt64(seed))
      var generator = SeededGenerator(seed: UInt64(seed))
      let labels = LeidenClustering.cluster(graph, maxBlocs: nil, using: &generator)
      #expect(
        Partition(labels).disagreement(on: graph)
          <= Partition.singletons(graph.nodeCount).disagreement(on: graph))
    }
  }

  /// Planted blocs (actor i in bloc i mod K) with 5% noise are found again.
  @Test func plantedBlocsAreRecovered() {
    let graph = Self.planted(actors: 200, blocs: 4, noise: 0.05, seed: 5)
    var generator = SeededGenerator(seed: 1)
    let found = Partition(LeidenClustering.cluster(graph, maxBlocs: nil, using: &generator))
    let planted = Partition((0..<graph.nodeCount).map { $0 % 4 })
    #expect(found.adjustedRandIndex(with: planted) > 0.95)
  }

  @Test func anEmptyGraphHasNoBlocs() {
    var generator = SeededGenerator(seed: 1)
    #expect(
      LeidenClustering.cluster(
        SignedGraph(nodeCount: 0, ties: []), maxBlocs: nil, using: &generator
      ).isEmpty)
  }
}
