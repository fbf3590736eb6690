import StanceGraph

/// One side of a statement as found in the sentence.
struct Party: Sendable {
  var actors: [Int32]
  /// Tokens naming it in this sentence, if any.
  var range: Range<Int>?
  var how: String
  /// Multiplies the statement's confidence: 1 for a plain name, less for references back.
  var factor: Double
  var isModifier: Bool = false

  init(_ group: MentionGroup, how: String? = nil) {
    actors = group.actors
    range = group.range
    self.how = how ?? group.how
    factor = group.isAnaphor ? 0.85 : group.isMetonym ? 0.9 : 1
    isModifier = group.role == .modifier
  }

  init(actors: [Int32], range: Range<Int>?, how: String, factor: Double) {
    self.actors = actors
    self.range = range
    self.how = how
    self.factor = factor
  }
}

extension DocumentReader {
  /// The subject that ends at `end` (the token before the verb's auxiliaries).
  func subject(endingAt end: Int, verb: Int) -> Party? {
    var cursor = end
    // Skip parentheses between commas: ", however,", ", North Korea’s closest ally,".
    var hops = 0
    var alongWith: [Int32] = []
    while cursor >= 0, tokens[cursor].isComma, hops < 2 {
      hops += 1
      if tokens[verb].lower.hasSuffix("ing"), let main = mainSubject, main.role == .agent,
        main.range.upperBound <= cursor
      {
        return Party(main, how: "\"\(text(main.range))\", subject of the main clause")
      }
      var open = cursor - 1
      while open >= 0, !tokens[open].isComma, cursor - open < 14 { open -= 1 }
      guard open >= 0, tokens[open].isComma else { break }
      // ", along with the United States,": more subjects.
      if open + 3 < cursor, ["along", "together"].contains(tokens[open + 1].lower),
        tokens[open + 2].lower == "with", let extra = group(startingAt: open + 3),
        extra.role == .agent
      {
        alongWith += extra.actors
      }
      cursor = open - 1
      while cursor >= 0, Lexicon.auxiliaries.contains(tokens[cursor].lower) { cursor -= 1 }
    }
    guard cursor >= 0 else { return nil }
    // "sent a letter to Guterres accusing Asmara", "responded by threatening sanctions", "after
    // accusing Seoul": the main clause's subject.
    // Only after a name that is no actor ("… Antonio Guterres accusing Asmara"), not after a
    // noun ("countries supporting North Korea" is a relative clause).
    let objectOfPreposition = group(endingAt: cursor + 1).map { object in
      object.range.lowerBound > 0
        && ["to", "with", "from"].contains(tokens[object.range.lowerBound - 1].lower)
    }
    if tokens[verb].lower.hasSuffix("ing"), tokens[cursor].kind == .word,
      tokens[cursor].isCapitalised, objectOfPreposition ?? true,
      let main = mainSubject, main.role == .agent, main.range.upperBound <= cursor,
      !(mainSubject.map { $0.range.upperBound == cursor + 1 } ?? false)
    {
      return Party(main, how: "\"\(text(main.range))\", subject of the main clause (-ing)")
    }
    if tokens[verb].lower.hasSuffix("ing"),
      Lexicon.gerundPrepositions.contains(tokens[cursor].lower),
      let main = mainSubject, main.role == .agent, main.range.upperBound <= cursor
    {
      return Party(main, how: "\"\(text(main.range))\", subject of the main clause")
    }
    // "Israel, which has long accused Iran": the antecedent of a relative pronoun.
    if ["which", "who"].contains(tokens[cursor].lower) {
      var antecedent = cursor
      if antecedent > 0, tokens[antecedent - 1].isComma { antecedent -= 1 }
      if let group = group(endingAt: antecedent), group.role == .agent {
        return Party(
          group, how: "\"\(text(group.range))\" (antecedent of \"\(tokens[cursor].text)\")")
      }
      return nil
    }
    if let group = group(endingAt: cursor + 1) {
      if group.role == .location {
        let start = group.range.lowerBound
        // "The Greek envoy in Ankara": the envoy's state, not the capital's.
        if start > 2, tokens[start - 1].lower == "in",
          Lexicon.postNouns.contains(tokens[start - 2].lower),
          let sender = self.group(endingAt: start - 2), sender.role != .location
        {
          return Party(
            sender, how: "\"\(text(sender.range))\" (\(tokens[start - 2].text) abroad)")
        }
        // "The Joint Chiefs of Staff in Seoul condemned": a body seated in the capital.
        guard start > 1, tokens[start - 1].lower == "in",
          tokens[start - 2].isCapitalised
            || Lexicon.institutionNouns.contains(tokens[start - 2].lower),
          group.actors.allSatisfy({ gazetteer.entries[Int($0)].kind == .state })
        else {
          return nil
        }
        return Party(
          actors: group.actors, range: group.range,
          how: "\"\(text(group.range))\", seat of the body before it", factor: 0.85)
      }
      if group.role == .modifier { return nil }
      let before = group.range.lowerBound - 1
      if before >= 0, DocumentReader.functionWords.contains(tokens[before].lower),
        tokens[before].lower != "and", tokens[before].lower != "but"
      {
        let preposition = tokens[before].lower
        guard ["from", "between", "by", "of", "for"].contains(preposition), before > 0,
          Lexicon.envoyNouns.contains(tokens[before - 1].lower)
            || Lexicon.statementNouns.contains(tokens[before - 1].lower)
        else {
          if preposition == "that" || preposition == "while" || preposition == "after"
            || preposition == "before" || preposition == "as" || preposition == "because"
            || preposition == "since" || preposition == "if"
          {
            return Party(group)
          }
          return nil
        }
        return Party(
          group, how: "\"\(text(group.range))\" via \"\(tokens[before - 1].text) \(preposition)\"")
      }
      var party = Party(group)
      party.actors += alongWith.filter { !party.actors.contains($0) }
      return party
    }
    let word = tokens[cursor].lower
    if word == "it", let single = discourse.lastSingleSubject {
      return Party(
        actors: [single], range: cursor..<(cursor + 1),
        how: "\"it\" → \(gazetteer.entries[Int(single)].name)", factor: 0.75)
    }
    if Lexicon.speakerPronouns.contains(word),
      let voice = speaker?.actors ?? discourse.lastSpeaker.map({ [$0] })
    {
      return Party(
        actors: voice, range: cursor..<(cursor + 1),
        how: "\"\(tokens[cursor].text)\" → the speaker", factor: 0.8)
    }
    if word == "and" || word == "but" || word == "then" {
      if let previous = lastSubject {
        return Party(
          actors: previous.actors, range: nil, how: previous.how + " (shared subject)",
          factor: previous.factor * 0.95)
      }
    }
    return nil
  }

