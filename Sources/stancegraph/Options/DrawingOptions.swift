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

  @Flag(
    name: .customLong("allow-files"),
    help:
      "Let -G/-N/-E make Graphviz read files (image, shapefile, imagepath, stylesheet, shape=epsf)."
  )
  var allowsFiles = false

  @Flag(
    name: .customLong("allow-links"),
    help: "Let -G/-N/-E put links in the drawing (URL, href and their head/tail/label/edge forms).")
  var allowsLinks = false

  @OptionGroup(title: "Views") var views: ViewOptions

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var clustering: ClusteringOptions

  func validate() throws {
    let policy = AttributePolicy(allowsFiles: allowsFiles, allowsLinks: allowsLinks)
    for (flag, list) in [("-G", graphAttributes), ("-N", nodeAttributes), ("-E", edgeAttributes)] {
      for assignment in list {
        guard let (name, value) = DOTAttributes.parse(assignment: assignment) else {
          throw ValidationError(
            "\(flag)\(assignment): expected name=value, e.g. \(flag)color=black")
        }
        do {
          _ = try policy.checked(name, value)
        } catch {
          let option = error.reason == .readsFiles ? "--allow-files" : "--allow-links"
          throw ValidationError(
            "\(flag)\(assignment): \(error.description); add \(option) to allow it")
        }
      }
    }
  }

  /// The graph to draw (rolled up with --roll-up) and its DOT text.
  func dot(for input: ClaimGraph) throws -> (graph: ClaimGraph, dot: String) {
    let projection = try analysis.projection(of: input)
    let graph = projection.graph
    let blocs =
      clusters || views.view.needsBlocs ? try clustering.clusters(of: projection) : nil
    var style = DOTStyle.standard
    let policy = AttributePolicy(allowsFiles: allowsFiles, allowsLinks: allowsLinks)
    func assign(_ list: [String], _ attributes: inout DOTAttributes) throws {
      for assignment in list {
        guard let (name, value) = DOTAttributes.parse(assignment: assignment) else { continue }
        // validate() refused what the policy refuses; here only clamping remains.
        let checked = try policy.checked(name, value)
        if let note = checked.note { Terminal.printError("note: \(note)") }
        attributes[name] = checked.value
      }
    }
    try assign(graphAttributes, &style.graph)
    try assign(nodeAttributes, &style.node)
    try assign(edgeAttributes, &style.edge)
    let encoder = DOTEncoder(
      style: style,
      options: .init(edges: edges, legend: legend, claimLabels: claimLabels, title: title))
    do {
      let dot =
        try blocs.map { try encoder.encode($0, view: views.view) }
        ?? encoder.encode(graph, view: views.view)
      return (graph, dot)
    } catch let error as DrawingViewError {
      Terminal.printError("error: " + Terminal.describe(error))
      throw ExitCode(1)
    }
  }
}
