// News-style text for the extraction benchmark (`stancegraph-bench extract`), generated from a
// seed so that every run, and the Python baselines reading the corpus it writes, see the same
// bytes. Nothing here is committed data: the tables below are the vocabulary the templates draw
// from, chosen so that the text exercises every rule of StanceExtraction (see
// docs/performance.md, "Extraction").

/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014, doi:10.1145/2660193.2660195): a tiny generator whose output depends on the seed
/// only, on every platform and Swift version. Choices use `next() % n` (no rejection), so the
/// text is the same wherever it is generated.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<count`.
  mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Generates documents of news-style text about states, organisations and officials accusing,
/// denying, warning and allying with each other.
///
/// Each document is a headline line, sometimes a byline, then paragraphs of sentences drawn
/// from templates: plain and person-introducing subjects ("South Korean Defense Minister Shin
/// Won-sik"), references back (surnames, "the minister", "he", "both countries"),
/// coordination, passives, attribution ("According to ..."), appositions ("China, North
/// Korea’s closest ally, ..."), negation, modality, questions, quotes with straight and curly
/// marks, abbreviations ("U.S.", "Gen.", "Sept.", "a.m."), initials and decimals; and junk
/// lines (headlines of other stories, "Read more:" links, photo captions, bylines). Some
/// paragraphs are hard-wrapped at about 76 columns, so single line breaks fall inside
/// sentences.
struct NewsText {
  struct State {
    var name: String
    var demonym: String
    var capital: String
    /// Another way news names it: a code, an institution or a full name.
    var other: String
  }

  struct Person {
    var name: String
    var surname: String
    var title: String
    /// The state the person speaks for (an index in ``states``).
    var state: Int
    var pronoun: String
    /// The noun a later mention uses ("the minister").
    var head: String
  }

  static let states: [State] = [
    State(name: "the United States", demonym: "U.S.", capital: "Washington", other: "the U.S."),
    State(name: "China", demonym: "Chinese", capital: "Beijing", other: "the PRC"),
    State(name: "Russia", demonym: "Russian", capital: "Moscow", other: "the Kremlin"),
    State(
      name: "North Korea", demonym: "North Korean", capital: "Pyongyang", other: "the DPRK"),
    State(name: "South Korea", demonym: "South Korean", capital: "Seoul", other: "the ROK"),
    State(name: "Japan", demonym: "Japanese", capital: "Tokyo", other: "Japan"),
    State(name: "Ukraine", demonym: "Ukrainian", capital: "Kyiv", other: "Ukraine"),
    State(name: "Iran", demonym: "Iranian", capital: "Tehran", other: "the IRGC"),
    State(name: "Israel", demonym: "Israeli", capital: "Jerusalem", other: "the IDF"),
    State(name: "the Philippines", demonym: "Philippine", capital: "Manila", other: "Manila"),
    State(name: "Vietnam", demonym: "Vietnamese", capital: "Hanoi", other: "Viet Nam"),
    State(name: "Taiwan", demonym: "Taiwanese", capital: "Taipei", other: "Taiwan"),
    State(name: "India", demonym: "Indian", capital: "New Delhi", other: "India"),
    State(name: "Pakistan", demonym: "Pakistani", capital: "Islamabad", other: "Pakistan"),
    State(name: "France", demonym: "French", capital: "Paris", other: "the Elysee"),
    State(name: "Germany", demonym: "German", capital: "Berlin", other: "the Bundeswehr"),
    State(name: "Britain", demonym: "British", capital: "London", other: "the U.K."),
    State(name: "Poland", demonym: "Polish", capital: "Warsaw", other: "Poland"),
    State(name: "Turkey", demonym: "Turkish", capital: "Ankara", other: "Turkiye"),
    State(name: "Syria", demonym: "Syrian", capital: "Damascus", other: "Syria"),
    State(name: "Egypt", demonym: "Egyptian", capital: "Cairo", other: "Egypt"),
    State(name: "Saudi Arabia", demonym: "Saudi", capital: "Riyadh", other: "the KSA"),
    State(name: "Niger", demonym: "Nigerien", capital: "Niamey", other: "Niger"),
    State(name: "Mali", demonym: "Malian", capital: "Bamako", other: "Mali"),
    State(name: "Canada", demonym: "Canadian", capital: "Ottawa", other: "Canada"),
    State(name: "Australia", demonym: "Australian", capital: "Canberra", other: "Australia"),
    State(name: "Belarus", demonym: "Belarusian", capital: "Minsk", other: "Belarus"),
    State(name: "Venezuela", demonym: "Venezuelan", capital: "Caracas", other: "Venezuela"),
  ]

