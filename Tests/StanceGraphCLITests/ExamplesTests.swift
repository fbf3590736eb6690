import Foundation
import StanceTestSupport
import Testing

/// The example executables in Examples/ build with the package and run as their headers say.
@Suite struct ExamplesTests {
  /// Runs an example built next to `stancegraph`, with `input` on stdin.
  static func run(_ name: String, _ arguments: [String], input: String = "", in directory: URL)
    throws -> ToolRun
  {
    let binary = try StanceGraphTool.executable.get().deletingLastPathComponent()
      .appendingPathComponent(name)
    try #require(
      FileManager.default.isExecutableFile(atPath: binary.path),
      "\(binary.path) is missing: run `swift build` first")
    return try StanceGraphTool.run(
      arguments, in: directory, input: Data(input.utf8), program: binary)
  }

  @Test func buildAndDrawFindsTwoBlocsAndWritesAnSVG() throws {
    let sandbox = try Sandbox()
    let run = try Self.run("build-and-draw", ["blocs.svg"], in: sandbox.directory)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("United States: United States, South Korea, Japan"))
    #expect(run.stdout.contains("North Korea: North Korea, Russia"))
    #expect(run.stdout.contains("proven optimal: true"))
    let svg = try String(contentsOfFile: sandbox.path("blocs.svg"), encoding: .utf8)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("cluster_1"))
  }

  /// The README's quick start: November 2023 of the bundled example, two camps, an SVG.
  @Test func quickStartKeepsNovemberFindsTheCampsAndWritesAnSVG() throws {
    let sandbox = try Sandbox()
    let example = Fixtures.packageRoot.appendingPathComponent(
      "Examples/korea-armistice/claims.yaml"
    ).path
    let run = try Self.run("quick-start", [example], in: sandbox.directory)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains(": United States, South Korea, Japan"), "\(run)")
    #expect(run.stdout.contains(": China, Russia, North Korea"), "\(run)")
    #expect(run.stdout.contains("wrote blocs.svg"))
    let svg = try String(contentsOfFile: sandbox.path("blocs.svg"), encoding: .utf8)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("cluster_1"))
  }

  /// The quick start is the README's and fits its promise: at most 15 lines of code (between
  /// the imports and the end) and at most 5 of the library's types.
  @Test func quickStartStaysSmall() throws {
    let source = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("Examples/quick-start/main.swift"),
      encoding: .utf8)
    let code = source.split(separator: "\n").filter {
      !$0.hasPrefix("//") && !$0.hasPrefix("import ")
        && !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
    #expect(code.count <= 15, "\(code.count) lines")
    let readme = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    for line in code { #expect(readme.contains(String(line)), "README lacks: \(line)") }
  }

  @Test func csvStancesPrintsJSON() throws {
    let sandbox = try Sandbox()
    let csv = "source,relation,target\nUS,accuses,KP\nKP,denies,US\nRU,allies-with,KP\n"
    let run = try Self.run("csv-stances", [], input: csv, in: sandbox.directory)
    #expect(run.status == 0, "\(run)")
    let records = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    #expect(records.count == 3)
    #expect(records.first?["label"] as? String == "adversary")
  }

  @Test func csvStancesReportsBadInput() throws {
    let sandbox = try Sandbox()
    let run = try Self.run(
      "csv-stances", [], input: "source,relation\nUS,x\n", in: sandbox.directory)
    #expect(run.status == 1)
    #expect(run.stderr.contains("<stdin>:1:1: error: target: the header has no \"target\" column"))
  }
}
