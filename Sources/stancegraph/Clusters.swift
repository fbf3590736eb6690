import ArgumentParser
import StanceAnalysis
import StanceGraph

struct Clusters: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find alliance blocs: who stands with whom, and the statements that disagree.",
    discussion: """
      Correlation clustering of the signed ties: the blocs minimise the weight of hostile ties \
      inside blocs plus friendly ties between blocs (the disagreement). --method exact proves \
      the optimum with a branch and bound or an integer programme on COIN-OR CBC within \
      --time-limit seconds, and fails when it cannot; fast is a Leiden-style heuristic \
      polished by relocation moves and iterated local search, the best of --restarts runs, \
      the same for the same --seed; auto (the default) proves what it can within the limit \
      and says which blocs are proven. Each bloc is named after its most central \
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
    help: "The largest connected group of actors the exact solver takes (default: no limit).")
  var exactLimit: Int?

  @Option(
    name: .customLong("time-limit"),
    help: "Seconds the proof may take (default \(Int(StructuralBalance.defaultTimeLimit))).")
  var timeLimit: Double = StructuralBalance.defaultTimeLimit

  @Option(name: .customLong("node-budget"), help: "Search nodes the exact solver may explore.")
  var nodeBudget: Int = 20_000_000

  @Option(help: "Frustrated ties listed in the table (all of them in --json).")
  var show: Int = 20

  @Flag(help: "Print JSON.")
  var json = false

  func validate() throws {
    if let maxBlocs, maxBlocs < 1 { throw ValidationError("--max-blocs must be at least 1") }
    if restarts < 1 { throw ValidationError("--restarts must be at least 1") }
    if let exactLimit, exactLimit < 1 {
      throw ValidationError("--exact-limit must be at least 1")
    }
    if !(timeLimit >= 0) || !timeLimit.isFinite {
      throw ValidationError("--time-limit must be a non-negative number of seconds")
    }
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
            exactLimit: exactLimit, nodeBudget: nodeBudget, timeLimit: timeLimit))
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
      var proven: Bool
    }
    struct Certificate: Encodable {
      var nodesExplored: Int
      var lowerBound: Double
      var bound: String
      var solvers: [String]
      var seconds: Double
      var provenComponents: Int
      var components: Int
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
    var minimised: String
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
      minimised = "disagreement (the summed weight of the frustrated ties)"
      weights = projection.policy.description
      rolledUp = projection.rollUp != nil
      actors = graph.actorCount
      ties = projection.signed.tieCount
      certificate = clusters.certificate.map {
        Certificate(
          nodesExplored: $0.nodesExplored, lowerBound: JSONOutput.clean($0.lowerBound),
          bound: $0.bound, solvers: $0.solvers, seconds: $0.seconds,
          provenComponents: $0.provenComponents, components: $0.components)
      }
      restarts = clusters.restartsRun
      stability = clusters.stability
      blocs = clusters.blocs.map {
        Bloc(
          name: $0.name, central: graph[$0.centralMember].id,
          members: $0.members.map { graph[$0].id },
          size: $0.members.count, internalWeight: JSONOutput.clean($0.internalWeight),
          isolated: $0.isIsolated, proven: $0.isProven)
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
    if let certificate = clusters.certificate, certificate.isOptimal {
      proof =
        "exact, proven optimal (\(certificate.nodesExplored) search nodes, \(StatementText.number(certificate.seconds)) s; \(certificate.bound))"
    } else if let certificate = clusters.certificate {
      proof =
        "exact search: \(certificate.provenComponents) of \(certificate.components) connected groups proven in \(StatementText.number(certificate.seconds)) s, not proven optimal (proven lower bound \(StatementText.number(certificate.lowerBound)); blocs marked * are proven)"
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
        Colour.bold(
          "bloc \(index + 1): \(bloc.name)"
            + (clusters.certificate.map { !$0.isOptimal && bloc.isProven } ?? false ? " *" : ""))
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
