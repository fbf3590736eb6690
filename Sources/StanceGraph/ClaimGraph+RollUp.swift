/// A graph with actors folded into the actors they represent, and how it maps to the original.
public struct RollUp: Sendable {
  /// The rolled-up graph. Folded actors are gone; their ids, names and aliases became aliases
  /// of the actor they were folded into, so lookups by the old names still work.
  public var graph: ClaimGraph
  /// For each actor of the original graph, the actor of ``graph`` it became.
  public var actorMap: [ActorID]
  /// For each statement of ``graph``, the statement of the original graph it came from.
  public var originalStatements: [StatementID]
  /// Original statements dropped because both ends folded into one actor.
  public var droppedStatements: [StatementID]
}

extension ClaimGraph {
  /// The graph with every actor that represents another replaced by the actor at the end of
  /// its chain (Lloyd Austin → United States).
  ///
  /// Statements whose two ends fold into one actor are dropped: a statement links two actors.
  ///
  /// - Parameter kinds: fold only actors of these kinds (nil folds every representing actor).
  ///   A chain stops at the first actor whose kind is not folded.
  /// - Returns: the graph and the maps between old and new ids.
  /// - Complexity: O(*a* × *k* + *s*) for *a* actors with chains of length *k* and *s* statements.
  public func rollUp(folding kinds: Set<Actor.Kind>? = nil) -> RollUp {
    func folds(_ actor: ActorID) -> Bool {
      representatives[actor.index] != nil && (kinds?.contains(actors[actor.index].kind) ?? true)
    }
    func end(of actor: ActorID) -> ActorID {
      var current = actor
      while folds(current), let next = representatives[current.index] { current = next }
      return current
    }

    var result = ClaimGraph(metadata: metadata)
    result.claims = claims
    result.claimIDs = claimIDs
    var newID = [ActorID?](repeating: nil, count: actors.count)
    // Kept actors first, in their original order.
    for old in actorIDs where !folds(old) {
      var actor = actors[old.index]
      actor.represents = nil
      newID[old.index] = result.appendUnchecked(actor)
    }
    var actorMap = [ActorID](repeating: ActorID(0), count: actors.count)
    for old in actorIDs {
      guard let mapped = newID[end(of: old).index] else { continue }
      actorMap[old.index] = mapped
      if folds(old) {
        let actor = actors[old.index]
        for spelling in [actor.id, actor.name] + actor.aliases
        where result.actorID(named: spelling) == nil {
          result.actors[mapped.index].aliases.append(spelling)
          result.exactNames[spelling] = mapped
          result.normalizedNames[ActorNameKey(spelling)] = mapped
        }
      }
    }
    for old in actorIDs where !folds(old) {
      if let rep = representatives[old.index] {
        let mapped = actorMap[rep.index]
        result.representatives[actorMap[old.index].index] = mapped
        result.actors[actorMap[old.index].index].represents = result.actors[mapped.index].id
      }
    }

    var kept: [Statement] = []
    var original: [StatementID] = []
    var dropped: [StatementID] = []
    kept.reserveCapacity(statements.count)
    for (index, statement) in statements.enumerated() {
      var moved = statement
      moved.source = actorMap[statement.source.index]
      moved.target = statement.target.map { actorMap[$0.index] }
      if moved.target == moved.source {
        dropped.append(StatementID(index))
      } else {
        kept.append(moved)
        original.append(StatementID(index))
      }
    }
    result.replaceStatements(with: kept)
    return RollUp(
      graph: result, actorMap: actorMap, originalStatements: original, droppedStatements: dropped)
  }

  /// The graph with people and agencies folded into the actors they speak for; see
  /// ``rollUp(folding:)``.
  public func rolledUp(folding kinds: Set<Actor.Kind>? = nil) -> ClaimGraph {
    rollUp(folding: kinds).graph
  }

  /// Appends an actor whose names are known not to collide.
  @discardableResult
  mutating func appendUnchecked(_ actor: Actor) -> ActorID { appendActor(actor) }
}
