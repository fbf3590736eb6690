import ArgumentParser
import Foundation
import StanceGraph

/// Where messages go.
enum Terminal {
  /// Prints every diagnostic on its own line to stderr, naming this tool's flags.
  static func report(_ error: StanceGraphError) {
    printError(flagsRenamed(error.description))
  }

  /// The library's messages still name the input-format flag by its old name; this tool
  /// calls it `--from`.
  static func flagsRenamed(_ text: String) -> String {
    text.replacingOccurrences(of: "--format", with: "--from")
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
