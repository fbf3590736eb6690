import ArgumentParser
import StanceGraph

struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic claim graph with planted alliance blocs.",
    discussion: """
      Actors are dealt round-robin into K blocs; statements inside a bloc say allies-with, \
      across blocs accuses, warns or denies; a fraction P of statements has its sign flipped. \
      Each actor's planted bloc is its attribute `bloc`. The same seed gives the same file.

      With --years N the statements are spread over N years from --start-year, and the blocs \
      can change: --switch a3@6 moves actor a3 to the next bloc from year 6 on; --split b0@8 \
      splits bloc b0 in two from year 8 on (its members at odd positions form a new bloc, \
      hostile to the rest). Years count from 1. See docs/time.md.

      Example:
        stancegraph generate --actors 1000 --statements 10000 --blocs 4 \\
          --noise 0.1 --seed 7 -o planted.csv
        stancegraph generate --actors 12 --blocs 2 --statements 6000 --noise 0 \\
          --years 10 --switch a3@6 --split b0@8 -o regime-change.csv
      """)

  @Option(help: "Number of actors.")
  var actors: Int = 100

  @Option(help: "Number of statements.")
  var statements: Int = 1000

  @Option(help: "Number of planted blocs.")
  var blocs: Int = 4

  @Option(help: "Fraction of statements whose sign contradicts the blocs (0 to 1).")
  var noise: Double = 0.1

  @Option(help: "Random seed.")
  var seed: UInt64 = 1

  @Option(
    help:
      "Spread the statements over this many years (dated by day) and allow --switch and --split.")
  var years: Int?

  @Option(name: .customLong("start-year"), help: "The first year with --years.")
  var startYear: Int = 2015

  @Option(
    name: .customLong("switch"),
    help: ArgumentHelp(
      "ACTOR@YEAR: the actor (a0, a1, ...) joins the next bloc from this year on (repeatable).",
      valueName: "actor@year"))
  var switches: [String] = []

  @Option(
    name: .customLong("split"),
    help: ArgumentHelp(
      "BLOC@YEAR: the bloc (b0, b1, ...) splits in two from this year on (repeatable).",
      valueName: "bloc@year"))
  var splits: [String] = []

  @Option(name: .shortAndLong, help: "The output file; '-' writes stdout (needs --to).")
  var output: String

  @Option(name: .customLong("to"), help: "The output format when the extension does not tell.")
  var format: GraphFormat?

  var parameters: PlantedBlocs {
    PlantedBlocs(actors: actors, statements: statements, blocs: blocs, noise: noise)
  }

  /// `a3@6` → (3, 6) for the prefix `a`.
  static func change(_ text: String, prefix: Character, option: String) throws -> (Int, Int) {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].first == prefix, let index = Int(parts[0].dropFirst()),
      let year = Int(parts[1])
    else {
      throw ValidationError(
        "--\(option) \"\(text)\": expected \(prefix)N@YEAR, for example \(prefix)3@6")
    }
    return (index, year)
  }

  func timeline() throws -> PlantedTimeline? {
    guard let years else {
      if !switches.isEmpty || !splits.isEmpty {
        throw ValidationError("--switch and --split need --years")
      }
      return nil
    }
    return PlantedTimeline(
      actors: actors, statements: statements, blocs: blocs, noise: noise, years: years,
      startYear: startYear,
      switches: try switches.map {
        let (actor, year) = try Self.change($0, prefix: "a", option: "switch")
        return .init(actor: actor, year: year)
      },
      splits: try splits.map {
        let (bloc, year) = try Self.change($0, prefix: "b", option: "split")
        return .init(bloc: bloc, year: year)
      })
  }

  func validate() throws {
    if let problem = parameters.problem { throw ValidationError(problem) }
    if let problem = try timeline()?.problem { throw ValidationError(problem) }
    if format == nil && GraphFormat(fileName: output) == nil {
      throw ValidationError(
        "cannot tell the output format from \"\(output)\"; add --to json|yaml|csv|tsv|jsonl")
    }
  }

  func run() throws {
    var generator = SeededGenerator(seed: seed)
    let graph =
      try timeline()?.generate(using: &generator) ?? parameters.generate(using: &generator)
    guard let format = format ?? GraphFormat(fileName: output) else { throw ExitCode(2) }
    try Terminal.write(graph.encoded(as: format), to: output)
  }
}
