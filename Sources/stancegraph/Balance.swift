import ArgumentParser
import StanceAnalysis
import StanceGraph

struct Balance: ParsableCommand {
  static let configuration = CommandConfiguration(
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
  @OptionGroup var analysis: AnalysisOptions

  @Option(name: .customLong("exact-limit"), help: "The largest connected group solved exactly.")
  var exactLimit: Int = 60

  @Flag(help: "Print JSON.")
  var json = false

  func validate() throws {
    if exactLimit < 1 { throw ValidationError("--exact-limit must be at least 1") }
  }

  func run() throws {
    let graph = try input.load()
    let projection = try analysis.projection(of: graph)
    let balance = StructuralBalance(of: projection, options: .init(exactLimit: exactLimit))
    let names = projection.graph
    if json {
      try JSONOutput.print(Report(balance, projection))
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

  struct Report: Encodable {
    struct Triangles: Encodable {
      var total: Int
      var balanced: Int
      var fraction: Double
      var weaklyBalanced: Int
      var weakFraction: Double
      var byNegativeTies: [Int]
    }
    struct Tie: Encodable {
      var first: String
      var second: String
      var weight: Double
      var kind: String
    }
    var frustrationIndex: Int
    var exact: Bool
    var frustratedWeight: Double
    var triangles: Triangles
    var camps: [[String]]
    var isolated: [String]
    var frustrated: [Tie]
    var weights: String

    init(_ balance: StructuralBalance, _ projection: SignedProjection) {
      let graph = projection.graph
      frustrationIndex = balance.frustrationIndex
      exact = balance.isExact
      frustratedWeight = JSONOutput.clean(balance.frustratedWeight)
      let census = balance.triangles
      triangles = Triangles(
        total: census.total, balanced: census.balanced, fraction: census.balancedFraction,
        weaklyBalanced: census.weaklyBalanced, weakFraction: census.weaklyBalancedFraction,
        byNegativeTies: census.byNegativeTies)
      camps = balance.camps.map { $0.map { graph[$0].id } }
      isolated = balance.isolated.map { graph[$0].id }
      frustrated = balance.frustratedTies.map {
        Tie(
          first: graph[$0.first].id, second: graph[$0.second].id, weight: $0.weight,
          kind: $0.isInside ? "hostile inside a camp" : "friendly across camps")
      }
      weights = projection.policy.description
    }
  }
}
