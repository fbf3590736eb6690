import StanceGraph

/// What `stancegraph clusters --json` prints: the blocs, how sure they are, the weights
/// between them and the frustrated ties with the statements behind them.
package struct ClustersReport: Hashable, Sendable, Codable {
  package struct Bloc: Hashable, Sendable, Codable {
    package var name: String
    /// The id of the member the bloc is named after.
    package var central: String
    package var members: [String]
    package var size: Int
    package var internalWeight: Double
    /// Whether the bloc is an actor without ties.
    package var isolated: Bool
    /// Whether the bloc's connected group was proven optimal.
    package var proven: Bool
  }
  package struct Certificate: Hashable, Sendable, Codable {
    package var nodesExplored: Int
    package var lowerBound: Double
    package var bound: String
    /// The solvers that ran (branch and bound, CBC), with their versions.
    package var solvers: [String]
    package var seconds: Double
    package var provenComponents: Int
    package var components: Int
  }
  package struct Frustrated: Hashable, Sendable, Codable {
    package var first: String
    package var second: String
    package var weight: Double
    /// `hostile inside a bloc` or `friendly across blocs`.
    package var kind: String
    package var statements: [StatementRecord]
  }
  package var method: String
  package var optimal: Bool
  package var disagreement: Double
  package var violations: Int
  /// What was minimised, in words.
  package var minimised: String
  package var weights: String
  package var rolledUp: Bool
  package var actors: Int
  package var ties: Int
  /// The exact solver's proof; nil for the heuristic.
  package var certificate: Certificate?
  package var restarts: Int
  package var stability: Double?
  package var blocs: [Bloc]
  package var between: [[Double]]
  package var frustrated: [Frustrated]
  /// The period the file was cut to (`--since`, `--until`, `--undated`), when one was given.
  package var period: PeriodRecord?
  /// In a windowed output (`--window`): the window.
  package var window: WindowRecord?
  /// In a windowed output: the blocs with their identities across windows.
  package var tracked: [TrackedBlocRecord]?
  /// In a windowed output: what changed since the previous window with blocs.
  package var events: [BlocEventRecord]?

  /// The report of `clusters`.
  package init(_ clusters: AllianceClusters) {
    let projection = clusters.projection
    let graph = projection.graph
    method = clusters.method.rawValue
    optimal = clusters.isOptimal
    disagreement = JSONNumber.clean(clusters.disagreement)
    violations = clusters.violations
    minimised = "disagreement (the summed weight of the frustrated ties)"
    weights = projection.policy.description
    rolledUp = projection.rollUp != nil
    actors = graph.actorCount
    ties = projection.signed.tieCount
    certificate = clusters.certificate.map {
      Certificate(
        nodesExplored: $0.nodesExplored, lowerBound: JSONNumber.clean($0.lowerBound),
        bound: $0.bound, solvers: $0.solvers, seconds: $0.seconds,
        provenComponents: $0.provenComponents, components: $0.components)
    }
    restarts = clusters.restartsRun
    stability = clusters.stability
    blocs = clusters.blocs.map {
      Bloc(
        name: $0.name, central: graph[$0.centralMember].id,
        members: $0.members.map { graph[$0].id },
        size: $0.members.count, internalWeight: JSONNumber.clean($0.internalWeight),
        isolated: $0.isIsolated, proven: $0.isProven)
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
