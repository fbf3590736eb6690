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
  @OptionGroup var analysis: AnalysisOptions

  @Option(name: .shortAndLong, help: "The HTML file to write ('-' for stdout).")
  var output: String

  @Option(help: "The page title (default: the file's metadata title).")
  var title: String?

  @Option(help: "auto, exact or fast: how the blocs are found.")
  var method: AllianceClusters.Method = .auto

  @Option(name: .customLong("max-blocs"), help: "At most this many blocs.")
  var maxBlocs: Int?

  @Option(help: "Seed of the fast solver.")
  var seed: UInt64 = 1

  @Option(help: "auto, dot, neato, fdp, sfdp, circo, twopi, osage or patchwork.")
  var layout: String = "auto"

  @Flag(
    name: .customLong("force-layout"),
    help: "Lay out with dot even a large graph (it can take many minutes).")
  var forceLayout = false

  func validate() throws {
    if let maxBlocs, maxBlocs < 1 { throw ValidationError("--max-blocs must be at least 1") }
    if layout != "auto" && !LayoutEngine.all.map(\.rawValue).contains(layout) {
      throw ValidationError(
        "unknown --layout \"\(layout)\"; expected auto, "
          + LayoutEngine.all.map(\.rawValue).joined(separator: ", "))
    }
  }

  func run() throws {
    let graph = try input.load()
    let projection = try analysis.projection(of: graph)
    let html: String
    do {
      html = try Progress.run("writing the report", size: graph.statementCount) {
        let clusters = try AllianceClusters(
          of: projection, options: .init(method: method, maxBlocs: maxBlocs, seed: seed))
        let dot = DOTEncoder(options: .init(edges: .statements, legend: true, title: ""))
          .encode(clusters)
        let engine = layout == "auto" ? LayoutEngine.automatic : LayoutEngine(rawValue: layout)
        let svg = try GraphvizRenderer.render(
          dot, engine: engine, format: .svg, allowingSlowLayout: forceLayout,
          capturingStandardError: true)
        return HTMLReport(
          clusters: clusters, stances: Stances(of: projection),
          positions: Positions(of: graph, rollingUp: analysis.rollUp),
          diagram: .init(svg: svg.bytes, engine: svg.engine.rawValue),
          options: .init(source: input.file == "-" ? "<stdin>" : input.file, title: title)
        ).html()
      }
    } catch {
      Terminal.printError(Terminal.describe(error))
      throw ExitCode(1)
    }
    try Terminal.write(Array(html.utf8), to: output)
    if output != "-" { Terminal.printError("wrote \(output)") }
  }
}
