import Foundation
import Testing

/// Graphviz's libraries write some messages straight to stderr, past its error callback (the
/// cairo plugin, libpathplan, Pango). The CLI captures them: every line it prints comes through
/// its own channel ("graphviz: ...", "note: ..."), never raw.
@Suite struct GraphvizMessagesTests {
  static let twoActors = """
    actors:
      - id: a
      - id: b
    statements:
      - source: a
        relation: accuses
        target: b

    """

  /// Regression: "(null): graph is too large for cairo-renderer bitmaps" reached stderr raw.
  @Test func cairosTooLargeMessageComesThroughTheCapture() throws {
    let sandbox = try Sandbox()
    try sandbox.write(Self.twoActors, to: "two.yaml")
    let run = try StanceGraphTool.run(
      // 60 inches at 600 dpi is wider than cairo's 32,767 pixels; thin, so it renders fast.
      [
        "render", "two.yaml", "-Gdpi=600", "-Nwidth=60", "-Nheight=0.1", "-Grankdir=TB", "-o",
        "huge.png",
      ],
      in: sandbox.directory)
    #expect(run.status == 0, "\(run)")
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("graphviz: graph is too large") }, "\(run.stderr)")
    for line in lines {
      #expect(line.hasPrefix("graphviz: ") || line.hasPrefix("note: "), "raw: \(line)")
      #expect(!line.contains("(null)"), "\(line)")
    }
    let png = try Data(contentsOf: sandbox.directory.appendingPathComponent("huge.png"))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}
