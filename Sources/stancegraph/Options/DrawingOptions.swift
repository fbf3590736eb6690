import ArgumentParser
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

/// How a graph is drawn: shared by `dot` and `render`. The clustering options apply with
/// `--clusters`.
struct DrawingOptions: ParsableArguments {
  @Flag(
    help:
      "Colour actors by alliance bloc (found as `clusters --method auto` does), box the blocs where the engine can, and highlight frustrated ties."
  )
  var clusters = false

  @Option(
    help:
      "statements (one edge per statement) or aggregate (one per actor pair and relation, with the count)."
  )
  var edges: DOTEncoder.EdgeMode = .statements

  @Flag(
    help: "Add a legend (a table under the drawing) of the relations, actor kinds and blocs drawn.")
  var legend = false

  @Flag(
    name: .customLong("claims"),
    help: "Number each edge's claim (C1, C2, ...) and list the claims under the drawing.")
  var claimLabels = false

  @Option(help: "The title (default: the file's metadata title).")
  var title: String?

  @Option(
    name: .customShort("G", allowingJoined: true),
    help: ArgumentHelp(
      "Set a graph attribute, as Graphviz's -G does (e.g. -Grankdir=TB).", valueName: "name=value"))
  var graphAttributes: [String] = []

  @Option(
    name: .customShort("N", allowingJoined: true),
    help: ArgumentHelp(
      "Set an attribute on every node (e.g. -Nfontname=Arial).", valueName: "name=value"))
  var nodeAttributes: [String] = []

  @Option(
    name: .customShort("E", allowingJoined: true),
    help: ArgumentHelp(
      "Set an attribute on every edge (e.g. -Earrowsize=1).", valueName: "name=value"))
  var edgeAttributes: [String] = []

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var clustering: ClusteringOptions

  func validate() throws {
    for (flag, list) in [("-G", graphAttributes), ("-N", nodeAttributes), ("-E", edgeAttributes)] {
      for assignment in list where DOTAttributes.parse(assignment: assignment) == nil {
        throw ValidationError("\(flag)\(assignment): expected name=value, e.g. \(flag)color=black")
      }
    }
  }

  /// The graph to draw (rolled up with --roll-up) and its DOT text.
  func dot(for input: ClaimGraph) throws -> (graph: ClaimGraph, dot: String) {
    let projection = try analysis.projection(of: input)
    let graph = projection.graph
    let blocs = clusters ? try clustering.clusters(of: projection) : nil
    var style = DOTStyle.standard
    func assign(_ list: [String], _ attributes: inout DOTAttributes) {
      for assignment in list {
        if let (name, value) = DOTAttributes.parse(assignment: assignment) {
          attributes[name] = value
        }
      }
    }
    assign(graphAttributes, &style.graph)
    assign(nodeAttributes, &style.node)
    assign(edgeAttributes, &style.edge)
    let encoder = DOTEncoder(
      style: style,
      options: .init(edges: edges, legend: legend, claimLabels: claimLabels, title: title))
    return (graph, blocs.map(encoder.encode) ?? encoder.encode(graph))
  }
}
