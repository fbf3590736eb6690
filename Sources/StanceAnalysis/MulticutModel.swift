/// Correlation clustering with any number of blocs as a multicut problem, solved by CBC with
/// cycle inequalities separated on each integer solution (Grötschel and Wakabayashi 1989, "A
/// cutting plane algorithm for a clustering problem", Mathematical Programming 45:59-96,
/// doi:10.1007/BF01589097; on sparse graphs, Chopra and Rao 1993, "The partition problem",
/// Mathematical Programming 59:87-115, doi:10.1007/BF01581239).
///
/// One binary variable per tie, `y_e` = 1 when the tie is cut (its actors in different blocs).
/// Minimise Σ_{w>0} w·y_e + Σ_{w<0} |w|·(1 − y_e). A set of cut ties comes from a partition
/// exactly when no cycle has exactly one cut tie: `y_e ≤ Σ_{f ∈ C − e} y_f` for every cycle
/// *C* through *e*. The model starts with these inequalities for every triangle; after each
/// solve, every cut tie whose two actors are still joined by uncut ties gives the inequality of
/// that shortest path, and the model is solved again (CBC 2.10's C interface has no
/// lazy-constraint callback). The loop ends when the solution is a partition. Each round's
/// model is a relaxation, so each round's bound is a proven lower bound; the partition given
/// (the fast method's) is the MIP start, and each round's solution, repaired into the
/// partition of its uncut components, competes for the incumbent.
///
/// - Complexity: NP-hard; *t* columns, 3 rows per triangle plus the separated cycles.
enum MulticutModel {
  static let triangleLimit = 300_000
  /// Cycle rows added per round, at most.
  static let cutsPerRound = 5_000

  static func solve(_ graph: SignedGraph, incumbent: [Int], deadline: Deadline) -> ProofResult {
    let clock = Deadline(seconds: nil)
    var program = MixedIntegerProgram()
    for tie in graph.ties {
      program.addBinary(cost: tie.weight)
      if tie.weight < 0 { program.objectiveOffset -= tie.weight }
    }
    for triangle in graph.triangles(limit: triangleLimit) {
      let (a, b, c) = (Int(triangle.ties.0), Int(triangle.ties.1), Int(triangle.ties.2))
      program.addRow([(a, 1), (b, -1), (c, -1)], .lessOrEqual, 0)
      program.addRow([(b, 1), (a, -1), (c, -1)], .lessOrEqual, 0)
      program.addRow([(c, 1), (a, -1), (b, -1)], .lessOrEqual, 0)
    }
    var best = incumbent
    var bestCost = Partition(best).disagreement(on: graph)
    var bound = 0.0
    var nodes = 0
    var rounds = 0
    var proven = false
    while !deadline.hasPassed {
      rounds += 1
      let start = graph.ties.map { best[$0.first] == best[$0.second] ? 0.0 : 1.0 }
      let result = CbcSolver.solve(program, start: start, seconds: deadline.remainingSeconds)
      nodes += result.nodes
      if result.bound.isFinite { bound = max(bound, result.bound) }
      guard let solution = result.solution else { break }
      let cut = solution.map { $0 > 0.5 }
      let labels = components(graph, uncut: cut)
      let cost = Partition(labels).disagreement(on: graph)
      if cost < bestCost - 1e-9 {
        best = labels
        bestCost = cost
      }
      let violated = cycleRows(graph, cut: cut, components: labels)
      if violated.isEmpty {
        // The solution is a partition: optimal when CBC finished the search.
        proven = result.isOptimal
        break
      }
      if result.status != .optimal && result.status != .stopped { break }
      for row in violated { program.rows.append(row) }
    }
    return ProofResult(
      graph: graph, labels: best, bound: bound, solverIsOptimal: proven,
      solver: "\(CbcSolver.version), multicut model, triangle rows, \(rounds) round"
        + (rounds == 1 ? "" : "s") + " of cycle separation",
      nodes: nodes, seconds: clock.elapsedSeconds)
  }

  /// The components of the ties not cut, as labels.
  static func components(_ graph: SignedGraph, uncut cut: [Bool]) -> [Int] {
    var label = [Int](repeating: -1, count: graph.nodeCount)
    var next = 0
    for start in 0..<graph.nodeCount where label[start] < 0 {
      label[start] = next
      var stack = [start]
      while let node = stack.popLast() {
        for slot in graph.offsets[node]..<graph.offsets[node + 1]
        where !cut[Int(graph.adjacentTies[slot])] {
          let other = Int(graph.adjacentNodes[slot])
          if label[other] < 0 {
            label[other] = next
            stack.append(other)
          }
        }
      }
      next += 1
    }
    return label
  }

  /// For each cut tie inside a component of uncut ties, the cycle inequality along a shortest
  /// uncut path between its actors.
  static func cycleRows(_ graph: SignedGraph, cut: [Bool], components: [Int])
    -> [MixedIntegerProgram.Row]
  {
    var rows: [MixedIntegerProgram.Row] = []
    var parentTie = [Int32](repeating: -1, count: graph.nodeCount)
    var seen = [Int](repeating: -1, count: graph.nodeCount)
    for (index, tie) in graph.ties.enumerated()
    where cut[index] && components[tie.first] == components[tie.second] {
      // Breadth-first search over uncut ties from `first` to `second`.
      seen[tie.first] = index
      var queue = [tie.first]
      var head = 0
      var found = false
      while head < queue.count && !found {
        let node = queue[head]
        head += 1
        for slot in graph.offsets[node]..<graph.offsets[node + 1]
        where !cut[Int(graph.adjacentTies[slot])] {
          let other = Int(graph.adjacentNodes[slot])
          if seen[other] == index { continue }
          seen[other] = index
          parentTie[other] = graph.adjacentTies[slot]
          if other == tie.second {
            found = true
            break
          }
          queue.append(other)
        }
      }
      guard found else { continue }
      var columns: [Int32] = [Int32(index)]
      var coefficients = [1.0]
      var node = tie.second
      while node != tie.first {
        let pathTie = graph.ties[Int(parentTie[node])]
        columns.append(parentTie[node])
        coefficients.append(-1)
        node = pathTie.first == node ? pathTie.second : pathTie.first
      }
      rows.append(
        MixedIntegerProgram.Row(
          columns: columns, coefficients: coefficients, sense: .lessOrEqual, rightHandSide: 0))
      if rows.count >= cutsPerRound { break }
    }
    return rows
  }
}
