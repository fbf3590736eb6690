import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-line status on stderr while long work runs, only when stderr is a terminal (never in
/// pipes, files or tests), erased when the work is done.
enum Progress {
  /// Work on at least this many statements shows a status line.
  static let threshold = 50_000

  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Runs `work`, showing `message` while it runs when `size` is large and stderr a terminal.
  static func run<T>(_ message: String, size: Int, _ work: () throws -> T) rethrows -> T {
    guard size >= threshold, isTerminal else { return try work() }
    StandardError.write("\(message)…")
    defer { StandardError.write("\r\u{1B}[K") }
    return try work()
  }
}

/// Colour for people at a terminal: off when stdout is not a terminal or `NO_COLOR` is set
/// (https://no-color.org).
enum Colour {
  static let isEnabled: Bool =
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    && ProcessInfo.processInfo.environment["TERM"] != "dumb"

  static func green(_ text: String) -> String { wrap(text, "32") }
  static func red(_ text: String) -> String { wrap(text, "31") }
  static func yellow(_ text: String) -> String { wrap(text, "33") }
  static func bold(_ text: String) -> String { wrap(text, "1") }

  private static func wrap(_ text: String, _ code: String) -> String {
    isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
