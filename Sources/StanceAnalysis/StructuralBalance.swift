import StanceGraph

/// Structural balance of a signed graph: its triangle census and its frustration index.
///
/// A triangle is **balanced** (Cartwright and Harary 1956, "Structural balance: a
/// generalization of Heider's theory", Psychological Review 63:277-293,
/// doi:10.1037/h0046049) when it has an even number of negative ties: the friend of my friend is
/// my friend, the enemy of my enemy is my friend. Under **weak balance** (Davis 1967,
/// "Clustering and structural balance in graphs", Human Relations 20:181-187,
/// doi:10.1177/001872676702000206) only triangles with exactly one negative tie are unbalanced.
///
/// The **frustration index** (Harary's line index of balance) is the fewest ties whose sign
/// must change for the actors to split into two camps with only positive ties inside and only
/// negative ties across. It equals correlation clustering with at most two blocs on the ties'
/// signs. Every component gets the fast method (``HeuristicClustering``: Leiden blocs split
/// exactly into two camps, relocation moves and iterated local search); the exact method then
/// proves it with the branch and bound or, when that is slow, CBC on the binary model of Aref,
/// Mason and Wilson 2020 (``FrustrationModel``, doi:10.1002/net.21907), within
/// ``Options/timeLimit`` and ``Options/nodeBudget``, never gated by size. When a limit runs out
/// the best camps found are kept and the result says what is proven: ``isExact``,
/// ``lowerBound``, ``upperBound`` and ``gap``. See also Aref, Mason and Wilson 2018,
/// "Computing the line index of balance using integer programming optimisation", in
/// Optimization Problems in Graph Theory, doi:10.1007/978-3-319-94830-0_3.
///
/// ```swift
/// let balance = StructuralBalance(of: SignedProjection(graph, policy: .unit))
/// balance.triangles.balancedFraction     // 0.8676 on Read's highland tribes
/// balance.frustrationIndex               // 7
/// ```
public struct StructuralBalance: Sendable {
  /// `fast` (the heuristic), `exact` or `auto` (both prove what they can within the limits).
  public typealias Method = AllianceClusters.Method

  public struct Options: Hashable, Sendable {
    public var method: Method = .auto
    /// Seconds the proof may take over all components (nil: no limit). The best partition
    /// found is kept when it runs out.
    public var timeLimit: Double? = StructuralBalance.defaultTimeLimit
    /// Search nodes the branch and bound may explore over all components.
    public var nodeBudget: Int = 20_000_000
    /// Components larger than this are not searched exactly (nil, the default: no gate).
    public var exactLimit: Int?
    public var seed: UInt64 = 1
    /// Leiden runs of the fast method.
    public var restarts: Int = 4
    /// Iterations of the local search (nil: 50 per actor, at least 2,000).
    public var iterations: Int?
    /// Whether the exact method may call the integer-programming solver (CBC).
    public var usesSolver = true

    public init(
      method: Method = .auto, timeLimit: Double? = StructuralBalance.defaultTimeLimit,
      nodeBudget: Int = 20_000_000, exactLimit: Int? = nil, seed: UInt64 = 1,
      restarts: Int = 4, iterations: Int? = nil, usesSolver: Bool = true
    ) {
      self.method = method
      self.timeLimit = timeLimit
      self.nodeBudget = nodeBudget
      self.exactLimit = exactLimit
      self.seed = seed
      self.restarts = restarts
      self.iterations = iterations
      self.usesSolver = usesSolver
    }
  }

  /// Seconds the exact method may take by default: every signed network of up to 250 actors
  /// and 1,500 ties measured here was proven in well under it (docs/structural-balance.md).
  public static let defaultTimeLimit = 10.0

  /// What the exact method proved.
  public struct Certificate: Hashable, Sendable {
    /// The solvers that gave the bounds (branch and bound, or CBC and its model).
    public var solvers: [String]
    public var lowerBound: Int
    public var seconds: Double
    public var nodesExplored: Int
    /// Components proven optimal, of those with ties.
    public var provenComponents: Int
    public var components: Int
  }

  /// Triangles by number of negative ties.
  public struct TriangleCensus: Hashable, Sendable {
    /// `byNegativeTies[k]`: triangles with *k* negative ties, *k* = 0...3.
    public var byNegativeTies: [Int]
    public var total: Int { byNegativeTies.reduce(0, +) }
    /// Triangles with 0 or 2 negative ties.
    public var balanced: Int { byNegativeTies[0] + byNegativeTies[2] }
    /// Triangles that are not exactly one negative tie.
    public var weaklyBalanced: Int { total - byNegativeTies[1] }
    /// Balanced triangles over all triangles (1 when there are none).
    public var balancedFraction: Double { total == 0 ? 1 : Double(balanced) / Double(total) }
    public var weaklyBalancedFraction: Double {
      total == 0 ? 1 : Double(weaklyBalanced) / Double(total)
    }
  }

