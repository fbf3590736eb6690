import ArgumentParser
import Foundation
import StanceAnalysis
import StanceGraph

extension WindowLength: ExpressibleByArgument {
  /// `30d`, `2w`, `6m`, `1y`.
  public init?(argument: String) { self.init(argument) }
}

/// `--window LENGTH --step LENGTH`: analyse the file window by window (`clusters`, `balance`,
/// `stances`, `positions`).
struct WindowOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Analyse each window of this length: 30d, 2w, 6m, 1y (a table per window; JSON Lines with --json).",
      valueName: "length"))
  var window: WindowLength?

  @Option(
    help: ArgumentHelp(
      "Move windows by this much (default: the window length).", valueName: "length")
  )
  var step: WindowLength?

  func validate() throws {
    if step != nil && window == nil { throw ValidationError("--step needs --window") }
  }

  /// The windows over the period (`--since`/`--until` when given, else the statements' dates),
  /// or nil without `--window`.
  func windows(for graph: ClaimGraph, period: PeriodOptions) throws -> TimeWindows? {
    guard let window else { return nil }
    let dated = graph.dateRange
    guard let lower = period.since ?? dated?.lowerBound,
      let upper = period.until ?? dated?.upperBound
    else {
      throw ValidationError("--window needs dated statements, or --since and --until")
    }
    guard lower.firstDay <= upper.lastDay,
      let windows = TimeWindows(covering: lower...max(lower, upper), length: window, step: step)
    else {
      throw ValidationError(
        "--window \(window) --step \(step ?? window) makes more than \(TimeWindows.maximumCount) windows; use a longer step"
      )
    }
    return windows
  }

  /// Undated statements go into every window only with an explicit `--undated include`.
  static func undated(_ period: PeriodOptions) -> UndatedStatements { period.undated ?? .exclude }

  /// The windowed analysis the options ask for, or the error on stderr and exit status 1.
  static func analyse(
    _ graph: ClaimGraph, windows: TimeWindows, options: WindowedAnalysis.Options
  ) throws -> WindowedAnalysis {
    do {
      return try Progress.run(
        "analysing \(windows.count) windows", size: graph.statementCount
      ) {
        try WindowedAnalysis(graph, windows: windows, options: options)
      }
    } catch {
      Terminal.printError("\(error)")
      throw ExitCode(1)
    }
  }

  /// The heading of a window's table.
  static func heading(_ window: WindowedAnalysis.Window) -> String {
    let count =
      window.isEmpty
      ? "empty: no statements" : StatementText.count(window.statementCount, "statement")
    return Colour.bold("== window \(window.window.index + 1): \(window.window) (\(count))")
  }
}

extension JSONOutput {
  /// One JSON object on one line (JSON Lines).
  static func printLine(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
  }
}
