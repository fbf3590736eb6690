import StanceGraph

extension DocumentReader {
  /// Accusations without an accusation verb: a speaker's quoted words that characterise an
  /// actor ("The Israeli enemy is attacking …", "the criminal Israeli regime", "(China's)
  /// militaristic mentality", "this unjustified criminal act"), and responsibility ("holds
  /// Washington responsible", "the administration in Washington is solely responsible").
  ///
  /// Quoted charges need a speaker (``findSpeaker()``) and a charge word next to the actor:
  /// a charge noun after it (``Lexicon/chargeNouns``) or a charge adjective just before or
  /// after it (``Lexicon/chargeAdjectives``); a charge adjective before an event noun with no
  /// actor accuses the act's author from the discourse. Each actor is accused once.
  ///
  /// - Complexity: O(*n*) for *n* tokens.
  mutating func readCharges() -> [Finding] {
    var findings: [Finding] = []
    var accused: Set<Int32> = []
    let trigger = Trigger(
      relation: .accuses, frame: .naming, lemma: "charge", confidence: 0.6, isParticiple: false,
      isGerund: false)
    func add(_ source: Party, _ target: Party, at index: Int, how: String) {
      let sourceStates = Set(source.actors.map(rolledUp))
      let targets = target.actors.filter { !sourceStates.contains(rolledUp($0)) }
      guard !targets.isEmpty, targets.contains(where: { accused.insert(rolledUp($0)).inserted })
      else { return }
      var party = target
      party.actors = targets
      findings.append(
        finding(trigger, at: index, source: source, target: party, claim: nil, how: how))
    }
    // Responsibility, quoted or not.
    for (index, token) in tokens.enumerated() where Lexicon.guiltAdjectives.contains(token.lower) {
      if let found = responsibility(at: index) {
        add(found.source, found.target, at: index, how: "held responsible")
      }
    }
    guard let speaker else { return findings }
    let source = Party(speaker, how: "\"\(text(speaker.range))\", the speaker")
    let sourceStates = Set(source.actors.map(rolledUp))
    // The quoted spans, and the clause after "X said" (the speaker's words reported).
    let reported =
      tokens.indices.first {
        $0 >= speaker.range.upperBound && $0 <= speaker.range.upperBound + 2
          && Lexicon.reportingVerbs.contains(tokens[$0].lower)
      }.map { $0 + 1 } ?? tokens.count
    // Reported wrongdoing: "Armenian forces opened fire on ..., the ministry said": the speaker
    // accuses the subject of a hostile act (``Lexicon/wrongdoingVerbs``) in its words.
    for (index, token) in tokens.enumerated() where Lexicon.wrongdoingVerbs.contains(token.lower) {
      if token.lower == "opened", index + 1 >= tokens.count || tokens[index + 1].lower != "fire" {
        continue
      }
      var before = index - 1
      while before >= 0,
        Lexicon.auxiliaries.contains(tokens[before].lower)
          || tokens[before].lower.hasSuffix("ly") && tokens[before].lower.count > 4
      {
        before -= 1
      }
      // "Units of the Armenian armed forces opened fire": the actor in the subject's last words.
      var end = before
      while end >= 0, end > before - 4, group(endingAt: end + 1) == nil, tokens[end].kind == .word,
        !tokens[end].isCapitalised, !DocumentReader.functionWords.contains(tokens[end].lower)
      {
        end -= 1
      }
      guard end >= 0, let subject = group(endingAt: end + 1), subject.role != .location,
        !subject.actors.map(rolledUp).contains(where: sourceStates.contains),
        subject.range.upperBound <= speaker.range.lowerBound
          || subject.range.lowerBound >= speaker.range.upperBound
      else { continue }
      // "Units of the Armenian armed forces", "Azerbaijani units": the actor is the head's.
      let context = verbContext(before: index, trigger: trigger)
      if context.isNegated || context.isHypothetical { continue }
      add(source, Party(subject), at: index, how: "reported wrongdoing by the actor")
    }
    var inQuote = false
    for (index, token) in tokens.enumerated() {
      if token.kind == .quote, token.text != "’", token.text != "'" {
        inQuote = token.text == "“" ? true : token.text == "”" ? false : !inQuote
        continue
      }
      guard inQuote || index >= reported, token.kind == .word else { continue }
      if let group = group(startingAt: index), group.role != .location || isGovernmentSeat(group),
        !group.actors.map(rolledUp).contains(where: sourceStates.contains)
      {
        var after = group.range.upperBound
        while after < tokens.count, tokens[after].kind == .possessive || tokens[after].text == ")" {
          after += 1
        }
        let next = after < tokens.count ? tokens[after].lower : ""
        let previous = (max(0, index - 3)..<index).map { tokens[$0].lower }
        // "Albin Kurti is the only culprit": a charge noun as the complement.
        let complement =
          ["is", "was", "are", "were"].contains(next)
          && tokens[(after + 1)..<min(tokens.count, after + 5)].contains {
            Lexicon.chargeNouns.contains($0.lower)
          }
        if Lexicon.chargeNouns.contains(next) || Lexicon.chargeAdjectives.contains(next)
          || previous.contains(where: Lexicon.chargeAdjectives.contains) || complement
        {
          add(source, Party(group), at: index, how: "quoted charge against the actor")
        }
      } else if Lexicon.chargeAdjectives.contains(token.lower) {
        var head = index + 1
        while head < tokens.count, head < index + 3,
          Lexicon.chargeAdjectives.contains(tokens[head].lower)
        {
          head += 1
        }
        if head < tokens.count, Lexicon.eventNouns.contains(tokens[head].lower),
          group(startingAt: head + 1) == nil, group(endingAt: index) == nil,
          let target = impliedTarget(source: source, noun: tokens[head].text)
        {
          add(source, target, at: head, how: "quoted charge against an act")
        }
      }
    }
    return findings
  }

