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

  private mutating func mention(at start: Int) -> Mention? {
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
  private func widened(_ mention: Mention, from start: Int) -> Mention {
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

  private func matches(_ phrase: [String], at index: Int, exact: Bool) -> Bool {
    guard index + phrase.count <= tokens.count else { return false }
    for (offset, word) in phrase.enumerated() {
      let token = tokens[index + offset]
      if (exact ? token.text : token.lower) != word { return false }
    }
    return true
  }

  /// A gazetteer name, with what follows deciding its role: "North Korea’s foreign ministry"
  /// (agent), "North Korea’s missiles" (modifier), "in Seoul" (location).
  private mutating func gazetteerMention(at start: Int) -> Mention? {
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

  private func describe(_ form: Gazetteer.Form) -> String {
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
  private func isLocation(before index: Int) -> Bool {
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
  private func isNounAfterName(_ token: Token) -> Bool {
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
  private func institutionPhrase(from start: Int) -> Int? {
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

  // MARK: - People

  /// "[U.S.] Defense Secretary Lloyd Austin", "China’s Foreign Minister Wang Yi",
  /// "President Joe Biden": a person who speaks for the state named before the title.
  private mutating func personIntroduction(at start: Int) -> Mention? {
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
  private mutating func appositivePerson(at start: Int) -> Mention? {
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
  private func title(at start: Int) -> (end: Int, head: String)? {
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

  private func phrase(named name: String) -> Int32? {
    let tokens = Gazetteer.tokenize(name).map(\.lower)
    guard let first = tokens.first else { return nil }
    return gazetteer.phrases[first]?.first(where: { $0.tokens == tokens })?.entry
  }

  // MARK: - References back

  /// "Shin", "he", "the minister", "they", "both nations", "the two countries".
  private mutating func anaphor(at start: Int) -> Mention? {
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
  private var groupReferent: [Int32] {
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

  // MARK: - Groups

  /// Joins mentions separated only by commas, "and", "or", "as well as", "both" or a
  /// parenthesis ("China (PRC) and Russia").
  private mutating func buildGroups() {
    groups = []
    groupStartingAt = [:]
    groupEndingAt = [:]
    var index = 0
    var lastPlural: [Int32] = []
    while index < mentions.count {
      if mentions[index].refersToGroup, lastPlural.count >= 2 {
        mentions[index].actors = lastPlural  // "Russia and North Korea ..., both nations"
      }
      var group = MentionGroup(
        range: mentions[index].range, actors: mentions[index].actors, role: mentions[index].role,
        isAnaphor: mentions[index].isAnaphor, isMetonym: mentions[index].isMetonym,
        how: mentions[index].how)
      var next = index + 1
      var lastConfirmed = (range: group.range, actors: group.actors, next: next)
      while next < mentions.count {
        let gap = skipParenthesis(from: group.range.upperBound)
        if mentions[next].range.lowerBound < gap {
          // A mention inside the parenthesis: "China (PRC)".
          group.range = group.range.lowerBound..<gap
          next += 1
          if lastConfirmed.next == next - 1 { lastConfirmed = (group.range, group.actors, next) }
          continue
        }
        let between = gap..<mentions[next].range.lowerBound
        guard isCoordination(between), mentions[next].role == group.role else { break }
        let isConjunction = between.contains { ["and", "or", "&"].contains(tokens[$0].lower) }
        group.range = group.range.lowerBound..<mentions[next].range.upperBound
        group.actors += mentions[next].actors.filter { !group.actors.contains($0) }
        if mentions[next].role == .agent { group.role = .agent }
        group.isAnaphor = group.isAnaphor || mentions[next].isAnaphor
        group.how += "; " + mentions[next].how
        next += 1
        if isConjunction { lastConfirmed = (group.range, group.actors, next) }
      }
      // "X, Y," without "and" is an apposition, not a list: keep what "and" closed.
      if next != lastConfirmed.next {
        group.range = lastConfirmed.range
        group.actors = lastConfirmed.actors
        next = lastConfirmed.next
      }
      // "both X and Y"
      if group.range.lowerBound > 0, tokens[group.range.lowerBound - 1].lower == "both",
        group.actors.count > 1
      {
        group.range = (group.range.lowerBound - 1)..<group.range.upperBound
      }
      group.range = group.range.lowerBound..<skipParenthesis(from: group.range.upperBound)
      if group.actors.count >= 2 && group.role == .agent { lastPlural = group.actors }
      groupStartingAt[group.range.lowerBound] = groups.count
      groupEndingAt[group.range.upperBound] = groups.count
      groups.append(group)
      index = next
    }
  }

  /// Skips a short parenthesis after a mention: "China (PRC)".
  private func skipParenthesis(from index: Int) -> Int {
    guard index < tokens.count, tokens[index].text == "(" else { return index }
    var close = index + 1
    while close < tokens.count && close < index + 5 {
      if tokens[close].text == ")" { return close + 1 }
      close += 1
    }
    return index
  }

  private func isCoordination(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= 3 else { return false }
    var sawJoin = false
    for index in range {
      let token = tokens[index]
      switch token.lower {
      case ",", "and", "or", "&", "as", "well", "both": sawJoin = true
      case "the": continue
      default: return false
      }
    }
    return sawJoin
  }

  /// The group that begins at `index` (after an optional "the", which groups include).
  func group(startingAt index: Int) -> MentionGroup? {
    groupStartingAt[index].map { groups[$0] }
  }

  /// The group that ends just before `index`.
  func group(endingAt index: Int) -> MentionGroup? {
    groupEndingAt[index].map { groups[$0] }
  }

  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else {
      return ""
    }
    return String(
      decoding: bytes[tokens[first].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
  }
}
