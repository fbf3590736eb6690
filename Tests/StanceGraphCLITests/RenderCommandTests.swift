import Foundation
import Testing

/// `stancegraph render`: in-process Graphviz, format from the extension or `--to`.
@Suite struct RenderCommandTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  @Test func svgFromTheExtension() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("render", "claims.yaml", "--clusters", "--legend", "-o", "k.svg")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
    #expect(try sandbox.readText("k.svg").contains("<svg"))
  }

  @Test func stdoutNeedsTo() throws {
    try sandbox.copySeed()
    let without = try sandbox.run("render", "claims.yaml", "-o", "-")
    #expect(without.status == CLITests.usageError, "\(without)")
    #expect(without.stderr.contains("writing stdout needs --to"), "\(without)")
    let with = try sandbox.run("render", "claims.yaml", "-o", "-", "--to", "plain")
    #expect(with.status == 0, "\(with)")
    #expect(with.stdout.hasPrefix("graph "), "\(with)")
  }

  @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork", "auto"])
  func everyLayoutEngineIsAccepted(engine: String) throws {
    try sandbox.copySeed()
    let run = try sandbox.run(
      "render", "claims.yaml", "--layout", engine, "--force-layout", "-o", "k.svg")
    #expect(run.status == 0, "\(run)")
    #expect(sandbox.exists("k.svg"))
  }

  @Test func outputHelpNamesTo() throws {
    let run = try sandbox.run("render", "--help")
    #expect(run.stdout.contains("The output file ('-' for stdout, with --to)."), "\(run)")
    #expect(!run.stdout.contains("with --format"), "\(run)")
  }
}
