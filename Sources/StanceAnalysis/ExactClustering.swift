/// Exact correlation clustering of a small signed graph by branch and bound, with a
/// certificate of optimality.
///
/// Nodes are taken in maximum-connectivity order (each next node is the one most strongly tied
/// to those already placed). A node joins one of the blocs opened so far or opens the next one,
/// so each partition is enumerated once. The lower bound at a search node adds three parts over
/// disjoint sets of ties:
/// 1. the disagreement among the nodes already placed;
/// 2. for each node not yet placed, the cheapest way to place it relative to the placed nodes;
/// 3. the optimum of the subproblem on the nodes not yet placed, solved beforehand from the
///    last node backwards: Russian doll search (Verfaillie, Lemaître and Schiex 1996,
///    "Russian doll search for solving constraint optimization problems", AAAI-96).
///
/// Each suffix problem starts from the previous suffix's optimum extended by one node, so the
/// search begins with a good incumbent. The result is proven optimal when the search finishes
/// within `nodeBudget` search nodes and before the deadline. When either runs out, the result
/// is the best partition found so far (the best suffix partition extended greedily, or the
/// incumbent when that is better), with the optimum of the largest suffix solved as its
/// proven lower bound.
///
/// - Complexity: exponential in the worst case; news graphs of 30 actors take milliseconds.
struct ExactClustering {
  struct Result {
    /// The bloc of each node, in the graph's numbering.
    var labels: [Int]
    var disagreement: Double
    var isOptimal: Bool
    var nodesExplored: Int
    /// A proven lower bound on the optimum (equal to it when optimal).
    var lowerBound: Double
  }

  private let count: Int
  private let maxBlocs: Int
  /// Weights in search order, dense: `weight[i * count + j]`.
  private let weight: [Double]
  /// Search position → node of the input graph.
  private let order: [Int]
  private let nodeBudget: Int
  private let deadline: Deadline

  // Search state.
  private var assignment: [Int]
  private var blocsOpen = 0
  private var cost = 0.0
  /// Positive weight from each node to the placed nodes.
  private var positiveToPlaced: [Double]
  /// `score[v * maxBlocs + c]` = minus the weight from v to the members of bloc c.
  private var score: [Double]
  private var suffixOptimum: [Double]
  private var best: [Int] = []
  private var bestCost = Double.infinity
  private(set) var nodesExplored = 0
  private var outOfBudget = false

  private static let epsilon = 1e-9

  /// Solves `graph`, which should be connected and small (the caller splits components).
  ///
  /// - Parameters:
  ///   - maxBlocs: at most this many blocs; nil for any number.
  ///   - nodeBudget: search nodes allowed before giving up the proof.
  ///   - incumbent: a known good partition (labels), used as the first upper bound.
  ///   - deadline: the search stops at this time, with the best partition found.
  static func solve(
    _ graph: SignedGraph, maxBlocs: Int?, nodeBudget: Int, incumbent: [Int]? = nil,
    deadline: Deadline = .none
  ) -> Result {
    let count = graph.nodeCount
    guard count > 1 else {
      return Result(
        labels: Array(repeating: 0, count: count), disagreement: 0, isOptimal: true,
        nodesExplored: 0, lowerBound: 0)
    }
    var solver = ExactClustering(
      graph, maxBlocs: min(maxBlocs ?? count, count), nodeBudget: nodeBudget, deadline: deadline)
    return solver.run(incumbent: incumbent, graph: graph)
  }

  private init(_ graph: SignedGraph, maxBlocs: Int, nodeBudget: Int, deadline: Deadline) {
    count = graph.nodeCount
    self.maxBlocs = max(1, maxBlocs)
    self.nodeBudget = nodeBudget
    self.deadline = deadline
    order = ExactClustering.connectivityOrder(graph)
    var position = [Int](repeating: 0, count: count)
    for (index, node) in order.enumerated() { position[node] = index }
    var dense = [Double](repeating: 0, count: count * count)
    for tie in graph.ties {
      let a = position[tie.first]
      let b = position[tie.second]
      dense[a * count + b] = tie.weight
      dense[b * count + a] = tie.weight
    }
    weight = dense
    assignment = Array(repeating: -1, count: count)
    positiveToPlaced = Array(repeating: 0, count: count)
    score = Array(repeating: 0, count: count * self.maxBlocs)
    suffixOptimum = Array(repeating: 0, count: count + 1)
  }