  /// The projection the balance was measured on; actor ids are of its graph.
  public let projection: SignedProjection
  /// The graph the balance was measured on: ``projection``'s graph.
  public var graph: ClaimGraph { projection.graph }
  public let triangles: TriangleCensus
  /// The fewest ties to flip for two camps: the number of frustrated ties of ``camps``, which
  /// is minimised (ties count by sign, not weight). An upper bound when ``isExact`` is false.
  public let frustrationIndex: Int
  /// Whether ``frustrationIndex`` is proven minimal.
  public let isExact: Bool
  /// A proven lower bound on the frustration index (equal to it when ``isExact``).
  public let lowerBound: Int
  /// The best value found: ``frustrationIndex``.
  public var upperBound: Int { frustrationIndex }
  /// (upper − lower) / upper: 0 when proven, 1 when nothing is proven.
  public var gap: Double {
    frustrationIndex == 0 ? 0 : Double(frustrationIndex - lowerBound) / Double(frustrationIndex)
  }
  /// The method that ran: fast, or exact (auto runs exact).
  public let method: Method
  /// What the exact method proved; nil for the fast method.
  public let certificate: Certificate?
  /// The summed |weight| of the frustrated ties of ``camps`` (reported, not minimised).
  public let frustratedWeight: Double
  /// The two camps of the best split found; the first holds the first tied actor. Actors
  /// with no tie are in neither (see ``isolated``).
  public let camps: [[ActorID]]
  /// Actors with no tie at all: the data puts them in no camp.
  public let isolated: [ActorID]
  /// The ties that disagree with the camps.
  public let frustratedTies: [AllianceClusters.FrustratedTie]
  public let nodesExplored: Int

  public init(of projection: SignedProjection, options: Options = Options()) {
    self.projection = projection
    let graph = projection.signed
    triangles = StructuralBalance.census(graph)
    let signs = graph.signs
    let deadline = Deadline(seconds: options.timeLimit)
    var labels = [Int](repeating: 0, count: graph.nodeCount)
    var nodes = 0
    var lower = 0
    var proven = 0
    var tiedComponents = 0
    var solvers: [String] = []
    let proving = options.method != .fast
    for component in signs.components where component.count > 1 {
      tiedComponents += 1
      let subgraph = signs.subgraph(component)
      let heuristic = HeuristicClustering.solve(
        subgraph, maxBlocs: 2, seed: options.seed, restarts: options.restarts,
        iterations: options.iterations)
      var local = heuristic.labels
      if heuristic.disagreement == 0 {
        proven += 1
      } else if proving && options.exactLimit.map({ component.count <= $0 }) ?? true {
        let proof = ComponentProof.solve(
          subgraph, maxBlocs: 2, incumbent: heuristic.labels,
          nodeBudget: max(0, options.nodeBudget - nodes), deadline: deadline,
          useSolver: options.usesSolver)
        nodes += proof.nodes
        lower += Int(proof.lowerBound.rounded(.up))
        if proof.isOptimal { proven += 1 }
        if !solvers.contains(proof.solver) { solvers.append(proof.solver) }
        local = proof.labels
      }
      // Orient each component so that its smallest actor is in camp 0.
      let flip = local[0] != 0
      for (position, node) in component.enumerated() {
        labels[node] = (local[position] != 0) != flip ? 1 : 0
      }
    }
    let partition = Partition(labels)
    frustrationIndex = partition.violations(on: graph)
    isExact = proven == tiedComponents
    lowerBound = isExact ? frustrationIndex : min(lower, frustrationIndex)
    method = proving ? .exact : .fast
    certificate =
      proving
      ? Certificate(
        solvers: solvers, lowerBound: lowerBound, seconds: deadline.elapsedSeconds,
        nodesExplored: nodes, provenComponents: proven, components: tiedComponents) : nil
    nodesExplored = nodes
    var frustrated: [AllianceClusters.FrustratedTie] = []
    var weight = 0.0
    for (index, tie) in graph.ties.enumerated()
    where (labels[tie.first] == labels[tie.second]) == (tie.weight < 0) {
      weight += abs(tie.weight)
      frustrated.append(
        AllianceClusters.FrustratedTie(
          first: ActorID(node: tie.first), second: ActorID(node: tie.second),
          weight: tie.weight, isInside: labels[tie.first] == labels[tie.second],
          contributions: projection.contributions(toTie: index)))
    }
    frustratedWeight = weight
    frustratedTies = frustrated
    let tied = (0..<graph.nodeCount).filter { graph.degree(of: $0) > 0 }
    camps = [0, 1].map { camp in
      tied.filter { labels[$0] == camp }.map { ActorID(node: $0) }
    }
    isolated = (0..<graph.nodeCount).filter { graph.degree(of: $0) == 0 }.map {
      ActorID(node: $0)
    }
  }

  /// Counts triangles by number of negative ties, each once: nodes are ranked by degree and
  /// each triangle is found from its lowest-ranked node (Chiba and Nishizeki 1985,
  /// doi:10.1137/0214017).
  ///
  /// - Complexity: O(*t* √*t*) for *t* ties.
  static func census(_ graph: SignedGraph) -> TriangleCensus {
    let count = graph.nodeCount
    let rank = (0..<count).sorted {
      graph.degree(of: $0) != graph.degree(of: $1)
        ? graph.degree(of: $0) < graph.degree(of: $1) : $0 < $1
    }
    var position = [Int](repeating: 0, count: count)
    for (index, node) in rank.enumerated() { position[node] = index }
    // Forward adjacency: neighbours of higher rank, with the sign of the tie.
    var forward = [[(node: Int, negative: Bool)]](repeating: [], count: count)
    for tie in graph.ties {
      let (low, high) =
        position[tie.first] < position[tie.second]
        ? (tie.first, tie.second) : (tie.second, tie.first)
      forward[low].append((high, tie.weight < 0))
    }
    var mark = [Int](repeating: -1, count: count)
    var markNegative = [Bool](repeating: false, count: count)
    var byNegative = [0, 0, 0, 0]
    for u in 0..<count {
      for (v, negative) in forward[u] {
        mark[v] = u
        markNegative[v] = negative
      }
      for (v, uvNegative) in forward[u] {
        for (w, vwNegative) in forward[v] where mark[w] == u {
          let negatives = (uvNegative ? 1 : 0) + (vwNegative ? 1 : 0) + (markNegative[w] ? 1 : 0)
          byNegative[negatives] += 1
        }
      }
    }
    return TriangleCensus(byNegativeTies: byNegative)
  }
}
