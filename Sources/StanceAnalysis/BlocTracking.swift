import StanceGraph

/// Alliance blocs followed from one time window to the next, with stable identities and the
/// events between windows.
///
/// Between two consecutive windows that have blocs (empty windows are passed over, so a bloc
/// survives a quiet month), the blocs of the earlier window are matched to those of the later
/// one by maximum total Jaccard overlap |A ∩ B| / |A ∪ B|, solved as an assignment problem with
/// the Hungarian algorithm (``Assignment``); a pair is kept only when its overlap reaches
/// ``Options/minimumOverlap``. A matched bloc keeps its identity; the others get new ones (1,
/// 2, 3, ... in order of first appearance). Then:
///
/// - **split**: a new bloc most of whose members (at least ``Options/majority``) came from one
///   earlier bloc that still continues: that bloc split into its continuation and the new one.
/// - **appeared**: any other new bloc.
/// - **merge**: an unmatched earlier bloc most of whose members (of those still placed) went
///   into one later bloc that continues another: the two merged.
/// - **dissolved**: any other unmatched earlier bloc.
/// - **moved**: an actor placed in both windows whose bloc identity changed, except where a
///   split or merge explains it; with the statements of the later window that moved it (its
///   friendly ties with the new bloc and hostile ties with the old).
///
/// - Complexity: O(*w* · *b*³ + *a*) for *w* windows of at most *b* blocs and *a* placements.
public struct BlocTracking: Sendable {
  public struct Options: Hashable, Sendable {
    /// The least Jaccard overlap for a bloc to keep its identity, 0 to 1.
    public var minimumOverlap: Double
    /// The share of a bloc's members that must come from (or go to) one bloc for a split
    /// (or merge).
    public var majority: Double
    public init(minimumOverlap: Double = 0.2, majority: Double = 0.5) {
      self.minimumOverlap = minimumOverlap
      self.majority = majority
    }
  }

  /// A bloc of one window with its identity.
  public struct TrackedBloc: Hashable, Sendable {
    public var identity: Int
    public var members: [ActorID]
  }

  /// What happened between the previous window with blocs and window ``window``.
  public enum Event: Hashable, Sendable {
    case appeared(bloc: Int, members: [ActorID])
    case dissolved(bloc: Int, members: [ActorID])
    case split(bloc: Int, into: [Int])
    case merged(blocs: [Int], into: Int)
    /// `statements` are ids of the later window's statements, as ``BlocTracking/init(blocs:options:evidence:)``'s
    /// `evidence` returned them.
    case moved(actor: ActorID, from: Int, to: Int, statements: [StatementID])
  }

  public struct WindowEvent: Hashable, Sendable {
    /// The window the change is seen in.
    public var window: Int
    /// The earlier window compared with, or nil for the first window with blocs.
    public var previousWindow: Int?
    public var event: Event
  }

  /// The tracked blocs of each window (empty for a window without blocs).
  public let windows: [[TrackedBloc]]
  public let events: [WindowEvent]

