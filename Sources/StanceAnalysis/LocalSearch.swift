/// Relocation moves and iterated local search for correlation clustering, with or without a
/// cap on the number of blocs.
///
/// - **Relocation** (Doreian and Mrvar 1996, "A partitioning approach to structural balance",
///   Social Networks 18:149-168, doi:10.1016/0378-8733(95)00259-6): a node moves to the bloc
///   (or, uncapped, the new empty bloc) that lowers the disagreement most; nodes whose
///   neighbours moved are visited again, until no move lowers it.
/// - **Iterated local search** (Lourenço, Martin and Stützle 2003; for correlation clustering
///   Levorato, Figueiredo, Frota and Drummond 2017, "Evaluating balancing on social networks
///   through the efficient solution of correlation clustering problems", EURO Journal on
///   Computational Optimization 5:467-498, doi:10.1007/s13675-017-0082-6; Brusco, Doreian,
///   Mrvar and Steinley 2011, "Two algorithms for relaxed structural balance partitioning",
///   Sociological Methods & Research 40:57-87, doi:10.1177/0049124110384947): a kick moves a
///   random node and up to three of its neighbours to another bloc, relocation descends from
///   there, and the result is kept when it is no worse than before the kick (else every move
///   of the iteration is undone). The best partition met is returned.
///
/// The result depends on the starting labels, the iteration count and the generator's
/// sequence, nothing else: the same seed gives the same partition on every machine.
///
/// - Complexity: a relocation visit is O(*d* + *k*) for a node of degree *d* and a cap of *k*
///   blocs (O(*d*) uncapped); an iteration of the local search visits the kicked nodes, their
///   neighbours and whatever moves after them, usually O(*d*²).
struct LocalSearch {
  private let graph: SignedGraph
  /// The cap, or nil: labels are then `0..<nodeCount`, with a stack of unused ones.
  private let maxBlocs: Int?
  private(set) var labels: [Int]
  private(set) var cost: Double
  private var size: [Int]
  private var unused: [Int] = []
  // Scratch space for one visit.
  private var weightTo: [Double]
  private var stamp: [Int]
  private var touched: [Int] = []
  private var visit = 0
  // The moves of the current iteration, to undo it.
  private var undo: [(node: Int, label: Int)] = []
  private var isLogging = false

  private static let epsilon = 1e-9

  /// Starts from `labels` (any numbering); with a cap, `labels` must have at most `maxBlocs`
  /// distinct values.
  init(_ graph: SignedGraph, labels start: [Int], maxBlocs: Int?) {
    precondition(start.count == graph.nodeCount, "the labels and the graph differ in size")
    self.graph = graph
    let partition = Partition(start)
    let capped = maxBlocs.map { min($0, graph.nodeCount) }
    precondition(capped.map { partition.blocCount <= max($0, 1) } ?? true, "too many blocs")
    self.maxBlocs = capped.map { max($0, 1) }
    labels = partition.blocOf
    cost = partition.disagreement(on: graph)
    let space = self.maxBlocs ?? max(graph.nodeCount, 1)
    var sizes = [Int](repeating: 0, count: space)
    for label in partition.blocOf { sizes[label] += 1 }
    size = sizes
    weightTo = [Double](repeating: 0, count: space)
    stamp = [Int](repeating: -1, count: space)
    if self.maxBlocs == nil {
      unused = (0..<space).reversed().filter { sizes[$0] == 0 }
    }
  }

  /// The move that lowers the disagreement most for `node`: its target and the decrease.
  private mutating func bestMove(_ node: Int) -> (label: Int, gain: Double) {
    visit += 1
    touched.removeAll(keepingCapacity: true)
    for slot in graph.offsets[node]..<graph.offsets[node + 1] {
      let label = labels[Int(graph.adjacentNodes[slot])]
      if stamp[label] != visit {
        stamp[label] = visit
        weightTo[label] = 0
        touched.append(label)
      }
      weightTo[label] += graph.adjacentWeights[slot]
    }
    let current = labels[node]
    let stay = stamp[current] == visit ? weightTo[current] : 0
    var bestLabel = current
    var bestGain = LocalSearch.epsilon
    if let maxBlocs {
      for label in 0..<maxBlocs where label != current {
        let toward = stamp[label] == visit ? weightTo[label] : 0
        if toward - stay > bestGain {
          bestGain = toward - stay
          bestLabel = label
        }
      }
    } else {
      for label in touched where label != current && weightTo[label] - stay > bestGain {
        bestGain = weightTo[label] - stay
        bestLabel = label
      }
      if size[current] > 1, -stay > bestGain, let fresh = freshLabel() {
        bestGain = -stay
        bestLabel = fresh
      }
    }
    return (bestLabel, bestLabel == current ? 0 : bestGain)
  }

