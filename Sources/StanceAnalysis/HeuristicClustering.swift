import StanceGraph

/// The fast method for both problems: Leiden blocs, capped exactly, then relocation and
/// iterated local search.
///
/// 1. Leiden-style clustering without a cap (``LeidenClustering``), `restarts` times with
///    seeds drawn from `seed`.
/// 2. With a cap of *k* blocs (two camps for structural balance), the Leiden blocs become the
///    nodes of a small **bloc graph** (the summed weights between blocs) whose best split into
///    at most *k* groups is found by the exact branch and bound (``ExactClustering``, a bounded
///    search that keeps the best it finds); each group's blocs merge. This replaces a greedy
///    merge that could not be undone.
/// 3. Relocation moves until none helps, on every run; then iterated local search on the best
///    run (``LocalSearch``; Doreian and Mrvar 1996, Brusco et al. 2011, Levorato et al. 2017).
///
/// Deterministic for a seed. The runs are also returned, for the stability figure.
///
/// - Complexity: the Leiden runs are near-linear in the ties; the bloc-graph search is bounded
///   by its node budget; the local search by `iterations` (default 50 *n*, at least 2,000 and
///   at most 300,000).
enum HeuristicClustering {
  struct Result {
    /// The best partition found.
    var labels: [Int]
    var disagreement: Double
    /// Each run's partition after relocation (before the iterated local search), for stability.
    var runs: [[Int]]
  }

  /// Search nodes allowed to the exact split of a bloc graph.
  static let blocGraphBudget = 200_000

  static func defaultIterations(_ nodeCount: Int) -> Int {
    min(300_000, max(2_000, 50 * nodeCount))
  }

  static func solve(
    _ graph: SignedGraph, maxBlocs: Int?, seed: UInt64, restarts: Int, iterations: Int? = nil
  ) -> Result {
    guard graph.nodeCount > 0 else { return Result(labels: [], disagreement: 0, runs: [[]]) }
    var master = SeededGenerator(seed: seed)
    var runs: [[Int]] = []
    var bestRun = 0
    var bestCost = Double.infinity
    for run in 0..<max(1, restarts) {
      var generator = SeededGenerator(seed: master.next())
      var labels = LeidenClustering.cluster(graph, maxBlocs: nil, using: &generator)
      if let maxBlocs, Partition(labels).blocCount > maxBlocs {
        labels = capped(graph, labels, maxBlocs)
      }
      var search = LocalSearch(graph, labels: labels, maxBlocs: maxBlocs)
      search.descend()
      runs.append(search.labels)
      if search.cost < bestCost - 1e-9 {
        bestCost = search.cost
        bestRun = run
      }
    }
    var generator = SeededGenerator(seed: master.next())
    var search = LocalSearch(graph, labels: runs[bestRun], maxBlocs: maxBlocs)
    search.iterate(iterations ?? defaultIterations(graph.nodeCount), using: &generator)
    return Result(
      labels: Partition(search.labels).blocOf, disagreement: search.cost, runs: runs)
  }

  /// Merges the blocs of `labels` into at most `maxBlocs` groups by the best split of the bloc
  /// graph that a bounded exact search finds.
  static func capped(_ graph: SignedGraph, _ labels: [Int], _ maxBlocs: Int) -> [Int] {
    let partition = Partition(labels)
    let blocGraph = SignedGraph(
      nodeCount: partition.blocCount,
      ties: graph.ties.map {
        (partition.blocOf[$0.first], partition.blocOf[$0.second], $0.weight)
      })
    var groupOf = [Int](repeating: 0, count: partition.blocCount)
    // Components of the bloc graph are split on their own; untied ones share group 0.
    for component in blocGraph.components {
      if component.count == 1 {
        groupOf[component[0]] = 0
        continue
      }
      let sub = blocGraph.subgraph(component)
      let result = ExactClustering.solve(sub, maxBlocs: maxBlocs, nodeBudget: blocGraphBudget)
      for (position, bloc) in component.enumerated() { groupOf[bloc] = result.labels[position] }
    }
    return partition.blocOf.map { groupOf[$0] }
  }
}
