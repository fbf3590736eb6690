import ArgumentParser
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Export the graph for other tools: GraphML (Gephi, yEd, igraph) or node-link JSON (networkx, D3).",
    discussion: """
      Nodes are actors, edges statements with their relation, claim, date, weight, signed \
      weight (from --weights) and evidence; with --clusters each actor also gets its bloc \
      (1, 2, ... as `clusters` numbers them; actors with no tie have none). The format comes from OUT's extension \
      (.graphml, .json) or --to.

      Example:
        stancegraph export Examples/korea-armistice/claims.yaml --clusters \\
          -o korea.graphml
        python3 -c 'import networkx as nx; print(nx.read_graphml("korea.graphml"))'
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case graphml
    case nodeLink = "node-link"
  }

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "The output file; '-' for stdout (with --to).")
  var output: String

  @Option(name: .customLong("to"), help: "graphml or node-link.")
  var format: Format?

  @Flag(help: "Add each actor's alliance bloc (found as `clusters --method auto` does).")
  var clusters = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var clustering: ClusteringOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  var resolvedFormat: Format? {
    if let format { return format }
    if output.lowercased().hasSuffix(".graphml") || output.lowercased().hasSuffix(".xml") {
      return .graphml
    }
    if output.lowercased().hasSuffix(".json") { return .nodeLink }
    return nil
  }

  func validate() throws {
    if resolvedFormat == nil {
      throw ValidationError(
        "cannot tell the format from \"\(output)\"; name it .graphml or .json, or add --to graphml|node-link"
      )
    }
  }

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let projection = try analysis.projection(of: graph)
    let blocs = clusters ? try clustering.clusters(of: projection) : nil
    let bytes: [UInt8]
    switch resolvedFormat ?? .graphml {
    case .graphml:
      let encoder = GraphMLEncoder()
      bytes = Array((blocs.map(encoder.encode) ?? encoder.encode(projection)).utf8)
    case .nodeLink:
      let encoder = NodeLinkEncoder()
      bytes = blocs.map(encoder.encode) ?? encoder.encode(projection)
    }
    try Terminal.write(bytes, to: output, refusing: [input.file])
  }
}