  /// The decrease in disagreement if `node` moved to `label`.
  private mutating func gain(of node: Int, to label: Int) -> Double {
    var toward = 0.0
    var stay = 0.0
    let current = labels[node]
    for slot in graph.offsets[node]..<graph.offsets[node + 1] {
      let other = labels[Int(graph.adjacentNodes[slot])]
      if other == label { toward += graph.adjacentWeights[slot] }
      if other == current { stay += graph.adjacentWeights[slot] }
    }
    return toward - stay
  }

  /// An empty bloc (uncapped only). The stack of unused labels is cleaned lazily: a label that
  /// was filled again since it was pushed is dropped here.
  private mutating func freshLabel() -> Int? {
    while let last = unused.last, size[last] > 0 { unused.removeLast() }
    return unused.last
  }

  private mutating func move(_ node: Int, to label: Int, gain: Double) {
    let current = labels[node]
    if isLogging { undo.append((node, current)) }
    size[current] -= 1
    if maxBlocs == nil, size[current] == 0 { unused.append(current) }
    size[label] += 1
    labels[node] = label
    cost -= gain
  }

  /// Relocates nodes until no single move lowers the disagreement, visiting `start` first
  /// (every node when nil).
  mutating func descend(from start: [Int]? = nil) {
    var queue = start ?? Array(0..<graph.nodeCount)
    var queued = [Bool](repeating: false, count: graph.nodeCount)
    for node in queue { queued[node] = true }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      queued[node] = false
      let (label, gain) = bestMove(node)
      guard label != labels[node] else { continue }
      move(node, to: label, gain: gain)
      for slot in graph.offsets[node]..<graph.offsets[node + 1] {
        let other = Int(graph.adjacentNodes[slot])
        if !queued[other] {
          queued[other] = true
          queue.append(other)
        }
      }
    }
  }

  /// Iterated local search: `iterations` kicks, each followed by relocation, kept when no
  /// worse. Ends on the best partition met.
  mutating func iterate(_ iterations: Int, using generator: inout some RandomNumberGenerator) {
    let count = graph.nodeCount
    guard count > 1 else { return }
    descend()
    var best = labels
    var bestCost = cost
    for _ in 0..<iterations {
      let node = Int.random(in: 0..<count, using: &generator)
      let degree = graph.degree(of: node)
      guard degree > 0 else { continue }
      let current = labels[node]
      // The target bloc: another capped bloc, a neighbour's bloc, or a new one.
      var target = current
      if let maxBlocs {
        guard maxBlocs > 1 else { return }
        target = Int.random(in: 0..<(maxBlocs - 1), using: &generator)
        if target >= current { target += 1 }
      } else {
        let neighbour = Int(
          graph.adjacentNodes[graph.offsets[node] + Int.random(in: 0..<degree, using: &generator)])
        target = labels[neighbour]
        if target == current || Bool.random(using: &generator) {
          guard let fresh = freshLabel() else { continue }
          target = fresh
        }
      }
      let before = cost
      undo.removeAll(keepingCapacity: true)
      isLogging = true
      var kicked = [node]
      move(node, to: target, gain: gain(of: node, to: target))
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let other = Int(
          graph.adjacentNodes[graph.offsets[node] + Int.random(in: 0..<degree, using: &generator)])
        if labels[other] != target {
          kicked.append(other)
          move(other, to: target, gain: gain(of: other, to: target))
        }
      }
      var queue = kicked
      for kickedNode in kicked {
        for slot in graph.offsets[kickedNode]..<graph.offsets[kickedNode + 1] {
          queue.append(Int(graph.adjacentNodes[slot]))
        }
      }
      descend(from: Array(Set(queue)).sorted())
      isLogging = false
      if cost <= before + LocalSearch.epsilon {
        if cost < bestCost - LocalSearch.epsilon {
          bestCost = cost
          best = labels
        }
      } else {
        for (movedNode, label) in undo.reversed() { revert(movedNode, to: label) }
        cost = before
      }
    }
    // Back to the best partition met.
    labels = best
    cost = Partition(best).disagreement(on: graph)
    for label in size.indices { size[label] = 0 }
    for label in labels { size[label] += 1 }
    if maxBlocs == nil { unused = (0..<size.count).reversed().filter { size[$0] == 0 } }
  }

  private mutating func revert(_ node: Int, to label: Int) {
    let current = labels[node]
    size[current] -= 1
    if maxBlocs == nil, size[current] == 0 { unused.append(current) }
    size[label] += 1
    labels[node] = label
  }
}
