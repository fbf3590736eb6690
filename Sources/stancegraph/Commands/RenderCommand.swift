import ArgumentParser
import StanceExport
import StanceGraph
import StanceGraphviz

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

  @Option(name: .shortAndLong, help: "The output file ('-' for stdout, with --to).")
  var output: String

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp(
      "svg, png, pdf, json, plain or dot (laid out); default: from OUT's extension.",
      valueName: "format"))
  var format: RenderFormat?

  @OptionGroup var drawing: DrawingOptions

  @OptionGroup var layout: LayoutOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if output == "-" && format == nil {
      throw ValidationError("writing stdout needs --to (svg, png, pdf, json, plain or dot)")
    }
    guard format != nil || RenderFormat(fileName: output) != nil else {
      throw ValidationError(
        "cannot tell the format from \"\(output)\"; name it .svg, .png, .pdf, .json, .plain or .gv, or add --to"
      )
    }
  }

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let (drawn, dot) = try drawing.dot(for: graph)
    let renderFormat = format ?? RenderFormat(fileName: output) ?? .svg
    let rendering: Rendering
    do {
      rendering = try GraphvizRenderer.render(
        dot, engine: drawing.views.engine(layout.engine, for: dot), format: renderFormat,
        allowingSlowLayout: layout.forceLayout,
        capturingStandardError: true)
    } catch {
      Terminal.printError(Terminal.describe(error))
      throw ExitCode(1)
    }
    if layout.engine == .automatic && rendering.engine != .dot && !drawing.views.summary {
      Terminal.printError(
        "note: \(StatementText.count(drawn.actorCount, "actor")) and \(StatementText.count(drawn.statementCount, "statement")): laid out with \(rendering.engine) (dot is too slow at this size; ask for it with --layout dot, and --force-layout beyond \(LayoutEngine.dotRefusalLimit) nodes and edges)"
      )
    }
    for warning in rendering.warnings { Terminal.printError("graphviz: \(warning)") }
    try Terminal.write(rendering.bytes, to: output, refusing: [input.file])
  }
}
