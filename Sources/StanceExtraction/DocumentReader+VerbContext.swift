import StanceGraph

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
  /// Negation, modality, passive voice and noun use of the trigger at `index`, and where
  /// its subject ends.
  func verbContext(before index: Int, trigger: Trigger) -> VerbContext {
    var context = VerbContext(subjectEnd: index - 1)
    let isVerbFrame =
      trigger.frame != .concern && trigger.frame != .allianceNoun && trigger.frame != .allyNoun
    if isVerbFrame, index > 0 {
      let previous = tokens[index - 1]
      if previous.kind == .possessive
        || Lexicon.determiners.contains(previous.lower)
          && !(previous.lower == "that" && index > 1)
      {
        context.rejection = "used as a noun"
        return context
      }
      if previous.kind == .word, previous.lower == "to", index > 1,
        Lexicon.urgingVerbs.contains(
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
      } else if lower == "will", trigger.frame == .allianceVerb,
        ["stand with", "back", "side"].contains(trigger.lemma)
      {
        // "Egypt will stand firmly with Somalia": the pledge is made.
      } else if Lexicon.modals.contains(lower) {
        context.isHypothetical = true
      } else if Lexicon.beForms.contains(lower) {
        sawBe = true
      } else if lower == "to" {
        if cursor > 0 {
          let governor = tokens[cursor - 1].lower
          if Lexicon.negatingVerbs.contains(governor) { context.isNegated = true }
          let isAnnounced =
            cursor > 1 && Lexicon.announcingVerbs.contains(tokens[cursor - 2].lower)
          if Lexicon.hypotheticalVerbs.contains(governor) && governor != "threatened"
            || (["plan", "plans", "planned"].contains(governor) && !isAnnounced)
          {
            context.isHypothetical = true
          }
        }
      } else if Lexicon.auxiliaries.contains(lower) || Lexicon.controlVerbs.contains(lower)
        || (lower.hasSuffix("ly") && !token.isCapitalised && lower.count > 4)
        || Lexicon.clauseAdverbs.contains(lower)
      {
        // keep going
      } else if lower == "turn", cursor > 0, tokens[cursor - 1].lower == "in" {
        cursor -= 1  // "in turn"
      } else if ["past", "meantime"].contains(lower), cursor > 1, tokens[cursor - 1].lower == "the",
        tokens[cursor - 2].lower == "in"
      {
        cursor -= 2  // "in the past"
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
}
