import ArgumentParser
import StanceAnalysis
import StanceGraph

extension UndatedStatements: ExpressibleByArgument {}

/// The period a command reads: `--since`, `--until` and `--undated`, applied to the claims file
/// as it is loaded, before roll-up and analysis, so that every command that reads a claims file
/// takes them (it is part of ``InputFormatOptions``).
///
/// The rule for undated statements: with `--since` or `--until` they are left out (nothing
/// says they were made in the period) unless `--undated include`; without a bound every
/// statement is kept unless `--undated exclude`.
struct PeriodOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Keep statements dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); a partial date counts when it overlaps the period.",
      valueName: "date"),
    transform: ArgumentValue.date)
  var since: PartialDate?

  @Option(
    help: ArgumentHelp("Keep statements dated on or before this date.", valueName: "date"),
    transform: ArgumentValue.date)
  var until: PartialDate?

  @Option(
    help: ArgumentHelp(
      "include or exclude statements without a date (default: exclude with --since/--until, include without).",
      valueName: "rule"))
  var undated: UndatedStatements?

  func validate() throws {
    if let since, let until, since.firstDay > until.lastDay {
      throw ValidationError("--since \"\(since)\" is after --until \"\(until)\"; no date can match")
    }
  }

  var range: DateRange { DateRange(since: since, until: until) }

  /// The rule in force for undated statements.
  var undatedRule: UndatedStatements { undated ?? (range.isUnbounded ? .include : .exclude) }

  /// Whether the options cut anything at all.
  var isActive: Bool { !range.isUnbounded || undatedRule == .exclude }

  /// `graph` cut to the period, with the record of what was kept (nil when nothing was asked)
  /// and, for each kept statement, its id in `graph`.
  func cut(_ graph: ClaimGraph) -> (graph: ClaimGraph, record: PeriodRecord?, kept: [StatementID]?)
  {
    guard isActive else { return (graph, nil, nil) }
    let kept = graph.statementIDs.filter { id in
      guard let date = graph[id].date else { return undatedRule == .include }
      return range.contains(date)
    }
    let record = PeriodRecord(
      since: since, until: until, undated: undatedRule, statementsRead: graph.statementCount,
      statementsKept: kept.count)
    return (graph.keepingStatements(kept), record, kept)
  }

  /// One line for a DOT comment or a report's provenance:
  /// `statements dated 2020..2021 (undated excluded): 120 of 300`.
  static func describe(_ record: PeriodRecord) -> String {
    "statements dated \(record.since ?? "")..\(record.until ?? "") (undated \(record.undated)d): \(record.statementsKept) of \(record.statementsRead)"
  }
}

/// A claims file as loaded and cut to the period.
struct LoadedInput {
  var graph: ClaimGraph
  var period: PeriodRecord?
  /// For each statement of ``graph``, its id in the file (nil when nothing was cut).
  var fileStatements: [StatementID]?

  /// The 1-based number in the file of statement `number` (1-based) of ``graph``.
  func fileNumber(_ number: Int) -> Int {
    guard let fileStatements, number >= 1, number <= fileStatements.count else { return number }
    return fileStatements[number - 1].index + 1
  }

  /// The 1-based number in the file of statement `id` of ``graph``.
  func fileNumber(of id: StatementID) -> Int { fileNumber(id.index + 1) }
}
