import StanceGraph

/// Each actor's stance toward each actor it made statements about, with the statements behind
/// it, so that "why?" always has an answer.
///
/// The **score** of the stance of *A* toward *B* is the sum of the signed weights (see
/// ``WeightingPolicy``) of *A*'s statements about *B*, including denials linked to *B* as an
/// accuser of the denied claim. Its **label**:
/// - ``Label/ally`` when the score is at least ``Thresholds/ally``;
/// - ``Label/adversary`` when it is at most ``Thresholds/adversary``;
/// - ``Label/mixed`` when it is in between and *A* said both friendly and hostile things;
/// - ``Label/neutral`` otherwise.
///
/// With the default Goldstein weights one accusation (-2) makes an adversary and one
/// declaration of cooperation (+5.2) an ally; with unit weights a single statement does.
///
/// ```swift
/// let stances = Stances(of: SignedProjection(graph))
/// stances.stance(from: us, to: kp)?.label     // .adversary
/// ```
///
/// - Complexity: O(*c* log *c*) for *c* contributions.
public struct Stances: Sendable {
  public enum Label: String, CaseIterable, Sendable {
    case ally, adversary, mixed, neutral
  }

  /// Where the labels change.
  public struct Thresholds: Hashable, Sendable {
    public var ally: Double
    public var adversary: Double
    public init(ally: Double = 1, adversary: Double = -1) {
      self.ally = ally
      self.adversary = adversary
    }
  }

  /// The stance of one actor toward another.
  public struct Stance: Sendable {
    public var source: ActorID
    public var target: ActorID
    public var score: Double
    /// Statements per relation, by `Relation.rank`.
    public var counts: [Int]
    public var label: Label
    /// The contributions behind the score, in statement order.
    public var contributions: [SignedProjection.Contribution]

    public func count(of relation: Relation) -> Int { counts[relation.rank] }
  }

  /// The projection the stances were computed on; actor ids are of its graph.
  public let projection: SignedProjection
  /// The graph the stances were computed on: ``projection``'s graph.
  public var graph: ClaimGraph { projection.graph }
  public let thresholds: Thresholds
  /// Every stance, ordered by source then target.
  public let stances: [Stance]
  private let index: [ActorPair: Int]

  public init(of projection: SignedProjection, thresholds: Thresholds = Thresholds()) {
    self.projection = projection
    self.thresholds = thresholds
    var grouped: [ActorPair: [SignedProjection.Contribution]] = [:]
    for contribution in projection.contributions where contribution.source != contribution.target {
      grouped[ActorPair(contribution.source, contribution.target), default: []].append(
        contribution)
    }
    var stances: [Stance] = []
    for key in grouped.keys.sorted() {
      let contributions = grouped[key] ?? []
      var counts = [0, 0, 0, 0]
      var score = 0.0
      var hasPositive = false
      var hasNegative = false
      for contribution in contributions {
        counts[projection.graph[contribution.statement].relation.rank] += 1
        score += contribution.weight
        if contribution.weight > 0 { hasPositive = true }
        if contribution.weight < 0 { hasNegative = true }
      }
      let label: Label =
        score >= thresholds.ally
        ? .ally
        : score <= thresholds.adversary
          ? .adversary : (hasPositive && hasNegative ? .mixed : .neutral)
      stances.append(
        Stance(
          source: key.first, target: key.second, score: score, counts: counts,
          label: label, contributions: contributions))
    }
    self.stances = stances
    var index: [ActorPair: Int] = [:]
    for (position, stance) in stances.enumerated() {
      index[ActorPair(stance.source, stance.target)] = position
    }
    self.index = index
  }

  /// The stance of `source` toward `target`, or nil when `source` said nothing about `target`.
  ///
  /// - Complexity: O(1).
  public func stance(from source: ActorID, to target: ActorID) -> Stance? {
    index[ActorPair(source, target)].map { stances[$0] }
  }

  /// The stances `actor` takes or is the object of.
  public func stances(involving actor: ActorID) -> [Stance] {
    stances.filter { $0.source == actor || $0.target == actor }
  }

}
