import StanceAnalysis
import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceExport

/// The DOT the encoder writes is read back by cgraph as the same graph, whatever the actors are
/// called: every id and value is quoted and escaped (STYLE.md section 7).
@Suite struct DOTEscapingTests {
  typealias Support = GraphvizTestSupport

  // MARK: - Building graphs of hostile text

  static func graph(
    ids: [String], names: [String], claims: [String], title: String,
    using generator: inout some RandomNumberGenerator
  ) -> ClaimGraph {
    Support.hostileGraph(ids: ids, names: names, claims: claims, title: title, using: &generator)
  }

  static func graph(around fragment: String) -> ClaimGraph {
    Support.hostileGraph(around: fragment)
  }

  // MARK: - The round trip

  /// Every option combination the encoder has.
  static let optionCombinations: [DOTEncoder.Options] = DOTEncoder.EdgeMode.allCases.flatMap {
    mode in
    [false, true].flatMap { legend in
      [false, true].map { DOTEncoder.Options(edges: mode, legend: legend, claimLabels: $0) }
    }
  }

  /// Encodes `graph` with every option combination, with and without blocs, parses the DOT back
  /// with cgraph and checks nodes, edges, names and labels. Returns false at the first failure.
  @discardableResult
  static func expectRoundTrip(
    _ graph: ClaimGraph, clusters: AllianceClusters?,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Bool {
    func fail(_ message: String, _ context: String) {
      Issue.record(Comment(rawValue: message + ". " + context), sourceLocation: sourceLocation)
    }
    for options in optionCombinations {
      for blocs in clusters == nil ? [nil] : [nil, clusters] {
        let dot = DOTEncoder(options: options).encoding(graph, clusters: blocs)
        let context =
          "options \(options), clusters \(blocs != nil), ids "
          + graph.actors.map { String(reflecting: $0.id) }.joined(separator: ", ")
        let parsed: ParsedGraph
        do {
          parsed = try GraphvizRenderer.parse(dot)
        } catch {
          fail("cgraph rejects the DOT: \(error)", context)
          return false
        }
        // The legend and the claim key are the graph's label: never nodes or edges.
        let expectedNodes = graph.actorCount
        let expectedEdges = Support.expectedEdgeCount(graph, options.edges)
        var passed = true
        if parsed.nodes.count != expectedNodes || parsed.edgeCount != expectedEdges {
          fail(
            "\(parsed.nodes.count) nodes and \(parsed.edgeCount) edges, expected "
              + "\(expectedNodes) and \(expectedEdges)", context)
          passed = false
        }
        let byName = Dictionary(parsed.nodes.map { ($0.name, $0) }) { first, _ in first }
        let nodeIDs = DOTEncoder.nodeIDs(for: graph)
        for (index, actor) in graph.actors.enumerated() {
          let stored = Support.storedForm(nodeIDs[index])
          guard let node = byName[stored] else {
            fail(
              "no node named \(String(reflecting: stored)) for actor id "
                + String(reflecting: actor.id), context)
            return false
          }
          // cgraph reports an empty label as none.
          let expected = Support.storedLabel(actor.name)
          if (node.label ?? "") != expected {
            fail(
              "actor \(String(reflecting: actor.id)) named \(String(reflecting: actor.name)): "
                + "cgraph stores the label \(String(reflecting: node.label)), expected "
                + String(reflecting: expected), context)
            passed = false
          }
        }
        if !parsed.warnings.isEmpty {
          fail("cgraph warned: \(parsed.warnings)", context)
          passed = false
        }
        guard passed else { return false }
      }
    }
    return true
  }

  static func clusters(_ graph: ClaimGraph) -> AllianceClusters? {
    try? AllianceClusters(
      of: SignedProjection(graph), options: .init(method: .fast, restarts: 1))
  }

  // MARK: - Tests

  @Test(arguments: GraphvizTestSupport.hostileFragments)
  func everyHostileFragmentRoundTripsThroughCgraph(fragment: String) throws {
    let graph = Self.graph(around: fragment)
    try #require(graph.actorCount >= 3, "the model refused the fragment's actors")
    try #require(graph.actors[0].id == fragment)
    Self.expectRoundTrip(graph, clusters: Self.clusters(graph))
  }

  /// At least 2,000 random names made of hostile fragments and random scalars (every control
  /// character included), as ids, names and claim texts, in graphs of 60 actors.
  @Test func randomHostileNamesRoundTripThroughCgraph() {
    var generator = SeededGenerator(seed: 0x5EED_D07)
    var names = 0
    for _ in 0..<50 {
      let ids = (0..<60).map { _ in Support.hostileName(using: &generator) }
      let labels = (0..<60).map { _ in Support.hostileName(using: &generator) }
      let claims = (0..<20).map { _ in Support.hostileName(using: &generator) }
      let graph = Self.graph(
        ids: ids, names: labels, claims: claims,
        title: Support.hostileName(using: &generator), using: &generator)
      names += 2 * graph.actorCount + graph.claimCount
      guard Self.expectRoundTrip(graph, clusters: Self.clusters(graph)) else { break }
    }
    #expect(names >= 2000)
  }

  /// Each escape on its own: the stored form of text that is nothing but that character.
  @Test func storedFormFollowsTheDocumentedEscapes() {
    #expect(Support.storedForm(#"ends\"#) == #"ends\\"#)
    #expect(Support.storedForm("a\"b") == "a\"b")
    #expect(Support.storedForm("a\nb\r\nc\rd") == #"a\nb\nc\nd"#)
    #expect(Support.storedForm("\u{1}\u{7F}\u{FFFF}\t") == "\u{FFFD}\u{FFFD}\u{FFFD}\t")
    #expect(Support.storedForm("\u{85}\u{1F600}") == "\u{85}\u{1F600}")
  }

  @Test func quotedMatchesTheStoredFormOnEveryFragment() {
    for fragment in Support.hostileFragments {
      let quoted = DOTEncoder.quoted(fragment)
      #expect(quoted.hasPrefix("\"") && quoted.hasSuffix("\""))
      let inner = String(quoted.dropFirst().dropLast())
      #expect(
        inner.replacingOccurrences(of: "\\\"", with: "\"") == Support.storedForm(fragment),
        "fragment \(String(reflecting: fragment))")
    }
  }

