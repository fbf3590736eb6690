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

  @Flag(help: "Print JSON.")
  var json = false

  @Flag(help: "Print CSV.")
  var csv = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if json && csv { throw ValidationError("choose one of --json and --csv") }
    if adversaryThreshold >= allyThreshold {
      throw ValidationError("--adversary-threshold must be below --ally-threshold")
    }
  }

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let projection = try analysis.projection(of: graph)
    let names = projection.graph
    let stances = Stances(
      of: projection, thresholds: .init(ally: allyThreshold, adversary: adversaryThreshold))
    var list = stances.stances
    if let actor {
      let id = try StatementText.actor(actor, in: names, option: "--actor")
      list = stances.stances(involving: id)
    }
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
