import Foundation
import Testing

/// End-to-end tests of the analysis subcommands (`stances`, `explain`, `positions`, `clusters`,
/// `balance`): each test runs the built binary in a fresh sandbox and checks its standard output,
/// standard error and exit status.
///
/// Fixtures: the seed example (Examples/korea-armistice/claims.yaml) and Read's Gahuku-Gama
/// highland tribes (Tests/StanceAnalysisTests/Fixtures/gahuku-gama.csv, `source,target,sign`),
/// whose best three-bloc partition (Hage and Harary 1983) has two inconsistent ties.
@Suite struct AnalysisCommandTests {
  /// ArgumentParser's exit status for a `ValidationError` or a parse error.
  static let usageError: Int32 = 64

  // MARK: - Fixtures

  /// The Gahuku-Gama signed network in the repository.
  static let gahukuGama = Fixtures.packageRoot.appendingPathComponent(
    "Tests/StanceAnalysisTests/Fixtures/gahuku-gama.csv")

  /// The 16 tribes of the Gahuku-Gama network.
  static let tribes: Set<String> = [
    "GAVEV", "KOTUN", "OVE", "ALIKA", "NAGAM", "GAHUK", "MASIL", "UKUDZ", "NOTOH", "KOHIK",
    "GEHAM", "ASARO", "UHETO", "SEUVE", "NAGAD", "GAMA",
  ]

  /// Hage and Harary's three groups of the Gahuku-Gama tribes.
  static let hageHararyGroups: Set<Set<String>> = [
    ["GAVEV", "KOTUN", "NAGAD", "GAMA"],
    ["OVE", "ALIKA", "GAHUK", "MASIL", "UKUDZ", "GEHAM", "ASARO"],
    ["NAGAM", "NOTOH", "KOHIK", "UHETO", "SEUVE"],
  ]

  /// The two ties no three-bloc partition of Gahuku-Gama satisfies (both friendly across).
  static let gahukuGamaFrustrated: Set<Set<String>> = [["MASIL", "NAGAM"], ["MASIL", "UHETO"]]

  /// The Western side of the seed example: states, the UN Command and the two ministers.
  static let westernBloc: Set<String> = ["US", "KR", "JP", "UNC", "lloyd-austin", "shin-won-sik"]
  /// The other side of the seed example.
  static let easternBloc: Set<String> = ["CN", "RU", "KP"]
  /// The people of the seed example, who `--roll-up` folds into the states they represent.
  static let seedPeople: Set<String> = ["lloyd-austin", "shin-won-sik"]

  /// The seed's claim "North Korea supplies military equipment to Russia …".
  static let armsClaim =
    "North Korea supplies military equipment to Russia for its war against Ukraine"

  /// The quote of both Russian (and both North Korean) denials, sentence 7 of the article.
  static let denialQuote = "Russia and North Korea have denied engaging in any arms deals"

  /// The actor ids the seed example declares, read from its `actors:` section.
  static func seedActorIDs() throws -> [String] {
    let lines = ToolRun.lines(of: try Fixtures.seedText())
    let start = try #require(lines.firstIndex(of: "actors:"))
    let end = try #require(lines[start...].firstIndex(of: "claims:"))
    let ids = lines[start..<end].compactMap { line -> String? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("- id: ") else { return nil }
      return String(trimmed.dropFirst("- id: ".count))
    }
    #expect(ids.count == 10, "the seed example declares 10 actors: \(ids)")
    return ids
  }

  /// Copies the Gahuku-Gama network into `sandbox` and returns its name there.
  @discardableResult
  static func copyGahukuGama(to sandbox: Sandbox) throws -> String {
    try sandbox.write(try Data(contentsOf: gahukuGama), to: "gahuku-gama.csv")
  }

