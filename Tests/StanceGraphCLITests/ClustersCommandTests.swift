import Foundation
import Testing

extension AnalysisCommandTests {
  // MARK: - clusters

  @Suite struct ClustersOnTheSeed {
    let sandbox: Sandbox
    init() throws {
      sandbox = try Sandbox()
      try sandbox.copySeed()
    }

    @Test func textNamesTwoBlocsAndTheIsolatedActor() throws {
      let run = try sandbox.run("clusters", "claims.yaml")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      let lines = run.stdoutLines
      #expect(
        lines.first?.hasPrefix("2 blocs of 9 actors, 1 actor without ties; exact, proven optimal")
          == true, "\(run)")
      #expect(lines.contains("disagreement 0 over 0 frustrated ties"), "\(run)")
      let headers = lines.indices.filter { lines[$0].hasPrefix("bloc ") }
      #expect(headers.count == 2, "\(run)")
      // Each bloc header is followed by its members' names.
      let blocs = headers.compactMap { index -> Set<String>? in
        guard index + 1 < lines.count else { return nil }
        return Set(
          lines[index + 1].trimmingCharacters(in: .whitespaces).components(separatedBy: ", "))
      }
      #expect(
        Set(blocs) == [
          [
            "United States", "South Korea", "Japan", "United Nations Command", "Lloyd Austin",
            "Shin Won-sik",
          ],
          ["China", "Russia", "North Korea"],
        ], "\(run)")
      #expect(lines.contains("no ties: Ukraine"), "\(run)")
      #expect(!run.stdout.contains("frustrated ties (the surprises)"), "\(run)")
    }

    @Test func jsonHasTheExactOptimumAndTheTwoSides() throws {
      let run = try sandbox.run("clusters", "claims.yaml", "--json")
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.method == "exact")
      #expect(report.optimal)
      #expect(report.disagreement == 0)
      #expect(report.violations == 0)
      #expect(report.frustrated.isEmpty)
      #expect(!report.rolledUp)
      #expect(report.actors == 10)
      #expect(report.certificate != nil, "an exact optimum carries its certificate")
      #expect(report.stability == nil, "stability is a fast-solver measure")
      let bySize = report.bySize
      try #require(bySize.count == 3, "\(run)")
      #expect(Set(bySize[0].members) == AnalysisCommandTests.westernBloc)
      #expect(Set(bySize[1].members) == AnalysisCommandTests.easternBloc)
      #expect(!bySize[0].isolated && !bySize[1].isolated)
      #expect(bySize[2].members == ["UA"])
      #expect(bySize[2].isolated, "Ukraine has no ties")
      for bloc in report.blocs {
        #expect(bloc.size == bloc.members.count, "\(bloc)")
        #expect(bloc.members.contains(bloc.central), "\(bloc)")
      }
      #expect(report.between.count == report.blocs.count)
      // The two sides are hostile to each other.
      let west = try #require(report.blocs.firstIndex { $0.members.contains("US") })
      let east = try #require(report.blocs.firstIndex { $0.members.contains("KP") })
      #expect(report.between[west][east] < 0)
      #expect(report.between[west][east] == report.between[east][west])
    }

    @Test func blocsArePartitionOfTheDeclaredActors() throws {
      let ids = try AnalysisCommandTests.seedActorIDs()
      let run = try sandbox.run("clusters", "claims.yaml", "--json")
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      AnalysisCommandTests.expectPartition(report.blocs.map(\.members), of: ids)
    }

    @Test func rollUpFoldsThePeopleIntoTheirStates() throws {
      let ids = try AnalysisCommandTests.seedActorIDs()
      let run = try sandbox.run("clusters", "claims.yaml", "--roll-up", "--json")
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.rolledUp)
      #expect(report.actors == 8)
      #expect(report.optimal)
      #expect(report.disagreement == 0)
      let members = Set(report.blocs.flatMap(\.members))
      #expect(members.isDisjoint(with: AnalysisCommandTests.seedPeople), "\(run)")
      AnalysisCommandTests.expectPartition(
        report.blocs.map(\.members),
        of: ids.filter { !AnalysisCommandTests.seedPeople.contains($0) })
      #expect(
        report.memberSets == [
          AnalysisCommandTests.westernBloc.subtracting(AnalysisCommandTests.seedPeople),
          AnalysisCommandTests.easternBloc, ["UA"],
        ], "\(run)")

      let text = try sandbox.run("clusters", "claims.yaml", "--roll-up")
      #expect(text.status == 0, "\(text)")
      #expect(
        text.stdoutLines.first?.hasPrefix("2 blocs of 7 actors, 1 actor without ties") == true,
        "\(text)")
      #expect(text.stdout.contains("rolled up"), "\(text)")
      #expect(!text.stdout.contains("Lloyd Austin"), "\(text)")
      #expect(!text.stdout.contains("Shin Won-sik"), "\(text)")
    }

    @Test func fastMethodFindsTheSameBlocs() throws {
      let run = try sandbox.run("clusters", "claims.yaml", "--method", "fast", "--json")
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.method == "fast")
      #expect(!report.optimal)
      #expect(report.disagreement == 0)
      #expect(
        report.memberSets == [
          AnalysisCommandTests.westernBloc, AnalysisCommandTests.easternBloc, ["UA"],
        ], "\(run)")
    }
  }

  @Suite struct ClustersOnGahukuGama {
    let sandbox: Sandbox
    init() throws {
      sandbox = try Sandbox()
      try AnalysisCommandTests.copyGahukuGama(to: sandbox)
    }

    /// The exact optimum is Hage and Harary's, with or without a cap of three blocs.
    @Test(arguments: [["--max-blocs", "3"], []])
    func exactFindsHageAndHararysGroups(extra: [String]) throws {
      let run = try sandbox.run(
        ["clusters", "gahuku-gama.csv", "--weights", "unit", "--json"] + extra, input: nil)
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.method == "exact")
      #expect(report.optimal)
      #expect(report.disagreement == 2)
      #expect(report.violations == 2)
      #expect(report.actors == 16)
      #expect(report.ties == 58)
      #expect(report.blocs.count == 3)
      #expect(report.memberSets == AnalysisCommandTests.hageHararyGroups, "\(run)")
      AnalysisCommandTests.expectPartition(
        report.blocs.map(\.members), of: AnalysisCommandTests.tribes)
      let certificate = try #require(report.certificate, "\(run)")
      #expect(certificate.lowerBound == 2, "the lower bound meets the optimum")
      #expect(
        Set(report.frustrated.map { Set([$0.first, $0.second]) })
          == AnalysisCommandTests.gahukuGamaFrustrated, "\(run)")
      for tie in report.frustrated {
        #expect(tie.kind == "friendly across blocs", "\(tie)")
        #expect(tie.weight == 1, "\(tie)")
        #expect(tie.statements.count == 1, "\(tie)")
      }
      #expect(report.weights.hasPrefix("unit"), "\(run)")
    }

    @Test func textListsTheBlocsAndTheSurprises() throws {
      let run = try sandbox.run("clusters", "gahuku-gama.csv", "--weights", "unit")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      #expect(run.stdoutLines.first?.hasPrefix("3 blocs of 16 actors; exact") == true, "\(run)")
      #expect(run.stdout.contains("disagreement 2 over 2 frustrated ties"), "\(run)")
      #expect(run.stdout.contains("frustrated ties (the surprises)"), "\(run)")
      #expect(run.stdout.contains("NAGAM allies-with MASIL"), "\(run)")
      #expect(run.stdout.contains("MASIL allies-with UHETO"), "\(run)")
    }

    @Test func fastHeuristicReachesTheOptimumWithoutProof() throws {
      let arguments = [
        "clusters", "gahuku-gama.csv", "--weights", "unit", "--method", "fast", "--seed", "3",
        "--json",
      ]
      let run = try sandbox.run(arguments, input: nil)
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.method == "fast")
      #expect(report.disagreement == 2)
      #expect(!report.optimal)
      #expect(report.certificate == nil, "the heuristic proves nothing")
      let stability = try #require(report.stability, "fast runs report their stability\n\(run)")
      #expect(stability <= 1, "\(run)")
      #expect(report.restarts == 8, "\(run)")
      AnalysisCommandTests.expectPartition(
        report.blocs.map(\.members), of: AnalysisCommandTests.tribes)

      // The same seed gives the same bytes.
      let again = try sandbox.run(arguments, input: nil)
      #expect(again.status == 0, "\(again)")
      #expect(again.standardOutput == run.standardOutput, "\(run)\n\(again)")

      let text = try sandbox.run(Array(arguments.dropLast()), input: nil)
      #expect(text.status == 0, "\(text)")
      #expect(text.stdout.contains("not proven optimal"), "\(text)")
    }

    @Test func exactBeyondItsLimitSuggestsTheFastMethod() throws {
      let run = try sandbox.run(
        "clusters", "gahuku-gama.csv", "--weights", "unit", "--method", "exact", "--exact-limit",
        "5")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.hasPrefix("error: "), "\(run)")
      #expect(run.stderr.contains("--method fast"), "\(run)")
      #expect(run.stderr.contains("16"), "names the size of the group: \(run)")
    }

    /// Auto falls back to the heuristic where exact cannot go.
    @Test func autoBeyondTheExactLimitUsesTheHeuristic() throws {
      let run = try sandbox.run(
        "clusters", "gahuku-gama.csv", "--weights", "unit", "--exact-limit", "5", "--json")
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.method == "fast")
      #expect(!report.optimal)
    }

    @Test(arguments: [
      ["--max-blocs", "0"], ["--restarts", "0"], ["--exact-limit", "0"], ["--method", "best"],
    ])
    func badOptionsAreUsageErrors(option: [String]) throws {
      let run = try sandbox.run(
        ["clusters", "gahuku-gama.csv", "--weights", "unit"] + option, input: nil)
      #expect(run.status == AnalysisCommandTests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains(option[0]), "\(run)")
      #expect(run.stderr.contains("stancegraph clusters"), "usage of the subcommand: \(run)")
    }

    @Test func readsTheNetworkFromStandardInput() throws {
      let csv = try Data(contentsOf: AnalysisCommandTests.gahukuGama)
      let run = try sandbox.run(
        ["clusters", "-", "--from", "csv", "--weights", "unit", "--json"], input: csv)
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.memberSets == AnalysisCommandTests.hageHararyGroups, "\(run)")
    }
  }
}
