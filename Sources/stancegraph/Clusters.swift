import ArgumentParser
import StanceAnalysis
import StanceGraph

struct Clusters: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find alliance blocs: who stands with whom, and the statements that disagree.",
    discussion: """
      Correlation clustering of the signed ties: the blocs minimise the weight of hostile ties \
      inside blocs plus friendly ties between blocs (the disagreement). --method exact proves \
      the optimum (connected groups of up to --exact-limit actors); fast is a Leiden-style \
      heuristic for large graphs, the best of --restarts runs, the same for the same --seed; \
      auto (the default) uses exact when it can. Each bloc is named after its most central \
      member. The frustrated ties are listed with the statements behind them.

      Example:
        stancegraph clusters Examples/korea-armistice/claims.yaml
        stancegraph clusters edges.csv --weights unit --max-blocs 3 --json
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var analysis: AnalysisOptions

  @Option(help: "auto, exact or fast.")
  var method: AllianceClusters.Method = .auto

  @Option(
    name: .customLong("max-blocs"), help: "At most this many blocs (default: as many as fit best).")
  var maxBlocs: Int?

  @Option(help: "Seed of the fast solver.")
  var seed: UInt64 = 1

  @Option(help: "Runs of the fast solver; the best is kept.")
  var restarts: Int = 8

  @Option(
    name: .customLong("exact-limit"),
    help: "The largest connected group of actors the exact solver takes.")
  var exactLimit: Int = 40

  @Option(name: .customLong("node-budget"), help: "Search nodes the exact solver may explore.")
  var nodeBudget: Int = 20_000_000

  @Option(help: "Frustrated ties listed in the table (all of them in --json).")
  var show: Int = 20

  @Flag(help: "Print JSON.")
  var json = false

  func validate() throws {
    if let maxBlocs, maxBlocs < 1 { throw ValidationError("--max-blocs must be at least 1") }
    if restarts < 1 { throw ValidationError("--restarts must be at least 1") }
    if exactLimit < 1 { throw ValidationError("--exact-limit must be at least 1") }
  }

  func run() throws {
    let graph = try input.load()
    let projection = try analysis.projection(of: graph)
    let clusters: AllianceClusters
    do {
      clusters = try Progress.run(
        "finding blocs among \(graph.actorCount) actors", size: graph.statementCount
      ) {
        try AllianceClusters(
          of: projection,
          options: .init(
            method: method, maxBlocs: maxBlocs, seed: seed, restarts: restarts,
            exactLimit: exactLimit, nodeBudget: nodeBudget))
      }
    } catch {
      Terminal.printError("\(error)")
      throw ExitCode(1)
    }
    if json {
      try JSONOutput.print(Report(clusters, projection))
    } else {
      printTable(clusters, projection)
    }
  }

  struct Report: Encodable {
    struct Bloc: Encodable {
      var name: String
      var central: String
      var members: [String]
      var size: Int
      var internalWeight: Double
      var isolated: Bool
    }
    struct Certificate: Encodable {
      var nodesExplored: Int
      var lowerBound: Double
      var bound: String
    }
    struct Frustrated: Encodable {
      var first: String
      var second: String
      var weight: Double
      var kind: String
      var statements: [JSONOutput.StatementRecord]
    }
    var method: String
    var optimal: Bool
    var disagreement: Double
    var violations: Int
    var weights: String
    var rolledUp: Bool
    var actors: Int
    var ties: Int
    var certificate: Certificate?
    var restarts: Int
    var stability: Double?
    var blocs: [Bloc]
    var between: [[Double]]
    var frustrated: [Frustrated]

    init(_ clusters: AllianceClusters, _ projection: SignedProjection) {
      let graph = projection.graph
      method = clusters.method.rawValue
      optimal = clusters.isOptimal
      disagreement = JSONOutput.clean(clusters.disagreement)
      violations = clusters.violations
      weights = projection.policy.description
      rolledUp = projection.rollUp != nil
      actors = graph.actorCount
      ties = projection.signed.tieCount
      certificate = clusters.certificate.map {
        Certificate(
          nodesExplored: $0.nodesExplored, lowerBound: JSONOutput.clean($0.lowerBound),
          bound: $0.bound)
      }
      restarts = clusters.restartsRun
      stability = clusters.stability
      blocs = clusters.blocs.map {
        Bloc(
          name: $0.name, central: graph[$0.centralMember].id,
          members: $0.members.map { graph[$0].id },
          size: $0.members.count, internalWeight: JSONOutput.clean($0.internalWeight),
          isolated: $0.isIsolated)
      }
      between = clusters.betweenWeights.map { $0.map(JSONOutput.clean) }
      frustrated = clusters.frustratedTies.map { tie in
        Frustrated(
          first: graph[tie.first].id, second: graph[tie.second].id,
          weight: JSONOutput.clean(tie.weight),
          kind: tie.isInside ? "hostile inside a bloc" : "friendly across blocs",
          statements: tie.contributions.map { JSONOutput.StatementRecord($0, in: graph) })
      }
    }
  }

  func printTable(_ clusters: AllianceClusters, _ projection: SignedProjection) {
    let graph = projection.graph
    let proof: String
    if let certificate = clusters.certificate {
      proof = "exact, proven optimal (\(certificate.nodesExplored) search nodes)"
    } else {
      let stability = clusters.stability.map { StatementText.number($0) } ?? "-"
      proof =
        "fast heuristic, best of \(clusters.restartsRun) runs (stability \(stability), not proven optimal)"
    }
    let aligned = clusters.blocs.filter { !$0.isIsolated }
    let isolated = clusters.blocs.filter(\.isIsolated)
    print(
      "\(aligned.count) bloc\(aligned.count == 1 ? "" : "s") of \(graph.actorCount) actors; \(proof)"
    )
    print("weights: \(projection.policy)\(projection.rollUp != nil ? "; rolled up" : "")")
    print(
      "disagreement \(StatementText.number(clusters.disagreement)) over \(clusters.violations) frustrated tie\(clusters.violations == 1 ? "" : "s")"
    )
    for (index, bloc) in aligned.enumerated() {
      print("")
      print(
        Colour.bold("bloc \(index + 1): \(bloc.name)")
          + " (\(bloc.members.count) actors, internal weight \(StatementText.number(bloc.internalWeight)))"
      )
      print("  " + bloc.members.map { graph[$0].name }.joined(separator: ", "))
    }
    if !isolated.isEmpty {
      print("")
      print(
        "no ties: " + isolated.flatMap(\.members).map { graph[$0].name }.joined(separator: ", "))
    }
    if !clusters.frustratedTies.isEmpty {
      print("")
      let shown = clusters.frustratedTies.prefix(max(0, show))
      print(Colour.yellow("frustrated ties (the surprises), strongest first:"))
      for tie in shown {
        let kind = tie.isInside ? "hostile inside a bloc" : "friendly across blocs"
        print(
          "  \(graph[tie.first].name) – \(graph[tie.second].name): \(StatementText.number(tie.weight)), \(kind)"
        )
        for contribution in tie.contributions {
          print(
            "    "
              + StatementText.describe(
                contribution.statement, in: graph, target: contribution.target))
        }
      }
    }
  }
}

extension AllianceClusters.Method: ExpressibleByArgument {}
