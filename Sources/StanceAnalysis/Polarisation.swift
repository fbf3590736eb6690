import StanceGraph

/// How polarised a signed graph is around the two camps of its structural balance.
///
/// With the camps of ``StructuralBalance`` (the split that frustrates the fewest ties), the
/// weight of each tie is sorted into four parts: friendly inside a camp, hostile across the
/// camps (both agree with the split), hostile inside a camp and friendly across (frustrated).
///
/// - ``polarisation`` is the share of all |weight| that agrees with the two-camp split,
///   1 − frustrated weight / total weight: 1 when the actors fall into two camps, friendly
///   inside and hostile across, with nothing left over. It is the weighted, normalised form of
///   the line index of imbalance (Harary 1959; Doreian and Mrvar 1996, "A partitioning
///   approach to structural balance", Social Networks 18(2), 149-168;
///   normalised as in Aref, Mason and Wilson 2018, "Measuring partial balance in signed
///   networks", J. Complex Networks 6(4), doi:10.1093/comnet/cnx044).
/// - ``hostileAcrossShare`` is the share of hostile |weight| that runs between the two camps
///   (rather than inside one): how much of the conflict is the conflict between the camps.
///
/// Both are computed from the camps ``StructuralBalance`` found; when its frustration index is
/// an upper bound (``StructuralBalance/isExact`` false) the polarisation is a lower bound.
public struct Polarisation: Hashable, Sendable {
  public let polarisation: Double
  public let hostileAcrossShare: Double
  /// Summed |weight| of all ties.
  public let totalWeight: Double
  public let friendlyInside: Double
  public let hostileAcross: Double
  public let hostileInside: Double
  public let friendlyAcross: Double
  /// Whether the camps are proven optimal, so the figure is exact rather than a lower bound.
  public let isExact: Bool

  /// - Complexity: O(*a* + *t*) for *a* actors and *t* ties.
  public init(_ balance: StructuralBalance) {
    let signed = balance.projection.signed
    var camp = [Int8](repeating: -1, count: signed.nodeCount)
    for (index, members) in balance.camps.enumerated() {
      for actor in members { camp[actor.index] = Int8(index) }
    }
    var parts = (friendlyInside: 0.0, hostileAcross: 0.0, hostileInside: 0.0, friendlyAcross: 0.0)
    for tie in signed.ties where abs(tie.weight) > SignedGraph.zeroTolerance {
      let inside = camp[tie.first] == camp[tie.second]
      switch (inside, tie.weight > 0) {
      case (true, true): parts.friendlyInside += tie.weight
      case (false, false): parts.hostileAcross -= tie.weight
      case (true, false): parts.hostileInside -= tie.weight
      case (false, true): parts.friendlyAcross += tie.weight
      }
    }
    friendlyInside = parts.friendlyInside
    hostileAcross = parts.hostileAcross
    hostileInside = parts.hostileInside
    friendlyAcross = parts.friendlyAcross
    totalWeight =
      parts.friendlyInside + parts.hostileAcross + parts.hostileInside
      + parts.friendlyAcross
    polarisation =
      totalWeight > 0 ? (parts.friendlyInside + parts.hostileAcross) / totalWeight : 0
    let hostile = parts.hostileAcross + parts.hostileInside
    hostileAcrossShare = hostile > 0 ? parts.hostileAcross / hostile : 0
    isExact = balance.isExact
  }
}
