import Foundation
import StanceExtraction
import StanceGraph
import Testing

// The cases of Tests/StanceExtractionTests/DevSet/GUIDELINES.md, each on sentences written for
// these tests (none is taken from the dev, held-out or seed articles). Every case asserts the
// exact set of (source, relation, target) triples after roll-up to states and organisations,
// written `SOURCE relation TARGET` (`—` for a denial without an accuser), with `n: ` in front
// when the text has more than one sentence.

/// One text and the triples the guidelines give it.
struct ExtractionCase: Sendable, CustomTestStringConvertible {
  var text: String
  /// `"KR accuses KP"` for sentence 1, or `"2: BY denies LT"`.
  var expected: [String]

  init(_ text: String, _ expected: [String]) {
    self.text = text
    self.expected = expected
  }

  var testDescription: String {
    let line = text.replacingOccurrences(of: "\n", with: " ⏎ ")
    return line.count > 90 ? String(line.prefix(90)) + "…" : line
  }
}

/// Runs the extractor with the built-in gazetteer and reads its statements as triples.
enum ExtractionHarness {
  static func extract(_ text: String, document: String = "article") throws -> Extraction {
    StanceExtractor(gazetteer: try Gazetteer.builtIn()).extract(text: text, document: document)
  }

  /// The state or organisation `id` speaks for, following `represents` through the
  /// extraction's actors (a person → their state; a state → itself).
  static func rolledUp(_ id: String, in extraction: Extraction) -> String {
    var represents: [String: String] = [:]
    for actor in extraction.actors {
      if let state = actor.represents { represents[actor.id] = state }
    }
    var current = id
    var seen: Set<String> = [id]
    while let next = represents[current], seen.insert(next).inserted { current = next }
    return current
  }

  /// `n: SOURCE relation TARGET`, with an allies-with pair in alphabetical order.
  static func triple(sentence: Int, source: String, relation: String, target: String) -> String {
    var source = source
    var target = target
    if relation == Relation.alliesWith.rawValue, target < source { swap(&source, &target) }
    return "\(sentence): \(source) \(relation) \(target.isEmpty ? "—" : target)"
  }

  /// The extraction's statements, rolled up, as a set of triples.
  static func triples(_ extraction: Extraction) -> Set<String> {
    Set(
      extraction.statements.map { statement in
        triple(
          sentence: statement.sentence, source: rolledUp(statement.source, in: extraction),
          relation: statement.relation.rawValue,
          target: statement.target.map { rolledUp($0, in: extraction) } ?? "")
      })
  }

  /// The same triples without sentence numbers.
  static func triplesIgnoringSentences(_ extraction: Extraction) -> Set<String> {
    Set(triples(extraction).map { String($0.drop { $0 != " " }.dropFirst()) })
  }

  /// Expected rows `"KR accuses KP"` (sentence 1) or `"2: BY denies LT"`, normalised.
  static func expected(_ rows: [String]) -> Set<String> {
    Set(
      rows.map { row in
        var sentence = 1
        var rest = Substring(row)
        if let colon = row.firstIndex(of: ":"), let number = Int(row[..<colon]) {
          sentence = number
          rest = row[row.index(after: colon)...]
        }
        let parts = rest.split(separator: " ").map(String.init)
        precondition(parts.count == 3, "malformed expected row \(row)")
        return triple(
          sentence: sentence, source: parts[0], relation: parts[1],
          target: parts[2] == "—" ? "" : parts[2])
      })
  }

  /// What `stancegraph extract --explain` prints, for failure messages.
  static func explanation(_ extraction: Extraction) -> String {
    var out = ""
    for report in extraction.sentences {
      out += "\(report.document):\(report.sentence.number)  \(report.sentence.text)\n"
      if let junk = report.sentence.junk { out += "    · junk: \(junk.rawValue)\n" }
      for note in report.notes { out += "    · \(note)\n" }
      for index in report.statements {
        let statement = extraction.statements[index]
        out += "    → \(statement.source) \(statement.relation.rawValue) \(statement.target ?? "—")"
        if let claim = statement.claim { out += " · claim \"\(claim)\"" }
        out += "\n"
      }
    }
    return out
  }

