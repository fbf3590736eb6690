import StanceGraph

/// A word that can introduce a statement, and how its arguments are found.
struct Trigger: Sendable, Hashable {
  /// Where the target and claim of a trigger are.
  enum Frame: UInt8, Sendable {
    /// "accused X of ...", "condemned X’s ...", "warned X against ...", "blamed X for ...".
    case verbObject
    /// "alleged that X ...", "claimed that X is ...": the target is the clause's subject.
    case verbThatClause
    /// "concern about X ...", "worries over X’s ...", "apprehension that X ...".
    case concern
    /// "called X an “illegal ...”", "branded X a threat".
    case naming
    /// "denied ...", "rejected the accusations", "dismissed the claims as baseless".
    case denial
    /// "allied with X", "agreed to cooperate with X", "sided with X".
    case allianceVerb
    /// "pledged closer ties", "signed a pact with X", "joint drills between X and Y".
    case allianceNoun
    /// "X’s closest ally", "an ally of X".
    case allyNoun
    /// "will retaliate", "will not go unanswered", "will pay a price": a threat in other words.
    case threat
  }

  var relation: Relation
  var frame: Frame
  /// The base form, for explanations ("accuse").
  var lemma: String
  /// How sure a match of this word alone is, before the arguments are weighed.
  var confidence: Double
  /// Whether the form is a participle that can be passive ("accused", "warned").
  var isParticiple: Bool
  /// Whether the form is an -ing form ("accusing").
  var isGerund: Bool
  /// Denial verbs that need an accusation as object ("rejected the claims"), unlike "deny".
  var needsAccusationObject: Bool = false
}

