import StanceGraph

/// What a document has said so far that later sentences refer back to: the people introduced,
/// the last subjects, and the accusations a denial may answer.
struct Discourse: Sendable {
  /// An accusation made earlier in the document.
  struct Accusation: Sendable {
    var source: Int32
    var target: Int32
    var sentence: Int
    /// Index of the statement in the run's output.
    var statement: Int
  }

  /// Lower-case surnames, full names and given names of people introduced → entry.
  var personAliases: [String: Int32] = [:]
  /// Title head nouns ("minister") → the latest person with that title.
  var personByHead: [String: Int32] = [:]
  /// The latest person mentioned, preferring subjects.
  var lastPerson: Int32?
  /// The latest subject, whatever its size ("the ministers", "the group").
  var lastSubject: [Int32] = []
  /// The latest subject naming two or more actors ("Russia and North Korea").
  var lastGroup: [Int32] = []
  /// The latest subject naming one state or organisation ("it").
  var lastSingleSubject: Int32?
  /// The latest speaker of a quote or attribution.
  var lastSpeaker: Int32?
  var accusations: [Accusation] = []
  /// Every accusation and warning made so far, for targets the text only implies ("condemned
  /// the attack"): the latest target of the same source, or of anyone.
  var targets: [Accusation] = []
  /// The states and organisations that made or received statements, most recent last, each
  /// once (rolled up): "both sides" and "the two countries" when no group was a subject.
  var parties: [Int32] = []
  /// The authors of the acts named so far, by event noun without a final "s": "a port deal
  /// between Ethiopia and Somaliland" → "deal": Ethiopia; "strikes by the United States".
  var eventAuthors: [String: [Int32]] = [:]

  /// Moves `actor` (rolled up) to the end of ``parties``.
  mutating func noteParty(_ actor: Int32) {
    parties.removeAll { $0 == actor }
    parties.append(actor)
  }

  /// The actors an implied target stands for when `source` speaks: the targets of its own
  /// latest accusation or warning, else those of the latest one by anyone else.
  func impliedTargets(of source: Int32, rollUp: (Int32) -> Int32) -> [Int32] {
    let state = rollUp(source)
    // Its own accusations and warnings; else others' accusations (an act condemned is most
    // likely the act of whoever was last accused, not of whoever was last warned).
    let own = targets.filter { rollUp($0.source) == state && rollUp($0.target) != state }
    let other = accusations.filter { rollUp($0.target) != state }
    guard let latest = (own.last ?? other.last) else { return [] }
    let pool = own.isEmpty ? other : own
    var seen: Set<Int32> = []
    return pool.filter {
      $0.sentence == latest.sentence && rollUp($0.source) == rollUp(latest.source)
    }
    .map(\.target).filter { seen.insert(rollUp($0)).inserted }
  }

  /// Registers a person so that "Shin", "the minister" and "he" can refer to them.
  mutating func introduce(person: Int32, name: String, head: String?) {
    let words = name.split(separator: " ").map { $0.lowercased() }
    personAliases[name.lowercased()] = person
    if let last = words.last { personAliases[last] = person }
    if words.count > 1, let first = words.first { personAliases[first] = person }
    if let head { personByHead[head] = person }
    lastPerson = person
  }

  /// The accuser a denial by `denier` answers: the latest accusation against the denier, or,
  /// when the sentence refers back to accusations ("these allegations"), the latest one.
  func answeredAccusations(by denier: Int32, rollUp: (Int32) -> Int32, refersBack: Bool)
    -> [Accusation]
  {
    let denierState = rollUp(denier)
    let against = accusations.filter { rollUp($0.target) == denierState }
    let candidates = against.isEmpty ? (refersBack ? accusations : []) : against
    guard let latest = candidates.last else { return [] }
    // Everyone who made the latest accusation: "the U.S., South Korea and Japan condemned".
    let sameSentence = candidates.filter { $0.sentence == latest.sentence }
    var seen: Set<Int32> = []
    return sameSentence.filter { seen.insert(rollUp($0.source)).inserted }
  }
}
