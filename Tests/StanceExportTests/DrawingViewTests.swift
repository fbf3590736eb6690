import FoundationXML
import StanceAnalysis
import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceExport

/// The views for large graphs: what each draws, checked on the laid-out SVG (node groups,
/// cluster groups, fills) against what the graph and its blocs say independently.
@Suite struct DrawingViewTests {
  typealias Support = GraphvizTestSupport

  /// A generated graph with planted blocs, and its blocs.
  static func planted(actors: Int, blocs: Int, seed: UInt64 = 7) throws -> AllianceClusters {
    var generator = SeededGenerator(seed: seed)
    let graph = PlantedBlocs(actors: actors, statements: actors * 3, blocs: blocs, noise: 0.05)
      .generate(using: &generator)
    return try AllianceClusters(of: SignedProjection(graph))
  }

  /// The SVG of `dot` laid out with `engine`.
  static func svg(_ dot: String, engine: LayoutEngine = .dot) throws -> XMLDocument {
    try Support.xmlDocument(GraphvizRenderer.render(dot, engine: engine, format: .svg).bytes)
  }

  /// The fill colours of a node group's shapes.
  static func fills(_ group: XMLElement) -> [String] {
    Support.attributeValues("fill", in: group).filter { $0 != "none" && $0 != "black" }
  }

  /// The SVG titles of the drawn nodes: their DOT ids.
  static func nodeTitles(_ document: XMLDocument) -> [String] {
    Support.groups(document, class: "node").compactMap(Support.title(of:))
  }

  // MARK: - Focus

  /// Depth 0 is the actor alone; depth 1 adds exactly its neighbours (any direction), and the
  /// edges drawn are the statements among them.
  @Test(arguments: [0, 1, 2])
  func focusDrawsTheActorsWithinTheDepth(depth: Int) throws {
    let seed = try Support.seed()
    let centre = try #require(seed.actorID(named: "North Korea"))
    var expected: Set<ActorID> = [centre]
    for _ in 0..<depth {
      var next = expected
      for statement in seed.statements {
        guard let target = statement.target else { continue }
        if expected.contains(statement.source) { next.insert(target) }
        if expected.contains(target) { next.insert(statement.source) }
      }
      expected = next
    }
    let dot = try DOTEncoder().encode(seed, view: .focus(actor: "North Korea", depth: depth))
    let document = try Self.svg(dot)
    let ids = DOTEncoder.nodeIDs(for: seed)
    #expect(Set(Self.nodeTitles(document)) == Set(expected.map { ids[$0.index] }))
    let statementsAmong = seed.statements.count { statement in
      guard let target = statement.target else { return false }
      return expected.contains(statement.source) && expected.contains(target)
    }
    #expect(Support.groups(document, class: "edge").count == statementsAmong)
    // The focus actor's border is thicker than anyone else's.
    #expect(dot.contains("\"\(ids[centre.index])\" [") && dot.contains("penwidth=\"3\""))
  }

