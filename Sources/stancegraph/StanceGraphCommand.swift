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
      lists and JSON Lines, chosen by extension or --from; '-' reads stdin or writes stdout.

      Start with:
        stancegraph validate Examples/korea-armistice/claims.yaml
        stancegraph stats Examples/korea-armistice/claims.yaml
        stancegraph query Examples/korea-armistice/claims.yaml --actor "North Korea"
        stancegraph clusters Examples/korea-armistice/claims.yaml

      See docs/cli.md and docs/formats.md.
      """,
    version: "0.1.0",
    subcommands: [
      ValidateCommand.self, StatsCommand.self, ConvertCommand.self, QueryCommand.self,
      GenerateCommand.self, StancesCommand.self, ExplainCommand.self, PositionsCommand.self,
      ClustersCommand.self, BalanceCommand.self, DotCommand.self, RenderCommand.self,
      ExportCommand.self, ReportCommand.self, ExtractCommand.self, ImportCommand.self,
      MergeCommand.self, ActorsCommand.self, CompareCommand.self,
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
    if let first = arguments.first, let message = unknownSubcommandMessage(first) {
      Terminal.printError(message)
      exit(withError: ExitCode.validationFailure)
    }
    // As `main(_:)`, then stdout is flushed and a failed write (stdout closed, a full disk)
    // makes the exit status non-zero: no command claims success having printed nothing.
    do {
      var command = try parseAsRoot(Array(arguments))
      try command.run()
    } catch {
      if exitCode(for: error) == .success {
        // Help and --version: printed here, so that a failed write to stdout fails too.
        let message = fullMessage(for: error)
        if !message.isEmpty { print(message) }
        exit(withError: Terminal.finishStandardOutput() ? nil : ExitCode.failure)
      }
      _ = Terminal.finishStandardOutput()
      exit(withError: error)
    }
    exit(withError: Terminal.finishStandardOutput() ? nil : ExitCode.failure)
  }

  /// The names a user can type as the first argument.
  static var subcommandNames: [String] {
    configuration.subcommands.map { $0._commandName } + ["help"]
  }

  /// `error: unknown subcommand 'clusterz'; did you mean 'clusters'?`, or nil when `argument`
  /// is a subcommand or an option (ArgumentParser handles those).
  static func unknownSubcommandMessage(_ argument: String) -> String? {
    guard !argument.hasPrefix("-"), !subcommandNames.contains(argument) else { return nil }
    let close = Suggestions.closest(to: argument, among: subcommandNames, limit: 2)
    let hint =
      close.isEmpty
      ? "see `stancegraph --help`"
      : "did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
    return "error: unknown subcommand '\(argument)'; \(hint)\n"
      + "Usage: stancegraph <subcommand>; subcommands: "
      + subcommandNames.filter { $0 != "help" }.joined(separator: ", ")
  }
}
