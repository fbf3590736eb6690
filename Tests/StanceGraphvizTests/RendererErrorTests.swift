import Foundation
import StanceExport
import StanceGraph
import StanceTestSupport
import Testing

@testable import StanceGraphviz

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Graphviz failures become ``GraphvizError`` values with Graphviz's own message, and leave
/// nothing behind for the next call (STYLE.md section 6).
@Suite struct RendererErrorTests {
  typealias Support = GraphvizTestSupport

  static let validDOT = "digraph { x -> y }"

  /// Renders `validDOT` and checks the SVG: the renderer works after whatever came before.
  static func expectAValidRender(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let rendering = try GraphvizRenderer.render(validDOT, engine: .dot, format: .svg)
    let document = try Support.xmlDocument(rendering.bytes)
    #expect(
      Support.groups(document, class: "node").compactMap(Support.title(of:)) == ["x", "y"],
      sourceLocation: sourceLocation)
    #expect(rendering.warnings.isEmpty, sourceLocation: sourceLocation)
  }

  // MARK: - Syntax

  @Test func aParseErrorThrowsSyntaxWithGraphvizsMessageAndTheNextRenderWorks() throws {
    let error = #expect(throws: GraphvizError.self) {
      _ = try GraphvizRenderer.parse("digraph { a -> }")
    }
    #expect(error?.code == .syntax)
    #expect(
      error?.message.contains("syntax error in line 1") == true, "\(String(describing: error))")
    #expect(error?.message.contains("'}'") == true)
    try Self.expectAValidRender()
  }

  @Test func aRenderOfBadDOTThrowsSyntaxAndTheNextRenderWorks() throws {
    for format in [RenderFormat.svg, .png] {
      let error = #expect(throws: GraphvizError.self) {
        _ = try GraphvizRenderer.render("digraph { a -> }", engine: .dot, format: format)
      }
      #expect(error?.code == .syntax)
      #expect(error?.message.contains("syntax error") == true)
      try Self.expectAValidRender()
    }
  }

  @Test func theAsynchronousAPIThrowsTheSameError() async throws {
    do {
      _ = try await GraphvizRenderer.render("digraph { a -> }", engine: .dot, format: .svg)
      Issue.record("a syntax error must throw")
    } catch {
      #expect(error.code == .syntax)
      #expect(error.message.contains("syntax error"))
    }
    let rendering = try await GraphvizRenderer.render(Self.validDOT, engine: .dot, format: .svg)
    #expect(Support.wellFormednessError(rendering.bytes) == nil)
  }

  /// A syntax error in the first of two graphs must not leave the second for the next parse.
  @Test func aParseErrorLeavesNoInputForTheNextParse() throws {
    #expect(throws: GraphvizError.self) {
      _ = try GraphvizRenderer.parse("digraph { a -> } digraph b { leftover }")
    }
    let parsed = try GraphvizRenderer.parse("digraph c { z }")
    #expect(parsed.nodes.map(\.name) == ["z"])
  }

  @Test(arguments: ["", "   \n\t", "/* only a comment */", "// a line comment\n"])
  func inputWithoutAGraphThrowsNoGraphInInput(input: String) throws {
    let error = #expect(throws: GraphvizError.self) { _ = try GraphvizRenderer.parse(input) }
    #expect(error?.code == .syntax)
    #expect(error?.message == "no graph in input")
    let renderError = #expect(throws: GraphvizError.self) {
      _ = try GraphvizRenderer.render(input, engine: .dot, format: .svg)
    }
    #expect(renderError?.message == "no graph in input")
    try Self.expectAValidRender()
  }

  // MARK: - Names Graphviz does not know

  @Test func anUnknownEngineThrowsWithGraphvizsMessage() throws {
    let error = #expect(throws: GraphvizError.self) {
      _ = try GraphvizRenderer.render(
        Self.validDOT, engine: LayoutEngine(rawValue: "nosuch"), format: .svg)
    }
    #expect(error?.message.isEmpty == false)
    #expect(error?.message.contains("nosuch") == true, "\(String(describing: error))")
    // Graphviz lists the engines it has.
    #expect(error?.message.contains("dot") == true)
    #expect(error?.code == .unknownEngine)
    try Self.expectAValidRender()
  }

  @Test func anUnknownFormatThrowsWithGraphvizsMessage() throws {
    let error = #expect(throws: GraphvizError.self) {
      _ = try GraphvizRenderer.render(
        Self.validDOT, engine: .dot, format: RenderFormat(rawValue: "nosuch"))
    }
    #expect(error?.message.isEmpty == false)
    #expect(error?.message.contains("nosuch") == true, "\(String(describing: error))")
    #expect(error?.code == .unknownFormat)
    try Self.expectAValidRender()
  }

  /// Each error reads as one line a user can act on.
  @Test func errorDescriptionsAreOneLine() throws {
    let inputs: [(String, LayoutEngine, RenderFormat)] = [
      ("digraph { a -> }", .dot, .svg), ("", .dot, .svg),
      (Self.validDOT, LayoutEngine(rawValue: "nosuch"), .svg),
      (Self.validDOT, .dot, RenderFormat(rawValue: "nosuch")),
    ]
    for (dot, engine, format) in inputs {
      let error = #expect(throws: GraphvizError.self) {
        _ = try GraphvizRenderer.render(dot, engine: engine, format: format)
      }
      let description = error.map(String.init(describing:)) ?? ""
      #expect(description.hasPrefix("error: "))
      #expect(!description.contains("\n"), "\(description)")
    }
  }

  // MARK: - Several graphs in one input

  @Test func twoGraphsInOneInputParseAsTheFirstOnly() throws {
    let parsed = try GraphvizRenderer.parse("digraph a {x} digraph b {y}")
    #expect(parsed.nodes.map(\.name) == ["x"])
    let next = try GraphvizRenderer.parse("digraph c {z}")
    #expect(next.nodes.map(\.name) == ["z"], "the leftover second graph came back")
    let rendering = try GraphvizRenderer.render(
      "digraph a {x} digraph b {y}", engine: .dot, format: .svg)
    let document = try Support.xmlDocument(rendering.bytes)
    #expect(Support.groups(document, class: "node").compactMap(Support.title(of:)) == ["x"])
    try Self.expectAValidRender()
  }

  // MARK: - Messages never reach stderr

  /// Graphviz warns of an unknown shape only the first time the process meets its name, so
  /// each test names a shape of its own.
  @Test func warningsComeBackInTheRendering() throws {
    let shape = "nosuch_" + UUID().uuidString.prefix(8)
    let rendering = try GraphvizRenderer.render(
      "digraph { a [shape=\(shape)] }", engine: .dot, format: .svg)
    #expect(rendering.warnings.contains { $0.contains("unknown shape \(shape)") })
    try Self.expectAValidRender()
  }

  /// Errors, warnings and every format of hostile names: Graphviz's messages come back as
  /// values, none is printed on the process's standard error.
  @Test func graphvizWritesNothingToStandardError() throws {
    let seed = try Support.seed()
    let hostile = GraphvizTestSupport.hostileGraph(around: "\"]; x -> y [\\\u{1}\u{202E}\u{1F600}&")
    let captured = try Self.capturingStandardError {
      _ = try? GraphvizRenderer.parse("digraph { a -> }")
      _ = try? GraphvizRenderer.parse("")
      _ = try? GraphvizRenderer.render(
        Self.validDOT, engine: LayoutEngine(rawValue: "nosuch"), format: .svg)
      _ = try? GraphvizRenderer.render(
        Self.validDOT, engine: .dot, format: RenderFormat(rawValue: "nosuch"))
      _ = try GraphvizRenderer.render(
        "digraph { a [shape=nosuch_\(UUID().uuidString.prefix(8))] }", engine: .dot, format: .svg)
      for graph in [seed, hostile] {
        let dot = DOTEncoder(options: .init(legend: true, claimLabels: true)).encode(graph)
        for format in RenderFormat.all {
          _ = try GraphvizRenderer.render(dot, engine: .dot, format: format)
        }
        _ = try GraphvizRenderer.render(dot, engine: .neato, format: .png)
      }
    }
    // Other tests run meanwhile, and Swift Testing reports them on the same descriptor (their
    // messages may quote Graphviz's): only lines that begin as Graphviz, cairo, Pango or
    // Fontconfig begin theirs count.
    let prefixes = ["Error", "Warning", "Pango", "(process:", "cairo", "Fontconfig"]
    let leaked = captured.split(separator: "\n").filter { line in
      prefixes.contains { line.drop { $0 == " " }.hasPrefix($0) }
    }
    #expect(leaked.isEmpty, "Graphviz wrote to stderr: \(leaked)")
  }

  /// The capture above is no check unless it sees what is written to descriptor 2.
  @Test func theStandardErrorCaptureSeesWhatIsWritten() throws {
    let captured = try Self.capturingStandardError {
      FileHandle.standardError.write(Data("stancegraph: stderr capture self-check\n".utf8))
    }
    #expect(captured.contains("stderr capture self-check"))
  }

  /// Runs `body` with file descriptor 2 sent to a temporary file, then writes what was captured
  /// back to the real stderr (so no other test's output is lost) and returns it.
  static func capturingStandardError(_ body: () throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stancegraph-stderr-\(getpid())-\(UUID().uuidString).txt"
    ).path
    fflush(nil)
    let saved = dup(2)
    let file = open(path, O_CREAT | O_TRUNC | O_WRONLY, 0o600)
    try #require(saved >= 0 && file >= 0, "cannot redirect stderr")
    dup2(file, 2)
    close(file)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var failure: (any Error)?
    do { try body() } catch { failure = error }
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    let captured = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    FileHandle.standardError.write(Data(captured.utf8))
    if let failure { throw failure }
    return captured
  }
}
