// The only file that imports CCbc: every call into COIN-OR CBC happens here, under one
// process-wide lock.
import CCbc
import Foundation

/// A mixed-integer linear programme in row form: minimise `objective · x + objectiveOffset`
/// subject to the rows and the column bounds.
struct MixedIntegerProgram: Sendable {
  enum Sense: Sendable {
    case lessOrEqual, greaterOrEqual, equal
  }

  struct Row: Sendable {
    var columns: [Int32]
    var coefficients: [Double]
    var sense: Sense
    var rightHandSide: Double
  }

  var lower: [Double] = []
  var upper: [Double] = []
  var objective: [Double] = []
  var isInteger: [Bool] = []
  var rows: [Row] = []
  /// A constant added to the objective (the solver never sees it).
  var objectiveOffset = 0.0

  var columnCount: Int { objective.count }

  /// Adds a column and returns its index.
  @discardableResult
  mutating func addBinary(cost: Double) -> Int {
    lower.append(0)
    upper.append(1)
    objective.append(cost)
    isInteger.append(true)
    return objective.count - 1
  }

  mutating func addRow(_ terms: [(Int, Double)], _ sense: Sense, _ rightHandSide: Double) {
    rows.append(
      Row(
        columns: terms.map { Int32($0.0) }, coefficients: terms.map(\.1), sense: sense,
        rightHandSide: rightHandSide))
  }
}

/// COIN-OR CBC, the branch-and-cut solver of the COIN-OR project (Forrest and Lougee-Heimer
/// 2005, "CBC user guide", doi:10.1287/educ.1053.0020), called through its C interface
/// (`Cbc_C_Interface.h`, CBC 2.10).
///
/// - Output: CBC's log level is 0, so it prints nothing to stdout or stderr.
/// - Threads: CBC's command-line driver (`CbcMain1`, which `Cbc_solve` runs) keeps its
///   parameters in static storage, so solves from several threads would race. Every call into
///   CBC, model building and deletion included, runs under one process-wide lock; concurrent
///   solves simply take turns.
/// - Time: every solve has a wall-clock time limit (`timeMode elapsed`); a solve that reaches
///   it returns the best solution found and the best bound proven, with ``Result/isOptimal``
///   false. CBC checks its clock between nodes and cut passes, so a single long LP solve
///   (dense models with 10⁵ rows) can overrun it.
enum CbcSolver {
  enum Status: String, Sendable {
    /// Solved to optimality.
    case optimal
    /// Stopped on the time or node limit; the solution (if any) is the best found.
    case stopped
    /// No solution exists (or none better than the cutoff).
    case infeasible
    /// CBC gave up (numerical difficulties) or returned an unexpected status.
    case failed
  }

  struct Result: Sendable {
    var status: Status
    /// The best integer solution found (nil when none).
    var solution: [Double]?
    /// Its objective value, offset included (infinity when none).
    var objective: Double
    /// The best proven lower bound on the objective, offset included.
    var bound: Double
    var nodes: Int
    var seconds: Double
    var isOptimal: Bool { status == .optimal }
  }

  /// "CBC 2.10.8", from the library itself.
  static var version: String {
    lock.lock()
    defer { lock.unlock() }
    return "CBC " + String(cString: Cbc_getVersion())
  }

  /// "Clp 1.17.6", from the library itself.
  static var clpVersion: String {
    lock.lock()
    defer { lock.unlock() }
    return "Clp " + String(cString: Clp_Version())
  }

