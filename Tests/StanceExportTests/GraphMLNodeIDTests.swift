import Foundation
import StanceGraph
import Testing

@testable import StanceExport

/// Issue 14, row 10: XML 1.0 cannot carry most control characters, so GraphML writes them as
/// U+FFFD; `A\0B`, `A\1B` and `A\u{FFFD}B` once became one node id three times (networkx read
/// 4 actors as 2). The readers now refuse such names; a graph built in code still gets
/// distinct node ids.
@Suite struct GraphMLNodeIDTests {
  @Test func noTwoActorsShareANodeID() throws {
    var graph = ClaimGraph()
    let names = ["A\u{0}B", "A\u{1}B", "A\u{FFFD}B", "A\u{FFFD}B~2", "C"]
    let ids = names.map { graph.actorID(forName: $0) }
    for target in ids.dropFirst() {
      try graph.add(Statement(source: ids[0], relation: .accuses, target: target))
    }
    let xml = GraphMLEncoder().encode(graph)
    let nodeIDs = xml.split(separator: "\n").compactMap { line -> Substring? in
      guard let start = line.range(of: "<node id=\"") else { return nil }
      return line[start.upperBound...].prefix { $0 != "\"" }
    }
    #expect(nodeIDs.count == names.count)
    #expect(Set(nodeIDs).count == names.count, "\(nodeIDs)")
    // Ids XML can carry are written as they are.
    #expect(nodeIDs[2] == "A\u{FFFD}B" && nodeIDs[3] == "A\u{FFFD}B~2" && nodeIDs[4] == "C")
    // Every edge names a node that exists.
    let known = Set(nodeIDs)
    for line in xml.split(separator: "\n") where line.contains("<edge ") {
      for key in ["source=\"", "target=\""] {
        let start = try #require(line.range(of: key))
        #expect(known.contains(line[start.upperBound...].prefix { $0 != "\"" }), "\(line)")
      }
    }
  }
}