  /// Officials in the built-in gazetteer, and people only the text introduces.
  static let people: [Person] = [
    Person(
      name: "Lloyd Austin", surname: "Austin", title: "Defense Secretary", state: 0,
      pronoun: "He", head: "secretary"),
    Person(
      name: "Antony Blinken", surname: "Blinken", title: "Secretary of State", state: 0,
      pronoun: "He", head: "secretary"),
    Person(
      name: "Dmitry Peskov", surname: "Peskov", title: "Kremlin spokesman", state: 2,
      pronoun: "He", head: "spokesman"),
    Person(
      name: "Andrei Belousov", surname: "Belousov", title: "Defence Minister", state: 2,
      pronoun: "He", head: "minister"),
    Person(
      name: "Choe Son Hui", surname: "Choe", title: "Foreign Minister", state: 3,
      pronoun: "She", head: "minister"),
    Person(
      name: "Shin Won-sik", surname: "Shin", title: "Defense Minister", state: 4,
      pronoun: "He", head: "minister"),
    Person(
      name: "Gen Nakatani", surname: "Nakatani", title: "Defense Minister", state: 5,
      pronoun: "He", head: "minister"),
    Person(
      name: "Andrii Sybiha", surname: "Sybiha", title: "Foreign Minister", state: 6,
      pronoun: "He", head: "minister"),
    Person(
      name: "Abbas Araghchi", surname: "Araghchi", title: "Foreign Minister", state: 7,
      pronoun: "He", head: "minister"),
    Person(
      name: "Gilberto Teodoro", surname: "Teodoro", title: "Defense Secretary", state: 9,
      pronoun: "He", head: "secretary"),
    Person(
      name: "Boris Pistorius", surname: "Pistorius", title: "Defence Minister", state: 15,
      pronoun: "He", head: "minister"),
    Person(
      name: "Emmanuel Macron", surname: "Macron", title: "President", state: 14,
      pronoun: "He", head: "president"),
    // Not in the gazetteer: the extractor learns them from their introduction.
    Person(
      name: "Maria Kowalska", surname: "Kowalska", title: "Foreign Ministry spokeswoman",
      state: 17, pronoun: "She", head: "spokeswoman"),
    Person(
      name: "Tran Van Minh", surname: "Tran", title: "Deputy Foreign Minister", state: 10,
      pronoun: "He", head: "minister"),
    Person(
      name: "Amadou Diallo", surname: "Diallo", title: "Prime Minister", state: 23,
      pronoun: "He", head: "minister"),
    Person(
      name: "Harold J. Whitfield", surname: "Whitfield", title: "Gen.", state: 0,
      pronoun: "He", head: "general"),
    Person(
      name: "Chen Li-wei", surname: "Chen", title: "Adm.", state: 11, pronoun: "He",
      head: "admiral"),
    Person(
      name: "Leila Farahani", surname: "Farahani", title: "Ambassador to the United Nations",
      state: 7, pronoun: "She", head: "ambassador"),
  ]

  static let organisations = [
    "NATO", "the European Union", "the United Nations", "ASEAN", "the African Union", "Hamas",
    "the Houthis", "the EU", "the U.N.", "Hezbollah",
  ]

