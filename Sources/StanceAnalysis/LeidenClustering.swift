/// A Leiden-style heuristic for correlation clustering: local moving, refinement and
/// aggregation (Traag, Waltman and van Eck 2019, "From Louvain to Leiden: guaranteeing
/// well-connected communities", Scientific Reports 9:5233, doi:10.1038/s41598-019-41695-z).
///
/// Minimising disagreement equals maximising the total signed weight inside blocs, which is the
/// Constant Potts Model with resolution 0 on signed weights; moving a node from bloc *C* to bloc
/// *D* gains `w(v, D) - w(v, C - v)`. The three phases, repeated until nothing moves:
/// 1. **Fast local moving**: nodes are visited from a queue, in a random order at first; a node
///    moves to the neighbouring bloc (or a new, empty bloc) with the largest positive gain, and
///    its neighbours outside that bloc are queued again.
/// 2. **Refinement**: inside each bloc, nodes start alone and a node that is still alone and
///    well connected to its bloc (`w(v, C - v) >= 0`) merges into the well-connected
///    sub-bloc it gains most with; sub-blocs are therefore connected.
/// 3. **Aggregation**: each sub-bloc becomes a node; the blocs of phase 1 are the starting
///    partition of the smaller graph.
/// A last local-moving pass on the original nodes polishes the result.
///
/// The result depends on the generator's sequence (the visiting orders) and nothing else.
///
/// - Complexity: O(*t*) per pass over *t* ties; a few passes per level and O(log *n*) levels
///   in practice.
struct LeidenClustering {
  /// A graph at one level of aggregation, in CSR arrays without self-ties.
  struct Level {
    var nodeCount: Int
    var offsets: [Int]
    var nodes: [Int32]
    var weights: [Double]

    init(_ graph: SignedGraph) {
      nodeCount = graph.nodeCount
      offsets = graph.offsets
      nodes = graph.adjacentNodes
      weights = graph.adjacentWeights
    }

    init(nodeCount: Int, offsets: [Int], nodes: [Int32], weights: [Double]) {
      self.nodeCount = nodeCount
      self.offsets = offsets
      self.nodes = nodes
      self.weights = weights
    }
  }

  private static let epsilon = 1e-12

  /// Clusters `graph` and returns the bloc of each node.
  ///
  /// - Parameters:
  ///   - maxBlocs: at most this many blocs; nil for any number.
  ///   - generator: the source of the visiting orders.
  static func cluster(
    _ graph: SignedGraph, maxBlocs: Int?, using generator: inout some RandomNumberGenerator
  ) -> [Int] {
    let base = Level(graph)
    guard base.nodeCount > 0 else { return [] }
    var level = base
    var partition = (0..<level.nodeCount).map { Int32($0) }
    var nodeOfOriginal = (0..<base.nodeCount).map { Int32($0) }
    for _ in 0..<64 {
      moveNodes(level, &partition, allowingNew: true, maxBlocs: nil, using: &generator)
      let communities = Set(partition).count
      if communities == level.nodeCount { break }
      var refined = refine(level, partition, using: &generator)
      if renumber(&refined) == level.nodeCount {
        // Refinement merged nothing: aggregate by the moved partition itself.
        refined = partition
        _ = renumber(&refined)
      }
      let (next, memberBloc) = aggregate(level, refined, partition)
      for original in 0..<base.nodeCount {
        nodeOfOriginal[original] = refined[Int(nodeOfOriginal[original])]
      }
      level = next
      partition = memberBloc
      renumber(&partition)
    }
    var labels = nodeOfOriginal.map { partition[Int($0)] }
    _ = renumber(&labels)
    // Polish on the original nodes.
    moveNodes(base, &labels, allowingNew: true, maxBlocs: nil, using: &generator)
    if let maxBlocs {
      capBlocs(base, &labels, maxBlocs)
      moveNodes(base, &labels, allowingNew: false, maxBlocs: maxBlocs, using: &generator)
    }
    _ = renumber(&labels)
    return labels.map(Int.init)
  }

  /// Renumbers labels to `0..<k` by first appearance and returns *k*.
  @discardableResult
  static func renumber(_ labels: inout [Int32]) -> Int {
    var map = [Int32](repeating: -1, count: Int(labels.max() ?? -1) + 1)
    var next: Int32 = 0
    for index in labels.indices {
      let label = Int(labels[index])
      if map[label] < 0 {
        map[label] = next
        next += 1
      }
      labels[index] = map[label]
    }
    return Int(next)
  }

