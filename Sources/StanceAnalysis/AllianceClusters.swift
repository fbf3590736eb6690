import StanceGraph

/// Alliance blocs: the partition of actors that best agrees with the signed ties, found by
/// correlation clustering (Bansal, Blum and Chawla 2004, "Correlation clustering", Machine
/// Learning 56:89-113, doi:10.1023/B:MACH.0000033116.57574.95).
///
/// The objective is the **disagreement**: the weight of negative ties inside blocs plus the
/// weight of positive ties between blocs. The number of blocs is whatever minimises it, or at
/// most ``Options/maxBlocs``. Two solvers share the objective:
/// - ``Method/exact``: per connected component, the branch and bound where it is fast and an
///   integer programme on COIN-OR CBC otherwise (``ComponentProof``: the multicut model with
///   separated cycle inequalities, or the binary two-camp model for at most two blocs), within
///   ``Options/timeLimit`` and ``Options/nodeBudget``, with a certificate naming the solvers,
///   the bound and the time. It throws when a component is not proven; it refuses components
///   larger than ``Options/exactLimit`` when one is set (no gate by default).
/// - ``Method/fast``: Leiden-style blocs (Traag, Waltman and van Eck 2019), the best of
///   ``Options/restarts`` runs, a cap of blocs applied by an exact split of the bloc graph,
///   then relocation moves and iterated local search (``HeuristicClustering``); deterministic
///   for a ``Options/seed``, with the agreement between runs reported as stability.
/// - ``Method/auto``: exact, but it never throws: it proves what it can within the limits and
///   says which blocs are proven (``Bloc/isProven``).
///
/// ```swift
/// let projection = SignedProjection(graph)
/// let clusters = try AllianceClusters(of: projection)
/// for bloc in clusters.blocs { print(bloc.name, bloc.members.map { graph[$0].id }) }
/// ```
public struct AllianceClusters: Sendable {
  public enum Method: String, CaseIterable, Sendable {
    case auto, exact, fast
  }

  public struct Options: Hashable, Sendable {
    public var method: Method = .auto
    /// At most this many blocs; nil lets the objective decide.
    public var maxBlocs: Int?
    /// The seed of the fast solver's visiting orders.
    public var seed: UInt64 = 1
    /// Runs of the fast solver; the best is kept.
    public var restarts: Int = 8
    /// The largest connected component the exact solver takes (nil, the default: no gate).
    public var exactLimit: Int?
    /// Search nodes the branch and bound may explore before it gives up the proof.
    public var nodeBudget: Int = 20_000_000
    /// Seconds the exact method may take over all components (nil: no limit).
    public var timeLimit: Double? = StructuralBalance.defaultTimeLimit
    /// Iterations of the fast method's local search (nil: 50 per actor, at least 2,000).
    public var iterations: Int?
    /// Whether the exact method may call the integer-programming solver (CBC).
    public var usesSolver = true

    public init(
      method: Method = .auto, maxBlocs: Int? = nil, seed: UInt64 = 1, restarts: Int = 8,
      exactLimit: Int? = nil, nodeBudget: Int = 20_000_000,
      timeLimit: Double? = StructuralBalance.defaultTimeLimit, iterations: Int? = nil,
      usesSolver: Bool = true
    ) {
      self.method = method
      self.maxBlocs = maxBlocs
      self.seed = seed
      self.restarts = restarts
      self.exactLimit = exactLimit
      self.nodeBudget = nodeBudget
      self.timeLimit = timeLimit
      self.iterations = iterations
      self.usesSolver = usesSolver
    }
  }

  /// One bloc of actors.
  public struct Bloc: Hashable, Sendable {
    /// Members, in actor order.
    public var members: [ActorID]
    /// The member with the largest positive tie weight to the rest of the bloc.
    public var centralMember: ActorID
    /// The central member's name: the bloc's name.
    public var name: String
    /// The summed weight of ties inside the bloc.
    public var internalWeight: Double
    /// Whether the bloc is one actor with no tie at all.
    public var isIsolated: Bool
    /// Whether the bloc lies in a connected component whose optimum is proven (its members
    /// cannot be regrouped with a lower disagreement).
    public var isProven: Bool
  }

  /// How the exact solver proved its result.
  public struct Certificate: Hashable, Sendable {
    public var isOptimal: Bool
    public var nodesExplored: Int
    /// A proven lower bound on the disagreement; equal to it when optimal.
    public var lowerBound: Double
    /// The solvers and bounds that proved it, in words.
    public var bound: String
    /// The solvers used, one entry each (branch and bound, CBC and its model).
    public var solvers: [String] = []
    public var seconds: Double = 0
    /// Connected components with ties proven optimal, and their number.
    public var provenComponents: Int = 0
    public var components: Int = 0
  }

  /// A tie that disagrees with the blocs: negative inside a bloc or positive across.
  public struct FrustratedTie: Hashable, Sendable {
    public var first: ActorID
    public var second: ActorID
    public var weight: Double
    public var isInside: Bool
    /// The statements behind the tie.
    public var contributions: [SignedProjection.Contribution]
  }

