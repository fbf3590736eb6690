import Foundation
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceReport

/// The report's structure, built from results already computed: sections, counts, tables and
/// escaping. The browser test (StanceGraphCLITests/ReportBrowserTests) checks it as a page.
@Suite struct HTMLReportTests {
  /// The seed's report with people rolled up into their states, as `stancegraph report
  /// --roll-up` builds it.
  static func seedReport() throws -> (html: String, clusters: AllianceClusters) {
    let graph = try Fixtures.seed()
    let projection = SignedProjection(graph, rollingUp: true)
    let clusters = try AllianceClusters(of: projection)
    let svg = try GraphvizRenderer.render(
      DOTEncoder(options: .init(legend: true, title: "")).encode(clusters), format: .svg)
    let options = HTMLReport.Options(source: "claims.yaml")
    let report = HTMLReport(
      clusters: clusters, stances: Stances(of: projection),
      positions: Positions(of: graph, rollingUp: true),
      diagram: .init(svg: svg.bytes, engine: svg.engine.rawValue), options: options)
    return (report.html(), clusters)
  }

  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func everyLinkOfTheNavigationHasItsSection() throws {
    let html = try Self.seedReport().html
    for id in ["diagram", "blocs", "stances", "positions", "timeline", "provenance"] {
      #expect(html.contains("<a href=\"#\(id)\">"), "\(id)")
      #expect(Self.count("<section id=\"\(id)\">", in: html) == 1, "\(id)")
    }
    #expect(Self.count("<section", in: html) == Self.count("</section>", in: html))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("</body></html>"))
  }

  @Test func theHeaderGivesRolledUpAndInputCountsBoth() throws {
    let html = try Self.seedReport().html
    #expect(html.contains("8 actors (10 in the input, rolled up)"))
    #expect(html.contains("7 claims"))
  }

  @Test func theBlocsTableHasOneRowPerBloc() throws {
    let (html, clusters) = try Self.seedReport()
    let table = try #require(
      html.range(of: "<table class=\"blocs\">").map { String(html[$0.lowerBound...]) })
    let body = String(table[..<(table.range(of: "</table>")?.lowerBound ?? table.endIndex)])
    let drawn = clusters.blocs.filter { !$0.isIsolated }
    #expect(Self.count("<tr><td>", in: body) == drawn.count)
    for bloc in drawn { #expect(body.contains(bloc.name)) }
  }

  @Test func theDiagramIsInlineSVGWithoutItsProlog() throws {
    let html = try Self.seedReport().html
    #expect(Self.count("<svg", in: html) == 1)
    #expect(!html.contains("<?xml"))
    #expect(!html.contains("<!DOCTYPE svg"))
  }

  /// A triangle of two alliances and one accusation always frustrates one tie.
  @Test func aCutListSaysHowManyWereLeftOut() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a", name: "A"))
    let b = try graph.add(Actor(id: "b", name: "B"))
    let c = try graph.add(Actor(id: "c", name: "C"))
    try graph.add(Statement(source: a, relation: .alliesWith, target: b))
    try graph.add(Statement(source: b, relation: .alliesWith, target: c))
    try graph.add(Statement(source: a, relation: .accuses, target: c))
    let projection = SignedProjection(graph)
    let clusters = try AllianceClusters(of: projection)
    try #require(clusters.frustratedTies.count == 1)
    let svg = try GraphvizRenderer.render(DOTEncoder().encode(clusters), format: .svg)
    var options = HTMLReport.Options(source: "triangle")
    options.frustratedLimit = 0
    let html = HTMLReport(
      clusters: clusters, stances: Stances(of: projection), positions: Positions(of: graph),
      diagram: .init(svg: svg.bytes, engine: svg.engine.rawValue), options: options
    ).html()
    #expect(html.contains("… and 1 more frustrated ties, left out here."))
  }

  @Test func textFromTheDataIsEscaped() throws {
    var graph = ClaimGraph(metadata: ["title": "<script>alert(1)</script>"])
    let a = try graph.add(Actor(id: "a", name: "<img src=x onerror=alert(1)>"))
    let b = try graph.add(Actor(id: "b", name: "\"quoted\" & 'single'"))
    let claim = try graph.add(Claim(id: "c", text: "</td><script>x</script>"))
    try graph.add(Statement(source: a, relation: .accuses, target: b, claim: claim))
    try graph.add(Statement(source: b, relation: .alliesWith, target: a))
    let projection = SignedProjection(graph)
    let clusters = try AllianceClusters(of: projection)
    let svg = try GraphvizRenderer.render(DOTEncoder().encode(clusters), format: .svg)
    let html = HTMLReport(
      clusters: clusters, stances: Stances(of: projection), positions: Positions(of: graph),
      diagram: .init(svg: svg.bytes, engine: svg.engine.rawValue),
      options: .init(source: "<hostile>")
    ).html()
    // One script: the report's own, pinned by its hash; none from the data.
    #expect(html.components(separatedBy: "<script").count == 2)
    #expect(html.contains("<script>" + ReportScript.source + "</script>"))
    #expect(html.contains("script-src " + ReportScript.hashSource))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("&lt;hostile&gt;"))
  }

  /// The heat map's columns come in bloc order with one separator where a bloc starts, and
  /// each column label is whole (vertical, never clipped), its bloc in the tooltip.
  @Test func theHeatMapIsOrderedByBlocWithSeparators() throws {
    let (html, clusters) = try Self.seedReport()
    let graph = clusters.graph
    var blocOf: [String: Int] = [:]
    for (index, bloc) in clusters.blocs.enumerated() {
      for actor in bloc.members { blocOf[graph[actor].name] = index }
    }
    let heads = html.components(separatedBy: "<th class=\"col").dropFirst()
    let columns = heads.compactMap { head -> (name: String, isSeparator: Bool)? in
      guard let start = head.range(of: "<bdi>"), let end = head.range(of: "</bdi>") else {
        return nil
      }
      return (String(head[start.upperBound..<end.lowerBound]), head.hasPrefix(" sep"))
    }
    #expect(columns.count >= 2)
    let blocs = columns.map { blocOf[$0.name] ?? Int.max }
    #expect(blocs == blocs.sorted(), "\(columns)")
    for index in columns.indices {
      #expect(columns[index].isSeparator == (index > 0 && blocs[index] != blocs[index - 1]))
    }
    #expect(html.contains("writing-mode:vertical-rl"))
  }

  /// FIPS 180-4's test vectors, and the script's hash in base64 as CSP takes it.
  @Test func sha256MatchesTheStandardsVectors() {
    func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
    #expect(
      hex(SHA256.digest(Array("abc".utf8)))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      hex(SHA256.digest([UInt8]()))
        == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      hex(SHA256.digest(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    #expect(
      SHA256.base64Digest(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
  }
}
