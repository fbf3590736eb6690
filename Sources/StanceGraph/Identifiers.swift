/// The dense index of an actor in a ``ClaimGraph``: `graph.actors[Int(id.rawValue)]`.
///
/// Ids are assigned in insertion order, starting at zero, and are only meaningful for the graph
/// that issued them. Using an id from another graph is a programmer error.
public struct ActorID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
  init(_ index: Int) { self.rawValue = Int32(truncatingIfNeeded: index) }
  /// The position of the actor in ``ClaimGraph/actors``.
  public var index: Int { Int(rawValue) }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { "actor#\(rawValue)" }
}

/// The dense index of a statement in a ``ClaimGraph``: `graph.statements[Int(id.rawValue)]`.
public struct StatementID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible
{
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
  init(_ index: Int) { self.rawValue = Int32(truncatingIfNeeded: index) }
  /// The position of the statement in ``ClaimGraph/statements``.
  public var index: Int { Int(rawValue) }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { "statement#\(rawValue)" }
}

/// The dense index of a claim in a ``ClaimGraph``: `graph.claims[Int(id.rawValue)]`.
public struct ClaimID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  public var rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }
  init(_ index: Int) { self.rawValue = Int32(truncatingIfNeeded: index) }
  /// The position of the claim in ``ClaimGraph/claims``.
  public var index: Int { Int(rawValue) }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  public var description: String { "claim#\(rawValue)" }
}

/// Two actors as one key: a directed pair (source, target), or with ``init(unordered:_:)`` the
/// lower id first, for ties that have no direction. Ordered by the first actor, then the second.
///
/// ```swift
/// var stances: [ActorPair: Double] = [:]
/// stances[ActorPair(us, kp), default: 0] -= 2
/// ```
public struct ActorPair: Hashable, Comparable, Sendable {
  public var first: ActorID
  public var second: ActorID

  public init(_ first: ActorID, _ second: ActorID) {
    self.first = first
    self.second = second
  }

  /// The pair with the lower id first.
  public init(unordered a: ActorID, _ b: ActorID) {
    (first, second) = a < b ? (a, b) : (b, a)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.first, lhs.second) < (rhs.first, rhs.second)
  }
}

extension ActorID {
  /// The actor at position `node` of a graph's actors: node *i* of a signed projection is
  /// actor *i*.
  public init(node: Int) { self.init(node) }
}