  static let claimsGerund = [
    "supplying military equipment to Russia", "violating U.N. Security Council sanctions",
    "launching cyberattacks against government networks", "harassing fishing vessels",
    "smuggling drones across the border", "interfering in the Sept. 14 elections",
    "building military bases on disputed reefs", "shelling civilian areas near the border",
    "jamming GPS signals over the Baltic", "detaining 3 journalists without charge",
    "seizing a tanker carrying 1.2 million barrels of oil", "helping Moscow evade sanctions",
  ]

  static let claimsClause = [
    "had supplied artillery shells to Moscow", "was building a naval base in the south",
    "is preparing another nuclear test", "had violated the armistice",
    "was behind the attack on the pipeline", "is arming militias in the region",
  ]

  static let negativeNames = [
    "“illegal war organization”", "“tool for confrontation”", "“rogue regime”",
    "“threat to regional peace”", "\"terrorist state\"", "“reckless aggressor”",
  ]

  static let warnings = [
    "against further provocations", "against aggressive acts", "of grave consequences",
    "against crossing the red line", "not to test the alliance", "against any incursion",
  ]

  static let allianceNouns = [
    "closer military ties", "a mutual defense pact", "deeper security cooperation",
    "a new strategic partnership", "stronger economic ties", "a comprehensive partnership",
  ]

  static let neutral = [
    "The talks lasted about 3.5 hours and ended at 5 p.m. local time.",
    "Officials did not give details of the agreement.",
    "The meeting was the first of its kind since 2019.",
    "Analysts said the move was largely symbolic.",
    "The ministry's statement ran to 1,200 words.",
    "Markets in the region fell 0.8 percent on the news.",
    "The summit is due to resume on Jan. 9 in Geneva.",
    "It was not clear how many ships took part.",
    "St. Petersburg hosted a similar forum last year.",
    "The report cited No. 2 on its list of concerns.",
    "Temperatures in the capital reached 31 C. on Tuesday.",
    "A vote is expected before the end of the month.",
  ]

  static let headlineWords = [
    "Talks", "Summit", "Tensions", "Rise", "Over", "Border", "Energy", "Deal", "Drills",
    "Sanctions", "Markets", "Election", "Missile", "Test", "Ceasefire", "Trade", "Ministers",
  ]

  var random: SplitMix64
  /// The people introduced in the current document, for references back.
  private var introduced: [Int] = []
  /// The person most recently mentioned as a subject, for "he", "the minister" and surnames.
  private var lastPerson: Int?
  /// The two states the document is mostly about.
  private var accuser = 0
  private var accused = 1

  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  /// One document of `count` sentences and junk lines (every line the splitter should emit as
  /// a sentence counts as one).
  mutating func document(count: Int) -> String {
    introduced = []
    lastPerson = nil
    // Mostly states with officials in ``people``, so that people are introduced and referred
    // back to in most documents.
    accuser =
      random.chance(70) ? random.pick(Self.people).state : random.below(Self.states.count)
    accused =
      random.chance(50) ? random.pick(Self.people).state : random.below(Self.states.count)
    if accused == accuser { accused = (accuser + 1) % Self.states.count }
    var lines: [String] = [headline()]
    var emitted = 1
    if random.chance(30) && emitted < count {
      lines.append(byline())
      emitted += 1
    }
    lines.append("")
    var paragraph: [String] = []
    func flushParagraph(_ random: inout SplitMix64) {
      guard !paragraph.isEmpty else { return }
      let text = paragraph.joined(separator: " ")
      lines.append(random.chance(15) ? Self.wrapped(text, width: 76) : text)
      lines.append("")
      paragraph = []
    }
    while emitted < count {
      if random.chance(6) {
        flushParagraph(&random)
        lines.append(junkLine())
        lines.append("")
      } else {
        paragraph.append(sentence())
        if paragraph.count >= 2 + random.below(4) { flushParagraph(&random) }
      }
      emitted += 1
    }
    flushParagraph(&random)
    return lines.joined(separator: "\n")
  }

