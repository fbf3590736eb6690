import Foundation
import StanceGraph
import Testing

@testable import StanceAnalysis

/// Random signed graphs with planted blocs: `blocs` groups, each pair tied with probability
/// `density`, the sign agreeing with the groups except with probability `noise`. Weights are
/// ±1 when `unit`, else multiples of 0.5 in [0.5, 3].
enum PlantedSignedGraph {
  static func make(
    _ count: Int, blocs: Int, density: Double, noise: Double, unit: Bool,
    using generator: inout some RandomNumberGenerator
  ) -> SignedGraph {
    let group = (0..<count).map { _ in Int.random(in: 0..<blocs, using: &generator) }
    var ties: [(Int, Int, Double)] = []
    for a in 0..<count {
      for b in (a + 1)..<max(a + 1, count)
      where Double.random(in: 0..<1, using: &generator) < density {
        var positive = group[a] == group[b]
        if Double.random(in: 0..<1, using: &generator) < noise { positive.toggle() }
        let magnitude = unit ? 1 : Double(Int.random(in: 1...6, using: &generator)) / 2
        ties.append((a, b, positive ? magnitude : -magnitude))
      }
    }
    return SignedGraph(nodeCount: count, ties: ties)
  }
}

@Suite struct ProvenOptimaTests {
  static func cow() throws -> SignedProjection {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/cow-1990-1993", withExtension: "csv"))
    return SignedProjection(try ClaimGraph(contentsOf: url.path), policy: .unit)
  }

  static var isLong: Bool { ProcessInfo.processInfo.environment["STANCEGRAPH_EXHAUSTIVE"] == "1" }

  /// Every signed graph on up to 4 actors: both integer programmes equal enumeration.
  @Test(arguments: 2...4)
  func integerProgrammesMatchEnumerationOnEverySmallGraph(nodes: Int) {
    for (code, graph) in BruteForce.everySignedGraph(nodes: nodes) {
      let start = [Int](repeating: 0, count: nodes)
      let multicut = MulticutModel.solve(graph, incumbent: start, deadline: Deadline(seconds: 10))
      #expect(multicut.isOptimal)
      #expect(multicut.cost == BruteForce.optimum(graph), "graph \(code) on \(nodes) nodes")
      let twoCamps = FrustrationModel.solve(
        graph, incumbent: start, deadline: Deadline(seconds: 10))
      #expect(twoCamps.isOptimal)
      #expect(twoCamps.cost == BruteForce.optimum(graph, maxBlocs: 2), "graph \(code), 2 camps")
    }
  }

  /// Random weighted graphs on 5 to 8 actors: every method against enumeration, for every cap.
  @Test func everyMethodMatchesEnumerationOnRandomWeightedGraphs() {
    var generator = SeededGenerator(seed: 31)
    for trial in 0..<24 {
      let nodes = 5 + trial % 4
      let graph = BruteForce.randomGraph(nodes, density: 0.7, using: &generator)
      for maxBlocs in [nil, 2, 3] as [Int?] {
        let optimum = BruteForce.optimum(graph, maxBlocs: maxBlocs)
        let fast = HeuristicClustering.solve(graph, maxBlocs: maxBlocs, seed: 1, restarts: 2)
        #expect(fast.disagreement >= optimum - 1e-9)
        #expect(Partition(fast.labels).blocCount <= (maxBlocs ?? nodes))
        let start = Partition(fast.labels).blocOf
        for useSolver in [false, true] {
          // A budget of 1 node sends every graph to the integer programme.
          let proof = ComponentProof.solve(
            graph, maxBlocs: maxBlocs, incumbent: start, nodeBudget: useSolver ? 1 : 1_000_000,
            deadline: Deadline(seconds: 10), useSolver: useSolver)
          #expect(proof.cost >= optimum - 1e-9)
          #expect(proof.lowerBound <= optimum + 1e-9)
          if maxBlocs != 3 || !useSolver {
            #expect(proof.isOptimal, "trial \(trial), cap \(String(describing: maxBlocs))")
            #expect(abs(proof.cost - optimum) < 1e-9, "trial \(trial) \(proof.solver)")
          }
          #expect(Partition(proof.labels).blocCount <= (maxBlocs ?? nodes))
        }
      }
    }
  }