  /// Solves `program` within `seconds`, starting from `start` (a feasible solution, all
  /// columns) when given. With `relaxation`, every column is continuous: the result is the
  /// linear-programming optimum, and its objective a lower bound on the integer one.
  static func solve(
    _ program: MixedIntegerProgram, start: [Double]? = nil, seconds: Double,
    maximumNodes: Int? = nil, relaxation: Bool = false
  ) -> Result {
    let clock = Deadline(seconds: nil)
    let columns = program.columnCount
    guard columns > 0 else {
      return Result(
        status: .optimal, solution: [], objective: program.objectiveOffset,
        bound: program.objectiveOffset, nodes: 0, seconds: 0)
    }
    // Column-major (CSC) matrix from the rows.
    var counts = [Int](repeating: 0, count: columns + 1)
    for row in program.rows {
      for column in row.columns { counts[Int(column) + 1] += 1 }
    }
    for column in 0..<columns { counts[column + 1] += counts[column] }
    var next = Array(counts.dropLast())
    let nonZeros = counts[columns]
    var index = [Int32](repeating: 0, count: nonZeros)
    var value = [Double](repeating: 0, count: nonZeros)
    var rowLower = [Double](repeating: 0, count: program.rows.count)
    var rowUpper = [Double](repeating: 0, count: program.rows.count)
    for (rowIndex, row) in program.rows.enumerated() {
      for (column, coefficient) in zip(row.columns, row.coefficients) {
        index[next[Int(column)]] = Int32(rowIndex)
        value[next[Int(column)]] = coefficient
        next[Int(column)] += 1
      }
      switch row.sense {
      case .lessOrEqual:
        (rowLower[rowIndex], rowUpper[rowIndex]) = (
          -Double.greatestFiniteMagnitude, row.rightHandSide
        )
      case .greaterOrEqual:
        (rowLower[rowIndex], rowUpper[rowIndex]) = (
          row.rightHandSide, Double.greatestFiniteMagnitude
        )
      case .equal: (rowLower[rowIndex], rowUpper[rowIndex]) = (row.rightHandSide, row.rightHandSide)
      }
    }
    let starts = counts.map { CoinBigIndex($0) }

    lock.lock()
    defer { lock.unlock() }
    guard let model = Cbc_newModel() else {
      return Result(
        status: .failed, solution: nil, objective: .infinity, bound: -.infinity, nodes: 0,
        seconds: 0)
    }
    defer { Cbc_deleteModel(model) }
    Cbc_setLogLevel(model, 0)
    Cbc_loadProblem(
      model, Int32(columns), Int32(program.rows.count), starts, index, value, program.lower,
      program.upper, program.objective, rowLower, rowUpper)
    for column in 0..<columns where program.isInteger[column] && !relaxation {
      Cbc_setInteger(model, Int32(column))
    }
    Cbc_setObjSense(model, 1)
    // CBC counts CPU seconds by default, which overran the limit by 70% on a loaded machine;
    // the limit is wall-clock time.
    Cbc_setParameter(model, "timeMode", "elapsed")
    Cbc_setMaximumSeconds(model, max(0.01, seconds))
    if let maximumNodes { Cbc_setMaximumNodes(model, Int32(clamping: maximumNodes)) }
    if let start, start.count == columns, !relaxation {
      var nonZero: [Int32] = []
      var values: [Double] = []
      for (column, value) in start.enumerated() where value != 0 {
        nonZero.append(Int32(column))
        values.append(value)
      }
      Cbc_setMIPStartI(model, Int32(nonZero.count), nonZero, values)
    }
    _ = Cbc_solve(model)
    let elapsed = clock.elapsedSeconds
    let nodes = Int(Cbc_getNodeCount(model))
    var solution: [Double]?
    if relaxation {
      if Cbc_isProvenOptimal(model) != 0, let values = Cbc_getColSolution(model) {
        solution = Array(UnsafeBufferPointer(start: values, count: columns))
      }
    } else if let best = Cbc_bestSolution(model) {
      solution = Array(UnsafeBufferPointer(start: best, count: columns))
    }
    let objective =
      solution.map { values in
        zip(values, program.objective).reduce(0.0) { $0 + $1.0 * $1.1 }
      } ?? .infinity
    var bound = Cbc_getBestPossibleObjValue(model)
    let status: Status
    if Cbc_isProvenOptimal(model) != 0, solution != nil {
      status = .optimal
      bound = objective
    } else if Cbc_isProvenInfeasible(model) != 0 {
      status = .infeasible
    } else if Cbc_isAbandoned(model) != 0 {
      status = .failed
    } else {
      status = .stopped
    }
    if !bound.isFinite || bound > objective { bound = min(objective, max(bound, -.infinity)) }
    if !bound.isFinite { bound = -.infinity }
    return Result(
      status: status, solution: solution, objective: objective + program.objectiveOffset,
      bound: bound + program.objectiveOffset, nodes: nodes, seconds: elapsed)
  }

