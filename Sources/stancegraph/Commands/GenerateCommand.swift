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

      Example:
        stancegraph generate --actors 1000 --statements 10000 --blocs 4 \\
          --noise 0.1 --seed 7 -o planted.csv
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

  @Option(name: .shortAndLong, help: "The output file; '-' writes stdout (needs --to).")
  var output: String

  @Option(name: .customLong("to"), help: "The output format when the extension does not tell.")
  var format: GraphFormat?

  var parameters: PlantedBlocs {
    PlantedBlocs(actors: actors, statements: statements, blocs: blocs, noise: noise)
  }

  func validate() throws {
    if let problem = parameters.problem { throw ValidationError(problem) }
    if format == nil && GraphFormat(fileName: output) == nil {
      throw ValidationError(
        "cannot tell the output format from \"\(output)\"; add --to json|yaml|csv|tsv|jsonl")
    }
  }

  func run() throws {
    var generator = SeededGenerator(seed: seed)
    let graph = parameters.generate(using: &generator)
    guard let format = format ?? GraphFormat(fileName: output) else { throw ExitCode(2) }
    try Terminal.write(graph.encoded(as: format), to: output)
  }
}
