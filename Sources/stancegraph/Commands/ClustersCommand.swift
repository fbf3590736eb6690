import ArgumentParser
import StanceAnalysis
import StanceGraph

struct ClustersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clusters",
    abstract: "Find alliance blocs: who stands with whom, and the statements that disagree.",
    discussion: """
      Correlation clustering of the signed ties: the blocs minimise the weight of hostile ties \
      inside blocs plus friendly ties between blocs (the disagreement). --method exact proves \
      the optimum with a branch and bound or an integer programme on COIN-OR CBC within \
      --time-limit seconds, and fails when it cannot; fast is a Leiden-style heuristic \
      polished by relocation moves and iterated local search, the best of --restarts runs, \
      the same for the same --seed; auto (the default) proves what it can within the limit \
      and says which blocs are proven. Each bloc is named after its most central \
      member. The frustrated ties are listed with the statements behind them.

      With --window, the blocs are found window by window and tracked across windows (the \
      same bloc number is the same coalition); the events between windows (an actor moved, \
      a bloc split, merged, appeared or dissolved) follow each window. See docs/time.md.

      Example:
        stancegraph clusters Examples/korea-armistice/claims.yaml
        stancegraph clusters edges.csv --weights unit --max-blocs 3 --json
      """)

  @OptionGroup var input: InputOptions

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var clustering: ClusteringOptions

  @Option(help: "Frustrated ties listed in the table (all of them in --json).")
  var show: Int = 20

  @Flag(help: "Print JSON (JSON Lines, one object per window, with --window).")
  var json = false

  @OptionGroup var windowing: WindowOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if windowing.window != nil && analysis.referenceDate != nil {
      throw ValidationError(
        "--reference-date does not combine with --window: each window decays from its own end")
    }
  }

  func run() throws {
    let loaded = try reading.loadInput(input.file, limits: limits)
    let graph = loaded.graph
    if let windows = try windowing.windows(for: graph, period: reading.period) {
      try runWindowed(loaded, windows)
      return
    }
    let projection = try analysis.projection(of: graph)
    let clusters = try clustering.clusters(of: projection)
    if json {
      var report = ClustersReport(clusters)
      report.period = loaded.period
      report.renumberStatements {
        loaded.fileNumber(of: projection.inputStatement(StatementID(rawValue: Int32($0 - 1))))
      }
      try JSONOutput.print(report)
    } else {
      printTable(clusters, projection)
    }
  }

  func runWindowed(_ loaded: LoadedInput, _ windows: TimeWindows) throws {
    let options = WindowedAnalysis.Options(
      policy: try analysis.policy(for: loaded.graph), rollingUp: analysis.rollUp,
      undated: WindowOptions.undated(reading.period), clusters: clustering.options, balance: nil)
    let series = try WindowOptions.analyse(loaded.graph, windows: windows, options: options)
    let tracking = series.tracking
    for window in series.windows {
      let index = window.window.index
      let tracked = tracking?.windows[index] ?? []
      let events = tracking?.events.filter { $0.window == index } ?? []
      let names = window.projection.graph
      if json {
        guard let clusters = window.clusters else { continue }
        var report = ClustersReport(clusters)
        report.period = loaded.period
        report.window = WindowRecord(window.window, statements: window.statementCount)
        report.renumberStatements { loaded.fileNumber(of: window.inputStatements[$0 - 1]) }
        report.tracked = tracked.map {
          TrackedBlocRecord(identity: $0.identity, members: $0.members.map { names[$0].id })
        }
        report.events = events.map {
          BlocEventRecord($0, in: names, statementNumber: loaded.fileNumber(of:))
        }
        try JSONOutput.printLine(report)
        continue
      }
      if index > 0 { print("") }
      print(WindowOptions.heading(window))
      if let clusters = window.clusters, !window.isEmpty {
        var identity: [ActorID: Int] = [:]
        for bloc in tracked { for member in bloc.members { identity[member] = bloc.identity } }
        printTable(
          clusters, window.projection,
          identity: { bloc in bloc.members.first.flatMap { identity[$0] } })
      }
      for event in events where event.previousWindow != nil {
        print(
          "  " + EventText.describe(event.event, in: names, statementNumber: loaded.fileNumber(of:))
        )
      }
    }
  }

  func printTable(
    _ clusters: AllianceClusters, _ projection: SignedProjection,
    identity: (AllianceClusters.Bloc) -> Int? = { _ in nil }
  ) {
    let graph = projection.graph
    let proof: String
    if let certificate = clusters.certificate, certificate.isOptimal {
      proof =
        "exact, proven optimal (\(certificate.nodesExplored) search nodes, \(StatementText.number(certificate.seconds)) s; \(certificate.bound))"
    } else if let certificate = clusters.certificate {
      proof =
        "exact search: \(certificate.provenComponents) of \(certificate.components) connected groups proven in \(StatementText.number(certificate.seconds)) s, not proven optimal (proven lower bound \(StatementText.number(certificate.lowerBound)); blocs marked * are proven)"
    } else {
      let stability = clusters.stability.map { StatementText.number($0) } ?? "-"
      proof =
        "fast heuristic, best of \(clusters.restartsRun) runs (stability \(stability), not proven optimal)"
    }
    let aligned = clusters.blocs.filter { !$0.isIsolated }
    let isolated = clusters.blocs.filter(\.isIsolated)
    let placed = aligned.reduce(0) { $0 + $1.members.count }
    let unplaced = isolated.reduce(0) { $0 + $1.members.count }
    let without =
      unplaced == 0 ? "" : ", \(StatementText.count(unplaced, "actor")) without ties"
    print(
      "\(StatementText.count(aligned.count, "bloc")) of \(StatementText.count(placed, "actor"))\(without); \(proof)"
    )
    print("weights: \(projection.policy)\(projection.rollUp != nil ? "; rolled up" : "")")
    print(
      "disagreement \(StatementText.number(clusters.disagreement)) over \(clusters.violations) frustrated tie\(clusters.violations == 1 ? "" : "s")"
    )
    // Tracked blocs (--window) are listed by identity; otherwise in the solver's order.
    let listed =
      aligned.allSatisfy { identity($0) != nil }
      ? aligned.sorted { (identity($0) ?? 0) < (identity($1) ?? 0) } : aligned
    for (index, bloc) in listed.enumerated() {
      print("")
      print(
        Colour.bold(
          "bloc \(identity(bloc) ?? index + 1): \(bloc.name)"
            + (clusters.certificate.map { !$0.isOptimal && bloc.isProven } ?? false ? " *" : ""))
          + " (\(StatementText.count(bloc.members.count, "actor")), internal weight \(StatementText.number(bloc.internalWeight)))"
      )
      print("  " + bloc.members.map { graph[$0].name }.joined(separator: ", "))
    }
    if !isolated.isEmpty {
      print("")
      print(
        "no ties: " + isolated.flatMap(\.members).map { graph[$0].name }.joined(separator: ", "))
    }
    if !clusters.frustratedTies.isEmpty {
      print("")
      let shown = clusters.frustratedTies.prefix(max(0, show))
      print(Colour.yellow("frustrated ties (the surprises), strongest first:"))
      for tie in shown {
        let kind = tie.isInside ? "hostile inside a bloc" : "friendly across blocs"
        print(
          "  \(graph[tie.first].name) – \(graph[tie.second].name): \(StatementText.number(tie.weight)), \(kind)"
        )
        for contribution in tie.contributions {
          print(
            "    "
              + StatementText.describe(
                contribution.statement, in: graph, target: contribution.target))
        }
      }
    }
  }
}

/// Lines for people show invisible and bidi characters from the data visibly (``VisibleText``),
/// so a name cannot pass for another in the terminal.
private func print(_ text: String) { Swift.print(VisibleText.visible(text)) }
