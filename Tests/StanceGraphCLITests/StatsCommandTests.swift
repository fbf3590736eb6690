import Foundation
import StanceTestSupport
import Testing

extension CLITests {
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
        "stats", "-", "--from", "yaml", "--json", input: try Fixtures.seedText())
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
}
