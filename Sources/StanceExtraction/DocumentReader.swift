import StanceGraph

/// A statement found in one sentence, before it becomes part of an ``Extraction``.
struct Finding: Sendable {
  var sources: [Int32]
  var relation: Relation
  var targets: [Int32]  // empty: an untargeted denial
  var claim: String?
  var trigger: Range<Int>
  /// Tokens the statement spans, for its character span.
  var span: Range<Int>
  var confidence: Double
  var explanation: String
  /// For a denial: whether the sentence refers back to earlier accusations.
  var refersBack: Bool = false
  /// For a denial: the accuser was named in the sentence.
  var hasExplicitAccuser: Bool = false
  /// For allies-with: pair the sources among themselves.
  var isMutual: Bool = false
  /// "accused each other": every source toward every other source.
  var isReciprocal: Bool = false
}

/// Reads one document sentence by sentence, keeping the discourse between sentences.
///
/// The rules are shallow and transparent: mentions come from the gazetteer and the people the
/// text introduces; each trigger word's frame (see ``Trigger/Frame``) says where its source,
/// target and claim are; negation, modality and questions cancel a match. Every decision is
/// written to the sentence's notes for `--explain`.
struct DocumentReader {
  static let functionWords: Set<String> = [
    "and", "or", "but", "to", "of", "for", "with", "that", "which", "who", "whom", "whose",
    "in", "on", "at", "by", "as", "from", "against", "over", "about", "into", "after", "before",
    "while", "if", "than", "then", "so", "because", "since", "during", "amid", "despite",
    "under", "between", "among", "through", "without", "within", "across", "toward", "towards",
    "its", "their", "his", "her", "the", "a", "an", "this", "these", "those", "such", "any",
  ]

  /// Nouns that, after "the", refer back to the last subject: "the ministers", "the group".
  static let subjectNouns: Set<String> = [
    "ministers", "officials", "leaders", "diplomats", "group", "bloc", "alliance",
    "organization", "organisation", "agency", "body", "council", "junta", "regime",
    "government", "administration", "ministry", "watchdog", "allies", "members", "coalition",
    "military", "army",
  ]

