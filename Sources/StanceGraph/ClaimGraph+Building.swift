extension ClaimGraph {
  /// Adds an actor and returns its id.
  ///
  /// - Throws: ``Diagnostic/Code/duplicateActor`` when the id is taken,
  ///   ``Diagnostic/Code/ambiguousName`` when the name or an alias already names another
  ///   actor, ``Diagnostic/Code/unknownActor`` when ``Actor/represents`` names no actor.
  /// - Complexity: O(*a*) in the number of the actor's names, amortised.
  @discardableResult
  public mutating func add(_ actor: Actor) throws(StanceGraphError) -> ActorID {
    var actor = actor
    if let existing = actorID(named: actor.id), actors[existing.index].id == actor.id {
      throw StanceGraphError(
        Diagnostic(
          .duplicateActor, "actor id \"\(actor.id)\" is used twice", field: "id", value: actor.id,
          suggestion: "give each actor its own id, or merge the two entries"))
    }
    let spellings = [actor.id, actor.name] + actor.aliases
    for spelling in spellings {
      if let other = actorID(named: spelling) {
        throw StanceGraphError(
          Diagnostic(
            .ambiguousName,
            "\"\(spelling)\" of actor \"\(actor.id)\" already names actor \"\(actors[other.index].id)\"",
            field: spelling == actor.id ? "id" : (spelling == actor.name ? "name" : "aliases"),
            value: spelling,
            suggestion: "remove the alias from one of the two actors, or make them one actor"))
      }
    }
    var representative: ActorID?
    if let represents = actor.represents {
      guard let resolved = actorID(named: represents) else {
        throw StanceGraphError(unknownActorDiagnostic(represents, field: "represents"))
      }
      representative = resolved
      actor.represents = actors[resolved.index].id
    }
    return appendActor(actor, representative: representative, spellings: spellings)
  }

  /// The one place an actor joins the graph: its slot in every per-actor array, and each of its
  /// spellings (id, name, aliases unless given) indexed as written and folded, the first actor
  /// to claim a spelling keeping it. Callers have checked the names.
  ///
  /// - Complexity: O(*k*) for *k* spellings, amortised.
  @discardableResult
  mutating func appendActor(
    _ actor: Actor, representative: ActorID? = nil, spellings: [String]? = nil
  ) -> ActorID {
    let id = ActorID(actors.count)
    actors.append(actor)
    representatives.append(representative)
    outgoing.append([])
    incoming.append([])
    for spelling in spellings ?? ([actor.id, actor.name] + actor.aliases) {
      if exactNames[spelling] == nil { exactNames[spelling] = id }
      let key = ActorNameKey(spelling)
      if normalizedNames[key] == nil { normalizedNames[key] = id }
    }
    return id
  }

  /// The id of the actor with this id, name or alias, adding an actor of the given kind whose id
  /// and name are `spelling` when none exists. This is how edge lists without an actors section
  /// create their actors.
  ///
  /// - Complexity: O(1) amortised when `spelling` is written as before; O(*n*) in its length
  ///   otherwise.
  public mutating func actorID(forName spelling: String, creating kind: Actor.Kind = .other)
    -> ActorID
  {
    if let id = actorID(named: spelling) { return id }
    return appendActor(Actor(id: spelling, kind: kind), spellings: [spelling])
  }

  /// Makes `actor` speak for `representative` (or for nobody, with nil).
  ///
  /// - Throws: ``Diagnostic/Code/representsCycle`` when the chain would loop back to `actor`.
  /// - Complexity: O(*k*) in the length of the representative's chain.
  public mutating func setRepresentative(of actor: ActorID, to representative: ActorID?)
    throws(StanceGraphError)
  {
    _ = self[actor]
    if let representative {
      var chain = [actors[actor.index].id]
      var next: ActorID? = representative
      while let current = next {
        chain.append(actors[current.index].id)
        if current == actor {
          throw StanceGraphError(
            Diagnostic(
              .representsCycle,
              "actors represent each other in a cycle: " + chain.joined(separator: " -> "),
              field: "represents", value: actors[representative.index].id,
              suggestion: "an actor represents the one it speaks for; remove one link of the cycle")
          )
        }
        next = representatives[current.index]
      }
    }
    representatives[actor.index] = representative
    actors[actor.index].represents = representative.map { actors[$0.index].id }
  }

  /// Adds a claim and returns its id.
  ///
  /// - Throws: ``Diagnostic/Code/duplicateClaim`` when the id is taken.
  @discardableResult
  public mutating func add(_ claim: Claim) throws(StanceGraphError) -> ClaimID {
    guard claimIDs[claim.id] == nil else {
      throw StanceGraphError(
        Diagnostic(
          .duplicateClaim, "claim id \"\(claim.id)\" is used twice", field: "id", value: claim.id,
          suggestion: "give each claim its own id"))
    }
    let id = ClaimID(claims.count)
    claims.append(claim)
    claimIDs[claim.id] = id
    return id
  }

  /// The id of the claim with this id, adding a claim whose id and text are `text` when none
  /// exists: edge lists name claims by their text.
  public mutating func claimID(forText text: String) -> ClaimID {
    if let id = claimIDs[text] { return id }
    let id = ClaimID(claims.count)
    claims.append(Claim(id: text))
    claimIDs[text] = id
    return id
  }

  /// Adds a statement and returns its id. Parallel statements are kept.
  ///
  /// - Throws: ``Diagnostic/Code/selfStatement`` when source and target are one actor,
  ///   ``Diagnostic/Code/missingField`` when a target is missing (only a denial of a claim may
  ///   omit it), ``Diagnostic/Code/invalidValue`` for a weight that is not a positive number.
  /// - Precondition: the statement's ids belong to this graph.
  /// - Complexity: O(1) amortised.
  @discardableResult
  public mutating func add(_ statement: Statement) throws(StanceGraphError) -> StatementID {
    if let problem = problem(with: statement) { throw StanceGraphError(problem) }
    return append(validated: statement)
  }

  /// Appends a statement that ``problem(with:)`` accepted.
  @discardableResult
  mutating func append(validated statement: Statement) -> StatementID {
    let id = StatementID(statements.count)
    statements.append(statement)
    outgoing[statement.source.index].append(id)
    if let target = statement.target { incoming[target.index].append(id) }
    return id
  }

  /// Why a statement cannot be added, or nil when it can.
  func problem(with statement: Statement) -> Diagnostic? {
    _ = self[statement.source]
    if let target = statement.target { _ = self[target] }
    if let claim = statement.claim { _ = self[claim] }
    if statement.target == statement.source {
      let name = actors[statement.source.index].id
      return Diagnostic(
        .selfStatement, "\"\(name)\" \(statement.relation.rawValue) itself", field: "target",
        value: name, expected: "a target other than the source",
        suggestion: "a statement links two actors; drop it or correct the target")
    }
    if statement.target == nil && !(statement.relation == .denies && statement.claim != nil) {
      return Diagnostic(
        .missingField, "a statement that \(statement.relation.rawValue) needs a target",
        field: "target",
        expected: "an actor id, name or alias",
        suggestion: statement.relation == .denies
          ? "name the actor whose claim is denied, or the claim itself" : nil)
    }
    if !(statement.weight > 0 && statement.weight <= Statement.maximumWeight) {
      return Diagnostic(
        .invalidValue,
        "weight \(statement.weight.compactDescription) is not a positive number up to 1,000,000",
        field: "weight", value: statement.weight.compactDescription,
        expected: "a number greater than 0 and at most 1,000,000",
        suggestion: "leave the weight out for the default of 1, or scale the weights down")
    }
    return nil
  }

  /// A diagnostic for a name that resolves to no actor, with the closest names as suggestions.
  ///
  /// - Parameter declaration: how to declare a missing actor in the input's format.
  func unknownActorDiagnostic(
    _ spelling: String, field: String, declaration: String = "add the actor to the actors section"
  ) -> Diagnostic {
    Diagnostic(
      .unknownActor, "no actor is named \"\(spelling)\"", field: field, value: spelling,
      expected: "an actor id, name or alias",
      suggestion: Suggestions.didYouMean(spelling, among: exactNames.keys.sorted()) ?? declaration)
  }
}

extension ClaimGraph {
  /// "did you mean ...?" over actor ids, names and aliases, or nil when none is close.
  public func suggestion(forActorNamed spelling: String) -> String? {
    Suggestions.didYouMean(spelling, among: exactNames.keys.sorted())
  }

  /// "did you mean ...?" over claim ids, or nil when none is close.
  public func suggestion(forClaimNamed id: String) -> String? {
    Suggestions.didYouMean(id, among: claims.map(\.id))
  }
}
