import StanceGraph

/// The actors an extractor can recognise in text, and the words that name them.
///
/// The built-in gazetteer (``builtIn()``) is read from data files in the package
/// (`Resources/states.tsv`, `organisations.tsv`, `groups.tsv`, `people.tsv`, `titles.tsv`;
/// see their README): every state with its names, codes, demonyms ("South Korean"), capital
/// ("Pyongyang") and government bodies ("the Kremlin"), international organisations, armed
/// groups, frequently quoted officials, and the titles that introduce people ("Defense
/// Minister"). ``merge(_:)`` adds a user's actors, overriding entries with the same id.
///
/// Names, aliases, demonyms, capitals and institutions match case-insensitively as whole
/// words; codes ("US", "U.S.", "DPRK") and any alias written in capitals of up to six
/// characters match exactly, so "US" is the United States but "us" is not.
public struct Gazetteer: Sendable {
  /// One actor the gazetteer knows.
  public struct Entry: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: Actor.Kind
    /// The id of the state or organisation a person speaks for.
    public var represents: String?
    /// A person's title ("Defense Secretary").
    public var role: String?
    /// Every other name the entry is matched by.
    public var aliases: [String]

    public init(
      id: String, name: String, kind: Actor.Kind, represents: String? = nil,
      role: String? = nil, aliases: [String] = []
    ) {
      self.id = id
      self.name = name
      self.kind = kind
      self.represents = represents
      self.role = role
      self.aliases = aliases
    }
  }

  /// How a phrase names its entry; decides which roles a mention can take.
  enum Form: UInt8, Sendable {
    case name, code, demonym, capital, institution, person
  }

  /// A sequence of tokens that names an entry.
  struct Phrase: Sendable, Hashable {
    /// Lower-case tokens, or exact tokens for codes.
    var tokens: [String]
    var entry: Int32
    var form: Form
  }

  /// A title that introduces a person ("Defense Minister") and its head noun ("minister").
  struct Title: Sendable, Hashable {
    var tokens: [String]
    var head: String
  }

  public private(set) var entries: [Entry] = []
  var entryByID: [String: Int32] = [:]
  /// Case-insensitive phrases by their first lower-case token.
  var phrases: [String: [Phrase]] = [:]
  /// Case-sensitive phrases by their first token as written.
  var codes: [String: [Phrase]] = [:]
  /// Titles by their first lower-case token.
  var titles: [String: [Title]] = [:]
  /// Every title head noun ("minister", "secretary").
  var titleHeads: Set<String> = []

  public init() {}

  /// The number of entries.
  public var count: Int { entries.count }

  /// The entry with this id.
  public func entry(id: String) -> Entry? {
    entryByID[id].map { entries[Int($0)] }
  }

  /// Adds an entry, or updates the one with the same id (its name, kind, represents and role
  /// are replaced, its aliases extended), and indexes its names.
  ///
  /// - Returns: The entry's index.
  @discardableResult
  mutating func upsert(_ entry: Entry, form: Form = .name) -> Int32 {
    let index: Int32
    if let existing = entryByID[entry.id] {
      index = existing
      var merged = entry
      merged.aliases = entries[Int(existing)].aliases + entry.aliases
      entries[Int(existing)] = merged
    } else {
      index = Int32(entries.count)
      entries.append(entry)
      entryByID[entry.id] = index
    }
    for spelling in [entry.name] + entry.aliases {
      add(spelling, for: index, form: entry.kind == .person ? .person : form)
    }
    return index
  }

  /// Indexes one spelling of an entry; a later spelling with the same tokens wins.
  mutating func add(_ spelling: String, for entry: Int32, form: Form) {
    let written = Gazetteer.tokenize(spelling)
    guard let first = written.first else { return }
    if form == .code || Gazetteer.isCodeLike(spelling) {
      let tokens = written.map(\.text)
      var list = codes[tokens[0], default: []]
      list.removeAll { $0.tokens == tokens }
      list.append(Phrase(tokens: tokens, entry: entry, form: .code))
      codes[tokens[0]] = list
    } else {
      let tokens = written.map(\.lower)
      var list = phrases[first.lower, default: []]
      list.removeAll { $0.tokens == tokens }
      list.append(Phrase(tokens: tokens, entry: entry, form: form))
      phrases[first.lower] = list
    }
  }

  /// Adds a title and its head noun.
  mutating func addTitle(_ title: String, head: String) {
    let tokens = Gazetteer.tokenize(title).map(\.lower)
    guard let first = tokens.first else { return }
    titles[first, default: []].append(Title(tokens: tokens, head: head.lowercased()))
    titleHeads.insert(head.lowercased())
  }

  /// Adds every actor of `graph`: a new id becomes an entry, a known id overrides the
  /// built-in entry; the actor's name and aliases name it from now on.
  public mutating func merge(_ graph: ClaimGraph) {
    for actor in graph.actors {
      let represents = actor.represents
      upsert(
        Entry(
          id: actor.id, name: actor.name, kind: actor.kind, represents: represents,
          role: actor.attributes["role"], aliases: actor.aliases))
    }
  }

  /// Whether a spelling is matched exactly: short and all capitals ("US", "U.N.", "DPRK").
  static func isCodeLike(_ spelling: String) -> Bool {
    let letters = spelling.unicodeScalars.filter { $0.properties.isAlphabetic }
    return !letters.isEmpty && letters.count <= 6
      && letters.allSatisfy { $0.properties.isUppercase }
  }

  static func tokenize(_ text: String) -> [Token] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokens(in: bytes, 0..<bytes.count)
  }
}
