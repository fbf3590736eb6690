import Foundation
import StanceGraph
import Testing

@testable import StanceExport

/// The export writers scale linearly (issue 14): DOT, GraphML and node-link JSON on a graph and
/// on one twice its size take at most 2.5 times as long, the best of five runs each. Run by
/// `make check` with the readers' ScalingTests (`STANCEGRAPH_SCALING=1`, release build).
@Suite(
  .serialized, .enabled(if: ProcessInfo.processInfo.environment["STANCEGRAPH_SCALING"] == "1"))
struct ExportScalingTests {
  /// `count` statements in a ring of `count / 10` actors.
  static func graph(_ count: Int) throws -> ClaimGraph {
    var graph = ClaimGraph()
    let actors = max(2, count / 10)
    for index in 0..<actors { try graph.add(Actor(id: "a\(index)", name: "Actor <\(index)>")) }
    for index in 0..<count {
      try graph.add(
        Statement(
          source: graph.actorIDs[index % actors], relation: index % 3 == 0 ? .alliesWith : .accuses,
          target: graph.actorIDs[(index * 7 + 1) % actors], evidence: Evidence(quote: "q & \"x\"")))
    }
    return graph
  }

  static func seconds(_ work: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<5 {
      let start = clock.now
      work()
      let elapsed = clock.now - start
      best = min(
        best,
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return best
  }

  @Test(arguments: ["dot", "graphml", "node-link"])
  func writerIsLinear(_ writer: String) throws {
    func encode(_ graph: ClaimGraph) {
      switch writer {
      case "dot": _ = DOTEncoder().encode(graph)
      case "graphml": _ = GraphMLEncoder().encode(graph)
      default: _ = NodeLinkEncoder().encode(graph)
      }
    }
    let small = try Self.graph(40_000)
    let large = try Self.graph(80_000)
    encode(small)
    let first = Self.seconds { encode(small) }
    let second = Self.seconds { encode(large) }
    print("scaling write \(writer): n=40000 \(first) s, 2n \(second) s, ratio \(second / first)")
    #expect(second / first <= 2.5, "\(writer): doubling took \(second / first)x the time")
  }
}
