/// The result of ``ClaimGraph/merging(_:keepingDuplicates:)``.
public struct Merge: Sendable {
  /// The merged graph.
  public var graph: ClaimGraph
  /// For each actor of the second graph, the actor of ``graph`` it became.
  public var actorMap: [ActorID]
  /// Statements of the second graph that exactly repeat a statement already in the merge:
  /// the second graph's id and the id of the statement it repeats in ``graph``.
  public var duplicates: [(other: StatementID, existing: StatementID)]
  /// Disagreements resolved in favour of the first graph (a kind, a claim text), one line each.
  public var conflicts: [String]
}

extension ClaimGraph {
  /// This graph with the actors, claims and statements of `other` added.
  ///
  /// An actor of `other` is the same as an actor here when its id, name or one of its aliases
  /// resolves here (see ``actorID(named:)``); its new aliases are added. Claims are unified by
  /// id. A statement of `other` that exactly repeats one already in the merge (same ends,
  /// relation, claim, date, weight, evidence and attributes) is reported in
  /// ``Merge/duplicates`` and, unless `keepingDuplicates`, left out.
  ///
  /// - Complexity: O(*a* + *c* + *s*) in the sizes of both graphs.
  public func merging(_ other: ClaimGraph, keepingDuplicates: Bool = false) -> Merge {
    var merged = self
    var conflicts: [String] = []
    var actorMap: [ActorID] = []
    actorMap.reserveCapacity(other.actors.count)
    var added: [(ActorID, ActorID)] = []  // (other id, merged id) of actors new to the merge
    for (index, actor) in other.actors.enumerated() {
      let spellings = [actor.id, actor.name] + actor.aliases
      if let match = spellings.lazy.compactMap({ merged.actorID(named: $0) }).first {
        actorMap.append(match)
        var existing = merged.actors[match.index]
        if existing.kind != actor.kind {
          conflicts.append(
            "actor \"\(existing.id)\": kind \(existing.kind.rawValue) kept, "
              + "\(actor.kind.rawValue) ignored")
        }
        for spelling in spellings {
          switch merged.actorID(named: spelling) {
          case nil:
            existing.aliases.append(spelling)
            merged.exactNames[spelling] = match
            merged.normalizedNames[ActorNameKey(spelling)] = match
          case let owner? where owner != match:
            conflicts.append(
              "actor \"\(existing.id)\": alias \"\(spelling)\" ignored, it names "
                + "\"\(merged.actors[owner.index].id)\"")
          default: break
          }
        }
        for (key, value) in actor.attributes where existing.attributes[key] == nil {
          existing.attributes[key] = value
        }
        merged.actors[match.index] = existing
      } else {
        var copy = actor
        copy.represents = nil
        let id = merged.appendUnchecked(copy)
        actorMap.append(id)
        added.append((ActorID(index), id))
      }
    }
    for (old, new) in added {
      guard let rep = other.representatives[old.index] else { continue }
      do {
        try merged.setRepresentative(of: new, to: actorMap[rep.index])
      } catch {
        conflicts.append(
          "actor \"\(merged.actors[new.index].id)\": represents ignored, it would form a cycle")
      }
    }

    var claimMap: [ClaimID] = []
    for claim in other.claims {
      if let existing = merged.claimIDs[claim.id] {
        if merged.claims[existing.index].text != claim.text {
          conflicts.append("claim \"\(claim.id)\": text of the first graph kept")
        }
        claimMap.append(existing)
      } else {
        let id = ClaimID(merged.claims.count)
        merged.claims.append(claim)
        merged.claimIDs[claim.id] = id
        claimMap.append(id)
      }
    }

    var seen: [Statement: StatementID] = [:]
    seen.reserveCapacity(merged.statements.count + other.statements.count)
    for (index, statement) in merged.statements.enumerated() where seen[statement] == nil {
      seen[statement] = StatementID(index)
    }
    var duplicates: [(other: StatementID, existing: StatementID)] = []
    for (index, statement) in other.statements.enumerated() {
      var moved = statement
      moved.source = actorMap[statement.source.index]
      moved.target = statement.target.map { actorMap[$0.index] }
      moved.claim = statement.claim.map { claimMap[$0.index] }
      if let existing = seen[moved] {
        duplicates.append((StatementID(index), existing))
        if !keepingDuplicates { continue }
      }
      if moved.source == moved.target {
        conflicts.append(
          "statement \(index + 1) of the second graph dropped: its two actors merged into one")
        continue
      }
      let id = merged.append(validated: moved)
      if seen[moved] == nil { seen[moved] = id }
    }
    return Merge(graph: merged, actorMap: actorMap, duplicates: duplicates, conflicts: conflicts)
  }
}
