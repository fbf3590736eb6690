import StanceGraph

/// Two periods (or two files) compared: actors that changed bloc, stances that changed label
/// or moved by more than a threshold, ties that appeared or vanished, and the change in
/// frustration index and polarisation, each with the statements behind it.
///
/// Actors are matched between the two graphs by id, so two files that name their actors alike
/// compare directly, and one file cut at a date compares with itself. Blocs are matched as in
/// ``BlocTracking`` (maximum Jaccard overlap, Hungarian algorithm); a move cites statements of
/// the later graph. A tie is the signed tie of ``SignedProjection`` between two actors; it
/// appeared when only the later graph has it, vanished when only the earlier one has.
///
/// - Complexity: the analyses of both graphs, plus O(*t* log *t*) for *t* ties and stances.
public struct PeriodComparison: Sendable {
  public struct Options: Hashable, Sendable {
    public var policy: WeightingPolicy
    public var rollingUp: Bool
    public var clusters: AllianceClusters.Options
    public var balance: StructuralBalance.Options
    public var thresholds: Stances.Thresholds
    /// A stance whose score moves by more than this is reported even when its label stays.
    public var scoreChange: Double
    public var tracking: BlocTracking.Options

    public init(
      policy: WeightingPolicy = .goldstein, rollingUp: Bool = false,
      clusters: AllianceClusters.Options = .init(), balance: StructuralBalance.Options = .init(),
      thresholds: Stances.Thresholds = .init(), scoreChange: Double = 5,
      tracking: BlocTracking.Options = .init()
    ) {
      self.policy = policy
      self.rollingUp = rollingUp
      self.clusters = clusters
      self.balance = balance
      self.thresholds = thresholds
      self.scoreChange = scoreChange
      self.tracking = tracking
    }
  }

  /// One side's analyses.
  public struct Side: Sendable {
    public let projection: SignedProjection
    public let clusters: AllianceClusters
    public let balance: StructuralBalance
    public let polarisation: Polarisation
    public let stances: Stances
  }

  public struct Move: Hashable, Sendable {
    /// The actor's id (as files write it).
    public var actor: String
    public var from: Int
    public var to: Int
    /// Statements of the later graph (ids of its projection's input).
    public var statements: [StatementID]
  }

  public struct StanceChange: Sendable {
    public var source: String
    public var target: String
    public var before: Stances.Stance?
    public var after: Stances.Stance?
  }

  public struct TieChange: Sendable {
    public var first: String
    public var second: String
    public var weight: Double
    /// The contributions behind the tie, in the graph that has it.
    public var contributions: [SignedProjection.Contribution]
  }

  public let before: Side
  public let after: Side
  /// The blocs of each side by identity (1, 2, ...), matched across the two; members by id.
  package let blocs: (before: [TrackedBlocRecord], after: [TrackedBlocRecord])
  /// Split, merge, appear and dissolve events between the two sides; their actor ids index
  /// ``actorNames``.
  public let blocEvents: [BlocTracking.Event]
  /// The actors of both sides by id: the earlier graph's, then the later graph's new ones.
  public let actorNames: [String]
  public let moved: [Move]
  public let stanceChanges: [StanceChange]
  public let tiesAppeared: [TieChange]
  public let tiesVanished: [TieChange]