  /// Checks that `text` yields exactly the expected triples.
  static func check(_ example: ExtractionCase, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let extraction = try extract(example.text)
    let found = triples(extraction)
    let wanted = expected(example.expected)
    #expect(
      found == wanted,
      """
      \(example.text)
      expected: \(wanted.sorted())
      found:    \(found.sorted())
      missing:  \(wanted.subtracting(found).sorted())
      extra:    \(found.subtracting(wanted).sorted())
      \(explanation(extraction))
      """, sourceLocation: sourceLocation)
  }
}

// MARK: - Triggers

@Suite struct AccusationTriggerTests {
  static let positives: [ExtractionCase] = [
    .init(
      "Japan accused China of sending coast guard ships into its territorial waters.",
      ["JP accuses CN"]),
    .init(
      "Seoul is accusing Pyongyang of jamming GPS signals along the heavily fortified border.",
      ["KR accuses KP"]),
    .init(
      "Ukraine accuses Russia of deliberately shelling grain terminals in Odesa.", ["UA accuses RU"]
    ),
    .init(
      "Poland alleged that Belarus had pushed hundreds of migrants toward the border fence.",
      ["PL accuses BY"]),
    .init(
      "Lithuania alleges that Russia has been jamming aircraft navigation over the Baltic Sea.",
      ["LT accuses RU"]),
    .init(
      "The Philippines condemned China's dangerous manoeuvres near Second Thomas Shoal.",
      ["PH accuses CN"]),
    .init("France condemns Mali's decision to expel its ambassador.", ["FR accuses ML"]),
    .init(
      "Israel blamed Iran for the drone strike on a tanker in the Arabian Sea.", ["IL accuses IR"]),
    .init(
      "Kyiv blames Moscow for the blackout that left millions without power.", ["UA accuses RU"]),
    .init(
      "Australia criticised China over the unsafe interception of a surveillance aircraft.",
      ["AU accuses CN"]),
    .init("Canada criticized India for expelling six of its diplomats.", ["CA accuses IN"]),
    .init("Iran called the IAEA \"a political tool\" of Western powers.", ["IR accuses IAEA"]),
    .init("Venezuela called Guyana a threat to peace in the region.", ["VE accuses GY"]),
    .init(
      "Moscow has branded NATO an aggressive bloc bent on confrontation.", ["RU accuses NATO"]),
    .init(
      "Russia called the International Criminal Court \"an illegal body\" serving Western interests.",
      ["RU accuses ICC"]),
    .init(
      "Estonia and Finland accuse Russia of damaging an undersea power cable.",
      ["EE accuses RU", "FI accuses RU"]),
    .init(
      "Japan voiced alarm about China's growing military activity near Taiwan.", ["JP accuses CN"]),
    .init(
      "The White House accused Beijing of waging a cyber campaign against American utilities.",
      ["US accuses CN"]),
    .init(
      "Germany's foreign ministry condemned Iran's execution of a German citizen.",
      ["DE accuses IR"]),
    .init(
      "The Chinese foreign ministry criticised the Philippines for \"provocative\" actions.",
      ["CN accuses PH"]),
  ]

