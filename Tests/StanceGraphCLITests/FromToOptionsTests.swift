import Foundation
import Testing

/// `--from FORMAT` names the input format and `--to FORMAT` the output format, the same in
/// every command; the old `--format` is refused with a message instead of silently meaning the
/// input format.
@Suite struct FromToOptionsTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  /// Every reading command, with arguments that make it succeed on the seed read from a file
  /// whose extension does not tell its format.
  static let readers: [[String]] = [
    ["validate", "claims.txt"], ["stats", "claims.txt"],
    ["convert", "claims.txt", "-o", "-", "--to", "json"],
    ["query", "claims.txt", "--to", "csv"], ["stances", "claims.txt"],
    ["explain", "claims.txt", "Russia", "US"], ["positions", "claims.txt"],
    ["clusters", "claims.txt"], ["balance", "claims.txt"], ["dot", "claims.txt"],
    ["render", "claims.txt", "-o", "-", "--to", "dot"],
    ["export", "claims.txt", "-o", "-", "--to", "graphml"],
    ["report", "claims.txt", "-o", "-"], ["actors", "claims.txt"],
    ["merge", "claims.txt", "claims.txt", "-o", "-", "--to", "yaml"],
  ]

  @Test(arguments: readers)
  func fromNamesTheInputFormat(arguments: [String]) throws {
    try sandbox.copySeed(as: "claims.txt")
    let without = try sandbox.run(arguments, input: nil)
    #expect(without.status == 1, "\(without)")
    #expect(without.stderr.contains("--from"), "\(without)")
    #expect(!without.stderr.contains("--format"), "\(without)")
    let with = try sandbox.run(arguments + ["--from", "yaml"], input: nil)
    #expect(with.status == 0, "\(with)")
    #expect(!with.stdout.isEmpty, "\(with)")
  }

  @Test(arguments: readers)
  func formatIsRefusedWithTheNewNames(arguments: [String]) throws {
    try sandbox.copySeed(as: "claims.txt")
    let run = try sandbox.run(arguments + ["--format", "yaml"], input: nil)
    #expect(run.status == CLITests.usageError, "\(run)")
    #expect(
      run.stderr.contains(
        "--format was split in two: --from yaml names the input format, --to the output format"),
      "\(run)")
  }

  /// The case the issue found: `query --format json` read as the input format.
  @Test func queryToJSONPrintsJSON() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("query", "claims.yaml", "--actor", "KP", "--to", "json")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("{"), "\(run)")
    let old = try sandbox.run("query", "claims.yaml", "--format", "json")
    #expect(old.status == CLITests.usageError, "\(old)")
    // The old output option name still works.
    let alias = try sandbox.run("query", "claims.yaml", "--output-format", "csv")
    #expect(alias.status == 0, "\(alias)")
    #expect(alias.stdoutLines.first?.hasPrefix("source,relation,target") == true, "\(alias)")
  }

  /// `--to` is typed: an unknown value is a usage error that lists the values.
  @Test(arguments: [
    ["query", "claims.yaml", "--to", "xml"], ["convert", "claims.yaml", "-o", "-", "--to", "xml"],
    ["render", "claims.yaml", "-o", "-", "--to", "gif"],
    ["export", "claims.yaml", "-o", "-", "--to", "gexf"],
    ["render", "claims.yaml", "-o", "x.svg", "--layout", "dott"],
    ["report", "claims.yaml", "-o", "x.html", "--layout", "dott"],
  ])
  func unknownValuesAreUsageErrors(arguments: [String]) throws {
    try sandbox.copySeed()
    let run = try sandbox.run(arguments, input: nil)
    #expect(run.status == CLITests.usageError, "\(run)")
    #expect(run.stderr.contains("is invalid for '--"), "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
  }
}