  /// Fast local moving. Labels are bloc ids in `0..<nodeCount`.
  static func moveNodes(
    _ level: Level, _ bloc: inout [Int32], allowingNew: Bool, maxBlocs: Int?,
    using generator: inout some RandomNumberGenerator
  ) {
    let count = level.nodeCount
    var size = [Int](repeating: 0, count: count)
    for label in bloc { size[Int(label)] += 1 }
    var empty: [Int32] = []
    for label in stride(from: count - 1, through: 0, by: -1) where size[label] == 0 {
      empty.append(Int32(label))
    }
    var nonEmpty = count - empty.count
    var queue = Array(0..<count).shuffled(using: &generator).map { Int32($0) }
    var head = 0
    var queued = [Bool](repeating: true, count: count)
    var weightTo = [Double](repeating: 0, count: count)
    var stamp = [Int](repeating: -1, count: count)
    var touched: [Int32] = []
    var visit = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      if head > 4096 && head * 2 > queue.count {
        queue.removeFirst(head)
        head = 0
      }
      queued[node] = false
      visit += 1
      let current = Int(bloc[node])
      touched.removeAll(keepingCapacity: true)
      for slot in level.offsets[node]..<level.offsets[node + 1] {
        let other = Int(level.nodes[slot])
        if other == node { continue }
        let label = Int(bloc[other])
        if stamp[label] != visit {
          stamp[label] = visit
          weightTo[label] = 0
          touched.append(Int32(label))
        }
        weightTo[label] += level.weights[slot]
      }
      let stay = stamp[current] == visit ? weightTo[current] : 0
      var bestLabel = current
      var bestGain = 0.0
      for label32 in touched {
        let label = Int(label32)
        if label == current { continue }
        let gain = weightTo[label] - stay
        if gain > bestGain + epsilon
          || (abs(gain - bestGain) <= epsilon && gain > epsilon && label < bestLabel)
        {
          bestGain = gain
          bestLabel = label
        }
      }
      let mayOpen =
        allowingNew && size[current] > 1 && !empty.isEmpty
        && (maxBlocs.map { nonEmpty < $0 } ?? true)
      if mayOpen && -stay > bestGain + epsilon, let fresh = empty.last {
        bestLabel = Int(fresh)
        bestGain = -stay
      }
      guard bestLabel != current else { continue }
      if bestLabel == Int(empty.last ?? -1) {
        empty.removeLast()
        nonEmpty += 1
      }
      size[current] -= 1
      if size[current] == 0 {
        empty.append(Int32(current))
        nonEmpty -= 1
      }
      size[bestLabel] += 1
      bloc[node] = Int32(bestLabel)
      for slot in level.offsets[node]..<level.offsets[node + 1] {
        let other = Int(level.nodes[slot])
        if !queued[other] && Int(bloc[other]) != bestLabel {
          queued[other] = true
          queue.append(Int32(other))
        }
      }
    }
  }

  /// The refinement phase: well-connected sub-blocs inside each bloc.
  static func refine(
    _ level: Level, _ bloc: [Int32], using generator: inout some RandomNumberGenerator
  ) -> [Int32] {
    let count = level.nodeCount
    var refined = (0..<count).map { Int32($0) }
    var refinedSize = [Int](repeating: 1, count: count)
    // External weight of each sub-bloc to the rest of its bloc.
    var external = [Double](repeating: 0, count: count)
    for node in 0..<count {
      for slot in level.offsets[node]..<level.offsets[node + 1] {
        let other = Int(level.nodes[slot])
        if other != node && bloc[other] == bloc[node] { external[node] += level.weights[slot] }
      }
    }
    var weightTo = [Double](repeating: 0, count: count)
    var stamp = [Int](repeating: -1, count: count)
    var touched: [Int32] = []
    for (visit, node) in (0..<count).shuffled(using: &generator).enumerated() {
      guard refinedSize[Int(refined[node])] == 1, external[node] >= -epsilon else { continue }
      touched.removeAll(keepingCapacity: true)
      for slot in level.offsets[node]..<level.offsets[node + 1] {
        let other = Int(level.nodes[slot])
        if other == node || bloc[other] != bloc[node] { continue }
        let label = Int(refined[other])
        if stamp[label] != visit {
          stamp[label] = visit
          weightTo[label] = 0
          touched.append(Int32(label))
        }
        weightTo[label] += level.weights[slot]
      }
      var bestLabel = -1
      var bestGain = epsilon
      for label32 in touched {
        let label = Int(label32)
        guard label != node, external[label] >= -epsilon else { continue }
        if weightTo[label] > bestGain || (weightTo[label] == bestGain && label < bestLabel) {
          bestGain = weightTo[label]
          bestLabel = label
        }
      }
      guard bestLabel >= 0 else { continue }
      external[bestLabel] += external[node] - 2 * weightTo[bestLabel]
      refinedSize[bestLabel] += 1
      refinedSize[node] = 0
      refined[node] = Int32(bestLabel)
    }
    return refined
  }

  /// The graph of sub-blocs: one node per label of `refined` (numbered `0..<k`), ties summed,
  /// ties inside a sub-bloc dropped. Also returns each new node's bloc in `bloc`.
  static func aggregate(_ level: Level, _ refined: [Int32], _ bloc: [Int32]) -> (Level, [Int32]) {
    let groups = Int((refined.max() ?? -1) + 1)
    var memberOffsets = [Int](repeating: 0, count: groups + 1)
    for label in refined { memberOffsets[Int(label) + 1] += 1 }
    for group in 0..<groups { memberOffsets[group + 1] += memberOffsets[group] }
    var next = Array(memberOffsets.dropLast())
    var members = [Int32](repeating: 0, count: level.nodeCount)
    var groupBloc = [Int32](repeating: 0, count: groups)
    for node in 0..<level.nodeCount {
      let group = Int(refined[node])
      members[next[group]] = Int32(node)
      next[group] += 1
      groupBloc[group] = bloc[node]
    }
    var offsets = [Int](repeating: 0, count: groups + 1)
    var nodes: [Int32] = []
    var weights: [Double] = []
    var weightTo = [Double](repeating: 0, count: groups)
    var seen = [Bool](repeating: false, count: groups)
    var touched: [Int32] = []
    for group in 0..<groups {
      touched.removeAll(keepingCapacity: true)
      for memberSlot in memberOffsets[group]..<memberOffsets[group + 1] {
        let node = Int(members[memberSlot])
        for slot in level.offsets[node]..<level.offsets[node + 1] {
          let other = Int(refined[Int(level.nodes[slot])])
          if other == group { continue }
          if !seen[other] {
            seen[other] = true
            weightTo[other] = 0
            touched.append(Int32(other))
          }
          weightTo[other] += level.weights[slot]
        }
      }
      touched.sort()
      for other in touched {
        seen[Int(other)] = false
        if abs(weightTo[Int(other)]) > SignedGraph.zeroTolerance {
          nodes.append(other)
          weights.append(weightTo[Int(other)])
        }
      }
      offsets[group + 1] = nodes.count
    }
    return (Level(nodeCount: groups, offsets: offsets, nodes: nodes, weights: weights), groupBloc)
  }

  /// Merges blocs until at most `maxBlocs` remain, each time the pair whose merge costs least
  /// (the largest total weight between them).
  static func capBlocs(_ level: Level, _ labels: inout [Int32], _ maxBlocs: Int) {
    var blocCount = renumber(&labels)
    guard blocCount > maxBlocs else { return }
    var between: [UInt64: Double] = [:]
    for node in 0..<level.nodeCount {
      for slot in level.offsets[node]..<level.offsets[node + 1] {
        let a = labels[node]
        let b = labels[Int(level.nodes[slot])]
        if a < b { between[UInt64(a) << 32 | UInt64(b), default: 0] += level.weights[slot] }
      }
    }
    var alive = [Bool](repeating: true, count: blocCount)
    var size = [Int](repeating: 0, count: blocCount)
    for label in labels { size[Int(label)] += 1 }
    var target = (0..<blocCount).map { Int32($0) }
    while blocCount > maxBlocs {
      var bestKey: UInt64?
      var bestWeight = -Double.infinity
      for (key, weight) in between
      where weight > bestWeight || (weight == bestWeight && key < (bestKey ?? .max)) {
        bestKey = key
        bestWeight = weight
      }
      var keep: Int
      var drop: Int
      if let key = bestKey, bestWeight >= 0 {
        keep = Int(key >> 32)
        drop = Int(key & 0xFFFF_FFFF)
      } else if let pair = untiedPair(alive: alive, size: size, between: between) {
        // Merging two blocs with no tie between them costs nothing.
        (keep, drop) = pair
      } else if let key = bestKey {
        keep = Int(key >> 32)
        drop = Int(key & 0xFFFF_FFFF)
      } else {
        break
      }
      if size[drop] > size[keep] { swap(&keep, &drop) }
      // Fold `drop` into `keep`.
      var merged: [UInt64: Double] = [:]
      for (key, weight) in between {
        var a = Int(key >> 32)
        var b = Int(key & 0xFFFF_FFFF)
        if a == drop { a = keep }
        if b == drop { b = keep }
        if a == b { continue }
        let (low, high) = a < b ? (a, b) : (b, a)
        merged[UInt64(low) << 32 | UInt64(high), default: 0] += weight
      }
      between = merged
      alive[drop] = false
      size[keep] += size[drop]
      for label in target.indices where target[label] == Int32(drop) { target[label] = Int32(keep) }
      blocCount -= 1
    }
    for index in labels.indices { labels[index] = target[Int(labels[index])] }
    renumber(&labels)
  }

  /// The two smallest live blocs with no tie between them, if any.
  private static func untiedPair(alive: [Bool], size: [Int], between: [UInt64: Double]) -> (
    Int, Int
  )? {
    let live = (0..<alive.count).filter { alive[$0] }.sorted {
      size[$0] != size[$1] ? size[$0] < size[$1] : $0 < $1
    }
    for (index, a) in live.enumerated() {
      for b in live[(index + 1)...] {
        let (low, high) = a < b ? (a, b) : (b, a)
        if between[UInt64(low) << 32 | UInt64(high)] == nil { return (low, high) }
      }
    }
    return nil
  }
}
