/// Someone who makes or receives statements: a state, an organisation, a person, a group.
///
/// An actor is identified by its ``id``; its ``name`` and ``aliases`` are other spellings that
/// resolve to it (see ``ClaimGraph/actorID(named:)``). A person or an agency can speak for
/// another actor: Lloyd Austin ``represents`` the United States, and ``ClaimGraph/rolledUp(folding:)``
/// folds such actors into the ones they represent.
///
/// ```swift
/// let austin = Actor(id: "austin", name: "Lloyd Austin", kind: .person, represents: "US")
/// ```
public struct Actor: Hashable, Sendable {
  /// What sort of actor this is.
  public enum Kind: String, CaseIterable, Codable, Sendable {
    case state, organization, person, group, other
  }

  /// The stable identifier used by files and references.
  public var id: String
  /// The display name; defaults to the id.
  public var name: String
  public var kind: Kind
  /// Other spellings of the actor ("U.S.", "Washington").
  public var aliases: [String]
  /// The id of the actor this one speaks for, if any.
  public var represents: String?
  /// Free-form attributes, kept and written back as they were read.
  public var attributes: [String: String]

  public init(
    id: String, name: String? = nil, kind: Kind = .other, aliases: [String] = [],
    represents: String? = nil, attributes: [String: String] = [:]
  ) {
    self.id = id
    self.name = name ?? id
    self.kind = kind
    self.aliases = aliases
    self.represents = represents
    self.attributes = attributes
  }
}
