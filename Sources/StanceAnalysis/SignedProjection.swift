import StanceGraph

/// A claim graph projected onto a ``SignedGraph`` by a ``WeightingPolicy``, keeping for every
/// tie the statements behind it.
///
/// Each statement contributes `policy.weight(of:)` to the tie between its source and target.
/// A denial without a target that names a claim is linked to the claim's accusers (the sources
/// of `accuses` statements with that claim), its weight split equally among them; a denial with
/// no target and no accuser is left out and listed in ``unlinkedDenials``. The tie between two
/// actors is the sum over both directions; a sum of zero is no tie.
///
/// ```swift
/// let projection = SignedProjection(graph, policy: .goldstein, rollingUp: true)
/// projection.signed.tieCount
/// projection.contributions(toTie: 0)   // the statements behind the first tie
/// ```
///
/// - Complexity: O(*s* log *s*) for *s* statements.
public struct SignedProjection: Sendable {
  /// What one statement adds to the tie from `source` to `target`.
  public struct Contribution: Hashable, Sendable {
    /// The statement, in ``SignedProjection/graph``.
    public var statement: StatementID
    public var source: ActorID
    public var target: ActorID
    /// The signed weight it adds.
    public var weight: Double
    /// Whether the target was inferred: a denial linked to the claim's accusers.
    public var isInferred: Bool
  }

  /// The graph projected: the input, or the input rolled up when asked. Node *i* of ``signed``
  /// is actor *i* of this graph.
  public let graph: ClaimGraph
  /// The graph as given, before any roll-up (the same graph when there was none).
  public let input: ClaimGraph
  public let policy: WeightingPolicy
  /// The roll-up applied, when the input was rolled up; it maps statements back to the input.
  public let rollUp: RollUp?
  /// Every contribution, in statement order.
  public let contributions: [Contribution]
  /// Denials with neither a target nor an accuser of their claim to link to.
  public let unlinkedDenials: [StatementID]
  public let signed: SignedGraph
  /// Contributions by tie, in CSR form.
  private let tieOffsets: [Int]
  private let tieMembers: [Int32]

  /// Projects `input`.
  ///
  /// - Parameters:
  ///   - input: the claim graph.
  ///   - policy: relation values and decay; Goldstein-scale values by default.
  ///   - rollingUp: fold actors into the actors they represent first (people into states).
  public init(_ input: ClaimGraph, policy: WeightingPolicy = .goldstein, rollingUp: Bool = false) {
    let rollUp = rollingUp ? input.rollUp() : nil
    let graph = rollUp?.graph ?? input
    self.graph = graph
    self.input = input
    self.policy = policy
    self.rollUp = rollUp

    var accusers: [ClaimID: [ActorID]] = [:]
    for statement in graph.statements where statement.relation == .accuses {
      if let claim = statement.claim, !(accusers[claim]?.contains(statement.source) ?? false) {
        accusers[claim, default: []].append(statement.source)
      }
    }
    var contributions: [Contribution] = []
    contributions.reserveCapacity(graph.statementCount)
    var unlinked: [StatementID] = []
    for (index, statement) in graph.statements.enumerated() {
      let id = StatementID(rawValue: Int32(index))
      let weight = policy.weight(of: statement)
      if let target = statement.target {
        contributions.append(
          Contribution(
            statement: id, source: statement.source, target: target, weight: weight,
            isInferred: false))
        continue
      }
      let targets =
        statement.claim.flatMap { accusers[$0] }?.filter { $0 != statement.source } ?? []
      if targets.isEmpty {
        unlinked.append(id)
        continue
      }
      for target in targets {
        contributions.append(
          Contribution(
            statement: id, source: statement.source, target: target,
            weight: weight / Double(targets.count), isInferred: true))
      }
    }
    self.contributions = contributions
    self.unlinkedDenials = unlinked

    let signed = SignedGraph(
      nodeCount: graph.actorCount,
      ties: contributions.lazy.map { ($0.source.index, $0.target.index, $0.weight) })
    self.signed = signed

    // Contributions by tie: find each contribution's tie by binary search over the sorted ties.
    var tieOf = [Int](repeating: -1, count: contributions.count)
    var counts = [Int](repeating: 0, count: signed.tieCount + 1)
    for (index, contribution) in contributions.enumerated() {
      let a = contribution.source.index
      let b = contribution.target.index
      if let tie = SignedProjection.tieIndex(in: signed.ties, min(a, b), max(a, b)) {
        tieOf[index] = tie
        counts[tie + 1] += 1
      }
    }
    for tie in 0..<signed.tieCount { counts[tie + 1] += counts[tie] }
    var next = Array(counts.dropLast())
    var members = [Int32](repeating: 0, count: counts.last ?? 0)
    for (index, tie) in tieOf.enumerated() where tie >= 0 {
      members[next[tie]] = Int32(index)
      next[tie] += 1
    }
    tieOffsets = counts
    tieMembers = members
  }

  /// The contributions behind tie `index` of ``signed``, in statement order.
  public func contributions(toTie index: Int) -> [Contribution] {
    (tieOffsets[index]..<tieOffsets[index + 1]).map { contributions[Int(tieMembers[$0])] }
  }

  /// The contributions behind the tie between two actors, or none.
  public func contributions(between a: ActorID, and b: ActorID) -> [Contribution] {
    guard
      let tie = SignedProjection.tieIndex(
        in: signed.ties, min(a.index, b.index), max(a.index, b.index))
    else { return [] }
    return contributions(toTie: tie)
  }

  /// The statement of the input graph a statement of ``graph`` came from.
  public func inputStatement(_ id: StatementID) -> StatementID {
    rollUp?.originalStatements[id.index] ?? id
  }

  static func tieIndex(in ties: [SignedGraph.Tie], _ first: Int, _ second: Int) -> Int? {
    var low = 0
    var high = ties.count
    while low < high {
      let middle = (low + high) / 2
      let tie = ties[middle]
      if tie.first == first && tie.second == second { return middle }
      if tie.first < first || (tie.first == first && tie.second < second) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return nil
  }
}
