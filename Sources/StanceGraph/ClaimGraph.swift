/// A directed multigraph of actors linked by statements, each keeping its claim, date and
/// evidence.
///
/// Actors, claims and statements live in contiguous arrays addressed by dense ids
/// (``ActorID``, ``ClaimID``, ``StatementID``). Lookups by id, name or alias are O(1)
/// (``actorID(named:)``), and the statements from and to each actor are indexed, so
/// ``statements(from:)`` costs O(out-degree).
///
/// ```swift
/// var graph = ClaimGraph()
/// let us = try graph.add(Actor(id: "US", name: "United States", kind: .state, aliases: ["U.S."]))
/// let kp = try graph.add(Actor(id: "KP", name: "North Korea", kind: .state))
/// try graph.add(Statement(source: us, relation: .accuses, target: kp))
/// graph.actorID(named: "u.s.") == us   // true
/// ```
///
/// Read and write files with ``init(contentsOf:format:)`` and ``encoded(as:)``.
public struct ClaimGraph: Sendable {
  /// Every actor, indexed by ``ActorID``.
  public internal(set) var actors: [Actor] = []
  /// Every claim, indexed by ``ClaimID``.
  public internal(set) var claims: [Claim] = []
  /// Every statement, indexed by ``StatementID``, in the order they were added.
  public internal(set) var statements: [Statement] = []
  /// Free-form information about the graph (title, source).
  public var metadata: [String: String] = [:]

  /// Ids, names and aliases as written, then under their ``ActorNameKey``.
  var exactNames: [String: ActorID] = [:]
  var normalizedNames: [ActorNameKey: ActorID] = [:]
  var claimIDs: [String: ClaimID] = [:]
  /// The actor each actor represents, resolved.
  var representatives: [ActorID?] = []
  /// Statement ids by source and by target, in insertion order.
  var outgoing: [[StatementID]] = []
  var incoming: [[StatementID]] = []

  /// An empty graph.
  public init(metadata: [String: String] = [:]) {
    self.metadata = metadata
  }

  public var actorCount: Int { actors.count }
  public var claimCount: Int { claims.count }
  public var statementCount: Int { statements.count }

  public subscript(actor: ActorID) -> Actor {
    precondition(actor.index < actors.count && actor.rawValue >= 0, "\(actor) is not in this graph")
    return actors[actor.index]
  }

  public subscript(claim: ClaimID) -> Claim {
    precondition(claim.index < claims.count && claim.rawValue >= 0, "\(claim) is not in this graph")
    return claims[claim.index]
  }

  public subscript(statement: StatementID) -> Statement {
    precondition(
      statement.index < statements.count && statement.rawValue >= 0,
      "\(statement) is not in this graph")
    return statements[statement.index]
  }

  /// The metadata key that names the weighting a file's ties were made for: a `source,target,sign`
  /// edge list records `unit`, and analysis uses it unless told otherwise.
  public static let weightsMetadataKey = "weights"

  /// Every actor id, in order.
  public var actorIDs: [ActorID] { (0..<actors.count).map(ActorID.init(_:)) }
  /// Every statement id, in order.
  public var statementIDs: [StatementID] { (0..<statements.count).map(StatementID.init) }
  /// Every claim id, in order.
  public var claimIDList: [ClaimID] { (0..<claims.count).map(ClaimID.init) }
}

extension ClaimGraph: Hashable {
  /// Graphs are equal when they hold the same actors, claims and statements in the same order,
  /// and the same metadata; indices derived from them are not compared.
  public static func == (lhs: ClaimGraph, rhs: ClaimGraph) -> Bool {
    lhs.actors == rhs.actors && lhs.claims == rhs.claims && lhs.statements == rhs.statements
      && lhs.metadata == rhs.metadata
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(actors)
    hasher.combine(claims)
    hasher.combine(statements)
    hasher.combine(metadata)
  }
}
