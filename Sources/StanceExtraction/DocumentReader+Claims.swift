import StanceGraph

extension DocumentReader {
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
}
