import StanceGraph

extension DocumentReader {
  /// Threats made in other words: "will retaliate", "will not go unanswered", "will be
  /// punished", "will pay a dear price", "will bear the consequences", "promised a befitting
  /// reply", "will not hesitate to take action", "declared X's interests legitimate targets",
  /// "vowed to keep attacking X's ships".
  ///
  /// The word must be governed by a future or threatening cue in the 8 words before it ("will",
  /// "would", "vowed", "threatened", "declared"; see ``Lexicon/threatCues``); modality does
  /// not cancel these, because the threat itself has been made. Negation cancels all but
  /// "unanswered" and "hesitate", which need it. The source is the sentence's speaker or main
  /// subject; the target is an actor in the clause other than the source ("Israel will be
  /// punished", "American and British interests"), or the one after "against", "on", "to";
  /// otherwise the discourse's implied target (``impliedTarget(after:source:)``).
  ///
  /// - Complexity: O(1) per trigger word, O(*k*) for *k* earlier statements when the target
  ///   is implied.
  mutating func readThreat(_ trigger: Trigger, at index: Int) -> Finding? {
    let word = tokens[index].lower
    // The cue and the start of the clause.
    var cue: Int?
    var isNegated = false
    var clauseStart = 0
    var cursor = index - 1
    while cursor >= 0, cursor >= index - 14 {
      let token = tokens[cursor]
      if token.kind == .punctuation, token.text != "-" {
        clauseStart = cursor + 1
        break
      }
      let lower = token.lower
      if Lexicon.negators.contains(lower), cue == nil || cursor > (cue ?? 0) - 3 {
        isNegated = true
      }
      if cue == nil, Lexicon.threatCues.contains(lower),
        index - cursor <= (Lexicon.modals.contains(lower) ? 8 : 12)
      {
        cue = cursor
      }
      if lower == "whether" { return reject(index, "a question, not a threat") }
      if lower == "that" || lower == "if" || lower == "unless" {
        if clauseStart == 0 { clauseStart = cursor + 1 }
        if cue != nil { break }
      }
      cursor -= 1
    }
    guard let cue else { return nil }
    if ["respond", "response", "reply"].contains(word), cue + 1 < tokens.count,
      index - cue > 4
    {
      return nil
    }
    if Lexicon.threatActs.contains(word) {
      // "vowed to keep attacking": only after vowing or threatening.
      guard
        ["vowed", "vows", "vow", "threatened", "threatens", "threaten", "pledged"].contains(
          tokens[cue].lower), index - cue <= 4
      else { return nil }
    }
    let needsNegation = word == "unanswered" || word == "hesitate"
    if isNegated != needsNegation {
      notes.append("\"\(tokens[index].text)\": \(isNegated ? "negated" : "no negation")")
      return nil
    }
    if word == "targets", index > 0, tokens[index - 1].lower != "legitimate" { return nil }
    if word == "price",
      !tokens[max(0, index - 5)..<index].contains(where: {
        ["pay", "pays", "paid", "paying"].contains($0.lower)
      })
    {
      return nil
    }
    // The source: the speaker, or the main clause's subject before the cue.
    var source: Party?
    if let speaker { source = Party(speaker, how: "\"\(text(speaker.range))\", the speaker") }
    if source == nil, let main = mainSubject, main.role == .agent, main.range.upperBound <= cue {
      source = Party(main, how: "\"\(text(main.range))\", subject of the main clause")
    }
    if source == nil, let subject = subject(endingAt: cue - 1, verb: cue) {
      source = subject
    }
    guard let source else { return reject(index, "no one making the threat") }
    let sourceStates = Set(source.actors.map(rolledUp))
    func isOtherSide(_ group: MentionGroup) -> Bool {
      group.role != .location && !group.actors.map(rolledUp).contains(where: sourceStates.contains)
    }
    // The target: "against X" after the word; for a threat the target suffers ("Israel will
    // be punished", "X's interests … legitimate targets"), an actor between the clause's
    // start and the word; for an act threatened ("will retaliate", "a befitting reply"), the
    // author of an act the sentence names ("the attack"), from the discourse.
    var target: Party?
    var after = index + 1
    while after < tokens.count, after < index + 6, tokens[after].kind != .punctuation {
      if ["against", "on"].contains(tokens[after].lower),
        let group = group(startingAt: after + 1), isOtherSide(group)
      {
        target = Party(group)
        break
      }
      if Lexicon.threatActs.contains(word), let group = group(startingAt: after), isOtherSide(group)
      {
        target = Party(group)  // "vowed to keep attacking Israeli ships"
        break
      }
      after += 1
    }
    if target == nil, Lexicon.sufferedThreats.contains(word) {
      // The clause's subject ("that Israel will be punished"), or an actor between the cue
      // and the word ("declared American and British interests to be legitimate targets");
      // not one inside the subject ("countries supporting North Korea would face …").
      // "said Seoul would pay a heavy price": the subject right before the cue.
      var beforeCue = cue
      while beforeCue > 0,
        tokens[beforeCue - 1].kind == .quote
          || tokens[beforeCue - 1].lower.hasSuffix("ly") && tokens[beforeCue - 1].lower.count > 4
      {
        beforeCue -= 1
      }
      // Only a subject that starts its clause: not "countries supporting Russia would".
      if let subject = group(endingAt: beforeCue), isOtherSide(subject) {
        let lead = subject.range.lowerBound
        if lead == clauseStart || lead == 0 || tokens[lead - 1].isComma
          || Lexicon.reportingVerbs.contains(tokens[lead - 1].lower)
        {
          target = Party(subject)
        }
      }
      if target == nil, let group = group(startingAt: clauseStart), group.range.upperBound <= cue {
        if isOtherSide(group) {
          target = Party(group)
        } else if group.isAnaphor, clauseStart > 1 {
          // "make clear to the Houthis that they will bear the consequences": the addressee.
          var scan = clauseStart - 2
          while target == nil, scan >= max(0, clauseStart - 8) {
            if let addressee = self.group(endingAt: scan + 1), isOtherSide(addressee) {
              target = Party(addressee)
            }
            scan -= 1
          }
        }
      }
      var scan = cue + 1
      while target == nil, scan < index {
        if let group = group(startingAt: scan), isOtherSide(group) { target = Party(group) }
        scan += 1
      }
      if target == nil { return reject(index, "a threat against no one named") }
    }
    if target == nil {
      let namesAnAct = tokens.indices.contains { position in
        Lexicon.eventNouns.contains(tokens[position].lower) && position > 0
          && ["the", "this", "these", "that", "such"].contains(tokens[position - 1].lower)
      }
      let isVowed = !Lexicon.modals.contains(tokens[cue].lower)
      if namesAnAct || isVowed {
        // "condemned the raid by India and said it would not go unanswered": this sentence's
        // own accusation first, then the discourse.
        let earlier = sentenceFindings.filter {
          $0.relation == .accuses && $0.sources.map(rolledUp).contains(where: sourceStates.contains)
        }.flatMap(\.targets).filter { !sourceStates.contains(rolledUp($0)) }
        if !earlier.isEmpty {
          target = Party(
            actors: earlier, range: nil, how: "the target of this sentence's accusation",
            factor: 0.85)
        } else {
          target = impliedTarget(source: source, noun: tokens[index].text)
        }
      }
    }
    guard let target else { return reject(index, "a threat against no one named") }
    return finding(
      trigger, at: index, source: source, target: target, claim: nil,
      how: "threat (\"\(tokens[cue].text) … \(tokens[index].text)\")")
  }
}
