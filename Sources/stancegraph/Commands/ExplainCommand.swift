import ArgumentParser
import StanceAnalysis
import StanceGraph

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract:
      "Explain A's stance toward B: the statements behind it, with claims, dates and evidence.",
    discussion: """
      Lists what A said about B (and denials of claims B made), each with the weight it \
      adds, then what B said about A for context.

      Example:
        stancegraph explain Examples/korea-armistice/claims.yaml "North Korea" US
      """)

  @OptionGroup var input: InputOptions

  @Argument(help: "The actor whose stance is explained.")
  var source: String

  @Argument(help: "The actor the stance is toward.")
  var target: String

  @Flag(help: "Print JSON.")
  var json = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let projection = try analysis.projection(of: graph)
    let names = projection.graph
    let a = try StatementText.actor(source, in: names, option: "<source>")
    let b = try StatementText.actor(target, in: names, option: "<target>")
    guard a != b else {
      Terminal.printError(
        "error: <source> and <target> are the same actor, \(names[a].name); name two actors: "
          + "stancegraph explain FILE <source> <target>")
      throw ExitCode.validationFailure
    }
    let stances = Stances(of: projection)
    let forward = stances.stance(from: a, to: b)
    let backward = stances.stance(from: b, to: a)
    if json {
      try JSONOutput.print(
        ExplainReport(
          source: forward.map { StanceRecord($0, in: names) },
          reverse: backward.map { StanceRecord($0, in: names) }))
      return
    }
    func show(_ stance: Stances.Stance?, _ from: ActorID, _ to: ActorID) {
      guard let stance else {
        print("\(names[from].name) said nothing about \(names[to].name).")
        return
      }
      print(
        "\(names[from].name) toward \(names[to].name): \(stance.label.rawValue), score \(StatementText.number(stance.score)) from \(stance.contributions.count) statement\(stance.contributions.count == 1 ? "" : "s")"
      )
      for contribution in stance.contributions {
        let sign = contribution.weight > 0 ? "+" : ""
        print(
          "  \(sign)\(StatementText.number(contribution.weight))  #\(contribution.statement.index + 1) "
            + StatementText.describe(contribution.statement, in: names, target: contribution.target)
        )
      }
    }
    show(forward, a, b)
    print("")
    show(backward, b, a)
  }

}

/// Lines for people show invisible and bidi characters from the data visibly (``VisibleText``),
/// so a name cannot pass for another in the terminal.
private func print(_ text: String) { Swift.print(VisibleText.visible(text)) }
