import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceGraph

/// `ClaimGraph`'s derived indices (names, adjacency, representatives) agree with its arrays after
/// every way a graph is made; `checkInvariants()` stops the test process when they do not.
@Suite struct InvariantsTests {
  @Test func theSeedHoldsAfterReadingAndEveryTransformation() throws {
    let seed = try Fixtures.seed()
    seed.checkInvariants()
    seed.rolledUp().checkInvariants()
    seed.filtered(dates: PartialDate.month(2023, 11)...PartialDate.month(2023, 11))
      .checkInvariants()
    seed.filtered(by: StatementFilter(relations: [.denies])).checkInvariants()
    seed.merging(seed.rolledUp()).graph.checkInvariants()
  }

  @Test(arguments: GraphFormat.allCases)
  func everyFormatReadsBackToAGraphThatHolds(format: GraphFormat) throws {
    let seed = try Fixtures.seed()
    let bytes = seed.encoded(as: format)
    let read = try ClaimGraph(decoding: bytes, format: format, fileName: "seed.\(format.rawValue)")
    read.checkInvariants()
  }

  @Test func graphsBuiltInCodeHold() throws {
    var graph = ClaimGraph()
    let us = try graph.add(Actor(id: "US", name: "United States", kind: .state, aliases: ["U.S."]))
    let kp = try graph.add(Actor(id: "KP", name: "North Korea", kind: .state))
    _ = try graph.add(Actor(id: "austin", name: "Lloyd Austin", kind: .person, represents: "US"))
    let created = graph.actorID(forName: "Russia", creating: .state)
    let claim = try graph.add(Claim(id: "arms", text: "arms to Russia"))
    try graph.add(Statement(source: us, relation: .accuses, target: kp, claim: claim))
    try graph.add(Statement(source: kp, relation: .denies, target: nil, claim: claim))
    try graph.add(Statement(source: created, relation: .alliesWith, target: kp))
    graph.checkInvariants()
    graph.rolledUp().checkInvariants()
  }

  /// Random graphs from the planted-bloc generator, rolled up and filtered.
  @Test func generatedGraphsHold() {
    var generator = SeededGenerator(seed: 11)
    for actors in [4, 10, 60] {
      let graph = PlantedBlocs(actors: actors, statements: actors * 4, blocs: 2, noise: 0.2)
        .generate(using: &generator)
      graph.checkInvariants()
      graph.filtered(by: StatementFilter(relations: [.accuses, .alliesWith])).checkInvariants()
    }
  }
}
