/// What a statement says its source does toward its target.
///
/// The raw value is the spelling in files. See `docs/relations.md` for the meaning and direction
/// of each relation.
///
/// - ``accuses``: the source asserts wrongdoing by the target, optionally naming a claim.
/// - ``denies``: the source rejects a claim; the target is whoever made it, when known.
/// - ``alliesWith``: the source declares alignment or cooperation with the target; symmetric in
///   meaning, though stored with the direction in which it was said.
/// - ``warns``: the source cautions or threatens the target.
public enum Relation: String, CaseIterable, Codable, Sendable, Comparable {
  case accuses
  case denies
  case alliesWith = "allies-with"
  case warns

  /// Whether the relation expresses hostility (every relation but ``alliesWith``).
  public var isNegative: Bool { self != .alliesWith }

  /// Whether the relation means the same read in both directions.
  public var isSymmetric: Bool { self == .alliesWith }

  /// Reads a relation forgivingly: case, `_`/space for `-`, and common inflections.
  ///
  /// `accuse`, `Accused`, `accusing`, `deny`, `denied`, `warned`, `ally`, `allied`,
  /// `allied-with`, `allies_with` all resolve to one of the four canonical relations.
  ///
  /// - Complexity: O(*n*) in the length of `spelling`.
  public init?(spelling: String) {
    // "Allies  with", "allies_with" and "allies-with" are one spelling.
    let words = spelling.lowercased().split(whereSeparator: {
      $0 == "_" || $0 == "-" || $0.isWhitespace
    })
    let key = words.joined(separator: "-")
    guard let relation = Relation.spellings[key] else { return nil }
    self = relation
  }

  /// Every spelling ``init(spelling:)`` accepts, canonical first.
  public static let spellings: [String: Relation] = {
    var table: [String: Relation] = [:]
    let forms: [(Relation, [String])] = [
      (.accuses, ["accuses", "accuse", "accused", "accusing", "accusation"]),
      (.denies, ["denies", "deny", "denied", "denying", "denial"]),
      (
        .alliesWith,
        [
          "allies-with", "ally", "allies", "allied", "allied-with", "ally-with", "allying",
          "allying-with", "alliance",
        ]
      ),
      (.warns, ["warns", "warn", "warned", "warning"]),
    ]
    for (relation, words) in forms { for word in words { table[word] = relation } }
    return table
  }()

  /// "did you mean ...?" with the canonical spellings closest to `text`, or nil.
  ///
  /// Inflections count: "acused" suggests "accuses", "alied" suggests "allies-with".
  public static func suggestion(for text: String) -> String? {
    var close: [String] = []
    for spelling in Suggestions.closest(to: text, among: spellings.keys.sorted()) {
      if let relation = spellings[spelling], !close.contains(relation.rawValue) {
        close.append(relation.rawValue)
      }
    }
    guard !close.isEmpty else { return nil }
    return "did you mean " + Suggestions.listed(close.map { "\"\($0)\"" }) + "?"
  }

  /// The problem with a relation spelling that ``init(spelling:)`` rejected.
  static func unknownDiagnostic(_ text: String) -> Diagnostic {
    Diagnostic(
      .unknownRelation, text.isBlank ? "the relation is empty" : "unknown relation \"\(text)\"",
      value: text, expected: Suggestions.listed(allCases.map(\.rawValue)),
      suggestion: suggestion(for: text))
  }

  /// The relation's position in `allCases`: the order of tables and legends.
  public var rank: Int {
    switch self {
    case .accuses: 0
    case .denies: 1
    case .alliesWith: 2
    case .warns: 3
    }
  }

  public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rank < rhs.rank }
}

extension String {
  /// Whether the string is empty or only whitespace; stops at the first other character.
  var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }

  /// The string without leading and trailing spaces, tabs and newlines.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
