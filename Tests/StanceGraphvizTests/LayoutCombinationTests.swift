import Foundation
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceGraphviz

/// Regression tests for the heap corruption of Graphviz 2.43's `dot` (a `gvFreeLayout` after a
/// layout with clusters and edge labels freed a block that `flat_edges` had reallocated:
/// "double free", "malloc_consolidate(): invalid chunk size", SIGSEGV). They lay out and render,
/// not only parse, every combination of the drawing options with every engine, on the seed and
/// on random graphs. A regression crashes the test process; `make check` runs them under
/// AddressSanitizer and `make leakcheck` the same combinations under valgrind.
@Suite struct LayoutCombinationTests {
  typealias Support = GraphvizTestSupport

  /// One way of drawing: the CLI's --claims, --clusters, --legend, --roll-up and --edges.
  struct Drawing: CustomStringConvertible, Sendable {
    var claims: Bool
    var clusters: Bool
    var legend: Bool
    var rollUp: Bool
    var edges: DOTEncoder.EdgeMode

    static let all: [Drawing] = DOTEncoder.EdgeMode.allCases.flatMap { edges in
      (0..<16).map { bits in
        Drawing(
          claims: bits & 1 != 0, clusters: bits & 2 != 0, legend: bits & 4 != 0,
          rollUp: bits & 8 != 0, edges: edges)
      }
    }

    var description: String {
      "claims \(claims), clusters \(clusters), legend \(legend), roll-up \(rollUp), \(edges)"
    }

    /// The graph as drawn and its DOT, as `stancegraph render` makes them.
    func encode(_ input: ClaimGraph) throws -> (graph: ClaimGraph, dot: String) {
      let projection = SignedProjection(input, rollingUp: rollUp)
      let blocs =
        clusters
        ? try AllianceClusters(of: projection, options: .init(method: .fast, restarts: 2)) : nil
      let encoder = DOTEncoder(
        options: .init(edges: edges, legend: legend, claimLabels: claims))
      return (projection.graph, blocs.map(encoder.encode) ?? encoder.encode(projection.graph))
    }
  }

  /// Renders `dot` with `engine` to SVG and checks one node group per actor.
  static func expectLaidOut(
    _ dot: String, actors: Int, engine: LayoutEngine, _ context: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let rendering = try GraphvizRenderer.render(dot, engine: engine, format: .svg)
    #expect(!rendering.bytes.isEmpty, "\(context)", sourceLocation: sourceLocation)
    let document = try Support.xmlDocument(rendering.bytes)
    #expect(
      Support.groups(document, class: "node").count == actors, "\(context)",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: LayoutEngine.all)
  func everyDrawingOfTheSeedLaysOut(engine: LayoutEngine) throws {
    let seed = try Support.seed()
    for drawing in Drawing.all {
      let (graph, dot) = try drawing.encode(seed)
      try Self.expectLaidOut(dot, actors: graph.actorCount, engine: engine, "\(drawing)")
    }
  }

  /// Random graphs with claims, people who speak for states, and parallel statements.
  @Test(arguments: LayoutEngine.all)
  func everyDrawingOfRandomGraphsLaysOut(engine: LayoutEngine) throws {
    var generator = SeededGenerator(seed: 0xD0_7CAB)
    for round in 0..<6 {
      let graph = Self.randomGraph(using: &generator)
      for drawing in Drawing.all where Int.random(in: 0..<4, using: &generator) == 0 {
        let (drawn, dot) = try drawing.encode(graph)
        try Self.expectLaidOut(
          dot, actors: drawn.actorCount, engine: engine, "round \(round), \(drawing)")
      }
    }
  }

  /// DOT written by someone else, with clusters and ordinary edge labels between nodes of one
  /// rank (the case that corrupted the heap), is laid out by `dot` with the labels drawn.
  @Test func foreignDOTWithClustersAndEdgeLabelsLaysOutWithDot() throws {
    for round in 0..<20 {
      var generator = SeededGenerator(seed: UInt64(round))
      let dot = Self.clusteredDOTWithEdgeLabels(using: &generator)
      let rendering = try GraphvizRenderer.render(dot, engine: .dot, format: .svg)
      let text = String(decoding: rendering.bytes, as: UTF8.self)
      #expect(text.contains(">claim 0<") || !dot.contains("label=\"claim 0\""), "round \(round)")
    }
    // An HTML-like edge label stays HTML when it becomes an external label.
    let html = """
      digraph { subgraph cluster_a { a; b } a -> b [label=<<B>bold</B>>]; b -> a [label="plain"] }
      """
    let svg = String(
      decoding: try GraphvizRenderer.render(html, engine: .dot, format: .svg).bytes,
      as: UTF8.self)
    #expect(svg.contains("font-weight=\"bold\""))
    #expect(svg.contains(">bold<") && svg.contains(">plain<"))
  }

  // MARK: - Inputs

  static func randomGraph(using generator: inout some RandomNumberGenerator) -> ClaimGraph {
    var graph = ClaimGraph()
    let states = Int.random(in: 3...12, using: &generator)
    var ids: [ActorID] = []
    for index in 0..<states {
      if let id = try? graph.add(Actor(id: "s\(index)", name: "State \(index)", kind: .state)) {
        ids.append(id)
      }
    }
    for index in 0..<Int.random(in: 0...4, using: &generator) {
      let speaksFor = "s\(Int.random(in: 0..<states, using: &generator))"
      if let id = try? graph.add(
        Actor(id: "p\(index)", name: "Person \(index)", kind: .person, represents: speaksFor))
      {
        ids.append(id)
      }
    }
    let claims = (0..<Int.random(in: 1...6, using: &generator)).compactMap {
      try? graph.add(Claim(id: "c\($0)", text: "Claim \($0) is a sentence of several words"))
    }
    for _ in 0..<Int.random(in: ids.count...(3 * ids.count), using: &generator) {
      let source = ids.randomElement(using: &generator) ?? ids[0]
      let target = ids.randomElement(using: &generator) ?? ids[0]
      guard source != target else { continue }
      let relation = Relation.allCases.randomElement(using: &generator) ?? .accuses
      let claim = Bool.random(using: &generator) ? claims.randomElement(using: &generator) : nil
      _ = try? graph.add(
        Statement(source: source, relation: relation, target: target, claim: claim))
    }
    return graph
  }

  /// A random digraph with one to four clusters and ordinary `label`s on most edges.
  static func clusteredDOTWithEdgeLabels(
    using generator: inout some RandomNumberGenerator
  ) -> String {
    let nodes = Int.random(in: 3...25, using: &generator)
    let clusters = Int.random(in: 1...4, using: &generator)
    var dot = "digraph g { rankdir=\(Bool.random(using: &generator) ? "LR" : "TB");\n"
    for cluster in 0..<clusters {
      dot += " subgraph cluster_\(cluster) { label=\"B\(cluster)\";"
      for node in stride(from: cluster, to: nodes, by: clusters + 1) { dot += " n\(node);" }
      dot += " }\n"
    }
    for edge in 0..<Int.random(in: nodes...(3 * nodes), using: &generator) {
      let a = Int.random(in: 0..<nodes, using: &generator)
      let b = Int.random(in: 0..<nodes, using: &generator)
      let label =
        Double.random(in: 0..<1, using: &generator) < 0.6 ? " [label=\"claim \(edge)\"]" : ""
      dot += " n\(a) -> n\(b)\(label);\n"
    }
    return dot + "}\n"
  }
}
