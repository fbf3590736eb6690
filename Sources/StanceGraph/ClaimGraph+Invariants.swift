extension ClaimGraph {
  /// Checks the derived indices against the arrays they are derived from, and stops with a
  /// message at the first broken one. The tests run it after every way a graph is made (built in
  /// code, read from each format, merged, rolled up, filtered); it is a programmer's check,
  /// never a reaction to input.
  ///
  /// - every per-actor array has one slot per actor;
  /// - every statement's source, target and claim exist;
  /// - `statements(from:)` and `statements(to:)` list exactly the statements with that source or
  ///   target, in increasing order;
  /// - every actor's id finds that actor, and its name and aliases find some actor;
  /// - every claim id finds its claim;
  /// - `represents` names the actor the representative index holds, and no chain of
  ///   representatives returns to its start.
  ///
  /// - Complexity: O(*a* × *k* + *s* + *c*) for *a* actors with *k* spellings, *s* statements and
  ///   *c* claims.
  package func checkInvariants() {
    let actorCount = actors.count
    precondition(representatives.count == actorCount, "representatives: one slot per actor")
    precondition(outgoing.count == actorCount, "outgoing: one list per actor")
    precondition(incoming.count == actorCount, "incoming: one list per actor")

    var expectedOut = [[StatementID]](repeating: [], count: actorCount)
    var expectedIn = [[StatementID]](repeating: [], count: actorCount)
    for (index, statement) in statements.enumerated() {
      let id = StatementID(index)
      precondition(statement.source.index < actorCount, "statement \(index): no such source")
      expectedOut[statement.source.index].append(id)
      if let target = statement.target {
        precondition(target.index < actorCount, "statement \(index): no such target")
        expectedIn[target.index].append(id)
      }
      if let claim = statement.claim {
        precondition(claim.index < claims.count, "statement \(index): no such claim")
      }
    }
    precondition(outgoing == expectedOut, "outgoing lists disagree with the statements")
    precondition(incoming == expectedIn, "incoming lists disagree with the statements")

    for (index, actor) in actors.enumerated() {
      precondition(
        actorID(named: actor.id) == ActorID(index), "actor \(index): its id finds another actor")
      for spelling in [actor.name] + actor.aliases {
        precondition(
          actorID(named: spelling) != nil, "actor \(index): \"\(spelling)\" finds nobody")
      }
      if let representative = representatives[index] {
        precondition(representative.index < actorCount, "actor \(index): no such representative")
        precondition(
          actor.represents == actors[representative.index].id,
          "actor \(index): represents disagrees with its representative")
      } else {
        precondition(actor.represents == nil, "actor \(index): represents has no representative")
      }
    }
    for start in 0..<actorCount {
      var current = representatives[start]
      var steps = 0
      while let next = current {
        precondition(next.index != start, "actor \(start): a cycle of representatives")
        steps += 1
        precondition(steps <= actorCount, "a cycle of representatives")
        current = representatives[next.index]
      }
    }
    for value in Array(exactNames.values) + Array(normalizedNames.values) {
      precondition(value.index < actorCount, "a name finds no actor")
    }
    precondition(claimIDs.count == claims.count, "claim ids: one per claim")
    for (index, claim) in claims.enumerated() {
      precondition(claimIDs[claim.id] == ClaimID(index), "claim \(index): its id finds another")
    }
  }
}
