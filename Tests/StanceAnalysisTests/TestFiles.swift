import Foundation

enum TestFiles {
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let seedExample = packageRoot.appendingPathComponent(
    "Examples/korea-armistice/claims.yaml"
  ).path
}
