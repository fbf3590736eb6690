import Foundation
import StanceTestSupport
import Testing

extension CLITests {
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
      let run = try sandbox.run("query", "claims.yaml", "--actor", "KP", "--to", "csv")
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
        ["stats", "-", "--from", "csv", "--json"], input: run.standardOutput)
      #expect(piped.status == 0, "\(piped)")
      let summary = try JSONDecoder().decode(Stats.Summary.self, from: piped.standardOutput)
      #expect(summary.statementCount == 12)
      #expect(summary.statementsByRelation["denies"] == 2)
    }

    @Test func jsonOutputKeepsActorsAndClaims() throws {
      try sandbox.copySeed()
      let run = try sandbox.run(
        "query", "claims.yaml", "--actor", "Pyongyang", "--to", "json")
      #expect(run.status == 0, "\(run)")
      let check = try sandbox.run(["validate", "-", "--from", "json"], input: run.standardOutput)
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
        "query", "-", "--from", "yaml", "--relation", "warns", input: try Fixtures.seedText())
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
      #expect(run.stderr.contains("\"\(arguments[1])\" is not a date"), "\(run)")
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
      let run = try sandbox.run("query", "claims.yaml", "--to", "xml")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("'xml' is invalid for '--to"), "\(run)")
    }
  }
}
