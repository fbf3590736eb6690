/// An assignment of nodes `0..<n` to blocs, numbered by first appearance so that equal
/// partitions compare equal.
///
/// ```swift
/// let partition = Partition([5, 5, 2, 7])   // blocs [0, 0, 1, 2]
/// partition.blocs                           // [[0, 1], [2], [3]]
/// ```
public struct Partition: Hashable, Sendable {
  /// The bloc of each node.
  public let blocOf: [Int]
  public let blocCount: Int

  /// A partition from any labels; labels are renumbered by first appearance.
  ///
  /// - Complexity: O(*n*).
  public init(_ labels: [Int]) {
    var renumber: [Int: Int] = [:]
    var blocOf: [Int] = []
    blocOf.reserveCapacity(labels.count)
    for label in labels {
      if let bloc = renumber[label] {
        blocOf.append(bloc)
      } else {
        renumber[label] = renumber.count
        blocOf.append(renumber.count - 1)
      }
    }
    self.blocOf = blocOf
    self.blocCount = renumber.count
  }

  /// Every node in a bloc of its own.
  public static func singletons(_ count: Int) -> Partition { Partition(Array(0..<count)) }

  public var nodeCount: Int { blocOf.count }

  /// The members of each bloc, in node order.
  public var blocs: [[Int]] {
    var result = [[Int]](repeating: [], count: blocCount)
    for (node, bloc) in blocOf.enumerated() { result[bloc].append(node) }
    return result
  }

  /// The weight of ties that disagree with the partition: negative inside a bloc (by magnitude)
  /// plus positive across blocs. Correlation clustering minimises it (Bansal, Blum and Chawla
  /// 2004, doi:10.1023/B:MACH.0000033116.57574.95).
  ///
  /// - Complexity: O(*t*).
  public func disagreement(on graph: SignedGraph) -> Double {
    precondition(graph.nodeCount == nodeCount, "the partition and the graph differ in size")
    var total = 0.0
    for tie in graph.ties {
      let inside = blocOf[tie.first] == blocOf[tie.second]
      if inside && tie.weight < 0 { total -= tie.weight }
      if !inside && tie.weight > 0 { total += tie.weight }
    }
    return total
  }

  /// The number of ties that disagree with the partition (frustrated actor pairs).
  public func violations(on graph: SignedGraph) -> Int {
    graph.ties.count { tie in
      (blocOf[tie.first] == blocOf[tie.second]) == (tie.weight < 0)
    }
  }

  /// The adjusted Rand index between two partitions of the same nodes: 1 for identical
  /// partitions, about 0 for independent ones (Hubert and Arabie 1985,
  /// doi:10.1007/BF01908075). Two partitions that both put every node alone, or both put all
  /// nodes together, score 1.
  ///
  /// - Complexity: O(*n*).
  public func adjustedRandIndex(with other: Partition) -> Double {
    precondition(other.nodeCount == nodeCount, "the partitions differ in size")
    let n = Double(nodeCount)
    guard nodeCount > 1 else { return 1 }
    func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
    var joint: [Int: Int] = [:]
    var rows = [Int](repeating: 0, count: blocCount)
    var columns = [Int](repeating: 0, count: other.blocCount)
    for node in 0..<nodeCount {
      joint[blocOf[node] * other.blocCount + other.blocOf[node], default: 0] += 1
      rows[blocOf[node]] += 1
      columns[other.blocOf[node]] += 1
    }
    let index = joint.values.reduce(0) { $0 + pairs($1) }
    let rowSum = rows.reduce(0) { $0 + pairs($1) }
    let columnSum = columns.reduce(0) { $0 + pairs($1) }
    let expected = rowSum * columnSum / (n * (n - 1) / 2)
    let maximum = (rowSum + columnSum) / 2
    if maximum == expected { return 1 }
    return (index - expected) / (maximum - expected)
  }
}
