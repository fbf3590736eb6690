import StanceExport
import StanceTestSupport
import Testing

@testable import StanceGraphviz

@Suite struct RendererSmokeTests {
  @Test func aTinyGraphRendersToSVG() throws {
    let rendering = try GraphvizRenderer.render(
      "digraph { a -> b }", engine: .dot, format: .svg)
    let svg = String(decoding: rendering.bytes, as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("<title>a</title>"))
  }

  @Test func aSyntaxErrorCarriesGraphvizsMessage() {
    do {
      _ = try GraphvizRenderer.render("digraph { a -> }", engine: .dot, format: .svg)
      Issue.record("a syntax error must throw")
    } catch {
      #expect(error.code == .syntax)
      #expect(error.message.contains("syntax error"))
    }
  }
}