  /// "the administration in Washington", "the regime in Pyongyang": a capital after a
  /// government noun stands for the government, not the place.
  func isGovernmentSeat(_ group: MentionGroup) -> Bool {
    let start = group.range.lowerBound
    return start > 1 && tokens[start - 1].lower == "in"
      && Lexicon.institutionNouns.contains(tokens[start - 2].lower)
      || start > 1 && tokens[start - 1].lower == "in"
        && ["administration", "regime", "leadership"].contains(tokens[start - 2].lower)
  }

  /// "holds Washington responsible", "X is solely responsible for …": who blames whom.
  func responsibility(at index: Int) -> (source: Party, target: Party)? {
    var cursor = index - 1
    while cursor >= 0 {
      if tokens[cursor].lower.hasSuffix("ly") || tokens[cursor].lower == "and"
        || tokens[cursor].kind == .quote
      {
        cursor -= 1
      } else if tokens[cursor].isComma,
        let open = tokens[max(0, cursor - 8)..<cursor].lastIndex(where: \.isComma)
      {
        cursor = open - 1  // ", in a broad sense,"
      } else {
        break
      }
    }
    guard cursor >= 0 else { return nil }
    // "holds X responsible"
    if let held = group(endingAt: cursor + 1), held.role != .location,
      held.range.lowerBound > 0,
      ["hold", "holds", "held", "holding"].contains(tokens[held.range.lowerBound - 1].lower)
    {
      let verb = held.range.lowerBound - 1
      guard let source = subject(endingAt: verb - 1, verb: verb) ?? speaker.map({ Party($0) })
      else { return nil }
      return (source, Party(held))
    }
    // "X is responsible for": the actor in the subject before "is".
    guard ["is", "was", "are", "were"].contains(tokens[cursor].lower),
      index + 1 < tokens.count, ["for", "in", "of"].contains(tokens[index + 1].lower),
      let speaker
    else { return nil }
    var scan = cursor - 1
    while scan >= 0, scan >= cursor - 8, tokens[scan].kind != .punctuation || tokens[scan].isComma {
      if let group = group(endingAt: scan + 1),
        group.role != .location || isGovernmentSeat(group)
      {
        return (Party(speaker, how: "\"\(text(speaker.range))\", the speaker"), Party(group))
      }
      scan -= 1
    }
    return nil
  }
}
