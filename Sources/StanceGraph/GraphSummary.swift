/// Counts that describe a graph: actors by kind, statements by relation, claims, dates.
public struct GraphSummary: Hashable, Sendable, Codable {
  public var actorCount: Int
  public var actorsByKind: [String: Int]
  public var statementCount: Int
  public var statementsByRelation: [String: Int]
  public var claimCount: Int
  /// Statements that reference a claim.
  public var statementsWithClaim: Int
  /// Statements with a date.
  public var datedStatements: Int
  /// The first and last dates, ISO 8601, when any statement is dated.
  public var earliestDate: String?
  public var latestDate: String?
  /// Actors that speak for another.
  public var representingActors: Int

  /// Summarises `graph`.
  ///
  /// - Complexity: O(*a* + *s*).
  public init(_ graph: ClaimGraph) {
    actorCount = graph.actorCount
    actorsByKind = Dictionary(uniqueKeysWithValues: Actor.Kind.allCases.map { ($0.rawValue, 0) })
    for actor in graph.actors { actorsByKind[actor.kind.rawValue, default: 0] += 1 }
    statementCount = graph.statementCount
    statementsByRelation = Dictionary(
      uniqueKeysWithValues: Relation.allCases.map { ($0.rawValue, 0) })
    statementsWithClaim = 0
    datedStatements = 0
    for statement in graph.statements {
      statementsByRelation[statement.relation.rawValue, default: 0] += 1
      if statement.claim != nil { statementsWithClaim += 1 }
      if statement.date != nil { datedStatements += 1 }
    }
    claimCount = graph.claimCount
    let range = graph.dateRange
    earliestDate = range?.lowerBound.description
    latestDate = range?.upperBound.description
    representingActors = graph.actorIDs.count { graph.representative(of: $0) != nil }
  }
}
