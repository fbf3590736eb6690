import StanceGraph
import Testing

@testable import StanceAnalysis

/// Two planted blocs over ten years (2015-2024); a3 switches sides in year 6 (2020); the bloc
/// of a0 splits in year 8 (2022).
@Suite struct WindowedAnalysisTests {
  static let scenario = PlantedTimeline(
    actors: 12, statements: 6000, blocs: 2, noise: 0, years: 10, startYear: 2015,
    switches: [.init(actor: 3, year: 6)], splits: [.init(bloc: 0, year: 8)])

  static func analysis() throws -> WindowedAnalysis {
    var generator = SeededGenerator(seed: 11)
    let graph = scenario.generate(using: &generator)
    let span = try #require(graph.dateRange)
    let windows = try #require(TimeWindows(covering: span, length: WindowLength(1, .year)))
    return try WindowedAnalysis(graph, windows: windows)
  }

  @Test func findsExactlyThePlantedEvents() throws {
    let analysis = try Self.analysis()
    let graph = analysis.graph
    #expect(analysis.windows.count == 10)
    let tracking = try #require(analysis.tracking)
    let later = tracking.events.filter { $0.previousWindow != nil }
    #expect(later.count == 2, "\(later)")
    let move = try #require(later.first { $0.window == 5 })
    guard case .moved(let actor, let from, let to, let statements) = move.event else {
      Issue.record("expected a move in 2020, got \(move.event)")
      return
    }
    #expect(graph[actor].id == "a3")
    #expect(from != to)
    #expect(!statements.isEmpty)
    for id in statements {
      let statement = graph[id]
      #expect(statement.date?.year == 2020)
      #expect(statement.source == actor || statement.target == actor)
    }
    let split = try #require(later.first { $0.window == 7 })
    guard case .split(let bloc, let into) = split.event else {
      Issue.record("expected a split in 2022, got \(split.event)")
      return
    }
    #expect(bloc == to, "the bloc a3 joined is the one that splits")
    #expect(into.count == 1)
    // Identities are stable: the bloc a3 left keeps its number to the end.
    let last = try #require(tracking.windows.last)
    #expect(last.contains { $0.identity == from })
    #expect(last.count == 3)
  }

  @Test func polarisationIsPerfectWithoutNoise() throws {
    let analysis = try Self.analysis()
    for window in analysis.windows {
      let polarisation = try #require(window.polarisation)
      let balance = try #require(window.balance)
      if window.window.index < 7 {
        #expect(balance.frustrationIndex == 0)
        #expect(abs(polarisation.polarisation - 1) < 1e-9)
        #expect(abs(polarisation.hostileAcrossShare - 1) < 1e-9)
      } else {
        // Three mutually hostile blocs cannot be two camps: some hostility falls inside one.
        #expect(balance.frustrationIndex > 0)
        #expect(polarisation.polarisation < 1)
      }
    }
  }

  @Test func emptyWindowsAreKeptAndPassedOver() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a", kind: .state))
    let b = try graph.add(Actor(id: "b", kind: .state))
    let c = try graph.add(Actor(id: "c", kind: .state))
    for (x, y, relation, month) in [
      (a, b, Relation.alliesWith, 1), (a, c, .accuses, 1), (a, b, .alliesWith, 4),
      (b, c, .accuses, 4),
    ] {
      try graph.add(
        Statement(source: x, relation: relation, target: y, date: .month(2023, month)))
    }
    let span = try #require(graph.dateRange)
    let windows = try #require(TimeWindows(covering: span, length: WindowLength(1, .month)))
    let analysis = try WindowedAnalysis(graph, windows: windows)
    #expect(analysis.windows.map(\.isEmpty) == [false, true, true, false])
    let tracking = try #require(analysis.tracking)
    #expect(tracking.windows[1].isEmpty)
    #expect(tracking.events.allSatisfy { $0.previousWindow == nil || $0.previousWindow == 0 })
    #expect(tracking.events.filter { $0.previousWindow != nil }.isEmpty)
  }

  @Test func decayCountsBackFromEachWindowsEnd() throws {
    var generator = SeededGenerator(seed: 3)
    let graph = Self.scenario.generate(using: &generator)
    let span = try #require(graph.dateRange)
    let windows = try #require(TimeWindows(covering: span, length: WindowLength(1, .year)))
    var policy = WeightingPolicy.goldstein
    policy.decay = TimeDecay(halfLifeDays: 90, reference: .year(2030))
    let analysis = try WindowedAnalysis(
      graph, windows: windows, options: .init(policy: policy, balance: nil))
    #expect(analysis.windows[0].projection.policy.decay?.reference == .day(2015, 12, 31))
    #expect(analysis.windows[0].balance == nil)
  }
}

