import Foundation
import Testing

extension AnalysisCommandTests {
  // MARK: - explain

  @Suite struct Explain {
    let sandbox: Sandbox
    init() throws {
      sandbox = try Sandbox()
      try sandbox.copySeed()
    }

    @Test func russiaTowardTheUnitedStatesListsBothDenials() throws {
      let run = try sandbox.run("explain", "claims.yaml", "Russia", "United States")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      let lines = run.stdoutLines
      #expect(
        lines.first == "Russia toward United States: adversary, score -4 from 2 statements",
        "\(run)")
      let denials = lines.filter { $0.contains("Russia denies United States") }
      #expect(denials.count == 2, "\(run)")
      for denial in denials {
        #expect(denial.contains("s7"), "sentence number: \(denial)")
        #expect(denial.contains(AnalysisCommandTests.denialQuote), "quote: \(denial)")
        #expect(denial.contains("unc-seoul"), "document: \(denial)")
        #expect(denial.contains("2023-11-14"), "date: \(denial)")
      }
      #expect(denials.contains { $0.contains(AnalysisCommandTests.armsClaim) }, "\(run)")
      #expect(
        denials.contains {
          $0.contains("Russia provides technical military support to North Korea")
        }, "\(run)")
      // Then the other direction, for context.
      #expect(
        lines.contains("United States toward Russia: adversary, score -2 from 1 statement"),
        "\(run)")
    }

    @Test func jsonHasBothDirections() throws {
      let run = try sandbox.run("explain", "claims.yaml", "Russia", "United States", "--json")
      let report = try AnalysisCommandTests.decode(ExplainReport.self, run)
      let forward = try #require(report.source, "\(run)")
      #expect(forward.source == "RU" && forward.target == "US")
      #expect(forward.score == -4)
      #expect(forward.statements.count == 2)
      for statement in forward.statements {
        #expect(statement.relation == "denies")
        #expect(statement.sentence == 7)
        #expect(statement.quote == AnalysisCommandTests.denialQuote)
      }
      let reverse = try #require(report.reverse, "\(run)")
      #expect(reverse.source == "US" && reverse.target == "RU")
      #expect(reverse.statements.map(\.sentence) == [6])
    }

    @Test func actorsWhoSaidNothingAreReported() throws {
      let run = try sandbox.run("explain", "claims.yaml", "Ukraine", "Russia")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.contains("Ukraine said nothing about Russia."), "\(run)")
      #expect(run.stdout.contains("Russia said nothing about Ukraine."), "\(run)")
    }

    @Test(arguments: [["Russia", "Untied States"], ["Rusia", "United States"]])
    func unknownActorExitsOneWithDidYouMean(actors: [String]) throws {
      let run = try sandbox.run(["explain", "claims.yaml"] + actors, input: nil)
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("did you mean"), "\(run)")
      #expect(run.stderr.contains(#""United States""#) || run.stderr.contains(#""Russia""#))
    }

    /// The same actor twice (by name, or by name and alias) is refused.
    @Test(arguments: [["Russia", "Russia"], ["Russia", "Moscow"]])
    func sameActorTwiceFails(actors: [String]) throws {
      let run = try sandbox.run(["explain", "claims.yaml"] + actors, input: nil)
      #expect(run.status != 0, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("same actor"), "\(run)")
      #expect(run.stderr.contains("stancegraph explain"), "\(run)")
    }

    /// Two actors that said nothing about each other: both keys, both null (not `{}`).
    @Test func jsonWithNoStanceHasBothKeysNull() throws {
      let run = try sandbox.run("explain", "claims.yaml", "Ukraine", "China", "--json")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == "{\n  \"reverse\" : null,\n  \"source\" : null\n}\n", "\(run)")
      let report = try JSONDecoder().decode(
        AnalysisCommandTests.ExplainReport.self, from: run.standardOutput)
      #expect(report.source == nil && report.reverse == nil)
    }
  }
}