  /// Tracks `blocs` (for each window, its blocs as member lists; an empty list for an empty
  /// window).
  ///
  /// - Parameter evidence: for a move in window `w` of `actor` from the members `from` to the
  ///   members `to`, the statements behind it.
  public init(
    blocs: [[[ActorID]]], options: Options = Options(),
    evidence: (_ window: Int, _ actor: ActorID, _ from: [ActorID], _ to: [ActorID]) ->
      [StatementID] =
      { _, _, _, _ in [] }
  ) {
    var tracked: [[TrackedBloc]] = []
    var events: [WindowEvent] = []
    var nextIdentity = 1
    var previous: (window: Int, blocs: [TrackedBloc])?
    for (windowIndex, current) in blocs.enumerated() {
      let current = current.filter { !$0.isEmpty }
      if current.isEmpty {
        tracked.append([])
        continue
      }
      guard let before = previous else {
        let first = current.map { members -> TrackedBloc in
          defer { nextIdentity += 1 }
          return TrackedBloc(identity: nextIdentity, members: members.sorted())
        }
        for bloc in first {
          events.append(
            WindowEvent(
              window: windowIndex, previousWindow: nil,
              event: .appeared(bloc: bloc.identity, members: bloc.members)))
        }
        tracked.append(first)
        previous = (windowIndex, first)
        continue
      }
      let oldSets = before.blocs.map { Set($0.members) }
      let newSets = current.map { Set($0) }
      let overlap = oldSets.map { old in
        newSets.map { new -> Double in
          let shared = old.intersection(new).count
          return shared == 0 ? 0 : Double(shared) / Double(old.count + new.count - shared)
        }
      }
      let assignment = Assignment.minimumCost(overlap.map { $0.map { -$0 } })
      var identityOfNew = [Int?](repeating: nil, count: current.count)
      var continues = [Bool](repeating: false, count: oldSets.count)
      for (old, new) in assignment.enumerated() {
        if let new, overlap[old][new] >= options.minimumOverlap, overlap[old][new] > 0 {
          identityOfNew[new] = before.blocs[old].identity
          continues[old] = true
        }
      }
      var blocEvents: [Event] = []
      var splitInto: [Int: [Int]] = [:]  // old index → new identities split off
      var explained = Set<[Int]>()  // (from identity, to identity) pairs a split or merge explains
      for new in current.indices where identityOfNew[new] == nil {
        identityOfNew[new] = nextIdentity
        nextIdentity += 1
        let counts = oldSets.map { $0.intersection(newSets[new]).count }
        if let best = counts.indices.max(by: { counts[$0] < counts[$1] }), continues[best],
          Double(counts[best]) >= options.majority * Double(newSets[new].count)
        {
          splitInto[best, default: []].append(identityOfNew[new] ?? 0)
          explained.insert([before.blocs[best].identity, identityOfNew[new] ?? 0])
        } else {
          blocEvents.append(
            .appeared(bloc: identityOfNew[new] ?? 0, members: current[new].sorted()))
        }
      }
      for (old, identities) in splitInto.sorted(by: { $0.key < $1.key }) {
        blocEvents.insert(.split(bloc: before.blocs[old].identity, into: identities), at: 0)
      }
      var mergedInto: [Int: [Int]] = [:]  // new index → old identities merged in
      let placed = newSets.reduce(into: Set<ActorID>()) { $0.formUnion($1) }
      for old in oldSets.indices where !continues[old] {
        let stayed = oldSets[old].intersection(placed).count
        let counts = newSets.map { $0.intersection(oldSets[old]).count }
        if let best = counts.indices.max(by: { counts[$0] < counts[$1] }), stayed > 0,
          Double(counts[best]) >= options.majority * Double(stayed)
        {
          mergedInto[best, default: []].append(before.blocs[old].identity)
          explained.insert([before.blocs[old].identity, identityOfNew[best] ?? 0])
        } else {
          blocEvents.append(
            .dissolved(bloc: before.blocs[old].identity, members: before.blocs[old].members))
        }
      }
      for (new, identities) in mergedInto.sorted(by: { $0.key < $1.key }) {
        let into = identityOfNew[new] ?? 0
        blocEvents.append(.merged(blocs: [into] + identities, into: into))
      }
      let now = current.indices.map {
        TrackedBloc(identity: identityOfNew[$0] ?? 0, members: current[$0].sorted())
      }
      var oldBloc: [ActorID: Int] = [:]
      for (index, bloc) in before.blocs.enumerated() {
        for member in bloc.members { oldBloc[member] = index }
      }
      var moves: [Event] = []
      for (newIndex, bloc) in now.enumerated() {
        for member in bloc.members {
          guard let oldIndex = oldBloc[member] else { continue }
          let from = before.blocs[oldIndex].identity
          guard from != bloc.identity, !explained.contains([from, bloc.identity]) else { continue }
          let statements = evidence(
            windowIndex, member, before.blocs[oldIndex].members, current[newIndex])
          moves.append(
            .moved(actor: member, from: from, to: bloc.identity, statements: statements))
        }
      }
      moves.sort {
        if case .moved(let a, _, _, _) = $0, case .moved(let b, _, _, _) = $1 { return a < b }
        return false
      }
      for event in blocEvents + moves {
        events.append(
          WindowEvent(window: windowIndex, previousWindow: before.window, event: event))
      }
      tracked.append(now)
      previous = (windowIndex, now)
    }
    self.windows = tracked
    self.events = events
  }
}
