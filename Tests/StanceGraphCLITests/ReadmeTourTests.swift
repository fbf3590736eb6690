import Foundation
import StanceTestSupport
import Testing

/// The README's tour runs as written: every `stancegraph` line of its shell block succeeds, and
/// the error example prints what the README shows.
@Suite struct ReadmeTourTests {
  static func readme() throws -> String {
    try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
  }

  /// The lines of the first fenced block after `heading`.
  static func block(after heading: String, in text: String) -> [String] {
    guard let start = text.range(of: heading) else { return [] }
    let rest = text[start.upperBound...]
    guard let open = rest.range(of: "```") else { return [] }
    let afterOpen = rest[open.upperBound...].drop { $0 != "\n" }.dropFirst()
    guard let close = afterOpen.range(of: "\n```") else { return [] }
    return afterOpen[..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
  }

  /// Runs a shell command line from the package root with the built binary first on PATH.
  static func shell(_ command: String) throws -> ToolRun {
    let binaryDirectory = try StanceGraphTool.executable.get().deletingLastPathComponent().path
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return try StanceGraphTool.run(
      ["-c", command], in: Fixtures.packageRoot,
      environment: ["PATH": binaryDirectory + ":" + path],
      program: URL(fileURLWithPath: "/bin/sh"))
  }

  @Test func everyTourCommandSucceeds() throws {
    let lines = Self.block(after: "## A 5-minute tour", in: try Self.readme())
    let commands = lines.filter { $0.hasPrefix("stancegraph ") }
    #expect(commands.count >= 10, "the tour lost its commands: \(lines)")
    for command in commands {
      let run = try Self.shell(command)
      #expect(run.status == 0, "`\(command)` failed: \(run.stderr)")
      #expect(!run.stdout.isEmpty || command.contains(" -o /"), "`\(command)` printed nothing")
    }
  }

  @Test func theErrorExamplePrintsWhatTheReadmeShows() throws {
    let lines = Self.block(
      after: "A mistake in a file is reported precisely", in: try Self.readme())
    let command = try #require(lines.first { $0.hasPrefix("$ ") }).dropFirst(2)
    let expected = lines.drop { !$0.hasPrefix("$ ") }.dropFirst().joined(separator: "\n")
    let run = try Self.shell(String(command))
    #expect(run.status == 1)
    #expect(run.stderr.trimmingCharacters(in: .newlines) == expected)
  }
}