  static let calendarWords: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
  ]

  var gazetteer: Gazetteer
  var discourse = Discourse()
  let bytes: [UInt8]

  // The current sentence.
  var tokens: [Token] = []
  var mentions: [Mention] = []
  var groups: [MentionGroup] = []
  var groupStartingAt: [Int: Int] = [:]
  var groupEndingAt: [Int: Int] = [:]
  var notes: [String] = []
  /// "According to X, ..." or "..., X said": who speaks in this sentence.
  var speaker: MentionGroup?
  /// The subject of the sentence's main clause.
  var mainSubject: MentionGroup?
  /// What the current sentence has stated so far, for a later trigger in it.
  var sentenceFindings: [Finding] = []

  init(gazetteer: Gazetteer, bytes: [UInt8]) {
    self.gazetteer = gazetteer
    self.bytes = bytes
  }

  /// Reads one sentence and returns what it states.
  mutating func read(_ sentence: Sentence) -> [Finding] {
    tokens = Tokenizer.tokens(in: bytes, sentence.byteRange)
    notes = []
    dropDateline()
    findMentions()
    for group in groups where group.role != .location {
      notes.append("actor \"\(text(group.range))\": \(group.how)")
    }
    if let last = tokens.last, last.text == "?" {
      notes.append("a question: no statements")
      return []
    }
    speaker = findSpeaker()
    mainSubject = findMainSubject()
    var findings: [Finding] = []
    sentenceFindings = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .word, Lexicon.accusationNouns.contains(token.lower),
        let dismissal = readDismissal(at: index)
      {
        notes.append(dismissal.explanation)
        findings.append(dismissal)
      } else if token.kind == .word, let trigger = Lexicon.triggers[token.lower] {
        findings += read(trigger: trigger, at: index)
      }
      sentenceFindings = findings
      index += 1
    }
    let charges = readCharges()
    for charge in charges { notes.append(charge.explanation) }
    findings += charges
    updateDiscourse(after: findings)
    return findings
  }

  /// Drops a dateline: "SEOUL, June 19 (Yonhap) --", "CAPRI, Italy (AP) —".
  private mutating func dropDateline() {
    guard let first = tokens.first, first.kind == .word, first.text.count >= 3,
      first.text == first.text.uppercased(), first.text.contains(where: \.isLetter)
    else { return }
    for index in 1..<min(tokens.count, 14) {
      let token = tokens[index]
      if token.kind == .punctuation, ["—", "–", "--", "-"].contains(token.text) {
        notes.append("dateline \"\(text(0..<(index + 1)))\" skipped")
        tokens.removeFirst(index + 1)
        return
      }
    }
  }

  /// Remembers the sentence's subjects and people for the sentences after it.
  private mutating func updateDiscourse(after findings: [Finding]) {
    var subjects: [[Int32]] = findings.map(\.sources)
    if let mainSubject, mainSubject.role == .agent { subjects.append(mainSubject.actors) }
    for actors in subjects {
      discourse.lastSubject = actors
      if actors.count >= 2 { discourse.lastGroup = actors }
      if actors.count == 1 {
        let entry = gazetteer.entries[Int(actors[0])]
        if entry.kind == .person {
          discourse.lastPerson = actors[0]
        } else {
          discourse.lastSingleSubject = actors[0]
        }
      }
    }
    if let speaker, speaker.actors.count == 1 { discourse.lastSpeaker = speaker.actors[0] }
    // Parties: every actor named (not as a place), then the statements' sides, most recent.
    for group in groups where group.role != .location {
      for actor in group.actors { discourse.noteParty(rolledUp(actor)) }
    }
    for finding in findings {
      for actor in finding.sources + finding.targets { discourse.noteParty(rolledUp(actor)) }
    }
    rememberEvents()
  }

  /// "According to Austin, ...", "..., the ministry said.", "said Shin", "X said in a
  /// statement that ...".
  private func findSpeaker() -> MentionGroup? {
    if tokens.count > 2, tokens[0].lower == "according", tokens[1].lower == "to",
      let group = group(startingAt: 2), group.role == .agent
    {
      return group
    }
    for (index, token) in tokens.enumerated() where Lexicon.reportingVerbs.contains(token.lower) {
      if let group = group(endingAt: index), group.role == .agent { return group }
      if let group = group(startingAt: index + 1), group.role == .agent { return group }
      // "the ministry's press service said": the possessor of the speaking body.
      var end = index - 1
      while end > 0, end >= index - 4, tokens[end].kind == .word, !tokens[end].isCapitalised,
        !DocumentReader.functionWords.contains(tokens[end].lower)
      {
        end -= 1
      }
      if end > 0, end < index - 1, tokens[end].kind == .possessive,
        let group = group(endingAt: end), group.role != .location
      {
        return group
      }
    }
    return nil
  }

  /// The first agent group that starts a clause: at the start, or after a comma or an
  /// introductory phrase ("In response to these allegations, Russia and North Korea ...").
  private func findMainSubject() -> MentionGroup? {
    for group in groups where group.role == .agent {
      let start = group.range.lowerBound
      if start == 0 { return group }
      let previous = tokens[start - 1]
      if previous.isComma || previous.kind == .quote || previous.lower == "that" {
        return group
      }
    }
    return nil
  }

  /// The run's entry an actor speaks for: a person's state, or the actor itself.
  func rolledUp(_ actor: Int32) -> Int32 {
    var current = actor
    var steps = 0
    while let represents = gazetteer.entries[Int(current)].represents,
      let next = gazetteer.entryByID[represents], steps < 8
    {
      current = next
      steps += 1
    }
    return current
  }

  /// A lower-case hyphenated id for a name: "Shin Won-sik" → "shin-won-sik".
  static func slug(_ name: String) -> String {
    var result = ""
    var lastWasHyphen = true
    for scalar in name.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        result.unicodeScalars.append(scalar)
        lastWasHyphen = false
      } else if !lastWasHyphen {
        result += "-"
        lastWasHyphen = true
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? "person" : result
  }
}
