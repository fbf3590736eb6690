import Foundation
import Testing

extension AnalysisCommandTests {
  // MARK: - stances

  @Suite struct Stances {
    let sandbox: Sandbox
    init() throws {
      sandbox = try Sandbox()
      try sandbox.copySeed()
    }

    @Test func actorFilterListsStancesByAndTowardNorthKorea() throws {
      let run = try sandbox.run("stances", "claims.yaml", "--actor", "North Korea")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      let lines = run.stdoutLines
      try #require(lines.count >= 3, "\(run)")
      #expect(
        AnalysisCommandTests.cells(lines[0]) == [
          "source", "target", "score", "stance", "accuses", "denies", "allies", "warns",
        ], "\(run)")
      let rows = lines.dropFirst().dropLast().map(AnalysisCommandTests.cells)
      #expect(rows.count == 9, "\(run)")
      for row in rows {
        #expect(row.count == 8, "\(row)")
        #expect(row.prefix(2).contains("North Korea"), "not about North Korea: \(row)")
      }
      #expect(
        rows.contains(["North Korea", "United States", "-5", "adversary", "1", "2", "0", "0"]),
        "\(run)")
      #expect(rows.contains { $0.prefix(2) == ["Russia", "North Korea"] && $0[3] == "ally" })
      #expect(lines.last?.hasPrefix("9 stances; weights: goldstein") == true, "\(run)")
    }

    /// Aliases and ids name actors as well as names do.
    @Test(arguments: ["KP", "Pyongyang", "north korea"])
    func actorCanBeNamedByIdOrAlias(name: String) throws {
      let byName = try sandbox.run("stances", "claims.yaml", "--actor", "North Korea")
      let run = try sandbox.run("stances", "claims.yaml", "--actor", name)
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == byName.stdout, "\(run)")
    }

    @Test func jsonAndCSVAgreeWithTheTable() throws {
      let json = try sandbox.run("stances", "claims.yaml", "--actor", "North Korea", "--json")
      let records = try AnalysisCommandTests.decode([StanceRecord].self, json)
      #expect(records.count == 9)
      for record in records {
        #expect(record.source == "KP" || record.target == "KP", "\(record)")
        #expect(
          Set(record.counts.keys) == ["accuses", "denies", "allies-with", "warns"], "\(record)")
        #expect(record.counts.values.reduce(0, +) == record.statements.count, "\(record)")
        let sum = record.statements.compactMap(\.contribution).reduce(0, +)
        #expect(abs(sum - record.score) < 1e-9, "contributions add up to the score: \(record)")
      }
      let toUS = try #require(records.first { $0.source == "KP" && $0.target == "US" })
      #expect(toUS.label == "adversary")
      #expect(toUS.score == -5)
      #expect(toUS.counts["denies"] == 2)
      #expect(toUS.counts["accuses"] == 1)
      #expect(toUS.statements.count == 3)
      #expect(toUS.statements.allSatisfy { $0.document == "unc-seoul" })

      let csv = try sandbox.run("stances", "claims.yaml", "--actor", "North Korea", "--csv")
      #expect(csv.status == 0, "\(csv)")
      #expect(csv.stderr.isEmpty, "\(csv)")
      let lines = csv.stdoutLines
      #expect(
        lines.first == "source,target,score,label,accuses,denies,allies-with,warns,statements",
        "\(csv)")
      let rows = lines.dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false)
      }
      #expect(rows.count == records.count, "\(csv)")
      #expect(rows.allSatisfy { $0.count == 9 }, "\(csv)")
      #expect(lines.contains("KP,US,-5,adversary,1,2,0,0,3"), "\(csv)")
      // The same stances in the same order.
      #expect(
        rows.map { "\($0[0])>\($0[1])" } == records.map { "\($0.source)>\($0.target)" }, "\(csv)")
    }

    @Test func allStancesWithoutFilter() throws {
      let run = try sandbox.run("stances", "claims.yaml", "--json")
      let records = try AnalysisCommandTests.decode([StanceRecord].self, run)
      #expect(records.count == 20)
      let labels = Set(records.map(\.label))
      #expect(labels.isSubset(of: ["ally", "adversary", "mixed", "neutral"]), "\(labels)")
      let pairs = records.map { "\($0.source)>\($0.target)" }
      #expect(Set(pairs).count == pairs.count, "one stance per ordered pair")
    }

    @Test func unknownActorExitsOneWithDidYouMean() throws {
      let run = try sandbox.run("stances", "claims.yaml", "--actor", "Nort Korea")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("--actor"), "\(run)")
      #expect(run.stderr.contains(#""Nort Korea""#), "\(run)")
      #expect(run.stderr.contains(#"did you mean "North Korea""#), "\(run)")
    }

    @Test func jsonAndCSVTogetherIsUsageError() throws {
      let run = try sandbox.run("stances", "claims.yaml", "--json", "--csv")
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("--json"), "\(run)")
      #expect(run.stderr.contains("--csv"), "\(run)")
    }

    @Test func thresholdsMustBeOrdered() throws {
      let run = try sandbox.run(
        "stances", "claims.yaml", "--ally-threshold", "-2", "--adversary-threshold", "1")
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stderr.contains("--adversary-threshold"), "\(run)")
    }
  }
}
