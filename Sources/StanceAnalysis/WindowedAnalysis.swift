import StanceGraph

/// Alliance blocs, structural balance and polarisation computed window by window, with the
/// blocs tracked across windows.
///
/// The graph is rolled up once (when asked); each window's statements are found in a
/// ``DatedStatementIndex`` (a statement belongs to every window its partial date overlaps),
/// and each window is analysed as a graph of its own that keeps every actor, so an actor id
/// means the same actor in every window. Undated statements belong to no window unless
/// `undated` is ``UndatedStatements/include``, which puts them in every window. With a decay in
/// the policy, each window's weights decay back from the window's last day with the policy's
/// half-life.
///
/// ```swift
/// let windows = TimeWindows(covering: graph.dateRange!, length: WindowLength(1, .year))!
/// let series = try WindowedAnalysis(graph, windows: windows)
/// for window in series.windows { print(window.window, window.polarisation?.polarisation ?? 0) }
/// ```
///
/// - Complexity: O(*s* log *s*) to index, then per window O(*k* + *a*) plus the analyses of
///   its *k* statements.
public struct WindowedAnalysis: Sendable {
  public struct Options: Hashable, Sendable {
    public var policy: WeightingPolicy
    public var rollingUp: Bool
    public var undated: UndatedStatements
    /// Blocs per window (nil: not computed, so no tracking).
    public var clusters: AllianceClusters.Options?
    /// Balance and polarisation per window (nil: not computed).
    public var balance: StructuralBalance.Options?
    public var tracking: BlocTracking.Options

    public init(
      policy: WeightingPolicy = .goldstein, rollingUp: Bool = false,
      undated: UndatedStatements = .exclude,
      clusters: AllianceClusters.Options? = AllianceClusters.Options(),
      balance: StructuralBalance.Options? = StructuralBalance.Options(),
      tracking: BlocTracking.Options = BlocTracking.Options()
    ) {
      self.policy = policy
      self.rollingUp = rollingUp
      self.undated = undated
      self.clusters = clusters
      self.balance = balance
      self.tracking = tracking
    }
  }

  /// One window's analysis.
  public struct Window: Sendable {
    public let window: TimeWindow
    /// For each statement of ``projection``'s graph, the statement of the input graph.
    public let inputStatements: [StatementID]
    public let projection: SignedProjection
    public let clusters: AllianceClusters?
    public let balance: StructuralBalance?
    public let polarisation: Polarisation?

    /// Whether no statement falls in the window.
    public var isEmpty: Bool { inputStatements.isEmpty }
    public var statementCount: Int { inputStatements.count }

    /// The statement of the input graph behind statement `id` of the window's graph.
    public func inputStatement(_ id: StatementID) -> StatementID { inputStatements[id.index] }
  }

  /// The graph as given.
  public let input: ClaimGraph
  /// The graph the windows are cut from: the input, rolled up when asked.
  public let graph: ClaimGraph
  public let options: Options
  public let windows: [Window]
  /// The blocs tracked across windows (nil without clusters).
  public let tracking: BlocTracking?

  public init(_ input: ClaimGraph, windows: TimeWindows, options: Options = Options())
    throws(AnalysisError)
  {
    self.input = input
    self.options = options
    let rollUp = options.rollingUp ? input.rollUp() : nil
    let graph = rollUp?.graph ?? input
    self.graph = graph
    let index = DatedStatementIndex(graph)
    var results: [Window] = []
    results.reserveCapacity(windows.count)
    for window in windows {
      var ids = index.statements(in: window)
      if options.undated == .include {
        ids += index.undated
        ids.sort()
      }
      let sub = graph.keepingStatements(ids)
      var policy = options.policy
      if var decay = policy.decay {
        decay.reference = window.end
        policy.decay = decay
      }
      let projection = SignedProjection(sub, policy: policy)
      let clusters = try options.clusters.map { options throws(AnalysisError) in
        try AllianceClusters(of: projection, options: options)
      }
      let balance = options.balance.map { StructuralBalance(of: projection, options: $0) }
      let inputIDs = rollUp.map { rollUp in ids.map { rollUp.originalStatements[$0.index] } } ?? ids
      results.append(
        Window(
          window: window, inputStatements: inputIDs, projection: projection, clusters: clusters,
          balance: balance, polarisation: balance.map(Polarisation.init)))
    }
    self.windows = results
    if options.clusters != nil {
      let blocs = results.map { window -> [[ActorID]] in
        guard let clusters = window.clusters, !window.isEmpty else { return [] }
        return clusters.blocs.filter { !$0.isIsolated }.map(\.members)
      }
      tracking = BlocTracking(blocs: blocs, options: options.tracking) {
        windowIndex, actor, from, to in
        WindowedAnalysis.evidence(in: results[windowIndex], actor: actor, from: from, to: to)
      }
    } else {
      tracking = nil
    }
  }

  /// The input statements of `window` behind `actor`'s move from the bloc `from` to the bloc
  /// `to`: its friendly ties with `to` and hostile ties with `from`, strongest first (all its
  /// ties with either when none is of that kind).
  static func evidence(in window: Window, actor: ActorID, from: [ActorID], to: [ActorID])
    -> [StatementID]
  {
    let projection = window.projection
    var chosen: [(Double, StatementID)] = []
    var all: [(Double, StatementID)] = []
    for (members, wantsFriendly) in [(to, true), (from, false)] {
      for member in members where member != actor {
        for contribution in projection.contributions(between: actor, and: member) {
          let entry = (abs(contribution.weight), window.inputStatement(contribution.statement))
          all.append(entry)
          if (contribution.weight > 0) == wantsFriendly { chosen.append(entry) }
        }
      }
    }
    let list = chosen.isEmpty ? all : chosen
    var seen = Set<StatementID>()
    return list.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.compactMap {
      seen.insert($0.1).inserted ? $0.1 : nil
    }
  }
}
