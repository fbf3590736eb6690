import Foundation
import StanceGraph
import Testing

@testable import StanceAnalysis

@Suite struct StructuralBalanceTests {
  @Test func gahukuGamaHasThePublishedFigures() throws {
    let projection = try GahukuGamaTests.projection()
    let balance = StructuralBalance(of: projection)
    #expect(balance.triangles.total == 68)
    #expect(balance.triangles.balanced == 59)
    #expect(abs(balance.triangles.balancedFraction - 0.8676471) < 1e-6)
    #expect(balance.frustrationIndex == 7)
    #expect(balance.isExact)
    let small = try #require(balance.camps.min { $0.count < $1.count })
    #expect(GahukuGamaTests.names(projection, small) == ["GAVEV", "KOTUN", "NAGAD", "GAMA"])
  }

  /// The published split is the only one with 7 frustrated ties.
  @Test func gahukuGamaSplitIsUnique() throws {
    let signed = try GahukuGamaTests.projection().signed
    var best = Int.max
    var count = 0
    for mask in 0..<(1 << (signed.nodeCount - 1)) {
      let labels = (0..<signed.nodeCount).map { ($0 == 0 ? 0 : (mask >> ($0 - 1)) & 1) }
      let frustrated = Partition(labels).violations(on: signed)
      if frustrated < best {
        best = frustrated
        count = 1
      } else if frustrated == best {
        count += 1
      }
    }
    #expect(best == 7)
    #expect(count == 1)
  }

  @Test func censusMatchesEveryTripleOnRandomGraphs() {
    var generator = SeededGenerator(seed: 21)
    for trial in 0..<40 {
      let graph = BruteForce.randomGraph(8 + trial % 8, density: 0.5, using: &generator)
      #expect(StructuralBalance.census(graph).byNegativeTies == BruteForce.census(graph))
    }
  }

  @Test func frustrationIndexMatchesEveryBipartition() {
    var generator = SeededGenerator(seed: 22)
    for trial in 0..<30 {
      let nodes = 6 + trial % 7
      let graph = BruteForce.randomGraph(nodes, density: 0.5, unit: true, using: &generator)
      var best = Int.max
      for mask in 0..<(1 << (nodes - 1)) {
        let labels = (0..<nodes).map { ($0 == 0 ? 0 : (mask >> ($0 - 1)) & 1) }
        best = min(best, Partition(labels).violations(on: graph))
      }
      let balance = StructuralBalance(of: SignedProjection.of(graph))
      #expect(balance.isExact)
      #expect(balance.frustrationIndex == best, "trial \(trial)")
    }
  }

  @Test func beyondTheExactLimitTheIndexIsAnUpperBound() throws {
    let projection = try GahukuGamaTests.projection()
    let balance = StructuralBalance(of: projection, options: .init(exactLimit: 5))
    #expect(!balance.isExact)
    #expect(balance.frustrationIndex >= 7)
  }

  @Test func theSeedExampleIsBalanced() throws {
    let graph = try ClaimGraph(contentsOf: TestFiles.seedExample)
    let balance = StructuralBalance(of: SignedProjection(graph, policy: .unit, rollingUp: true))
    #expect(balance.frustrationIndex == 0)
    #expect(balance.triangles.balancedFraction == 1)
  }
}

extension SignedProjection {
  /// A projection whose claim graph has one actor per node and one statement per tie: unit
  /// weights give back the tie signs.
  static func of(_ graph: SignedGraph) -> SignedProjection {
    var claims = ClaimGraph()
    for node in 0..<graph.nodeCount { claims.actorID(forName: "n\(node)") }
    for tie in graph.ties {
      _ = try? claims.add(
        Statement(
          source: ActorID(rawValue: Int32(tie.first)),
          relation: tie.weight > 0 ? .alliesWith : .accuses,
          target: ActorID(rawValue: Int32(tie.second)), weight: abs(tie.weight)))
    }
    return SignedProjection(claims, policy: .unit)
  }
}
