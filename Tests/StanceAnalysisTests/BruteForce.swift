@testable import StanceAnalysis

/// Reference answers by enumeration, for small graphs.
enum BruteForce {
  /// Every signed graph on `nodes` nodes: each pair friendly, hostile or untied, numbered in
  /// base 3 (`code`), so a failure can name the graph.
  ///
  /// - Complexity: O(3^*p* × *p*) for the *p* pairs.
  static func everySignedGraph(nodes: Int) -> [(code: Int, graph: SignedGraph)] {
    let pairs = (0..<nodes).flatMap { a in ((a + 1)..<nodes).map { (a, $0) } }
    var total = 1
    for _ in pairs { total *= 3 }
    return (0..<total).map { code in
      var rest = code
      var ties: [(Int, Int, Double)] = []
      for (a, b) in pairs {
        let digit = rest % 3
        rest /= 3
        if digit != 0 { ties.append((a, b, digit == 1 ? 1 : -1)) }
      }
      return (code, SignedGraph(nodeCount: nodes, ties: ties))
    }
  }

  /// Every partition of `0..<count` as restricted growth strings (each node joins a bloc used
  /// before it or opens the next one): Bell(*count*) of them.
  static func partitions(_ count: Int, maxBlocs: Int? = nil) -> [[Int]] {
    var result: [[Int]] = []
    var labels = [Int](repeating: 0, count: count)
    func extend(_ position: Int, _ used: Int) {
      if position == count {
        result.append(labels)
        return
      }
      for bloc in 0...used where bloc < (maxBlocs ?? count) {
        labels[position] = bloc
        extend(position + 1, max(used, bloc + 1))
      }
    }
    if count == 0 { return [[]] }
    extend(0, 0)
    return result
  }

  /// The least disagreement over all partitions.
  static func optimum(_ graph: SignedGraph, maxBlocs: Int? = nil) -> Double {
    partitions(graph.nodeCount, maxBlocs: maxBlocs).map { Partition($0).disagreement(on: graph) }
      .min() ?? 0
  }

  /// Triangles by number of negative ties, by checking every triple.
  static func census(_ graph: SignedGraph) -> [Int] {
    var counts = [0, 0, 0, 0]
    let n = graph.nodeCount
    for a in 0..<n {
      for b in (a + 1)..<max(a + 1, n) {
        let ab = graph.weight(between: a, and: b)
        if ab == 0 { continue }
        for c in (b + 1)..<max(b + 1, n) {
          let ac = graph.weight(between: a, and: c)
          let bc = graph.weight(between: b, and: c)
          if ac == 0 || bc == 0 { continue }
          counts[[ab, ac, bc].count { $0 < 0 }] += 1
        }
      }
    }
    return counts
  }

  /// A random signed graph: each pair is a tie with probability `density`, its weight a
  /// non-zero multiple of 0.5 in [-3, 3] (or ±1 when `unit`).
  static func randomGraph(
    _ count: Int, density: Double, unit: Bool = false,
    using generator: inout some RandomNumberGenerator
  ) -> SignedGraph {
    var ties: [(Int, Int, Double)] = []
    for a in 0..<count {
      for b in (a + 1)..<max(a + 1, count)
      where Double.random(in: 0..<1, using: &generator) < density {
        var weight = Double(Int.random(in: 1...6, using: &generator)) / 2
        if unit { weight = 1 }
        ties.append((a, b, Bool.random(using: &generator) ? weight : -weight))
      }
    }
    return SignedGraph(nodeCount: count, ties: ties)
  }
}
