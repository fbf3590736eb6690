import Foundation
import FoundationXML
import StanceExport
import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceGraphviz

/// What Graphviz makes of the encoder's DOT, checked by structure, never by bytes.
@Suite struct RenderingTests {
  typealias Support = GraphvizTestSupport

  static func render(
    _ graph: ClaimGraph, engine: LayoutEngine = .dot, format: RenderFormat,
    clusters: Bool = false
  ) throws -> Rendering {
    let blocs = clusters ? try Support.seedClusters(graph) : nil
    return try GraphvizRenderer.render(
      DOTEncoder().encoding(graph, clusters: blocs), engine: engine, format: format)
  }

  // MARK: - SVG

  @Test func seedSVGHasOneTitledNodePerActor() throws {
    let seed = try Support.seed()
    let document = try Support.xmlDocument(Self.render(seed, format: .svg).bytes)
    #expect(document.rootElement()?.name == "svg")
    let nodes = Support.groups(document, class: "node")
    #expect(nodes.count == seed.actorCount)
    #expect(nodes.compactMap(Support.title(of:)).sorted() == seed.actors.map(\.id).sorted())
    let edges = Support.groups(document, class: "edge")
    #expect(edges.count == Support.expectedEdgeCount(seed, .statements))
  }

  @Test func seedSVGNodesShowNamesAndCarryKindTooltips() throws {
    let seed = try Support.seed()
    let document = try Support.xmlDocument(Self.render(seed, format: .svg).bytes)
    let nodes = Dictionary(
      Support.groups(document, class: "node").map { (Support.title(of: $0) ?? "", $0) }
    ) { first, _ in first }
    for actor in seed.actors {
      let node = try #require(nodes[actor.id], "no node titled \(actor.id)")
      #expect(Support.texts(in: node) == [actor.name])
      let tooltip = try #require(Support.tooltip(of: node), "no tooltip on \(actor.id)")
      #expect(tooltip.hasPrefix("\(actor.name) (\(actor.kind.rawValue))"))
      for alias in actor.aliases { #expect(tooltip.contains(alias)) }
    }
  }

  /// Every statement drawn has an edge from its source to its target whose tooltip gives the
  /// claim, the date and the evidence (document, sentence, quote).
  @Test func seedSVGEdgeTooltipsCarryClaimDateAndEvidence() throws {
    let seed = try Support.seed()
    let document = try Support.xmlDocument(Self.render(seed, format: .svg).bytes)
    let edges = Support.groups(document, class: "edge").map {
      (title: Support.title(of: $0) ?? "", tooltip: Support.tooltip(of: $0) ?? "")
    }
    var withEvidence = 0
    for statement in seed.statements {
      guard let target = statement.target else { continue }
      let title = seed[statement.source].id + "->" + seed[target].id
      var parts = [seed[statement.source].name, statement.relation.rawValue, seed[target].name]
      if let claim = statement.claim { parts.append(seed[claim].text) }
      if let date = statement.date { parts.append(date.description) }
      if let evidence = statement.evidence {
        parts += [evidence.document, evidence.sentence.map { "s\($0)" }, evidence.quote]
          .compactMap { $0 }
        withEvidence += 1
      }
      #expect(
        edges.contains { $0.title == title && parts.allSatisfy($0.tooltip.contains) },
        "no edge \(title) with a tooltip holding \(parts)")
    }
    #expect(withEvidence > 0)
  }

  /// Every hostile fragment as an id, a name and a claim: the SVG is still well-formed XML,
  /// with one node per actor titled with the id as cgraph stores it.
  @Test(arguments: GraphvizTestSupport.hostileFragments)
  func hostileTextKeepsTheSVGWellFormed(fragment: String) throws {
    let graph = GraphvizTestSupport.hostileGraph(around: fragment)
    let dot = DOTEncoder(options: .init(legend: true, claimLabels: true)).encode(graph)
    let rendering = try GraphvizRenderer.render(dot, engine: .dot, format: .svg)
    let document = try Support.xmlDocument(rendering.bytes)
    let titles = Support.groups(document, class: "node").compactMap(Support.title(of:))
    let ids = Set(
      DOTEncoder.nodeIDs(for: graph).map { Support.svgTitle(forStoredName: Support.storedForm($0)) }
    )
    #expect(titles.filter(ids.contains).sorted() == ids.sorted())
    #expect(titles.count == graph.actorCount)
  }

