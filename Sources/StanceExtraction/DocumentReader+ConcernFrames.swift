import StanceGraph

extension DocumentReader {
  /// "concern about X", "a warning to X", "is worried that X …".
  mutating func readConcern(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    var after = index + 1
    if after < tokens.count, tokens[after].kind == .quote { after += 1 }
    guard after < tokens.count,
      ["about", "over", "that", "regarding", "at", "with", "on", "by", "against", "to"].contains(
        tokens[after].lower)
    else { return nil }
    guard let target = object(after: after) else { return nil }
    if Lexicon.concernAdjectives.contains(tokens[index].lower) {
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
      Lexicon.determiners.contains(tokens[cursor].lower)
        || Lexicon.concernModifiers.contains(tokens[cursor].lower)
    {
      cursor -= 1
    }
    if cursor >= 0, let possessor = group(endingAt: cursor + 1), possessor.role == .modifier {
      source = Party(possessor)
    } else if cursor >= 0 {
      var verbContext = VerbContext(subjectEnd: cursor - 1)
      let verb = tokens[cursor].lower
      let isExpressing = Lexicon.expressingVerbs.contains(verb)
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

  /// "called X an “illegal …”", "branded X a threat".
  mutating func readNaming(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    var target = object(after: index, allowModifier: false)
    var cursor = target?.range?.upperBound ?? index + 1
    var isAct = false
    let sourceStates = Set((source(for: index, context)?.actors ?? []).map(rolledUp))
    if target == nil || target?.actors.map(rolledUp).contains(where: sourceStates.contains) == true,
      let speaker = source(for: index, context)
    {
      // "called the American operation a violation", "called the strikes by X barbaric",
      // "calling it a hostile act" (the deal of the sentence before): the act's author.
      if let head = eventHead(after: index) {
        if head > index + 1, let modifier = group(endingAt: head), modifier.role == .modifier,
          !modifier.actors.map(rolledUp).contains(where: sourceStates.contains)
        {
          target = Party(modifier)
        } else {
          target = impliedTarget(after: index, source: speaker)
        }
        cursor = max(head + 1, target?.range?.upperBound ?? 0)
        isAct = true
      } else if index + 1 < tokens.count, tokens[index + 1].lower == "it",
        let act = tokens[..<index].lastIndex(where: { Lexicon.eventNouns.contains($0.lower) })
      {
        // "reacted with anger to the deal, calling it a hostile act": the act before "it".
        target = impliedTarget(source: speaker, noun: tokens[act].text)
        cursor = index + 2
      } else {
        target = nil
      }
    }
    guard let target else { return nil }
    if !isAct, cursor < tokens.count,
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
}