/// The words the extractor knows: triggers with their inflections, and the small closed
/// classes (auxiliaries, negators, pronouns, titles' heads) its rules rely on.
enum Lexicon {
  /// Every inflected form of every trigger, in lower case.
  static let triggers: [String: Trigger] = {
    var table: [String: Trigger] = [:]
    func verb(
      _ relation: Relation, _ frame: Trigger.Frame, _ confidence: Double, _ lemma: String,
      _ forms: [String], needsAccusation: Bool = false
    ) {
      for form in forms {
        table[form] = Trigger(
          relation: relation, frame: frame, lemma: lemma, confidence: confidence,
          isParticiple: form.hasSuffix("ed") || form.hasSuffix("en") || form == "slammed",
          isGerund: form.hasSuffix("ing"), needsAccusationObject: needsAccusation)
      }
    }
    // accuses
    verb(.accuses, .verbObject, 0.9, "accuse", ["accuse", "accuses", "accused", "accusing"])
    verb(
      .accuses, .verbObject, 0.85, "condemn", ["condemn", "condemns", "condemned", "condemning"])
    verb(.accuses, .verbObject, 0.85, "blame", ["blame", "blames", "blamed", "blaming"])
    verb(
      .accuses, .verbObject, 0.8, "criticise",
      [
        "criticise", "criticises", "criticised", "criticising", "criticize", "criticizes",
        "criticized", "criticizing",
      ])
    verb(
      .accuses, .verbObject, 0.8, "denounce", ["denounce", "denounces", "denounced", "denouncing"])
    verb(.accuses, .verbObject, 0.8, "slam", ["slam", "slams", "slammed", "slamming"])
    verb(.accuses, .verbObject, 0.8, "decry", ["decry", "decries", "decried", "decrying"])
    verb(.accuses, .verbObject, 0.8, "lambast", ["lambast", "lambasts", "lambasted", "lambasting"])
    verb(.accuses, .verbObject, 0.8, "rebuke", ["rebuke", "rebukes", "rebuked", "rebuking"])
    verb(.accuses, .verbObject, 0.8, "censure", ["censure", "censures", "censured", "censuring"])
    verb(.accuses, .verbObject, 0.75, "berate", ["berate", "berates", "berated", "berating"])
    verb(.accuses, .verbObject, 0.8, "castigate", ["castigate", "castigates", "castigated"])
    verb(.accuses, .verbObject, 0.75, "chastise", ["chastise", "chastises", "chastised"])
    verb(.accuses, .verbObject, 0.75, "fault", ["fault", "faults", "faulted", "faulting"])
    verb(.accuses, .verbObject, 0.75, "assail", ["assail", "assails", "assailed", "assailing"])
    verb(.accuses, .verbObject, 0.75, "blast", ["blast", "blasts", "blasted", "blasting"])
    verb(.accuses, .verbObject, 0.75, "denounce", ["deplore", "deplores", "deplored", "deploring"])
    verb(.accuses, .verbObject, 0.7, "summon", ["summoned", "summons"])
    verb(.accuses, .verbThatClause, 0.8, "allege", ["allege", "alleges", "alleged", "alleging"])
    verb(.accuses, .verbThatClause, 0.55, "claim", ["claim", "claims", "claimed", "claiming"])
    verb(.accuses, .verbThatClause, 0.6, "charge", ["charged", "charges", "charging"])
    verb(
      .accuses, .concern, 0.65, "concern",
      [
        "concern", "concerns", "worries", "worry", "apprehension", "alarm", "fears", "unease",
        "concerned", "worried", "alarmed", "protest", "protests", "complaint",
      ])
    verb(
      .accuses, .concern, 0.7, "accusation",
      [
        "accusation", "accusations", "allegation", "allegations", "criticism", "condemnation",
        "charges",
      ])
    verb(.warns, .concern, 0.75, "warning", ["ultimatum", "warnings", "threats"])
    verb(.accuses, .naming, 0.75, "call", ["call", "calls", "called", "calling"])
    verb(.accuses, .naming, 0.8, "brand", ["brand", "brands", "branded", "branding"])
    verb(.accuses, .naming, 0.75, "label", ["label", "labels", "labelled", "labeled", "labelling"])
    verb(.accuses, .naming, 0.6, "describe", ["described", "describes", "describing"])
    // denies
    verb(.denies, .denial, 0.9, "deny", ["deny", "denies", "denied", "denying"])
    verb(.denies, .denial, 0.85, "refute", ["refute", "refutes", "refuted", "refuting"])
    verb(
      .denies, .denial, 0.8, "reject", ["reject", "rejects", "rejected", "rejecting"],
      needsAccusation: true)
    verb(
      .denies, .denial, 0.8, "dismiss", ["dismiss", "dismisses", "dismissed", "dismissing"],
      needsAccusation: true)
    verb(
      .denies, .denial, 0.75, "rebuff", ["rebuff", "rebuffs", "rebuffed", "rebuffing"],
      needsAccusation: true)
    verb(
      .denies, .denial, 0.75, "brush aside", ["brushed", "brushes", "brushing"],
      needsAccusation: true)
    // warns
    verb(.warns, .verbObject, 0.9, "warn", ["warn", "warns", "warned", "warning"])
    verb(
      .warns, .verbObject, 0.85, "threaten", ["threaten", "threatens", "threatened", "threatening"])
    verb(.warns, .verbObject, 0.8, "caution", ["caution", "cautions", "cautioned", "cautioning"])
    verb(.warns, .verbObject, 0.75, "vow retaliation", ["vowed", "vows", "vow"])
    verb(
      .warns, .threat, 0.6, "threaten in other words",
      [
        "retaliate", "retaliation", "retaliatory", "unanswered", "punished", "punish",
        "consequences", "price", "reply", "respond", "response", "hesitate", "targets", "revenge",
        "avenge", "attacking", "striking", "targeting",
      ])
    // allies-with
    verb(.alliesWith, .allianceVerb, 0.85, "ally", ["ally", "allied", "allying"])
    verb(.alliesWith, .allianceVerb, 0.8, "align", ["align", "aligns", "aligned", "aligning"])
    verb(
      .alliesWith, .allianceVerb, 0.8, "cooperate",
      ["cooperate", "cooperates", "cooperated", "cooperating", "co-operate", "collaborate"])
    verb(.alliesWith, .allianceVerb, 0.75, "partner", ["partner", "partners", "partnered"])
    verb(.alliesWith, .allianceVerb, 0.75, "side", ["sided", "sides", "siding"])
    verb(.alliesWith, .allianceVerb, 0.7, "back", ["backed", "backs", "backing"])
    verb(.alliesWith, .allianceVerb, 0.65, "back", ["supported", "supports", "supporting"])
    verb(.alliesWith, .allianceVerb, 0.7, "join", ["joined", "joins"])
    verb(.alliesWith, .allianceVerb, 0.7, "stand with", ["stands", "stood", "stand"])
    verb(.alliesWith, .allianceVerb, 0.65, "defend", ["defend", "defends", "defended"])
    verb(
      .alliesWith, .allianceNoun, 0.8, "ties",
      [
        "ties", "cooperation", "alliance", "partnership", "pact", "treaty", "accord", "drills",
        "exercises", "exercise", "drill", "maneuvers", "manoeuvres", "solidarity", "support",
        "commitment",
        "agreement", "statement", "declaration", "communique", "patrols", "relations",
      ])
    verb(.alliesWith, .allyNoun, 0.85, "ally", ["ally", "allies"])
    verb(
      .alliesWith, .allyNoun, 0.75, "supporter",
      ["supporter", "supporters", "backer", "backers", "patron"])
    return table
  }()

