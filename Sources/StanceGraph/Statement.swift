/// One thing one actor said about another: "the United States accuses North Korea of supplying
/// arms to Russia" (sentence 6 of the article).
///
/// Statements reference actors and claims by the dense ids of the ``ClaimGraph`` that holds
/// them. The graph is a multigraph: two statements with the same ends and relation stay two
/// statements, each with its own evidence.
public struct Statement: Hashable, Sendable {
  /// The largest weight a statement may have. Analysis sums weights times relation values
  /// (at most 5.2 by default) over up to 10^8 statements: at 10^6 a sum stays below 2^53, where
  /// doubles still count exactly, and far from overflow. Readers refuse more with a located
  /// error (a weight of 3e18 once crashed the analysis).
  public static let maximumWeight = 1_000_000.0

  public var source: ActorID
  public var relation: Relation
  /// Whom the statement is about. Only a ``Relation/denies`` statement that names the
  /// ``claim`` it denies may leave it out ("Russia denies the arms deal").
  public var target: ActorID?
  /// The proposition the statement accuses with or denies.
  public var claim: ClaimID?
  public var date: PartialDate?
  /// A positive multiplier of the relation's weight; 1 unless the coder says otherwise.
  public var weight: Double
  public var evidence: Evidence?
  /// Free-form attributes.
  public var attributes: [String: String]

  public init(
    source: ActorID, relation: Relation, target: ActorID?, claim: ClaimID? = nil,
    date: PartialDate? = nil, weight: Double = 1, evidence: Evidence? = nil,
    attributes: [String: String] = [:]
  ) {
    self.source = source
    self.relation = relation
    self.target = target
    self.claim = claim
    self.date = date
    self.weight = weight
    self.evidence = evidence
    self.attributes = attributes
  }
}
