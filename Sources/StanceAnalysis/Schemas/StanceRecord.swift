import StanceGraph

/// One stance as `stancegraph stances --json` prints it: score, label, counts by relation and
/// the statements behind it.
package struct StanceRecord: Hashable, Sendable, Codable {
  package var source: String
  package var target: String
  package var score: Double
  package var label: String
  /// Statements by relation (`accuses`, `denies`, `allies-with`, `warns`).
  package var counts: [String: Int]
  package var statements: [StatementRecord]

  /// The record of `stance`, whose actors are actors of `graph`.
  package init(_ stance: Stances.Stance, in graph: ClaimGraph) {
    source = graph[stance.source].id
    target = graph[stance.target].id
    score = JSONNumber.clean(stance.score)
    label = stance.label.rawValue
    counts = Dictionary(
      uniqueKeysWithValues: Relation.allCases.map { ($0.rawValue, stance.count(of: $0)) })
    statements = stance.contributions.map { StatementRecord($0, in: graph) }
  }
}

/// What `stancegraph explain --json` prints: the stance of A toward B and the reverse, each
/// null when that actor said nothing about the other.
package struct ExplainReport: Hashable, Sendable, Codable {
  package var source: StanceRecord?
  package var reverse: StanceRecord?

  package init(source: StanceRecord?, reverse: StanceRecord?) {
    self.source = source
    self.reverse = reverse
  }

  private enum CodingKeys: String, CodingKey { case source, reverse }

  /// Writes both keys, null when there is no stance (synthesised coding leaves them out, and
  /// two missing stances printed `{}`).
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(reverse, forKey: .reverse)
  }
}
