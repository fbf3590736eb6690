/// A span of a sentence that names one or more actors.
struct Mention: Sendable, Hashable {
  enum Role: UInt8, Sendable {
    /// Can make or receive statements: "North Korea", "the Chinese foreign ministry", "Shin".
    case agent
    /// Qualifies something else: "North Korea’s missiles", "Russian aggression"; a possible
    /// target ("condemned North Korea’s launches"), never a source.
    case modifier
    /// A place: "in Seoul", "in Russia’s far east".
    case location
  }

  /// Token range, including a leading "the".
  var range: Range<Int>
  /// Entry indices in the run's gazetteer.
  var actors: [Int32]
  var role: Role
  /// Whether the mention needed the discourse (a pronoun, "the minister", a surname).
  var isAnaphor: Bool = false
  /// Whether a capital city stands for its government ("Pyongyang").
  var isMetonym: Bool = false
  /// "both nations", "they": the last group named, in this sentence if there is one.
  var refersToGroup: Bool = false
  /// How it was recognised, for `--explain`.
  var how: String
}

/// Mentions joined by "and", "or" and commas: "Russia and North Korea", "the U.S., South Korea
/// and Japan".
struct MentionGroup: Sendable, Hashable {
  var range: Range<Int>
  var actors: [Int32]
  var role: Mention.Role
  var isAnaphor: Bool
  var isMetonym: Bool
  var how: String
}
