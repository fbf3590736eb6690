import ArgumentParser
import StanceGraph

@main
struct StanceGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stancegraph",
    abstract: "Turn who-accuses-whom statements into a graph, analyse it and draw it.",
    discussion: """
      A claims file lists actors (states, people, organisations), claims, and statements \
      linking them: accuses, denies, allies-with, warns. Formats: JSON, YAML, CSV/TSV edge \
      lists and JSON Lines, chosen by extension or --format; '-' reads stdin or writes stdout.

      Start with:
        stancegraph validate Examples/korea-armistice/claims.yaml
        stancegraph stats Examples/korea-armistice/claims.yaml
        stancegraph query Examples/korea-armistice/claims.yaml --actor "North Korea"
        stancegraph clusters Examples/korea-armistice/claims.yaml

      See docs/cli.md and docs/formats.md.
      """,
    version: "0.1.0",
    subcommands: [
      Validate.self, Stats.self, Convert.self, Query.self, Generate.self, StancesCommand.self,
      Explain.self, PositionsCommand.self, Clusters.self, Balance.self, DotCommand.self,
      RenderCommand.self, ExportCommand.self, ReportCommand.self, Extract.self, ImportCommand.self,
    ]
  )

  /// Splits Graphviz-style joined options (`-Grankdir=TB`) into `-G rankdir=TB` before parsing,
  /// as Graphviz's own tools take them.
  static func main() {
    let arguments = CommandLine.arguments.dropFirst().flatMap { argument -> [String] in
      for flag in ["-G", "-N", "-E"] where argument.hasPrefix(flag) && argument.count > 2 {
        return [flag, String(argument.dropFirst(2))]
      }
      return [argument]
    }
    main(Array(arguments))
  }
}
