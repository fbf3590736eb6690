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
    let labels = mergingFreeBlocs(graph, search.labels)
    return Result(
      labels: labels, disagreement: Partition(labels).disagreement(on: graph), runs: runs)
  }

  /// Merges blocs of one connected component whose merge costs nothing (no tie between them,
  /// or a non-negative total), so that among equally good partitions the one with fewer blocs
  /// is returned, as the branch and bound does. Skipped beyond 500 blocs.
  ///
  /// - Complexity: O(*k*³) for *k* blocs, plus O(*t*).
  static func mergingFreeBlocs(_ graph: SignedGraph, _ labels: [Int]) -> [Int] {
    var blocOf = Partition(labels).blocOf
    let count = (blocOf.max() ?? -1) + 1
    guard count > 1, count <= 500 else { return blocOf }
    var componentOf = [Int](repeating: 0, count: count)
    for (index, component) in graph.components.enumerated() {
      for node in component { componentOf[blocOf[node]] = index }
    }
    var between = [[Double]](repeating: [Double](repeating: 0, count: count), count: count)
    for tie in graph.ties {
      let (a, b) = (blocOf[tie.first], blocOf[tie.second])
      if a != b {
        between[a][b] += tie.weight
        between[b][a] += tie.weight
      }
    }
    var alive = [Bool](repeating: true, count: count)
    var target = Array(0..<count)
    while true {
      var pick: (Int, Int)?
      var pickWeight = -Double.infinity
      for a in 0..<count where alive[a] {
        for b in (a + 1)..<count
        where alive[b] && componentOf[a] == componentOf[b] && between[a][b] >= -1e-12
          && between[a][b] > pickWeight + 1e-12
        {
          pick = (a, b)
          pickWeight = between[a][b]
        }
      }
      guard let (keep, drop) = pick else { break }
      alive[drop] = false
      for other in 0..<count where other != keep {
        between[keep][other] += between[drop][other]
        between[other][keep] = between[keep][other]
      }
      for label in target.indices where target[label] == drop { target[label] = keep }
    }
    for node in blocOf.indices { blocOf[node] = target[blocOf[node]] }
    return Partition(blocOf).blocOf
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
