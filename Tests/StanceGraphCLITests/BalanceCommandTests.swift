import Foundation
import Testing

extension AnalysisCommandTests {
  // MARK: - balance

  @Suite struct Balance {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    @Test func gahukuGamaJSON() throws {
      try AnalysisCommandTests.copyGahukuGama(to: sandbox)
      let run = try sandbox.run("balance", "gahuku-gama.csv", "--weights", "unit", "--json")
      let report = try AnalysisCommandTests.decode(BalanceReport.self, run)
      #expect(report.frustrationIndex == 7)
      #expect(report.exact)
      #expect(report.frustratedWeight == 7)
      #expect(report.frustrated.count == 7)
      #expect(report.triangles.total == 68)
      #expect(report.triangles.balanced == 59)
      #expect(abs(report.triangles.fraction - 0.867_647_1) < 1e-6, "\(report.triangles)")
      #expect(report.triangles.byNegativeTies.count == 4)
      #expect(report.triangles.byNegativeTies.reduce(0, +) == 68)
      // Balanced: triangles with zero or two hostile ties.
      #expect(
        report.triangles.byNegativeTies[0] + report.triangles.byNegativeTies[2] == 59,
        "\(report.triangles)")
      #expect(report.triangles.weaklyBalanced >= report.triangles.balanced)
      #expect(report.camps.count == 2)
      #expect(
        report.camps.contains { Set($0) == ["GAVEV", "KOTUN", "NAGAD", "GAMA"] }, "\(report.camps)")
      AnalysisCommandTests.expectPartition(report.camps, of: AnalysisCommandTests.tribes)
      #expect(report.weights.hasPrefix("unit"), "\(run)")
    }

    @Test func gahukuGamaText() throws {
      try AnalysisCommandTests.copyGahukuGama(to: sandbox)
      let run = try sandbox.run("balance", "gahuku-gama.csv", "--weights", "unit")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      #expect(run.stdout.contains("proven minimal"), "\(run)")
      #expect(run.stdout.contains("frustration 7 ties"), "\(run)")
      #expect(run.stdout.contains("59 of 68"), "\(run)")
      #expect(run.stdout.contains("GAVEV, KOTUN, NAGAD, GAMA"), "\(run)")
    }

    @Test func seedIsPerfectlyBalanced() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("balance", "claims.yaml", "--json")
      let report = try AnalysisCommandTests.decode(BalanceReport.self, run)
      #expect(report.frustrationIndex == 0)
      #expect(report.exact)
      #expect(report.triangles.balanced == report.triangles.total)
      let camps = Set(report.camps.map { Set($0) })
      #expect(camps.contains(AnalysisCommandTests.easternBloc), "\(report.camps)")
    }

    /// Ukraine says nothing and nothing is said to it: putting it in a camp claims a side the
    /// data does not show. `clusters` lists it apart ("no ties").
    @Test func actorsWithoutTiesAreNotPlacedInACamp() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("balance", "claims.yaml", "--json")
      let report = try AnalysisCommandTests.decode(BalanceReport.self, run)
      #expect(!report.camps.joined().contains("UA"), "\(report.camps)")
    }

    @Test func exactLimitBelowOneIsUsageError() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("balance", "claims.yaml", "--exact-limit", "0")
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stderr.contains("--exact-limit"), "\(run)")
    }
  }
}
