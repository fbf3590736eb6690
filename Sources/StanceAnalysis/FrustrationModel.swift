/// The frustration index (correlation clustering into at most two camps) as a binary linear
/// programme, solved by CBC: the binary model of Aref, Mason and Wilson 2020, "A modeling and
/// computational study of the frustration index in signed networks", Networks 75:95-110,
/// doi:10.1002/net.21907.
///
/// Variables: `x_i` = 1 when actor *i* is in the first camp, `f_ij` = 1 when tie *ij* is
/// frustrated. Minimise Σ |w_ij| f_ij subject to
/// - positive ties: `f_ij ≥ x_i − x_j` and `f_ij ≥ x_j − x_i`;
/// - negative ties: `f_ij ≥ x_i + x_j − 1` and `f_ij ≥ 1 − x_i − x_j`;
/// - every unbalanced triangle (an odd number of negative ties) has a frustrated tie:
///   `f_ij + f_jk + f_ik ≥ 1` (their valid inequalities, which tighten the relaxation a lot);
/// - the actor of highest degree is fixed in the first camp (the two camps are symmetric).
/// The partition given (the fast method's) is the MIP start. Before the integer search, rounds
/// of cutting planes on the linear relaxation add violated odd-cycle inequalities
/// (``OddCycleSeparation``); the relaxation's optimum is a proven lower bound, which alone
/// proves the start optimal when it reaches it.
///
/// - Complexity: NP-hard; the model has *n* + *t* columns, 2*t* rows plus one per unbalanced
///   triangle (at most ``triangleLimit``).
enum FrustrationModel {
  /// At most this many triangle rows (the rest are left out; the model stays exact).
  static let triangleLimit = 400_000
  /// The share of the time the cutting-plane rounds on the relaxation may take, their number,
  /// and the actors each round separates from.
  static let cuttingShare = 0.5
  static let cuttingRounds = 200
  static let sourcesPerRound = 400
  /// Beyond this many columns (actors plus ties) CBC's root processing ignored the time limit
  /// (66 s for a limit of 3 s on 3,800 actors and 15,600 ties): larger graphs get the
  /// relaxation's bound only, beside the fast split.
  static let integerColumnLimit = 5_000

  static func solve(_ graph: SignedGraph, incumbent: [Int], deadline: Deadline) -> ProofResult {
    let n = graph.nodeCount
    var program = MixedIntegerProgram()
    for _ in 0..<n { program.addBinary(cost: 0) }
    for tie in graph.ties { program.addBinary(cost: abs(tie.weight)) }
    let f = { (tie: Int) in n + tie }
    for (index, tie) in graph.ties.enumerated() {
      let (i, j) = (tie.first, tie.second)
      if tie.weight > 0 {
        program.addRow([(f(index), 1), (i, -1), (j, 1)], .greaterOrEqual, 0)
        program.addRow([(f(index), 1), (i, 1), (j, -1)], .greaterOrEqual, 0)
      } else {
        program.addRow([(f(index), 1), (i, -1), (j, -1)], .greaterOrEqual, -1)
        program.addRow([(f(index), 1), (i, 1), (j, 1)], .greaterOrEqual, 1)
      }
    }
    for triangle in graph.triangles(limit: triangleLimit * 4) {
      let (a, b, c) = (Int(triangle.ties.0), Int(triangle.ties.1), Int(triangle.ties.2))
      let negatives = [a, b, c].count { graph.ties[$0].weight < 0 }
      guard negatives % 2 == 1 else { continue }
      program.addRow([(f(a), 1), (f(b), 1), (f(c), 1)], .greaterOrEqual, 1)
      if program.rows.count >= 2 * graph.tieCount + triangleLimit { break }
    }
    let hub = (0..<n).max { graph.degree(of: $0) < graph.degree(of: $1) } ?? 0
    program.lower[hub] = 1
    // MIP start: the incumbent's camps, the hub's camp as x = 1.
    let hubCamp = incumbent[hub]
    var start = [Double](repeating: 0, count: program.columnCount)
    for node in 0..<n { start[node] = incumbent[node] == hubCamp ? 1 : 0 }
    for (index, tie) in graph.ties.enumerated() {
      let together = (incumbent[tie.first] == hubCamp) == (incumbent[tie.second] == hubCamp)
      start[f(index)] = together == (tie.weight < 0) ? 1 : 0
    }
    var labels = incumbent.map { $0 == hubCamp ? 0 : 1 }
    let incumbentCost = Partition(labels).disagreement(on: graph)
    let integral = graph.ties.allSatisfy { $0.weight == $0.weight.rounded() }
    // Cutting planes on the relaxation first: violated odd cycles, separated exactly.
    let clock = Deadline(seconds: nil)
    let byDegree = (0..<n).sorted { graph.degree(of: $0) > graph.degree(of: $1) }
    var cursor = 0
    var settled = false
    let cuts = CbcSolver.cuttingPlanes(
      program,
      seconds: deadline.remainingSeconds
        * (program.columnCount > integerColumnLimit ? 1 : cuttingShare), rounds: cuttingRounds
    ) { values, objective in
      let bound = integral ? (objective - 1e-6).rounded(.up) : objective + 1e-9
      if bound >= incumbentCost {
        settled = true
        return nil
      }
      var sources: [Int] = []
      for _ in 0..<min(n, sourcesPerRound) {
        sources.append(byDegree[cursor % n])
        cursor += 1
      }
      return OddCycleSeparation.rows(
        graph, values: Array(values[n...]), offset: n, sources: sources, limit: max(100, n))
    }
    let relaxationBound = max(0, cuts.bound)
    let cutRows = cuts.rows.count
    if settled || deadline.hasPassed || program.columnCount > integerColumnLimit {
      return ProofResult(
        graph: graph, labels: labels, bound: relaxationBound, solverIsOptimal: false,
        solver: "\(CbcSolver.clpVersion), linear relaxation of the binary model with "
          + "odd-cycle cuts", nodes: 0, seconds: clock.elapsedSeconds)
    }
    program.rows += cuts.rows
    // CBC's root processing overran its limit by up to 2 s on 250 actors (measured): it gets
    // 70% of the time left, so that the whole stays near the limit.
    let result = CbcSolver.solve(program, start: start, seconds: deadline.remainingSeconds * 0.7)
    if let solution = result.solution {
      let candidate = (0..<n).map { solution[$0] > 0.5 ? 0 : 1 }
      if Partition(candidate).disagreement(on: graph) < Partition(labels).disagreement(on: graph) {
        labels = candidate
      }
    }
    return ProofResult(
      graph: graph, labels: labels, bound: max(result.bound, relaxationBound),
      solverIsOptimal: result.isOptimal,
      solver: "\(CbcSolver.version), binary model with unbalanced-triangle rows"
        + (cutRows > 0 ? " and odd-cycle cuts" : ""),
      nodes: result.nodes, seconds: clock.elapsedSeconds)
  }
}
