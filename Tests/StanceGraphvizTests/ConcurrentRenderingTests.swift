import StanceExport
import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceGraphviz

/// Graphviz is not thread-safe; the renderer serialises every call behind one lock. Many tasks
/// rendering at once, through the synchronous and the asynchronous API, must neither crash nor
/// mix up their graphs.
@Suite struct ConcurrentRenderingTests {
  typealias Support = GraphvizTestSupport

  /// A small graph whose node names say which task and which render made it, so an SVG that
  /// came back to the wrong caller shows.
  static func smallDOT(task: Int, render: Int) throws -> (dot: String, names: [String]) {
    var graph = ClaimGraph()
    let names = (0..<3).map { "t\(task)-r\(render)-\($0)" }
    let ids = try names.map { try graph.add(Actor(id: $0, name: "Actor \($0)")) }
    try graph.add(Statement(source: ids[0], relation: .accuses, target: ids[1]))
    try graph.add(Statement(source: ids[1], relation: .alliesWith, target: ids[2]))
    try graph.add(Statement(source: ids[2], relation: .warns, target: ids[0]))
    return (DOTEncoder().encode(graph), names)
  }

  /// The blocking API: in an async context Swift picks the async overload of `render`.
  static func renderSynchronously(_ dot: String, engine: LayoutEngine) throws -> Rendering {
    try GraphvizRenderer.render(dot, engine: engine, format: .svg)
  }

  @Test func eightTasksOfFiftyRendersAllGiveTheirOwnValidSVG() async throws {
    let seed = try Support.seed()
    let seedDOT = DOTEncoder(options: .init(legend: true)).encode(seed)
    let seedNames = seed.actors.map(\.id)
    let checked = try await withThrowingTaskGroup(of: Int.self) { group in
      for task in 0..<8 {
        group.addTask {
          var checked = 0
          for render in 0..<50 {
            let (dot, names) =
              render % 10 == 0
              ? (seedDOT, seedNames) : try Self.smallDOT(task: task, render: render)
            let engine: LayoutEngine = render % 3 == 0 ? .neato : .dot
            let rendering: Rendering
            if (task + render) % 2 == 0 {
              rendering = try Self.renderSynchronously(dot, engine: engine)
            } else {
              rendering = try await GraphvizRenderer.render(dot, engine: engine, format: .svg)
            }
            let document = try Support.xmlDocument(rendering.bytes)
            let titles = Support.groups(document, class: "node").compactMap(Support.title(of:))
            #expect(
              titles.sorted() == names.sorted(),
              "task \(task), render \(render)")
            if render % 5 == 0 {
              // cgraph's parser has global state too: parse between renders.
              #expect(try GraphvizRenderer.parse(dot).nodes.count == names.count)
            }
            checked += 1
          }
          return checked
        }
      }
      return try await group.reduce(0, +)
    }
    #expect(checked == 400)
  }

  /// Errors under contention stay with their caller and leave the renderer usable.
  @Test func concurrentErrorsAndRendersDoNotInterfere() async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
      for task in 0..<4 {
        group.addTask {
          for render in 0..<10 {
            if (task + render) % 2 == 0 {
              await #expect(throws: GraphvizError.self) {
                _ = try await GraphvizRenderer.render(
                  "digraph { a -> }", engine: .dot, format: .svg)
              }
            } else {
              let (dot, names) = try Self.smallDOT(task: task, render: render)
              let rendering = try await GraphvizRenderer.render(dot, engine: .dot, format: .svg)
              #expect(rendering.warnings.isEmpty)
              let document = try Support.xmlDocument(rendering.bytes)
              #expect(
                Support.groups(document, class: "node").compactMap(Support.title(of:)) == names)
            }
          }
        }
      }
      try await group.waitForAll()
    }
  }
}
