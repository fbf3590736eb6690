import StanceAnalysis
import StanceGraph

/// Which part of a graph a drawing shows: the whole graph, or a view that stays readable when
/// the graph is too large to draw whole.
///
/// | view | drawn |
/// |---|---|
/// | ``whole`` | every actor and statement |
/// | ``focus(actor:depth:)`` | the actor, every actor within `depth` ties of it, the statements among them |
/// | ``top(_:)`` | the `n` actors with the largest total statement weight, the statements among them |
/// | ``bloc(_:top:)`` | one bloc's members and their statements; every other bloc one node, with the ties to it summed |
/// | ``summary`` | one node per bloc, sized by members; summed friendly and hostile tie weight between blocs as two edges |
///
/// ``bloc(_:top:)`` and ``summary`` need the blocs (``DOTEncoder/encode(_:view:)`` with
/// ``AllianceClusters``). Blocs are numbered from 1 as the drawings label them ("Bloc 1: …"),
/// largest first. In the summary, blocs of one actor and actors with no tie are one node,
/// "unaligned".
///
/// ```swift
/// let dot = try DOTEncoder().encode(clusters, view: .focus(actor: "Russia", depth: 1))
/// let overview = try DOTEncoder().encode(clusters, view: .summary)
/// ```
public enum DrawingView: Hashable, Sendable {
  case whole
  /// An actor, by id, name or alias, and everything within `depth` ties of it (0: the actor
  /// alone).
  case focus(actor: String, depth: Int)
  /// The `n` actors with the largest total absolute statement weight (as source or target).
  case top(Int)
  /// Bloc `k`, counting from 1; with `top`, only its `top` members with the largest total
  /// statement weight (the others are left out).
  case bloc(Int, top: Int? = nil)
  case summary

  /// Whether the view can only be drawn with blocs.
  public var needsBlocs: Bool {
    switch self {
    case .bloc, .summary: true
    case .whole, .focus, .top: false
    }
  }
}

/// Why a view cannot be drawn: the names and numbers are those the caller gave.
public struct DrawingViewError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Code: String, Hashable, Sendable {
    /// No actor has the focus's id, name or alias.
    case unknownActor
    /// There is no bloc with that number.
    case noSuchBloc
    /// A bloc view or the summary was asked for a graph without blocs.
    case needsBlocs
    /// A depth below 0 or a count below 1.
    case invalidCount
  }

  public var code: Code
  /// The focus actor as given.
  public var actor: String?
  /// The bloc number or count as given.
  public var number: Int?
  /// How many blocs there are (for ``Code/noSuchBloc``).
  public var blocCount: Int?
  /// Close spellings of an unknown actor.
  public var suggestions: [String] = []

  public var description: String {
    switch code {
    case .unknownActor:
      let names = suggestions.map { "\"\(VisibleText.visible($0))\"" }
      return "no actor \"\(VisibleText.visible(actor ?? ""))\" to focus on"
        + (names.isEmpty ? "" : "; did you mean " + names.joined(separator: " or ") + "?")
    case .noSuchBloc:
      return "no bloc \(number ?? 0): the blocs are numbered 1 to \(blocCount ?? 0)"
    case .needsBlocs:
      return "this view draws blocs: give the graph's alliance blocs"
    case .invalidCount:
      return "\(number ?? 0) is not a valid depth or count"
    }
  }
}

/// Where each actor goes in a drawing, worked out from a ``DrawingView``.
struct ViewPlan {
  enum Place: Hashable {
    /// Not drawn.
    case hidden
    /// Drawn as its own node.
    case actor
    /// Drawn as part of group node `n` (an index into ``groups``).
    case group(Int)
  }

  /// A node that stands for several actors.
  struct Group {
    var label: String
    var tooltip: String
    var fill: String
    var members: Int
  }

  var places: [Place]
  var groups: [Group] = []
  /// The actor the view centres on, drawn with a thicker border.
  var highlighted: ActorID?
  /// One line that says what the view shows, added to the title.
  var caption: String?

  /// "1 actor", "2 actors".
  static func actors(_ count: Int) -> String { count == 1 ? "1 actor" : "\(count) actors" }

  /// Every actor drawn as itself.
  static func whole(_ graph: ClaimGraph) -> ViewPlan {
    ViewPlan(places: Array(repeating: .actor, count: graph.actorCount))
  }

