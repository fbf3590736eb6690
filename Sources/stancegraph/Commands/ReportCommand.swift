import ArgumentParser
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz
import StanceReport

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Write one self-contained HTML page an analyst reads: diagram, blocs, stances, claims, timeline.",
    discussion: """
      The page holds the relationship diagram (inline SVG, blocs as boxes, legend), the \
      alliance blocs with how sure they are and the statements that go against them, a \
      stance heat map of the main actors, the positions on each claim, a timeline and the \
      input's provenance. Above \(ReportCommand.summaryThreshold) actors the diagram is the \
      summary view (one node per bloc) followed by a drawing of each large bloc; \
      --full-drawing draws every actor instead, and --focus, --top, --bloc or --summary \
      choose the view. It loads nothing from the network; its one script (zoom, pan, find \
      an actor) is pinned by its hash: mail it as it is. Written atomically.

      Example:
        stancegraph report Examples/korea-armistice/claims.yaml --roll-up \\
          -o korea.html
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "The HTML file to write ('-' for stdout).")
  var output: String

  @Option(help: "The page title (default: the file's metadata title).")
  var title: String?

  @OptionGroup(title: "Views") var views: ViewOptions

  @Flag(
    name: .customLong("full-drawing"),
    help: "Draw every actor even above \(ReportCommand.summaryThreshold) actors (a large page).")
  var fullDrawing = false

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var clustering: ClusteringOptions

  @OptionGroup var layout: LayoutOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  /// Above this many actors the report draws the summary and the large blocs, not every
  /// actor: measured in docs/rendering.md (page size and load time against actors).
  static let summaryThreshold = 300
  /// At most this many blocs get a drawing of their own, each of at most this many members.
  static let blocDrawings = 4
  static let blocDrawingMembers = 60

  func validate() throws {
    if fullDrawing && views.isGiven {
      throw ValidationError("--full-drawing draws every actor: leave out --\(views.optionName)")
    }
  }

  /// The drawings of the report, with their captions.
  func drawings(_ clusters: AllianceClusters) -> [(view: DrawingView, caption: String?)] {
    if views.isGiven { return [(views.view, nil)] }
    guard clusters.graph.actorCount > ReportCommand.summaryThreshold, !fullDrawing else {
      return [(.whole, nil)]
    }
    var drawings: [(view: DrawingView, caption: String?)] = [
      (
        .summary,
        "Summary of \(clusters.graph.actorCount) actors: one node per bloc (the full drawing "
          + "is left out above \(ReportCommand.summaryThreshold) actors; ask for it with "
          + "--full-drawing)"
      )
    ]
    for (index, bloc) in clusters.blocs.enumerated().prefix(ReportCommand.blocDrawings)
    where !bloc.isIsolated && bloc.members.count >= 3 {
      let drawn = min(bloc.members.count, ReportCommand.blocDrawingMembers)
      drawings.append(
        (
          .bloc(index + 1, top: ReportCommand.blocDrawingMembers),
          "Bloc \(index + 1): \(bloc.name), \(bloc.members.count) actors"
            + (drawn < bloc.members.count ? " (the \(drawn) with the most statement weight)" : "")
        ))
    }
    return drawings
  }

  func run() throws {
    let loaded = try reading.loadInput(input.file, limits: limits)
    let graph = loaded.graph
    // The period goes into the report's provenance with the input's name.
    let source =
      loaded.period.map { "\(input.displayName), \(PeriodOptions.describe($0))" }
      ?? input.displayName
    let projection = try analysis.projection(of: graph)
    let html: String
    do {
      html = try Progress.run("writing the report", size: graph.statementCount) {
        let clusters = try AllianceClusters(of: projection, options: clustering.options)
        let encoder = DOTEncoder(options: .init(edges: .statements, legend: true, title: ""))
        var diagrams: [HTMLReport.Diagram] = []
        for (view, caption) in drawings(clusters) {
          let dot = try encoder.encode(clusters, view: view)
          let engine =
            view == .summary && layout.engine == .automatic
            ? ViewOptions.summaryEngine(for: dot) : layout.engine
          let svg = try GraphvizRenderer.render(
            dot, engine: engine, format: .svg,
            allowingSlowLayout: layout.forceLayout, capturingStandardError: true)
          diagrams.append(.init(svg: svg.bytes, engine: svg.engine.rawValue, caption: caption))
        }
        var report = HTMLReport(
          clusters: clusters, stances: Stances(of: projection),
          positions: Positions(of: graph, rollingUp: analysis.rollUp),
          diagram: diagrams[0],
          options: .init(source: source, title: title))
        report.moreDiagrams = Array(diagrams.dropFirst())
        return report.html()
      }
    } catch {
      Terminal.printError(Terminal.describe(error))
      throw ExitCode(1)
    }
    try Terminal.write(Array(html.utf8), to: output, refusing: [input.file])
    if output != "-" { Terminal.printError("wrote \(output)") }
  }
}
