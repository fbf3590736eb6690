import StanceGraph

extension DocumentReader {
  /// "allied with X", "sided with X", "backed X".
  mutating func readAllianceVerb(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    var partner: Party?
    var cursor = index + 1
    while cursor < tokens.count, cursor < index + 6,
      tokens[cursor].lower.hasSuffix("ly")
        || Lexicon.allianceAdverbs.contains(tokens[cursor].lower)
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
    case "defend":
      // "vowed to defend Poland and the Baltic states"; not "defended the strikes".
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

  /// "pledged closer ties", "signed a pact with X", "joint drills between X and Y".
  mutating func readAllianceNoun(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    let noun = tokens[index].lower
    if noun == "commitment" {
      return readCommitment(trigger, at: index)
    }
    if noun == "support" {
      // "We fully support Israel's right to defend itself": the verb.
      var before = index - 1
      while before >= 0, tokens[before].lower.hasSuffix("ly"), tokens[before].lower.count > 4 {
        before -= 1
      }
      if before >= 0,
        Lexicon.speakerPronouns.contains(tokens[before].lower)
          || (group(endingAt: before + 1)?.role == .agent),
        let partner = object(after: index), let subject = subject(endingAt: before, verb: index)
      {
        return finding(
          trigger, at: index, source: subject, target: partner, claim: nil,
          how: "\"support\" as a verb")
      }
    }
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
        if cursor > 0, Lexicon.determiners.contains(tokens[cursor - 1].lower) { break }
        governor = cursor
        break
      }
      guard
        Lexicon.positiveModifiers.contains(token.lower) || token.lower.hasSuffix("al")
          || Lexicon.determiners.contains(token.lower) || token.lower == "to"
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
    if subject == nil, isJoint, isStatementNoun, let speaker, speaker.actors.count >= 2 {
      // "the two countries said in a joint statement"
      var result = finding(
        trigger, at: index, source: Party(speaker), target: nil, claim: nil,
        how: "joint statement of \"\(text(speaker.range))\"")
      result.isMutual = true
      return result
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

  /// "X, Y’s closest ally", "X is an ally of Y".
  mutating func readAllyNoun(_ trigger: Trigger, at index: Int, _ context: VerbContext)
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
        Lexicon.allyAdjectives.contains(lower) || Lexicon.determiners.contains(lower)
      else { break }
      if Lexicon.determiners.contains(lower) { phraseStart = cursor }
      cursor -= 1
    }
    if other == nil, index + 1 < tokens.count, tokens[index + 1].lower == "of" {
      other = object(after: index + 1, allowModifier: false)
    }
    // "Mali and its allies Burkina Faso and Niger": the allies named after the noun, of the
    // actor before "and its".
    if other == nil, index > 0, ["its", "their"].contains(tokens[index - 1].lower),
      let allies = group(startingAt: index + 1), allies.role == .agent
    {
      var owner: MentionGroup?
      if index > 2, tokens[index - 2].lower == "and" { owner = group(endingAt: index - 2) }
      if owner == nil, let main = mainSubject, main.range.upperBound <= index { owner = main }
      if let owner, owner.role == .agent {
        return finding(
          trigger, at: index, source: Party(allies), target: Party(owner), claim: nil,
          how: "named as allies of \"\(text(owner.range))\"")
      }
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
    // "Syria's ally Russia": the name after the noun.
    if ally == nil, let named = group(startingAt: index + 1), named.role == .agent {
      ally = Party(named, how: "\"\(text(named.range))\" (named after \"\(tokens[index].text)\")")
    }
    guard let ally else { return reject(index, "no one named as the ally") }
    return finding(
      trigger, at: index, source: ally, target: other, claim: nil, how: "named as an ally")
  }

  /// "reaffirmed America's ironclad commitment to the security of Israel", "his country's
  /// steadfast commitment to Israel's security": the committer (the possessor before the noun,
  /// else the main clause's subject) allies with the actor after "to".
  mutating func readCommitment(_ trigger: Trigger, at index: Int) -> Finding? {
    var to = index + 1
    while to < tokens.count, tokens[to].kind == .quote { to += 1 }
    guard to < tokens.count, tokens[to].lower == "to" else { return nil }
    var partner: Party?
    var scan = to + 1
    while partner == nil, scan < min(tokens.count, index + 7), tokens[scan].kind != .punctuation {
      if let group = group(startingAt: scan), group.role != .location { partner = Party(group) }
      scan += 1
    }
    guard let partner else { return reject(index, "a commitment to no one named") }
    var committer: Party?
    var back = index - 1
    while committer == nil, back >= 0, back >= index - 5 {
      if let group = group(endingAt: back + 1), group.role != .location {
        committer = Party(group)
      } else if tokens[back].kind == .word && !tokens[back].isCapitalised
        || tokens[back].kind == .quote || tokens[back].kind == .possessive
      {
        back -= 1
      } else {
        break
      }
    }
    if committer == nil, let main = mainSubject, main.role == .agent, main.range.upperBound <= index
    {
      committer = Party(main, how: "\"\(text(main.range))\", subject of the main clause")
    }
    guard let committer else { return reject(index, "no one making the commitment") }
    let context = verbContext(before: committer.range?.upperBound ?? index, trigger: trigger)
    if context.isNegated { return reject(index, "negated") }
    return finding(
      trigger, at: index, source: committer, target: partner, claim: nil, how: "commitment to")
  }
}
