import StanceGraph

extension DocumentReader {
  /// "accused X of …", "blamed X for …", "warned X against …".
  mutating func readVerbObject(_ trigger: Trigger, at index: Int, _ context: VerbContext)
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
      let isTraded =
        index > 0
        && ["trading", "traded", "trade", "trades", "exchanged", "exchanging"].contains(
          tokens[index - 1].lower)
      if isTraded, trigger.lemma == "blame",
        let traders = subject(endingAt: index - 2, verb: index - 1), traders.actors.count >= 2
      {
        // "The two countries have been trading blame": both directions.
        var result = finding(
          trigger, at: index, source: traders, target: nil, claim: nil, how: "traded blame")
        result.isReciprocal = true
        return result
      }
      if let group = source, isReciprocalObject(after: index) {
        // "Azerbaijan and Armenia accused each other of shelling": both directions.
        guard group.actors.count >= 2 else { return reject(index, "\"each other\" with one party") }
        let claimStart =
          index + 3 < tokens.count && tokens[index + 3].lower == "of" ? index + 4 : nil
        var result = finding(
          trigger, at: index, source: group, target: nil,
          claim: trigger.relation == .accuses ? claimStart.flatMap { claimText(from: $0) } : nil,
          how: "each other")
        result.isReciprocal = true
        return result
      }
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
      // "threatened to strike Iranian nuclear facilities": the object of the act threatened.
      if target == nil, trigger.relation == .warns, index + 2 < tokens.count,
        tokens[index + 1].lower == "to", Lexicon.hostileActs.contains(tokens[index + 2].lower)
      {
        target = object(after: index + 2)
      }
    }
    guard let source else { return reject(index, "no source found before the verb") }
    if target == nil, !context.isPassive { target = impliedTarget(after: index, source: source) }
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

  /// "alleged that X …", "claimed X is …".
  mutating func readThatClause(_ trigger: Trigger, at index: Int, _ context: VerbContext)
    -> Finding?
  {
    var cursor = index + 1
    let hasThat = cursor < tokens.count && tokens[cursor].lower == "that"
    if hasThat { cursor += 1 }
    var found = cursor < tokens.count ? group(startingAt: cursor) : nil
    if found == nil, hasThat {
      // "claimed that elements within the Pakistani security establishment sought to ...":
      // an actor in the clause subject's first words, before its verb.
      var scan = cursor
      while found == nil, scan < min(tokens.count, cursor + 6), tokens[scan].kind == .word,
        !Lexicon.auxiliaries.contains(tokens[scan].lower)
      {
        if let inner = group(startingAt: scan), inner.role == .modifier { found = inner }
        scan += 1
      }
      if let inner = found {
        guard let source = source(for: index, context) else {
          return reject(index, "no source found before the verb")
        }
        return finding(
          trigger, at: index, source: source, target: Party(inner), claim: claimText(from: cursor),
          how:
            "allegation about the clause's subject (\"\(text(cursor..<inner.range.upperBound))\")")
      }
    }
    guard let group = found, group.role != .location
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
}
