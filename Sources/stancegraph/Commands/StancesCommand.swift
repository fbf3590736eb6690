import ArgumentParser
import StanceAnalysis
import StanceGraph

struct StancesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stances",
    abstract: "List each actor's stance toward each actor it spoke about, with its score.",
    discussion: """
      The score of A toward B sums the signed weights of A's statements about B (see \
      --weights). ally: score >= --ally-threshold; adversary: score <= \
      --adversary-threshold; mixed: in between with friendly and hostile statements; \
      neutral otherwise. `stancegraph explain FILE A B` lists the statements behind one stance.

      Example:
        stancegraph stances Examples/korea-armistice/claims.yaml --actor "North Korea"
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("actor"), help: "Only stances taken by or toward this actor.")
  var actor: String?

  @Option(
    name: .customLong("ally-threshold"), parsing: .unconditional,
    help: "Scores at or above this are ally.")
  var allyThreshold: Double = 1

  @Option(
    name: .customLong("adversary-threshold"), parsing: .unconditional,
    help: "Scores at or below this are adversary.")
  var adversaryThreshold: Double = -1

  @Flag(help: "Print JSON (JSON Lines, one object per window, with --window).")
  var json = false

  @OptionGroup var windowing: WindowOptions

  @Flag(help: "Print CSV.")
  var csv = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if json && csv { throw ValidationError("choose one of --json and --csv") }
    if windowing.window != nil && csv {
      throw ValidationError("--csv does not combine with --window; use --json")
    }
    if windowing.window != nil && analysis.referenceDate != nil {
      throw ValidationError(
        "--reference-date does not combine with --window: each window decays from its own end")
    }
    if adversaryThreshold >= allyThreshold {
      throw ValidationError("--adversary-threshold must be below --ally-threshold")
    }
  }

  func run() throws {
    let loaded = try reading.loadInput(input.file, limits: limits)
    let graph = loaded.graph
    if let windows = try windowing.windows(for: graph, period: reading.period) {
      let options = WindowedAnalysis.Options(
        policy: try analysis.policy(for: graph), rollingUp: analysis.rollUp,
        undated: WindowOptions.undated(reading.period), clusters: nil, balance: nil)
      let series = try WindowOptions.analyse(graph, windows: windows, options: options)
      for window in series.windows {
        let list = try stances(of: window.projection)
        if json {
          let records = list.map { stance in
            var record = StanceRecord(stance, in: window.projection.graph)
            for index in record.statements.indices {
              record.statements[index].id = loaded.fileNumber(
                of: window.inputStatements[record.statements[index].id - 1])
            }
            return record
          }
          try JSONOutput.printLine(
            StancesWindowReport(
              window: WindowRecord(window.window, statements: window.statementCount),
              period: loaded.period, stances: records))
        } else {
          if window.window.index > 0 { print("") }
          print(WindowOptions.heading(window))
          if !window.isEmpty { printTable(list, window.projection) }
        }
      }
      return
    }
    let projection = try analysis.projection(of: graph)
    let list = try stances(of: projection)
    try printStances(list, projection)
  }

  func stances(of projection: SignedProjection) throws -> [Stances.Stance] {
    let stances = Stances(
      of: projection, thresholds: .init(ally: allyThreshold, adversary: adversaryThreshold))
    guard let actor else { return stances.stances }
    let id = try StatementText.actor(actor, in: projection.graph, option: "--actor")
    return stances.stances(involving: id)
  }

  func printStances(_ list: [Stances.Stance], _ projection: SignedProjection) throws {
    let names = projection.graph
    if json {
      try JSONOutput.print(list.map { StanceRecord($0, in: names) })
    } else if csv {
      print("source,target,score,label,accuses,denies,allies-with,warns,statements")
      for stance in list {
        let fields =
          [
            names[stance.source].id, names[stance.target].id, StatementText.number(stance.score),
            stance.label.rawValue,
          ]
          + stance.counts.map(String.init) + [String(stance.contributions.count)]
        print(fields.map(CSVField.quote).joined(separator: ","))
      }
    } else {
      printTable(list, projection)
    }
  }

  func printTable(_ list: [Stances.Stance], _ projection: SignedProjection) {
    let names = projection.graph
    do {
      var table = Table([
        "source", "target", "score", "stance", "accuses", "denies", "allies", "warns",
      ])
      for stance in list {
        table.append(
          [
            names[stance.source].name, names[stance.target].name,
            StatementText.number(stance.score), stance.label.rawValue,
          ]
            + stance.counts.map(String.init))
      }
      print(table.render())
      print("\(list.count) stance\(list.count == 1 ? "" : "s"); weights: \(projection.policy)")
    }
  }

}
