import Foundation
import StanceAnalysis
import StanceGraph

/// JSON shapes the analysis subcommands print; documented in docs/cli.md.
enum JSONOutput {
  struct StatementRecord: Encodable {
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

    init(_ contribution: SignedProjection.Contribution, in graph: ClaimGraph) {
      self.init(contribution.statement, in: graph)
      self.contribution = contribution.weight
      if contribution.isInferred { inferredTarget = graph[contribution.target].id }
    }

    init(_ id: StatementID, in graph: ClaimGraph) {
      let statement = graph[id]
      self.id = id.index + 1
      source = graph[statement.source].id
      relation = statement.relation.rawValue
      target = statement.target.map { graph[$0].id }
      claim = statement.claim.map { graph[$0].text }
      date = statement.date?.description
      weight = statement.weight
      document = statement.evidence?.document
      sentence = statement.evidence?.sentence
      quote = statement.evidence?.quote
    }
  }

  /// A sum of weights without floating-point noise (31.200000000000003 → 31.2).
  static func clean(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }

  static func print(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    Swift.print(String(decoding: data, as: UTF8.self))
  }
}
