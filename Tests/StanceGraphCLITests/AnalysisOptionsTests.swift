import Foundation
import Testing

extension AnalysisCommandTests {
  // MARK: - --weights, --half-life, --reference-date

  @Suite struct Weighting {
    let sandbox: Sandbox
    init() throws {
      sandbox = try Sandbox()
      try sandbox.copySeed()
    }

    @Test func customWeightsAreAccepted() throws {
      let run = try sandbox.run(
        "stances", "claims.yaml", "--weights", "accuses=-1,allies-with=2", "--json")
      let records = try AnalysisCommandTests.decode([StanceRecord].self, run)
      // North Korea toward the U.S.: an accusation of weight 0.5 at -1, two denials at -2.
      let toUS = try #require(records.first { $0.source == "KP" && $0.target == "US" })
      #expect(abs(toUS.score + 4.5) < 1e-9, "\(toUS)")
      let allies = try #require(records.first { $0.source == "RU" && $0.target == "KP" })
      #expect(allies.score == 2, "\(allies)")

      let text = try sandbox.run("stances", "claims.yaml", "--weights", "accuses=-1,allies-with=2")
      #expect(text.status == 0, "\(text)")
      let custom = "custom (accuses -1, denies -2, allies-with 2, warns -4.4)"
      #expect(text.stdout.contains(custom), "\(text)")
      for subcommand in ["clusters", "balance"] {
        let other = try sandbox.run(
          subcommand, "claims.yaml", "--weights", "accuses=-1,allies-with=2")
        #expect(other.status == 0, "\(other)")
      }
    }

    @Test(arguments: ["stances", "explain", "clusters", "balance"])
    func nonsenseWeightsAreUsageErrors(subcommand: String) throws {
      var arguments = [subcommand, "claims.yaml", "--weights", "nonsense"]
      if subcommand == "explain" { arguments += ["Russia", "United States"] }
      let run = try sandbox.run(arguments, input: nil)
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("nonsense"), "\(run)")
      #expect(run.stderr.contains("goldstein"), "\(run)")
      #expect(run.stderr.contains("unit"), "\(run)")
    }

    @Test(arguments: ["accuses=", "accuses=-1,alllies=2", "=-1", "accuses=inf"])
    func unreadableWeightPairsAreUsageErrors(weights: String) throws {
      let run = try sandbox.run("stances", "claims.yaml", "--weights", weights)
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stderr.contains("--weights"), "\(run)")
    }

    @Test func emptyWeightsAreUsageError() throws {
      let run = try sandbox.run("stances", "claims.yaml", "--weights", "")
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
    }

    @Test func halfLifeDecaysOlderStatements() throws {
      let run = try sandbox.run("stances", "claims.yaml", "--half-life", "30", "--json")
      let records = try AnalysisCommandTests.decode([StanceRecord].self, run)
      // Statements on the reference date (the latest, 2023-11-14) count fully.
      let toUS = try #require(records.first { $0.source == "KP" && $0.target == "US" })
      #expect(toUS.score == -5, "\(toUS)")
      // The September 2023 summit counts from mid-September (2023-09-15.5), 59.5 days earlier.
      let summit = try #require(records.first { $0.source == "RU" && $0.target == "KP" })
      let expected = 5.2 * pow(2, -59.5 / 30)
      #expect(abs(summit.score - expected) < 1e-6, "\(summit) expected \(expected)")

      let text = try sandbox.run("stances", "claims.yaml", "--half-life", "30")
      #expect(text.status == 0, "\(text)")
      #expect(text.stdout.contains("half-life 30"), "\(text)")
      #expect(text.stdout.contains("2023-11-14"), "the reference date: \(text)")
      for subcommand in ["clusters", "balance"] {
        let other = try sandbox.run(subcommand, "claims.yaml", "--half-life", "30")
        #expect(other.status == 0, "\(other)")
        #expect(other.stderr.isEmpty, "\(other)")
      }
    }

    @Test func referenceDateMovesTheDecay() throws {
      let run = try sandbox.run(
        "stances", "claims.yaml", "--half-life", "30", "--reference-date", "2024-11-14", "--json")
      let records = try AnalysisCommandTests.decode([StanceRecord].self, run)
      let toUS = try #require(records.first { $0.source == "KP" && $0.target == "US" })
      #expect(toUS.score > -0.01 && toUS.score < 0, "a year is twelve half-lives: \(toUS)")
    }

    @Test func referenceDateWithoutHalfLifeIsUsageError() throws {
      let run = try sandbox.run("stances", "claims.yaml", "--reference-date", "2023")
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("--half-life"), "\(run)")
    }

    @Test(arguments: [
      ["--half-life", "0"], ["--half-life", "-3"],
      ["--half-life", "30", "--reference-date", "2023-13"],
    ])
    func badDecayOptionsAreUsageErrors(options: [String]) throws {
      let run = try sandbox.run(["stances", "claims.yaml"] + options, input: nil)
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
    }
  }
}
