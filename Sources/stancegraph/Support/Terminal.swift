import ArgumentParser
import Foundation
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

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
    if let error = error as? AnalysisError, error.code == .tooLargeForExact {
      return error.description
        + " (--method fast or auto; --exact-limit, --time-limit, --node-budget)"
    }
    if let error = error as? DrawingViewError {
      switch error.code {
      case .unknownActor: return error.description
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

  /// Writes output by the output-target rules (see `AtomicFile` and docs/limits.md): a regular
  /// file atomically, `-` to stdout, a device or FIFO directly; a regular file that is one of
  /// `inputs` is refused. Exits 1 with a message on failure.
  static func write(_ bytes: [UInt8], to path: String, refusing inputs: [String] = []) throws {
    do {
      try AtomicFile.write(bytes, to: path, refusing: inputs)
    } catch {
      report(error)
      throw ExitCode(1)
    }
  }

  /// Flushes what was printed to stdout; a failure (stdout closed, a full disk) is reported and
  /// makes the exit status 1, so that no command claims success having printed nothing.
  static func finishStandardOutput() -> Bool {
    if StandardOutput.flush() { return true }
    let reason = String(cString: strerror(errno))
    printError("error: cannot write to standard output: \(reason)")
    return false
  }
}

/// Standard error through `write(2)`: a failed write (stderr closed, a full disk) is ignored,
/// never a crash, since there is nowhere left to report it.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    var bytes = Array(string.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { buffer in
        systemWrite(STDERR_FILENO, buffer.baseAddress, buffer.count)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Writes raw text (progress lines) to stderr, ignoring failures.
  static func write(_ text: String) {
    var standardError = StandardError()
    standardError.write(text)
  }
}

/// `write(2)`, named apart from the stream's `write(_:)`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
