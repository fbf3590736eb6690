import Foundation
import Testing

/// Graphviz's libraries write some messages straight to stderr, past its error callback (the
/// cairo plugin, libpathplan, Pango). The CLI captures them: every line it prints comes through
/// its own channel ("graphviz: ...", "note: ..."), never raw.
@Suite struct GraphvizMessagesTests {
  /// A chain of four: with -Nwidth clamped to 100 inches (AttributePolicy), four nodes in a
  /// row still pass cairo's 32,767-pixel limit, as two 600-inch nodes did before the clamp.
  static let fourActors = """
    actors:
      - id: a
      - id: b
      - id: c
      - id: d
    statements:
      - source: a
        relation: accuses
        target: b
      - source: b
        relation: accuses
        target: c
      - source: c
        relation: accuses
        target: d

    """

  /// Regression: "(null): graph is too large for cairo-renderer bitmaps" reached stderr raw.
  @Test func cairosTooLargeMessageComesThroughTheCapture() throws {
    let sandbox = try Sandbox()
    try sandbox.write(Self.fourActors, to: "four.yaml")
    let run = try StanceGraphTool.run(
      ["render", "four.yaml", "-Nwidth=600", "-Nheight=600", "-o", "huge.png"],
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
