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

/// What precedes a trigger between it and its subject.
struct VerbContext: Sendable {
  /// The index of the last token before the auxiliaries ("has also", "did not").
  var subjectEnd: Int
  var isNegated = false
  var isHypothetical = false
  var isPassive = false
  /// Why the trigger does not count, if it does not.
  var rejection: String?
}

extension DocumentReader {
  static let beForms: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "got"]
  static let controlVerbs: Set<String> = [
    "agreed", "agree", "agrees", "pledged", "pledge", "pledges", "vowed", "vow", "vows",
    "promised", "promise", "decided", "decide", "plans", "planned", "plan", "moved", "continued",
    "continues", "began", "begin", "sought", "seeks", "announced", "committed", "went", "rushed",
    "proceeded", "chose", "opted", "appeared", "seemed", "used", "came", "appears",
  ]
  static let determiners: Set<String> = [
    "the", "a", "an", "these", "those", "this", "that", "such", "any", "its", "their", "his",
    "her", "our", "my", "your", "of", "no", "some", "all", "every", "each", "many", "new",
    "fresh", "further", "repeated", "latest", "recent",
  ]

  /// Reads one trigger word: its context, frame, source, target and claim.
  mutating func read(trigger: Trigger, at index: Int) -> [Finding] {
    let word = tokens[index].text
    let context = verbContext(before: index, trigger: trigger)
    if let rejection = context.rejection {
      // "a warning to Pyongyang", "issued warnings against Tehran": the noun.
      if rejection == "used as a noun", trigger.relation == .warns, !context.isNegated,
        let found = readConcern(trigger, at: index, context)
      {
        notes.append(found.explanation)
        return [found]
      }
      notes.append("\"\(word)\": \(rejection)")
      return []
    }
    if context.isNegated {
      notes.append("\"\(word)\": negated, no statement")
      return []
    }
    if context.isHypothetical {
      notes.append("\"\(word)\": hypothetical or not yet done, no statement")
      return []
    }
    let found: Finding?
    switch trigger.frame {
    case .verbObject: found = readVerbObject(trigger, at: index, context)
    case .verbThatClause: found = readThatClause(trigger, at: index, context)
    case .concern: found = readConcern(trigger, at: index, context)
    case .naming: found = readNaming(trigger, at: index, context)
    case .denial: found = readDenial(trigger, at: index, context)
    case .allianceVerb: found = readAllianceVerb(trigger, at: index, context)
    case .allianceNoun: found = readAllianceNoun(trigger, at: index, context)
    case .allyNoun: found = readAllyNoun(trigger, at: index, context)
    }
    guard let found else { return [] }
    notes.append(found.explanation)
    return [found]
  }

  // MARK: - Context

  private func verbContext(before index: Int, trigger: Trigger) -> VerbContext {
    var context = VerbContext(subjectEnd: index - 1)
    let isVerbFrame =
      trigger.frame != .concern && trigger.frame != .allianceNoun && trigger.frame != .allyNoun
    if isVerbFrame, index > 0 {
      let previous = tokens[index - 1]
      if previous.kind == .possessive
        || DocumentReader.determiners.contains(previous.lower)
          && !(previous.lower == "that" && index > 1)
      {
        context.rejection = "used as a noun"
        return context
      }
      if previous.kind == .word, previous.lower == "to", index > 1,
        ["called", "calls", "urged", "urges", "asked", "pressed", "pressing"].contains(
          tokens[index - 2].lower)
      {
        context.isHypothetical = true
      }
    }
    var cursor = index - 1
    var sawBe = false
    while cursor >= 0 {
      let token = tokens[cursor]
      let lower = token.lower
      if token.kind == .quote {
        cursor -= 1
        continue
      }
      guard token.kind == .word else { break }
      if Lexicon.negators.contains(lower) {
        context.isNegated = true
      } else if Lexicon.modals.contains(lower) {
        context.isHypothetical = true
      } else if DocumentReader.beForms.contains(lower) {
        sawBe = true
      } else if lower == "to" {
        if cursor > 0 {
          let governor = tokens[cursor - 1].lower
          if Lexicon.negatingVerbs.contains(governor) { context.isNegated = true }
          let isAnnounced =
            cursor > 1 && ["announced", "unveiled", "outlined"].contains(tokens[cursor - 2].lower)
          if Lexicon.hypotheticalVerbs.contains(governor) && governor != "threatened"
            || (["plan", "plans", "planned"].contains(governor) && !isAnnounced)
          {
            context.isHypothetical = true
          }
        }
      } else if Lexicon.auxiliaries.contains(lower) || DocumentReader.controlVerbs.contains(lower)
        || (lower.hasSuffix("ly") && !token.isCapitalised && lower.count > 4)
      {
        // keep going
      } else {
        break
      }
      cursor -= 1
    }
    context.subjectEnd = cursor
    if cursor >= 0 {
      let stop = tokens[cursor].lower
      if Lexicon.negatingVerbs.contains(stop)
        || (stop == "of" && cursor > 0 && tokens[cursor - 1].lower == "short")
      {
        context.isNegated = true
      }
      if isVerbFrame, trigger.isGerund || trigger.frame == .verbObject,
        stop == "of" || stop == "for", tokens[index].lower.hasSuffix("ing")
      {
        context.rejection = "part of another statement's claim"
      }
      if let inner = Lexicon.triggers[stop], inner.relation == .denies, isVerbFrame {
        context.rejection = "what a denial denies, not a statement"
      }
    }
    context.isPassive =
      trigger.isParticiple
      && (sawBe || (index + 1 < tokens.count && tokens[index + 1].lower == "by"))
    return context
  }

  // MARK: - Parties

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
      if group.role == .location { return nil }
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
    while cursor < tokens.count, tokens[cursor].lower.hasSuffix("ly"),
      !tokens[cursor].isCapitalised, tokens[cursor].lower.count > 4
    {
      cursor += 1
    }
    guard cursor < tokens.count else { return nil }
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

  /// The claim text starting at `start`: up to the end of the clause.
  func claimText(from start: Int) -> (text: String, end: Int)? {
    var end = start
    var quoteDepth = 0
    while end < tokens.count, end < start + 30 {
      let token = tokens[end]
      if token.kind == .quote {
        quoteDepth =
          token.text == "“"
          ? quoteDepth + 1 : token.text == "”" ? max(0, quoteDepth - 1) : quoteDepth
      }
      if token.text == "(",
        let close = tokens[end...].prefix(6).firstIndex(where: { $0.text == ")" })
      {
        end = close + 1
        continue
      }
      if token.kind == .punctuation {
        if [";", ":", "—", "–", "(", ".", "!", "?"].contains(token.text) { break }
        if token.isComma, end + 1 < tokens.count {
          let next = tokens[end + 1].lower
          let reportsSoon = tokens[(end + 1)...].prefix(5).contains {
            Lexicon.reportingVerbs.contains($0.lower)
          }
          if reportsSoon || Lexicon.reportingVerbs.contains(next) || next == "saying"
            || next == "adding"
            || next == "while" || next == "but" || next == "which" || next == "and"
            || next == "according" || next == "though" || next == "although" || next == "as"
            || next == "with" || next == "in" || next == "after" || next == "before"
            || group(startingAt: end + 1) != nil || tokens[end + 1].kind == .quote
            || next.hasSuffix("ing")
          {
            break
          }
        }
      }
      if token.lower == "and", end + 1 < tokens.count, end > start {
        let next = tokens[end + 1].lower
        if Lexicon.triggers[next] != nil || Lexicon.reportingVerbs.contains(next)
          || Lexicon.auxiliaries.contains(next) && next != "also"
        {
          break
        }
      }
      end += 1
    }
    while end > start, tokens[end - 1].kind == .punctuation || tokens[end - 1].lower == "and" {
      end -= 1
    }
    guard end > start else { return nil }
    var text = text(start..<end)
    // Drop an unbalanced closing quote at the end, or an opening one at the start.
    if let last = text.last, "\"”".contains(last),
      text.filter({ "\"“”".contains($0) }).count % 2 == 1
    {
      text.removeLast()
    }
    return (text.trimmingCharacters(in: .whitespaces), end)
  }

  private func finding(
    _ trigger: Trigger, at index: Int, source: Party, target: Party?,
    claim: (text: String, end: Int)?,
    how: String
  ) -> Finding {
    var lower = index
    var upper = index + 1
    for range in [source.range, target?.range].compactMap({ $0 }) {
      lower = min(lower, range.lowerBound)
      upper = max(upper, range.upperBound)
    }
    if let claim { upper = max(upper, claim.end) }
    let confidence = trigger.confidence * source.factor * (target?.factor ?? 0.8)
    var explanation = "\(trigger.relation.rawValue) via \"\(tokens[index].text)\" (\(how))"
    explanation += "; source \(source.how)"
    if let target { explanation += "; target \(target.how)" }
    if let claim { explanation += "; claim \"\(claim.text)\"" }
    return Finding(
      sources: source.actors, relation: trigger.relation, targets: target?.actors ?? [],
      claim: claim?.text, trigger: index..<(index + 1), span: lower..<upper,
      confidence: (confidence * 100).rounded() / 100, explanation: explanation)
  }

  private mutating func reject(_ index: Int, _ why: String) -> Finding? {
    notes.append("\"\(tokens[index].text)\": \(why)")
    return nil
  }

  // MARK: - Frames

  private mutating func readVerbObject(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    if trigger.lemma == "vow retaliation" {
      let window = tokens[(index + 1)..<min(tokens.count, index + 4)].map(\.lower)
      guard
        window.contains(where: {
          $0.hasPrefix("retaliat") || $0 == "revenge"
            || $0.hasPrefix("respond") || $0 == "response" || $0.hasPrefix("punish")
        })
      else { return nil }
      guard let source = source(for: index, context) else {
        return reject(index, "no source before the verb")
      }
      var cursor = index + 1
      while cursor < min(tokens.count, index + 8), tokens[cursor].lower != "against" {
        cursor += 1
      }
      guard cursor < tokens.count, let target = object(after: cursor) else {
        return reject(index, "no target after \"against\"")
      }
      return finding(
        trigger, at: index, source: source, target: target, claim: nil, how: "vowed retaliation")
    }
    var source: Party?
    var target: Party?
    if context.isPassive {
      target = subject(endingAt: context.subjectEnd, verb: index)
      if trigger.lemma == "blame", index + 1 < tokens.count, tokens[index + 1].lower == "on" {
        target = object(after: index + 1)  // "the attack was blamed on Iran by Israel"
      }
      source = agent(after: index)
      guard source != nil else { return reject(index, "passive without a \"by\" agent") }
    } else {
      source = self.source(for: index, context)
      target = object(after: index)
      if target == nil, index + 1 < tokens.count {
        let next = tokens[index + 1].lower
        if trigger.relation == .warns && (next == "that" || next == "of" || next == "against") {
          target = object(after: index + 1)
          if let found = target, next == "that",
            found.isModifier
              || (found.range.map {
                $0.upperBound < tokens.count && tokens[$0.upperBound].lower.hasSuffix("ing")
              } ?? false)
          {
            target = nil
          }
        }
      }
      if target == nil, trigger.lemma == "blame" || trigger.relation == .warns {
        // "blamed the attack on X", "threatened to take countermeasures against X".
        let preposition = trigger.lemma == "blame" ? "on" : "against"
        var cursor = index + 1
        while cursor < min(tokens.count, index + 12), tokens[cursor].lower != preposition,
          tokens[cursor].kind != .punctuation || tokens[cursor].text == "-"
        {
          cursor += 1
        }
        if cursor < tokens.count, tokens[cursor].lower == preposition {
          target = object(after: cursor)
        }
      }
    }
    guard let source else { return reject(index, "no source found before the verb") }
    guard let target else { return reject(index, "no actor as target") }
    var claimStart: Int?
    if let range = target.range {
      if target.isModifier {
        claimStart = range.upperBound
      } else if range.upperBound < tokens.count {
        let next = tokens[range.upperBound].lower
        if ["of", "for", "over", "with", "against", "that", "to"].contains(next) {
          claimStart = range.upperBound + 1
        }
      }
    }
    if context.isPassive, claimStart == nil, index + 1 < tokens.count,
      ["of", "for", "over"].contains(tokens[index + 1].lower)
    {
      claimStart = index + 2
    }
    let claim = claimStart.flatMap { claimText(from: $0) }
    return finding(
      trigger, at: index, source: source, target: target,
      claim: trigger.relation == .accuses ? claim : nil,
      how: context.isPassive ? "passive" : "verb and object")
  }

  private mutating func readThatClause(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    var cursor = index + 1
    let hasThat = cursor < tokens.count && tokens[cursor].lower == "that"
    if hasThat { cursor += 1 }
    guard cursor < tokens.count, let group = group(startingAt: cursor), group.role != .location
    else { return reject(index, "no actor as the subject of what is alleged") }
    let after = group.range.upperBound
    if trigger.lemma == "claim" || !hasThat {
      // "claimed (that) Moscow is providing ...": a verb must follow the actor.
      guard after < tokens.count, group.role == .agent else {
        return reject(index, "no clause after the claim")
      }
      let next = tokens[after].lower
      let isVerb =
        Lexicon.auxiliaries.contains(next) || Lexicon.modals.contains(next)
        || next.hasSuffix("ed") || next.hasSuffix("ing")
        || (next.hasSuffix("s") && !next.hasSuffix("ss"))
      guard isVerb else { return reject(index, "no clause after the claim") }
    }
    guard let source = source(for: index, context) else {
      return reject(index, "no source found before the verb")
    }
    return finding(
      trigger, at: index, source: source, target: Party(group), claim: claimText(from: cursor),
      how: "allegation about the clause's subject")
  }

  private mutating func readConcern(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    var after = index + 1
    if after < tokens.count, tokens[after].kind == .quote { after += 1 }
    guard after < tokens.count,
      ["about", "over", "that", "regarding", "at", "with", "on", "by", "against", "to"].contains(
        tokens[after].lower)
    else { return nil }
    guard let target = object(after: after) else { return nil }
    if ["concerned", "worried", "alarmed"].contains(tokens[index].lower) {
      guard let source = source(for: index, context) else {
        return reject(index, "no one whose concern it is")
      }
      return finding(
        trigger, at: index, source: source, target: target,
        claim: claimText(from: target.range?.lowerBound ?? after + 1),
        how: "voiced concern about the target")
    }
    // The one concerned: a possessor ("the United States’ concern"), the subject of the verb
    // that expresses the concern ("Austin expressed concerns"), or the sentence's speaker.
    var source: Party?
    var cursor = index - 1
    while cursor >= 0, tokens[cursor].kind == .word,
      DocumentReader.determiners.contains(tokens[cursor].lower)
        || [
          "growing", "deep", "deepening", "serious", "grave", "great", "mounting", "strong",
          "particular", "increasing", "renewed", "widespread", "shared", "its", "their",
          "formal", "diplomatic", "official", "\"", "“", "”",
        ].contains(tokens[cursor].lower)
    {
      cursor -= 1
    }
    if cursor >= 0, let possessor = group(endingAt: cursor + 1), possessor.role == .modifier {
      source = Party(possessor)
    } else if cursor >= 0 {
      var verbContext = VerbContext(subjectEnd: cursor - 1)
      let verb = tokens[cursor].lower
      let isExpressing = [
        "expressed", "voiced", "raised", "emphasized", "emphasised", "highlighted", "shared",
        "expressing", "voicing", "raising", "cited", "flagged", "stressed", "underscored",
        "reiterated", "conveyed", "expresses", "voices", "raises", "aired", "signalled",
        "signaled", "lodged", "filed", "made", "issued", "lodging", "filing", "registered",
        "leveled", "levelled", "repeated", "renewed", "sent", "delivered", "gave", "issuing",
        "sending", "made", "making", "rejected", "dismissed", "denied",
      ].contains(verb)
      if ["rejected", "dismissed", "denied"].contains(verb) { return nil }
      if isExpressing {
        verbContext.subjectEnd = cursor - 1
        while verbContext.subjectEnd >= 0,
          Lexicon.auxiliaries.contains(tokens[verbContext.subjectEnd].lower)
        {
          verbContext.subjectEnd -= 1
        }
        source = subject(endingAt: verbContext.subjectEnd, verb: cursor)
      }
    }
    if source == nil, let speaker {
      source = Party(speaker, how: "\"\(text(speaker.range))\", the speaker")
    }
    guard let source else { return reject(index, "no one whose concern it is") }
    return finding(
      trigger, at: index, source: source, target: target,
      claim: claimText(from: target.range?.lowerBound ?? index + 2),
      how: "voiced concern about the target")
  }

  private mutating func readNaming(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    guard let target = object(after: index, allowModifier: false), let range = target.range else {
      return nil
    }
    var cursor = range.upperBound
    if cursor < tokens.count,
      ["on", "for", "to", "off", "up", "back"].contains(tokens[cursor].lower)
    {
      return nil
    }
    if cursor < tokens.count, tokens[cursor].lower == "as" { cursor += 1 }
    var isNegative = false
    var end = cursor
    while end < tokens.count, end < cursor + 12 {
      let token = tokens[end]
      if token.kind == .punctuation && token.text != "," && token.text != "-" { break }
      if token.kind == .quote && token.text != "’" || Lexicon.negativeWords.contains(token.lower) {
        isNegative = true
      }
      end += 1
    }
    guard isNegative else { return reject(index, "names the target, but nothing negative") }
    guard let source = source(for: index, context) else {
      return reject(index, "no source found before the verb")
    }
    return finding(
      trigger, at: index, source: source, target: target, claim: claimText(from: cursor),
      how: "called the target something negative")
  }

  private mutating func readDenial(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    guard let source = source(for: index, context) else {
      return reject(index, "no source found before the verb")
    }
    var cursor = index + 1
    if trigger.lemma == "brush aside" {
      guard cursor < tokens.count, ["aside", "off"].contains(tokens[cursor].lower) else {
        return nil
      }
      cursor += 1
    }
    // The accusation denied: "the accusations", "Washington’s claims", "U.S. allegations
    // that ...", "accusations by Seoul".
    var accuser: Party?
    var nounIndex: Int?
    var scan = cursor
    while scan < tokens.count, scan < cursor + 6 {
      let token = tokens[scan]
      if Lexicon.accusationNouns.contains(token.lower) {
        nounIndex = scan
        break
      }
      if token.kind == .punctuation { break }
      scan += 1
    }
    var refersBack = false
    if let noun = nounIndex {
      if noun > cursor, let possessor = group(endingAt: noun) ?? group(endingAt: noun - 1),
        possessor.range.lowerBound >= cursor
      {
        accuser = Party(possessor)
      }
      if accuser == nil, noun + 1 < tokens.count,
        ["by", "from", "made", "leveled", "levelled"].contains(tokens[noun + 1].lower)
      {
        accuser = object(
          after: tokens[noun + 1].lower == "by" || tokens[noun + 1].lower == "from"
            ? noun + 1 : min(noun + 2, tokens.count - 1))
      }
      let before = tokens[cursor..<noun].map(\.lower)
      refersBack = before.contains {
        ["these", "those", "the", "such", "this", "that"].contains($0)
      }
    } else if trigger.needsAccusationObject {
      // "dismissed the report as baseless"
      let window = tokens[cursor..<min(tokens.count, cursor + 10)].map(\.lower)
      guard let asIndex = window.firstIndex(of: "as"),
        window[(asIndex + 1)...].prefix(4).contains(where: Lexicon.dismissiveWords.contains)
      else { return reject(index, "rejects something that is not an accusation") }
    }
    let sentenceRefersBack = tokens.prefix(index).contains {
      ["response", "responding", "reply", "retort"].contains($0.lower)
    }
    var claimStart = cursor
    if let noun = nounIndex, noun + 1 < tokens.count,
      ["of", "that"].contains(tokens[noun + 1].lower)
    {
      claimStart = noun + 2
    } else if let noun = nounIndex {
      claimStart = noun + 1
      if let accuser, let range = accuser.range, range.lowerBound > noun {
        claimStart = range.upperBound
      }
    }
    if cursor < tokens.count, tokens[cursor].lower == "that" { claimStart = cursor + 1 }
    let claimText = claimStart < tokens.count ? claimText(from: claimStart) : nil
    var result = finding(
      trigger, at: index, source: source, target: accuser,
      claim: nounIndex == nil || claimStart > (nounIndex ?? 0) + 1 ? claimText : nil,
      how: accuser == nil ? "denial" : "denial of the accuser's claims")
    result.refersBack = refersBack || sentenceRefersBack
    result.hasExplicitAccuser = accuser != nil
    return result
  }

  private mutating func readAllianceVerb(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    var partner: Party?
    var cursor = index + 1
    while cursor < tokens.count, cursor < index + 6,
      tokens[cursor].lower.hasSuffix("ly")
        || [
          "closely", "more", "further", "together", "firmly", "itself", "themselves", "ever",
          "even", "still", "again",
        ].contains(tokens[cursor].lower)
    {
      cursor += 1
    }
    let next = cursor < tokens.count ? tokens[cursor].lower : ""
    switch trigger.lemma {
    case "back":
      if context.isPassive {
        partner = agent(after: index)
      } else {
        partner = object(after: index, allowModifier: false)
      }
    case "join":
      partner = object(after: index, allowModifier: false)
      guard partner != nil else { return nil }
    case "stand with":
      guard ["with", "by", "behind"].contains(next) else { return nil }
      partner = object(after: cursor, allowModifier: false)
    case "side":
      guard next == "with" else { return nil }
      partner = object(after: cursor, allowModifier: false)
    default:
      if next == "with" { partner = object(after: cursor, allowModifier: false) }
    }
    let subject: Party?
    if context.isPassive && trigger.lemma == "back" {
      subject = self.subject(endingAt: context.subjectEnd, verb: index)
    } else {
      subject = source(for: index, context)
    }
    guard let subject else { return reject(index, "no source found before the verb") }
    if let partner {
      return finding(
        trigger, at: index, source: subject, target: partner, claim: nil,
        how: "alliance with the target")
    }
    guard subject.actors.count >= 2, trigger.lemma != "back" else {
      return reject(index, "no partner named")
    }
    var result = finding(
      trigger, at: index, source: subject, target: nil, claim: nil,
      how: "alliance among the subjects")
    result.isMutual = true
    return result
  }

  private mutating func readAllianceNoun(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    let noun = tokens[index].lower
    let isJoint =
      index > 0
      && (tokens[index - 1].lower == "joint"
        || (index > 1 && tokens[index - 2].lower == "joint"))
    var governor: Int?
    var cursor = index - 1
    while cursor >= 0, cursor >= index - 6 {
      let token = tokens[cursor]
      if token.kind == .punctuation || token.kind == .possessive { break }
      if Lexicon.allianceGovernors.contains(token.lower) {
        // "the deepening cooperation": a participle used as an adjective governs nothing.
        if cursor > 0, DocumentReader.determiners.contains(tokens[cursor - 1].lower) { break }
        governor = cursor
        break
      }
      guard
        Lexicon.positiveModifiers.contains(token.lower) || token.lower.hasSuffix("al")
          || DocumentReader.determiners.contains(token.lower) || token.lower == "to"
          || Lexicon.jointNouns.contains(token.lower) || token.lower == "and"
          || Lexicon.triggers[token.lower]?.frame == .allianceNoun
          || token.kind == .word && token.isCapitalised == false && token.lower.hasSuffix("ing")
      else { break }
      cursor -= 1
    }
    let isStatementNoun = ["statement", "declaration", "communique"].contains(noun)
    if isStatementNoun && !isJoint { return nil }
    let isSupportFrom =
      noun == "support" && index + 1 < tokens.count && tokens[index + 1].lower == "from"
    guard governor != nil || (isJoint && Lexicon.jointNouns.contains(noun)) || isSupportFrom else {
      return nil
    }
    if let governor, Lexicon.triggers[tokens[governor].lower]?.relation == .denies { return nil }
    // Negation or modality before the governing verb.
    if let governor {
      let governorContext = verbContext(
        before: governor,
        trigger: Trigger(
          relation: .alliesWith, frame: .allianceNoun, lemma: "", confidence: 1,
          isParticiple: false,
          isGerund: false))
      if governorContext.isNegated { return reject(index, "negated") }
      if governorContext.isHypothetical { return reject(index, "hypothetical or not yet done") }
    }
    // Partners named after the noun: "with X", "to X", "between X and Y".
    var after = index + 1
    if after < tokens.count,
      Lexicon.jointNouns.contains(tokens[after].lower)
        || Lexicon.triggers[tokens[after].lower]?.frame == .allianceNoun
    {
      after += 1  // "cooperation agreement with", "drills exercise with"
    }
    let preposition = after < tokens.count ? tokens[after].lower : ""
    var partner: Party?
    if ["with", "to", "for", "between", "among", "by", "of", "from"].contains(preposition) {
      partner = object(after: after, allowModifier: false)
    }
    let how = governor.map { "\"\(tokens[$0].text) … \(tokens[index].text)\"" } ?? "joint \(noun)"
    if let partner,
      preposition == "between" || preposition == "among"
        || (preposition == "by" || preposition == "of") && isJoint
    {
      guard partner.actors.count >= 2 else { return reject(index, "one party only") }
      var result = finding(trigger, at: index, source: partner, target: nil, claim: nil, how: how)
      result.isMutual = true
      return result
    }
    if noun == "support", preposition == "from", governor == nil,
      let backer = object(after: after, allowModifier: false)
    {
      // "with support from Canada": the backers ally with the clause's subject.
      if let subject = lastSubject {
        return finding(
          trigger, at: index, source: subject, target: backer, claim: nil, how: "support from")
      }
    }
    if noun == "support" || noun == "solidarity", partner == nil || preposition == "of" {
      return reject(index, "support for no one named")
    }
    let subjectVerb = governor ?? index
    var subjectContext = verbContext(before: subjectVerb, trigger: trigger)
    if governor == nil {
      // "Joint drills ... are underway": the subject is only inside the noun phrase.
      subjectContext.subjectEnd = -1
    }
    var subject = self.subject(endingAt: subjectContext.subjectEnd, verb: subjectVerb)
    if subject == nil, governor != nil, let speaker, partner != nil {
      subject = Party(speaker, how: "\"\(text(speaker.range))\", the speaker")
    }
    guard let subject else { return reject(index, "no one making the alliance") }
    if let partner, preposition != "of", preposition != "by" {
      return finding(trigger, at: index, source: subject, target: partner, claim: nil, how: how)
    }
    guard subject.actors.count >= 2 else { return reject(index, "no partner named") }
    var result = finding(trigger, at: index, source: subject, target: nil, claim: nil, how: how)
    result.isMutual = true
    return result
  }

  private mutating func readAllyNoun(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    if index + 1 < tokens.count, tokens[index + 1].lower == "with" {
      let verb = Trigger(
        relation: .alliesWith, frame: .allianceVerb, lemma: "ally", confidence: 0.85,
        isParticiple: false, isGerund: false)
      return readAllianceVerb(verb, at: index, verbContext(before: index, trigger: verb))
    }
    // The other side: "North Korea’s closest ally", "an ally of Russia".
    var other: Party?
    var phraseStart = index
    var cursor = index - 1
    while cursor >= 0, cursor >= index - 4 {
      if let possessor = group(endingAt: cursor + 1), possessor.role == .modifier {
        other = Party(possessor)
        phraseStart = possessor.range.lowerBound
        break
      }
      let lower = tokens[cursor].lower
      guard tokens[cursor].kind == .word,
        [
          "closest", "close", "key", "staunch", "main", "traditional", "longtime", "long-time",
          "strongest", "major", "important", "strategic", "treaty", "top", "chief", "only",
          "principal", "biggest", "oldest", "firm", "steadfast", "military", "regional",
        ].contains(lower) || DocumentReader.determiners.contains(lower)
      else { break }
      if DocumentReader.determiners.contains(lower) { phraseStart = cursor }
      cursor -= 1
    }
    if other == nil, index + 1 < tokens.count, tokens[index + 1].lower == "of" {
      other = object(after: index + 1, allowModifier: false)
    }
    guard let other else { return nil }
    // The ally itself: the head of an apposition ("China, North Korea’s closest ally,") or
    // the subject of "is" ("China is North Korea’s closest ally").
    var ally: Party?
    var before = phraseStart - 1
    if before >= 0, tokens[before].isComma, let head = group(endingAt: before), head.role == .agent
    {
      ally = Party(head, how: "\"\(text(head.range))\" (apposition)")
    } else {
      while before >= 0,
        ["is", "was", "remains", "has", "been", "become", "became", "as", "a", "an", "the"]
          .contains(tokens[before].lower)
      {
        before -= 1
      }
      if before >= 0, let head = group(endingAt: before + 1), head.role == .agent {
        ally = Party(head)
      }
    }
    guard let ally else { return reject(index, "no one named as the ally") }
    return finding(
      trigger, at: index, source: ally, target: other, claim: nil, how: "named as an ally")
  }
}
