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
      input's provenance. It loads nothing from the network and runs no script: mail it as \
      it is. Written atomically.

      Example:
        stancegraph report Examples/korea-armistice/claims.yaml --roll-up \\
          -o korea.html
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "The HTML file to write ('-' for stdout).")
  var output: String

  @Option(help: "The page title (default: the file's metadata title).")
  var title: String?

  @OptionGroup var analysis: AnalysisOptions

  @OptionGroup var clustering: ClusteringOptions

  @OptionGroup var layout: LayoutOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let projection = try analysis.projection(of: graph)
    let html: String
    do {
      html = try Progress.run("writing the report", size: graph.statementCount) {
        let clusters = try AllianceClusters(of: projection, options: clustering.options)
        let dot = DOTEncoder(options: .init(edges: .statements, legend: true, title: ""))
          .encode(clusters)
        let svg = try GraphvizRenderer.render(
          dot, engine: layout.engine, format: .svg, allowingSlowLayout: layout.forceLayout,
          capturingStandardError: true)
        return HTMLReport(
          clusters: clusters, stances: Stances(of: projection),
          positions: Positions(of: graph, rollingUp: analysis.rollUp),
          diagram: .init(svg: svg.bytes, engine: svg.engine.rawValue),
          options: .init(source: input.displayName, title: title)
        ).html()
      }
    } catch {
      Terminal.printError(Terminal.describe(error))
      throw ExitCode(1)
    }
    try Terminal.write(Array(html.utf8), to: output, refusing: [input.file])
    if output != "-" { Terminal.printError("wrote \(output)") }
  }
}
