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
      #expect(unknown.stderr.contains("--format"), "\(unknown)")

      let named = try sandbox.run("validate", "--format", "yaml", "claims.txt")
      #expect(named.status == 0, "\(named)")
      #expect(named.stdout == "claims.txt: \(CLITests.seedSummary)\n", "\(named)")
    }

    @Test func readsStandardInputWithFormat() throws {
      let run = try sandbox.run("validate", "-", "--format", "yaml", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.hasSuffix(": \(CLITests.seedSummary)\n"), "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
    }

    @Test func badStandardInputIsReportedAsStdin() throws {
      let run = try sandbox.run("validate", "-", "--format", "yaml", input: Fixtures.badYAML)
      #expect(run.status == 1, "\(run)")
      #expect(run.stderrLines.count == 2, "\(run)")
      #expect(run.stderrLines.first?.hasPrefix("<stdin>:8:15: error: ") == true, "\(run)")
    }

    /// Diagnostics name standard input `<stdin>`; the summary of a valid stdin should use the
    /// same name, so that one grep finds every line about one input.
    @Test func validStandardInputIsSummarisedAsStdin() throws {
      let run = try sandbox.run("validate", "-", "--format", "yaml", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == "<stdin>: \(CLITests.seedSummary)\n", "\(run)")
    }

    @Test func noFilesIsUsageError() throws {
      let run = try sandbox.run("validate")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("Usage: stancegraph validate"), "\(run)")
    }
  }

  // MARK: - stdin without --format, in every subcommand that reads a file

  @Suite struct StandardInputIsRecognisedByContent {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    @Test(arguments: [
      ["validate", "-"],
      ["stats", "-"],
      ["query", "-", "--actor", "KP"],
      ["convert", "-", "-o", "out.json"],
    ])
    func dashWithoutFormatReadsTheContent(arguments: [String]) throws {
      let run = try sandbox.run(arguments, input: Data(try Fixtures.seedText().utf8))
      #expect(run.status == 0, "\(run)")
      #expect(!run.stderr.contains("error"), "\(run)")
    }

    @Test func csvOnStdinIsReadAsCSV() throws {
      let csv = "source,relation,target\nUS,accuses,North Korea\n"
      let run = try sandbox.run(["stats", "-"], input: Data(csv.utf8))
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.contains("1"), "\(run)")
    }
  }

  // MARK: - stats

  @Suite struct Stats {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// The fields of `stats --json` that the tests read.
    struct Summary: Decodable {
      var actorCount: Int
      var actorsByKind: [String: Int]
      var statementCount: Int
      var statementsByRelation: [String: Int]
      var claimCount: Int
      var statementsWithClaim: Int
      var datedStatements: Int
      var earliestDate: String?
      var latestDate: String?
      var representingActors: Int
    }

    static let seedRelations = ["accuses": 8, "denies": 5, "allies-with": 9, "warns": 2]

    @Test func tableCountsTheSeedExample() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("stats", "claims.yaml")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      let lines = run.stdoutLines
      #expect(lines.first == "UN Command meeting in Seoul (Korean War armistice)", "\(run)")
      for expected in [
        "actors      10",
        "  state        7",
        "  organization 1",
        "  person       2",
        "  (2 speak for another actor)",
        "statements  24",
        "  accuses      8",
        "  denies       5",
        "  allies-with  9",
        "  warns        2",
        "claims      7 (13 statements reference one)",
        "dates       2023-09 to 2023-11-14 (24 of 24 statements dated)",
      ] {
        #expect(lines.contains(expected), "missing line \"\(expected)\"\n\(run)")
      }
    }

    @Test func jsonCountsTheSeedExample() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("stats", "claims.yaml", "--json")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      let summary = try JSONDecoder().decode(Summary.self, from: run.standardOutput)
      #expect(summary.statementsByRelation == Stats.seedRelations)
      #expect(summary.actorCount == 10)
      #expect(summary.statementCount == 24)
      #expect(summary.claimCount == 7)
      #expect(summary.statementsWithClaim == 13)
      #expect(summary.datedStatements == 24)
      #expect(summary.earliestDate == "2023-09")
      #expect(summary.latestDate == "2023-11-14")
      #expect(summary.representingActors == 2)
      #expect(summary.actorsByKind["state"] == 7)
      #expect(summary.actorsByKind["person"] == 2)
      #expect(summary.actorsByKind["organization"] == 1)
    }

    @Test func readsStandardInput() throws {
      let run = try sandbox.run(
        "stats", "-", "--format", "yaml", "--json", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      let summary = try JSONDecoder().decode(Summary.self, from: run.standardOutput)
      #expect(summary.statementsByRelation == Stats.seedRelations)
    }

    @Test func badFilePrintsDiagnosticsAndNoTable() throws {
      try sandbox.write(Fixtures.badYAML, to: "bad.yaml")
      let run = try sandbox.run("stats", "bad.yaml", "--json")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderrLines.count == 2, "\(run)")
      #expect(run.stderrLines.allSatisfy { $0.contains(CLITests.diagnosticPrefix) }, "\(run)")
    }
  }

  // MARK: - convert

  @Suite struct Convert {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    @Test func yamlToJSONToYAMLIsByteIdentical() throws {
      try sandbox.copySeed(as: "seed.yaml")
      // The hand-written seed has comments; its first conversion is the canonical form.
      for (input, output) in [
        ("seed.yaml", "a.json"), ("a.json", "b.yaml"), ("b.yaml", "c.json"), ("c.json", "d.yaml"),
      ] {
        let run = try sandbox.run("convert", input, "-o", output)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
      }
      let firstJSON = try sandbox.read("a.json")
      let firstYAML = try sandbox.read("b.yaml")
      #expect(!firstJSON.isEmpty)
      #expect(try sandbox.read("c.json") == firstJSON, "JSON changed on a YAML round trip")
      #expect(try sandbox.read("d.yaml") == firstYAML, "YAML changed on a JSON round trip")
      let check = try sandbox.run("validate", "a.json", "b.yaml", "c.json", "d.yaml")
      #expect(check.status == 0, "\(check)")
      #expect(check.stdoutLines.allSatisfy { $0.hasSuffix(CLITests.seedSummary) }, "\(check)")
    }

    @Test func jsonLinesRoundTripIsByteIdentical() throws {
      try sandbox.copySeed(as: "seed.yaml")
      for (input, output) in [
        ("seed.yaml", "a.json"), ("a.json", "b.jsonl"), ("b.jsonl", "c.json"),
      ] {
        let run = try sandbox.run("convert", input, "-o", output)
        #expect(run.status == 0, "\(run)")
      }
      #expect(try sandbox.read("c.json") == sandbox.read("a.json"))
    }

    @Test(arguments: [("edges.csv", ","), ("edges.tsv", "\t")])
    func edgeListHasHeaderAndNotesWhatIsLost(file: String, separator: String) throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", file)
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.hasPrefix("note: "), "\(run)")
      #expect(run.stderr.contains("statements only"), "\(run)")
      let lines = ToolRun.lines(of: try sandbox.readText(file))
      let header = try #require(lines.first).components(separatedBy: separator)
      #expect(Array(header.prefix(3)) == ["source", "relation", "target"])
      #expect(header.contains("date"))
      #expect(lines.count == 25, "a header and 24 statements")
      let check = try sandbox.run("stats", file, "--json")
      #expect(check.status == 0, "\(check)")
      let summary = try JSONDecoder().decode(Stats.Summary.self, from: check.standardOutput)
      #expect(summary.statementsByRelation == Stats.seedRelations)
    }

    @Test func dashWithToWritesStandardOutput() throws {
      try sandbox.copySeed()
      let file = try sandbox.run("convert", "claims.yaml", "-o", "claims.json")
      #expect(file.status == 0, "\(file)")
      let run = try sandbox.run("convert", "claims.yaml", "-o", "-", "--to", "json")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      #expect(run.standardOutput == (try sandbox.read("claims.json")))
      let parsed = try JSONSerialization.jsonObject(with: run.standardOutput)
      let object = try #require(parsed as? [String: Any])
      #expect((object["statements"] as? [Any])?.count == 24)
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func dashWithoutToIsUsageError() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", "-")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("--to"), "\(run)")
    }

    @Test func readsStandardInput() throws {
      let run = try sandbox.run(
        "convert", "-", "--format", "yaml", "-o", "claims.json", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      let check = try sandbox.run("validate", "claims.json")
      #expect(check.stdout == "claims.json: \(CLITests.seedSummary)\n", "\(check)")
    }

    /// Ways to name the input file again as the output.
    enum SameFile: String, CaseIterable, CustomTestStringConvertible {
      case samePath, dotSlash, throughParent, absolute, throughSymlinkedFolder

      func output(in sandbox: Sandbox) -> String {
        switch self {
        case .samePath: "x.yaml"
        case .dotSlash: "./x.yaml"
        case .throughParent: "./x/../x.yaml"
        case .absolute: sandbox.path("x.yaml")
        case .throughSymlinkedFolder: "here/x.yaml"
        }
      }

      var testDescription: String { rawValue }
    }

    @Test(arguments: SameFile.allCases)
    func refusesToOverwriteTheInput(spelling: SameFile) throws {
      try sandbox.copySeed(as: "x.yaml")
      try sandbox.makeDirectory("x")
      try FileManager.default.createSymbolicLink(
        atPath: sandbox.path("here"), withDestinationPath: sandbox.directory.path)
      let before = try sandbox.read("x.yaml")
      let output = spelling.output(in: sandbox)
      let run = try sandbox.run("convert", "x.yaml", "-o", output)
      #expect(run.status != 0, "\(run)")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("refusing to overwrite the input"), "\(run)")
      #expect(try sandbox.read("x.yaml") == before, "the input was changed")
      #expect(try sandbox.hiddenFiles().isEmpty)
      // Also when --to names a format that differs from the input's.
      let retyped = try sandbox.run("convert", "x.yaml", "-o", output, "--to", "json")
      #expect(retyped.status == CLITests.usageError, "\(retyped)")
      #expect(try sandbox.read("x.yaml") == before, "the input was changed")
    }

    /// An output that is a symbolic link to the input: the input's bytes must survive.
    @Test func outputLinkedToTheInputLeavesTheInputIntact() throws {
      try sandbox.copySeed(as: "x.yaml")
      try FileManager.default.createSymbolicLink(
        atPath: sandbox.path("link.yaml"), withDestinationPath: "x.yaml")
      let before = try sandbox.read("x.yaml")
      let run = try sandbox.run("convert", "x.yaml", "-o", "link.yaml")
      #expect(run.status == 0 || run.stderr.contains("refusing to overwrite"), "\(run)")
      #expect(try sandbox.read("x.yaml") == before, "the input was changed through the link")
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func outputThatIsAFolderIsReported() throws {
      try sandbox.copySeed()
      try sandbox.makeDirectory("folder.json")
      let run = try sandbox.run("convert", "claims.yaml", "-o", "folder.json")
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.hasPrefix("folder.json: error: "), "\(run)")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: sandbox.path("folder.json")).isEmpty)
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func failedConversionKeepsExistingOutputAndLeavesNoTemporaryFiles() throws {
      try sandbox.write(Fixtures.badYAML, to: "bad.yaml")
      let previous = "{\"previous\": true}\n"
      try sandbox.write(previous, to: "out/claims.json")
      let run = try sandbox.run("convert", "bad.yaml", "-o", "out/claims.json")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderrLines.first?.hasPrefix("bad.yaml:8:15: error: ") == true, "\(run)")
      #expect(try sandbox.readText("out/claims.json") == previous, "the old output was replaced")
      #expect(try sandbox.hiddenFiles(in: "out").isEmpty)
      #expect(try sandbox.hiddenFiles().isEmpty)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: sandbox.path("out")) == ["claims.json"])
    }

    @Test func successfulConversionReplacesOutputKeepingItsPermissions() throws {
      try sandbox.copySeed()
      try sandbox.write("old\n", to: "out/claims.json")
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o600], ofItemAtPath: sandbox.path("out/claims.json"))
      let run = try sandbox.run("convert", "claims.yaml", "-o", "out/claims.json")
      #expect(run.status == 0, "\(run)")
      let check = try sandbox.run("validate", "out/claims.json")
      #expect(check.stdout == "out/claims.json: \(CLITests.seedSummary)\n", "\(check)")
      let attributes = try FileManager.default.attributesOfItem(
        atPath: sandbox.path("out/claims.json"))
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
      #expect(try sandbox.hiddenFiles(in: "out").isEmpty)
    }

    @Test func missingOutputFolderIsReported() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", "missing/claims.json")
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.hasPrefix("missing/claims.json: error: "), "\(run)")
      #expect(!sandbox.exists("missing"))
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func unknownOutputExtensionWithoutToIsUsageError() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", "claims.txt")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains(#"cannot tell the output format from "claims.txt""#), "\(run)")
      #expect(run.stderr.contains("--to json|yaml|csv|tsv|jsonl"), "\(run)")
      #expect(!sandbox.exists("claims.txt"))

      let named = try sandbox.run("convert", "claims.yaml", "-o", "claims.txt", "--to", "yaml")
      #expect(named.status == 0, "\(named)")
      let check = try sandbox.run("validate", "--format", "yaml", "claims.txt")
      #expect(check.stdout == "claims.txt: \(CLITests.seedSummary)\n", "\(check)")
    }
  }

  // MARK: - query

  @Suite struct Query {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// The table's data rows: between the header and the closing count.
    static func rows(_ run: ToolRun) -> [String] {
      Array(run.stdoutLines.dropFirst().dropLast())
    }

    @Test func actorAndRelationFilter() throws {
      try sandbox.copySeed()
      let run = try sandbox.run(
        "query", "claims.yaml", "--actor", "north korea", "--relation", "denies")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      let header = try #require(run.stdoutLines.first)
      #expect(header.hasPrefix("#  source"), "\(run)")
      let rows = Query.rows(run)
      #expect(rows.count == 2, "\(run)")
      for row in rows {
        #expect(row.contains("North Korea  denies    United States"), "\(row)")
      }
      #expect(run.stdoutLines.last == "2 of 24 statements", "\(run)")
    }

    @Test(arguments: [
      (["--since", "2023-09", "--until", "2023-09"], 2),
      (["--until", "2023-11-13"], 6),
      (["--since", "2023-11-14"], 18),
      (["--since", "2023-11"], 22),
      (["--since", "2023", "--until", "2023"], 24),
      (["--since", "2024"], 0),
    ])
    func dateRangeFilter(dates: [String], count: Int) throws {
      try sandbox.copySeed()
      let run = try sandbox.run(["query", "claims.yaml"] + dates, input: nil)
      #expect(run.status == 0, "\(run)")
      #expect(Query.rows(run).count == count, "\(run)")
      #expect(run.stdoutLines.last == "\(count) of 24 statements", "\(run)")
    }

    @Test func csvOutputParsesBack() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("query", "claims.yaml", "--actor", "KP", "--output-format", "csv")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      #expect(run.stdout.hasPrefix("source,relation,target,"), "\(run)")
      #expect(run.stdoutLines.count == 13, "a header and 12 statements\n\(run)")
      try sandbox.write(run.standardOutput, to: "north-korea.csv")
      let check = try sandbox.run("validate", "north-korea.csv")
      #expect(check.status == 0, "\(check)")
      #expect(
        check.stdout == "north-korea.csv: ok, 7 actors, 5 claims, 12 statements\n", "\(check)")
      // And through a pipe into another command.
      let piped = try sandbox.run(
        ["stats", "-", "--format", "csv", "--json"], input: run.standardOutput)
      #expect(piped.status == 0, "\(piped)")
      let summary = try JSONDecoder().decode(Stats.Summary.self, from: piped.standardOutput)
      #expect(summary.statementCount == 12)
      #expect(summary.statementsByRelation["denies"] == 2)
    }

    @Test func jsonOutputKeepsActorsAndClaims() throws {
      try sandbox.copySeed()
      let run = try sandbox.run(
        "query", "claims.yaml", "--actor", "Pyongyang", "--output-format", "json")
      #expect(run.status == 0, "\(run)")
      let check = try sandbox.run(["validate", "-", "--format", "json"], input: run.standardOutput)
      #expect(check.status == 0, "\(check)")
      #expect(check.stdout.hasSuffix(": ok, 10 actors, 7 claims, 12 statements\n"), "\(check)")
    }

    @Test func repeatedActorsCombineWithOr() throws {
      try sandbox.copySeed()
      let northKorea = try sandbox.run("query", "claims.yaml", "--actor", "DPRK")
      let russia = try sandbox.run("query", "claims.yaml", "--actor", "moscow")
      let both = try sandbox.run("query", "claims.yaml", "--actor", "DPRK", "--actor", "moscow")
      #expect(northKorea.stdoutLines.last == "12 of 24 statements", "\(northKorea)")
      #expect(russia.stdoutLines.last == "6 of 24 statements", "\(russia)")
      // 12 + 6, less the 2 statements between the two (the September alliance pledges).
      #expect(both.stdoutLines.last == "16 of 24 statements", "\(both)")
    }

    @Test func readsStandardInput() throws {
      let run = try sandbox.run(
        "query", "-", "--format", "yaml", "--relation", "warns", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      #expect(run.stdoutLines.last == "2 of 24 statements", "\(run)")
    }

    @Test func unknownActorSuggestsCloseNames() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("query", "claims.yaml", "--actor", "Nort Korea")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.hasPrefix("error: --actor: "), "\(run)")
      #expect(run.stderr.contains(#"no actor is named "Nort Korea""#), "\(run)")
      #expect(run.stderr.contains(#"did you mean "North Korea""#), "\(run)")
    }

    @Test(arguments: [
      ["--since", "2023-13"], ["--until", "yesterday"], ["--since", "23-11-14"],
      ["--until", "2023-02-30"],
    ])
    func badDateIsUsageError(arguments: [String]) throws {
      try sandbox.copySeed()
      let run = try sandbox.run(["query", "claims.yaml"] + arguments, input: nil)
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("\(arguments[0]) \"\(arguments[1])\" is not a date"), "\(run)")
      #expect(run.stderr.contains("YYYY-MM-DD"), "\(run)")
    }

    @Test func unknownRelationIsUsageErrorWithSuggestion() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("query", "claims.yaml", "--relation", "acuses")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains(#"unknown relation "acuses""#), "\(run)")
      #expect(run.stderr.contains(#"did you mean "accuses"?"#), "\(run)")
    }

    @Test func unknownClaimSuggestsCloseIds() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("query", "claims.yaml", "--claim", "nk-arms-to-russa")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains(#"no claim has id "nk-arms-to-russa""#), "\(run)")
      #expect(run.stderr.contains(#"did you mean "nk-arms-to-russia"?"#), "\(run)")
    }

    @Test func emptyDateRangeIsUsageError() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("query", "claims.yaml", "--since", "2024", "--until", "2023")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("--since"), "\(run)")
    }

    @Test func unknownOutputFormatIsUsageError() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("query", "claims.yaml", "--output-format", "xml")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains(#"unknown --output-format "xml""#), "\(run)")
    }
  }

  // MARK: - generate

  @Suite struct Generate {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// The parts of the canonical JSON that the tests read.
    struct Graph: Decodable {
      struct Actor: Decodable {
        var id: String
        var attributes: [String: String]?
      }
      struct Statement: Decodable {
        var source: String
        var relation: String
        var target: String?
      }
      var actors: [Actor]
      var statements: [Statement]
    }

    func generate(_ output: String, seed: Int = 7, _ extra: String...) throws -> ToolRun {
      let run = try sandbox.run(
        [
          "generate", "--actors", "20", "--statements", "200", "--blocs", "3", "--seed",
          String(seed), "-o", output,
        ] + extra, input: nil)
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      return run
    }

    @Test(arguments: ["json", "yaml", "csv", "tsv", "jsonl"])
    func sameSeedGivesIdenticalBytes(format: String) throws {
      _ = try generate("first.\(format)")
      _ = try generate("second.\(format)")
      let first = try sandbox.read("first.\(format)")
      #expect(!first.isEmpty)
      #expect(try sandbox.read("second.\(format)") == first)
    }

    @Test func differentSeedGivesDifferentGraph() throws {
      _ = try generate("seven.json", seed: 7)
      _ = try generate("eight.json", seed: 8)
      #expect(try sandbox.read("seven.json") != sandbox.read("eight.json"))
    }

    @Test func actorsCarryTheirPlantedBloc() throws {
      _ = try generate("planted.json")
      let graph = try JSONDecoder().decode(Graph.self, from: try sandbox.read("planted.json"))
      #expect(graph.actors.count == 20)
      #expect(graph.statements.count == 200)
      // Actors are dealt round-robin: actor i is in bloc i mod 3.
      for (index, actor) in graph.actors.enumerated() {
        #expect(actor.attributes?["bloc"] == "b\(index % 3)", "actor \(actor.id)")
      }
    }

    @Test func withoutNoiseAlliancesStayInsideBlocs() throws {
      _ = try generate("clean.json", "--noise", "0")
      let graph = try JSONDecoder().decode(Graph.self, from: try sandbox.read("clean.json"))
      var bloc: [String: String] = [:]
      for actor in graph.actors { bloc[actor.id] = actor.attributes?["bloc"] }
      #expect(bloc.count == 20)
      for statement in graph.statements {
        let target = try #require(statement.target)
        let inside = bloc[statement.source] == bloc[target]
        #expect(inside == (statement.relation == "allies-with"), "\(statement)")
      }
    }

    @Test(arguments: ["json", "yaml", "csv", "tsv", "jsonl"])
    func generatedFileValidates(format: String) throws {
      _ = try generate("planted.\(format)")
      let run = try sandbox.run("validate", "planted.\(format)")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.hasPrefix("planted.\(format): ok, "), "\(run)")
      #expect(run.stdout.hasSuffix(", 200 statements\n"), "\(run)")
    }

    @Test func tooManyBlocsIsUsageError() throws {
      let run = try sandbox.run("generate", "--actors", "20", "--blocs", "11", "-o", "g.json")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("at most 10 blocs"), "\(run)")
      #expect(!sandbox.exists("g.json"))
      let most = try sandbox.run("generate", "--actors", "20", "--blocs", "10", "-o", "g.json")
      #expect(most.status == 0, "\(most)")
    }

    @Test func dashWithToWritesStandardOutput() throws {
      let run = try generate("-", "--to", "json")
      try sandbox.write(run.standardOutput, to: "stdout.json")
      _ = try generate("file.json")
      #expect(try sandbox.read("file.json") == run.standardOutput)

      let missingTo = try sandbox.run("generate", "-o", "-")
      #expect(missingTo.status == CLITests.usageError, "\(missingTo)")
      #expect(missingTo.stderr.contains("--to"), "\(missingTo)")
    }

    /// Output far larger than a pipe's buffer arrives whole (and the harness does not stall).
    @Test func largeOutputThroughStandardOutput() throws {
      let run = try sandbox.run(
        "generate", "--actors", "500", "--statements", "20000", "--seed", "3", "-o", "-",
        "--to", "csv")
      #expect(run.status == 0, "\(run)")
      #expect(run.standardOutput.count > 256 * 1_024)
      #expect(run.stdoutLines.count == 20_001)
      let check = try sandbox.run(["validate", "-", "--format", "csv"], input: run.standardOutput)
      #expect(check.status == 0, "\(check)")
      #expect(check.stdout.hasSuffix(", 20000 statements\n"), "\(check)")
    }
  }

  // MARK: - help

  @Suite struct Help {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    static let subcommands = [
      "validate", "stats", "convert", "query", "generate", "stances", "explain", "positions",
      "clusters", "balance",
    ]

    /// The lines of the discussion's example block: from `Example:`/`Examples:` to `USAGE:`.
    static func exampleBlock(_ help: String) -> [String] {
      let lines = ToolRun.lines(of: help)
      guard let start = lines.firstIndex(where: { $0.hasPrefix("Example") }) else { return [] }
      let end = lines[start...].firstIndex(where: { $0.hasPrefix("USAGE:") }) ?? lines.endIndex
      return Array(lines[(start + 1)..<end]).filter { !$0.isEmpty }
    }

    @Test(arguments: subcommands)
    func helpShowsAnExample(subcommand: String) throws {
      let run = try sandbox.run(subcommand, "--help")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      #expect(run.stdout.contains("USAGE: stancegraph \(subcommand)"), "\(run)")
      #expect(run.stdout.contains("Example"), "\(run)")
      #expect(
        Help.exampleBlock(run.stdout).contains { $0.hasPrefix("  stancegraph \(subcommand) ") },
        "\(run)")
      // `stancegraph help X` prints the same.
      let viaHelp = try sandbox.run("help", subcommand)
      #expect(viaHelp.status == 0, "\(viaHelp)")
      #expect(viaHelp.stdout == run.stdout)
    }

    /// Every line of an example is indented: a command wrapped at the help width loses its
    /// indentation, and a reader who copies it runs half a command.
    @Test(arguments: subcommands)
    func examplesFitTheHelpWidth(subcommand: String) throws {
      let run = try sandbox.run(subcommand, "--help")
      let block = Help.exampleBlock(run.stdout)
      #expect(!block.isEmpty, "\(run)")
      for line in block {
        #expect(line.hasPrefix("  "), "wrapped example line: \"\(line)\"")
      }
    }

    @Test func topLevelHelpListsSubcommandsAndFirstSteps() throws {
      let run = try sandbox.run("--help")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.contains("  stancegraph validate Examples/korea-armistice/claims.yaml"))
      for subcommand in Help.subcommands {
        #expect(run.stdout.contains("  \(subcommand) "), "\(run)")
      }
    }

    @Test func versionIsPrinted() throws {
      let run = try sandbox.run("--version")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == "0.1.0\n", "\(run)")
    }

    @Test func unknownSubcommandIsUsageError() throws {
      let run = try sandbox.run("vaildate", "claims.yaml")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
    }

    /// The validate help shows a command and its output: run it from the package root.
    @Test func validateHelpExampleIsExact() throws {
      let help = try sandbox.run("validate", "--help")
      let block = Help.exampleBlock(help.stdout).map { $0.trimmingCharacters(in: .whitespaces) }
      let command = try #require(block.first)
      let expected = try #require(block.dropFirst().first)
      let arguments = command.split(separator: " ").dropFirst().map(String.init)
      let run = try StanceGraphTool.run(arguments, in: Fixtures.packageRoot)
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == expected + "\n", "\(run)")
    }

    /// The first steps the top-level help suggests work from the package root.
    @Test func firstStepsRun() throws {
      let steps: [[String]] = [
        ["validate", "Examples/korea-armistice/claims.yaml"],
        ["stats", "Examples/korea-armistice/claims.yaml"],
        ["query", "Examples/korea-armistice/claims.yaml", "--actor", "North Korea"],
      ]
      for step in steps {
        let run = try StanceGraphTool.run(step, in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run)")
        #expect(!run.stdout.isEmpty, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
      }
    }
  }
}
