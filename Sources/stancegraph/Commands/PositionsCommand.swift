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

  @Flag(help: "Print JSON.")
  var json = false

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let positions = Positions(of: graph, rollingUp: rollUp)
    let names = positions.graph
    if json {
      try JSONOutput.print(PositionsReport(positions))
      return
    }
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