  public init(before old: ClaimGraph, after new: ClaimGraph, options: Options = Options())
    throws(AnalysisError)
  {
    func side(_ graph: ClaimGraph) throws(AnalysisError) -> Side {
      let projection = SignedProjection(graph, policy: options.policy, rollingUp: options.rollingUp)
      let balance = StructuralBalance(of: projection, options: options.balance)
      return Side(
        projection: projection,
        clusters: try AllianceClusters(of: projection, options: options.clusters),
        balance: balance, polarisation: Polarisation(balance),
        stances: Stances(of: projection, thresholds: options.thresholds))
    }
    before = try side(old)
    after = try side(new)
    let oldGraph = before.projection.graph
    let newGraph = after.projection.graph
    // A common numbering of actors by id: the earlier graph's actors, then the later's new ones.
    var common: [String: Int32] = [:]
    var names: [String] = []
    for graph in [oldGraph, newGraph] {
      for actor in graph.actors where common[actor.id] == nil {
        common[actor.id] = Int32(names.count)
        names.append(actor.id)
      }
    }
    func shared(_ graph: ClaimGraph, _ id: ActorID) -> ActorID {
      ActorID(rawValue: common[graph[id].id] ?? 0)
    }
    func placed(_ side: Side) -> [[ActorID]] {
      side.clusters.blocs.filter { !$0.isIsolated }.map { bloc in
        bloc.members.map { shared(side.projection.graph, $0) }
      }
    }
    let after = self.after
    let tracking = BlocTracking(blocs: [placed(before), placed(after)], options: options.tracking) {
      _, actor, from, to in
      let local = { (list: [ActorID]) in
        list.compactMap { newGraph.actorID(named: names[$0.index]) }
      }
      guard let id = newGraph.actorID(named: names[actor.index]) else { return [] }
      return PeriodComparison.evidence(
        after.projection, actor: id, from: local(from), to: local(to))
    }
    let named = { (list: [BlocTracking.TrackedBloc]) in
      list.map {
        TrackedBlocRecord(identity: $0.identity, members: $0.members.map { names[$0.index] })
      }
    }
    blocs = (named(tracking.windows[0]), named(tracking.windows[1]))
    actorNames = names
    var events: [BlocTracking.Event] = []
    var moves: [Move] = []
    for event in tracking.events where event.window == 1 {
      if case .moved(let actor, let from, let to, let statements) = event.event {
        moves.append(
          Move(actor: names[actor.index], from: from, to: to, statements: statements))
      } else {
        events.append(event.event)
      }
    }
    blocEvents = events
    moved = moves

    // Stances by (source id, target id).
    var oldStances: [[String]: Stances.Stance] = [:]
    for stance in before.stances.stances {
      oldStances[[oldGraph[stance.source].id, oldGraph[stance.target].id]] = stance
    }
    var changes: [StanceChange] = []
    var seen = Set<[String]>()
    for stance in after.stances.stances {
      let key = [newGraph[stance.source].id, newGraph[stance.target].id]
      seen.insert(key)
      let previous = oldStances[key]
      if let previous, previous.label == stance.label,
        abs(previous.score - stance.score) <= options.scoreChange
      {
        continue
      }
      changes.append(StanceChange(source: key[0], target: key[1], before: previous, after: stance))
    }
    for (key, stance) in oldStances where !seen.contains(key) {
      changes.append(StanceChange(source: key[0], target: key[1], before: stance, after: nil))
    }
    changes.sort { ($0.source, $0.target) < ($1.source, $1.target) }
    stanceChanges = changes

    func ties(_ projection: SignedProjection) -> [[String]: TieChange] {
      var result: [[String]: TieChange] = [:]
      let graph = projection.graph
      for (index, tie) in projection.signed.ties.enumerated()
      where abs(tie.weight) > SignedGraph.zeroTolerance {
        let pair = [graph.actors[tie.first].id, graph.actors[tie.second].id].sorted()
        result[pair] = TieChange(
          first: pair[0], second: pair[1], weight: tie.weight,
          contributions: projection.contributions(toTie: index))
      }
      return result
    }
    let oldTies = ties(before.projection)
    let newTies = ties(after.projection)
    tiesAppeared = newTies.filter { oldTies[$0.key] == nil }.values.sorted {
      ($0.first, $0.second) < ($1.first, $1.second)
    }
    tiesVanished = oldTies.filter { newTies[$0.key] == nil }.values.sorted {
      ($0.first, $0.second) < ($1.first, $1.second)
    }
  }

  /// The statements of `projection` behind `actor`'s move (as in ``WindowedAnalysis``), as ids
  /// of the projection's input graph.
  static func evidence(
    _ projection: SignedProjection, actor: ActorID, from: [ActorID], to: [ActorID]
  ) -> [StatementID] {
    var chosen: [(Double, StatementID)] = []
    var all: [(Double, StatementID)] = []
    for (members, wantsFriendly) in [(to, true), (from, false)] {
      for member in members where member != actor {
        for contribution in projection.contributions(between: actor, and: member) {
          let entry = (abs(contribution.weight), projection.inputStatement(contribution.statement))
          all.append(entry)
          if (contribution.weight > 0) == wantsFriendly { chosen.append(entry) }
        }
      }
    }
    var seen = Set<StatementID>()
    return (chosen.isEmpty ? all : chosen).sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
      .compactMap { seen.insert($0.1).inserted ? $0.1 : nil }
  }
}