  /// Verbs that govern an alliance noun ("pledged closer ties", "signed a pact").
  static let allianceGovernors: Set<String> = [
    "pledge", "pledged", "pledges", "pledging", "vow", "vowed", "vows", "promise", "promised",
    "promises", "agree", "agreed", "agrees", "agreeing", "sign", "signed", "signs", "signing",
    "hold", "held", "holds", "holding", "conduct", "conducted", "conducts", "conducting", "stage",
    "staged", "stages", "staging", "strengthen", "strengthened", "strengthening", "strengthens",
    "deepen", "deepened", "deepening", "deepens", "boost", "boosted", "boosting", "expand",
    "expanded", "expanding", "enhance", "enhanced", "enhancing", "bolster", "bolstered",
    "bolstering", "forge", "forged", "forging", "cement", "cemented", "reaffirm", "reaffirmed",
    "reaffirming", "reaffirms", "revise", "revised", "upgrade", "upgraded", "upgrading", "seal",
    "sealed", "ink", "inked", "launch", "launched", "launching", "begin", "began", "begun",
    "started", "offered", "offer", "offering", "expressed", "express", "expressing", "issued",
    "issue", "issues", "affirmed", "renewed", "renew", "extend", "extended", "establish",
    "established", "tighten", "tightened", "announced", "plans", "plan",
  ]

  /// Alliance nouns that count without a governing verb when "joint" comes before them.
  static let jointNouns: Set<String> = [
    "drills", "drill", "exercises", "exercise", "maneuvers", "manoeuvres", "patrols", "statement",
    "declaration", "communique", "strikes", "operations", "force",
  ]

  /// Alliance nouns that need a governing verb or a positive modifier ("closer ties").
  static let positiveModifiers: Set<String> = [
    "closer", "stronger", "deeper", "strategic", "military", "security", "defense", "defence",
    "bilateral", "trilateral", "mutual", "full", "firm", "unwavering", "steadfast", "close",
    "comprehensive", "economic", "new", "joint", "naval", "air", "continued", "its", "their",
  ]

  /// Nouns that an accusation is ("rejected the claims", "denied the allegations").
  static let accusationNouns: Set<String> = [
    "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge",
    "charges", "report", "reports", "criticism", "criticisms", "suggestion", "suggestions",
    "assertion", "assertions", "imputation", "imputations", "speculation", "rumours", "rumors",
    "insinuation", "insinuations", "remarks", "statement", "statements", "finding", "findings",
    "message", "account", "version", "narrative",
  ]

  /// Words after "as" that make a dismissal a denial ("dismissed the report as baseless").
  static let dismissiveWords: Set<String> = [
    "baseless", "groundless", "absurd", "false", "fabricated", "lies", "nonsense", "unfounded",
    "slander", "propaganda", "fake", "ridiculous", "untrue", "fiction", "smear", "preposterous",
    "motivated", "biased", "unjust", "unjustified", "illegitimate", "invalid", "null", "void",
    "interference", "meddling", "hypocritical", "defamation", "slanderous", "distortion",
    "misleading", "unacceptable", "politically", "irresponsible", "provocative",
  ]

  /// Words that make a naming an accusation ("called the UNC an illegal war organization").
  static let negativeWords: Set<String> = [
    "illegal", "unlawful", "illegitimate", "tool", "threat", "threats", "provocation",
    "provocative", "terrorist", "terrorists", "terror", "aggressor", "aggression", "criminal",
    "criminals", "puppet", "hostile", "rogue", "liar", "liars", "lies", "warmonger",
    "warmongers", "destabilizing", "destabilising", "reckless", "dangerous", "irresponsible",
    "enemy", "enemies", "invader", "invaders", "occupier", "occupiers", "regime", "dictator",
    "dictatorship", "gangster", "gangsters", "bully", "hypocrite", "hypocritical", "fascist",
    "nazi", "nazis", "genocide", "genocidal", "war", "crimes", "violation", "violations",
    "breach", "interference", "hegemony", "hegemonic", "imperialist", "imperialists",
    "confrontation", "sabotage", "espionage", "blackmail", "coercion", "coercive", "menace",
    "axis", "evil", "pariah", "malign", "unacceptable", "outrageous", "shameful", "cowardly",
  ]

