import ArgumentParser
import Foundation
import StanceExport
import StanceGraph
import StanceGraphviz

/// Where messages go.
enum Terminal {
  /// Prints every diagnostic on its own line to stderr, with the option that raises a limit
  /// where the library says which limit was reached (the library names no option).
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
    if let error = error as? DrawingViewError {
      switch error.code {
      case .unknownActor: return error.description + ""
      case .noSuchBloc: return error.description + " (see `stancegraph clusters`)"
      case .needsBlocs, .invalidCount: return error.description
      }
    }
    return "\(error)"
  }

  /// Prints a diagnostic on stderr with invisible characters and escapes from the data shown
  /// as `⟨U+001B⟩` (``VisibleText``): an input cannot move the cursor, recolour or retitle the
  /// terminal through an error message.
  static func printError(_ text: String) {
    var standardError = StandardError()
    print(VisibleText.visible(text), to: &standardError)
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