  /// The projection the blocs were found on: its ``SignedProjection/graph`` is the graph the
  /// ``partition``'s actor ids belong to (rolled up when the projection was).
  public let projection: SignedProjection
  /// The graph the blocs were found on: ``projection``'s graph.
  public var graph: ClaimGraph { projection.graph }
  /// The method that ran (``Method/exact`` or ``Method/fast``, never auto; auto reports
  /// exact when it searched for a proof).
  public let method: Method
  /// True only when the exact solver proved the result optimal.
  public let isOptimal: Bool
  public let certificate: Certificate?
  /// Mean adjusted Rand index between the fast solver's runs and its best run (1 = every run
  /// found the same blocs); nil for the exact solver.
  public let stability: Double?
  public let restartsRun: Int
  public let partition: Partition
  /// Blocs by decreasing size, then by name.
  public let blocs: [Bloc]
  /// The summed tie weight between each pair of blocs, in ``blocs`` order.
  public let betweenWeights: [[Double]]
  public let disagreement: Double
  /// The number of frustrated actor pairs.
  public let violations: Int
  public let frustratedTies: [FrustratedTie]

  /// Clusters the actors of `graph`, projected with the default weights (Goldstein values, no
  /// roll-up): `AllianceClusters(of: SignedProjection(graph), options: options)`.
  ///
  /// - Throws: ``AnalysisError`` as ``init(of:options:)-(SignedProjection,_)`` does.
  public init(of graph: ClaimGraph, options: Options = Options()) throws(AnalysisError) {
    try self.init(of: SignedProjection(graph), options: options)
  }

  /// Clusters the actors of a projection.
  ///
  /// - Throws: ``AnalysisError`` when `exact` is asked of a component larger than the limit or
  ///   its search budget runs out, or an option is out of range.
  public init(of projection: SignedProjection, options: Options = Options()) throws(AnalysisError) {
    if let maxBlocs = options.maxBlocs, maxBlocs < 1 {
      throw AnalysisError(.invalidOption, "the largest number of blocs must be at least 1")
    }
    guard options.restarts >= 1 else {
      throw AnalysisError(.invalidOption, "the number of restarts must be at least 1")
    }
    if let timeLimit = options.timeLimit, !(timeLimit >= 0) {
      throw AnalysisError(.invalidOption, "the time limit must be a non-negative number of seconds")
    }
    let graph = projection.signed
    let solution = try AllianceClusters.solve(graph, options)
    self.projection = projection
    method = solution.method
    isOptimal = solution.certificate?.isOptimal ?? false
    certificate = solution.certificate
    stability = solution.stability
    restartsRun = solution.restarts
    let partition = Partition(solution.labels)

    // Blocs, their names and weights.
    var internalWeight = [Double](repeating: 0, count: partition.blocCount)
    var between = [[Double]](
      repeating: [Double](repeating: 0, count: partition.blocCount), count: partition.blocCount)
    var positiveInside = [Double](repeating: 0, count: graph.nodeCount)
    var frustrated: [FrustratedTie] = []
    for (index, tie) in graph.ties.enumerated() {
      let a = partition.blocOf[tie.first]
      let b = partition.blocOf[tie.second]
      if a == b {
        internalWeight[a] += tie.weight
        if tie.weight > 0 {
          positiveInside[tie.first] += tie.weight
          positiveInside[tie.second] += tie.weight
        }
      } else {
        between[a][b] += tie.weight
        between[b][a] += tie.weight
      }
      if (a == b) == (tie.weight < 0) {
        frustrated.append(
          FrustratedTie(
            first: ActorID(node: tie.first),
            second: ActorID(node: tie.second),
            weight: tie.weight, isInside: a == b,
            contributions: projection.contributions(toTie: index)))
      }
    }
    frustrated.sort { abs($0.weight) > abs($1.weight) }
    var blocs: [(index: Int, bloc: Bloc)] = []
    for (index, members) in partition.blocs.enumerated() {
      let central =
        members.max {
          positiveInside[$0] < positiveInside[$1]
            || (positiveInside[$0] == positiveInside[$1] && $0 > $1)
        } ?? members[0]
      let ids = members.map { ActorID(node: $0) }
      blocs.append(
        (
          index,
          Bloc(
            members: ids, centralMember: ActorID(node: central),
            name: projection.graph[ActorID(node: central)].name,
            internalWeight: internalWeight[index],
            isIsolated: members.count == 1 && graph.degree(of: members[0]) == 0,
            isProven: members.allSatisfy { solution.isProven[$0] })
        ))
    }
    blocs.sort {
      $0.bloc.members.count != $1.bloc.members.count
        ? $0.bloc.members.count > $1.bloc.members.count
        : ($0.bloc.isIsolated != $1.bloc.isIsolated
          ? !$0.bloc.isIsolated : $0.bloc.name < $1.bloc.name)
    }
    // Renumber the partition in the order of the sorted blocs.
    var rank = [Int](repeating: 0, count: blocs.count)
    for (position, entry) in blocs.enumerated() { rank[entry.index] = position }
    self.partition = Partition(partition.blocOf.map { rank[$0] })
    self.blocs = blocs.map(\.bloc)
    betweenWeights = blocs.map { row in blocs.map { between[row.index][$0.index] } }
    disagreement = partition.disagreement(on: graph)
    violations = frustrated.count
    frustratedTies = frustrated
  }

