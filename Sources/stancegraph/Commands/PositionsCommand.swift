import ArgumentParser
import StanceAnalysis
import StanceGraph

struct PositionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "positions",
    abstract: "Show who supports, opposes and is implicated by each claim, and who agrees.",
    discussion: """
      Supporters accuse with a claim, opponents deny it, the implicated are the accused. \
      Congruence ties join actors on the same side of a claim, conflict ties actors on \
      opposite sides (Discourse Network Analysis); each counts claims and gives the Jaccard \
      share of the claims either actor takes a position on.

      Example:
        stancegraph positions Examples/korea-armistice/claims.yaml
      """)

  @OptionGroup var input: InputOptions

  @Flag(
    name: .customLong("roll-up"),
    help: "Fold people and agencies into the actors they represent first.")
  var rollUp = false

  @Flag(help: "Print JSON (JSON Lines, one object per window, with --window).")
  var json = false

  @OptionGroup var windowing: WindowOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    let loaded = try reading.loadInput(input.file, limits: limits)
    let graph = loaded.graph
    if let windows = try windowing.windows(for: graph, period: reading.period) {
      let options = WindowedAnalysis.Options(
        rollingUp: rollUp, undated: WindowOptions.undated(reading.period), clusters: nil,
        balance: nil)
      let series = try WindowOptions.analyse(graph, windows: windows, options: options)
      for window in series.windows {
        let positions = Positions(of: window.projection.graph)
        if json {
          var report = PositionsReport(positions)
          report.period = loaded.period
          report.window = WindowRecord(window.window, statements: window.statementCount)
          report.renumberStatements { loaded.fileNumber(of: window.inputStatements[$0 - 1]) }
          try JSONOutput.printLine(report)
        } else {
          if window.window.index > 0 { print("") }
          print(WindowOptions.heading(window))
          if !window.isEmpty { printTable(positions) }
        }
      }
      return
    }
    let positions = Positions(of: graph, rollingUp: rollUp)
    if json {
      var report = PositionsReport(positions)
      report.period = loaded.period
      // Rolled-up statements are numbered in the rolled-up graph (as before this option).
      if !rollUp { report.renumberStatements(loaded.fileNumber) }
      try JSONOutput.print(report)
      return
    }
    printTable(positions)
  }

  func printTable(_ positions: Positions) {
    let names = positions.graph
    for position in positions.claims {
      print("\(names[position.claim].text)")
      func line(_ label: String, _ actors: [ActorID]) {
        print(
          "  \(label) "
            + (actors.isEmpty ? "-" : actors.map { names[$0].name }.joined(separator: ", ")))
      }
      line("supporters ", position.supporters)
      line("opponents  ", position.opponents)
      line("implicated ", position.implicated)
    }
    for (title, ties) in [
      ("congruence (same side)", positions.congruence),
      ("conflict (opposite sides)", positions.conflict),
    ] {
      print("")
      print("\(title): \(ties.count) tie\(ties.count == 1 ? "" : "s")")
      for tie in ties {
        print(
          "  \(names[tie.first].name) – \(names[tie.second].name): \(tie.count) claim\(tie.count == 1 ? "" : "s"), jaccard \(StatementText.number(tie.jaccard))"
        )
      }
    }
  }

}

/// Lines for people show invisible and bidi characters from the data visibly (``VisibleText``),
/// so a name cannot pass for another in the terminal.
private func print(_ text: String) { Swift.print(VisibleText.visible(text)) }