  /// Decodes the standard output of a successful run, after checking that it succeeded quietly.
  static func decode<T: Decodable>(
    _ type: T.Type, _ run: ToolRun, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> T {
    try #require(run.status == 0, "\(run)", sourceLocation: sourceLocation)
    #expect(run.stderr.isEmpty, "\(run)", sourceLocation: sourceLocation)
    do {
      return try JSONDecoder().decode(type, from: run.standardOutput)
    } catch {
      Issue.record("cannot decode \(type): \(error)\n\(run)", sourceLocation: sourceLocation)
      throw error
    }
  }

  /// Checks that `blocs` are a partition of `actors`: every actor in exactly one.
  static func expectPartition(
    _ blocs: [[String]], of actors: some Collection<String>,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let members = blocs.flatMap { $0 }
    #expect(
      members.sorted() == actors.sorted(),
      "blocs \(blocs) are not a partition of \(actors.sorted())",
      sourceLocation: sourceLocation)
    #expect(
      blocs.allSatisfy { !$0.isEmpty }, "empty bloc in \(blocs)", sourceLocation: sourceLocation)
  }

  /// The cells of a table row: columns are separated by two or more spaces.
  static func cells(_ line: String) -> [String] {
    line.split(separator: #/ {2,}/#).map { $0.trimmingCharacters(in: .whitespaces) }
  }

  // MARK: - JSON shapes (docs/cli.md)

  struct StatementRecord: Decodable {
    var id: Int
    var source: String
    var relation: String
    var target: String?
    var inferredTarget: String?
    var claim: String?
    var date: String?
    var weight: Double
    var contribution: Double?
    var document: String?
    var sentence: Int?
    var quote: String?
  }

  struct ClustersReport: Decodable {
    struct Bloc: Decodable {
      var name: String
      var central: String
      var members: [String]
      var size: Int
      var internalWeight: Double
      var isolated: Bool
    }
    struct Certificate: Decodable {
      var nodesExplored: Int
      var lowerBound: Double
      var bound: String
    }
    struct Frustrated: Decodable {
      var first: String
      var second: String
      var weight: Double
      var kind: String
      var statements: [StatementRecord]
    }
    var method: String
    var optimal: Bool
    var disagreement: Double
    var violations: Int
    var weights: String
    var rolledUp: Bool
    var actors: Int
    var ties: Int
    var certificate: Certificate?
    var restarts: Int
    var stability: Double?
    var blocs: [Bloc]
    var between: [[Double]]
    var frustrated: [Frustrated]

    var memberSets: Set<Set<String>> { Set(blocs.map { Set($0.members) }) }
    /// The blocs, largest first.
    var bySize: [Bloc] { blocs.sorted { $0.members.count > $1.members.count } }
  }

  struct BalanceReport: Decodable {
    struct Triangles: Decodable {
      var total: Int
      var balanced: Int
      var fraction: Double
      var weaklyBalanced: Int
      var weakFraction: Double
      var byNegativeTies: [Int]
    }
    struct Tie: Decodable {
      var first: String
      var second: String
      var weight: Double
      var kind: String
    }
    var frustrationIndex: Int
    var exact: Bool
    var frustratedWeight: Double
    var triangles: Triangles
    var camps: [[String]]
    var frustrated: [Tie]
    var weights: String
  }

  struct StanceRecord: Decodable {
    var source: String
    var target: String
    var score: Double
    var label: String
    var counts: [String: Int]
    var statements: [StatementRecord]
  }

  struct ExplainReport: Decodable {
    var source: StanceRecord?
    var reverse: StanceRecord?
  }

  struct PositionsReport: Decodable {
    struct Claim: Decodable {
      var id: String
      var text: String
      var supporters: [String]
      var opponents: [String]
      var implicated: [String]
      var statements: [Int]
    }
    struct Tie: Decodable {
      var first: String
      var second: String
      var count: Int
      var jaccard: Double
      var claims: [String]

      var pair: Set<String> { [first, second] }
    }
    var claims: [Claim]
    var congruence: [Tie]
    var conflict: [Tie]
  }

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
        lines.first?.hasPrefix("2 blocs of 10 actors; exact, proven optimal") == true, "\(run)")
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
      #expect(text.stdoutLines.first?.hasPrefix("2 blocs of 8 actors") == true, "\(text)")
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
        ["clusters", "-", "--format", "csv", "--weights", "unit", "--json"], input: csv)
      let report = try AnalysisCommandTests.decode(ClustersReport.self, run)
      #expect(report.memberSets == AnalysisCommandTests.hageHararyGroups, "\(run)")
    }
  }

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
  }

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

  // MARK: - help

  @Suite struct Help {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    static let subcommands = ["stances", "explain", "positions", "clusters", "balance"]

    /// The lines of the discussion's example block: from `Example:` to `USAGE:`.
    static func exampleBlock(_ help: String) -> [String] {
      let lines = ToolRun.lines(of: help)
      guard let start = lines.firstIndex(where: { $0.hasPrefix("Example") }) else { return [] }
      let end = lines[start...].firstIndex(where: { $0.hasPrefix("USAGE:") }) ?? lines.endIndex
      return Array(lines[(start + 1)..<end]).filter { !$0.isEmpty }
    }

    /// Splits an example command line into arguments, honouring double quotes.
    static func arguments(of command: String) -> [String] {
      var arguments: [String] = []
      var current = ""
      var quoted = false
      var started = false
      for character in command {
        if character == "\"" {
          quoted.toggle()
          started = true
        } else if character == " " && !quoted {
          if started { arguments.append(current) }
          current = ""
          started = false
        } else {
          current.append(character)
          started = true
        }
      }
      if started { arguments.append(current) }
      return arguments
    }

    // That each subcommand's help shows an example that fits the help width is checked for
    // every subcommand in CLITests.Help; here the examples are also run.

    /// The examples on the seed example run from the package root.
    @Test(arguments: subcommands)
    func examplesRun(subcommand: String) throws {
      let help = try sandbox.run(subcommand, "--help")
      let commands = Help.exampleBlock(help.stdout)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { $0.hasPrefix("stancegraph \(subcommand) Examples/") }
      #expect(!commands.isEmpty, "\(help)")
      for command in commands {
        let arguments = Array(Help.arguments(of: command).dropFirst())
        let run = try StanceGraphTool.run(arguments, in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run)")
        #expect(!run.stdout.isEmpty, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
      }
    }

    @Test func topLevelHelpListsTheAnalysisSubcommands() throws {
      let run = try sandbox.run("--help")
      #expect(run.status == 0, "\(run)")
      for subcommand in Help.subcommands {
        #expect(run.stdout.contains("  \(subcommand) "), "\(run)")
      }
    }
  }
}
