import ArgumentParser
import Foundation
import StanceGraph
import StanceGraphviz

extension GraphFormat: ExpressibleByArgument {}

/// Reading a claims file: shared by every subcommand that takes one.
struct InputOptions: ParsableArguments {
  @Argument(help: "The claims file (.json, .yaml, .csv, .tsv, .jsonl); '-' reads stdin.")
  var file: String

  @Option(
    name: .customLong("format"),
    help:
      "The input format when the extension does not tell (json, yaml, csv, tsv, jsonl); stdin without it is recognised by its content."
  )
  var inputFormat: GraphFormat?

  @OptionGroup(title: "Input limits") var limitOptions: LimitOptions

  /// Loads the graph, or prints the diagnostics to stderr and exits with status 1.
  func load() throws -> ClaimGraph {
    let limits = try limitOptions.limits()
    do {
      let attributes = try? FileManager.default.attributesOfItem(atPath: file)
      let size = (attributes?[.size] as? Int) ?? 0
      // About 30 bytes a statement in CSV: files of a few MB and up show a status line.
      return try Progress.run("reading \(file)", size: size / 30) {
        try ClaimGraph(contentsOf: file, format: inputFormat, limits: limits)
      }
    } catch let error as StanceGraphError {
      Terminal.report(error)
      throw ExitCode(1)
    }
  }
}

/// Where messages go.
enum Terminal {
  /// What to say when no actor name is close to the one asked for.
  static let listActorsHint = "see the actors with `stancegraph query FILE` or `stats`"

  /// Prints every diagnostic on its own line to stderr, with the option that raises a limit
  /// where the library says which limit was reached.
  static func report(_ error: StanceGraphError) {
    var error = error
    error.diagnostics = error.diagnostics.map(LimitOptions.explained)
    printError(error.description)
  }

  /// A library error in the CLI's words: a refused layout names the options that apply.
  static func describe(_ error: any Error) -> String {
    if let error = error as? GraphvizError, let refusal = error.refusal {
      return error.description
        + "; use --layout \(refusal.alternative) (or auto), or insist with --force-layout"
    }
    return "\(error)"
  }

  static func printError(_ text: String) {
    var standardError = StandardError()
    print(text, to: &standardError)
  }

  /// Writes output to a file atomically or to stdout, exiting 1 with a message on failure.
  static func write(_ bytes: [UInt8], to path: String) throws {
    do {
      try AtomicFile.write(bytes, to: path)
    } catch {
      report(error)
      throw ExitCode(1)
    }
  }
}

struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}
