import StanceGraph

extension DocumentReader {
  /// A denial without a denial verb: "said the message was not true", "the charges were
  /// unfounded", "the Indian allegations against Pakistan were baseless", "had yet to submit
  /// any proof for its allegations".
  ///
  /// `noun` is an accusation noun (``Lexicon/accusationNouns``) at the head of a clause's
  /// subject followed by "was"/"were" and a dismissing complement
  /// (``Lexicon/dismissingComplements``, "not true"), or after "proof"/"evidence" in the
  /// five words before it. The source is the speaker or the main clause's subject; the
  /// accuser is the noun's possessor or modifier ("the Indian allegations"), the agent after
  /// "by", or, when the text names none, the one the discourse links (as for any denial).
  ///
  /// - Complexity: O(1): a window of at most 12 words around the noun.
  mutating func readDismissal(at noun: Int) -> Finding? {
    var isDismissed = false
    let rebuttal = tokens[max(0, noun - 5)..<noun].contains {
      Lexicon.evidenceNouns.contains($0.lower)
    }
    var agentStart: Int?
    let considered = tokens[max(0, noun - 3)..<noun].contains {
      [
        "consider", "considers", "considered", "call", "calls", "called", "described", "describes",
        "branded", "brands", "termed", "terms",
      ].contains($0.lower)
    }
    if rebuttal {
      isDismissed = true
    } else if considered,
      tokens[(noun + 1)..<min(tokens.count, noun + 5)].contains(where: {
        Lexicon.dismissingComplements.contains($0.lower)
      })
    {
      // "We consider such statements empty, unfounded"; "called Kurti's claims lies".
      isDismissed = true
    } else {
      var cursor = noun + 1
      while cursor < tokens.count, cursor < noun + 10 {
        let token = tokens[cursor]
        if token.kind == .punctuation { return nil }
        if token.lower == "by", agentStart == nil { agentStart = cursor }
        if ["was", "were", "is", "are"].contains(token.lower) { break }
        cursor += 1
      }
      guard cursor < tokens.count, cursor < noun + 10 else { return nil }
      var complement = cursor + 1
      while complement < tokens.count,
        tokens[complement].kind == .quote
          || (tokens[complement].lower.hasSuffix("ly") && tokens[complement].lower.count > 4)
          || ["all", "simply", "just"].contains(tokens[complement].lower)
      {
        complement += 1
      }
      guard complement < tokens.count else { return nil }
      let word = tokens[complement].lower
      if Lexicon.dismissingComplements.contains(word) {
        isDismissed = true
      } else if word == "not", complement + 1 < tokens.count,
        ["true", "correct", "accurate", "based"].contains(tokens[complement + 1].lower)
      {
        isDismissed = true
      }
    }
    guard isDismissed else { return nil }
    // Who dismisses: the speaker, or the main clause's subject before the noun.
    var source: Party?
    if let speaker { source = Party(speaker, how: "\"\(text(speaker.range))\", the speaker") }
    if source == nil, let main = mainSubject, main.role == .agent, main.range.upperBound <= noun {
      source = Party(main, how: "\"\(text(main.range))\", subject of the main clause")
    }
    guard let source else { return reject(noun, "a dismissal by no one named") }
    let sourceStates = Set(source.actors.map(rolledUp))
    func isOtherSide(_ group: MentionGroup) -> Bool {
      group.role != .location && !group.actors.map(rolledUp).contains(where: sourceStates.contains)
    }
    var accuser: Party?
    if let possessor = group(endingAt: noun), isOtherSide(possessor) {
      accuser = Party(possessor)
    } else if noun > 0, tokens[noun - 1].kind == .possessive,
      let possessor = group(endingAt: noun - 1), isOtherSide(possessor)
    {
      accuser = Party(possessor)
    } else if let agentStart {
      var scan = agentStart + 1
      while accuser == nil, scan < min(tokens.count, agentStart + 8) {
        if let group = group(startingAt: scan), isOtherSide(group) { accuser = Party(group) }
        scan += 1
      }
    } else if rebuttal {
      // "India had yet to submit any proof for its allegations": the one asked for proof.
      var scan = noun - 1
      while accuser == nil, scan >= 0 {
        if let group = group(endingAt: scan + 1), isOtherSide(group),
          source.range.map({ !$0.overlaps(group.range) }) ?? true
        {
          accuser = Party(group)
        }
        scan -= 1
      }
    }
    let trigger = Trigger(
      relation: .denies, frame: .denial, lemma: "dismiss", confidence: 0.7, isParticiple: false,
      isGerund: false)
    var result = finding(
      trigger, at: noun, source: source, target: accuser, claim: nil,
      how: rebuttal ? "no proof for the accusation" : "the accusation called untrue")
    result.refersBack = true
    result.hasExplicitAccuser = accuser != nil
    return result
  }
}
