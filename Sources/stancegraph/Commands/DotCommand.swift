import ArgumentParser
import Foundation
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
    let loaded = try reading.loadInput(input.file, limits: limits)
    var (_, dot) = try drawing.dot(for: loaded.graph)
    if let period = loaded.period {
      // Provenance: a DOT comment naming the input and the period it was cut to.
      let line = "\(input.displayName): \(PeriodOptions.describe(period))"
        .replacingOccurrences(of: "*/", with: "* /")
      dot = "/* \(line) */\n" + dot
    }
    try Terminal.write(Array(dot.utf8), to: output, refusing: [input.file])
  }
}
