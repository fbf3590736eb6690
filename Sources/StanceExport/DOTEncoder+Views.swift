import Foundation
import StanceAnalysis
import StanceGraph

extension DOTEncoder {
  /// The DOT text of `view` of `graph`: ``DrawingView/whole``, ``DrawingView/focus(actor:depth:)``
  /// or ``DrawingView/top(_:)`` (the bloc views need blocs: use ``encode(_:view:)-(AllianceClusters,_)``).
  ///
  /// - Throws: ``DrawingViewError`` for an unknown focus actor, a negative depth or count, or a
  ///   view that needs blocs.
  /// - Complexity: O(*a* log *a* + *s*) for *a* actors and *s* statements.
  public func encode(_ graph: ClaimGraph, view: DrawingView) throws(DrawingViewError) -> String {
    guard !view.needsBlocs else { throw DrawingViewError(code: .needsBlocs) }
    return encode(graph, clusters: nil, plan: try ViewPlan.of(view, in: graph, clusters: nil))
  }

  /// The DOT text of `view` of the graph the blocs were found on, every actor coloured by its
  /// bloc; ``DrawingView/summary`` draws one node per bloc.
  ///
  /// - Throws: ``DrawingViewError`` for an unknown focus actor or bloc number, or a negative
  ///   depth or count.
  /// - Complexity: O(*a* log *a* + *s* + *t*) for *a* actors, *s* statements and *t* ties.
  public func encode(_ clusters: AllianceClusters, view: DrawingView) throws(DrawingViewError)
    -> String
  {
    if view == .summary { return summary(clusters) }
    return encode(
      clusters.graph, clusters: clusters,
      plan: try ViewPlan.of(view, in: clusters.graph, clusters: clusters))
  }

  // MARK: - Group nodes

  /// A node that stands for several actors, sized by how many.
  func groupNode(_ id: String, _ group: ViewPlan.Group) -> String {
    let scale = Foundation.sqrt(Double(max(1, group.members)))
    var attributes: DOTAttributes = [
      "shape": "box", "style": "rounded,filled,bold", "fillcolor": group.fill,
      "label": DOTEncoder.shortened(VisibleText.visible(group.label), to: maximumGroupLabel),
      "tooltip": DOTEncoder.tooltip(VisibleText.visible(group.tooltip)),
      "width": DOTEncoder.number(min(6, 0.9 + 0.15 * scale)),
      "height": DOTEncoder.number(min(3, 0.5 + 0.08 * scale)),
      "fontsize": DOTEncoder.number(min(18, 11 + 0.6 * Foundation.log2(scale * scale))),
    ]
    attributes = attributes.merging(style.node)
    return DOTEncoder.quoted(id) + " " + DOTEncoder.list(attributes) + ";"
  }

  private var maximumGroupLabel: Int { DOTEncoder.maximumLabelLength * 2 }

