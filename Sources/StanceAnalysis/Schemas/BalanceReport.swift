import StanceGraph

/// What `stancegraph balance --json` prints: the frustration index, the triangle census, the
/// two camps and the ties that break them.
package struct BalanceReport: Hashable, Sendable, Codable {
  package struct Triangles: Hashable, Sendable, Codable {
    package var total: Int
    package var balanced: Int
    package var fraction: Double
    package var weaklyBalanced: Int
    package var weakFraction: Double
    /// Triangles with 0, 1, 2 and 3 hostile ties.
    package var byNegativeTies: [Int]
  }
  package struct Tie: Hashable, Sendable, Codable {
    package var first: String
    package var second: String
    package var weight: Double
    /// `hostile inside a camp` or `friendly across camps`.
    package var kind: String
  }
  package struct Certificate: Hashable, Sendable, Codable {
    /// The solvers that ran, with their versions.
    package var solvers: [String]
    package var lowerBound: Int
    package var seconds: Double
    package var nodesExplored: Int
    package var provenComponents: Int
    package var components: Int
  }
  package var frustrationIndex: Int
  /// Whether the index is proven minimal.
  package var exact: Bool
  /// The proven lower bound and the best found (equal when exact), and their relative gap.
  package var lowerBound: Int
  package var upperBound: Int
  package var gap: Double
  /// The method that ran: fast or exact.
  package var method: String
  /// What was minimised, in words.
  package var minimised: String
  /// How the bounds were proven; nil for the fast method.
  package var certificate: Certificate?
  package var frustratedWeight: Double
  package var triangles: Triangles
  package var camps: [[String]]
  /// Actors with no tie, in no camp.
  package var isolated: [String]
  package var frustrated: [Tie]
  /// The weighting policy, as `--weights` spells it.
  package var weights: String
  /// How polarised the actors are around the two camps (``Polarisation``).
  package var polarisation: PolarisationRecord
  /// The period the file was cut to, when one was given.
  package var period: PeriodRecord?
  /// In a windowed output (`--window`): the window.
  package var window: WindowRecord?

  /// The report of `balance`.
  package init(_ balance: StructuralBalance) {
    let projection = balance.projection
    let graph = projection.graph
    frustrationIndex = balance.frustrationIndex
    exact = balance.isExact
    lowerBound = balance.lowerBound
    upperBound = balance.upperBound
    gap = balance.gap
    method = balance.method.rawValue
    minimised = "frustrated ties (counted by sign)"
    certificate = balance.certificate.map {
      Certificate(
        solvers: $0.solvers, lowerBound: $0.lowerBound, seconds: $0.seconds,
        nodesExplored: $0.nodesExplored, provenComponents: $0.provenComponents,
        components: $0.components)
    }
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
