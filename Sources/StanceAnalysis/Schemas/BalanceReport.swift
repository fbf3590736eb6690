import StanceGraph

/// What `stancegraph balance --json` prints: the frustration index, the triangle census, the
/// two camps and the ties that break them.
public struct BalanceReport: Hashable, Sendable, Codable {
  public struct Triangles: Hashable, Sendable, Codable {
    public var total: Int
    public var balanced: Int
    public var fraction: Double
    public var weaklyBalanced: Int
    public var weakFraction: Double
    /// Triangles with 0, 1, 2 and 3 hostile ties.
    public var byNegativeTies: [Int]
  }
  public struct Tie: Hashable, Sendable, Codable {
    public var first: String
    public var second: String
    public var weight: Double
    /// `hostile inside a camp` or `friendly across camps`.
    public var kind: String
  }
  public var frustrationIndex: Int
  /// Whether the index is proven minimal.
  public var exact: Bool
  public var frustratedWeight: Double
  public var triangles: Triangles
  public var camps: [[String]]
  /// Actors with no tie, in no camp.
  public var isolated: [String]
  public var frustrated: [Tie]
  /// The weighting policy, as `--weights` spells it.
  public var weights: String
  /// How polarised the actors are around the two camps (``Polarisation``).
  public var polarisation: PolarisationRecord
  /// The period the file was cut to, when one was given.
  public var period: PeriodRecord?
  /// In a windowed output (`--window`): the window.
  public var window: WindowRecord?

  /// The report of `balance`.
  public init(_ balance: StructuralBalance) {
    let projection = balance.projection
    let graph = projection.graph
    frustrationIndex = balance.frustrationIndex
    exact = balance.isExact
    frustratedWeight = JSONNumber.clean(balance.frustratedWeight)
    let census = balance.triangles
    triangles = Triangles(
      total: census.total, balanced: census.balanced, fraction: census.balancedFraction,
      weaklyBalanced: census.weaklyBalanced, weakFraction: census.weaklyBalancedFraction,
      byNegativeTies: census.byNegativeTies)
    camps = balance.camps.map { $0.map { graph[$0].id } }
    isolated = balance.isolated.map { graph[$0].id }
    frustrated = balance.frustratedTies.map {
      Tie(
        first: graph[$0.first].id, second: graph[$0.second].id, weight: $0.weight,
        kind: $0.isInside ? "hostile inside a camp" : "friendly across camps")
    }
    weights = projection.policy.description
    polarisation = PolarisationRecord(Polarisation(balance))
  }
}
