import StanceGraph

extension DocumentReader {
  /// "denied …", "rejected Washington’s accusations", "dismissed the claims as baseless".
  mutating func readDenial(_ trigger: Trigger, at index: Int, _ context: VerbContext)
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
      // "the findings of a United Nations group of experts": the body that made them.
      if accuser == nil, noun + 2 < tokens.count, tokens[noun + 1].lower == "of" {
        let skip = ["a", "an"].contains(tokens[noun + 2].lower) ? noun + 2 : noun + 1
        accuser = object(after: skip)
      }
      let before = tokens[cursor..<noun].map(\.lower)
      refersBack = before.contains {
        ["these", "those", "the", "such", "this", "that"].contains($0)
      }
    } else if trigger.needsAccusationObject {
      // "dismissed the report as baseless"
      let window = tokens[cursor..<min(tokens.count, cursor + 10)].map(\.lower)
      let rejectsInvolvement = window.prefix(3).contains(where: Lexicon.involvementNouns.contains)
      guard
        rejectsInvolvement
          || window.firstIndex(of: "as").map({
            window[($0 + 1)...].prefix(4).contains(where: Lexicon.dismissiveWords.contains)
          }) == true
      else { return reject(index, "rejects something that is not an accusation") }
    }
    let sentenceRefersBack = tokens.prefix(index).contains {
      Lexicon.responseWords.contains($0.lower)
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
}
