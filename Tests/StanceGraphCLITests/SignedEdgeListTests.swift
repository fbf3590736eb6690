import Foundation
import StanceTestSupport
import Testing

/// A classic signed edge list (`source,target,sign`) is analysed with unit weights unless
/// --weights says otherwise: Goldstein weights (friendly +5.2, hostile -2) gave 5 blocs on a
/// network where signs give 3.
@Suite struct SignedEdgeListTests {
  static let triangle = "source,target,sign\nA,B,+\nB,C,+\nA,C,-\n"

  @Test func signsAreWeighedAsSigns() throws {
    let sandbox = try Sandbox()
    try sandbox.write(Self.triangle, to: "signed.csv")
    let run = try StanceGraphTool.run(["clusters", "signed.csv"], in: sandbox.directory)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("weights: unit"), "\(run.stdout)")
    #expect(run.stdout.contains("disagreement 1 over 1 frustrated tie"), "\(run.stdout)")
  }

  @Test func weightsOnTheCommandLineWin() throws {
    let sandbox = try Sandbox()
    try sandbox.write(Self.triangle, to: "signed.csv")
    let run = try StanceGraphTool.run(
      ["clusters", "signed.csv", "--weights", "goldstein"], in: sandbox.directory)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("weights: goldstein"), "\(run.stdout)")
  }

  /// Gahuku-Gama as published: three groups and two frustrated ties, with no --weights.
  @Test func gahukuGamaNeedsNoWeightsOption() throws {
    let path = Fixtures.path("Tests/StanceAnalysisTests/Fixtures/gahuku-gama.csv")
    let run = try StanceGraphTool.run(
      ["clusters", path, "--max-blocs", "3"], in: Fixtures.packageRoot)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("disagreement 2 over 2 frustrated ties"), "\(run.stdout)")
  }
}
