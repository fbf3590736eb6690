import StanceAnalysis
import StanceGraph

/// Turns a `ClaimGraph` (and optionally its alliance blocs) into DOT text that Graphviz always
/// reads.
///
/// Every id and attribute value is quoted; inside quotes `\` becomes `\\`, `"` becomes `\"`, a
/// line break becomes `\n`, and control characters (which SVG cannot carry) become U+FFFD.
/// Nodes are actors in actor order, with the actor's id as the node id; edges follow statement
/// order; attributes are sorted by name. The output is the same bytes for the same input, so it
/// can be compared with golden files.
///
/// ```swift
/// let dot = DOTEncoder(options: .init(edges: .aggregate, legend: true)).encode(graph)
/// let withBlocs = DOTEncoder().encode(try AllianceClusters(of: graph))
/// ```
///
/// - Complexity: O(*a* + *s*) for *a* actors and *s* statements (aggregate mode adds a sort).
public struct DOTEncoder: Sendable {
  /// How statements become edges.
  public enum EdgeMode: String, CaseIterable, Sendable {
    /// One edge per statement: the multigraph as it is.
    case statements
    /// One edge per actor pair and relation, labelled with the count, width by total weight.
    case aggregate
  }

  public struct Options: Hashable, Sendable {
    public var edges: EdgeMode = .statements
    /// Draw a legend of relations and actor kinds.
    public var legend = false
    /// Write claim text on edges (wrapped and truncated; the full text is in the tooltip).
    public var claimLabels = false
    /// Characters per line of a wrapped claim label, and at most this many lines.
    public var claimLineWidth = 28
    public var claimMaximumLines = 3
    /// The graph's title; the graph's `title` metadata when nil.
    public var title: String?

    public init(
      edges: EdgeMode = .statements, legend: Bool = false, claimLabels: Bool = false,
      title: String? = nil
    ) {
      self.edges = edges
      self.legend = legend
      self.claimLabels = claimLabels
      self.title = title
    }
  }

  public var style: DOTStyle
  public var options: Options

  public init(style: DOTStyle = .standard, options: Options = Options()) {
    self.style = style
    self.options = options
  }

  /// The DOT text of `graph`.
  ///
  /// - Complexity: O(*a* + *s*) for *a* actors and *s* statements.
  public func encode(_ graph: ClaimGraph) -> String { encode(graph, clusters: nil) }

  /// The DOT text of the graph the blocs were found on (rolled up when their projection was),
  /// with the blocs: drawn as `cluster_N` subgraphs named after their central member, every
  /// member filled with its bloc's colour (so the blocs show with every engine, also those that
  /// draw no cluster boxes), and frustrated ties highlighted.
  ///
  /// - Complexity: O(*a* + *s*) for *a* actors and *s* statements.
  public func encode(_ clusters: AllianceClusters) -> String {
    encode(clusters.graph, clusters: clusters)
  }

  /// The DOT text of `graph`, with `clusters` when given.
  ///
  /// Edge labels (claim numbers and counts) are external labels (`xlabel`): Graphviz 2.43's `dot`
  /// corrupts the heap when it frees a layout with clusters and ordinary edge labels (see
  /// `docs/rendering.md`). Claims are numbered `C1`, `C2`, … in the order edges first cite
  /// them, and the legend's key gives their text. The legend is one table in the graph's label
  /// (never nodes among the actors) that lists only the relations, kinds and blocs drawn.
  ///
  /// - Precondition: `clusters`, when given, was computed on `graph`.
  func encode(_ graph: ClaimGraph, clusters: AllianceClusters?) -> String {
    encode(graph, clusters: clusters, plan: .whole(graph))
  }

