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
    if let certificate = clusters.certificate {
      proof = "exact, proven optimal (\(certificate.nodesExplored) search nodes)"
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
        Colour.bold("bloc \(index + 1): \(bloc.name)")
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