  /// One edge per drawn source, drawn target and relation for the statements that touch a
  /// group node, labelled with the count, its width by the total weight. Statements inside one
  /// group are not drawn.
  func groupEdges(
    _ graph: ClaimGraph, plan: ViewPlan, _ names: NodeNames, groupIDs: [String],
    drawn: inout DrawnElements
  ) -> [String] {
    struct Key: Hashable, Comparable {
      var source: String
      var target: String
      var relation: Int
      static func < (a: Key, b: Key) -> Bool {
        (a.source, a.target, a.relation) < (b.source, b.target, b.relation)
      }
    }
    func nodeID(_ actor: ActorID) -> String? {
      switch plan.places[actor.index] {
      case .hidden: nil
      case .actor: names.ids[actor.index]
      case .group(let group): groupIDs[group]
      }
    }
    var groups: [Key: [StatementID]] = [:]
    for id in graph.statementIDs {
      let statement = graph[id]
      guard let target = statement.target,
        plan.places[statement.source.index] != .actor || plan.places[target.index] != .actor,
        let from = nodeID(statement.source), let to = nodeID(target), from != to
      else { continue }
      groups[Key(source: from, target: to, relation: statement.relation.rank), default: []]
        .append(id)
    }
    return groups.keys.sorted().map { key in
      let ids = groups[key] ?? []
      let relation = Relation.allCases[key.relation]
      drawn.relations.insert(relation)
      let total = ids.reduce(0) { $0 + graph[$1].weight }
      var attributes = style.relations[relation] ?? [:]
      attributes["penwidth"] = DOTEncoder.number(style.penWidth(for: total))
      if ids.count > 1 { attributes["xlabel"] = "×\(ids.count)" }
      let shown = ids.prefix(10).map { DOTEncoder.describe(graph, $0) }
      attributes["tooltip"] = DOTEncoder.tooltip(
        shown.joined(separator: "\n") + (ids.count > 10 ? "\n… and \(ids.count - 10) more" : ""))
      attributes = attributes.merging(style.edge)
      return DOTEncoder.quoted(key.source) + " -> " + DOTEncoder.quoted(key.target) + " "
        + DOTEncoder.list(attributes) + ";"
    }
  }

  // MARK: - Summary