  /// Graphviz copies a node's name into `<title>` unescaped when it looks like an entity
  /// reference (`R&D;` would refer to an undeclared entity, `&#1;` make the SVG ill-formed), so
  /// ids with `&` get a made-up node id and the SVG stays well-formed.
  @Test(arguments: ["&foo;", "R&D;", "&#1;", "&;"])
  func entityLikeIDsKeepTheSVGWellFormed(id: String) throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: id, name: "A"))
    let b = try graph.add(Actor(id: "b", name: "B"))
    try graph.add(Statement(source: a, relation: .accuses, target: b))
    let rendering = try GraphvizRenderer.render(
      DOTEncoder().encode(graph), engine: .dot, format: .svg)
    let document = try Support.xmlDocument(rendering.bytes)
    let titles = Support.groups(document, class: "node").compactMap(Support.title(of:))
    #expect(titles == DOTEncoder.nodeIDs(for: graph))
    #expect(titles == ["~0", "b"])
  }

  /// Graphviz decodes HTML entities in labels and tooltips (`&amp;` is shown as `&`, `&#1;`
  /// becomes U+0001 and makes the SVG ill-formed), so a name must be shown as written only if
  /// the encoder writes `&` as `&amp;`.
  @Test(arguments: ["&amp;", "&lt;b&gt;", "&#1;", "&#xFFFE;"])
  func entityLikeNamesAreShownAsWritten(name: String) throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a", name: name))
    let b = try graph.add(Actor(id: "b", name: "B"))
    let claim = try graph.add(Claim(id: "c", text: name))
    try graph.add(Statement(source: a, relation: .accuses, target: b, claim: claim))
    let rendering = try GraphvizRenderer.render(
      DOTEncoder().encode(graph), engine: .dot, format: .svg)
    let document = try Support.xmlDocument(rendering.bytes)
    let node = Support.groups(document, class: "node").first { Support.title(of: $0) == "a" }
    #expect(node.map(Support.texts(in:)) == [name])
  }

  /// A backslash is written `\\`, which labels show as one backslash; Graphviz 2.43 still
  /// expands `\N`, `\G`, `\E`, `\T`, `\H` after it in tooltips, so the encoder puts a
  /// zero-width joiner after each backslash of a tooltip.
  @Test func backslashSequencesInTooltipsAreShownAsWritten() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a", name: #"C:\Net"#))
    let b = try graph.add(Actor(id: "b", name: #"x\y"#))
    let claim = try graph.add(Claim(id: "c", text: #"see \G and \E"#))
    try graph.add(Statement(source: a, relation: .accuses, target: b, claim: claim))
    let document = try Support.xmlDocument(
      GraphvizRenderer.render(DOTEncoder().encode(graph), engine: .dot, format: .svg).bytes)
    let nodes = Support.groups(document, class: "node")
    let labels = nodes.flatMap(Support.texts(in:))
    #expect(labels == [#"C:\Net"#, #"x\y"#])
    let tooltips = nodes.compactMap(Support.tooltip(of:)).map {
      $0.replacingOccurrences(of: "\u{200D}", with: "")
    }
    #expect(tooltips.last?.hasPrefix(#"x\y (other)"#) == true, "\(tooltips)")
    let edge = Support.groups(document, class: "edge").first.flatMap(Support.tooltip(of:))?
      .replacingOccurrences(of: "\u{200D}", with: "")
    #expect(tooltips.first?.hasPrefix(#"C:\Net (other)"#) == true, "\(tooltips)")
    #expect(edge?.contains(#"see \G and \E"#) == true, "\(edge ?? "no edge tooltip")")
  }

  // MARK: - Other formats

  @Test func seedPNGStartsWithThePNGSignature() throws {
    let bytes = try Self.render(Support.seed(), format: .png).bytes
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(bytes.count > 1000)
  }

  @Test func seedPDFStartsWithPDFMagic() throws {
    let bytes = try Self.render(Support.seed(), format: .pdf).bytes
    #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
    #expect(String(decoding: bytes.suffix(8), as: UTF8.self).contains("%%EOF"))
  }

  @Test func seedJSONParsesAsJSON() throws {
    let seed = try Support.seed()
    let bytes = try Self.render(seed, format: .json).bytes
    let object = try JSONSerialization.jsonObject(with: Data(bytes))
    let root = try #require(object as? [String: Any])
    #expect(root["name"] as? String == "stancegraph")
    #expect((root["edges"] as? [Any])?.count == Support.expectedEdgeCount(seed, .statements))
  }

  @Test func seedPlainListsEveryNodeAndEdge() throws {
    let seed = try Support.seed()
    let text = String(decoding: try Self.render(seed, format: .plain).bytes, as: UTF8.self)
    #expect(text.hasPrefix("graph "))
    let lines = text.split(separator: "\n")
    #expect(lines.last == "stop")
    #expect(lines.filter { $0.hasPrefix("node ") }.count == seed.actorCount)
    #expect(
      lines.filter { $0.hasPrefix("edge ") }.count == Support.expectedEdgeCount(seed, .statements))
  }

  @Test(arguments: [false, true])
  func laidOutDOTParsesBack(clusters: Bool) throws {
    let seed = try Support.seed()
    let text = String(
      decoding: try Self.render(seed, format: .dot, clusters: clusters).bytes, as: UTF8.self)
    let parsed = try GraphvizRenderer.parse(text)
    #expect(parsed.nodes.count == seed.actorCount)
    #expect(parsed.edgeCount == Support.expectedEdgeCount(seed, .statements))
    #expect(parsed.nodes.map(\.name).sorted() == seed.actors.map(\.id).sorted())
    #expect(text.contains("pos="))
    if clusters { #expect(parsed.subgraphs.contains("cluster_1")) }
  }

  // MARK: - Every engine, every format

  @Test(arguments: LayoutEngine.all, [false, true])
  func everyEngineRendersTheSeedInEveryFormat(engine: LayoutEngine, clusters: Bool) throws {
    let seed = try Support.seed()
    let blocs = clusters ? try Support.seedClusters(seed) : nil
    let dot = DOTEncoder(options: .init(legend: clusters)).encoding(seed, clusters: blocs)
    for format in RenderFormat.all {
      let rendering = try GraphvizRenderer.render(dot, engine: engine, format: format)
      #expect(rendering.bytes.count > 100, "\(engine) \(format)")
      if format == .svg {
        let document = try Support.xmlDocument(rendering.bytes)
        #expect(
          Support.groups(document, class: "node").count
            == seed.actorCount, "\(engine)")
      }
    }
  }
}
