import Foundation
import StanceTestSupport
import Testing

/// `balance` and `clusters` with the exact methods: what they prove, on cow-1990-1993, and
/// that CBC prints nothing of its own.
@Suite struct ProofCommandTests {
  static let cow = Fixtures.packageRoot.appendingPathComponent(
    "Tests/StanceAnalysisTests/Fixtures/cow-1990-1993.csv")

  struct BalanceReport: Decodable {
    struct Certificate: Decodable {
      var solvers: [String]
      var lowerBound: Int
      var seconds: Double
      var provenComponents: Int
      var components: Int
    }
    var frustrationIndex: Int
    var exact: Bool
    var lowerBound: Int
    var upperBound: Int
    var gap: Double
    var method: String
    var minimised: String
    var certificate: Certificate?
  }

  struct ClustersReport: Decodable {
    struct Certificate: Decodable {
      var lowerBound: Double
      var bound: String
      var solvers: [String]
      var seconds: Double
      var provenComponents: Int
      var components: Int
    }
    struct Bloc: Decodable {
      var proven: Bool
    }
    var method: String
    var optimal: Bool
    var disagreement: Double
    var violations: Int
    var minimised: String
    var certificate: Certificate?
    var blocs: [Bloc]
  }

  let sandbox: Sandbox
  init() throws {
    sandbox = try Sandbox()
    try sandbox.write(try Data(contentsOf: Self.cow), to: "cow.csv")
  }

  /// A node budget of 1 sends the proof to CBC; its log must not reach stdout or stderr.
  @Test(arguments: ["20000000", "1"])
  func balanceProvesFortyFour(nodeBudget: String) throws {
    let run = try sandbox.run(
      "balance", "cow.csv", "--weights", "unit", "--node-budget", nodeBudget, "--json")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
    let report = try JSONDecoder().decode(BalanceReport.self, from: run.standardOutput)
    #expect(report.frustrationIndex == 44)
    #expect(report.exact)
    #expect(report.lowerBound == 44 && report.upperBound == 44 && report.gap == 0)
    #expect(report.method == "exact")
    let certificate = try #require(report.certificate)
    #expect(certificate.provenComponents == certificate.components)
    if nodeBudget == "1" {
      #expect(certificate.solvers.contains { $0.contains("CBC") || $0.contains("Clp") })
    }
  }

  @Test(arguments: ["20000000", "1"])
  func clustersProveThirtyNine(nodeBudget: String) throws {
    let run = try sandbox.run(
      "clusters", "cow.csv", "--weights", "unit", "--method", "exact", "--node-budget",
      nodeBudget, "--json")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
    let report = try JSONDecoder().decode(ClustersReport.self, from: run.standardOutput)
    #expect(report.optimal)
    #expect(report.disagreement == 39)
    #expect(report.certificate?.lowerBound == 39)
    #expect(report.blocs.allSatisfy { $0.proven })
    if nodeBudget == "1" { #expect(report.certificate?.bound.contains("CBC") == true) }

    let text = try sandbox.run(
      "clusters", "cow.csv", "--weights", "unit", "--node-budget", nodeBudget)
    #expect(text.status == 0, "\(text)")
    #expect(text.stderr.isEmpty, "\(text)")
    #expect(text.stdout.contains("exact, proven optimal"), "\(text)")
  }

  @Test func theFastMethodSaysItIsNotProven() throws {
    let run = try sandbox.run("balance", "cow.csv", "--weights", "unit", "--method", "fast")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("frustration 44 ties (upper bound: fast method, not proven)"))
  }

  /// With no time and no nodes, exact fails with the bounds; auto reports them.
  @Test func exactWithoutTimeFailsAndAutoReportsTheGap() throws {
    let limits = ["--time-limit", "0", "--node-budget", "0"]
    let exact = try sandbox.run(
      ["balance", "cow.csv", "--weights", "unit", "--method", "exact"] + limits, input: nil)
    #expect(exact.status == 1, "\(exact)")
    #expect(exact.stdout.isEmpty, "\(exact)")
    #expect(exact.stderr.contains("lower bound"), "\(exact)")
    let auto = try sandbox.run(
      ["balance", "cow.csv", "--weights", "unit", "--json"] + limits, input: nil)
    #expect(auto.status == 0, "\(auto)")
    let report = try JSONDecoder().decode(BalanceReport.self, from: auto.standardOutput)
    #expect(report.lowerBound <= report.upperBound)
    #expect(report.upperBound == 44, "the fast method's camps are kept")

    let clusters = try sandbox.run(
      ["clusters", "cow.csv", "--weights", "unit", "--method", "exact"] + limits, input: nil)
    #expect(clusters.status == 1, "\(clusters)")
    #expect(clusters.stderr.contains("--time-limit"), "\(clusters)")
  }

  @Test(arguments: [["--time-limit", "-1"], ["--time-limit", "nan"], ["--node-budget", "-5"]])
  func badLimitsAreUsageErrors(option: [String]) throws {
    let run = try sandbox.run(["balance", "cow.csv"] + option, input: nil)
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains(option[0]), "\(run)")
  }
}
