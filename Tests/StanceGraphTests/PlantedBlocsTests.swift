import Testing

@testable import StanceGraph

@Suite struct PlantedBlocsTests {
  @Test func sameSeedSameGraph() {
    let parameters = PlantedBlocs(actors: 50, statements: 500, blocs: 3, noise: 0.2)
    var first = SeededGenerator(seed: 9)
    var second = SeededGenerator(seed: 9)
    var third = SeededGenerator(seed: 10)
    let a = parameters.generate(using: &first)
    #expect(a == parameters.generate(using: &second))
    #expect(a != parameters.generate(using: &third))
  }

  @Test(arguments: [0.0, 0.1, 0.3])
  func signsFollowThePlantedBlocsUpToTheNoise(noise: Double) {
    let parameters = PlantedBlocs(actors: 200, statements: 20_000, blocs: 4, noise: noise)
    var generator = SeededGenerator(seed: 1)
    let graph = parameters.generate(using: &generator)
    #expect(graph.statementCount == 20_000)
    var contradicting = 0
    for statement in graph.statements {
      guard let target = statement.target else { continue }
      #expect(statement.source != target)
      let sameBloc = graph[statement.source].attributes["bloc"] == graph[target].attributes["bloc"]
      if sameBloc == statement.relation.isNegative { contradicting += 1 }
    }
    let fraction = Double(contradicting) / Double(graph.statementCount)
    #expect(abs(fraction - noise) < 0.02, "contradicting fraction \(fraction)")
  }

  @Test func blocsAreDealtRoundRobin() {
    let parameters = PlantedBlocs(actors: 10, statements: 10, blocs: 3, noise: 0)
    var generator = SeededGenerator(seed: 1)
    let graph = parameters.generate(using: &generator)
    #expect(
      graph.actors.map { $0.attributes["bloc"] ?? "" } == [
        "b0", "b1", "b2", "b0", "b1", "b2", "b0", "b1", "b2", "b0",
      ])
  }

  @Test func impossibleParametersAreExplained() {
    #expect(PlantedBlocs(actors: 5, statements: 10, blocs: 3, noise: 0).problem != nil)
    #expect(PlantedBlocs(actors: 10, statements: 10, blocs: 2, noise: 1.5).problem != nil)
    #expect(PlantedBlocs(actors: 10, statements: 10, blocs: 2, noise: 0.5).problem == nil)
  }
}