  /// One node per bloc of two or more actors, in bloc order, then one "unaligned" node for
  /// the rest; between each pair of nodes the summed positive (friendly) and the summed
  /// negative (hostile) tie weight of the signed projection, as two undirected edges.
  ///
  /// - Complexity: O(*a* + *t* + *b* log *b*) for *a* actors, *t* ties and *b* blocs.
  func summary(_ clusters: AllianceClusters) -> String {
    let graph = clusters.graph
    let colours = BlocPalette(clusters.blocs)
    var groupOf = Array(repeating: 0, count: graph.actorCount)
    var groups: [ViewPlan.Group] = []
    var unalignedMembers: [ActorID] = []
    for (index, bloc) in clusters.blocs.enumerated() {
      if bloc.isIsolated || bloc.members.count < 2 {
        unalignedMembers += bloc.members
        continue
      }
      for actor in bloc.members { groupOf[actor.index] = groups.count }
      groups.append(
        ViewPlan.Group(
          label: "Bloc \(index + 1): \(ViewPlan.actors(bloc.members.count))\ncentral: \(bloc.name)",
          tooltip:
            "Bloc \(index + 1): \(ViewPlan.actors(bloc.members.count)), central member \(bloc.name),"
            + " internal tie weight \(DOTEncoder.number(bloc.internalWeight))",
          fill: colours.colour(ofBloc: index) ?? BlocPalette.unaligned,
          members: bloc.members.count))
    }
    if !unalignedMembers.isEmpty {
      for actor in unalignedMembers { groupOf[actor.index] = groups.count }
      groups.append(
        ViewPlan.Group(
          label: "unaligned\n\(ViewPlan.actors(unalignedMembers.count))",
          tooltip: "\(ViewPlan.actors(unalignedMembers.count)) in no bloc of two or more",
          fill: BlocPalette.unaligned, members: unalignedMembers.count))
    }

    struct Sums {
      var friendly = 0.0
      var hostile = 0.0
      var friendlyTies = 0
      var hostileTies = 0
    }
    var sums: [Int: Sums] = [:]  // by low × groups.count + high
    for tie in clusters.projection.signed.ties {
      let a = groupOf[tie.first]
      let b = groupOf[tie.second]
      guard a != b else { continue }
      let key = min(a, b) * groups.count + max(a, b)
      if tie.weight > 0 {
        sums[key, default: Sums()].friendly += tie.weight
        sums[key, default: Sums()].friendlyTies += 1
      } else if tie.weight < 0 {
        sums[key, default: Sums()].hostile -= tie.weight
        sums[key, default: Sums()].hostileTies += 1
      }
    }

    var body = ""
    let ids = groups.indices.map { index in
      index == groups.count - 1 && !unalignedMembers.isEmpty ? "unaligned" : "bloc\(index + 1)"
    }
    for (index, group) in groups.enumerated() {
      body += "  " + groupNode(ids[index], group) + "\n"
    }
    let friendlyStyle = style.relations[.alliesWith] ?? [:]
    let hostileStyle = style.relations[.accuses] ?? [:]
    for key in sums.keys.sorted() {
      guard let sum = sums[key] else { continue }
      let (a, b) = (key / groups.count, key % groups.count)
      let between =
        "between \(groups[a].label.prefix { $0 != "\n" }) and "
        + "\(groups[b].label.prefix { $0 != "\n" })"
      for (isFriendly, weight, ties) in [
        (true, sum.friendly, sum.friendlyTies), (false, sum.hostile, sum.hostileTies),
      ] where ties > 0 {
        var attributes = (isFriendly ? friendlyStyle : hostileStyle).merging([
          "dir": "none", "penwidth": DOTEncoder.number(style.penWidth(for: weight)),
          // An ordinary label: the summary has no clusters, so dot's heap corruption with
          // clusters and edge labels (docs/rendering.md) cannot happen.
          "label": (isFriendly ? "+" : "−") + DOTEncoder.number(weight),
          "tooltip": DOTEncoder.tooltip(
            "\(isFriendly ? "friendly" : "hostile") ties \(between): "
              + "\(ties) \(ties == 1 ? "tie" : "ties"), total weight "
              + (isFriendly ? "+" : "−") + DOTEncoder.number(weight)),
        ])
        attributes = attributes.merging(style.edge)
        body +=
          "  " + DOTEncoder.quoted(ids[a]) + " -> " + DOTEncoder.quoted(ids[b]) + " "
          + DOTEncoder.list(attributes) + ";\n"
      }
    }

    var out = "digraph \"stancegraph\" {\n"
    var graphAttributes = style.graphDefaults
    let caption =
      "Summary: \(groups.count) nodes for \(graph.actorCount) actors, sized by members"
    var title = options.title ?? graph.metadata["title"]
    title = (title?.isEmpty ?? true) ? caption : (title ?? "") + " (" + caption + ")"
    if options.legend {
      let html = DOTEncoder.htmlEscaped
      let green = friendlyStyle["color"] ?? "green"
      let red = hostileStyle["color"] ?? "red"
      let drawsFriendly = sums.values.contains { $0.friendlyTies > 0 }
      let drawsHostile = sums.values.contains { $0.hostileTies > 0 }
      var ties: [String] = []
      if drawsFriendly {
        ties.append("<FONT COLOR=\"\(html(green))\">────</FONT> friendly weight, summed")
      }
      if drawsHostile {
        ties.append("<FONT COLOR=\"\(html(red))\">────</FONT> hostile weight, summed")
      }
      let table =
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">"
        + "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>"
        + html(
          DOTEncoder.shortened(VisibleText.visible(title ?? ""), to: maximumGroupLabel))
        + "</B></TD></TR>"
        + (ties.isEmpty
          ? ""
          : "<TR><TD ALIGN=\"LEFT\"><I>ties</I></TD><TD ALIGN=\"LEFT\">"
            + ties.joined(separator: "   ") + "</TD></TR>")
        + "</TABLE>"
      graphAttributes["labelloc"] = "b"
      graphAttributes["labeljust"] = "l"
      graphAttributes = graphAttributes.merging(style.graph)
      graphAttributes["label"] = nil
      out += "  graph " + DOTEncoder.list(graphAttributes, html: ["label": table]) + ";\n"
    } else {
      graphAttributes["label"] = VisibleText.visible(title ?? "")
      graphAttributes = graphAttributes.merging(style.graph)
      out += "  graph " + DOTEncoder.list(graphAttributes) + ";\n"
    }
    out += "  node " + DOTEncoder.list(style.nodeDefaults) + ";\n"
    out += "  edge " + DOTEncoder.list(style.edgeDefaults) + ";\n"
    out += body
    out += "}\n"
    return out
  }
}
