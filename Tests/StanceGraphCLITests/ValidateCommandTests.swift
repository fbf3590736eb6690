import Foundation
import StanceTestSupport
import Testing

extension CLITests {
  // MARK: - validate

  @Suite struct Validate {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    @Test func seedExampleIsValid() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("validate", "claims.yaml")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == "claims.yaml: \(CLITests.seedSummary)\n", "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
    }

    /// A `represents` close to no actor ends with how to declare one, not with an empty hint.
    @Test(arguments: [
      ("r.json", #"{"actors":[{"id":"a","represents":"zzzzzzzzzz"}]}"#),
      ("r.yaml", "actors:\n  - id: a\n    represents: zzzzzzzzzz\n"),
    ])
    func unknownRepresentsSaysHowToDeclareTheActor(file: String, text: String) throws {
      try sandbox.write(text, to: file)
      let run = try sandbox.run("validate", file)
      #expect(run.status == 1, "\(run)")
      let line = try #require(run.stderrLines.first, "\(run)")
      #expect(line.contains(#"represents: no actor is named "zzzzzzzzzz""#), "\(run)")
      #expect(line.hasSuffix("; add the actor to the actors section"), "\(run)")
    }

    @Test func quietPrintsNothingForValidFiles() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("validate", "--quiet", "claims.yaml")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
    }

    @Test func badFileReportsEveryProblemWithLineColumnAndSuggestion() throws {
      try sandbox.write(Fixtures.badYAML, to: "bad.yaml")
      let run = try sandbox.run("validate", "bad.yaml")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      let lines = run.stderrLines
      #expect(lines.count == 2, "\(run)")
      for line in lines {
        #expect(line.contains(CLITests.diagnosticPrefix), "not file:line:column: \(line)")
      }
      let relation = try #require(lines.first, "\(run)")
      #expect(relation.hasPrefix("bad.yaml:8:15: error: statements[0].relation: "), "\(run)")
      #expect(relation.contains(#"unknown relation "acuses""#), "\(run)")
      #expect(relation.hasSuffix(#"did you mean "accuses"?"#), "\(run)")
      let actor = try #require(lines.dropFirst().first, "\(run)")
      #expect(actor.hasPrefix("bad.yaml:10:13: error: statements[1].source: "), "\(run)")
      #expect(actor.contains(#"did you mean "North Korea"?"#), "\(run)")
    }

    /// Each format reports the misspelled relation at its line and column, with a suggestion.
    @Test(arguments: [
      (
        "bad.json",
        """
        {"actors": [{"id": "US"}, {"id": "KP"}],
         "statements": [
          {"source": "US", "relation": "acuses", "target": "KP"}]}

        """,
        "bad.json:3:32: error: "
      ),
      (
        "bad.jsonl",
        """
        {"actor": {"id": "US"}}
        {"actor": {"id": "KP"}}
        {"source": "US", "relation": "acuses", "target": "KP"}

        """,
        "bad.jsonl:3:30: error: "
      ),
      ("bad.csv", "source,relation,target\nUS,acuses,KP\n", "bad.csv:2:4: error: "),
      ("bad.tsv", "source\trelation\ttarget\nUS\tacuses\tKP\n", "bad.tsv:2:4: error: "),
    ])
    func everyFormatReportsLineAndColumn(file: String, text: String, prefix: String) throws {
      try sandbox.write(text, to: file)
      let run = try sandbox.run("validate", file)
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderrLines.count == 1, "\(run)")
      let line = try #require(run.stderrLines.first, "\(run)")
      #expect(line.hasPrefix(prefix), "\(run)")
      #expect(line.contains(#"did you mean "accuses"?"#), "\(run)")
    }

    @Test func severalFilesReportEachAndFailWhenOneIsBad() throws {
      try sandbox.copySeed(as: "good.yaml")
      try sandbox.write(Fixtures.badYAML, to: "bad.yaml")
      try sandbox.copySeed(as: "also-good.yaml")
      let run = try sandbox.run("validate", "good.yaml", "bad.yaml", "also-good.yaml")
      #expect(run.status == 1, "\(run)")
      // The valid files are still summarised, in order, after the bad one.
      #expect(
        run.stdoutLines == [
          "good.yaml: \(CLITests.seedSummary)", "also-good.yaml: \(CLITests.seedSummary)",
        ], "\(run)")
      #expect(run.stderrLines.count == 2, "\(run)")
      #expect(run.stderrLines.allSatisfy { $0.hasPrefix("bad.yaml:") }, "\(run)")
    }

    @Test func severalBadFilesAreAllReported() throws {
      try sandbox.write(Fixtures.badYAML, to: "first.yaml")
      try sandbox.write("source,relation,target\nUS,acuses,KP\n", to: "second.csv")
      let run = try sandbox.run("validate", "first.yaml", "second.csv")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      let files = run.stderrLines.map { $0.prefix { $0 != ":" } }
      #expect(files == ["first.yaml", "first.yaml", "second.csv"], "\(run)")
    }

    @Test func missingFileIsReported() throws {
      let run = try sandbox.run("validate", "nowhere.yaml")
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.hasPrefix("nowhere.yaml: error: "), "\(run)")
      #expect(run.stderr.contains("no such file"), "\(run)")
    }

    @Test func unknownExtensionAsksForFormat() throws {
      try sandbox.copySeed(as: "claims.txt")
      let unknown = try sandbox.run("validate", "claims.txt")
      #expect(unknown.status == 1, "\(unknown)")
      #expect(unknown.stderr.hasPrefix("claims.txt: error: cannot tell the format"), "\(unknown)")
      #expect(unknown.stderr.contains("--from"), "\(unknown)")

      let named = try sandbox.run("validate", "--from", "yaml", "claims.txt")
      #expect(named.status == 0, "\(named)")
      #expect(named.stdout == "claims.txt: \(CLITests.seedSummary)\n", "\(named)")
    }

    @Test func readsStandardInputWithFormat() throws {
      let run = try sandbox.run("validate", "-", "--from", "yaml", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.hasSuffix(": \(CLITests.seedSummary)\n"), "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
    }

    @Test func badStandardInputIsReportedAsStdin() throws {
      let run = try sandbox.run("validate", "-", "--from", "yaml", input: Fixtures.badYAML)
      #expect(run.status == 1, "\(run)")
      #expect(run.stderrLines.count == 2, "\(run)")
      #expect(run.stderrLines.first?.hasPrefix("<stdin>:8:15: error: ") == true, "\(run)")
    }

    /// Diagnostics name standard input `<stdin>`; the summary of a valid stdin should use the
    /// same name, so that one grep finds every line about one input.
    @Test func validStandardInputIsSummarisedAsStdin() throws {
      let run = try sandbox.run("validate", "-", "--from", "yaml", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == "<stdin>: \(CLITests.seedSummary)\n", "\(run)")
    }

    @Test func noFilesIsUsageError() throws {
      let run = try sandbox.run("validate")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("Usage: stancegraph validate"), "\(run)")
    }
  }
}
