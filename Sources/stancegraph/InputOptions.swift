import ArgumentParser
import Foundation
import StanceGraph

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
  /// Prints every diagnostic on its own line to stderr.
  static func report(_ error: StanceGraphError) {
    printError(error.description)
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
