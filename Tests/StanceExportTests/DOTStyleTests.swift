import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceExport

/// Styles are values a user overrides (STYLE.md section 7); `graph`, `node` and `edge` apply
/// last, over every element's built-in attributes.
@Suite struct DOTStyleTests {
  typealias Support = GraphvizTestSupport

  static func lines(_ dot: String, drawing kind: String) -> [Substring] {
    let lines = dot.split(separator: "\n")
    switch kind {
    case "edge": return lines.filter { $0.contains("\" -> \"") }
    default: return lines.filter { $0.hasPrefix("  \"") && !$0.contains("\" -> \"") }
    }
  }

  @Test(arguments: DOTEncoder.EdgeMode.allCases)
  func anEdgeColourOverrideMakesEveryEdgeBlack(mode: DOTEncoder.EdgeMode) throws {
    let seed = try Support.seed()
    var style = DOTStyle.standard
    style.edge["color"] = "black"
    let dot = DOTEncoder(style: style, options: .init(edges: mode)).encode(
      seed, clusters: try Support.seedClusters(seed))
    let edges = Self.lines(dot, drawing: "edge")
    #expect(edges.count == Support.expectedEdgeCount(seed, mode))
    for line in edges {
      #expect(line.contains(" color=\"black\"") || line.contains("[color=\"black\""))
    }

    let document = try Support.xmlDocument(
      GraphvizRenderer.render(dot, engine: .dot, format: .svg).bytes)
    let groups = Support.groups(document, class: "edge")
    #expect(groups.count == edges.count)
    for group in groups {
      #expect(Set(Support.attributeValues("stroke", in: group)) == ["black"])
    }
  }

  /// The legend explains the drawing, so it must show edges as the overrides draw them.
  @Test func theLegendFollowsTheEdgeOverride() throws {
    var style = DOTStyle.standard
    style.edge["color"] = "black"
    let seed = try Support.seed()
    let dot = DOTEncoder(style: style, options: .init(legend: true)).encode(seed)
    let label = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  graph ") })
    let relations = Set(seed.statements.map(\.relation))
    for relation in relations {
      #expect(label.contains("<FONT COLOR=\"black\">"), "\(relation)")
      #expect(label.contains("</FONT> \(relation.rawValue)"), "\(relation)")
    }
    #expect(!label.contains("#d62728"), "the override replaces the relation's own colour")
  }

  /// The legend lists only what the drawing holds, in one table in the graph's label.
  @Test func theLegendListsOnlyTheRelationsAndKindsDrawn() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a", name: "A", kind: .state))
    let b = try graph.add(Actor(id: "b", name: "B", kind: .state))
    try graph.add(Statement(source: a, relation: .warns, target: b))
    let dot = DOTEncoder(options: .init(legend: true)).encode(graph)
    let label = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  graph ") })
    #expect(label.contains("label=<<TABLE"))
    #expect(label.contains("</FONT> warns"))
    for absent in ["accuses", "denies", "allies-with", "person", "organization", "group"] {
      #expect(!label.contains(absent), "\(absent)")
    }
    #expect(label.contains("state (box)"))
    let parsed = try GraphvizRenderer.parse(dot)
    #expect(parsed.nodes.map(\.name) == ["a", "b"])
    #expect(parsed.subgraphs.isEmpty)
  }

  @Test func nodeAndGraphOverridesApplyToEveryNodeAndTheGraph() throws {
    let seed = try Support.seed()
    var style = DOTStyle.standard
    style.node["fontname"] = "DejaVu Sans"
    style.graph["rankdir"] = "TB"
    let dot = DOTEncoder(style: style).encode(seed)
    let nodes = Self.lines(dot, drawing: "node")
    #expect(nodes.count == seed.actorCount)
    for line in nodes { #expect(line.contains("fontname=\"DejaVu Sans\"")) }
    #expect(dot.contains("rankdir=\"TB\""))
    #expect(!dot.contains("rankdir=\"LR\""))
  }

  @Test func aRelationStyleChangesOnlyThatRelation() throws {
    let seed = try Support.seed()
    var style = DOTStyle.standard
    style.relations[.accuses]?["color"] = "black"
    let dot = DOTEncoder(style: style).encode(seed)
    let black = Self.lines(dot, drawing: "edge").filter { $0.contains("color=\"black\"") }.count
    #expect(black == seed.statements.filter { $0.relation == .accuses && $0.target != nil }.count)
  }

  @Test func attributesAreWrittenSortedByName() {
    let attributes: DOTAttributes = ["zeta": "1", "alpha": "2", "mid": "3"]
    #expect(DOTEncoder.list(attributes) == "[alpha=\"2\", mid=\"3\", zeta=\"1\"]")
    #expect(attributes.map(\.key) == ["alpha", "mid", "zeta"])
  }

  // MARK: - `-G`, `-N`, `-E` assignments

  @Test func anAssignmentIsReadAsNameAndValue() {
    let rankdir = DOTAttributes.parse(assignment: "rankdir=TB")
    #expect(rankdir?.name == "rankdir")
    #expect(rankdir?.value == "TB")
    #expect(DOTAttributes.parse(assignment: "label=a=b")?.value == "a=b")
    #expect(DOTAttributes.parse(assignment: "label=")?.value == "")
    #expect(DOTAttributes.parse(assignment: "font_name2=x")?.name == "font_name2")
  }

  @Test(arguments: ["=x", "a b=c", "rankdir", "", "a-b=c", "a\"=c", "[a]=c", " a=c"])
  func aMalformedAssignmentIsRejected(assignment: String) {
    #expect(DOTAttributes.parse(assignment: assignment) == nil)
  }

  /// Whatever `parse(assignment:)` accepts, the encoder writes as DOT that cgraph reads.
  @Test(arguments: [
    "rankdir=TB", "fontname=DejaVu Sans", "label=say \"hi\" \\ bye", "_x=1", "caf\u{E9}=1",
    "x1=\n",
  ])
  func anAcceptedAssignmentGivesDOTThatCgraphReads(assignment: String) throws {
    let (name, value) = try #require(DOTAttributes.parse(assignment: assignment))
    var style = DOTStyle.standard
    style.graph[name] = value
    style.node[name] = value
    style.edge[name] = value
    let seed = try Support.seed()
    let parsed = try GraphvizRenderer.parse(DOTEncoder(style: style).encode(seed))
    #expect(parsed.nodes.count == seed.actorCount)
  }

  /// Attribute names are written unquoted, so `parse(assignment:)` refuses names that cgraph
  /// would split (`1abc` reads as `1` then `abc`).
  @Test func anAssignmentWhoseNameStartsWithADigitIsRefused() {
    #expect(DOTAttributes.parse(assignment: "1abc=x") == nil)
    #expect(DOTAttributes.parse(assignment: "_private=x")?.name == "_private")
  }
}
