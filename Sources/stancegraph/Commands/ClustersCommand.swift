import ArgumentParser
import StanceAnalysis
import StanceGraph

struct ClustersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clusters",
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

  @OptionGroup var clustering: ClusteringOptions

  @Option(help: "Frustrated ties listed in the table (all of them in --json).")
  var show: Int = 20

  @Flag(help: "Print JSON.")
  var json = false

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let projection = try analysis.projection(of: graph)
    let clusters = try clustering.clusters(of: projection)
    if json {
      try JSONOutput.print(ClustersReport(clusters))
    } else {
      printTable(clusters, projection)
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
    let placed = aligned.reduce(0) { $0 + $1.members.count }
    let unplaced = isolated.reduce(0) { $0 + $1.members.count }
    let without =
      unplaced == 0 ? "" : ", \(StatementText.count(unplaced, "actor")) without ties"
    print(
      "\(StatementText.count(aligned.count, "bloc")) of \(StatementText.count(placed, "actor"))\(without); \(proof)"
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
          + " (\(StatementText.count(bloc.members.count, "actor")), internal weight \(StatementText.number(bloc.internalWeight)))"
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
