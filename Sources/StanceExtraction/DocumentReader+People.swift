import StanceGraph

/// People: introduced by a title or an apposition, then known by surname.
extension DocumentReader {
  // MARK: - People

  /// "[U.S.] Defense Secretary Lloyd Austin", "China’s Foreign Minister Wang Yi",
  /// "President Joe Biden": a person who speaks for the state named before the title.
  mutating func personIntroduction(at start: Int) -> Mention? {
    var titleStart = start
    var state: Int32?
    if let (entry, form, end) = phrase(at: start), form != .person {
      state = entry
      titleStart = end
      if titleStart < tokens.count && tokens[titleStart].kind == .possessive { titleStart += 1 }
    }
    guard let (titleEnd, head) = title(at: titleStart) else { return nil }
    let nameEnd = personName(from: titleEnd)
    if nameEnd == titleEnd {
      // "the South Korean defense minister": an unnamed official speaks for the state.
      guard let state else { return nil }
      return Mention(
        range: start..<titleEnd, actors: [state], role: .agent,
        how: "unnamed " + text(titleStart..<titleEnd))
    }
    let name = text(titleEnd..<nameEnd)
    let role = text(titleStart..<titleEnd)
    // "Military spokesman Lt. Gen. Ahmed Sharif Chaudhry" after "Pakistan has denied ...":
    // an official whose title names no state speaks for the state last a subject, unless the
    // gazetteer knows them.
    var how = "person introduced with title \"\(role)\""
    if state == nil, nameEnd < tokens.count, tokens[nameEnd].isComma {
      // "Lt. Col. Park Ji-hoon, a spokesman for the South Korean navy,": the apposition's.
      var index = nameEnd + 1
      while index < tokens.count, index < nameEnd + 10, !tokens[index].isComma,
        tokens[index].kind != .punctuation
      {
        if let (entry, form, end) = phrase(at: index), form != .person {
          state = entry
          index = end
        } else {
          index += 1
        }
      }
      if let state { how += ", for \(gazetteer.entries[Int(state)].name) (apposition)" }
    }
    if state == nil, phrase(named: name) == nil, discourse.personAliases[name.lowercased()] == nil,
      let context = discourse.lastSingleSubject, gazetteer.entries[Int(context)].kind == .state
    {
      state = context
      how += ", for \(gazetteer.entries[Int(context)].name) (the last subject)"
    }
    let person = addPerson(
      named: name, represents: state.map { gazetteer.entries[Int($0)].id }, role: role,
      head: head)
    return Mention(range: start..<nameEnd, actors: [person], role: .agent, how: how)
  }

  /// "Shin Won-sik, South Korea’s defense minister, ..." : a name followed by an apposition
  /// with a state and a title.
  mutating func appositivePerson(at start: Int) -> Mention? {
    guard tokens[start].isCapitalised else { return nil }
    let nameEnd = personName(from: start)
    guard nameEnd > start, nameEnd < tokens.count, tokens[nameEnd].isComma else { return nil }
    let name = text(start..<nameEnd)
    guard nameEnd - start >= 2 || name.contains("-") else { return nil }
    var index = nameEnd + 1
    var state: Int32?
    var head: String?
    var roleStart: Int?
    while index < tokens.count && index < nameEnd + 10 {
      let token = tokens[index]
      if token.isComma || token.kind == .punctuation { break }
      // The last one: "a spokesman for Yemen's Houthis" speaks for the Houthis.
      if let (entry, form, end) = phrase(at: index), form != .person {
        state = entry
        index = end
        continue
      }
      if gazetteer.titleHeads.contains(token.lower) {
        head = token.lower
        if roleStart == nil { roleStart = index }
      }
      index += 1
    }
    guard let state, let head else { return nil }
    let person = addPerson(
      named: name, represents: gazetteer.entries[Int(state)].id, role: head, head: head)
    return Mention(
      range: start..<nameEnd, actors: [person], role: .agent,
      how: "person introduced by apposition (\(head))")
  }

  /// A title from the gazetteer at `start`, after optional modifiers ("Deputy", "acting").
  func title(at start: Int) -> (end: Int, head: String)? {
    var index = start
    while index < tokens.count,
      [
        "deputy", "vice", "acting", "first", "senior", "top", "chief", "former", "then", "new",
        "outgoing", "incoming",
      ].contains(tokens[index].lower)
    {
      index += 1
    }
    var best: (end: Int, head: String)?
    // A title, possibly after up to two capitalised words: "Trade Representative".
    for offset in 0..<3 {
      let first = index + offset
      guard first < tokens.count else { break }
      if offset > 0 {
        let skipped = tokens[first - 1]
        guard skipped.kind == .word, skipped.isCapitalised, phrase(at: first - 1) == nil else {
          break
        }
      }
      for title in gazetteer.titles[tokens[first].lower] ?? []
      where matches(title.tokens, at: first, exact: false) {
        let end = first + title.tokens.count
        if end > best?.end ?? 0 { best = (end, title.head) }
      }
      if best != nil { break }
    }
    return best
  }

  /// The end of a personal name starting at `start`: up to four capitalised words, initials
  /// and particles ("von der", "al-").
  func personName(from start: Int) -> Int {
    var index = start
    while index < tokens.count && index < start + 5 {
      let token = tokens[index]
      guard token.kind == .word else { break }
      if token.isCapitalised {
        if DocumentReader.calendarWords.contains(token.lower) { break }
        // A state or organisation is never a person's name: "Gen. Japan" names no one.
        if let found = phrase(at: index), found.form != .person { break }
        index += 1
        continue
      }
      if ["von", "der", "van", "de", "bin", "al", "la", "da", "del", "le"].contains(token.lower),
        index + 1 < tokens.count, tokens[index + 1].isCapitalised, index > start
      {
        index += 1
        continue
      }
      // "Abdel Fattah al-Sisi", "Bashar al-Assad"
      if index > start, let hyphen = token.text.firstIndex(of: "-"),
        ["al", "el", "ad", "as", "ash", "bin"].contains(token.lower[..<hyphen].lowercased()),
        token.text[token.text.index(after: hyphen)...].first?.isUppercase == true
      {
        index += 1
        continue
      }
      break
    }
    return index
  }

  /// Adds a person found in the text to the run's gazetteer (or finds them there) and to the
  /// discourse.
  mutating func addPerson(named name: String, represents: String?, role: String, head: String)
    -> Int32
  {
    let index: Int32
    if let known = discourse.personAliases[name.lowercased()]
      ?? phrase(named: name).flatMap({ gazetteer.entries[Int($0)].kind == .person ? $0 : nil })
    {
      index = known
      if gazetteer.entries[Int(known)].represents == nil, let represents {
        var entry = gazetteer.entries[Int(known)]
        entry.represents = represents
        gazetteer.upsert(entry, form: .person)
      }
    } else {
      let id = DocumentReader.slug(name)
      var entry =
        gazetteer.entry(id: id)
        ?? Gazetteer.Entry(id: id, name: name, kind: .person, represents: represents, role: role)
      if entry.represents == nil { entry.represents = represents }
      index = gazetteer.upsert(entry, form: .person)
    }
    discourse.introduce(person: index, name: gazetteer.entries[Int(index)].name, head: head)
    discourse.introduce(person: index, name: name, head: head)
    return index
  }

  func phrase(named name: String) -> Int32? {
    let tokens = Gazetteer.tokenize(name).map(\.lower)
    guard let first = tokens.first else { return nil }
    return gazetteer.phrases[first]?.first(where: { $0.tokens == tokens })?.entry
  }
}