  /// Cutting planes on the linear relaxation of `program`, solved by Clp (COIN-OR's simplex
  /// solver, the one inside CBC) and re-solved warm by the dual simplex after each round.
  ///
  /// After each solve, `separate` gets the optimum and its objective (offset included) and
  /// returns the rows to add, or nil to stop. Stops as well after `rounds` rounds, when a round
  /// adds no row, or at `seconds`. Returns the best proven bound (the relaxation's optimum,
  /// offset included, or -infinity if none was solved) and the rows added.
  static func cuttingPlanes(
    _ program: MixedIntegerProgram, seconds: Double, rounds: Int,
    separate: ([Double], Double) -> [MixedIntegerProgram.Row]?
  ) -> (bound: Double, rows: [MixedIntegerProgram.Row]) {
    let deadline = Deadline(seconds: seconds)
    let columns = program.columnCount
    guard columns > 0 else { return (program.objectiveOffset, []) }
    let matrix = columnMajor(program)
    lock.lock()
    defer { lock.unlock() }
    guard let model = Clp_newModel() else { return (-.infinity, []) }
    defer { Clp_deleteModel(model) }
    Clp_setLogLevel(model, 0)
    Clp_loadProblem(
      model, Int32(columns), Int32(program.rows.count), matrix.starts, matrix.index,
      matrix.value, program.lower, program.upper, program.objective, matrix.rowLower,
      matrix.rowUpper)
    Clp_setMaximumSeconds(model, max(0.01, seconds))
    _ = Clp_dual(model, 0)
    var bound = -Double.infinity
    var added: [MixedIntegerProgram.Row] = []
    for _ in 0..<rounds {
      guard Clp_isProvenOptimal(model) != 0, let values = Clp_primalColumnSolution(model)
      else { break }
      let objective = Clp_objectiveValue(model) + program.objectiveOffset
      bound = max(bound, objective)
      let solution = Array(UnsafeBufferPointer(start: values, count: columns))
      guard !deadline.hasPassed, let rows = separate(solution, objective), !rows.isEmpty
      else { break }
      var starts: [CoinBigIndex] = [0]
      var indices: [Int32] = []
      var elements: [Double] = []
      var lower: [Double] = []
      var upper: [Double] = []
      for row in rows {
        indices += row.columns
        elements += row.coefficients
        starts.append(CoinBigIndex(indices.count))
        let bounds = rowBounds(row)
        lower.append(bounds.lower)
        upper.append(bounds.upper)
      }
      Clp_addRows(model, Int32(rows.count), lower, upper, starts, indices, elements)
      added += rows
      Clp_setMaximumSeconds(model, max(0.01, deadline.remainingSeconds))
      _ = Clp_dual(model, 0)
    }
    return (bound, added)
  }

  private static func rowBounds(_ row: MixedIntegerProgram.Row) -> (lower: Double, upper: Double) {
    switch row.sense {
    case .lessOrEqual: return (-Double.greatestFiniteMagnitude, row.rightHandSide)
    case .greaterOrEqual: return (row.rightHandSide, Double.greatestFiniteMagnitude)
    case .equal: return (row.rightHandSide, row.rightHandSide)
    }
  }

  /// The rows of `program` as a column-major (CSC) matrix with row bounds.
  private static func columnMajor(_ program: MixedIntegerProgram) -> (
    starts: [CoinBigIndex], index: [Int32], value: [Double], rowLower: [Double],
    rowUpper: [Double]
  ) {
    let columns = program.columnCount
    var counts = [Int](repeating: 0, count: columns + 1)
    for row in program.rows {
      for column in row.columns { counts[Int(column) + 1] += 1 }
    }
    for column in 0..<columns { counts[column + 1] += counts[column] }
    var next = Array(counts.dropLast())
    var index = [Int32](repeating: 0, count: counts[columns])
    var value = [Double](repeating: 0, count: counts[columns])
    var rowLower = [Double](repeating: 0, count: program.rows.count)
    var rowUpper = [Double](repeating: 0, count: program.rows.count)
    for (rowIndex, row) in program.rows.enumerated() {
      for (column, coefficient) in zip(row.columns, row.coefficients) {
        index[next[Int(column)]] = Int32(rowIndex)
        value[next[Int(column)]] = coefficient
        next[Int(column)] += 1
      }
      (rowLower[rowIndex], rowUpper[rowIndex]) = rowBounds(row)
    }
    return (counts.map { CoinBigIndex($0) }, index, value, rowLower, rowUpper)
  }

  /// Guards every call into CBC: a pthread mutex (through NSLock), which ThreadSanitizer
  /// understands.
  private static let lock = NSLock()
}
