/// What an exact method established about one connected component: the best partition it
/// has, a proven lower bound, and who proved it.
struct ProofResult: Sendable {
  /// The best partition found, in the component's numbering.
  var labels: [Int]
  /// Its disagreement.
  var cost: Double
  /// A proven lower bound on the optimum (equal to ``cost`` when optimal).
  var lowerBound: Double
  var isOptimal: Bool
  /// The solver and model that gave the bound.
  var solver: String
  var nodes: Int
  var seconds: Double

  /// A result whose bound is rounded up when every weight is an integer (the optimum then is
  /// one), so that a bound of 43.2 proves 44 optimal.
  init(
    graph: SignedGraph, labels: [Int], bound: Double, solverIsOptimal: Bool, solver: String,
    nodes: Int, seconds: Double
  ) {
    self.labels = labels
    cost = Partition(labels).disagreement(on: graph)
    var lower = solverIsOptimal ? min(bound, cost) : bound
    if lower.isFinite && graph.ties.allSatisfy({ $0.weight == $0.weight.rounded() }) {
      lower = (lower - 1e-6).rounded(.up)
    }
    if !lower.isFinite { lower = 0 }
    lowerBound = min(max(0, lower), cost)
    isOptimal = solverIsOptimal || lowerBound >= cost - 1e-9
    if isOptimal { lowerBound = cost }
    self.solver = solver
    self.nodes = nodes
    self.seconds = seconds
  }
}