  /// Maximum-connectivity order: start from the node with the largest total |weight|, then
  /// repeatedly take the node most strongly tied to those taken (ties broken by total |weight|,
  /// then by number).
  static func connectivityOrder(_ graph: SignedGraph) -> [Int] {
    let count = graph.nodeCount
    var strength = [Double](repeating: 0, count: count)
    for tie in graph.ties {
      strength[tie.first] += abs(tie.weight)
      strength[tie.second] += abs(tie.weight)
    }
    var attachment = [Double](repeating: 0, count: count)
    var taken = [Bool](repeating: false, count: count)
    var order: [Int] = []
    for _ in 0..<count {
      var pick = -1
      for node in 0..<count where !taken[node] {
        if pick < 0 || attachment[node] > attachment[pick]
          || (attachment[node] == attachment[pick] && strength[node] > strength[pick])
        {
          pick = node
        }
      }
      taken[pick] = true
      order.append(pick)
      for (neighbor, weight) in graph.neighbors(of: pick) where !taken[neighbor] {
        attachment[neighbor] += abs(weight)
      }
    }
    return order
  }

  private mutating func run(incumbent: [Int]?, graph: SignedGraph) -> Result {
    var suffixBest = [Int]()  // labels of positions start..<count for the last solved suffix
    var solvedFrom = count
    for start in stride(from: count - 1, through: 0, by: -1) {
      // Each suffix costs O(n²) before its search: check the limits here too.
      if start < count - 1 && (nodesExplored >= nodeBudget || deadline.hasPassed) {
        outOfBudget = true
        break
      }
      // Upper bound: the next suffix's optimum with `start` placed where it costs least.
      var seed = [Int](repeating: -1, count: count)
      for (offset, label) in suffixBest.enumerated() { seed[start + 1 + offset] = label }
      seed[start] = bestPlacement(of: start, among: seed, from: start + 1)
      var seedCost = disagreement(of: seed, from: start)
      if start == 0, let incumbent {
        let mapped = order.map { incumbent[$0] }
        if Partition(mapped).blocCount <= maxBlocs {
          let incumbentCost = disagreement(of: mapped, from: 0)
          if incumbentCost < seedCost {
            seed = mapped
            seedCost = incumbentCost
          }
        }
      }
      best = seed
      bestCost = seedCost
      // The first node of a suffix opens bloc 0.
      resetState()
      place(start, in: 0)
      search(depth: start + 1, start: start)
      if outOfBudget { break }
      suffixOptimum[start] = bestCost
      suffixBest = Array(Partition(Array(best[start...])).blocOf)
      solvedFrom = start
    }
    // Labels in the input numbering.
    var labels = [Int](repeating: 0, count: count)
    var finalPositions = best
    if solvedFrom > 0 {
      // Out of budget: `best` is the best partition found of the last suffix searched. Extend
      // it greedily to the positions it leaves unplaced and keep it if it beats the
      // incumbent, so that the work done is never thrown away.
      for position in stride(from: count - 1, through: 0, by: -1)
      where finalPositions[position] < 0 {
        finalPositions[position] = bestPlacement(
          of: position, among: finalPositions, from: position + 1)
      }
      if let incumbent {
        let mapped = order.map { incumbent[$0] }
        if Partition(mapped).blocCount <= maxBlocs
          && disagreement(of: mapped, from: 0) < disagreement(of: finalPositions, from: 0)
        {
          finalPositions = mapped
        }
      }
    }
    for (position, node) in order.enumerated() { labels[node] = finalPositions[position] }
    let partition = Partition(labels)
    return Result(
      labels: partition.blocOf, disagreement: partition.disagreement(on: graph),
      isOptimal: solvedFrom == 0, nodesExplored: nodesExplored,
      lowerBound: solvedFrom < count ? suffixOptimum[solvedFrom] : 0)
  }