  /// Auxiliaries and adverbs that may stand between a subject and its verb.
  static let auxiliaries: Set<String> = [
    "has", "have", "had", "was", "were", "is", "are", "been", "being", "be", "did", "does",
    "do", "also", "again", "repeatedly", "reportedly", "already", "once", "earlier", "later",
    "then", "now", "today", "yesterday", "on", "last", "this", "week", "month", "year",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
    "in", "a", "statement", "separately", "jointly", "together", "both", "all", "each",
    "themselves", "itself", "himself", "herself", "swiftly", "quickly", "immediately",
    "promptly", "previously", "recently", "formally", "officially", "publicly", "openly",
    "strongly", "sharply", "firmly", "flatly", "angrily", "bluntly", "further", "still",
    "even", "long", "consistently", "frequently", "often", "loudly", "vehemently",
  ]

  /// Words that make what follows hypothetical or unrealised.
  static let modals: Set<String> = [
    "may", "might", "could", "would", "should", "will", "shall", "can", "must", "'ll",
  ]

  /// Words that negate a following verb.
  static let negators: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "hardly"]

  /// Verbs after which the next trigger is negated ("declined to condemn").
  static let negatingVerbs: Set<String> = [
    "declined", "declines", "refused", "refuses", "refusing", "declining", "avoided", "avoids",
    "avoiding", "failed", "fails", "stopped", "stops", "without", "ruled", "hesitated",
  ]

  /// Verbs after which the next trigger is unrealised ("is expected to warn").
  static let hypotheticalVerbs: Set<String> = [
    "expected", "likely", "set", "planning", "intends", "intend", "intended", "considering",
    "considers", "weighing", "mulls", "mulling", "poised", "hopes", "hoped", "wants", "want",
    "wanted", "seeks", "sought", "ready", "prepared", "due", "unlikely", "urged", "urges",
    "called", "asked", "tried", "trying", "aims", "aim", "about", "threatened", "sought",
  ]

  /// Verbs that report speech; their subject is the speaker of a quote.
  static let reportingVerbs: Set<String> = [
    "said", "says", "say", "stated", "states", "added", "adds", "told", "tells", "wrote",
    "writes", "noted", "notes", "declared", "announced", "insisted", "insists", "argued",
    "argues", "maintained", "maintains", "stressed", "stresses", "emphasized", "emphasised",
    "asserted", "asserts", "remarked", "explained", "posted", "tweeted", "replied", "responded",
    "retorted", "countered", "continued", "concluded", "highlighted", "underlined",
  ]

  /// Nouns that name people speaking for whoever follows "from": "leaders from both nations".
  static let envoyNouns: Set<String> = [
    "leaders", "leader", "officials", "official", "representatives", "representative",
    "delegates", "delegation", "delegations", "diplomats", "diplomat", "ministers", "minister",
    "envoys", "envoy", "spokesperson", "spokesman", "spokeswoman", "commanders", "heads",
    "members", "governments", "government", "authorities",
  ]

  /// Nouns that, after a state ("the Chinese government", "North Korea’s foreign ministry"),
  /// make the phrase that state.
  static let institutionNouns: Set<String> = [
    "government", "governments", "ministry", "ministries", "military", "militaries", "army",
    "navy", "forces", "troops", "officials", "official", "authorities", "regime", "leadership",
    "embassy", "diplomats", "diplomat", "side", "administration", "cabinet", "delegation",
    "foreign", "defense", "defence", "state", "media", "agency", "office", "presidency",
    "parliament", "mission", "leaders", "leader", "representatives", "envoy", "spokesperson",
    "spokesman", "spokeswoman", "coast", "guard", "air", "force", "council", "command",
    "department", "secretariat", "chiefs", "staff", "joint", "top", "senior", "national",
    "security", "intelligence", "statement", "prime", "minister's", "president's", "ministers",
    "presidential", "ministries", "state-run", "official",
  ]

  /// Heads of institution phrases: the word that ends "the Chinese foreign ministry".
  static let institutionHeads: Set<String> = [
    "government", "governments", "ministry", "ministries", "military", "militaries", "army",
    "navy", "forces", "troops", "officials", "official", "authorities", "regime", "leadership",
    "embassy", "diplomats", "diplomat", "side", "administration", "cabinet", "delegation",
    "media", "agency", "office", "presidency", "mission", "leaders", "representatives",
    "envoy", "guard", "force", "council", "command", "department", "secretariat", "staff",
    "ministers", "commission", "committee", "bureau", "service", "spokesman", "spokeswoman",
    "spokesperson",
  ]

  /// Nouns for a group just mentioned: "both nations", "the two countries".
  static let groupNouns: Set<String> = [
    "nations", "countries", "sides", "governments", "leaders", "allies", "neighbours",
    "neighbors", "states", "powers", "capitals", "partners", "men", "ministers", "officials",
  ]

  /// Head nouns of a statement issued by actors ("a joint statement between X and Y").
  static let statementNouns: Set<String> = [
    "statement", "communique", "declaration", "letter", "resolution", "report",
  ]

  /// Prepositions that make a following place name a location, not an actor.
  static let locativePrepositions: Set<String> = [
    "in", "at", "near", "outside", "inside", "across", "around", "throughout", "via", "into",
    "within", "toward", "towards", "through", "off", "beyond", "visit", "visited", "visiting",
    "trip", "flew", "traveled", "travelled",
  ]

  /// Words that may start a sentence-level attribution ("According to X, ...").
  static let attributionOpeners: Set<String> = ["according"]

  /// Subject pronouns and what they can refer to.
  static let personPronouns: Set<String> = ["he", "she", "him", "her"]
  static let groupPronouns: Set<String> = ["they", "them"]
  static let thingPronouns: Set<String> = ["it"]
  static let speakerPronouns: Set<String> = ["we", "i", "us", "me"]

  // Closed classes the frames use (moved from DocumentReader+Frames.swift).
  /// Forms of "be" (and "got") that make a participle passive.
  static let beForms: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "got"]
  /// Verbs that take a to-infinitive and pass their subject on ("agreed to", "vowed to").
  static let controlVerbs: Set<String> = [
    "agreed", "agree", "agrees", "pledged", "pledge", "pledges", "vowed", "vow", "vows",
    "promised", "promise", "decided", "decide", "plans", "planned", "plan", "moved", "continued",
    "continues", "began", "begin", "sought", "seeks", "announced", "committed", "went", "rushed",
    "proceeded", "chose", "opted", "appeared", "seemed", "used", "came", "appears",
  ]
  /// Words before a trigger that make it a noun ("the claims", "its warning").
  static let determiners: Set<String> = [
    "the", "a", "an", "these", "those", "this", "that", "such", "any", "its", "their", "his",
    "her", "our", "my", "your", "of", "no", "some", "all", "every", "each", "many", "new",
    "fresh", "further", "repeated", "latest", "recent",
  ]
  /// Verbs whose "to" makes what follows a request, not a deed ("urged X to condemn").
  static let urgingVerbs: Set<String> = [
    "called", "calls", "urged", "urges", "asked", "pressed", "pressing",
  ]
  /// Verbs after which a plan counts as made ("announced plans to sign").
  static let announcingVerbs: Set<String> = ["announced", "unveiled", "outlined"]
  /// Adjectives of concern whose subject is the one concerned ("is concerned that").
  static let concernAdjectives: Set<String> = ["concerned", "worried", "alarmed"]
  /// Words allowed between a concern noun and the one concerned ("grave", "formal").
  static let concernModifiers: Set<String> = [
    "growing", "deep", "deepening", "serious", "grave", "great", "mounting", "strong", "particular",
    "increasing", "renewed", "widespread", "shared", "its", "their", "formal", "diplomatic",
    "official", "\"", "“", "”",
  ]
  /// Verbs that voice a concern or a protest; their subject is the one concerned.
  static let expressingVerbs: Set<String> = [
    "expressed", "voiced", "raised", "emphasized", "emphasised", "highlighted", "shared",
    "expressing", "voicing", "raising", "cited", "flagged", "stressed", "underscored", "reiterated",
    "conveyed", "expresses", "voices", "raises", "aired", "signalled", "signaled", "lodged",
    "filed", "made", "issued", "lodging", "filing", "registered", "leveled", "levelled", "repeated",
    "renewed", "sent", "delivered", "gave", "issuing", "sending", "making", "rejected", "dismissed",
    "denied",
  ]
  /// Words allowed between an alliance verb and "with" ("cooperate more closely with").
  static let allianceAdverbs: Set<String> = [
    "closely", "more", "further", "together", "firmly", "itself", "themselves", "ever", "even",
    "still", "again",
  ]
  /// Adjectives of "ally" in "X’s closest ally", "a key ally of X".
  static let allyAdjectives: Set<String> = [
    "closest", "close", "key", "staunch", "main", "traditional", "longtime", "long-time",
    "strongest", "major", "important", "strategic", "treaty", "top", "chief", "only", "principal",
    "biggest", "oldest", "firm", "steadfast", "military", "regional", "strong", "loyal",
    "longstanding", "long-standing",
  ]
  /// Words that make a denial answer earlier accusations ("In response to these allegations").
  static let responseWords: Set<String> = ["response", "responding", "reply", "retort"]
  /// Adverbs between a subject and its verb that do not end in -ly ("later accused").
  static let clauseAdverbs: Set<String> = [
    "later", "earlier", "again", "meanwhile", "separately", "already", "once", "first", "too",
    "swiftly", "still", "soon", "since",
  ]
  /// Prepositions before an -ing trigger whose subject is the main clause's ("responded by
  /// threatening", "after accusing").
  static let gerundPrepositions: Set<String> = ["by", "after", "before", "while", "when", "in"]
  /// Adjectives before a state's name that say how it relates to the subject ("neighbouring").
  static let relationAdjectives: Set<String> = ["neighbouring", "neighboring", "fellow", "rival"]
  /// Nouns for the other side of a relation ("its arch foe Israel", "its neighbour").
  static let relationNouns: Set<String> = [
    "foe", "foes", "rival", "rivals", "enemy", "enemies", "neighbour", "neighbor", "neighbours",
    "neighbors", "adversary", "adversaries", "counterpart", "counterparts", "aggressor",
  ]
  /// Head nouns of an act whose author a later sentence need not name ("condemned the attack").
  static let eventNouns: Set<String> = [
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "move", "moves", "deal",
    "act", "acts", "action", "actions", "drills", "drill", "exercise", "exercises", "launch",
    "launches", "test", "tests", "incursion", "incursions", "violation", "violations", "operation",
    "operations", "bombing", "bombings", "shelling", "incident", "incidents", "raid", "raids",
    "assault", "offensive", "invasion", "intrusion", "intrusions", "provocation", "provocations",
    "remarks", "comments", "decision", "referendum", "seizure", "detention", "arrest", "arrests",
    "blockade", "deployment", "overflights", "flights", "maneuvers", "manoeuvres", "intervention",
    "annexation", "occupation", "campaign", "behaviour", "behavior", "conduct", "activities",
    "aggression", "agreement", "memorandum", "sanctions", "tariffs", "measures", "crackdown",
    "killings", "killing", "executions", "execution", "hack", "hacking", "interference",
  ]
  /// Words that may stand between a determiner and an event noun ("the latest missile launch").
  static let eventModifiers: Set<String> = [
    "latest", "recent", "new", "fresh", "missile", "drone", "rocket", "military", "naval", "air",
    "nuclear", "border", "cross-border", "deadly", "overnight", "weekend", "joint", "large-scale",
    "repeated", "continued", "ongoing", "port", "maritime", "cyber", "terrorist", "terror",
  ]
  /// Adjectives of direction between a locative preposition and a place ("in southern Lebanon").
  static let compassAdjectives: Set<String> = [
    "southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
    "north-western", "south-eastern", "south-western",
  ]
  /// Words before a threat in other words that make it one ("will", "vowed", "declared").
  static let threatCues: Set<String> = [
    "will", "would", "shall", "'ll", "vowed", "vows", "vow", "threatened", "threatens",
    "threaten", "promised", "promises", "pledged", "declared", "declares", "reserves",
    "reserved",
  ]
  /// Threat words that are acts, threats only after vowing or threatening ("vowed to keep
  /// attacking").
  static let threatActs: Set<String> = ["attacking", "striking", "targeting"]
  /// Threat words whose target is the one who suffers ("X will be punished", "X will pay a
  /// price", "X's interests are legitimate targets").
  static let sufferedThreats: Set<String> = ["punished", "price", "consequences", "targets"]
  /// Words after "was"/"were" that dismiss an accusation ("the charges were unfounded").
  static let dismissingComplements: Set<String> = [
    "baseless", "groundless", "absurd", "false", "fabricated", "lies", "nonsense", "unfounded",
    "slander", "propaganda", "fake", "ridiculous", "untrue", "fiction", "preposterous",
    "disinformation", "misinformation", "lie", "fabrication", "fabrications", "unsubstantiated",
    "invented", "made-up", "rubbish", "wrong", "incorrect", "misleading",
    "empty", "heinous",
  ]
  /// Nouns whose absence rebuts an accusation ("no proof for its allegations").
  static let evidenceNouns: Set<String> = ["proof", "evidence", "shred"]
  /// What a rejection can reject besides an accusation ("rejected any involvement").
  static let involvementNouns: Set<String> = [
    "involvement", "role", "link", "links", "complicity", "wrongdoing", "responsibility",
  ]
  /// Nouns that characterise an actor as a wrongdoer after its name ("the Israeli enemy").
  static let chargeNouns: Set<String> = [
    "enemy", "enemies", "regime", "aggressor", "aggressors", "occupier", "occupiers",
    "occupation", "invader", "invaders", "warmongers", "terrorists", "criminals", "puppet",
    "puppets", "dictatorship", "junta", "aggression",
    "culprit", "culprits", "instigator", "instigators",
  ]
  /// Adjectives that make a quoted mention of an actor or an act a charge ("the criminal
  /// Israeli regime", "this unjustified criminal act", "(China's) militaristic mentality").
  static let chargeAdjectives: Set<String> = [
    "criminal", "lawless", "war-mongering", "warmongering", "illegal", "unlawful", "reckless",
    "hostile", "aggressive", "militaristic", "hegemonic", "imperialist", "barbaric", "brutal",
    "fascist", "rogue", "unjustified", "unprovoked", "irresponsible", "provocative",
    "belligerent", "expansionist", "terrorist", "genocidal", "heinous", "cowardly",
    "brazen", "flagrant", "blatant",
  ]
  /// Verbs of hostile acts after "threatened to" whose object is the target.
  static let hostileActs: Set<String> = [
    "strike", "attack", "hit", "target", "destroy", "punish", "invade", "bomb", "sanction",
    "expel", "retaliate", "shoot", "sink", "annihilate",
  ]
  /// Verbs of acts whose subject is their author, with the event nouns that may later name
  /// the act ("North Korea fired a ballistic missile" … "condemned the launch").
  static let actVerbs: [String: [String]] = [
    "fired": ["launch", "test", "missile", "attack"],
    "launched": [
      "launch", "test", "attack", "strike", "operation", "offensive", "drill", "exercise",
    ],
    "tested": ["test", "launch"], "struck": ["strike", "attack"], "attacked": ["attack", "strike"],
    "bombed": ["bombing", "strike", "attack"], "shelled": ["shelling", "attack"],
    "seized": ["seizure"], "detained": ["detention", "arrest"],
    "arrested": ["arrest", "detention"],
    "invaded": ["invasion"], "raided": ["raid"], "began": ["drill", "exercise", "operation"],
    "staged": ["drill", "exercise"], "held": ["drill", "exercise"],
    "conducted": ["drill", "exercise", "test", "operation"],
    "deployed": ["deployment"], "signed": ["deal", "agreement", "pact"],
    "imposed": ["sanction", "tariff", "measure"],
  ]
  /// Nouns for someone posted abroad: "the Greek envoy in Ankara" speaks for Greece.
  static let postNouns: Set<String> = [
    "envoy", "envoys", "ambassador", "ambassadors", "embassy", "embassies", "consulate",
    "mission", "delegation", "attache", "chargé", "charge",
  ]
  /// Adjectives of guilt after "was"/"is" ("Iran was complicit in the attack").
  static let guiltAdjectives: Set<String> = ["responsible", "complicit", "guilty", "culpable"]
  /// Hostile acts whose subject a speaker accuses by reporting them ("Armenian forces opened
  /// fire on ...", the ministry said); not launches or tests, which wire reports state as fact.
  static let wrongdoingVerbs: Set<String> = [
    "opened", "shelled", "violated", "intruded", "harassed", "rammed", "attacked", "bombed",
    "infiltrated", "invaded", "blockaded", "abducted", "kidnapped", "massacred",
  ]
}