  /// The DOT text of the actors `plan` shows, with `clusters` when given.
  ///
  /// - Precondition: `clusters`, when given, and `plan` were computed on `graph`.
  func encode(_ graph: ClaimGraph, clusters: AllianceClusters?, plan: ViewPlan) -> String {
    var names = NodeNames(graph)
    var drawn = DrawnElements()
    var body = ""
    let shown = { (actor: ActorID) in plan.places[actor.index] == .actor }

    // Nodes, inside their blocs when there are blocs.
    if let clusters {
      precondition(
        clusters.partition.nodeCount == graph.actorCount, "the blocs are of another graph")
      let colours = BlocPalette(clusters.blocs)
      drawn.blocs = colours.legendEntries(clusters.blocs)
      for (index, bloc) in clusters.blocs.enumerated() where !bloc.isIsolated {
        let members = bloc.members.filter(shown)
        guard !members.isEmpty else { continue }
        body += "  subgraph " + DOTEncoder.quoted("cluster_\(index + 1)") + " {\n"
        var attributes = style.bloc.merging([
          "label": "Bloc \(index + 1): " + VisibleText.visible(bloc.name)
        ])
        if let colour = colours.colour(ofBloc: index) { attributes["color"] = colour }
        body += "    graph " + DOTEncoder.list(attributes) + ";\n"
        for actor in members {
          body +=
            "    "
            + node(
              graph, actor, names, fill: colours.colour(ofBloc: index),
              isHighlighted: actor == plan.highlighted) + "\n"
        }
        body += "  }\n"
      }
      for bloc in clusters.blocs where bloc.isIsolated {
        for actor in bloc.members where shown(actor) {
          body +=
            "  "
            + node(
              graph, actor, names, fill: BlocPalette.unaligned,
              isHighlighted: actor == plan.highlighted) + "\n"
        }
      }
    } else {
      for actor in graph.actorIDs where shown(actor) {
        body +=
          "  " + node(graph, actor, names, fill: nil, isHighlighted: actor == plan.highlighted)
          + "\n"
      }
    }
    for actor in graph.actorIDs where shown(actor) { drawn.kinds.insert(graph[actor].kind) }
    var groupIDs: [String] = []
    for (index, group) in plan.groups.enumerated() {
      let id = names.unique("~group\(index + 1)")
      groupIDs.append(id)
      body += "  " + groupNode(id, group) + "\n"
    }

    let frustrated = Set(
      (clusters?.frustratedTies ?? []).map { DOTEncoder.pairKey($0.first, $0.second) })
    let bothShown = { (statement: Statement) in
      guard let target = statement.target else { return false }
      return shown(statement.source) && shown(target)
    }
    switch options.edges {
    case .statements:
      for id in graph.statementIDs where bothShown(graph[id]) {
        if let line = statementEdge(graph, id, names, frustrated: frustrated, drawn: &drawn) {
          body += "  " + line + "\n"
        }
      }
    case .aggregate:
      for line in aggregateEdges(
        graph, names, frustrated: frustrated, drawn: &drawn, including: bothShown)
      {
        body += "  " + line + "\n"
      }
    }
    if !plan.groups.isEmpty {
      for line in groupEdges(graph, plan: plan, names, groupIDs: groupIDs, drawn: &drawn) {
        body += "  " + line + "\n"
      }
    }

    var out = "digraph \"stancegraph\" {\n"
    var graphAttributes = style.graphDefaults
    var title = options.title ?? graph.metadata["title"]
    if let caption = plan.caption {
      title = (title?.isEmpty ?? true) ? caption : (title ?? "") + " (" + caption + ")"
    }
    let table = legendTable(graph, title: title, drawn: drawn)
    var graphLine = ""
    if let table {
      graphAttributes["labelloc"] = "b"
      graphAttributes["labeljust"] = "l"
      graphAttributes = graphAttributes.merging(style.graph)
      graphAttributes["label"] = nil
      graphLine = DOTEncoder.list(graphAttributes, html: ["label": table])
    } else {
      if let title { graphAttributes["label"] = title }
      graphAttributes = graphAttributes.merging(style.graph)
      graphLine = DOTEncoder.list(graphAttributes)
    }
    out += "  graph " + graphLine + ";\n"
    out += "  node " + DOTEncoder.list(style.nodeDefaults) + ";\n"
    out += "  edge " + DOTEncoder.list(style.edgeDefaults) + ";\n"
    out += body
    out += "}\n"
    return out
  }

  // MARK: - Elements

  /// What the drawing holds, for the legend: relations, kinds, blocs and the claims cited.
  struct DrawnElements {
    var relations: Set<Relation> = []
    var kinds: Set<Actor.Kind> = []
    var blocs: [BlocPalette.Entry] = []
    /// Claims in the order edges first cite them; the key number is the position plus one.
    var claims: [ClaimID] = []
    private var numbers: [ClaimID: Int] = [:]

    /// `C1`, `C2`, …: the key number of `claim`, assigned on first use.
    mutating func number(of claim: ClaimID) -> String {
      if let number = numbers[claim] { return "C\(number)" }
      claims.append(claim)
      numbers[claim] = claims.count
      return "C\(claims.count)"
    }
  }

  /// At most this many claims are listed in the key; the rest are counted.
  static let maximumKeyedClaims = 60
  /// Labels longer than this many characters are cut with an ellipsis (the full text stays in
  /// the tooltip): Graphviz refuses strings over 16 KB and draws empty pictures for very long
  /// labels.
  static let maximumLabelLength = 120
  /// Tooltips are cut at this many characters.
  static let maximumTooltipLength = 4_000