  @Test func focusFindsAliasesAndSuggestsCloseNames() throws {
    let seed = try Support.seed()
    #expect(throws: DrawingViewError.self) {
      try DOTEncoder().encode(seed, view: .focus(actor: "Rusia", depth: 1))
    }
    do {
      _ = try DOTEncoder().encode(seed, view: .focus(actor: "Rusia", depth: 1))
    } catch {
      #expect(error.code == .unknownActor)
      #expect(error.suggestions.contains("Russia"))
      #expect(error.description.contains("did you mean \"Russia\""))
    }
    #expect(throws: DrawingViewError.self) {
      try DOTEncoder().encode(seed, view: .focus(actor: "Russia", depth: -1))
    }
  }

  /// With blocs the focus keeps the bloc boxes and fills of the actors it draws.
  @Test func focusWithBlocsKeepsTheBlocColours() throws {
    let clusters = try Self.planted(actors: 250, blocs: 4)
    let name = clusters.graph.actors[0].id
    let dot = try DOTEncoder().encode(clusters, view: .focus(actor: name, depth: 1))
    let document = try Self.svg(dot)
    let nodes = Support.groups(document, class: "node")
    #expect(nodes.count > 1 && nodes.count < 250)
    let palette = Set(BlocPalette.colours + [BlocPalette.unaligned])
    for node in nodes { #expect(Self.fills(node).allSatisfy(palette.contains)) }
    #expect(!Support.groups(document, class: "cluster").isEmpty)
  }

  // MARK: - Top

  @Test(arguments: [1, 3, 10])
  func topDrawsTheHeaviestActors(n: Int) throws {
    let clusters = try Self.planted(actors: 250, blocs: 4)
    let graph = clusters.graph
    var total = Array(repeating: 0.0, count: graph.actorCount)
    for statement in graph.statements {
      guard let target = statement.target else { continue }
      total[statement.source.index] += abs(statement.weight)
      total[target.index] += abs(statement.weight)
    }
    let threshold = total.sorted(by: >)[n - 1]
    let document = try Self.svg(DOTEncoder().encode(graph, view: .top(n)))
    let ids = DOTEncoder.nodeIDs(for: graph)
    let drawn = Self.nodeTitles(document)
    #expect(drawn.count == n)
    for title in drawn {
      let index = try #require(ids.firstIndex(of: title))
      #expect(total[index] >= threshold)
    }
    #expect(throws: DrawingViewError.self) { try DOTEncoder().encode(graph, view: .top(0)) }
  }

  // MARK: - Bloc

  /// Bloc K is one cluster box holding its members; every other bloc of two or more is one
  /// node in its own colour; the legend is the graph label, not a node.
  @Test(arguments: [1, 2, 3])
  func blocViewDrawsOneBlocAndTheOthersAsNodes(k: Int) throws {
    let clusters = try Self.planted(actors: 250, blocs: 4)
    let bloc = clusters.blocs[k - 1]
    let others = clusters.blocs.indices.filter {
      $0 != k - 1 && !clusters.blocs[$0].isIsolated && clusters.blocs[$0].members.count > 1
    }
    let hasSingletons = clusters.blocs.indices.contains {
      $0 != k - 1 && !clusters.blocs[$0].isIsolated && clusters.blocs[$0].members.count == 1
    }
    let dot = try DOTEncoder(options: .init(legend: true)).encode(clusters, view: .bloc(k))
    let document = try Self.svg(dot)
    let boxes = Support.groups(document, class: "cluster")
    #expect(boxes.compactMap(Support.title(of:)) == ["cluster_\(k)"])
    let nodes = Support.groups(document, class: "node")
    #expect(nodes.count == bloc.members.count + others.count + (hasSingletons ? 1 : 0))
    let palette = BlocPalette(clusters.blocs)
    let groupNodes = nodes.filter { Support.title(of: $0)?.hasPrefix("~group") == true }
    #expect(groupNodes.count == others.count + (hasSingletons ? 1 : 0))
    for index in others {
      let colour = try #require(palette.colour(ofBloc: index))
      #expect(
        groupNodes.contains { node in
          Self.fills(node).contains(colour)
            && Support.texts(in: node).first == "Bloc \(index + 1): \(clusters.blocs[index].name)"
        })
    }
    for node in nodes {
      #expect(!Support.texts(in: node).contains { $0.contains("relations") || $0 == "actors" })
    }
  }

  @Test func blocViewRefusesAMissingBloc() throws {
    let seed = try Support.seed()
    let clusters = try Support.seedClusters(seed)
    for k in [0, 99] {
      do {
        _ = try DOTEncoder().encode(clusters, view: .bloc(k))
        Issue.record("bloc \(k) was drawn")
      } catch {
        #expect(error.code == .noSuchBloc)
        #expect(error.description.contains("numbered 1 to 2"))
      }
    }
    #expect(throws: DrawingViewError.self) { try DOTEncoder().encode(seed, view: .summary) }
  }

  // MARK: - Summary

  /// The order of summary nodes: `bloc1`, `bloc2`, …, then `unaligned`.
  static func rank(_ id: String) -> Int {
    id == "unaligned" ? Int.max : Int(id.dropFirst(4)) ?? 0
  }

  /// One node per bloc of two or more, one "unaligned" node for the rest, each filled with
  /// its bloc's colour; between two nodes at most one friendly (green) and one hostile (red)
  /// edge, labelled with the summed tie weight computed here from the signed ties.
  @Test(arguments: [(30, 3), (250, 6), (250, 14)])
  func summaryDrawsOneNodePerBlocAndTheSummedTies(actors: Int, blocs: Int) throws {
    let clusters = try Self.planted(actors: actors, blocs: blocs)
    let big = clusters.blocs.indices.filter {
      !clusters.blocs[$0].isIsolated && clusters.blocs[$0].members.count > 1
    }
    let unaligned = clusters.blocs.count - big.count
    let dot = try DOTEncoder(options: .init(legend: true)).encode(clusters, view: .summary)
    let document = try Self.svg(dot)
    #expect(Support.groups(document, class: "cluster").isEmpty)
    let nodes = Support.groups(document, class: "node")
    #expect(nodes.count == big.count + (unaligned > 0 ? 1 : 0))
    let palette = BlocPalette(clusters.blocs)
    for (position, index) in big.enumerated() {
      let node = try #require(nodes.first { Support.title(of: $0) == "bloc\(position + 1)" })
      #expect(Self.fills(node).contains(palette.colour(ofBloc: index) ?? ""))
      #expect(
        Support.texts(in: node) == [
          "Bloc \(index + 1): \(clusters.blocs[index].members.count) actors",
          "central: \(clusters.blocs[index].name)",
        ])
    }

    // Summed weights, from the ties.
    var node = Array(repeating: "unaligned", count: clusters.graph.actorCount)
    for (position, index) in big.enumerated() {
      for actor in clusters.blocs[index].members { node[actor.index] = "bloc\(position + 1)" }
    }
    var friendly: [String: Double] = [:]
    var hostile: [String: Double] = [:]
    for tie in clusters.projection.signed.ties where node[tie.first] != node[tie.second] {
      let pair = [node[tie.first], node[tie.second]].sorted { a, b in
        Self.rank(a) < Self.rank(b)
      }.joined(separator: "->")
      if tie.weight > 0 { friendly[pair, default: 0] += tie.weight }
      if tie.weight < 0 { hostile[pair, default: 0] -= tie.weight }
    }
    let edges = Support.groups(document, class: "edge")
    #expect(edges.count == friendly.count + hostile.count)
    for edge in edges {
      let title = try #require(Support.title(of: edge))
      let label = try #require(Support.texts(in: edge).first)
      let strokes = Support.attributeValues("stroke", in: edge)
      if strokes.contains("#2ca02c") {
        #expect(label == "+" + DOTEncoder.number(friendly[title] ?? -1), "\(title)")
      } else {
        #expect(strokes.contains("#d62728"))
        #expect(label == "−" + DOTEncoder.number(hostile[title] ?? -1), "\(title)")
      }
    }
  }

  /// Every view lays out with every engine on a 250-actor graph and shows bloc fills.
  @Test(arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork])
  func everyViewLaysOutWithEveryEngine(engine: LayoutEngine) throws {
    let clusters = try Self.planted(actors: 250, blocs: 5)
    let palette = Set(BlocPalette.colours)
    let name = clusters.graph.actors[1].id
    for view in [DrawingView.summary, .bloc(1), .top(20), .focus(actor: name, depth: 1)] {
      let document = try Self.svg(
        DOTEncoder(options: .init(legend: true)).encode(clusters, view: view), engine: engine)
      let nodes = Support.groups(document, class: "node")
      #expect(!nodes.isEmpty, "\(view)")
      #expect(nodes.contains { !palette.isDisjoint(with: Self.fills($0)) }, "\(view)")
    }
  }

  // MARK: - Visible text

  @Test func spoofingNamesAreShownVisiblyInTheDrawing() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "Russia", kind: .state))
    let b = try graph.add(Actor(id: "\u{202E}aissuR", kind: .state))
    let c = try graph.add(Actor(id: "Rus\u{200B}sia", kind: .state))
    try graph.add(Statement(source: a, relation: .accuses, target: b))
    try graph.add(Statement(source: c, relation: .accuses, target: a))
    let document = try Self.svg(DOTEncoder().encode(graph, view: .whole))
    let labels = Support.groups(document, class: "node").flatMap(Support.texts(in:))
    #expect(Set(labels) == ["Russia", "⟨U+202E⟩aissuR", "Rus⟨U+200B⟩sia"])
    #expect(VisibleText.visible("\u{1B}[31mred") == "⟨U+001B⟩[31mred")
    #expect(VisibleText.visible("\u{1F469}\u{200D}\u{1F52C}") == "\u{1F469}\u{200D}\u{1F52C}")
  }
}
