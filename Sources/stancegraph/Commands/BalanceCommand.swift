import ArgumentParser
import StanceAnalysis
import StanceGraph

struct BalanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "balance",
    abstract: "Measure structural balance: the triangle census and the frustration index.",
    discussion: """
      A triangle is balanced when it has an even number of hostile ties (strong balance); \
      under weak balance only triangles with exactly one hostile tie are unbalanced. The \
      frustration index is the fewest ties whose sign must change for the actors to split \
      into two camps; it is proven for connected groups up to --exact-limit actors and an \
      upper bound (labelled) beyond.

      Example:
        stancegraph balance Examples/korea-armistice/claims.yaml --weights unit
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("exact-limit"), help: "The largest connected group solved exactly.")
  var exactLimit: Int = 60

  @Flag(help: "Print JSON.")
  var json = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if exactLimit < 1 { throw ValidationError("--exact-limit must be at least 1") }
  }

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let projection = try analysis.projection(of: graph)
    let balance = StructuralBalance(of: projection, options: .init(exactLimit: exactLimit))
    let names = projection.graph
    if json {
      try JSONOutput.print(BalanceReport(balance))
      return
    }
    let census = balance.triangles
    print(
      "triangles   \(census.total): \(census.byNegativeTies[0]) with no hostile tie, \(census.byNegativeTies[1]) with one, \(census.byNegativeTies[2]) with two, \(census.byNegativeTies[3]) with three"
    )
    print(
      "balanced    \(census.balanced) of \(census.total) (\(StatementText.number(census.balancedFraction))); weakly balanced \(census.weaklyBalanced) (\(StatementText.number(census.weaklyBalancedFraction)))"
    )
    print(
      "frustration \(balance.frustrationIndex) tie\(balance.frustrationIndex == 1 ? "" : "s") \(balance.isExact ? "(proven minimal)" : "(upper bound: not proven)")"
    )
    for (index, camp) in balance.camps.enumerated() {
      print("camp \(index + 1)      " + camp.map { names[$0].name }.joined(separator: ", "))
    }
    if !balance.isolated.isEmpty {
      print("no ties     " + balance.isolated.map { names[$0].name }.joined(separator: ", "))
    }
    for tie in balance.frustratedTies {
      print(
        "  \(names[tie.first].name) – \(names[tie.second].name): \(tie.isInside ? "hostile inside a camp" : "friendly across camps")"
      )
    }
  }

}
