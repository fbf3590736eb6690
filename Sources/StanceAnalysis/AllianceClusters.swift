import StanceGraph

/// Alliance blocs: the partition of actors that best agrees with the signed ties, found by
/// correlation clustering (Bansal, Blum and Chawla 2004, "Correlation clustering", Machine
/// Learning 56:89-113, doi:10.1023/B:MACH.0000033116.57574.95).
///
/// The objective is the **disagreement**: the weight of negative ties inside blocs plus the
/// weight of positive ties between blocs. The number of blocs is whatever minimises it, or at
/// most ``Options/maxBlocs``. Two solvers share the objective:
/// - ``Method/exact``: branch and bound (see `docs/alliance-clusters.md`) with a certificate:
///   proven optimal, the search nodes explored and the bound used. It refuses components larger
///   than ``Options/exactLimit`` actors.
/// - ``Method/fast``: a Leiden-style heuristic (Traag, Waltman and van Eck 2019), the best of
///   ``Options/restarts`` runs, deterministic for a ``Options/seed``, with the agreement between
///   runs reported as stability.
/// - ``Method/auto``: exact when every component fits the limit, else fast.
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
    /// The largest connected component the exact solver takes.
    public var exactLimit: Int = 40
    /// Search nodes the exact solver may explore before it gives up the proof.
    public var nodeBudget: Int = 20_000_000

    public init(
      method: Method = .auto, maxBlocs: Int? = nil, seed: UInt64 = 1, restarts: Int = 8,
      exactLimit: Int = 40, nodeBudget: Int = 20_000_000
    ) {
      self.method = method
      self.maxBlocs = maxBlocs
      self.seed = seed
      self.restarts = restarts
      self.exactLimit = exactLimit
      self.nodeBudget = nodeBudget
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
  }

  /// How the exact solver proved its result.
  public struct Certificate: Hashable, Sendable {
    public var isOptimal: Bool
    public var nodesExplored: Int
    /// A proven lower bound on the disagreement; equal to it when optimal.
    public var lowerBound: Double
    public var bound: String
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
  /// The method that ran (``Method/exact`` or ``Method/fast``, never auto).
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
      throw AnalysisError(.invalidOption, "--max-blocs must be at least 1")
    }
    guard options.restarts >= 1 else {
      throw AnalysisError(.invalidOption, "--restarts must be at least 1")
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
            first: ActorID(rawValue: Int32(tie.first)),
            second: ActorID(rawValue: Int32(tie.second)),
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
      let ids = members.map { ActorID(rawValue: Int32($0)) }
      blocs.append(
        (
          index,
          Bloc(
            members: ids, centralMember: ActorID(rawValue: Int32(central)),
            name: projection.graph[ActorID(rawValue: Int32(central))].name,
            internalWeight: internalWeight[index],
            isIsolated: members.count == 1 && graph.degree(of: members[0]) == 0)
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
  }

  static let boundDescription =
    "Russian-doll suffix optima plus the cheapest placement of each unplaced actor"

  static func solve(_ graph: SignedGraph, _ options: Options) throws(AnalysisError) -> Solution {
    let components = graph.components
    let largest = components.map(\.count).max() ?? 0
    switch options.method {
    case .fast: return fast(graph, options)
    case .exact: return try exact(graph, components, options)
    case .auto:
      guard largest <= options.exactLimit else { return fast(graph, options) }
      // A search that runs out of budget falls back to the heuristic.
      return (try? exact(graph, components, options)) ?? fast(graph, options)
    }
  }

  static func exact(_ graph: SignedGraph, _ components: [[Int]], _ options: Options)
    throws(AnalysisError) -> Solution
  {
    let largest = components.map(\.count).max() ?? 0
    guard largest <= options.exactLimit else {
      throw AnalysisError(
        .tooLargeForExact,
        "the exact solver takes connected groups of up to \(options.exactLimit) actors; this "
          + "graph has one of \(largest): use --method fast (or auto), or raise --exact-limit")
    }
    // Solve each component exactly, seeded by the fast solver.
    let seeded = fast(graph, Options(maxBlocs: options.maxBlocs, seed: options.seed, restarts: 2))
    var labels = [Int](repeating: 0, count: graph.nodeCount)
    var nextLabel = 0
    var nodes = 0
    var lowerBound = 0.0
    var proven = true
    for component in components {
      if component.count == 1 {
        labels[component[0]] = options.maxBlocs == nil ? nextLabel : 0
        nextLabel += 1
        continue
      }
      let subgraph = graph.subgraph(component)
      let incumbent = component.map { seeded.labels[$0] }
      let result = ExactClustering.solve(
        subgraph, maxBlocs: options.maxBlocs, nodeBudget: max(0, options.nodeBudget - nodes),
        incumbent: incumbent)
      nodes += result.nodesExplored
      lowerBound += result.lowerBound
      proven = proven && result.isOptimal
      let blocCount = (result.labels.max() ?? 0) + 1
      for (position, node) in component.enumerated() {
        labels[node] =
          options.maxBlocs == nil ? nextLabel + result.labels[position] : result.labels[position]
      }
      nextLabel += blocCount
    }
    guard proven else {
      throw AnalysisError(
        .tooLargeForExact,
        "the exact solver explored \(nodes) search nodes without proving optimality; use "
          + "--method fast, or raise --node-budget")
    }
    return Solution(
      labels: labels, method: .exact,
      certificate: Certificate(
        isOptimal: true, nodesExplored: nodes, lowerBound: lowerBound, bound: boundDescription),
      stability: nil, restarts: 0)
  }

  static func fast(_ graph: SignedGraph, _ options: Options) -> Solution {
    var master = SeededGenerator(seed: options.seed)
    var runs: [(labels: [Int], cost: Double)] = []
    for _ in 0..<options.restarts {
      var generator = SeededGenerator(seed: master.next())
      let labels = LeidenClustering.cluster(graph, maxBlocs: options.maxBlocs, using: &generator)
      runs.append((labels, Partition(labels).disagreement(on: graph)))
    }
    var bestIndex = 0
    for (index, run) in runs.enumerated() where run.cost < runs[bestIndex].cost - 1e-9 {
      bestIndex = index
    }
    let best = Partition(runs[bestIndex].labels)
    var stability = 1.0
    if runs.count > 1 {
      let others = runs.indices.filter { $0 != bestIndex }
      stability =
        others.reduce(0.0) { $0 + best.adjustedRandIndex(with: Partition(runs[$1].labels)) }
        / Double(others.count)
    }
    return Solution(
      labels: runs[bestIndex].labels, method: .fast, certificate: nil, stability: stability,
      restarts: runs.count)
  }
}
