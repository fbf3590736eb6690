import ArgumentParser
import StanceExport
import StanceGraph
import StanceGraphviz

struct DotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dot",
    abstract: "Write the graph as Graphviz DOT text, always valid and deterministic.",
    discussion: """
      Relations are drawn as accuses red, denies orange dashed, warns purple bold, \
      allies-with green without arrowheads; actor kinds as shapes (see docs/rendering.md). \
      -G, -N and -E set attributes on the graph, every node and every edge, over the \
      built-in style. Writes stdout unless -o is given (atomically).

      Example:
        stancegraph dot Examples/korea-armistice/claims.yaml --clusters --legend \\
          -o korea.gv
        stancegraph dot claims.yaml -Grankdir=TB | dot -Tpng > korea.png
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "The output file; stdout by default.")
  var output: String = "-"

  @OptionGroup var drawing: DrawingOptions

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    let (_, dot) = try drawing.dot(for: graph)
    try Terminal.write(Array(dot.utf8), to: output, refusing: [input.file])
  }
}
