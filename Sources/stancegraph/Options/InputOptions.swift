import ArgumentParser
import Foundation
import StanceGraph

/// The claims file a subcommand reads: the first argument.
///
/// How it is read (`--from`, `--actors`: ``InputFormatOptions``) and its limits
/// (``LimitOptions``) are separate groups that each command declares after its own options,
/// so that `--help` lists first what a user needs first and the limits last.
struct InputOptions: ParsableArguments {
  @Argument(help: "The claims file (.json, .yaml, .csv, .tsv, .jsonl); '-' reads stdin.")
  var file: String

  /// How the input is named in messages and reports.
  var displayName: String { file == "-" ? "<stdin>" : file }
}

/// How claims files are read: the input format and the CSV actor table.
struct InputFormatOptions: ParsableArguments {
  @Option(
    name: .customLong("from"),
    help: ArgumentHelp(
      "The input format when the extension does not tell (json, yaml, csv, tsv, jsonl); stdin without it is recognised by its content.",
      valueName: "format"))
  var inputFormat: GraphFormat?

  /// The old name of `--from`, refused with a message: in `query` it used to read as the output
  /// format and silently set the input format instead.
  @Option(name: .customLong("format"), help: .hidden)
  var retiredFormat: String?

  @Option(
    name: .customLong("actors"),
    help: ArgumentHelp(
      "A CSV actor table (id,name,kind,aliases,represents; aliases separated by '|' or ';') giving the actors of an edge list names, kinds and aliases.",
      valueName: "actors.csv"))
  var actorTable: String?

  @OptionGroup var period: PeriodOptions

  func validate() throws {
    if let retiredFormat {
      throw ValidationError(
        "--format was split in two: --from \(retiredFormat) names the input format, --to the output format"
      )
    }
  }

  /// Loads `file` (applying the actor table) cut to the period (`--since`, `--until`,
  /// `--undated`), or prints the diagnostics to stderr and exits 1.
  func load(_ file: String, limits limitOptions: LimitOptions) throws -> ClaimGraph {
    try loadInput(file, limits: limitOptions).graph
  }

  /// ``load(_:limits:)`` with the record of the period and the statements' numbers in the file.
  func loadInput(_ file: String, limits limitOptions: LimitOptions) throws -> LoadedInput {
    let (graph, record, kept) = period.cut(try loadFile(file, limits: limitOptions))
    return LoadedInput(graph: graph, period: record, fileStatements: kept)
  }

  private func loadFile(_ file: String, limits limitOptions: LimitOptions) throws -> ClaimGraph {
    let limits = try limitOptions.limits()
    do {
      let attributes = try? FileManager.default.attributesOfItem(atPath: file)
      let size = (attributes?[.size] as? Int) ?? 0
      // About 30 bytes a statement in CSV: files of a few MB and up show a status line.
      var graph = try Progress.run("reading \(file)", size: size / 30) {
        try ClaimGraph(contentsOf: file, format: inputFormat, limits: limits)
      }
      if let actorTable {
        let table = try ActorTable(contentsOf: actorTable, limits: limits)
        graph = try table.applied(to: graph)
      }
      return graph
    } catch let error as StanceGraphError {
      Terminal.report(error)
      throw ExitCode(1)
    }
  }
}
