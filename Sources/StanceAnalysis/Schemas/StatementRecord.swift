import StanceGraph

/// One statement as the analysis subcommands' JSON prints it (docs/cli.md): 1-based id, actor
/// ids, claim text, date, weight and evidence, and the signed weight it contributes.
package struct StatementRecord: Hashable, Sendable, Codable {
  /// The statement's 1-based number in its file.
  package var id: Int
  package var source: String
  package var relation: String
  package var target: String?
  /// The actor a denial's weight goes to: the one who made the denied claim.
  package var inferredTarget: String?
  package var claim: String?
  package var date: String?
  package var weight: Double
  /// The signed weight the statement adds to a tie or stance.
  package var contribution: Double?
  package var document: String?
  package var sentence: Int?
  package var quote: String?

  /// The record of a contribution to a tie or stance.
  package init(_ contribution: SignedProjection.Contribution, in graph: ClaimGraph) {
    self.init(contribution.statement, in: graph)
    self.contribution = contribution.weight
    if contribution.isInferred { inferredTarget = graph[contribution.target].id }
  }

  /// The record of a statement.
  package init(_ id: StatementID, in graph: ClaimGraph) {
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

/// Numbers for JSON output.
enum JSONNumber {
  /// A sum of weights without floating-point noise (31.200000000000003 → 31.2).
  static func clean(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }
}
