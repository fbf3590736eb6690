/// A proposition that statements accuse with, deny or support.
///
/// ```swift
/// let claim = Claim(id: "nk-arms", text: "North Korea supplies military equipment to Russia")
/// ```
public struct Claim: Hashable, Sendable {
  /// The stable identifier statements use to reference the claim.
  public var id: String
  /// The proposition as a sentence.
  public var text: String
  /// Free-form attributes.
  public var attributes: [String: String]

  public init(id: String, text: String? = nil, attributes: [String: String] = [:]) {
    self.id = id
    self.text = text ?? id
    self.attributes = attributes
  }
}
