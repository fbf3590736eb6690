import Foundation
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz
import StanceReport
import StanceTestSupport
import Testing

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
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("&lt;hostile&gt;"))
  }
}
