import Foundation
import StanceAnalysis
import StanceGraph

/// Printing JSON. The shapes are the library's schema types (`ClustersReport`, `StanceRecord`,
/// `ActorRecord`, ...), documented in docs/cli.md.
enum JSONOutput {

  static func print(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    Swift.print(String(decoding: data, as: UTF8.self))
  }
}
