import StanceGraph

/// What `stancegraph clusters --json` prints: the blocs, how sure they are, the weights
/// between them and the frustrated ties with the statements behind them.
public struct ClustersReport: Hashable, Sendable, Codable {
  public struct Bloc: Hashable, Sendable, Codable {
    public var name: String
    /// The id of the member the bloc is named after.
    public var central: String
    public var members: [String]
    public var size: Int
    public var internalWeight: Double
    /// Whether the bloc is an actor without ties.
    public var isolated: Bool
  }
  public struct Certificate: Hashable, Sendable, Codable {
    public var nodesExplored: Int
    public var lowerBound: Double
    public var bound: String
  }
  public struct Frustrated: Hashable, Sendable, Codable {
    public var first: String
    public var second: String
    public var weight: Double
    /// `hostile inside a bloc` or `friendly across blocs`.
    public var kind: String
    public var statements: [StatementRecord]
  }
  public var method: String
  public var optimal: Bool
  public var disagreement: Double
  public var violations: Int
  public var weights: String
  public var rolledUp: Bool
  public var actors: Int
  public var ties: Int
  /// The exact solver's proof; nil for the heuristic.
  public var certificate: Certificate?
  public var restarts: Int
  public var stability: Double?
  public var blocs: [Bloc]
  public var between: [[Double]]
  public var frustrated: [Frustrated]
  /// The period the file was cut to (`--since`, `--until`, `--undated`), when one was given.
  public var period: PeriodRecord?
  /// In a windowed output (`--window`): the window.
  public var window: WindowRecord?
  /// In a windowed output: the blocs with their identities across windows.
  public var tracked: [TrackedBlocRecord]?
  /// In a windowed output: what changed since the previous window with blocs.
  public var events: [BlocEventRecord]?

  /// The report of `clusters`.
  public init(_ clusters: AllianceClusters) {
    let projection = clusters.projection
    let graph = projection.graph
    method = clusters.method.rawValue
    optimal = clusters.isOptimal
    disagreement = JSONNumber.clean(clusters.disagreement)
    violations = clusters.violations
    weights = projection.policy.description
    rolledUp = projection.rollUp != nil
    actors = graph.actorCount
    ties = projection.signed.tieCount
    certificate = clusters.certificate.map {
      Certificate(
        nodesExplored: $0.nodesExplored, lowerBound: JSONNumber.clean($0.lowerBound),
        bound: $0.bound)
    }
    restarts = clusters.restartsRun
    stability = clusters.stability
    blocs = clusters.blocs.map {
      Bloc(
        name: $0.name, central: graph[$0.centralMember].id,
        members: $0.members.map { graph[$0].id },
        size: $0.members.count, internalWeight: JSONNumber.clean($0.internalWeight),
        isolated: $0.isIsolated)
    }
    between = clusters.betweenWeights.map { $0.map(JSONNumber.clean) }
    frustrated = clusters.frustratedTies.map { tie in
      Frustrated(
        first: graph[tie.first].id, second: graph[tie.second].id,
        weight: JSONNumber.clean(tie.weight),
        kind: tie.isInside ? "hostile inside a bloc" : "friendly across blocs",
        statements: tie.contributions.map { StatementRecord($0, in: graph) })
    }
  }
}
