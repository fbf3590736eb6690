/// A synthetic claim graph over several years with a known regime change: planted blocs, actors
/// that switch sides in a given year and blocs that split in a given year.
///
/// Actors `a0`, `a1`, ... are dealt round-robin into `blocs` blocs, as in ``PlantedBlocs``.
/// Statements are spread evenly over the years (`startYear` is year 1), each on a random day of
/// its year; half say `allies-with` to a member of the source's bloc *in that year*, half say
/// `accuses`, `warns` or `denies` (2:1:1) to a member of another bloc. From a switch's year on,
/// the actor belongs to the next bloc ((*b* + 1) mod *K*). From a split's year on, the members
/// of the bloc at odd positions of its member list (in actor order) form a new bloc, hostile to
/// the rest. A fraction `noise` of statements has its sign flipped. Each actor records its
/// bloc in year 1 as the attribute `bloc`.
package struct PlantedTimeline: Hashable, Sendable {
  package struct Switch: Hashable, Sendable {
    package var actor: Int
    package var year: Int
    package init(actor: Int, year: Int) {
      self.actor = actor
      self.year = year
    }
  }
  package struct Split: Hashable, Sendable {
    package var bloc: Int
    package var year: Int
    package init(bloc: Int, year: Int) {
      self.bloc = bloc
      self.year = year
    }
  }

  package var actorCount: Int
  package var statementCount: Int
  package var blocCount: Int
  package var noise: Double
  package var years: Int
  package var startYear: Int
  package var switches: [Switch]
  package var splits: [Split]

  package init(
    actors: Int, statements: Int, blocs: Int, noise: Double, years: Int, startYear: Int = 2015,
    switches: [Switch] = [], splits: [Split] = []
  ) {
    actorCount = actors
    statementCount = statements
    blocCount = blocs
    self.noise = noise
    self.years = years
    self.startYear = startYear
    self.switches = switches
    self.splits = splits
  }

  /// Why the parameters cannot make a graph, or nil.
  package var problem: String? {
    if let problem = PlantedBlocs(
      actors: actorCount, statements: statementCount, blocs: blocCount, noise: noise
    ).problem {
      return problem
    }
    if years < 1 || years > 200 { return "the number of years must be between 1 and 200" }
    if startYear < 1 || startYear + years - 1 > 9999 {
      return "the years must lie between 1 and 9999"
    }
    for change in switches {
      if !(0..<actorCount).contains(change.actor) {
        return "a switch names actor a\(change.actor), but the actors are a0 to a\(actorCount - 1)"
      }
      if !(1...years).contains(change.year) {
        return "a switch year \(change.year) is not between 1 and \(years)"
      }
    }
    for split in splits {
      if !(0..<blocCount).contains(split.bloc) {
        return "a split names bloc b\(split.bloc), but the blocs are b0 to b\(blocCount - 1)"
      }
      if !(1...years).contains(split.year) {
        return "a split year \(split.year) is not between 1 and \(years)"
      }
    }
    return nil
  }

  /// The bloc of each actor in `year` (1-based), by actor index; split-off blocs are numbered
  /// from `blocs` up in the order of `splits`.
  package func blocs(inYear year: Int) -> [Int] {
    var bloc = (0..<actorCount).map { $0 % blocCount }
    for change in switches where change.year <= year {
      bloc[change.actor] = (bloc[change.actor] + 1) % blocCount
    }
    for (index, split) in splits.enumerated() where split.year <= year {
      let members = (0..<actorCount).filter { bloc[$0] == split.bloc }
      for (position, member) in members.enumerated() where position % 2 == 1 {
        bloc[member] = blocCount + index
      }
    }
    return bloc
  }

  /// Generates the graph.
  ///
  /// - Precondition: ``problem`` is nil.
  /// - Complexity: O(*y* · *a* + *s*).
  package func generate(using generator: inout some RandomNumberGenerator) -> ClaimGraph {
    precondition(problem == nil, problem ?? "")
    var graph = ClaimGraph(metadata: [
      "title":
        "Planted timeline: \(actorCount) actors, \(statementCount) statements, \(blocCount) blocs over \(years) years from \(startYear)",
      "generator": "stancegraph generate",
    ])
    let first = blocs(inYear: 1)
    for index in 0..<actorCount {
      graph.appendUnchecked(
        Actor(id: "a\(index)", kind: .state, attributes: ["bloc": "b\(first[index])"]))
    }
    let hostile: [Relation] = [.accuses, .accuses, .warns, .denies]
    var statements: [Statement] = []
    statements.reserveCapacity(statementCount)
    for year in 1...years {
      let bloc = blocs(inYear: year)
      var members: [Int: [Int]] = [:]
      for (actor, b) in bloc.enumerated() { members[b, default: []].append(actor) }
      var outside: [Int: [Int]] = [:]
      for b in members.keys { outside[b] = (0..<actorCount).filter { bloc[$0] != b } }
      let count = statementCount * year / years - statementCount * (year - 1) / years
      for _ in 0..<count {
        let source = Int.random(in: 0..<actorCount, using: &generator)
        let mates = members[bloc[source]] ?? []
        let others = outside[bloc[source]] ?? []
        var inside = others.isEmpty || (mates.count > 1 && Bool.random(using: &generator))
        let pool = inside ? mates : others
        guard var target = pool.randomElement(using: &generator) else { continue }
        if target == source {
          // Another member of the source's own bloc: a bloc of one has none.
          guard mates.count > 1 else { continue }
          while target == source {
            target = mates[Int.random(in: 0..<mates.count, using: &generator)]
          }
        }
        if Double.random(in: 0..<1, using: &generator) < noise { inside.toggle() }
        let relation =
          inside ? Relation.alliesWith : hostile[Int.random(in: 0..<4, using: &generator)]
        let date = PartialDate(
          year: startYear + year - 1, month: Int.random(in: 1...12, using: &generator),
          day: Int.random(in: 1...28, using: &generator))
        statements.append(
          Statement(
            source: ActorID(source), relation: relation, target: ActorID(target), date: date))
      }
    }
    statements.sort { ($0.date?.firstDay ?? 0) < ($1.date?.firstDay ?? 0) }
    graph.replaceStatements(with: statements)
    return graph
  }
}