  /// Random planted graphs of 20 to 60 actors (20 here, 200 in `make check`): CBC and the
  /// branch and bound agree wherever both prove, each bound is below the other's optimum, and
  /// the fast method is never below a proven optimum.
  @Test func integerProgrammeAndBranchAndBoundAgreeOnRandomGraphs() {
    var generator = SeededGenerator(seed: 41)
    let trials = Self.isLong ? 200 : 20
    var bothProven = 0
    for trial in 0..<trials {
      let nodes = 20 + (trial * 41) % 41
      let graph = PlantedSignedGraph.make(
        nodes, blocs: 2 + trial % 4, density: 0.25, noise: 0.1, unit: trial % 2 == 0,
        using: &generator)
      guard graph.components.count == 1 else { continue }
      for maxBlocs in [nil, 2] as [Int?] {
        let fast = HeuristicClustering.solve(graph, maxBlocs: maxBlocs, seed: 7, restarts: 2)
        let start = fast.labels
        let search = ComponentProof.solve(
          graph, maxBlocs: maxBlocs, incumbent: start, nodeBudget: 5_000_000,
          deadline: Deadline(seconds: 5), useSolver: false)
        let milp = ComponentProof.solve(
          graph, maxBlocs: maxBlocs, incumbent: start, nodeBudget: 1,
          deadline: Deadline(seconds: 20))
        let label = "trial \(trial), \(nodes) actors, cap \(String(describing: maxBlocs))"
        #expect(milp.isOptimal, "\(label): \(milp.solver)")
        #expect(search.lowerBound <= milp.cost + 1e-9, "\(label)")
        #expect(milp.lowerBound <= search.cost + 1e-9, "\(label)")
        if search.isOptimal && milp.isOptimal {
          bothProven += 1
          #expect(abs(search.cost - milp.cost) < 1e-9, "\(label)")
        }
        if milp.isOptimal { #expect(fast.disagreement >= milp.cost - 1e-9, "\(label)") }
      }
    }
    #expect(bothProven >= trials / 2)
  }

  /// The published figures of cow-1990-1993 (unit signs): frustration index 44, correlation
  /// clustering 39, proven by the branch and bound and by CBC alike; fast finds both.
  @Test func correlatesOfWarOracle() throws {
    let projection = try Self.cow()
    #expect(projection.signed.nodeCount == 155)
    #expect(projection.signed.tieCount == 1288)
    for nodeBudget in [20_000_000, 1] {
      let balance = StructuralBalance(
        of: projection, options: .init(method: .exact, timeLimit: 60, nodeBudget: nodeBudget))
      #expect(balance.isExact, "\(String(describing: balance.certificate))")
      #expect(balance.frustrationIndex == 44)
      #expect(balance.lowerBound == 44)
      #expect(balance.gap == 0)
      let clusters = try AllianceClusters(
        of: projection, options: .init(method: .exact, nodeBudget: nodeBudget, timeLimit: 60))
      #expect(clusters.isOptimal)
      #expect(clusters.disagreement == 39)
      #expect(clusters.certificate?.lowerBound == 39)
      if nodeBudget == 1 {
        #expect(clusters.certificate?.bound.contains("CBC") == true)
        #expect(
          balance.certificate?.solvers.contains { $0.contains("CBC") || $0.contains("Clp") } == true
        )
      }
    }
    let fast = StructuralBalance(of: projection, options: .init(method: .fast))
    #expect(fast.frustrationIndex == 44)
    #expect(!fast.isExact)
    let fastBlocs = try AllianceClusters(of: projection, options: .init(method: .fast))
    #expect(fastBlocs.disagreement == 39)
  }

  /// Regression: when the node budget ran out, the search returned its starting solution and
  /// threw away the better partitions it had found.
  @Test func anExhaustedSearchKeepsTheBestPartitionFound() throws {
    let graph = try Self.cow().signed.signs
    let component = try #require(graph.components.max { $0.count < $1.count })
    let subgraph = graph.subgraph(component)
    let together = [Int](repeating: 0, count: subgraph.nodeCount)
    let startCost = Partition(together).disagreement(on: subgraph)
    let result = ExactClustering.solve(
      subgraph, maxBlocs: 2, nodeBudget: 2_000, incumbent: together)
    #expect(!result.isOptimal)
    #expect(result.disagreement < startCost)
    #expect(result.lowerBound <= result.disagreement)
  }

  @Test func aTimeLimitStopsTheProofAndReportsTheGap() throws {
    var generator = SeededGenerator(seed: 5)
    let graph = PlantedSignedGraph.make(
      120, blocs: 6, density: 0.5, noise: 0.35, unit: true, using: &generator)
    let projection = SignedProjection.of(graph)
    let clock = Deadline(seconds: nil)
    let balance = StructuralBalance(
      of: projection, options: .init(method: .auto, timeLimit: 0.5, iterations: 2_000))
    #expect(clock.elapsedSeconds < 15)
    #expect(balance.lowerBound <= balance.upperBound)
    if !balance.isExact {
      #expect(balance.gap > 0)
      #expect(balance.certificate?.provenComponents == 0)
    }
    let clusters = try AllianceClusters(
      of: projection, options: .init(method: .auto, timeLimit: 0.5, iterations: 2_000))
    #expect((clusters.certificate?.lowerBound ?? 0) <= clusters.disagreement + 1e-9)
    #expect(throws: AnalysisError.self) {
      _ = try AllianceClusters(
        of: projection, options: .init(method: .exact, nodeBudget: 10, timeLimit: 0))
    }
  }

  @Test func theFastMethodIsDeterministicPerSeed() throws {
    let graph = try Self.cow().signed.signs
    for maxBlocs in [nil, 2] as [Int?] {
      let first = HeuristicClustering.solve(graph, maxBlocs: maxBlocs, seed: 9, restarts: 3)
      let second = HeuristicClustering.solve(graph, maxBlocs: maxBlocs, seed: 9, restarts: 3)
      #expect(first.labels == second.labels)
    }
  }

  /// CBC runs under one lock: solves from several threads at once give the same answers.
  @Test func concurrentSolvesAgree() async throws {
    var generator = SeededGenerator(seed: 77)
    let graphs = (0..<6).map { index in
      PlantedSignedGraph.make(
        30 + index * 5, blocs: 3, density: 0.3, noise: 0.1, unit: true, using: &generator)
    }
    let serial = graphs.map {
      MulticutModel.solve(
        $0, incumbent: [Int](repeating: 0, count: $0.nodeCount), deadline: Deadline(seconds: 30)
      ).cost
    }
    let parallel = await withTaskGroup(of: (Int, Double).self) { group in
      for (index, graph) in graphs.enumerated() {
        group.addTask {
          let result = MulticutModel.solve(
            graph, incumbent: [Int](repeating: 0, count: graph.nodeCount),
            deadline: Deadline(seconds: 30))
          return (index, result.cost)
        }
      }
      var costs = [Double](repeating: -1, count: graphs.count)
      for await (index, cost) in group { costs[index] = cost }
      return costs
    }
    #expect(parallel == serial)
  }
}
