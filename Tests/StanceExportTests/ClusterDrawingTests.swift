import StanceAnalysis
import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceExport

/// Alliance blocs drawn as `cluster_N` subgraphs, and ties that disagree with them highlighted.
@Suite struct ClusterDrawingTests {
  typealias Support = GraphvizTestSupport

  static let highlight = "#e6ab02"

  /// The DOT lines that draw edges.
  static func edgeLines(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { $0.contains("\" -> \"") }
  }

  @Test(arguments: [false, true])
  func seedBlocsAreClusterSubgraphs(legend: Bool) throws {
    let seed = try Support.seed()
    let clusters = try Support.seedClusters(seed)
    let drawn = clusters.blocs.filter { !$0.isIsolated }
    try #require(drawn.count >= 2, "the seed example has two blocs")
    let dot = DOTEncoder(options: .init(legend: legend)).encoding(seed, clusters: clusters)
    let parsed = try GraphvizRenderer.parse(dot)
    #expect(parsed.subgraphs.contains("cluster_1"))
    #expect(parsed.subgraphs.contains("cluster_2"))
    #expect(
      parsed.subgraphs.sorted()
        == ((1...drawn.count).map { "cluster_\($0)" }).sorted()
    )
    #expect(parsed.nodes.count == seed.actorCount)
    #expect(
      parsed.edgeCount
        == Support.expectedEdgeCount(seed, .statements))
  }

  /// In the SVG each bloc is a `cluster` group titled `cluster_N`, labelled with its name, and
  /// its members' nodes are drawn inside its box.
  @Test func seedBlocsAreLabelledClustersInTheSVG() throws {
    let seed = try Support.seed()
    let clusters = try Support.seedClusters(seed)
    let rendering = try GraphvizRenderer.render(
      DOTEncoder().encoding(seed, clusters: clusters), engine: .dot, format: .svg)
    let document = try Support.xmlDocument(rendering.bytes)
    let groups = Support.groups(document, class: "cluster")
    for (index, bloc) in clusters.blocs.enumerated() where !bloc.isIsolated {
      let group = groups.first { Support.title(of: $0) == "cluster_\(index + 1)" }
      #expect(group.map(Support.texts(in:)) == ["Bloc \(index + 1): \(bloc.name)"])
    }
    #expect(Support.groups(document, class: "node").count == seed.actorCount)
  }

  /// The seed has no frustrated tie, so nothing is highlighted; without blocs nothing ever is.
  @Test func seedEdgesAreHighlightedExactlyForFrustratedTies() throws {
    let seed = try Support.seed()
    let clusters = try Support.seedClusters(seed)
    let pairs = Set(
      clusters.frustratedTies.map { [$0.first, $0.second].sorted().map(\.rawValue) })
    let expected = seed.statements.filter { statement in
      guard let target = statement.target else { return false }
      return pairs.contains([statement.source, target].sorted().map(\.rawValue))
    }.count
    let dot = DOTEncoder().encoding(seed, clusters: clusters)
    #expect(Self.edgeLines(dot).filter { $0.contains(Self.highlight) }.count == expected)
    #expect(!DOTEncoder().encode(seed).contains(Self.highlight))
  }

  /// A and B ally, B and C ally, A accuses C: the best blocs keep all three together, so the
  /// accusation is a frustrated tie inside a bloc, drawn in its colour around a gold line.
  static func frustratedTriangle() throws -> ClaimGraph {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "A", kind: .state))
    let b = try graph.add(Actor(id: "B", kind: .state))
    let c = try graph.add(Actor(id: "C", kind: .state))
    let d = try graph.add(Actor(id: "D", kind: .group))
    try graph.add(Statement(source: a, relation: .alliesWith, target: b))
    try graph.add(Statement(source: b, relation: .alliesWith, target: c))
    try graph.add(Statement(source: a, relation: .accuses, target: c))
    try graph.add(Statement(source: d, relation: .warns, target: a))
    return graph
  }

  @Test(arguments: DOTEncoder.EdgeMode.allCases)
  func aFrustratedTieIsDrawnWithTheHighlightColour(mode: DOTEncoder.EdgeMode) throws {
    let graph = try Self.frustratedTriangle()
    let clusters = try AllianceClusters(of: SignedProjection(graph))
    let ties = clusters.frustratedTies.map { Set([graph[$0.first].id, graph[$0.second].id]) }
    try #require(ties == [["A", "C"]], "the triangle's blocs changed: \(ties)")
    let dot = DOTEncoder(options: .init(edges: mode)).encoding(graph, clusters: clusters)
    let highlighted = Self.edgeLines(dot).filter { $0.contains(Self.highlight) }
    #expect(highlighted.count == 1)
    #expect(highlighted.first?.hasPrefix("  \"A\" -> \"C\" ") == true)
    #expect(highlighted.first?.contains("color=\"#d62728:#e6ab02:#d62728\"") == true)
    #expect(highlighted.first?.contains("tooltip=\"frustrated tie (against the blocs)\\n") == true)
    #expect(try GraphvizRenderer.parse(dot).edgeCount == 4)

    let document = try Support.xmlDocument(
      GraphvizRenderer.render(dot, engine: .dot, format: .svg).bytes)
    for edge in Support.groups(document, class: "edge") {
      let strokes = Support.attributeValues("stroke", in: edge)
      let isHighlighted = Support.title(of: edge) == "A->C"
      #expect(strokes.contains(Self.highlight) == isHighlighted, "\(Support.title(of: edge) ?? "")")
    }
  }
}