@Suite struct BlocTrackingTests {
  static func ids(_ values: [Int]) -> [ActorID] { values.map { ActorID(rawValue: Int32($0)) } }

  @Test func mergeAndDissolve() {
    let tracking = BlocTracking(blocs: [
      [Self.ids([0, 1, 2]), Self.ids([3, 4, 5]), Self.ids([6, 7])],
      [Self.ids([0, 1, 2, 3, 4, 5])],
    ])
    let later = tracking.events.filter { $0.previousWindow != nil }.map(\.event)
    #expect(later.count == 2, "\(later)")
    #expect(
      later.contains(.merged(blocs: [1, 2], into: 1))
        || later.contains(.merged(blocs: [2, 1], into: 2)))
    #expect(later.contains(.dissolved(bloc: 3, members: Self.ids([6, 7]))))
  }

  @Test func appearsWhenNothingMatches() {
    let tracking = BlocTracking(blocs: [
      [Self.ids([0, 1])], [Self.ids([0, 1]), Self.ids([5, 6])],
    ])
    let later = tracking.events.filter { $0.previousWindow != nil }.map(\.event)
    #expect(later == [.appeared(bloc: 2, members: Self.ids([5, 6]))])
  }
}

@Suite struct PeriodComparisonTests {
  @Test func theSwitchIsTheOnlyMoveBetween2019And2020() throws {
    var generator = SeededGenerator(seed: 11)
    let graph = WindowedAnalysisTests.scenario.generate(using: &generator)
    let before = graph.filtered(
      dates: DateRange(since: .year(2019), until: .year(2019)), undated: .exclude)
    let after = graph.filtered(
      dates: DateRange(since: .year(2020), until: .year(2020)), undated: .exclude)
    let comparison = try PeriodComparison(before: before, after: after)
    #expect(comparison.moved.map(\.actor) == ["a3"])
    #expect(comparison.blocEvents.isEmpty)
    #expect(comparison.before.balance.frustrationIndex == 0)
    #expect(comparison.after.balance.frustrationIndex == 0)
    let move = try #require(comparison.moved.first)
    for id in move.statements {
      #expect(after[id].source.index == 3 || after[id].target?.index == 3)
    }
    // a3's stances toward its old allies turned.
    #expect(
      comparison.stanceChanges.contains {
        $0.source == "a3" && $0.after?.label == .adversary && $0.before?.label == .ally
      })
  }
}

@Suite struct PolarisationTests {
  /// a, b friends; both hostile to c: two camps, nothing frustrated. Adding a hostile a–b tie
  /// of weight 2 next to the friendly 5.2 leaves a friendly a–b tie of 3.2.
  @Test func twoCampsArePerfectlyPolarised() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a", kind: .state))
    let b = try graph.add(Actor(id: "b", kind: .state))
    let c = try graph.add(Actor(id: "c", kind: .state))
    for (x, y, relation) in [(a, b, Relation.alliesWith), (a, c, .accuses), (b, c, .accuses)] {
      try graph.add(Statement(source: x, relation: relation, target: y))
    }
    let balance = StructuralBalance(of: SignedProjection(graph))
    let polarisation = Polarisation(balance)
    #expect(polarisation.polarisation == 1)
    #expect(polarisation.hostileAcrossShare == 1)
    #expect(abs(polarisation.totalWeight - 9.2) < 1e-9)
    #expect(polarisation.isExact)
  }

  /// Three mutually hostile actors: one hostile tie must fall inside a camp.
  @Test func aHostileTriangleIsNot() throws {
    var graph = ClaimGraph()
    let ids = try ["a", "b", "c"].map { try graph.add(Actor(id: $0, kind: .state)) }
    for (x, y) in [(0, 1), (0, 2), (1, 2)] {
      try graph.add(Statement(source: ids[x], relation: .accuses, target: ids[y]))
    }
    let polarisation = Polarisation(StructuralBalance(of: SignedProjection(graph)))
    #expect(abs(polarisation.polarisation - 2.0 / 3.0) < 1e-9)
    #expect(abs(polarisation.hostileAcrossShare - 2.0 / 3.0) < 1e-9)
  }
}
