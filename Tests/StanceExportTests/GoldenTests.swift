import Foundation
import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceExport

/// The encoder's output is the same bytes for the same input (STYLE.md section 7), so the seed
/// example's DOT is kept as a golden file and compared byte for byte.
@Suite struct GoldenTests {
  typealias Support = GraphvizTestSupport

  /// `Golden/korea.gv` beside this file: read through `#filePath`, not as a bundle resource.
  static let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/korea.gv").path

  static let updateVariable = "STANCEGRAPH_UPDATE_GOLDEN"

  /// The seed loaded twice (two graphs built apart, so any dictionary-order dependence shows)
  /// encodes to the same bytes in every mode, with and without blocs.
  @Test func encodingTheSeedTwiceGivesTheSameBytes() throws {
    let first = try Support.seed()
    let second = try Support.seed()
    let firstClusters = try Support.seedClusters(first)
    let secondClusters = try Support.seedClusters(second)
    for options in DOTEscapingTests.optionCombinations {
      let encoder = DOTEncoder(options: options)
      #expect(encoder.encode(first) == encoder.encode(second), "\(options)")
      #expect(encoder.encode(first) == encoder.encode(first), "\(options)")
      #expect(
        encoder.encoding(first, clusters: firstClusters)
          == encoder.encoding(second, clusters: secondClusters), "\(options)")
    }
  }

  /// Set `STANCEGRAPH_UPDATE_GOLDEN=1` to rewrite the golden file from today's encoder, then
  /// review the change with `git diff`.
  @Test func seedDOTMatchesTheGoldenFile() throws {
    let dot = DOTEncoder().encode(try Support.seed())
    if ProcessInfo.processInfo.environment[Self.updateVariable] == "1" {
      try dot.write(toFile: Self.goldenPath, atomically: true, encoding: .utf8)
      return
    }
    let regenerate =
      "if the change is intended, regenerate it with `\(Self.updateVariable)=1 swift test "
      + "--filter StanceGraphvizTests.GoldenTests` and review "
      + "`git diff Tests/StanceGraphvizTests/Golden`"
    guard let golden = try? String(contentsOfFile: Self.goldenPath, encoding: .utf8) else {
      Issue.record("no golden file at \(Self.goldenPath): \(regenerate)")
      return
    }
    guard golden != dot else { return }
    let expectedLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = dot.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    let expected = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
    let actual = line < actualLines.count ? String(actualLines[line]) : "(end of output)"
    Issue.record(
      Comment(
        rawValue: "DOTEncoder().encode(seed) differs from Golden/korea.gv at line \(line + 1):\n"
          + "  golden:  \(expected)\n  encoded: \(actual)\n\(regenerate)"))
  }

  /// The golden file is DOT that cgraph reads as the seed: a guard against committing a broken
  /// regeneration.
  @Test func theGoldenFileIsTheSeedGraph() throws {
    let seed = try Support.seed()
    let golden = try String(contentsOfFile: Self.goldenPath, encoding: .utf8)
    let parsed = try GraphvizRenderer.parse(golden)
    #expect(parsed.nodes.map(\.name) == seed.actors.map(\.id))
    #expect(parsed.nodes.map(\.label) == seed.actors.map(\.name))
    #expect(parsed.edgeCount == Support.expectedEdgeCount(seed, .statements))
    #expect(parsed.warnings.isEmpty)
  }
}
