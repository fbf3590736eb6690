import ArgumentParser
import StanceAnalysis
import StanceGraph

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare two periods or two files: who changed bloc, stances, ties, frustration.",
    discussion: """
      compare OLD NEW compares two files (actors matched by id); compare FILE --at DATE splits \\
      one file at a date (before: statements whose date ends before DATE; after: those that \\
      overlap DATE or later); --before A..B --after C..D compares two ranges of one file \\
      (either end may be left open: 2020.., ..2019-06). Undated statements are left out of a \\
      split unless --undated include puts them on both sides.

      It reports the actors that changed bloc (blocs matched by maximum overlap, as in \\
      clusters --window) with the statements of the later side that moved them, stances \\
      that changed label or moved by more than --score-change, ties that appeared or \\
      vanished, and the frustration index and polarisation of both sides. See docs/time.md.

      Example:
        stancegraph compare claims.yaml --at 2020
        stancegraph compare claims.yaml --before 2015..2019 --after 2020..2024 --json
      """)

  @Argument(help: "One claims file to split (--at, or --before and --after), or two to compare.")
  var files: [String]

  @Option(
    help: ArgumentHelp("Split one file at this date.", valueName: "date"),
    transform: ArgumentValue.date)
  var at: PartialDate?

  @Option(
    help: ArgumentHelp("The earlier range of one file: A..B.", valueName: "range"),
    transform: CompareCommand.range)
  var before: DateRange?

  @Option(
    help: ArgumentHelp("The later range of one file: C..D.", valueName: "range"),
    transform: CompareCommand.range)
  var after: DateRange?

  @Option(
    name: .customLong("score-change"),
    help: "Report a stance whose score moves by more than this, even when its label stays.")
  var scoreChange: Double = 5

  @Option(help: "Statements listed per change in the table (all of them in --json).")
  var show: Int = 5

  @Flag(help: "Print JSON.")
  var json = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var clustering: ClusteringOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  /// `A..B`, `A..`, `..B`.
  static func range(_ text: String) throws -> DateRange {
    let parts = text.components(separatedBy: "..")
    if parts.count == 1 {
      let date = try ArgumentValue.date(text)
      return DateRange(since: date, until: date)
    }
    guard parts.count == 2 else {
      throw ValidationError(
        "\"\(text)\" is not a range; expected A..B, A.. or ..B with dates YYYY, YYYY-MM or YYYY-MM-DD"
      )
    }
    let since = parts[0].isEmpty ? nil : try ArgumentValue.date(parts[0])
    let until = parts[1].isEmpty ? nil : try ArgumentValue.date(parts[1])
    if let since, let until, since.firstDay > until.lastDay {
      throw ValidationError("the range \"\(text)\" ends before it starts")
    }
    return DateRange(since: since, until: until)
  }

  func validate() throws {
    switch files.count {
    case 2:
      if at != nil || before != nil || after != nil {
        throw ValidationError(
          "--at, --before and --after split one file; two files compare as they are")
      }
    case 1:
      if at != nil && (before != nil || after != nil) {
        throw ValidationError("choose --at or --before/--after")
      }
      if at == nil && (before == nil || after == nil) {
        throw ValidationError("one file needs --at DATE, or both --before A..B and --after C..D")
      }
    default:
      throw ValidationError("compare takes one file (with --at or --before/--after) or two files")
    }
    if !(scoreChange >= 0) { throw ValidationError("--score-change must be 0 or more") }
  }

  func run() throws {
    var sides: [(graph: ClaimGraph, side: ComparisonReport.Side, number: (StatementID) -> Int)] = []
    let name = { (file: String) in file == "-" ? "<stdin>" : file }
    if files.count == 2 {
      for file in files {
        let loaded = try reading.loadInput(file, limits: limits)
        sides.append(
          (
            loaded.graph,
            .init(
              source: name(file), period: loaded.period, statements: loaded.graph.statementCount),
            loaded.fileNumber(of:)
          ))
      }
    } else {
      let loaded = try reading.loadInput(files[0], limits: limits)
      let graph = loaded.graph
      let undated = reading.period.undated ?? .exclude
      let ranges: [(DateRange, (PartialDate) -> Bool)]
      if let at {
        let later = DateRange(since: at)
        ranges = [
          (DateRange(until: nil), { !later.contains($0) }), (later, { later.contains($0) }),
        ]
      } else {
        let earlier = before ?? DateRange()
        let later = after ?? DateRange()
        ranges = [(earlier, { earlier.contains($0) }), (later, { later.contains($0) })]
      }
      for (index, (range, test)) in ranges.enumerated() {
        let kept = graph.statementIDs.filter { id in
          graph[id].date.map(test) ?? (undated == .include)
        }
        let spelled: String
        if let at {
          spelled = index == 0 ? "before \(at)" : "from \(at)"
        } else {
          spelled = "\(range.since?.description ?? "")..\(range.until?.description ?? "")"
        }
        let cut = graph.keepingStatements(kept)
        sides.append(
          (
            cut,
            .init(
              source: "\(name(files[0])), statements dated \(spelled)", period: loaded.period,
              statements: cut.statementCount),
            { loaded.fileNumber(of: kept[$0.index]) }
          ))
      }
    }
    var options = PeriodComparison.Options(
      policy: try analysis.policy(for: sides[1].graph), rollingUp: analysis.rollUp,
      clusters: clustering.options, scoreChange: scoreChange)
    options.balance = .init(exactLimit: 60)
    let comparison: PeriodComparison
    do {
      comparison = try PeriodComparison(
        before: sides[0].graph, after: sides[1].graph, options: options)
    } catch {
      Terminal.printError("\(error)")
      throw ExitCode(1)
    }
    let report = ComparisonReport(
      comparison, before: sides[0].side, after: sides[1].side, beforeNumber: sides[0].number,
      afterNumber: sides[1].number)
    if json {
      try JSONOutput.print(report)
      return
    }
    printTable(report)
  }

  func printTable(_ report: ComparisonReport) {
    func statements(_ list: [Int]) -> String {
      guard !list.isEmpty else { return "" }
      let shown = list.prefix(max(0, show)).map(String.init).joined(separator: ", ")
      return " (statements \(shown)\(list.count > show ? ", … \(list.count) in all" : ""))"
    }
    print(
      "before: \(report.before.source) (\(StatementText.count(report.before.statements, "statement")))"
    )
    print(
      "after:  \(report.after.source) (\(StatementText.count(report.after.statements, "statement")))"
    )
    print(
      "frustration \(report.frustration.before) → \(report.frustration.after)\(report.frustrationExact.before && report.frustrationExact.after ? " (proven)" : " (upper bounds)"); polarisation \(StatementText.number(report.polarisation.before)) → \(StatementText.number(report.polarisation.after))"
    )
    for (title, blocs) in [
      ("blocs before", report.blocs.before), ("blocs after", report.blocs.after),
    ] {
      print(
        "\(title): "
          + blocs.sorted { $0.identity < $1.identity }.map {
            "bloc \($0.identity) (\($0.members.joined(separator: ", ")))"
          }.joined(separator: "; "))
    }
    for event in report.events {
      switch event.kind {
      case "split":
        print(
          "split: bloc \(event.bloc ?? 0) split off "
            + (event.into ?? []).map { "bloc \($0)" }.joined(separator: ", "))
      case "merged":
        print(
          "merged: " + (event.blocs ?? []).map { "bloc \($0)" }.joined(separator: " and ")
            + " into bloc \(event.into?.first ?? 0)")
      default:
        print(
          "\(event.kind): bloc \(event.bloc ?? 0) (\((event.members ?? []).joined(separator: ", ")))"
        )
      }
    }
    print("")
    print("\(StatementText.count(report.moved.count, "actor")) changed bloc")
    for move in report.moved {
      print("  \(move.actor): bloc \(move.from) → bloc \(move.to)\(statements(move.statements))")
    }
    print("\(StatementText.count(report.stanceChanges.count, "stance")) changed")
    for change in report.stanceChanges.prefix(max(0, show) * 10) {
      let old = change.before.map { "\($0.label) \(StatementText.number($0.score))" } ?? "none"
      let new = change.after.map { "\($0.label) \(StatementText.number($0.score))" } ?? "none"
      print("  \(change.source) → \(change.target): \(old) → \(new)")
    }
    for (title, ties) in [
      ("ties appeared", report.tiesAppeared), ("ties vanished", report.tiesVanished),
    ] {
      print(
        "\(StatementText.count(ties.count, title.hasPrefix("ties a") ? "tie" : "tie")) \(title.dropFirst(5))"
      )
      for tie in ties.prefix(max(0, show) * 10) {
        print(
          "  \(tie.first) – \(tie.second): \(StatementText.number(tie.weight))\(statements(tie.statements))"
        )
      }
    }
  }
}

/// Lines for people show invisible and bidi characters from the data visibly (``VisibleText``),
/// so a name cannot pass for another in the terminal.
private func print(_ text: String) { Swift.print(VisibleText.visible(text)) }