  /// The disagreement among positions `from..<count` of a full labelling.
  private func disagreement(of labels: [Int], from start: Int) -> Double {
    var total = 0.0
    for a in start..<count {
      for b in (a + 1)..<count {
        let w = weight[a * count + b]
        if w == 0 { continue }
        let inside = labels[a] == labels[b]
        if inside && w < 0 { total -= w }
        if !inside && w > 0 { total += w }
      }
    }
    return total
  }

  /// The cheapest bloc for position `node` given the labels of positions `from..<count`.
  private func bestPlacement(of node: Int, among labels: [Int], from start: Int) -> Int {
    var blocs = 0
    for position in start..<count where labels[position] >= 0 {
      blocs = max(blocs, labels[position] + 1)
    }
    var bestBloc = blocs < maxBlocs ? blocs : 0
    var bestValue = Double.infinity
    for bloc in 0...min(blocs, maxBlocs - 1) {
      var value = 0.0
      for position in start..<count where labels[position] >= 0 {
        let w = weight[node * count + position]
        let inside = labels[position] == bloc
        if inside && w < 0 { value -= w }
        if !inside && w > 0 { value += w }
      }
      if value < bestValue {
        bestValue = value
        bestBloc = bloc
      }
    }
    return bestBloc
  }

  private mutating func resetState() {
    for position in 0..<count {
      assignment[position] = -1
      positiveToPlaced[position] = 0
    }
    for index in score.indices { score[index] = 0 }
    blocsOpen = 0
    cost = 0
  }

  /// Places position `node` in `bloc` and updates the scores of the later positions.
  private mutating func place(_ node: Int, in bloc: Int) {
    assignment[node] = bloc
    if bloc == blocsOpen { blocsOpen += 1 }
    let row = node * count
    for other in (node + 1)..<count {
      let w = weight[row + other]
      if w == 0 { continue }
      if w > 0 { positiveToPlaced[other] += w }
      score[other * maxBlocs + bloc] -= w
    }
  }

  private mutating func unplace(_ node: Int, from bloc: Int, opened: Bool) {
    assignment[node] = -1
    if opened { blocsOpen -= 1 }
    let row = node * count
    for other in (node + 1)..<count {
      let w = weight[row + other]
      if w == 0 { continue }
      if w > 0 { positiveToPlaced[other] -= w }
      score[other * maxBlocs + bloc] += w
    }
  }

  /// The cost of placing position `node` in `bloc` relative to the placed positions.
  private func placementCost(_ node: Int, _ bloc: Int) -> Double {
    bloc < blocsOpen
      ? positiveToPlaced[node] + score[node * maxBlocs + bloc] : positiveToPlaced[node]
  }

  private mutating func search(depth: Int, start: Int) {
    nodesExplored += 1
    if nodesExplored > nodeBudget || (nodesExplored & 4095 == 0 && deadline.hasPassed) {
      outOfBudget = true
      return
    }
    if depth == count {
      if cost < bestCost - ExactClustering.epsilon {
        bestCost = cost
        for position in start..<count { best[position] = assignment[position] }
      }
      return
    }
    // Lower bound.
    var bound = cost + suffixOptimum[depth]
    let canOpen = blocsOpen < maxBlocs
    for node in depth..<count {
      var cheapest = canOpen ? 0.0 : Double.infinity
      let base = node * maxBlocs
      for bloc in 0..<blocsOpen where score[base + bloc] < cheapest {
        cheapest = score[base + bloc]
      }
      bound += positiveToPlaced[node] + cheapest
    }
    if bound >= bestCost - ExactClustering.epsilon { return }

    // Branch: cheapest placements first.
    var options: [(bloc: Int, cost: Double)] = []
    options.reserveCapacity(blocsOpen + 1)
    for bloc in 0..<(canOpen ? blocsOpen + 1 : blocsOpen) {
      options.append((bloc, placementCost(depth, bloc)))
    }
    options.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.bloc < $1.bloc }
    for option in options {
      if cost + option.cost + suffixOptimum[depth + 1] >= bestCost - ExactClustering.epsilon {
        continue
      }
      let opened = option.bloc == blocsOpen
      cost += option.cost
      place(depth, in: option.bloc)
      search(depth: depth + 1, start: start)
      unplace(depth, from: option.bloc, opened: opened)
      cost -= option.cost
      if outOfBudget { return }
    }
  }
}
