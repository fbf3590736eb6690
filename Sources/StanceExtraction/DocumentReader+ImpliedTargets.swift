import StanceGraph

extension DocumentReader {
  /// Whether the words after `index` are a reciprocal object: "each other", "one another",
  /// "the other".
  func isReciprocalObject(after index: Int) -> Bool {
    guard index + 2 < tokens.count else { return false }
    let first = tokens[index + 1].lower
    let second = tokens[index + 2].lower
    return (first == "each" && second == "other") || (first == "one" && second == "another")
      || (first == "the" && second == "other")
  }

  /// The target that an object without a name implies: "condemned the attack", "denounced the
  /// deal", "blamed its neighbour", "the aggressor".
  ///
  /// The object's head must be an event noun (``Lexicon/eventNouns``) or a relation noun
  /// (``Lexicon/relationNouns``). "The strikes by the United States" names its target; without
  /// a name, the target is the one the source itself accused or warned last, else the one
  /// anybody accused or warned last, else the last other party of the discourse.
  ///
  /// - Complexity: O(*k*) for *k* earlier statements of the document.
  func impliedTarget(after index: Int, source: Party) -> Party? {
    let sourceStates = Set(source.actors.map(rolledUp))
    guard let head = eventHead(after: index) else { return nil }
    let noun = tokens[head].text
    // "the strikes by X", "the attack on the State of Israel by the Islamic Republic of Iran".
    var by = head + 1
    while by < min(tokens.count, head + 9), tokens[by].kind != .punctuation,
      !["by", "from"].contains(tokens[by].lower)
    {
      by += 1
    }
    if by < tokens.count, ["by", "from"].contains(tokens[by].lower), let named = object(after: by) {
      guard !named.actors.map(rolledUp).contains(where: sourceStates.contains) else { return nil }
      return Party(
        actors: named.actors, range: named.range,
        how: "\"\(noun) \(tokens[by].text) \(named.how)\"", factor: named.factor)
    }
    return impliedTarget(
      source: source, noun: noun, isRelation: Lexicon.relationNouns.contains(noun.lowercased()))
  }

  /// The key of an event noun in ``Discourse/eventAuthors``: lower case, without a final "s".
  static func eventKey(_ noun: String) -> String {
    let lower = noun.lowercased()
    return lower.hasSuffix("s") && lower.count > 3 ? String(lower.dropLast()) : lower
  }

  /// Remembers who did the acts this sentence names: the possessor or modifier before the
  /// event noun ("Ethiopia's deal", "Chinese drills") or the actors after "by", "between",
  /// "from" ("strikes by the United States and Britain").
  mutating func rememberEvents() {
    // "North Korea fired a ballistic missile": the main subject authored the acts its verb
    // names, for a later "the launch".
    if let main = mainSubject, main.role == .agent {
      var verb = main.range.upperBound
      while verb < tokens.count, verb < main.range.upperBound + 4,
        Lexicon.auxiliaries.contains(tokens[verb].lower)
          || tokens[verb].lower.hasSuffix("ly")
          || Lexicon.clauseAdverbs.contains(tokens[verb].lower)
      {
        verb += 1
      }
      if verb < tokens.count, let nouns = Lexicon.actVerbs[tokens[verb].lower] {
        // The act's own noun when the verb has one ("launched a new wave of strikes"), else
        // the nouns the verb implies ("fired a ballistic missile" … "the launch").
        let object = tokens[(verb + 1)..<min(tokens.count, verb + 7)].first {
          Lexicon.eventNouns.contains($0.lower)
        }
        for noun in object.map({ [DocumentReader.eventKey($0.text)] }) ?? nouns {
          discourse.eventAuthors[noun] = main.actors
        }
      }
    }
    for (index, token) in tokens.enumerated() where Lexicon.eventNouns.contains(token.lower) {
      var authors: [Int32] = []
      var before = index
      while before > 0, before > index - 4, tokens[before - 1].kind == .word,
        !tokens[before - 1].isCapitalised, group(endingAt: before) == nil
      {
        before -= 1
      }
      if let modifier = group(endingAt: before), modifier.role != .location {
        authors = modifier.actors
      } else if index > 1, tokens[index - 1].kind == .possessive,
        let possessor = group(endingAt: index - 1)
      {
        authors = possessor.actors
      }
      if authors.isEmpty, index + 1 < tokens.count,
        ["by", "between", "from"].contains(tokens[index + 1].lower),
        let group = group(startingAt: index + 2), group.role != .location
      {
        authors = group.actors
      }
      if !authors.isEmpty { discourse.eventAuthors[DocumentReader.eventKey(token.text)] = authors }
    }
  }

  /// The head of an object noun phrase after `index` that names an act or a relation ("the
  /// latest missile launch", "its neighbour"), if it is one.
  func eventHead(after index: Int) -> Int? {
    var cursor = skippingManner(from: index + 1)
    // "condemned what he described as a provocation by Afghanistan": the noun after "as".
    if cursor < tokens.count, tokens[cursor].lower == "what",
      let asIndex = tokens[cursor..<min(tokens.count, cursor + 6)].firstIndex(where: {
        $0.lower == "as"
      })
    {
      cursor = asIndex + 1
    }
    var head: Int?
    while cursor < tokens.count, cursor <= index + 8 {
      let token = tokens[cursor]
      if token.kind == .quote {
        cursor += 1
        continue
      }
      guard token.kind == .word else { break }
      if let modifier = group(startingAt: cursor), modifier.role == .modifier {
        cursor = modifier.range.upperBound  // "the American operation"
        continue
      }
      let lower = token.lower
      if Lexicon.eventNouns.contains(lower) || Lexicon.relationNouns.contains(lower) {
        head = cursor
        break
      }
      guard
        Lexicon.determiners.contains(lower)
          || !token.isCapitalised
            && (lower.hasSuffix("ed") || lower.hasSuffix("al") || lower.hasSuffix("ous")
              || lower.hasSuffix("ive") || lower.hasSuffix("ible") || lower.hasSuffix("able")
              || Lexicon.negativeWords.contains(lower) || lower.hasSuffix("-range")
              || lower == "and"
              || Lexicon.eventModifiers.contains(lower)
              || Lexicon.compassAdjectives.contains(lower))
      else { break }
      cursor += 1
    }
    return head
  }

  /// The target the discourse implies for `source`: the target of its own latest accusation or
  /// warning, else of anybody's, else the last other party; `noun` is for the explanation.
  func impliedTarget(source: Party, noun: String, isRelation: Bool = false) -> Party? {
    let sourceStates = Set(source.actors.map(rolledUp))
    guard let first = source.actors.first else { return nil }
    if let authors = discourse.eventAuthors[DocumentReader.eventKey(noun)]?
      .filter({ !sourceStates.contains(rolledUp($0)) }), !authors.isEmpty
    {
      return Party(
        actors: authors, range: nil, how: "\"\(noun)\": the act named earlier", factor: 0.75)
    }
    var actors =
      isRelation
      ? []
      : discourse.impliedTargets(of: first, rollUp: rolledUp)
        .filter { !sourceStates.contains(rolledUp($0)) }
    var how = "\"\(noun)\": the target of the latest accusation or warning"
    if actors.isEmpty, isRelation,
      let other = discourse.parties.last(where: { !sourceStates.contains($0) })
    {
      actors = [other]
      how = "\"\(noun)\": the other party of the discourse"
    }
    guard !actors.isEmpty else { return nil }
    return Party(actors: actors, range: nil, how: how, factor: 0.7)
  }
}
