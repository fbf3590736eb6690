import Foundation
import Testing

/// End-to-end tests of the `stancegraph` command: each test runs the built binary in a fresh
/// temporary directory and checks its standard output, standard error and exit status.
///
/// Exit statuses: 0 success; 1 bad input data (diagnostics on stderr); 64 (EX_USAGE) a bad
/// command line, reported by ArgumentParser as `Error: …` with the usage.
@Suite(.serialized)
struct CLITests {
  /// ArgumentParser's exit status for a `ValidationError` or a parse error.
  static let usageError: Int32 = 64

  /// The summary `validate` prints for the seed example.
  static let seedSummary = "ok, 10 actors, 7 claims, 24 statements"

  /// `file:line:column: error: ` at the start of a diagnostic line.
  static var diagnosticPrefix: Regex<Substring> { #/^[^:\s][^:]*:\d+:\d+: error: /# }
}