  @Test(arguments: positives)
  func accusationTriggersAndTheirInflectionsAccuseTheTarget(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  static let negatives: [ExtractionCase] = [
    .init("Germany called France on Tuesday to discuss energy prices.", []),
    .init("Spain called Portugal a model for the energy transition.", []),
    .init("The accusations against China surfaced in a leaked report.", []),
    .init("Critics blamed the government for the slow response to the floods.", []),
    .init("Analysts alleged that the company had hidden its losses.", []),
  ]

  @Test(arguments: negatives)
  func triggerWordsWithoutAnAccusationBetweenActorsGiveNothing(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct DenialTriggerTests {
  static let positives: [ExtractionCase] = [
    .init("Beijing denied supplying weapons to Russia.", ["CN denies —"]),
    .init("Iran denies enriching uranium beyond the agreed limits.", ["IR denies —"]),
    .init(
      "Hungary dismissed the accusations from the European Commission as politically motivated.",
      ["HU denies EU"]),
    .init(
      "China rejected Japan's claims that its coast guard had entered Japanese waters.",
      ["CN denies JP"]),
    .init(
      "Moscow refuted Kyiv's allegations of deliberate strikes on hospitals.", ["RU denies UA"]),
    .init("Serbia has denied Kosovo's accusation that it armed the gunmen.", ["RS denies XK"]),
    .init("Pyongyang has rejected the allegations made by Seoul.", ["KP denies KR"]),
    .init("Beijing flatly denied Washington's accusations.", ["CN denies US"]),
  ]

  @Test(arguments: positives)
  func denialTriggersDenyAndTargetTheNamedAccuser(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  static let negatives: [ExtractionCase] = [
    .init("Turkey rejected Sweden's proposal for a new round of talks.", []),
    .init("Ukraine dismissed the commander of its air force on Friday.", []),
    .init("Officials denied reporters access to the site of the explosion.", []),
  ]

  @Test(arguments: negatives)
  func rejectingOrDismissingWhatIsNotAnAccusationGivesNothing(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct WarningTriggerTests {
  static let positives: [ExtractionCase] = [
    .init(
      "The United States warned Iran against attacking commercial shipping in the Gulf.",
      ["US warns IR"]),
    .init(
      "China warns the Philippines against provocations at Second Thomas Shoal.", ["CN warns PH"]),
    .init("Azerbaijan threatened Armenia with a new offensive.", ["AZ warns AM"]),
    .init(
      "Egypt cautioned Ethiopia against filling the dam without an agreement.", ["EG warns ET"]),
    .init("Pyongyang has threatened Seoul with \"merciless\" retaliation.", ["KP warns KR"]),
    .init("Iran threatened Israel after the strike on its consulate.", ["IR warns IL"]),
    .init(
      "Japan's defense ministry warned North Korea against further launches.", ["JP warns KP"]),
    .init(
      "In a statement, the Pentagon cautioned Beijing against escalating tensions.",
      ["US warns CN"]),
  ]

  @Test(arguments: positives)
  func warningTriggersWarnTheTarget(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  static let negatives: [ExtractionCase] = [
    .init("Forecasters warned of heavy rain in Tokyo.", []),
    .init("Germany warned that energy prices would rise next winter.", []),
    .init("Warning sirens sounded across Kyiv for three hours.", []),
    .init("Seoul warned that countries supporting North Korea would face consequences.", []),
  ]

  @Test(arguments: negatives)
  func warningsWithoutAnActorAsTargetGiveNothing(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct AllianceTriggerTests {
  static let positives: [ExtractionCase] = [
    .init("Niger allied with Russia after the military takeover.", ["NE allies-with RU"]),
    .init("Japan and the Philippines pledged closer ties.", ["JP allies-with PH"]),
    .init(
      "India agreed to cooperate with Australia on maritime surveillance.", ["IN allies-with AU"]),
    .init("Poland signed a defence pact with South Korea.", ["PL allies-with KR"]),
    .init("Vietnam held joint drills with India in the Bay of Bengal.", ["VN allies-with IN"]),
    .init(
      "Belarus, Russia's closest ally, hosts Russian tactical nuclear weapons.",
      ["BY allies-with RU"]),
    .init("Moscow and Pyongyang signed a mutual defence treaty.", ["RU allies-with KP"]),
    .init("Hungary pledged support to Serbia.", ["HU allies-with RS"]),
    .init("Armenia deepened cooperation with France.", ["AM allies-with FR"]),
  ]

  @Test(arguments: positives)
  func allianceTriggersGiveOnePairEitherWay(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  static let negatives: [ExtractionCase] = [
    .init("Ukraine's allies met at Ramstein air base on Tuesday.", []),
    .init("Japan and China held talks in Beijing.", []),
    .init("The pact expired quietly in 2020.", []),
  ]

  @Test(arguments: negatives)
  func allianceWordsWithoutTwoPartnersGiveNothing(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

// MARK: - Constructions

@Suite struct CoordinationTests {
  static let cases: [ExtractionCase] = [
    .init(
      "Britain, France and Germany condemned Iran's missile transfers to Russia.",
      ["GB accuses IR", "FR accuses IR", "DE accuses IR"]),
    .init(
      "South Korea and Japan accused North Korea and Russia of violating UN sanctions.",
      ["KR accuses KP", "KR accuses RU", "JP accuses KP", "JP accuses RU"]),
    .init(
      "Ukraine accused Russia and Belarus of abducting children.",
      ["UA accuses RU", "UA accuses BY"]),
    .init(
      "The United States, Japan and South Korea held joint naval drills.",
      ["US allies-with JP", "US allies-with KR", "JP allies-with KR"]),
    .init("Russia and China denied supplying drones to Iran.", ["RU denies —", "CN denies —"]),
    .init(
      "Kyiv accused Moscow and Minsk of coordinating the attack.",
      ["UA accuses RU", "UA accuses BY"]),
    .init(
      "Australia, Japan and the United States staged joint air exercises over the Coral Sea.",
      ["AU allies-with JP", "AU allies-with US", "JP allies-with US"]),
    .init("Tokyo and Seoul condemned Pyongyang's launch.", ["JP accuses KP", "KR accuses KP"]),
    .init(
      "The U.S., Britain, Canada and Australia accused China of hacking government networks.",
      ["US accuses CN", "GB accuses CN", "CA accuses CN", "AU accuses CN"]),
  ]

  @Test(arguments: cases)
  func coordinationGivesOneTriplePerPair(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  static let negatives: [ExtractionCase] = [
    // Russia is in the claim, not a target.
    .init("Poland accused Belarus of helping Russia evade sanctions.", ["PL accuses BY"]),
    .init("Spain and Portugal discussed fishing quotas in Lisbon.", []),
  ]

  @Test(arguments: negatives)
  func actorsOutsideTheCoordinationAreNotParties(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct PassiveTests {
  static let cases: [ExtractionCase] = [
    .init("North Korea was accused by Japan of firing a missile over Hokkaido.", ["JP accuses KP"]),
    .init(
      "Belarus and Russia were warned by NATO against any attack on its members.",
      ["NATO warns BY", "NATO warns RU"]),
    .init(
      "Iran was condemned by France and Britain for detaining their citizens.",
      ["FR accuses IR", "GB accuses IR"]),
    .init(
      "China has been criticised by the Philippines for blocking resupply missions.",
      ["PH accuses CN"]),
    .init("The tanker attack was blamed on Iran by Israel.", ["IL accuses IR"]),
  ]

  @Test(arguments: cases)
  func passivesTakeTheByAgentAsSource(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  static let agentless: [ExtractionCase] = [
    .init("North Korea was accused of supplying artillery shells to Russia.", []),
    .init("Iran has been warned against retaliating.", []),
    .init("Russia has been blamed for the cable damage.", []),
  ]

  @Test(arguments: agentless)
  func passivesWithoutAnAgentGiveNothing(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct AttributionTests {
  static let cases: [ExtractionCase] = [
    .init(
      """
      U.S. Defense Secretary Lloyd Austin met his Philippine counterpart in Manila on Tuesday.
      According to Austin, there is growing concern that China is helping Russia rebuild its defence industry.
      """, ["2: US accuses CN"]),
    .init(
      """
      U.S. Defense Secretary Lloyd Austin met his Philippine counterpart in Manila on Tuesday.
      According to Austin, Beijing is supplying Moscow with drone engines.
      """, ["2: US accuses CN"]),
    .init(
      "According to Ukraine's foreign ministry, Russia is violating the ceasefire.",
      ["UA accuses RU"]),
    .init(
      """
      U.S. Defense Secretary Lloyd Austin met his Philippine counterpart in Manila on Tuesday.
      According to Austin, the talks in Manila were productive.
      """, []),
    .init(
      "According to analysts, there is growing concern that China is helping Russia rebuild its defence industry.",
      []),
  ]

  @Test(arguments: cases)
  func attributedAccusationsComeFromTheSpeaker(_ example: ExtractionCase) throws {
    // Known gap (docs/extraction.md): an attributed clause with no trigger word ("Russia is
    // violating the ceasefire") needs a judgement that the clause is an accusation; the rules
    // only read attributed concern ("there is growing concern that ...").
    let needsUntriggeredAccusation =
      example.text.contains("is violating") || example.text.contains("is supplying")
    if needsUntriggeredAccusation {
      withKnownIssue("attributed clauses without a trigger word are not read as accusations") {
        try ExtractionHarness.check(example)
      }
    } else {
      try ExtractionHarness.check(example)
    }
  }
}

@Suite struct AppositionTests {
  static let cases: [ExtractionCase] = [
    .init(
      """
      Britain accused Belarus of helping Russia evade sanctions.
      Belarus, Russia's closest ally, insists that it follows international law, dismissing the accusations as baseless.
      """, ["1: GB accuses BY", "2: BY allies-with RU", "2: BY denies GB"]),
    .init(
      "Ruta Vaitkute, Lithuania's foreign minister, warned Belarus against provoking incidents on the border.",
      ["LT warns BY"]),
    .init(
      "Pakistan, China's closest ally in South Asia, condemned India's missile test.",
      ["PK allies-with CN", "PK accuses IN"]),
    .init(
      "Piotr Nowicki, Poland's deputy foreign minister, accused Belarus of orchestrating the border crisis.",
      ["PL accuses BY"]),
    // A private person described in an apposition speaks for no state.
    .init("Lee Min-ho, a South Korean actor, criticised North Korea's missile tests.", []),
    .init("Riga, the Latvian capital, hosted the talks on Thursday.", []),
  ]

  @Test(arguments: cases)
  func appositionsNameAlliesAndOfficials(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct PeopleTests {
  static let article = """
    Latvian Defence Minister Andris Kalnins accused Russia of flying drones into Latvian airspace.
    Kalnins also warned Belarus against massing troops near the border.
    The minister condemned Moscow's disinformation campaign.
    He signed a defence cooperation agreement with Poland on Friday.
    """

  @Test func laterMentionsBySurnameRoleAndPronounSpeakForTheState() throws {
    try ExtractionHarness.check(
      ExtractionCase(
        PeopleTests.article,
        ["1: LV accuses RU", "2: LV warns BY", "3: LV accuses RU", "4: LV allies-with PL"]))
  }

  @Test func aPersonIntroducedWithTitleAndNationalityIsAPersonActorOfTheState() throws {
    let extraction = try ExtractionHarness.extract(PeopleTests.article)
    let person = try #require(
      extraction.actors.first { $0.name == "Andris Kalnins" },
      "\(extraction.actors.map(\.id))\n\(ExtractionHarness.explanation(extraction))")
    #expect(person.kind == .person)
    #expect(person.represents == "LV")
    #expect(extraction.actors.contains { $0.id == "LV" && $0.kind == .state })
    // Every statement is the person's, not the state's directly.
    for statement in extraction.statements {
      #expect(statement.source == person.id, "\(statement)")
    }

    let graph = try extraction.graph()
    let actor = try #require(graph.actorID(named: person.id))
    #expect(graph[actor].kind == .person)
    #expect(graph[actor].represents == "LV")
    let state = try #require(graph.actorID(named: "LV"))
    #expect(graph.representative(of: actor) == state)
  }

  @Test func aSpokespersonIntroducedWithTheMinistrySpeaksForTheState() throws {
    try ExtractionHarness.check(
      ExtractionCase(
        """
        Japanese Foreign Minister Haruto Sato condemned China's detention of a Japanese businessman.
        Sato said Tokyo would protest, and she warned Beijing against further arrests.
        Chinese foreign ministry spokesperson Lin Mei dismissed the criticism.
        The spokesperson accused Japan of interfering in China's judicial affairs.
        """,
        ["1: JP accuses CN", "2: JP warns CN", "3: CN denies JP", "4: CN accuses JP"]))
  }

  static let unintroduced: [ExtractionCase] = [
    .init("The minister accused Russia of lying about the downed drone.", []),
    .init("He warned Belarus against massing troops near the border.", []),
  ]

  @Test(arguments: unintroduced)
  func referencesToNobodyIntroducedGiveNothing(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct NegationAndModalityTests {
  static let cancelled: [ExtractionCase] = [
    .init("Japan did not accuse China of violating its airspace.", []),
    .init("India declined to condemn Russia's strike on a children's hospital.", []),
    .init("Germany stopped short of blaming Russia for the pipeline sabotage.", []),
    .init("Brazil has never threatened Venezuela.", []),
    .init("Turkey refused to criticise Hamas over the attack.", []),
    .init("The European Union may warn Hungary over its veto.", []),
    .init("France is expected to condemn the coup in Niger.", []),
    .init("Japan could sign a defence pact with the Philippines next year.", []),
    .init("South Korea and Japan are expected to hold joint drills next month.", []),
    .init("Will Seoul accuse Pyongyang of sabotage?", []),
    .init("Seoul has not blamed Pyongyang for the cyberattack.", []),
    .init("Tokyo refrained from criticising Beijing.", []),
    .init("Ankara avoided condemning Moscow.", []),
    .init("NATO is unlikely to warn Russia.", []),
    .init("India and the United States plan to sign a defence pact next year.", []),
  ]

  @Test(arguments: cancelled)
  func negatedHypotheticalAndQuestionedStatementsGiveNothing(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  static let controls: [ExtractionCase] = [
    .init("Japan accused China of violating its airspace.", ["JP accuses CN"]),
    .init("India condemned Russia's strike on a children's hospital.", ["IN accuses RU"]),
    .init("Brazil threatened Venezuela with sanctions.", ["BR warns VE"]),
    .init("Japan signed a defence pact with the Philippines last year.", ["JP allies-with PH"]),
  ]

  @Test(arguments: controls)
  func theSameStatementsAssertedAreFound(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

@Suite struct ClaimTextTests {
  @Test func anAccusationCarriesWhatIsAlleged() throws {
    let extraction = try ExtractionHarness.extract(
      "Japan accused North Korea of supplying military equipment to Russia.")
    #expect(ExtractionHarness.triples(extraction) == ["1: JP accuses KP"])
    let statement = try #require(extraction.statements.first)
    let claim = try #require(statement.claim, "\(ExtractionHarness.explanation(extraction))")
    #expect(claim.contains("supplying military equipment to Russia"), "\(claim)")
  }

  @Test func aBlameCarriesWhatItIsFor() throws {
    let extraction = try ExtractionHarness.extract(
      "Israel blamed Iran for the drone strike on a tanker in the Arabian Sea.")
    #expect(ExtractionHarness.triples(extraction) == ["1: IL accuses IR"])
    let claim = try #require(
      extraction.statements.first?.claim, "\(ExtractionHarness.explanation(extraction))")
    #expect(claim.contains("the drone strike on a tanker"), "\(claim)")
  }

  @Test func theClaimStopsBeforeTheReportingClause() throws {
    let extraction = try ExtractionHarness.extract(
      "Japan accused North Korea of supplying artillery shells to Russia, officials in Tokyo said.")
    #expect(ExtractionHarness.triples(extraction) == ["1: JP accuses KP"])
    let claim = try #require(
      extraction.statements.first?.claim, "\(ExtractionHarness.explanation(extraction))")
    #expect(claim.contains("supplying artillery shells to Russia"), "\(claim)")
    #expect(!claim.contains("said"), "\(claim)")
  }
}

@Suite struct DenialLinkingTests {
  static let article = """
    Lithuania accused Belarus of sending migrants across the border.
    In response to these allegations, Minsk denied any involvement.
    Separately, Iran denied any role in an attack on a tanker in the Gulf.
    """

  @Test func aDenialInResponseTargetsTheEarlierAccuser() throws {
    try ExtractionHarness.check(
      ExtractionCase(
        DenialLinkingTests.article,
        ["1: LT accuses BY", "2: BY denies LT", "3: IR denies —"]))
  }

  @Test func theAnsweringDenialPointsAtTheAccusationAndSharesItsClaim() throws {
    let extraction = try ExtractionHarness.extract(DenialLinkingTests.article)
    let explanation = ExtractionHarness.explanation(extraction)
    let accusationIndex = try #require(
      extraction.statements.firstIndex { $0.relation == .accuses && $0.sentence == 1 },
      "\(explanation)")
    let denial = try #require(
      extraction.statements.first { $0.relation == .denies && $0.sentence == 2 }, "\(explanation)")
    #expect(denial.answers == accusationIndex, "\(explanation)")

    let graph = try extraction.graph()
    let accusation = try #require(
      graph.statements.first { $0.relation == .accuses && $0.evidence?.sentence == 1 })
    let answer = try #require(
      graph.statements.first { $0.relation == .denies && $0.evidence?.sentence == 2 })
    #expect(accusation.claim != nil)
    #expect(answer.claim == accusation.claim)
  }

  @Test func aDenialNobodyProvokedAnswersNothing() throws {
    let extraction = try ExtractionHarness.extract(DenialLinkingTests.article)
    let denial = try #require(
      extraction.statements.first { $0.relation == .denies && $0.sentence == 3 },
      "\(ExtractionHarness.explanation(extraction))")
    #expect(denial.target == nil)
    #expect(denial.answers == nil)
  }
}

@Suite struct JunkLineTests {
  static let articleLine =
    "South Korea accused North Korea of launching balloons filled with rubbish across the border."

  /// A line that is not article text, and whether it comes before or after the article line.
  struct Junk: Sendable, CustomTestStringConvertible {
    var line: String
    var before: Bool
    var testDescription: String { line }
  }

  static let junk: [Junk] = [
    // A headline of another story glued to the end.
    Junk(
      line: "North Korea Threatens Seoul With Retaliation Over Loudspeaker Broadcasts",
      before: false),
    Junk(line: "Read more: China warns Japan against interfering in Taiwan", before: false),
    Junk(
      line:
        "A South Korean soldier inspects a balloon that Seoul accuses Pyongyang of sending across the border, in Paju, South Korea, Sunday, June 9, 2024. (AP Photo/Ahn Young-joon)",
      before: false),
    Junk(line: "By Ally Tan and Sam Warner in Seoul", before: true),
    // "Shin" alone names South Korea's former defence minister in the gazetteer.
    Junk(line: "Reporting by Hyonhee Shin in Seoul; Editing by Ed Davies", before: false),
    Junk(line: "Related: Japan Accuses China Of Airspace Violation Near Okinawa", before: false),
  ]

  @Test(arguments: junk)
  func linesThatAreNotArticleTextGiveNoStatements(_ junk: Junk) throws {
    let text =
      junk.before
      ? junk.line + "\n" + JunkLineTests.articleLine + "\n"
      : JunkLineTests.articleLine + "\n" + junk.line + "\n"
    let extraction = try ExtractionHarness.extract(text)
    let explanation = ExtractionHarness.explanation(extraction)
    #expect(
      ExtractionHarness.triplesIgnoringSentences(extraction) == ["KR accuses KP"],
      "\(explanation)")
    // Every statement comes from the article line.
    let scalars = Array(text.unicodeScalars)
    let lineStart = junk.before ? junk.line.unicodeScalars.count + 1 : 0
    let lineEnd = lineStart + JunkLineTests.articleLine.unicodeScalars.count
    for statement in extraction.statements {
      #expect(
        statement.span.lowerBound >= lineStart && statement.span.upperBound <= lineEnd,
        "\(String(String.UnicodeScalarView(scalars[statement.span.clamped(to: 0..<scalars.count)])))\n\(explanation)"
      )
    }
  }
}

@Suite struct MentionTests {
  static let cases: [ExtractionCase] = [
    .init("Defence officials from Japan and Australia held a meeting in Seoul on Monday.", []),
    .init("The minister's trip to Beijing was postponed after the balloon incident.", []),
    .init("Flights from Moscow to Pyongyang resumed this week.", []),
    .init("Russian and Chinese diplomats attended the ceremony in Pyongyang.", []),
    .init("The summit in Washington ended without a joint statement.", []),
    .init("Kim Jong Un arrived in Vladivostok by armoured train.", []),
    .init(
      "During a meeting in Seoul, Japan accused North Korea of undermining regional security.",
      ["JP accuses KP"]),
    .init(
      "On a trip to Beijing, the German chancellor criticised China's export controls on rare earths.",
      ["DE accuses CN"]),
  ]

  @Test(arguments: cases)
  func placesAndMeetingsAreNotStatements(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }
}

// MARK: - Evidence

@Suite struct EvidenceTests {
  static let documents: [(name: String, text: String)] = [
    (
      "elysee-mali",
      """
      The Élysée said on Monday that talks with Bamako had stalled — again.
      France condemned Mali’s expulsion of its ambassador, calling the move “unacceptable”.
      Mali rejected France’s accusations.

      """
    ),
    (
      "kherson",
      """
      Crowds waved flags 🇺🇦 in Kyiv on Sunday.
      Ukraine accused Russia of shelling Kherson.

      """
    ),
  ]

  static func extraction() throws -> Extraction {
    StanceExtractor(gazetteer: try Gazetteer.builtIn()).extract(documents)
  }

  @Test func statementsAreFoundInTheirDocuments() throws {
    let extraction = try EvidenceTests.extraction()
    let found = Set(
      extraction.statements.map { statement in
        "\(statement.document):\(statement.sentence) "
          + "\(ExtractionHarness.rolledUp(statement.source, in: extraction)) "
          + "\(statement.relation.rawValue) \(statement.target ?? "—") \(statement.trigger)"
      })
    #expect(
      found == [
        "elysee-mali:2 FR accuses ML condemned", "elysee-mali:3 ML denies FR rejected",
        "kherson:2 UA accuses RU accused",
      ], "\(ExtractionHarness.explanation(extraction))")
  }

  @Test func everyStatementCarriesItsEvidence() throws {
    let extraction = try EvidenceTests.extraction()
    try #require(!extraction.statements.isEmpty)
    let texts = Dictionary(uniqueKeysWithValues: EvidenceTests.documents.map { ($0.name, $0.text) })
    for (index, statement) in extraction.statements.enumerated() {
      let text = try #require(texts[statement.document], "unknown document \(statement.document)")
      let scalars = Array(text.unicodeScalars)
      #expect(statement.sentence >= 1)
      try #require(
        statement.span.lowerBound >= 0 && statement.span.upperBound <= scalars.count,
        "span \(statement.span) outside \(statement.document)")
      let quoted = String(String.UnicodeScalarView(scalars[statement.span]))
      #expect(quoted == statement.quote, "span \(statement.span) of \(statement.document)")
      #expect(statement.quote.contains(statement.trigger), "\(statement)")
      #expect(statement.confidence > 0 && statement.confidence <= 1, "\(statement)")
      // The span lies inside the sentence the statement names.
      let report = try #require(
        extraction.sentences.first {
          $0.document == statement.document && $0.sentence.number == statement.sentence
        })
      #expect(report.statements.contains(index))
      let sentenceStart = report.sentence.characterOffset
      let sentenceEnd = sentenceStart + report.sentence.text.unicodeScalars.count
      #expect(
        statement.span.lowerBound >= sentenceStart && statement.span.upperBound <= sentenceEnd,
        "\(statement.span) not in \(sentenceStart)..<\(sentenceEnd)")
    }
  }

  @Test func theGraphKeepsTheEvidence() throws {
    let extraction = try EvidenceTests.extraction()
    let graph = try extraction.graph()
    #expect(graph.statementCount == extraction.statements.count)
    for statement in extraction.statements {
      let kept = try #require(
        graph.statements.first {
          $0.evidence?.document == statement.document
            && $0.evidence?.sentence == statement.sentence && $0.evidence?.quote == statement.quote
            && $0.relation == statement.relation
        }, "\(statement)")
      #expect(kept.attributes["trigger"] == statement.trigger)
      #expect(
        kept.attributes["span"] == "\(statement.span.lowerBound)-\(statement.span.upperBound)")
      let confidence = try #require(kept.attributes["confidence"].flatMap(Double.init))
      #expect(confidence > 0 && confidence <= 1)
    }
  }
}
