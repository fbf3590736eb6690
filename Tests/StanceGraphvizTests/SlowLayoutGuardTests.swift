import StanceExport
import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceGraphviz

/// `dot` on a large graph takes minutes: the renderer refuses it unless told to insist.
@Suite struct SlowLayoutGuardTests {
  static func bigDOT() -> String {
    var generator = SeededGenerator(seed: 3)
    let graph = PlantedBlocs(actors: 400, statements: 2400, blocs: 4, noise: 0.1)
      .generate(using: &generator)
    return DOTEncoder().encode(graph)
  }

  @Test func dotOnALargeGraphIsRefusedWithAnAlternative() {
    do {
      _ = try GraphvizRenderer.render(Self.bigDOT(), engine: .dot, format: .svg)
      Issue.record("dot on 2,800 nodes and edges must be refused")
    } catch {
      #expect(error.code == .tooLargeForEngine)
      #expect(error.refusal?.engine == .dot)
      #expect(error.refusal?.size == 2800)
      #expect(error.refusal?.alternative == .sfdp)
      #expect(error.message.contains("sfdp"))
      #expect(!error.message.contains("--"), "the library names no CLI option")
    }
  }

  @Test func sfdpTakesTheSameGraph() throws {
    let rendering = try GraphvizRenderer.render(Self.bigDOT(), engine: .sfdp, format: .plain)
    #expect(String(decoding: rendering.bytes.prefix(5), as: UTF8.self) == "graph")
  }

  @Test func autoPicksSfdpBeyondTheLimit() {
    #expect(LayoutEngine.forSize(nodes: 10, edges: 20) == .dot)
    #expect(LayoutEngine.forSize(nodes: 400, edges: 2400) == .sfdp)
    #expect(LayoutEngine.forSize(nodes: 200, edges: 400, hasClusters: true) == .fdp)
    #expect(LayoutEngine.forSize(nodes: 400, edges: 2400, hasClusters: true) == .fdp)
    #expect(LayoutEngine.forSize(nodes: 2000, edges: 6000, hasClusters: true) == .sfdp)
  }
}