  // MARK: - Junk

  private mutating func headline() -> String {
    let a = Self.states[accuser].name.replacingOccurrences(of: "the ", with: "")
    let b = Self.states[accused].name.replacingOccurrences(of: "the ", with: "")
    switch random.below(3) {
    case 0: return "\(a) And \(b) Trade Accusations Over \(random.pick(Self.headlineWords))"
    case 1:
      return
        "\(random.pick(Self.headlineWords)) \(random.pick(Self.headlineWords)) in \(b) After "
        + "\(random.pick(Self.headlineWords))"
    default: return "\(a) Warns \(b) Of Consequences As \(random.pick(Self.headlineWords)) Grow"
    }
  }

  private mutating func byline() -> String {
    random.pick([
      "By Jane Doe and Min Park, Reuters", "By Kim Tong-Hyung, Associated Press",
      "Reporting by Ju-min Park; Editing by Ed Davies", "By Staff Writer | Seoul",
    ])
  }

  private mutating func junkLine() -> String {
    let other = random.pick(Self.states).name.replacingOccurrences(of: "the ", with: "")
    switch random.below(5) {
    case 0:
      return "\(other) Announces New \(random.pick(Self.headlineWords)) Plan For Capital Region"
    case 1: return "Read more: \(other) and the new arms race in Asia"
    case 2: return "Soldiers patrol near the border on Monday. (AP Photo/Ahn Young-joon)"
    case 3: return "Advertisement"
    default: return "Related: What we know about the \(random.pick(Self.headlineWords)) in \(other)"
    }
  }

  /// `text` with line breaks at spaces so that no line is much longer than `width`.
  static func wrapped(_ text: String, width: Int) -> String {
    var result = ""
    var column = 0
    for word in text.split(separator: " ") {
      if column > 0 && column + word.count + 1 > width {
        result += "\n"
        column = 0
      } else if column > 0 {
        result += " "
        column += 1
      }
      result += word
      column += word.count
    }
    return result
  }

  // MARK: - Sentences

  private var a: State { Self.states[accuser] }
  private var t: State { Self.states[accused] }

  /// A state other than those in `excluded`.
  private mutating func otherState(excluding excluded: [Int]) -> Int {
    var index = random.below(Self.states.count)
    while excluded.contains(index) { index = (index + 1) % Self.states.count }
    return index
  }

  private mutating func other(excluding excluded: [Int]) -> State {
    Self.states[otherState(excluding: excluded)]
  }

  /// A way to name a state as a subject: its name, another name, its capital, its officials,
  /// or one of its officials; `atStart` allows a pronoun.
  private mutating func subject(_ state: Int, atStart: Bool = true) -> String {
    let s = Self.states[state]
    switch random.below(10) {
    case 0, 1, 2: return s.name
    case 3: return s.other
    case 4: return s.capital
    case 5: return "\(s.demonym) officials"
    case 6: return "the \(s.demonym) foreign ministry"
    default:
      let candidates = Self.people.indices.filter { Self.people[$0].state == state }
      guard let person = candidates.isEmpty ? nil : random.pick(candidates) else { return s.name }
      return personSubject(person, atStart: atStart)
    }
  }

  /// An official: introduced on first mention, then a surname, a title head or a pronoun.
  private mutating func personSubject(_ index: Int, atStart: Bool) -> String {
    let person = Self.people[index]
    defer { lastPerson = index }
    guard introduced.contains(index) else {
      introduced.append(index)
      let state = Self.states[person.state]
      if person.title.hasSuffix(".") { return "\(state.demonym) \(person.title) \(person.name)" }
      return random.chance(50)
        ? "\(state.demonym) \(person.title) \(person.name)"
        : "\(person.name), \(state.name)’s \(person.title.lowercased()),"
    }
    if atStart && lastPerson == index && random.chance(40) { return person.pronoun }
    if random.chance(30) { return "the \(person.head)" }
    return person.surname
  }

