import ArgumentParser
import Foundation
import StanceEvents
import StanceGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ActorLevel: ExpressibleByArgument {}
extension EventWeight: ExpressibleByArgument {}
extension AggregationPeriod: ExpressibleByArgument {}

/// What `import` reads: an event format, or the part files of a scale-out job.
enum ImportSource: String, CaseIterable, ExpressibleByArgument {
  case gdelt1, gdelt2, icews, plover, parts

  var eventFormat: EventFormat? { EventFormat(rawValue: rawValue) }
}

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Turn GDELT, ICEWS or PLOVER event files into a claims file.",
    discussion: """
      Each event whose CAMEO code the mapping table knows becomes a statement: by default \
      112 accuse (and its children) accuses, 016 deny responsibility denies, 13x threaten \
      warns, 03x/05x/06x cooperation allies-with. Inputs may be plain, .gz or .zip files, \
      directories of files, or '-' for stdin. Unmapped codes, rows missing an actor, \
      self-events and malformed rows are counted by reason on stderr; malformed rows are \
      listed with file, line and column (up to --max-errors).

      'parts' reads the part files a scale-out job wrote (scale/aggregate.py): a directory \
      or files with one header each, as one edge list.

      Examples:
        stancegraph import gdelt2 20240101*.export.CSV.zip --aggregate month -o jan.tsv
        stancegraph import icews events.2018.tab --actors name -o icews.yaml
        zcat 2012*.csv.gz | stancegraph import gdelt1 - --aggregate year -o y.csv
        stancegraph import parts out/ -o month.yaml

      See docs/event-data.md.
      """)

  @Argument(help: "The format: gdelt1, gdelt2, icews, plover, or parts.")
  var source: ImportSource

  @Argument(help: "Event files (plain, .gz, .zip), directories, or '-' for stdin.")
  var files: [String] = []

  @Option(name: .shortAndLong, help: "The claims file to write; '-' is stdout (the default).")
  var output: String = "-"

  @Option(name: .customLong("to"), help: "The output format when OUT's extension does not tell.")
  var outputFormat: GraphFormat?

  @Option(help: "Who the actors are: country, code or name (name represents its country).")
  var actors: ActorLevel = .country

  @Option(help: "Each event's weight: goldstein (the value's magnitude), count or sources.")
  var weight: EventWeight = .goldstein

  @Option(help: "Sum events per source, relation, target and day|month|year.")
  var aggregate: AggregationPeriod?

  @Option(help: "A mapping table (TSV: code, relation, set, one value column per preset).")
  var mapping: String?

  @Option(help: "The mapping table's value column (gdelt or icews; default: the format's).")
  var preset: String?

  @Flag(help: "Also map 111 criticize, 114 complain, 115 sue, 116 find guilty to accuses.")
  var broadAccusations = false

  @Flag(help: "Fail on the first malformed row.")
  var strict = false

  @Option(help: "How many malformed rows to list with their position (all are counted).")
  var maxErrors: Int = 20

  func validate() throws {
    guard !files.isEmpty else { throw ValidationError("name at least one input file (or '-')") }
    guard maxErrors >= 0 else { throw ValidationError("--max-errors must be 0 or more") }
    if source == .parts, aggregate != nil || mapping != nil || preset != nil || strict {
      throw ValidationError(
        "'parts' reads finished part files; --aggregate, --mapping, --preset and --strict "
          + "apply to event formats only")
    }
    if output != "-", outputFormat == nil, GraphFormat(fileName: output) == nil {
      throw ValidationError(
        "cannot tell the output format from \"\(output)\"; add --to json|yaml|csv|tsv|jsonl")
    }
    for file in files where file != "-" && output != "-" && ConvertCommand.sameFile(file, output) {
      throw ValidationError("refusing to overwrite the input \"\(file)\"; choose another output")
    }
  }

  func run() throws {
    let format = outputFormat ?? GraphFormat(fileName: output) ?? .yaml
    guard let eventFormat = source.eventFormat else {
      do {
        let graph = try PartFiles.graph(from: files)
        try Terminal.write(graph.encoded(as: format), to: output, refusing: files)
        Terminal.printError("\(files.count) input(s): \(graph.statementCount) statements")
      } catch let error as StanceGraphError {
        Terminal.report(error)
        throw ExitCode(1)
      }
      return
    }
    let showsProgress = isatty(STDERR_FILENO) == 1
    let graph: ClaimGraph
    do throws(EventDataError) {
      var table: CAMEOMapping?
      if let mapping { table = try CAMEOMapping(contentsOf: mapping) }
      let options = EventImporter.Options(
        format: eventFormat, actors: actors, weight: weight, aggregate: aggregate,
        mapping: table,
        preset: preset.map(MappingPreset.init(rawValue:)),
        includesBroadAccusations: broadAccusations, isStrict: strict,
        maximumProblems: maxErrors)
      var importer = try EventImporter(options: options)
      if showsProgress {
        importer.progress = { rows in
          StandardError.write("\r\u{1B}[Kread \(rows) rows…")
        }
      }
      for file in files { try importer.read(path: file) }
      let result = try importer.finish()
      if showsProgress { StandardError.write("\r\u{1B}[K") }
      for problem in result.report.problems { Terminal.printError(problem.description) }
      let malformed = result.report.dropped[.malformed] ?? 0
      if malformed > result.report.problems.count {
        Terminal.printError(
          "note: \(malformed - result.report.problems.count) more malformed rows not listed "
            + "(raise --max-errors, or --strict to stop at the first)")
      }
      Terminal.printError(result.report.summary)
      graph = result.graph
    } catch {
      if showsProgress { StandardError.write("\r\u{1B}[K") }
      Terminal.printError(error.description)
      throw ExitCode(1)
    }
    try Terminal.write(graph.encoded(as: format), to: output, refusing: files)
  }
}
