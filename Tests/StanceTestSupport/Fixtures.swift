import Foundation
import StanceGraph

/// Paths to the files every test target reads: the package root, the bundled example and the
/// published reference networks.
public enum Fixtures {
  /// The package root, found from this file's path (Tests/StanceTestSupport/Fixtures.swift).
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The Korea armistice example.
  public static let seedExamplePath = packageRoot.appendingPathComponent(
    "Examples/korea-armistice/claims.yaml"
  ).path

  /// A path below the package root.
  public static func path(_ relative: String) -> String {
    packageRoot.appendingPathComponent(relative).path
  }

  /// The Korea armistice example: 10 actors, 24 statements.
  public static func seed() throws -> ClaimGraph {
    try ClaimGraph(contentsOf: seedExamplePath)
  }
}
