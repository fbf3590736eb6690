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
      exact fails when the proof is not reached; auto reports the bounds. \
      Polarisation is the share of tie weight that agrees with the two camps (friendly \
      inside, hostile across; 1 - frustrated weight / total weight), with the share of \
      hostile weight that runs between the camps.

      With --window, the census, the frustration index and the polarisation are given per \
      window: a series (docs/time.md).

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

  @Flag(help: "Print JSON (JSON Lines, one object per window, with --window).")
  var json = false

  @OptionGroup var windowing: WindowOptions

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
    if windowing.window != nil && analysis.referenceDate != nil {
      throw ValidationError(
        "--reference-date does not combine with --window: each window decays from its own end")
    }
  }

  func run() throws {
    let loaded = try reading.loadInput(input.file, limits: limits)
    let graph = loaded.graph
    if let windows = try windowing.windows(for: graph, period: reading.period) {
      let options = WindowedAnalysis.Options(
        policy: try analysis.policy(for: graph), rollingUp: analysis.rollUp,
        undated: WindowOptions.undated(reading.period), clusters: nil,
        balance: .init(exactLimit: exactLimit))
      let series = try WindowOptions.analyse(graph, windows: windows, options: options)
      if !json {
        print(
          "window                  statements  triangles  balanced  frustration         polarisation  hostile across"
        )
      }
      for window in series.windows {
        guard let balance = window.balance, let polarisation = window.polarisation else { continue }
        if json {
          var report = BalanceReport(balance)
          report.period = loaded.period
          report.window = WindowRecord(window.window, statements: window.statementCount)
          try JSONOutput.printLine(report)
          continue
        }
        let census = balance.triangles
        func cell(_ text: String, _ width: Int) -> String {
          text.count >= width
            ? text + " " : text + String(repeating: " ", count: width - text.count)
        }
        if window.isEmpty {
          print(cell(window.window.description, 24) + "0           (empty)")
          continue
        }
        print(
          cell(window.window.description, 24) + cell(String(window.statementCount), 12)
            + cell(String(census.total), 11)
            + cell(StatementText.number(census.balancedFraction), 10)
            + cell("\(balance.frustrationIndex) \(balance.isExact ? "(proven)" : "(bound)")", 20)
            + cell(StatementText.number(polarisation.polarisation), 14)
            + StatementText.number(polarisation.hostileAcrossShare))
      }
      return
    }
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
      var report = BalanceReport(balance)
      report.period = loaded.period
      try JSONOutput.print(report)
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
    let polarisation = Polarisation(balance)
    print(
      "polarisation \(StatementText.number(polarisation.polarisation)) of the weight agrees with the two camps\(polarisation.isExact ? "" : " (at least)"); \(StatementText.number(polarisation.hostileAcrossShare)) of the hostile weight runs between them"
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

/// Lines for people show invisible and bidi characters from the data visibly (``VisibleText``),
/// so a name cannot pass for another in the terminal.
private func print(_ text: String) { Swift.print(VisibleText.visible(text)) }
