import Foundation
import Testing

extension AnalysisCommandTests {
  // MARK: - positions

  @Suite struct Positions {
    let sandbox: Sandbox
    init() throws {
      sandbox = try Sandbox()
      try sandbox.copySeed()
    }

    @Test func textListsEachClaimsSides() throws {
      let run = try sandbox.run("positions", "claims.yaml")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      let lines = run.stdoutLines
      let normalized = lines.map { AnalysisCommandTests.cells($0).joined(separator: " ") }
      let claimLines = lines.indices.filter { index in
        index + 3 < lines.count && normalized[index + 1].hasPrefix("supporters ")
      }
      #expect(claimLines.count == 7, "one block per claim: \(run)")
      for index in claimLines {
        #expect(normalized[index + 2].hasPrefix("opponents "), "\(run)")
        #expect(normalized[index + 3].hasPrefix("implicated "), "\(run)")
      }
      let arms = try #require(lines.firstIndex(of: AnalysisCommandTests.armsClaim), "\(run)")
      #expect(
        Array(normalized[(arms + 1)...(arms + 3)]) == [
          "supporters United States", "opponents Russia, North Korea", "implicated North Korea",
        ], "\(run)")
      #expect(lines.contains { $0.hasPrefix("congruence (same side): ") }, "\(run)")
      #expect(lines.contains { $0.hasPrefix("conflict (opposite sides): ") }, "\(run)")
      #expect(run.stdout.contains("United States – Russia: 2 claims"), "\(run)")
    }

    @Test func jsonHasClaimsAndTies() throws {
      let run = try sandbox.run("positions", "claims.yaml", "--json")
      let report = try AnalysisCommandTests.decode(PositionsReport.self, run)
      #expect(report.claims.count == 7)
      let arms = try #require(
        report.claims.first { $0.text == AnalysisCommandTests.armsClaim }, "\(run)")
      #expect(arms.id == "nk-arms-to-russia")
      #expect(arms.supporters == ["US"])
      #expect(Set(arms.opponents).isSuperset(of: ["RU", "KP"]), "\(arms)")
      #expect(arms.implicated == ["KP"])
      #expect(arms.statements.count == 3, "\(arms)")
      #expect(!report.congruence.isEmpty)
      #expect(!report.conflict.isEmpty)
      // Russia and North Korea deny the same claims; the U.S. makes the claims they deny.
      #expect(report.congruence.contains { $0.pair == ["RU", "KP"] }, "\(report.congruence)")
      let usRussia = try #require(report.conflict.first { $0.pair == ["US", "RU"] })
      #expect(usRussia.count == 2)
      #expect(Set(usRussia.claims) == ["nk-arms-to-russia", "ru-tech-support-to-nk"])
      for tie in report.congruence + report.conflict {
        #expect(tie.count == tie.claims.count, "\(tie)")
        #expect(tie.jaccard > 0 && tie.jaccard <= 1, "\(tie)")
        #expect(tie.first != tie.second, "\(tie)")
      }
    }

    @Test func rollUpCreditsTheMinisterToHisState() throws {
      let run = try sandbox.run("positions", "claims.yaml", "--roll-up", "--json")
      let report = try AnalysisCommandTests.decode(PositionsReport.self, run)
      let sanctions = try #require(
        report.claims.first { $0.id == "cn-ru-help-nk-evade-sanctions" }, "\(run)")
      #expect(sanctions.supporters == ["US"])
      let everyone = report.claims.flatMap { $0.supporters + $0.opponents + $0.implicated }
      #expect(Set(everyone).isDisjoint(with: AnalysisCommandTests.seedPeople), "\(run)")
    }
  }
}
