import StanceGraph

/// What `stancegraph positions --json` prints: each claim's sides and the congruence and
/// conflict ties between actors.
public struct PositionsReport: Hashable, Sendable, Codable {
  public struct Claim: Hashable, Sendable, Codable {
    public var id: String
    public var text: String
    public var supporters: [String]
    public var opponents: [String]
    public var implicated: [String]
    /// 1-based statement numbers.
    public var statements: [Int]
  }
  public struct Tie: Hashable, Sendable, Codable {
    public var first: String
    public var second: String
    public var count: Int
    public var jaccard: Double
    public var claims: [String]

    init(_ tie: Positions.ActorTie, _ graph: ClaimGraph) {
      first = graph[tie.first].id
      second = graph[tie.second].id
      count = tie.count
      jaccard = tie.jaccard
      claims = tie.claims.map { graph[$0].id }
    }
  }
  public var claims: [Claim]
  public var congruence: [Tie]
  public var conflict: [Tie]
  /// The period the file was cut to, when one was given.
  public var period: PeriodRecord?
  /// In a windowed output (`--window`): the window.
  public var window: WindowRecord?

  /// The report of `positions`.
  public init(_ positions: Positions) {
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