  struct Solution {
    var labels: [Int]
    var method: Method
    var certificate: Certificate?
    var stability: Double?
    var restarts: Int
    /// Per node: whether its component is proven.
    var isProven: [Bool]
  }

  static let boundDescription =
    "Russian-doll suffix optima plus the cheapest placement of each unplaced actor"

  static func solve(_ graph: SignedGraph, _ options: Options) throws(AnalysisError) -> Solution {
    let components = graph.components
    let largest = components.map(\.count).max() ?? 0
    switch options.method {
    case .fast: return fast(graph, options)
    case .exact: return try exact(graph, components, options, strict: true)
    case .auto:
      if let limit = options.exactLimit, largest > limit { return fast(graph, options) }
      return try exact(graph, components, options, strict: false)
    }
  }

  static func exact(
    _ graph: SignedGraph, _ components: [[Int]], _ options: Options, strict: Bool
  ) throws(AnalysisError) -> Solution {
    let largest = components.map(\.count).max() ?? 0
    if let limit = options.exactLimit, largest > limit {
      throw AnalysisError(
        .tooLargeForExact,
        "the exact solver takes connected groups of up to \(limit) actors; this "
          + "graph has one of \(largest): use the fast or auto method, or raise the limit")
    }
    let deadline = Deadline(seconds: options.timeLimit)
    // Solve each component exactly, seeded by the fast solver.
    let seeded = fast(graph, options)
    var labels = [Int](repeating: 0, count: graph.nodeCount)
    var isProven = [Bool](repeating: true, count: graph.nodeCount)
    var nextLabel = 0
    var nodes = 0
    var lowerBound = 0.0
    var provenCount = 0
    var tied = 0
    var solvers: [String] = []
    for component in components {
      if component.count == 1 {
        labels[component[0]] = options.maxBlocs == nil ? nextLabel : 0
        nextLabel += 1
        continue
      }
      tied += 1
      let subgraph = graph.subgraph(component)
      let incumbent = Partition(component.map { seeded.labels[$0] }).blocOf
      var result = incumbent
      if Partition(incumbent).disagreement(on: subgraph) == 0 {
        provenCount += 1
      } else {
        let proof = ComponentProof.solve(
          subgraph, maxBlocs: options.maxBlocs, incumbent: incumbent,
          nodeBudget: max(0, options.nodeBudget - nodes), deadline: deadline,
          useSolver: options.usesSolver)
        nodes += proof.nodes
        lowerBound += proof.lowerBound
        result = proof.labels
        if !solvers.contains(proof.solver) { solvers.append(proof.solver) }
        if proof.isOptimal {
          provenCount += 1
        } else {
          for node in component { isProven[node] = false }
        }
      }
      let blocCount = (result.max() ?? 0) + 1
      for (position, node) in component.enumerated() {
        labels[node] = options.maxBlocs == nil ? nextLabel + result[position] : result[position]
      }
      nextLabel += blocCount
    }
    let proven = provenCount == tied
    let upper = Partition(labels).disagreement(on: graph)
    if strict && !proven {
      throw AnalysisError(
        .tooLargeForExact,
        "the exact solver proved \(provenCount) of \(tied) connected groups within the time "
          + "limit and node budget (best disagreement found \(upper), proven lower bound "
          + "\(lowerBound)): use the auto or fast method, or raise the time limit or node budget")
    }
    if proven { lowerBound = upper }
    return Solution(
      labels: labels, method: .exact,
      certificate: Certificate(
        isOptimal: proven, nodesExplored: nodes, lowerBound: lowerBound,
        bound: solvers.isEmpty
          ? "every tie agrees with the blocs" : solvers.joined(separator: "; "),
        solvers: solvers, seconds: deadline.elapsedSeconds, provenComponents: provenCount,
        components: tied),
      stability: nil, restarts: 0, isProven: isProven)
  }

  static func fast(_ graph: SignedGraph, _ options: Options) -> Solution {
    let result = HeuristicClustering.solve(
      graph, maxBlocs: options.maxBlocs, seed: options.seed, restarts: options.restarts,
      iterations: options.iterations)
    let best = Partition(result.labels)
    var stability = 1.0
    if result.runs.count > 1 {
      stability =
        result.runs.reduce(0.0) { $0 + best.adjustedRandIndex(with: Partition($1)) }
        / Double(result.runs.count)
    }
    let proven = graph.components.count == graph.nodeCount || best.disagreement(on: graph) == 0
    return Solution(
      labels: result.labels, method: .fast, certificate: nil, stability: stability,
      restarts: result.runs.count,
      isProven: [Bool](repeating: proven, count: graph.nodeCount))
  }
}
