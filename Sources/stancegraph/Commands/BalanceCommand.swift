import ArgumentParser
import StanceAnalysis
import StanceGraph

struct BalanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "balance",
    abstract: "Measure structural balance: the triangle census and the frustration index.",
    discussion: """
      A triangle is balanced when it has an even number of hostile ties (strong balance); \
      under weak balance only triangles with exactly one hostile tie are unbalanced. The \
      frustration index is the fewest ties whose sign must change for the actors to split \
      into two camps (ties count by sign; their weight is reported beside). --method fast is \
      the heuristic (Leiden blocs split exactly into two camps, relocation moves, iterated \
      local search); exact and auto (the default) prove it with a branch and bound or the \
      integer programme on COIN-OR CBC within --time-limit and --node-budget, keep the best \
      camps found when a limit runs out, and report the proven lower bound and the gap. \
      exact fails when the proof is not reached; auto reports the bounds.

      Example:
        stancegraph balance Examples/korea-armistice/claims.yaml --weights unit
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "auto, exact or fast.")
  var method: StructuralBalance.Method = .auto

  @Option(
    name: .customLong("time-limit"),
    help: "Seconds the proof may take (default \(Int(StructuralBalance.defaultTimeLimit))).")
  var timeLimit: Double = StructuralBalance.defaultTimeLimit

  @Option(name: .customLong("node-budget"), help: "Search nodes the branch and bound may explore.")
  var nodeBudget: Int = 20_000_000

  @Option(help: "Seed of the fast method.")
  var seed: UInt64 = 1

  @Option(
    name: .customLong("exact-limit"),
    help: "Skip the proof for connected groups larger than this (default: no limit).")
  var exactLimit: Int?

  @Flag(help: "Print JSON.")
  var json = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if let exactLimit, exactLimit < 1 {
      throw ValidationError("--exact-limit must be at least 1")
    }
    if !(timeLimit >= 0) || !timeLimit.isFinite {
      throw ValidationError("--time-limit must be a non-negative number of seconds")
    }
    if nodeBudget < 0 { throw ValidationError("--node-budget must not be negative") }
  }

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let projection = try analysis.projection(of: graph)
    let balance = StructuralBalance(
      of: projection,
      options: .init(
        method: method, timeLimit: timeLimit, nodeBudget: nodeBudget, exactLimit: exactLimit,
        seed: seed))
    let names = projection.graph
    if method == .exact && !balance.isExact {
      Terminal.printError(
        "error: the frustration index was not proven within --time-limit \(StatementText.number(timeLimit)) s and --node-budget \(nodeBudget): best found \(balance.upperBound), proven lower bound \(balance.lowerBound); use --method auto or raise the limits"
      )
      throw ExitCode(1)
    }
    if json {
      try JSONOutput.print(BalanceReport(balance))
      return
    }
    let census = balance.triangles
    print(
      "triangles   \(census.total): \(census.byNegativeTies[0]) with no hostile tie, \(census.byNegativeTies[1]) with one, \(census.byNegativeTies[2]) with two, \(census.byNegativeTies[3]) with three"
    )
    print(
      "balanced    \(census.balanced) of \(census.total) (\(StatementText.number(census.balancedFraction))); weakly balanced \(census.weaklyBalanced) (\(StatementText.number(census.weaklyBalancedFraction)))"
    )
    print(
      "frustration \(balance.frustrationIndex) tie\(balance.frustrationIndex == 1 ? "" : "s") \(BalanceCommand.proof(balance))"
    )
    print(
      "minimised   frustrated ties, counted by sign; their summed weight is \(StatementText.number(balance.frustratedWeight))"
    )
    for (index, camp) in balance.camps.enumerated() {
      print("camp \(index + 1)      " + camp.map { names[$0].name }.joined(separator: ", "))
    }
    if !balance.isolated.isEmpty {
      print("no ties     " + balance.isolated.map { names[$0].name }.joined(separator: ", "))
    }
    for tie in balance.frustratedTies {
      print(
        "  \(names[tie.first].name) – \(names[tie.second].name): \(tie.isInside ? "hostile inside a camp" : "friendly across camps")"
      )
    }
  }

  /// "(proven minimal: …)" or "(upper bound; proven lower bound 40, gap 9.1%)".
  static func proof(_ balance: StructuralBalance) -> String {
    let certificate = balance.certificate
    let time = certificate.map { " in \(StatementText.number($0.seconds)) s" } ?? ""
    if balance.isExact {
      let solvers = certificate?.solvers ?? []
      return
        "(proven minimal\(solvers.isEmpty ? "" : " by " + solvers.joined(separator: "; "))\(time))"
    }
    guard certificate != nil else { return "(upper bound: fast method, not proven)" }
    let gap = StatementText.number(balance.gap * 100)
    return "(upper bound: not proven; proven lower bound \(balance.lowerBound), gap \(gap)%\(time))"
  }
}
