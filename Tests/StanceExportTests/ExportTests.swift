import Foundation
import FoundationXML
import StanceAnalysis
import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceExport

@Suite struct ExportTests {
  static let hostile = [
    "<script>alert(1)</script>", "a & b", "\"quoted\" 'single'", "line\nbreak", "\u{1}control",
    "]]>", "emoji 🇰🇷", "مرحبا", "javascript:alert(1)",
  ]

  static func hostileGraph() throws -> ClaimGraph {
    var graph = ClaimGraph(metadata: ["title": "<b>hostile</b>"])
    var ids: [ActorID] = []
    for (index, name) in hostile.enumerated() {
      ids.append(
        try graph.add(Actor(id: "id\(index) \(name)", name: name, aliases: ["alias\(index)"])))
    }
    let claim = try graph.add(Claim(id: "c", text: "<claim> & \"text\""))
    for index in 1..<ids.count {
      try graph.add(
        Statement(
          source: ids[index - 1], relation: Relation.allCases[index % 4], target: ids[index],
          claim: claim,
          evidence: Evidence(document: "https://example.org/?a=1&b=2", quote: hostile[index])))
    }
    return graph
  }

  @Test func graphMLIsWellFormedAndKeepsEveryName() throws {
    let graph = try Self.hostileGraph()
    let projection = SignedProjection(graph)
    let clusters = try AllianceClusters(of: projection)
    let text = GraphMLEncoder().encode(graph, projection: projection, clusters: clusters)
    let document = try XMLDocument(data: Data(text.utf8))
    let nodes = try document.nodes(forXPath: "//*[local-name()='node']")
    let edges = try document.nodes(forXPath: "//*[local-name()='edge']")
    #expect(nodes.count == graph.actorCount)
    #expect(edges.count == graph.statementCount)
    let names = try document.nodes(forXPath: "//*[local-name()='node']/*[@key='n_name']").map {
      $0.stringValue ?? ""
    }
    // Every name survives, except the control character XML cannot carry.
    #expect(names == Self.hostile.map { $0.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}") })
    #expect(!text.contains("<script>"))
  }

  @Test func nodeLinkJSONReadsBackWithTheSameCounts() throws {
    let graph = try Self.hostileGraph()
    let bytes = NodeLinkEncoder().encode(SignedProjection(graph))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    let edges = try #require(object["edges"] as? [[String: Any]])
    #expect(nodes.count == graph.actorCount)
    #expect(edges.count == graph.statementCount)
    #expect(nodes.map { $0["name"] as? String } == Self.hostile.map { $0 })
    #expect(edges.allSatisfy { $0["signed_weight"] is Double })
  }

  @Test func parallelStatementsGetDistinctKeys() throws {
    let csv = "source,relation,target\nA,accuses,B\nA,accuses,B\nA,warns,B\n"
    let graph = try ClaimGraph(decoding: Array(csv.utf8), format: .csv)
    let bytes = NodeLinkEncoder().encode(graph)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let edges = try #require(object["edges"] as? [[String: Any]])
    #expect(edges.compactMap { $0["key"] as? Int } == [0, 1, 2])
  }
}
