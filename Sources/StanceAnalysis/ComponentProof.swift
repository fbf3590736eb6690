/// The exact method on one connected component: the branch and bound where it is fast, the
/// integer programme on CBC where it is not.
///
/// 1. ``ExactClustering`` (branch and bound with Russian-doll bounds) runs first, from the
///    fast method's partition, within `nodeBudget` search nodes and a share of the time: it
///    proves small and nearly balanced components in milliseconds.
/// 2. If it has not proven the optimum, the integer programme runs with the time left, from
///    the best partition so far: ``FrustrationModel`` for at most two blocs, ``MulticutModel``
///    otherwise. With a cap of *k* ≥ 3 blocs the multicut optimum (any number of blocs) is a
///    lower bound, and the optimum itself when it has at most *k* blocs.
/// The best partition and the best bound of the two are kept.
enum ComponentProof {
  /// The share of the time limit the branch and bound gets before the integer programme.
  static let branchAndBoundShare = 0.1
  /// Search nodes the branch and bound gets before the integer programme (when CBC runs).
  static let branchAndBoundNodes = 300_000
  /// The branch and bound keeps an *n* × *n* matrix: beyond this many actors (50 MB) only the
  /// integer programme runs (the search could not prove such a component anyway).
  static let branchAndBoundMaximum = 2_500

  /// The integer programme alone, from `incumbent`.
  static func integerProgramme(
    _ graph: SignedGraph, maxBlocs: Int?, incumbent: [Int], deadline: Deadline, clock: Deadline
  ) -> ProofResult {
    let start = ProofResult(
      graph: graph, labels: incumbent, bound: 0, solverIsOptimal: false, solver: "none",
      nodes: 0, seconds: 0)
    switch maxBlocs {
    case 1: return start
    case 2: return FrustrationModel.solve(graph, incumbent: incumbent, deadline: deadline)
    case nil: return MulticutModel.solve(graph, incumbent: incumbent, deadline: deadline)
    case .some:
      // A cap of 3 or more: the uncapped optimum bounds it, and is it when it fits.
      let milp = MulticutModel.solve(graph, incumbent: incumbent, deadline: deadline)
      if let maxBlocs, Partition(milp.labels).blocCount <= maxBlocs { return milp }
      return ProofResult(
        graph: graph, labels: incumbent, bound: milp.lowerBound, solverIsOptimal: false,
        solver: milp.solver + " without the cap as a bound", nodes: milp.nodes,
        seconds: clock.elapsedSeconds)
    }
  }

  static func solve(
    _ graph: SignedGraph, maxBlocs: Int?, incumbent: [Int], nodeBudget: Int,
    deadline: Deadline, useSolver: Bool = true
  ) -> ProofResult {
    let clock = Deadline(seconds: nil)
    guard graph.nodeCount <= branchAndBoundMaximum || !useSolver else {
      return integerProgramme(
        graph, maxBlocs: maxBlocs, incumbent: incumbent, deadline: deadline, clock: clock)
    }
    let firstDeadline =
      useSolver ? Deadline(seconds: deadline.remainingSeconds * branchAndBoundShare) : deadline
    let budget = useSolver ? min(nodeBudget, branchAndBoundNodes) : nodeBudget
    let search = ExactClustering.solve(
      graph, maxBlocs: maxBlocs, nodeBudget: budget, incumbent: incumbent,
      deadline: firstDeadline)
    var result = ProofResult(
      graph: graph, labels: search.labels, bound: search.lowerBound,
      solverIsOptimal: search.isOptimal,
      solver: "branch and bound (" + AllianceClusters.boundDescription + ")",
      nodes: search.nodesExplored, seconds: clock.elapsedSeconds)
    guard !result.isOptimal, useSolver, !deadline.hasPassed, maxBlocs != 1 else { return result }
    let milp: ProofResult
    if maxBlocs == 2 {
      milp = FrustrationModel.solve(graph, incumbent: result.labels, deadline: deadline)
    } else {
      var start = result.labels
      if maxBlocs != nil { start = Partition(start).blocOf }
      // With a cap the multicut may not settle it: keep half the time for the branch and bound.
      let share = maxBlocs == nil ? deadline : Deadline(seconds: deadline.remainingSeconds / 2)
      milp = MulticutModel.solve(graph, incumbent: start, deadline: share)
      if let maxBlocs, Partition(milp.labels).blocCount > maxBlocs {
        // The uncapped optimum has too many blocs: its bound still holds, and the branch and
        // bound resumes with the budget and the time left.
        let resumed = ExactClustering.solve(
          graph, maxBlocs: maxBlocs, nodeBudget: max(0, nodeBudget - result.nodes),
          incumbent: result.labels, deadline: deadline)
        let bound = max(resumed.lowerBound, milp.lowerBound, result.lowerBound)
        let better = resumed.disagreement <= result.cost ? resumed.labels : result.labels
        return ProofResult(
          graph: graph, labels: better, bound: bound, solverIsOptimal: resumed.isOptimal,
          solver: "branch and bound (" + AllianceClusters.boundDescription + "), "
            + milp.solver + " without the cap as a bound",
          nodes: result.nodes + milp.nodes + resumed.nodesExplored,
          seconds: clock.elapsedSeconds)
      }
    }
    let labels = milp.cost <= result.cost ? milp.labels : result.labels
    let bound = max(milp.lowerBound, result.lowerBound)
    return ProofResult(
      graph: graph, labels: labels, bound: bound, solverIsOptimal: false,
      solver: milp.solver, nodes: result.nodes + milp.nodes, seconds: clock.elapsedSeconds)
  }
}