  private func node(
    _ graph: ClaimGraph, _ id: ActorID, _ names: NodeNames, fill: String?,
    isHighlighted: Bool = false
  ) -> String {
    let actor = graph[id]
    var attributes = style.kinds[actor.kind] ?? [:]
    attributes["label"] = DOTEncoder.shortened(
      VisibleText.visible(actor.name), to: DOTEncoder.maximumLabelLength)
    if let fill { attributes["fillcolor"] = fill }
    if isHighlighted {
      attributes["penwidth"] = "3"
      attributes["color"] = "black"
    }
    var tooltip = "\(actor.name) (\(actor.kind.rawValue))"
    if let represents = actor.represents { tooltip += ", speaks for \(represents)" }
    if !actor.aliases.isEmpty { tooltip += "\nalso: " + actor.aliases.joined(separator: ", ") }
    attributes["tooltip"] = DOTEncoder.tooltip(VisibleText.visible(tooltip))
    attributes = attributes.merging(style.node)
    return DOTEncoder.quoted(names.ids[id.index]) + " " + DOTEncoder.list(attributes) + ";"
  }

  private func statementEdge(
    _ graph: ClaimGraph, _ id: StatementID, _ names: NodeNames, frustrated: Set<UInt64>,
    drawn: inout DrawnElements
  ) -> String? {
    let statement = graph[id]
    guard let target = statement.target else { return nil }  // a denial of nobody in particular
    drawn.relations.insert(statement.relation)
    var attributes = style.relations[statement.relation] ?? [:]
    attributes["penwidth"] = DOTEncoder.number(style.penWidth(for: statement.weight))
    attributes["tooltip"] = DOTEncoder.tooltip(DOTEncoder.describe(graph, id))
    if options.claimLabels, let claim = statement.claim {
      attributes["xlabel"] = drawn.number(of: claim)
    }
    highlight(&attributes, statement.source, target, frustrated)
    attributes = attributes.merging(style.edge)
    return DOTEncoder.quoted(names.ids[statement.source.index]) + " -> "
      + DOTEncoder.quoted(names.ids[target.index]) + " " + DOTEncoder.list(attributes) + ";"
  }

  private func aggregateEdges(
    _ graph: ClaimGraph, _ names: NodeNames, frustrated: Set<UInt64>, drawn: inout DrawnElements,
    including isIncluded: (Statement) -> Bool = { _ in true }
  ) -> [String] {
    struct Key: Hashable, Comparable {
      var source: Int32
      var target: Int32
      var relation: Int
      static func < (a: Key, b: Key) -> Bool {
        (a.source, a.target, a.relation) < (b.source, b.target, b.relation)
      }
    }
    var groups: [Key: [StatementID]] = [:]
    for id in graph.statementIDs {
      let statement = graph[id]
      guard let target = statement.target, isIncluded(statement) else { continue }
      groups[
        Key(
          source: statement.source.rawValue, target: target.rawValue,
          relation: statement.relation.rank),
        default: []
      ].append(id)
    }
    return groups.keys.sorted().map { key in
      let ids = groups[key] ?? []
      let relation = Relation.allCases[key.relation]
      drawn.relations.insert(relation)
      let source = ActorID(rawValue: key.source)
      let target = ActorID(rawValue: key.target)
      let total = ids.reduce(0) { $0 + graph[$1].weight }
      var attributes = style.relations[relation] ?? [:]
      attributes["penwidth"] = DOTEncoder.number(style.penWidth(for: total))
      var label = ids.count > 1 ? ["×\(ids.count)"] : []
      if options.claimLabels {
        var seen = Set<ClaimID>()
        let claims = ids.compactMap { graph[$0].claim }.filter { seen.insert($0).inserted }
        let numbers = claims.prefix(3).map { drawn.number(of: $0) }
        if !numbers.isEmpty {
          label.append(numbers.joined(separator: ",") + (claims.count > 3 ? ",…" : ""))
        }
      }
      if !label.isEmpty { attributes["xlabel"] = label.joined(separator: " ") }
      let shown = ids.prefix(10).map { DOTEncoder.describe(graph, $0) }
      attributes["tooltip"] = DOTEncoder.tooltip(
        shown.joined(separator: "\n") + (ids.count > 10 ? "\n… and \(ids.count - 10) more" : ""))
      highlight(&attributes, source, target, frustrated)
      attributes = attributes.merging(style.edge)
      return DOTEncoder.quoted(names.ids[source.index]) + " -> "
        + DOTEncoder.quoted(names.ids[target.index])
        + " "
        + DOTEncoder.list(attributes) + ";"
    }
  }

