import StanceGraph

/// Who supports, opposes and is implicated by each claim, and the actor networks that follow:
/// **congruence** (two actors take the same position on a claim) and **conflict** (opposite
/// positions), as Discourse Network Analysis defines them (Leifeld 2017, "Discourse network
/// analysis: policy debates as dynamic networks", in The Oxford Handbook of Political Networks,
/// doi:10.1093/oxfordhb/9780190228217.013.25).
///
/// - A **supporter** of a claim accuses with it (asserts the wrongdoing it states).
/// - An **opponent** denies it.
/// - The **implicated** are the targets of those accusations.
///
/// A tie's ``ActorTie/count`` is the number of claims behind it; its ``ActorTie/jaccard`` divides
/// that by the number of claims on which either actor takes a position, so that prolific
/// actors do not dominate (the Jaccard normalisation of DNA).
///
/// ```swift
/// let positions = Positions(of: graph)
/// positions.claims[0].supporters      // who asserts the first claim
/// positions.conflict                  // pairs on opposite sides
/// ```
///
/// - Complexity: O(*s* + Σ *k*²) for *s* statements and *k* actors per claim.
public struct Positions: Sendable {
  public struct ClaimPosition: Sendable {
    public var claim: ClaimID
    public var supporters: [ActorID]
    public var opponents: [ActorID]
    public var implicated: [ActorID]
    /// The statements referencing the claim.
    public var statements: [StatementID]
  }

  /// A weighted tie in the congruence or conflict network, `first < second`.
  public struct ActorTie: Hashable, Sendable {
    public var first: ActorID
    public var second: ActorID
    /// The claims behind the tie.
    public var claims: [ClaimID]
    public var count: Int { claims.count }
    /// `count` over the number of claims either actor takes a position on.
    public var jaccard: Double
  }

  /// The graph the positions were read from.
  public let graph: ClaimGraph
  /// One entry per claim, in claim order.
  public let claims: [ClaimPosition]
  public let congruence: [ActorTie]
  public let conflict: [ActorTie]

  /// Reads positions from `input`, rolled up first when asked.
  public init(of input: ClaimGraph, rollingUp: Bool = false) {
    let graph = rollingUp ? input.rolledUp() : input
    self.graph = graph
    var positions = graph.claimIDList.map {
      ClaimPosition(claim: $0, supporters: [], opponents: [], implicated: [], statements: [])
    }
    func insert(_ actor: ActorID, into list: inout [ActorID]) {
      if !list.contains(actor) { list.append(actor) }
    }
    for (index, statement) in graph.statements.enumerated() {
      guard let claim = statement.claim else { continue }
      positions[claim.index].statements.append(StatementID(rawValue: Int32(index)))
      switch statement.relation {
      case .accuses:
        insert(statement.source, into: &positions[claim.index].supporters)
        if let target = statement.target {
          insert(target, into: &positions[claim.index].implicated)
        }
      case .denies:
        insert(statement.source, into: &positions[claim.index].opponents)
      case .alliesWith, .warns:
        break
      }
    }
    for index in positions.indices {
      positions[index].supporters.sort()
      positions[index].opponents.sort()
      positions[index].implicated.sort()
    }
    claims = positions

    var claimsOf: [ActorID: Set<ClaimID>] = [:]
    for position in positions {
      for actor in position.supporters + position.opponents {
        claimsOf[actor, default: []].insert(position.claim)
      }
    }
    var agree: [ActorPair: [ClaimID]] = [:]
    var disagree: [ActorPair: [ClaimID]] = [:]
    func key(_ a: ActorID, _ b: ActorID) -> ActorPair { ActorPair(unordered: a, b) }
    for position in positions {
      for side in [position.supporters, position.opponents] {
        for (index, a) in side.enumerated() {
          for b in side[(index + 1)...] where a != b {
            agree[key(a, b), default: []].append(position.claim)
          }
        }
      }
      for a in position.supporters {
        for b in position.opponents where a != b {
          disagree[key(a, b), default: []].append(position.claim)
        }
      }
    }
    func ties(_ map: [ActorPair: [ClaimID]]) -> [ActorTie] {
      map.keys.sorted().map { key in
        let (first, second) = (key.first, key.second)
        let shared = map[key] ?? []
        let union = (claimsOf[first] ?? []).union(claimsOf[second] ?? []).count
        return ActorTie(
          first: first, second: second, claims: shared,
          jaccard: union == 0 ? 0 : Double(shared.count) / Double(union))
      }
    }
    congruence = ties(agree)
    conflict = ties(disagree)
  }
}
