import Foundation
import Testing

/// `--focus/--depth`, `--top`, `--bloc` and `--summary` on `dot`, `render` and `report`, and
/// the report's own choice of views for a large graph.
@Suite struct ViewOptionsTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  /// Node lines of DOT text.
  static func nodeLines(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { $0.hasPrefix("  \"") && !$0.contains("\" -> \"") }
  }

  @Test func dotDrawsEachView() throws {
    try sandbox.copySeed()
    let focus = try sandbox.run("dot", "claims.yaml", "--focus", "North Korea", "--depth", "0")
    #expect(focus.status == 0, "\(focus)")
    #expect(Self.nodeLines(focus.stdout).count == 1, "\(focus.stdout)")
    let top = try sandbox.run("dot", "claims.yaml", "--top", "3")
    #expect(Self.nodeLines(top.stdout).count == 3, "\(top)")
    let summary = try sandbox.run("dot", "claims.yaml", "--summary")
    #expect(summary.status == 0, "\(summary)")
    #expect(
      Self.nodeLines(summary.stdout).map { $0.prefix(12) } == [
        "  \"bloc1\" [f", "  \"bloc2\" [f", "  \"unaligned",
      ])
    let bloc = try sandbox.run("dot", "claims.yaml", "--bloc", "2")
    #expect(bloc.status == 0, "\(bloc)")
    #expect(bloc.stdout.contains("subgraph \"cluster_2\""))
    #expect(!bloc.stdout.contains("subgraph \"cluster_1\""))
  }

  @Test func renderDrawsTheSummaryAsSVG() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("render", "claims.yaml", "--summary", "--legend", "-o", "s.svg")
    #expect(run.status == 0, "\(run)")
    let svg = try sandbox.readText("s.svg")
    #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 3)
    #expect(svg.contains("fill=\"#8dd3c7\""))
  }

  @Test func wrongViewsAreRefusedWithAHint() throws {
    try sandbox.copySeed()
    let two = try sandbox.run("render", "claims.yaml", "--summary", "--top", "3", "-o", "x.svg")
    #expect(two.status == CLITests.usageError, "\(two)")
    #expect(two.stderr.contains("give one"), "\(two)")
    let depth = try sandbox.run("dot", "claims.yaml", "--depth", "2")
    #expect(depth.status == CLITests.usageError, "\(depth)")
    let unknown = try sandbox.run("dot", "claims.yaml", "--focus", "Rusia")
    #expect(unknown.status == 1, "\(unknown)")
    #expect(unknown.stderr.contains("did you mean \"Russia\""), "\(unknown)")
    let bloc = try sandbox.run("report", "claims.yaml", "--bloc", "7", "-o", "r.html")
    #expect(bloc.status == 1, "\(bloc)")
    #expect(bloc.stderr.contains("numbered 1 to 2"), "\(bloc)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("r.html")))
  }

  /// Above the threshold the report draws the summary and the large blocs; --full-drawing
  /// draws every actor.
  @Test func aLargeReportDrawsTheSummaryAndTheLargeBlocs() throws {
    let generated = try sandbox.run(
      "generate", "--actors", "400", "--statements", "1600", "--blocs", "3", "--seed", "7", "-o",
      "planted.csv")
    #expect(generated.status == 0, "\(generated)")
    let report = try sandbox.run("report", "planted.csv", "-o", "r.html")
    #expect(report.status == 0, "\(report)")
    let html = try sandbox.readText("r.html")
    #expect(html.contains("<h3>Summary of 400 actors: one node per bloc"))
    // The summary, then one drawing per large bloc (at most four): as many as the blocs found.
    let figures = html.components(separatedBy: "<figure class=\"zoomable\"").count - 1
    let blocDrawings = html.components(separatedBy: "<h3>Bloc ").count - 1
    #expect(figures == 1 + blocDrawings)
    #expect((1...4).contains(blocDrawings), "\(blocDrawings) bloc drawings")
    #expect(html.contains("<h3>Bloc 1: "))
    let full = try sandbox.run("report", "planted.csv", "--full-drawing", "-o", "f.html")
    #expect(full.status == 0, "\(full)")
    let fullHTML = try sandbox.readText("f.html")
    #expect(fullHTML.components(separatedBy: "<figure class=\"zoomable\"").count - 1 == 1)
    #expect(fullHTML.components(separatedBy: "class=\"node\"").count - 1 == 400)
  }

  /// Names that pass for another are shown visibly and isolated in the report and the
  /// terminal tables.
  @Test func spoofingNamesAreShownVisibly() throws {
    let csv =
      "source,relation,target\nRussia,accuses,\u{202E}aissuR\nRus\u{200B}sia,accuses,Russia\n"
    try sandbox.write(csv, to: "spoof.csv")
    let report = try sandbox.run("report", "spoof.csv", "-o", "r.html")
    #expect(report.status == 0, "\(report)")
    let html = try sandbox.readText("r.html")
    #expect(html.contains("<bdi>⟨U+202E⟩aissuR</bdi>"))
    #expect(html.contains("<bdi>Rus⟨U+200B⟩sia</bdi>"))
    #expect(!html.contains("\u{202E}") && !html.contains("\u{200B}"))
    for command in ["clusters", "balance", "positions"] {
      let lines = try sandbox.run(command, "spoof.csv")
      #expect(lines.status == 0, "\(lines)")
      #expect(!lines.stdout.contains("\u{202E}") && !lines.stdout.contains("\u{200B}"), "\(lines)")
    }
    let actors = try sandbox.run("stances", "spoof.csv")
    #expect(!actors.stdout.contains("\u{1B}"), "\(actors)")
    #expect(!actors.stdout.contains("\u{202E}"), "\(actors)")
    // A terminal escape in a name never reaches a terminal: control characters are refused
    // when the file is read, with the line and column.
    try sandbox.write("source,relation,target\n\u{1B}[31mred,warns,Russia\n", to: "escape.csv")
    let refused = try sandbox.run("stances", "escape.csv")
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.stderr.contains("escape.csv:2:"), "\(refused)")
    #expect(!refused.stderr.contains("\u{1B}"), "\(refused)")
  }
}

/// Diagnostics never carry an escape sequence from the data to the terminal.
@Suite struct TerminalEscapeTests {
  @Test func anEscapeInAFocusNameIsShownNotSent() throws {
    let sandbox = try Sandbox()
    try sandbox.copySeed()
    let run = try sandbox.run("dot", "claims.yaml", "--focus", "\u{1B}]0;pwned\u{7}x")
    #expect(run.status == 1, "\(run)")
    #expect(!run.stderr.contains("\u{1B}"), "\(run.stderr)")
    #expect(run.stderr.contains("⟨U+001B⟩]0;pwned⟨U+0007⟩x"), "\(run.stderr)")
  }
}