  private func highlight(
    _ attributes: inout DOTAttributes, _ a: ActorID, _ b: ActorID, _ frustrated: Set<UInt64>
  ) {
    guard frustrated.contains(DOTEncoder.pairKey(a, b)) else { return }
    let color = attributes["color"] ?? "black"
    attributes["color"] = "\(color):#e6ab02:\(color)"
    attributes["tooltip"] = "frustrated tie (against the blocs)\n" + (attributes["tooltip"] ?? "")
  }

  /// The graph's label as one HTML-like table: the title, then (with ``Options/legend``) one row
  /// of the relations drawn, one of the actor kinds drawn and one of the blocs, then (with
  /// ``Options/claimLabels``) the claim key. Nil when there is nothing but a title.
  func legendTable(_ graph: ClaimGraph, title: String?, drawn: DrawnElements) -> String? {
    let hasKey = options.claimLabels && !drawn.claims.isEmpty
    guard options.legend || hasKey else { return nil }
    let html = DOTEncoder.htmlEscaped
    var rows: [String] = []
    if let title, !title.isEmpty {
      rows.append(
        "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>"
          + html(
            DOTEncoder.shortened(VisibleText.visible(title), to: DOTEncoder.maximumLabelLength))
          + "</B></TD></TR>")
    }
    func row(_ heading: String, _ cells: [String]) {
      guard !cells.isEmpty else { return }
      rows.append(
        "<TR><TD ALIGN=\"LEFT\"><I>\(heading)</I></TD><TD ALIGN=\"LEFT\">"
          + cells.joined(separator: "   ") + "</TD></TR>")
    }
    if options.legend {
      row(
        "relations",
        Relation.allCases.filter(drawn.relations.contains).map { relation in
          let attributes = (style.relations[relation] ?? [:]).merging(style.edge)
          let colour = attributes["color"].map { String($0.prefix { $0 != ":" }) } ?? "black"
          return "<FONT COLOR=\"\(html(colour))\">\(DOTEncoder.sample(of: attributes))</FONT> "
            + relation.rawValue
        })
      row(
        "actors",
        Actor.Kind.allCases.filter(drawn.kinds.contains).map { kind in
          let shape = (style.kinds[kind] ?? [:]).merging(style.node)["shape"] ?? "ellipse"
          return "\(kind.rawValue) (\(html(shape)))"
        })
      row(
        "blocs",
        drawn.blocs.map { entry in
          "<FONT COLOR=\"\(entry.colour)\">■</FONT> " + html(VisibleText.visible(entry.label))
        })
    }
    if hasKey {
      for (index, claim) in drawn.claims.prefix(DOTEncoder.maximumKeyedClaims).enumerated() {
        let text = DOTEncoder.shortened(
          VisibleText.visible(graph[claim].text), to: DOTEncoder.maximumLabelLength)
        rows.append(
          "<TR><TD ALIGN=\"RIGHT\">C\(index + 1)</TD><TD ALIGN=\"LEFT\">\(html(text))</TD></TR>")
      }
      if drawn.claims.count > DOTEncoder.maximumKeyedClaims {
        let more = drawn.claims.count - DOTEncoder.maximumKeyedClaims
        rows.append(
          "<TR><TD></TD><TD ALIGN=\"LEFT\">… and \(more) more claims (in the edges' tooltips)"
            + "</TD></TR>")
      }
    }
    guard !rows.isEmpty else { return nil }
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">"
      + rows.joined() + "</TABLE>"
  }

  /// A short line drawn in text that looks like the edge: dashed, bold or plain, with an arrow
  /// unless the edge has none.
  static func sample(of attributes: DOTAttributes) -> String {
    let style = attributes["style"] ?? ""
    let line = style.contains("dashed") ? "╌╌╌" : style.contains("bold") ? "━━━" : "───"
    return line + (attributes["dir"] == "none" ? "─" : "▶")
  }

  /// Claim text wrapped at word boundaries and cut with an ellipsis.
  func wrapped(_ text: String) -> String {
    var lines: [String] = []
    var current = ""
    for word in text.split(whereSeparator: \.isWhitespace) {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= options.claimLineWidth {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > options.claimMaximumLines {
      lines = Array(lines.prefix(options.claimMaximumLines))
      lines[lines.count - 1] += "…"
    }
    return lines.joined(separator: "\n")
  }

  /// The DOT node id of each actor of `graph`, by actor index: the actor's id, or a made-up
  /// unique one when Graphviz would not keep the id as written (see `docs/rendering.md`). SVG
  /// output titles each node with its DOT id.
  public static func nodeIDs(for graph: ClaimGraph) -> [String] { NodeNames(graph).ids }
}
