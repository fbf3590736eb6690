import ArgumentParser
import StanceExport
import StanceGraph
import StanceGraphviz

extension LayoutEngine: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument) }
}

struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw the graph as SVG, PNG, PDF and more, in-process through Graphviz.",
    discussion: """
      The format comes from OUT's extension (.svg, .png, .pdf, .json, .plain, .gv) or \
      --to. --layout auto (the default) uses dot for small graphs and sfdp for large \
      ones (dot takes minutes beyond a few hundred nodes); the other engines are dot, \
      neato, fdp, sfdp, circo, twopi, osage and patchwork. The file is written atomically. \
      Styling options are those of `stancegraph dot`.

      Example:
        stancegraph render Examples/korea-armistice/claims.yaml --clusters --legend \\
          -o korea.svg
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var drawing: DrawingOptions

  @Option(name: .shortAndLong, help: "The output file ('-' for stdout, with --format).")
  var output: String

  @Option(
    name: .customLong("to"),
    help: "svg, png, pdf, json, plain or dot (laid out); default: from OUT's extension.")
  var format: String?

  @Option(help: "auto, dot, neato, fdp, sfdp, circo, twopi, osage or patchwork.")
  var layout: String = "auto"

  @Flag(
    name: .customLong("force-layout"),
    help: "Lay out with dot even a large graph (it can take many minutes).")
  var forceLayout = false

  func validate() throws {
    guard format != nil || RenderFormat(fileName: output) != nil else {
      throw ValidationError(
        "cannot tell the format from \"\(output)\"; name it .svg, .png, .pdf, .json, .plain or .gv, or add --to"
      )
    }
    if let format, !RenderFormat.all.map(\.rawValue).contains(format) {
      throw ValidationError(
        "unknown --to \"\(format)\"; expected svg, png, pdf, json, plain or dot")
    }
    if layout != "auto" && !LayoutEngine.all.map(\.rawValue).contains(layout) {
      throw ValidationError(
        "unknown --layout \"\(layout)\"; expected auto, "
          + LayoutEngine.all.map(\.rawValue).joined(separator: ", "))
    }
    if output == "-" && format == nil {
      throw ValidationError("writing stdout needs --to (svg, png, pdf, json, plain or dot)")
    }
  }

  func run() throws {
    let graph = try input.load()
    let (drawn, dot) = try drawing.dot(for: graph)
    let renderFormat =
      format.map(RenderFormat.init(rawValue:)) ?? RenderFormat(fileName: output) ?? .svg
    let engine = layout == "auto" ? LayoutEngine.automatic : LayoutEngine(rawValue: layout)
    let rendering: Rendering
    do {
      rendering = try GraphvizRenderer.render(
        dot, engine: engine, format: renderFormat, allowingSlowLayout: forceLayout,
        capturingStandardError: true)
    } catch {
      Terminal.printError(Terminal.describe(error))
      throw ExitCode(1)
    }
    if layout == "auto" && rendering.engine != .dot {
      Terminal.printError(
        "note: \(drawn.actorCount) actors and \(drawn.statementCount) statements: laid out with \(rendering.engine) (dot is too slow at this size; ask for it with --layout dot, and --force-layout beyond \(LayoutEngine.dotRefusalLimit) nodes and edges)"
      )
    }
    for warning in rendering.warnings { Terminal.printError("graphviz: \(warning)") }
    try Terminal.write(rendering.bytes, to: output)
  }
}
