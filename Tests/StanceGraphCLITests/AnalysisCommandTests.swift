import Foundation
import StanceAnalysis
import StanceTestSupport
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

  // MARK: - JSON shapes (docs/cli.md): the library's schema types, decoded

  typealias StatementRecord = StanceAnalysis.StatementRecord
  typealias ClustersReport = StanceAnalysis.ClustersReport
  typealias BalanceReport = StanceAnalysis.BalanceReport
  typealias StanceRecord = StanceAnalysis.StanceRecord
  typealias ExplainReport = StanceAnalysis.ExplainReport
  typealias PositionsReport = StanceAnalysis.PositionsReport
}

extension ClustersReport {
  var memberSets: Set<Set<String>> { Set(blocs.map { Set($0.members) }) }
  /// The blocs, largest first.
  var bySize: [Bloc] { blocs.sorted { $0.members.count > $1.members.count } }
}

extension PositionsReport.Tie {
  var pair: Set<String> { [first, second] }
}
