import StanceGraph

/// An undirected weighted signed graph in compressed sparse row (CSR) arrays.
///
/// Nodes are `0..<nodeCount`. Each tie joins two distinct nodes with a non-zero weight: positive
/// for alliance, negative for hostility. Parallel ties are summed when the graph is built, and
/// ties that sum to zero are dropped: they carry no tie.
///
/// ```swift
/// let triangle = SignedGraph(nodeCount: 3, ties: [(0, 1, 1), (1, 2, 1), (0, 2, -1)])
/// triangle.tieCount            // 3
/// triangle.neighbors(of: 1)    // [(0, 1.0), (2, 1.0)]
/// ```
///
/// Build one from a claim graph with ``SignedProjection``.
public struct SignedGraph: Hashable, Sendable {
  /// One undirected tie, `first < second`.
  public struct Tie: Hashable, Sendable {
    public var first: Int
    public var second: Int
    public var weight: Double
    /// The tie's ends as actors of the projected graph (node *i* is actor *i*).
    public var actors: ActorPair { ActorPair(ActorID(node: first), ActorID(node: second)) }
  }

  public let nodeCount: Int
  /// The ties, sorted by `(first, second)`.
  public let ties: [Tie]
  /// CSR: the neighbours of node `v` are `adjacentNodes[offsets[v]..<offsets[v + 1]]`.
  let offsets: [Int]
  let adjacentNodes: [Int32]
  let adjacentWeights: [Double]
  /// For each CSR slot, the index in ``ties`` of its tie.
  let adjacentTies: [Int32]

  /// Builds the graph from ties in any order; parallel ties are summed, zero sums dropped,
  /// self-ties ignored.
  ///
  /// - Complexity: O(*t* log *t*) for *t* ties.
  public init(nodeCount: Int, ties input: some Sequence<(Int, Int, Double)>) {
    var keyed: [(key: UInt64, weight: Double)] = []
    for (a, b, weight) in input where a != b {
      precondition(a >= 0 && b >= 0 && a < nodeCount && b < nodeCount, "tie \(a)-\(b) out of range")
      let (low, high) = a < b ? (a, b) : (b, a)
      keyed.append((UInt64(low) << 32 | UInt64(high), weight))
    }
    keyed.sort { $0.key < $1.key }
    var ties: [Tie] = []
    var index = 0
    while index < keyed.count {
      let key = keyed[index].key
      var sum = 0.0
      while index < keyed.count, keyed[index].key == key {
        sum += keyed[index].weight
        index += 1
      }
      if abs(sum) > SignedGraph.zeroTolerance {
        ties.append(Tie(first: Int(key >> 32), second: Int(key & 0xFFFF_FFFF), weight: sum))
      }
    }
    self.init(nodeCount: nodeCount, sortedTies: ties)
  }

  /// Builds the CSR arrays from ties already merged and sorted.
  init(nodeCount: Int, sortedTies ties: [Tie]) {
    self.nodeCount = nodeCount
    self.ties = ties
    var degree = [Int](repeating: 0, count: nodeCount + 1)
    for tie in ties {
      degree[tie.first + 1] += 1
      degree[tie.second + 1] += 1
    }
    for node in 0..<nodeCount { degree[node + 1] += degree[node] }
    offsets = degree
    var next = Array(degree.dropLast())
    var nodes = [Int32](repeating: 0, count: ties.count * 2)
    var weights = [Double](repeating: 0, count: ties.count * 2)
    var tieIndex = [Int32](repeating: 0, count: ties.count * 2)
    for (index, tie) in ties.enumerated() {
      for (from, to) in [(tie.first, tie.second), (tie.second, tie.first)] {
        nodes[next[from]] = Int32(to)
        weights[next[from]] = tie.weight
        tieIndex[next[from]] = Int32(index)
        next[from] += 1
      }
    }
    adjacentNodes = nodes
    adjacentWeights = weights
    adjacentTies = tieIndex
  }

  /// Sums below this magnitude count as zero (floating-point noise of cancelling statements).
  public static let zeroTolerance = 1e-9

  public var tieCount: Int { ties.count }

  /// The neighbours of `node` with the weights of their ties, in increasing node order.
  ///
  /// - Complexity: O(*d*) in the node's degree.
  public func neighbors(of node: Int) -> [(node: Int, weight: Double)] {
    (offsets[node]..<offsets[node + 1]).map { (Int(adjacentNodes[$0]), adjacentWeights[$0]) }
  }

  /// The number of ties at `node`.
  public func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }

  /// The weight of the tie between two nodes, 0 when there is none.
  ///
  /// - Complexity: O(log *d*) by binary search in the smaller adjacency.
  public func weight(between a: Int, and b: Int) -> Double {
    var low = offsets[a]
    var high = offsets[a + 1]
    while low < high {
      let middle = (low + high) / 2
      let node = Int(adjacentNodes[middle])
      if node == b { return adjacentWeights[middle] }
      if node < b { low = middle + 1 } else { high = middle }
    }
    return 0
  }

  /// The same graph with every weight replaced by its sign (±1), for counting ties.
  public var signs: SignedGraph {
    SignedGraph(
      nodeCount: nodeCount,
      sortedTies: ties.map {
        Tie(first: $0.first, second: $0.second, weight: $0.weight > 0 ? 1 : -1)
      })
  }

  /// The connected components (through ties of either sign), each a sorted list of nodes, in
  /// order of their smallest node. Isolated nodes are components of one.
  ///
  /// - Complexity: O(*n* + *t*).
  public var components: [[Int]] {
    var component = [Int](repeating: -1, count: nodeCount)
    var result: [[Int]] = []
    for start in 0..<nodeCount where component[start] < 0 {
      var members = [start]
      component[start] = result.count
      var cursor = 0
      while cursor < members.count {
        let node = members[cursor]
        cursor += 1
        for slot in offsets[node]..<offsets[node + 1] {
          let next = Int(adjacentNodes[slot])
          if component[next] < 0 {
            component[next] = result.count
            members.append(next)
          }
        }
      }
      result.append(members.sorted())
    }
    return result
  }

  /// The subgraph induced by `nodes`, renumbered `0..<nodes.count` in the given order.
  public func subgraph(_ nodes: [Int]) -> SignedGraph {
    var position = [Int: Int](minimumCapacity: nodes.count)
    for (index, node) in nodes.enumerated() { position[node] = index }
    var ties: [(Int, Int, Double)] = []
    for (index, node) in nodes.enumerated() {
      for slot in offsets[node]..<offsets[node + 1] {
        if let other = position[Int(adjacentNodes[slot])], other > index {
          ties.append((index, other, adjacentWeights[slot]))
        }
      }
    }
    return SignedGraph(nodeCount: nodes.count, ties: ties)
  }
}
