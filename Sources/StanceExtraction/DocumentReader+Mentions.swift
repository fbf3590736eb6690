import StanceGraph

extension DocumentReader {
  /// Finds the actors named in the current sentence, introduces the people it presents
  /// ("South Korean Defense Minister Shin Won-sik"), resolves references back ("Shin", "the
  /// minister", "he", "both nations") and joins coordinated mentions into groups.
  ///
  /// - Complexity: O(*n* · *p*) for *n* tokens and *p* phrases sharing a first word (small).
  mutating func findMentions() {
    mentions = []
    var index = 0
    while index < tokens.count {
      if let mention = mention(at: index) {
        mentions.append(mention)
        index = mention.range.upperBound
      } else {
        index += 1
      }
    }
    buildGroups()
  }

  // MARK: - One mention

  mutating func mention(at start: Int) -> Mention? {
    let token = tokens[start]
    guard token.kind == .word else { return nil }
    var first = start
    if token.lower == "the" {
      guard start + 1 < tokens.count else { return nil }
      first = start + 1
    }
    if let person = personIntroduction(at: first) { return widened(person, from: start) }
    if let named = gazetteerMention(at: first) { return widened(named, from: start) }
    if let appositive = appositivePerson(at: first) { return widened(appositive, from: start) }
    if let anaphor = anaphor(at: start) { return anaphor }
    return nil
  }

  /// Includes a leading "the" in a mention that starts right after it.
  func widened(_ mention: Mention, from start: Int) -> Mention {
    var mention = mention
    if mention.range.lowerBound == start + 1 && tokens[start].lower == "the" {
      mention.range = start..<mention.range.upperBound
    }
    return mention
  }

  /// The longest gazetteer phrase starting at `index`: (entry, form, end).
  func phrase(at index: Int) -> (entry: Int32, form: Gazetteer.Form, end: Int)? {
    var best: (entry: Int32, form: Gazetteer.Form, end: Int)?
    let token = tokens[index]
    guard token.kind == .word else { return nil }
    if let candidates = gazetteer.codes[token.text] {
      for phrase in candidates where matches(phrase.tokens, at: index, exact: true) {
        let end = index + phrase.tokens.count
        if end > best?.end ?? 0 { best = (phrase.entry, phrase.form, end) }
      }
    }
    // Names must be written with a capital: "china" in lower case is porcelain.
    if token.isCapitalised, let candidates = gazetteer.phrases[token.lower] {
      for phrase in candidates where matches(phrase.tokens, at: index, exact: false) {
        let end = index + phrase.tokens.count
        if end > best?.end ?? 0 { best = (phrase.entry, phrase.form, end) }
      }
    }
    return best
  }

  func matches(_ phrase: [String], at index: Int, exact: Bool) -> Bool {
    guard index + phrase.count <= tokens.count else { return false }
    for (offset, word) in phrase.enumerated() {
      let token = tokens[index + offset]
      if (exact ? token.text : token.lower) != word { return false }
    }
    return true
  }

  /// A gazetteer name, with what follows deciding its role: "North Korea’s foreign ministry"
  /// (agent), "North Korea’s missiles" (modifier), "in Seoul" (location).
  mutating func gazetteerMention(at start: Int) -> Mention? {
    guard let (entry, form, end) = phrase(at: start) else { return nil }
    let isPerson = form == .person
    var mention = Mention(
      range: start..<end, actors: [entry], role: .agent, isMetonym: form == .capital,
      how: describe(form))
    if isPerson {
      let person = gazetteer.entries[Int(entry)]
      // "the Biden administration", "Putin's government": the state the person leads.
      var next = end
      if next < tokens.count && tokens[next].kind == .possessive { next += 1 }
      if let institutionEnd = institutionPhrase(from: next), let represents = person.represents,
        let state = gazetteer.entryByID[represents]
      {
        return Mention(
          range: start..<institutionEnd, actors: [state], role: .agent,
          how: "\(person.name)'s " + text(next..<institutionEnd))
      }
      discourse.introduce(
        person: entry, name: person.name,
        head: person.role.flatMap { $0.split(separator: " ").last.map { $0.lowercased() } })
      return mention
    }
    if isLocation(before: start) {
      mention.role = .location
      return mention
    }
    var next = end
    let hasPossessive = next < tokens.count && tokens[next].kind == .possessive
    if hasPossessive { next += 1 }
    if let institutionEnd = institutionPhrase(from: next) {
      mention.range = start..<institutionEnd
      mention.how += " + " + text(next..<institutionEnd)
      return mention
    }
    if hasPossessive {
      mention.range = start..<next
      mention.role = .modifier
      return mention
    }
    if form == .demonym {
      mention.role = .modifier
      return mention
    }
    if next < tokens.count, isNounAfterName(tokens[next]) {
      mention.role = .modifier  // "UN sanctions", "U.S. warships"
    }
    return mention
  }

  func describe(_ form: Gazetteer.Form) -> String {
    switch form {
    case .name: "name"
    case .code: "code"
    case .demonym: "demonym"
    case .capital: "capital for its government"
    case .institution: "government body"
    case .person: "known person"
    }
  }

  /// Whether a place name at `index` is a location: "in Seoul", "a trip to Beijing".
  func isLocation(before index: Int) -> Bool {
    guard index > 0 else { return false }
    var previous = index - 1
    // "in southern Lebanon", "in eastern Congo"
    if Lexicon.compassAdjectives.contains(tokens[previous].lower), previous > 0 { previous -= 1 }
    if tokens[previous].lower == "the", previous > 0 { previous -= 1 }
    let word = tokens[previous].lower
    if Lexicon.locativePrepositions.contains(word) { return true }
    if word == "to" || word == "from", previous > 0 {
      return [
        "trip", "visit", "travel", "flew", "returned", "arrived", "traveled", "travelled",
        "journey", "route", "way", "back", "fled", "shipments", "exports", "supplying",
        "supplies", "shipped", "sent", "sending", "delivered", "flights", "imports",
      ].contains(tokens[previous - 1].lower)
    }
    return false
  }

  /// A lower-case noun after a name makes the name a modifier ("UN sanctions"); verbs,
  /// function words and institution nouns do not.
  func isNounAfterName(_ token: Token) -> Bool {
    guard token.kind == .word, !token.isCapitalised else { return false }
    let word = token.lower
    if Lexicon.triggers[word] != nil || Lexicon.reportingVerbs.contains(word)
      || Lexicon.auxiliaries.contains(word) || Lexicon.modals.contains(word)
      || Lexicon.negators.contains(word) || DocumentReader.functionWords.contains(word)
      || Lexicon.allianceGovernors.contains(word)
    {
      return false
    }
    return !word.hasSuffix("ed") && !word.hasSuffix("ing")
  }

  /// The end of an institution phrase starting at `start`: "foreign ministry",
  /// "state media", "officials", "military".
  func institutionPhrase(from start: Int) -> Int? {
    var index = start
    var end: Int?
    while index < tokens.count && index < start + 5 {
      let token = tokens[index]
      // "foreign ministry", or a capitalised name ending in a head: "Taiwan Affairs Office".
      guard token.kind == .word,
        Lexicon.institutionNouns.contains(token.lower)
          || (token.isCapitalised && !DocumentReader.calendarWords.contains(token.lower))
      else { break }
      if Lexicon.institutionHeads.contains(token.lower) { end = index + 1 }
      index += 1
    }
    return end
  }
}
