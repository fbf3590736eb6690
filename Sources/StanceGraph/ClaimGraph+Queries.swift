extension ClaimGraph {
  /// The actor with this id, name or alias, ignoring case, periods and spacing.
  ///
  /// An exact spelling is tried first, then the normalised one, so `"US"`, `"u.s."` and
  /// `"United States"` resolve to one actor when its id, name or aliases include them.
  ///
  /// - Complexity: O(1) for a spelling as written in the graph; O(*n*) in the length of
  ///   `spelling` otherwise.
  public func actorID(named spelling: String) -> ActorID? {
    exactNames[spelling] ?? normalizedNames[ActorNameKey(spelling)]
  }

  /// The claim with this id.
  ///
  /// - Complexity: O(1).
  public func claimID(named id: String) -> ClaimID? { claimIDs[id] }

  /// The actor `actor` speaks for directly, if any.
  public func representative(of actor: ActorID) -> ActorID? {
    _ = self[actor]
    return representatives[actor.index]
  }

  /// The end of the chain of representatives starting at `actor` (the actor itself when it
  /// represents nobody): a deputy minister → the ministry → the state.
  ///
  /// - Complexity: O(*k*) in the length of the chain.
  public func ultimateRepresentative(of actor: ActorID) -> ActorID {
    var current = actor
    while let next = representative(of: current) { current = next }
    return current
  }

  /// The statements `actor` made, in insertion order.
  ///
  /// - Complexity: O(1); the result is a stored array.
  public func statements(from actor: ActorID) -> [StatementID] {
    _ = self[actor]
    return outgoing[actor.index]
  }

  /// The statements whose target is `actor`, in insertion order.
  ///
  /// - Complexity: O(1); the result is a stored array.
  public func statements(to actor: ActorID) -> [StatementID] {
    _ = self[actor]
    return incoming[actor.index]
  }

  /// The statements `source` made about `target`, in insertion order.
  ///
  /// - Complexity: O(*d*) in the smaller of the source's out-degree and the target's in-degree.
  public func statements(from source: ActorID, to target: ActorID) -> [StatementID] {
    let out = statements(from: source)
    let into = statements(to: target)
    if out.count <= into.count {
      return out.filter { statements[$0.index].target == target }
    }
    return into.filter { statements[$0.index].source == source }
  }

  /// The statements between two actors in either direction, in insertion order.
  ///
  /// - Complexity: O(*d*) in the degrees of the two actors.
  public func statements(between first: ActorID, and second: ActorID) -> [StatementID] {
    (statements(from: first, to: second) + statements(from: second, to: first)).sorted()
  }

  /// The statements that reference `claim`, in insertion order.
  ///
  /// - Complexity: O(*s*) in the number of statements.
  public func statements(about claim: ClaimID) -> [StatementID] {
    _ = self[claim]
    return statementIDs.filter { statements[$0.index].claim == claim }
  }

  /// The statements that pass `filter`, in insertion order.
  ///
  /// - Complexity: O(*s*) in the number of statements, or O(*d*) in the degrees of the filter's
  ///   actors when it names actors.
  public func statementIDs(matching filter: StatementFilter) -> [StatementID] {
    let candidates: [StatementID]
    if let actors = filter.actors {
      var ids = Set<StatementID>()
      for actor in actors {
        ids.formUnion(statements(from: actor))
        ids.formUnion(statements(to: actor))
      }
      candidates = ids.sorted()
    } else {
      candidates = statementIDs
    }
    return candidates.filter { filter.matches(statements[$0.index]) }
  }

  /// The graph with only the statements that pass `filter`; actors and claims are kept.
  ///
  /// - Complexity: O(*s* + *a*).
  public func filtered(by filter: StatementFilter) -> ClaimGraph {
    var result = self
    result.replaceStatements(with: statementIDs(matching: filter).map { statements[$0.index] })
    return result
  }

  /// The graph with only the statements whose date overlaps `dates`, both ends included:
  /// `graph.filtered(dates: PartialDate.month(2023, 11)...PartialDate.month(2023, 12))` keeps
  /// November and December 2023, and a statement dated only `2023` (it may have been made then).
  /// Undated statements are dropped; actors and claims are kept.
  ///
  /// - Complexity: O(*s* + *a*).
  public func filtered(dates: ClosedRange<PartialDate>) -> ClaimGraph {
    filtered(
      by: StatementFilter(dates: DateRange(since: dates.lowerBound, until: dates.upperBound)))
  }

  /// Replaces every statement and rebuilds the adjacency; the statements must already be valid.
  mutating func replaceStatements(with newStatements: [Statement]) {
    statements = newStatements
    outgoing = Array(repeating: [], count: actors.count)
    incoming = Array(repeating: [], count: actors.count)
    for (index, statement) in statements.enumerated() {
      outgoing[statement.source.index].append(StatementID(index))
      if let target = statement.target { incoming[target.index].append(StatementID(index)) }
    }
  }

  /// The earliest and the latest statement dates (in ``PartialDate`` order), or nil when
  /// nothing is dated.
  ///
  /// - Complexity: O(*s*).
  public var dateRange: ClosedRange<PartialDate>? {
    var earliest: PartialDate?
    var latest: PartialDate?
    for statement in statements {
      guard let date = statement.date else { continue }
      if earliest.map({ date < $0 }) ?? true { earliest = date }
      if latest.map({ $0 < date }) ?? true { latest = date }
    }
    guard let earliest, let latest else { return nil }
    return earliest...latest
  }
}

/// Which statements to keep: every set condition must hold.
///
/// ```swift
/// let filter = StatementFilter(relations: [.accuses], dates: DateRange(since: PartialDate("2023")))
/// let accusations = graph.statementIDs(matching: filter)
/// ```
public struct StatementFilter: Hashable, Sendable {
  /// Keep statements with one of these relations; nil keeps all.
  public var relations: Set<Relation>?
  /// Keep statements whose date overlaps this range.
  public var dates: DateRange
  /// Keep statements whose source or target is one of these actors; nil keeps all.
  public var actors: Set<ActorID>?
  /// Keep statements that reference one of these claims; nil keeps all.
  public var claims: Set<ClaimID>?

  public init(
    relations: Set<Relation>? = nil, dates: DateRange = DateRange(), actors: Set<ActorID>? = nil,
    claims: Set<ClaimID>? = nil
  ) {
    self.relations = relations
    self.dates = dates
    self.actors = actors
    self.claims = claims
  }

  /// Whether `statement` passes every condition.
  public func matches(_ statement: Statement) -> Bool {
    if let relations, !relations.contains(statement.relation) { return false }
    if !dates.contains(statement.date) { return false }
    if let actors,
      !actors.contains(statement.source) && !(statement.target.map(actors.contains) ?? false)
    {
      return false
    }
    if let claims, !(statement.claim.map(claims.contains) ?? false) { return false }
    return true
  }
}
