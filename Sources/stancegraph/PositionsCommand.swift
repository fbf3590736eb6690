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

  func run() throws {
    let graph = try input.load()
    let positions = Positions(of: graph, rollingUp: rollUp)
    let names = positions.graph
    func list(_ actors: [ActorID]) -> [String] { actors.map { names[$0].id } }
    if json {
      try JSONOutput.print(
        Report(
          claims: positions.claims.map {
            .init(
              id: names[$0.claim].id, text: names[$0.claim].text, supporters: list($0.supporters),
              opponents: list($0.opponents), implicated: list($0.implicated),
              statements: $0.statements.map { $0.index + 1 })
          },
          congruence: positions.congruence.map { Report.Tie($0, names) },
          conflict: positions.conflict.map { Report.Tie($0, names) }))
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

  struct Report: Encodable {
    struct Claim: Encodable {
      var id: String
      var text: String
      var supporters: [String]
      var opponents: [String]
      var implicated: [String]
      var statements: [Int]
    }
    struct Tie: Encodable {
      var first: String
      var second: String
      var count: Int
      var jaccard: Double
      var claims: [String]
      init(_ tie: Positions.ActorTie, _ graph: ClaimGraph) {
        first = graph[tie.first].id
        second = graph[tie.second].id
        count = tie.count
        jaccard = tie.jaccard
        claims = tie.claims.map { graph[$0].id }
      }
    }
    var claims: [Claim]
    var congruence: [Tie]
    var conflict: [Tie]
  }
}
