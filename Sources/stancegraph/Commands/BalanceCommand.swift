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
      into two camps; it is proven for connected groups up to --exact-limit actors and an \
      upper bound (labelled) beyond. Polarisation is the share of tie weight that agrees \
      with the two camps (friendly inside, hostile across; 1 - frustrated weight / total \
      weight), with the share of hostile weight that runs between the camps.

      With --window, the census, the frustration index and the polarisation are given per \
      window: a series (docs/time.md).

      Example:
        stancegraph balance Examples/korea-armistice/claims.yaml --weights unit
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("exact-limit"), help: "The largest connected group solved exactly.")
  var exactLimit: Int = 60

  @Flag(help: "Print JSON (JSON Lines, one object per window, with --window).")
  var json = false

  @OptionGroup var windowing: WindowOptions

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if exactLimit < 1 { throw ValidationError("--exact-limit must be at least 1") }
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
    let balance = StructuralBalance(of: projection, options: .init(exactLimit: exactLimit))
    let names = projection.graph
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
      "frustration \(balance.frustrationIndex) tie\(balance.frustrationIndex == 1 ? "" : "s") \(balance.isExact ? "(proven minimal)" : "(upper bound: not proven)")"
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

}
