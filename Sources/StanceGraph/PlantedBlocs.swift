/// A synthetic claim graph with planted alliance blocs, for benchmarks, tests and demos.
///
/// Actors are dealt round-robin into `blocs` blocs (actor *i* is in bloc *i* mod *K*, so blocs
/// differ in size by at most one). Each statement picks a source uniformly; half the time it
/// picks a target in the source's bloc and says `allies-with`, otherwise a target in another
/// bloc and says `accuses`, `warns` or `denies` (in proportion 2:1:1). A fraction `noise` of
/// statements then has its sign flipped: a hostile relation inside a bloc, or an alliance across
/// blocs. Each actor records its bloc as the attribute `bloc` (`b0`, `b1`, ...); each statement
/// gets a date in 2020-2024.
///
/// The result depends only on the parameters and the generator's sequence.
package struct PlantedBlocs: Hashable, Sendable {
  package var actorCount: Int
  package var statementCount: Int
  package var blocCount: Int
  /// The fraction of statements whose sign contradicts the blocs, 0 to 1.
  package var noise: Double

  package init(actors: Int, statements: Int, blocs: Int, noise: Double) {
    self.actorCount = actors
    self.statementCount = statements
    self.blocCount = blocs
    self.noise = noise
  }

  /// Why the parameters cannot make a graph, or nil.
  package var problem: String? {
    if actorCount < 2 { return "the number of actors must be at least 2" }
    if blocCount < 1 || blocCount > actorCount {
      return "the number of blocs must be between 1 and the number of actors"
    }
    if statementCount < 0 { return "the number of statements cannot be negative" }
    if !(0...1).contains(noise) { return "the noise must be between 0 and 1" }
    if blocCount == 1 && noise < 1 && statementCount > 0 && actorCount < 2 {
      return "one bloc needs two actors"
    }
    if actorCount < 2 * blocCount && statementCount > 0 {
      return
        "each bloc needs at least 2 actors for alliances inside it: use at most \(actorCount / 2) blocs"
    }
    return nil
  }

  /// The bloc of each actor, by actor index.
  package func bloc(of actor: Int) -> Int { actor % blocCount }

  /// Generates the graph.
  ///
  /// - Precondition: ``problem`` is nil.
  /// - Complexity: O(*a* + *s*).
  package func generate(using generator: inout some RandomNumberGenerator) -> ClaimGraph {
    precondition(problem == nil, problem ?? "")
    var graph = ClaimGraph(metadata: [
      "title":
        "Planted blocs: \(actorCount) actors, \(statementCount) statements, \(blocCount) blocs, noise \(noise)",
      "generator": "stancegraph generate",
    ])
    let width = String(actorCount - 1).count
    for index in 0..<actorCount {
      var number = String(index)
      while number.count < width { number = "0" + number }
      graph.appendUnchecked(
        Actor(id: "a\(number)", kind: .state, attributes: ["bloc": "b\(bloc(of: index))"]))
    }
    // Members of bloc b are b, b + K, b + 2K, ...
    func member(of bloc: Int, _ position: Int) -> Int { bloc + position * blocCount }
    func size(of bloc: Int) -> Int { (actorCount - bloc + blocCount - 1) / blocCount }
    let hostile: [Relation] = [.accuses, .accuses, .warns, .denies]
    var statements: [Statement] = []
    statements.reserveCapacity(statementCount)
    for _ in 0..<statementCount {
      let source = Int.random(in: 0..<actorCount, using: &generator)
      let home = bloc(of: source)
      var inside = blocCount == 1 || Bool.random(using: &generator)
      let flipped = Double.random(in: 0..<1, using: &generator) < noise
      var target: Int
      if inside {
        let position = Int.random(in: 0..<(size(of: home) - 1), using: &generator)
        target = member(of: home, position)
        if target >= source { target += blocCount }
      } else {
        var other = Int.random(in: 0..<(blocCount - 1), using: &generator)
        if other >= home { other += 1 }
        target = member(of: other, Int.random(in: 0..<size(of: other), using: &generator))
      }
      if flipped { inside.toggle() }
      let relation =
        inside ? Relation.alliesWith : hostile[Int.random(in: 0..<4, using: &generator)]
      let date = PartialDate(
        year: Int.random(in: 2020...2024, using: &generator),
        month: Int.random(in: 1...12, using: &generator),
        day: Int.random(in: 1...28, using: &generator))
      statements.append(
        Statement(source: ActorID(source), relation: relation, target: ActorID(target), date: date))
    }
    graph.replaceStatements(with: statements)
    return graph
  }
}
