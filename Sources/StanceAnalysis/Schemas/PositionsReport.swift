import StanceGraph

/// What `stancegraph positions --json` prints: each claim's sides and the congruence and
/// conflict ties between actors.
package struct PositionsReport: Hashable, Sendable, Codable {
  package struct Claim: Hashable, Sendable, Codable {
    package var id: String
    package var text: String
    package var supporters: [String]
    package var opponents: [String]
    package var implicated: [String]
    /// 1-based statement numbers.
    package var statements: [Int]
  }
  package struct Tie: Hashable, Sendable, Codable {
    package var first: String
    package var second: String
    package var count: Int
    package var jaccard: Double
    package var claims: [String]

    init(_ tie: Positions.ActorTie, _ graph: ClaimGraph) {
      first = graph[tie.first].id
      second = graph[tie.second].id
      count = tie.count
      jaccard = tie.jaccard
      claims = tie.claims.map { graph[$0].id }
    }
  }
  package var claims: [Claim]
  package var congruence: [Tie]
  package var conflict: [Tie]
  /// The period the file was cut to, when one was given.
  package var period: PeriodRecord?
  /// In a windowed output (`--window`): the window.
  package var window: WindowRecord?

  /// The report of `positions`.
  package init(_ positions: Positions) {
    let graph = positions.graph
    func list(_ actors: [ActorID]) -> [String] { actors.map { graph[$0].id } }
    claims = positions.claims.map {
      Claim(
        id: graph[$0.claim].id, text: graph[$0.claim].text, supporters: list($0.supporters),
        opponents: list($0.opponents), implicated: list($0.implicated),
        statements: $0.statements.map { $0.index + 1 })
    }
    congruence = positions.congruence.map { Tie($0, graph) }
    conflict = positions.conflict.map { Tie($0, graph) }
  }
}