  private static func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  private mutating func sentence() -> String {
    let claim = random.pick(Self.claimsGerund)
    let day = random.pick(["on Monday", "on Tuesday", "on Sept. 3", "last week", "on Jan. 12"])
    let text: String
    switch random.below(30) {
    // accuses
    case 0, 1:
      text = "\(subject(accuser)) accused \(t.name) of \(claim) \(day)."
    case 2:
      text = "\(t.name) was accused by \(a.name) of \(claim)."
    case 3:
      let third = other(excluding: [accuser, accused])
      text = "\(a.name) and \(third.name) have accused \(t.name) of \(claim)."
    case 4:
      text = "\(subject(accuser)) condemned \(t.name)’s “unlawful” missile programs."
    case 5:
      text =
        "According to \(subject(accuser, atStart: false)), there is growing concern that \(t.name) is \(claim)."
    case 6:
      text = "\(t.name), however, has called \(a.other) a \(random.pick(Self.negativeNames))."
    case 7:
      text = "\(subject(accuser)) alleged that \(t.name) \(random.pick(Self.claimsClause))."
    case 8:
      text = "\(subject(accuser)) blamed \(t.name) for the attack, which killed 12 people."
    case 9:
      text = "\(a.name) did not accuse \(t.name) of \(claim), a senior official said."
    case 10:
      text = "\(a.name) may condemn \(t.name) if the talks fail, diplomats said."
    case 11:
      text = "Did \(a.name) accuse \(t.name) of \(claim)?"
    // denies
    case 12, 13:
      text = "\(subject(accused)) denied the accusations."
    case 14:
      let third = other(excluding: [accuser, accused])
      text = "\(t.name) and \(third.name) have denied \(claim)."
    case 15:
      text = "\(t.name)’s foreign ministry dismissed the claims as “baseless slander”."
    case 16:
      text = "\(subject(accused)) rejected the allegations, calling them politically motivated."
    // warns
    case 17, 18:
      text = "\(subject(accuser)) warned \(t.name) \(random.pick(Self.warnings))."
    case 19:
      text = "\(subject(accuser)) warned that \(t.name) would face grave consequences."
    case 20:
      text = "\(t.name) threatened \(a.name) with retaliation \(day)."
    // allies-with
    case 21:
      let third = other(excluding: [accuser, accused])
      text =
        "\(a.name) and \(third.name) pledged \(random.pick(Self.allianceNouns)) at a summit in "
        + "\(a.capital)."
    case 22:
      let second = otherState(excluding: [accuser, accused])
      let (b, c) = (Self.states[second], other(excluding: [accuser, accused, second]))
      text =
        "\(Self.capitalised(a.name)), \(b.name) and \(c.name) held joint naval drills off the "
        + "coast \(day)."
    case 23:
      let third = other(excluding: [accuser, accused])
      text = "\(subject(accused)) signed a defense pact with \(third.name) on Sept. 30."
    case 24:
      let third = other(excluding: [accuser, accused])
      text =
        "\(Self.capitalised(third.name)), \(t.name)’s closest ally, maintains that it is "
        + "adhering to international obligations."
    case 25:
      text =
        "\(subject(accuser)) agreed to cooperate with \(random.pick(Self.organisations)) "
        + "on maritime security."
    // quotes and references back
    case 26:
      text =
        "“We will never accept \(t.name)’s provocations,” \(subject(accuser, atStart: false)) told reporters."
    case 27:
      text = "\(subject(accuser)) said: \"\(Self.capitalised(t.name)) is a threat to peace.\""
    case 28:
      text = "Both countries also warned \(random.pick(Self.organisations)) against interference."
    default:
      text = random.pick(Self.neutral)
    }
    return Self.capitalised(text)
  }
}
