import StanceGraph

/// References back: surnames, "the minister", "he", "they", "both nations".
extension DocumentReader {
  // MARK: - References back

  /// "Shin", "he", "the minister", "they", "both nations", "the two countries".
  mutating func anaphor(at start: Int) -> Mention? {
    let token = tokens[start]
    let word = token.lower
    if token.isCapitalised, let person = discourse.personAliases[word] {
      var end = start + 1
      // "Shin Won-sik" after "Shin" was introduced: take the whole name.
      while end < tokens.count, tokens[end].isCapitalised,
        discourse.personAliases[tokens[end].lower] == person
      {
        end += 1
      }
      return Mention(
        range: start..<end, actors: [person], role: .agent, isAnaphor: true,
        how: "earlier mention of \(gazetteer.entries[Int(person)].name)")
    }
    if Lexicon.personPronouns.contains(word), let person = discourse.lastPerson {
      return Mention(
        range: start..<(start + 1), actors: [person], role: .agent, isAnaphor: true,
        how: "\"\(token.text)\" → \(gazetteer.entries[Int(person)].name)")
    }
    if Lexicon.groupPronouns.contains(word), discourse.lastGroup.count >= 2 {
      return Mention(
        range: start..<(start + 1), actors: discourse.lastGroup, role: .agent, isAnaphor: true,
        refersToGroup: true, how: "\"\(token.text)\" → the last group")
    }
    if word == "the" || word == "both" {
      let referent = groupReferent
      var index = start + 1
      if word == "the", index < tokens.count,
        ["two", "three", "four", "five"].contains(tokens[index].lower)
      {
        index += 1
        if index < tokens.count, tokens[index].isCapitalised, index + 1 < tokens.count,
          Lexicon.groupNouns.contains(tokens[index + 1].lower)
        {
          index += 1  // "the three European powers"
        } else if index >= tokens.count || !Lexicon.groupNouns.contains(tokens[index].lower),
          referent.count >= 2
        {
          return Mention(
            range: start..<index, actors: referent, role: .agent, isAnaphor: true,
            refersToGroup: true, how: "\"\(text(start..<index))\" → the last group")
        }
      }
      if index < tokens.count, Lexicon.groupNouns.contains(tokens[index].lower),
        word == "both" || index == start + 2, referent.count >= 2
      {
        return Mention(
          range: start..<(index + 1), actors: referent, role: .agent, isAnaphor: true,
          refersToGroup: true, how: "\"\(text(start..<(index + 1)))\" → the last group")
      }
      // "the ministers", "the group", "the ministry": the last subject.
      if word == "the", index < tokens.count, index == start + 1,
        DocumentReader.subjectNouns.contains(tokens[index].lower), !discourse.lastSubject.isEmpty,
        discourse.personByHead[tokens[index].lower] == nil
      {
        return Mention(
          range: start..<(index + 1), actors: discourse.lastSubject, role: .agent,
          isAnaphor: true, how: "\"\(text(start..<(index + 1)))\" → the last subject")
      }
      // "the minister", "the defense minister", "the spokeswoman"
      if word == "the" {
        var head = start + 1
        while head < tokens.count && head < start + 4 {
          if let person = discourse.personByHead[tokens[head].lower] {
            return Mention(
              range: start..<(head + 1), actors: [person], role: .agent, isAnaphor: true,
              how: "\"\(text(start..<(head + 1)))\" → \(gazetteer.entries[Int(person)].name)")
          }
          guard tokens[head].kind == .word, !tokens[head].isCapitalised || head == start + 1
          else { break }
          head += 1
        }
      }
    }
    return nil
  }

  /// What "both sides" and "the two countries" refer to: the last group that was a subject,
  /// or else the last two parties of the discourse and of this sentence so far.
  var groupReferent: [Int32] {
    if discourse.lastGroup.count >= 2 { return discourse.lastGroup }
    var recent = discourse.parties
    for mention in mentions where mention.role != .location {
      for actor in mention.actors {
        let state = rolledUp(actor)
        recent.removeAll { $0 == state }
        recent.append(state)
      }
    }
    return Array(recent.suffix(2))
  }
}