  /// Conditional quoting would split `1abc`, and `""` or `ends\` would be syntax errors.
  @Test(arguments: ["", "1abc", #"ends\"#, "node", "strict", "\"]; x -> y [", "->"])
  func idsThatNeedQuotingAreOneNodeEach(id: String) throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: id, name: "first"))
    let b = try graph.add(Actor(id: "other", name: id.isEmpty ? "blank" : id + " again"))
    try graph.add(Statement(source: a, relation: .accuses, target: b))
    try graph.add(Statement(source: b, relation: .denies, target: a))
    let parsed = try GraphvizRenderer.parse(DOTEncoder().encode(graph))
    #expect(parsed.nodes.map(\.name) == [Support.storedForm(id), "other"])
    #expect(parsed.edgeCount == 2)
  }

  /// An actor id may be any string, the empty one included (the model accepts it).
  @Test func theEmptyIDIsANode() throws {
    var graph = ClaimGraph()
    let blank = try graph.add(Actor(id: "", name: ""))
    let other = try graph.add(Actor(id: "x", name: "X"))
    try graph.add(Statement(source: blank, relation: .warns, target: other))
    let parsed = try GraphvizRenderer.parse(DOTEncoder().encode(graph))
    #expect(parsed.nodes.map(\.name) == ["", "x"])
    // cgraph reports an empty label as no label.
    #expect(parsed.nodes.first?.label == nil)
    #expect(parsed.edgeCount == 1)
    Self.expectRoundTrip(graph, clusters: Self.clusters(graph))
  }

  /// Two actors whose ids differ only in a control character are two actors in the model, so
  /// they must stay two nodes; replacing every control character by U+FFFD merges them.
  @Test func idsThatDifferOnlyInControlCharactersStayTwoNodes() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "x\u{1}", name: "A"))
    let b = try graph.add(Actor(id: "x\u{2}", name: "B"))
    let c = try graph.add(Actor(id: "x\u{FFFD}", name: "C"))
    try graph.add(Statement(source: a, relation: .accuses, target: b))
    try graph.add(Statement(source: b, relation: .accuses, target: c))
    let parsed = try GraphvizRenderer.parse(DOTEncoder().encode(graph))
    #expect(parsed.nodes.count == 3)
    #expect(Set(parsed.nodes.compactMap(\.label)) == ["A", "B", "C"])
    #expect(parsed.edgeCount == 2)
  }

  /// cgraph takes every name that begins with `%` for one of its anonymous ids and forgets it
  /// (Graphviz issue 1466), so the encoder gives such actors a made-up node id, the same every
  /// time, which `DOTEncoder.nodeIDs(for:)` reports.
  @Test func idsBeginningWithAPercentSignKeepTheirName() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "%3", name: "three"))
    let b = try graph.add(Actor(id: "%x", name: "ex"))
    let c = try graph.add(Actor(id: "plain%", name: "plain"))
    try graph.add(Statement(source: a, relation: .accuses, target: b))
    try graph.add(Statement(source: b, relation: .accuses, target: c))
    let parsed = try GraphvizRenderer.parse(DOTEncoder().encode(graph))
    #expect(parsed.nodes.count == 3)
    #expect(parsed.edgeCount == 2)
    #expect(parsed.nodes.map(\.label) == ["three", "ex", "plain"])
    #expect(parsed.nodes.map(\.name) == DOTEncoder.nodeIDs(for: graph))
    #expect(DOTEncoder.nodeIDs(for: graph) == ["~0", "~1", "plain%"])
  }
}