  /// The group right after `index` (skipping adverbs), as an object.
  func object(after index: Int, allowModifier: Bool = true) -> Party? {
    var cursor = index + 1
    while cursor < tokens.count,
      tokens[cursor].lower.hasSuffix("ly") && !tokens[cursor].isCapitalised
        && tokens[cursor].lower.count > 4 || tokens[cursor].kind == .quote
    {
      cursor += 1
    }
    cursor = skippingManner(from: cursor)
    guard cursor < tokens.count else { return nil }
    // "neighbouring Algeria", "its arch foe Israel", "its neighbour Russia": the name.
    var named = cursor
    if Lexicon.relationAdjectives.contains(tokens[named].lower) { named += 1 }
    if named == cursor, ["its", "their", "his", "her"].contains(tokens[named].lower) {
      var head = named + 1
      while head < tokens.count, head < named + 4,
        !Lexicon.relationNouns.contains(tokens[head].lower),
        tokens[head].kind == .word, !tokens[head].isCapitalised
      {
        head += 1
      }
      if head < tokens.count, Lexicon.relationNouns.contains(tokens[head].lower) {
        named = head + 1
      }
    }
    if named > cursor, named < tokens.count, let group = group(startingAt: named),
      group.role == .agent
    {
      return Party(group)
    }
    if let group = group(startingAt: cursor) {
      guard group.role != .location, allowModifier || group.role == .agent else { return nil }
      return Party(group)
    }
    if tokens[cursor].lower == "it", let single = discourse.lastSingleSubject {
      return Party(
        actors: [single], range: cursor..<(cursor + 1),
        how: "\"it\" → \(gazetteer.entries[Int(single)].name)", factor: 0.75)
    }
    return nil
  }

  /// The subject of the last statement in this sentence, or its main subject.
  var lastSubject: Party? {
    if let main = mainSubject, main.role == .agent { return Party(main) }
    return nil
  }

  /// The source for a trigger: its subject, or the by-agent of a passive.
  func source(for index: Int, _ context: VerbContext) -> Party? {
    subject(endingAt: context.subjectEnd, verb: index)
  }

  /// "by X" within the clause after `index`.
  func agent(after index: Int) -> Party? {
    var cursor = index + 1
    while cursor < tokens.count, cursor < index + 14 {
      let token = tokens[cursor]
      if token.kind == .punctuation && token.text != "," && token.text != "“" { break }
      if token.lower == "by", let party = object(after: cursor, allowModifier: false) {
        return party
      }
      cursor += 1
    }
    return nil
  }

  /// The index after a manner phrase at `start` ("in the strongest of terms", "in the
  /// “strongest possible terms”"), or `start`.
  func skippingManner(from start: Int) -> Int {
    guard start + 2 < tokens.count, tokens[start].lower == "in", tokens[start + 1].lower == "the"
    else { return start }
    var word = start + 2
    while word < tokens.count, tokens[word].kind == .quote { word += 1 }
    guard word < tokens.count, ["strongest", "harshest", "clearest"].contains(tokens[word].lower),
      let terms = tokens[word..<min(tokens.count, word + 5)].firstIndex(where: {
        $0.lower == "terms"
      })
    else { return start }
    var cursor = terms + 1
    while cursor < tokens.count, tokens[cursor].kind == .quote { cursor += 1 }
    return cursor
  }
}