  /// The plan of `view` on `graph` (with its `clusters`, computed on `graph`, when given).
  ///
  /// - Complexity: O(*a* log *a* + *s*) for *a* actors and *s* statements.
  static func of(
    _ view: DrawingView, in graph: ClaimGraph, clusters: AllianceClusters?
  ) throws(DrawingViewError) -> ViewPlan {
    switch view {
    case .whole, .summary:
      return .whole(graph)
    case .focus(let name, let depth):
      guard depth >= 0 else { throw DrawingViewError(code: .invalidCount, number: depth) }
      guard let centre = graph.actorID(named: name) else {
        throw DrawingViewError(
          code: .unknownActor, actor: name,
          suggestions: Suggestions.closest(
            to: name, among: graph.actors.flatMap { [$0.id, $0.name] + $0.aliases }))
      }
      let distance = distances(in: graph, from: centre, upTo: depth)
      var plan = ViewPlan(places: distance.map { $0 == nil ? .hidden : .actor })
      plan.highlighted = centre
      let count = distance.count { $0 != nil }
      plan.caption =
        "\(graph[centre].name) and the actors within \(depth) \(depth == 1 ? "tie" : "ties"): "
        + "\(count) of \(graph.actorCount) actors"
      return plan
    case .top(let n):
      guard n >= 1 else { throw DrawingViewError(code: .invalidCount, number: n) }
      let chosen = heaviest(graph.actorIDs, in: graph, count: n)
      var plan = ViewPlan(places: Array(repeating: .hidden, count: graph.actorCount))
      for id in chosen { plan.places[id.index] = .actor }
      plan.caption =
        "the \(chosen.count) actors with the most statement weight, of \(graph.actorCount)"
      return plan
    case .bloc(let k, let top):
      guard let clusters else { throw DrawingViewError(code: .needsBlocs) }
      if let top, top < 1 { throw DrawingViewError(code: .invalidCount, number: top) }
      guard k >= 1, k <= clusters.blocs.count, !clusters.blocs[k - 1].isIsolated else {
        throw DrawingViewError(
          code: .noSuchBloc, number: k,
          blocCount: clusters.blocs.count { !$0.isIsolated })
      }
      let colours = BlocPalette(clusters.blocs)
      var plan = ViewPlan(places: Array(repeating: .hidden, count: graph.actorCount))
      var unaligned: Int?
      for (index, bloc) in clusters.blocs.enumerated() {
        if index == k - 1 {
          let members = top.map { heaviest(bloc.members, in: graph, count: $0) } ?? bloc.members
          for actor in members { plan.places[actor.index] = .actor }
          continue
        }
        if bloc.isIsolated { continue }  // no tie to anyone: nothing to draw
        let group: Int
        if bloc.members.count == 1 {
          if unaligned == nil {
            unaligned = plan.groups.count
            plan.groups.append(
              Group(label: "", tooltip: "", fill: BlocPalette.unaligned, members: 0))
          }
          group = unaligned ?? 0
        } else {
          group = plan.groups.count
          plan.groups.append(
            Group(
              label: "Bloc \(index + 1): \(bloc.name)\n\(ViewPlan.actors(bloc.members.count))",
              tooltip: "Bloc \(index + 1): \(ViewPlan.actors(bloc.members.count)), central member "
                + bloc.name,
              fill: colours.colour(ofBloc: index) ?? BlocPalette.unaligned,
              members: bloc.members.count))
        }
        for actor in bloc.members { plan.places[actor.index] = .group(group) }
      }
      if let unaligned {
        let count = plan.places.count { $0 == .group(unaligned) }
        plan.groups[unaligned].members = count
        plan.groups[unaligned].label = "unaligned\n\(ViewPlan.actors(count))"
        plan.groups[unaligned].tooltip = "\(ViewPlan.actors(count)) in blocs of their own"
      }
      let bloc = clusters.blocs[k - 1]
      let shownCount = min(top ?? bloc.members.count, bloc.members.count)
      plan.caption =
        "Bloc \(k): \(bloc.name), \(ViewPlan.actors(bloc.members.count)) of \(graph.actorCount)"
        + (shownCount < bloc.members.count
          ? ", the \(shownCount) with the most statement weight drawn" : "")
        + "; other blocs as one node each"
      return plan
    }
  }

  /// The `count` actors of `actors` with the largest total absolute statement weight (as
  /// source or target), ties by actor order.
  ///
  /// - Complexity: O(*s* + *a* log *a*).
  static func heaviest(_ actors: [ActorID], in graph: ClaimGraph, count: Int) -> [ActorID] {
    var total = Array(repeating: 0.0, count: graph.actorCount)
    for statement in graph.statements {
      guard let target = statement.target else { continue }
      total[statement.source.index] += abs(statement.weight)
      total[target.index] += abs(statement.weight)
    }
    return Array(
      actors.sorted { (total[$0.index], $1.rawValue) > (total[$1.index], $0.rawValue) }
        .prefix(count))
  }

  /// The number of ties from `centre` to each actor, ignoring direction, or nil beyond
  /// `depth`: a breadth-first search.
  ///
  /// - Complexity: O(*a* + *s*).
  static func distances(in graph: ClaimGraph, from centre: ActorID, upTo depth: Int) -> [Int?] {
    var offsets = Array(repeating: 0, count: graph.actorCount + 1)
    for statement in graph.statements {
      guard let target = statement.target, target != statement.source else { continue }
      offsets[statement.source.index + 1] += 1
      offsets[target.index + 1] += 1
    }
    for index in 0..<graph.actorCount { offsets[index + 1] += offsets[index] }
    var fill = offsets
    var neighbours = Array(repeating: 0, count: offsets[graph.actorCount])
    for statement in graph.statements {
      guard let target = statement.target, target != statement.source else { continue }
      neighbours[fill[statement.source.index]] = target.index
      fill[statement.source.index] += 1
      neighbours[fill[target.index]] = statement.source.index
      fill[target.index] += 1
    }
    var distance: [Int?] = Array(repeating: nil, count: graph.actorCount)
    distance[centre.index] = 0
    var frontier = [centre.index]
    var level = 0
    while !frontier.isEmpty, level < depth {
      level += 1
      var next: [Int] = []
      for node in frontier {
        for neighbour in neighbours[offsets[node]..<offsets[node + 1]]
        where distance[neighbour] == nil {
          distance[neighbour] = level
          next.append(neighbour)
        }
      }
      frontier = next
    }
    return distance
  }
}
