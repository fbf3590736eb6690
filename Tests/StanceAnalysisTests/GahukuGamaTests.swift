import Foundation
import StanceGraph
import Testing

@testable import StanceAnalysis

/// Read's highland tribes (Fixtures/gahuku-gama.csv), a published signed network, loaded
/// through the CSV path (`source,target,sign`) with unit weights.
@Suite struct GahukuGamaTests {
  static func projection() throws -> SignedProjection {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/gahuku-gama", withExtension: "csv"))
    let graph = try ClaimGraph(contentsOf: url.path)
    return SignedProjection(graph, policy: .unit)
  }

  static func names(_ projection: SignedProjection, _ members: [ActorID]) -> Set<String> {
    Set(members.map { projection.graph[$0].id })
  }

  @Test func loadsSixteenTribesAndFiftyEightTies() throws {
    let projection = try Self.projection()
    #expect(projection.signed.nodeCount == 16)
    #expect(projection.signed.tieCount == 58)
    #expect(projection.signed.ties.count { $0.weight > 0 } == 29)
  }

  @Test func bestPartitionHasTwoInconsistenciesAndIsHageAndHararys() throws {
    let projection = try Self.projection()
    for maxBlocs in [3, nil] as [Int?] {
      let clusters = try AllianceClusters(
        of: projection, options: .init(method: .exact, maxBlocs: maxBlocs))
      #expect(clusters.isOptimal)
      #expect(clusters.disagreement == 2)
      #expect(clusters.violations == 2)
      let blocs = Set(clusters.blocs.map { Self.names(projection, $0.members) })
      #expect(
        blocs == [
          ["GAVEV", "KOTUN", "NAGAD", "GAMA"],
          ["OVE", "ALIKA", "GAHUK", "MASIL", "UKUDZ", "GEHAM", "ASARO"],
          ["NAGAM", "NOTOH", "KOHIK", "UHETO", "SEUVE"],
        ])
      let frustrated = Set(
        clusters.frustratedTies.map { Self.names(projection, [$0.first, $0.second]) })
      #expect(frustrated == [["MASIL", "NAGAM"], ["MASIL", "UHETO"]])
    }
  }

  @Test func fastFindsTheSameOptimum() throws {
    let projection = try Self.projection()
    let clusters = try AllianceClusters(of: projection, options: .init(method: .fast, seed: 3))
    #expect(clusters.disagreement == 2)
    #expect(!clusters.isOptimal)
  }
}
