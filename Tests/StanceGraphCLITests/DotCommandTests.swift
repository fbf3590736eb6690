import Foundation
import Testing

/// `stancegraph dot`: DOT text, deterministic, with Graphviz-style attribute options.
@Suite struct DotCommandTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  @Test func writesOneNodePerActorAndIsDeterministic() throws {
    try sandbox.copySeed()
    let first = try sandbox.run("dot", "claims.yaml")
    #expect(first.status == 0, "\(first)")
    #expect(first.stdout.hasPrefix("digraph \"stancegraph\" {"), "\(first)")
    #expect(first.stdoutLines.filter { $0.hasPrefix("  \"") && !$0.contains("->") }.count == 10)
    let second = try sandbox.run("dot", "claims.yaml")
    #expect(first.stdout == second.stdout)
  }

  @Test func joinedGraphvizOptionsSetAttributes() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("dot", "claims.yaml", "-Grankdir=TB", "-Nfontname=Arial")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains(#"rankdir="TB""#), "\(run)")
    #expect(run.stdout.contains(#"fontname="Arial""#), "\(run)")
  }

  /// The clustering options reach `--clusters`.
  @Test func clusteringOptionsApplyToClusters() throws {
    try sandbox.copySeed()
    let run = try sandbox.run(
      "dot", "claims.yaml", "--clusters", "--method", "fast", "--seed", "3", "-o", "k.gv")
    #expect(run.status == 0, "\(run)")
    #expect(try sandbox.readText("k.gv").contains("subgraph \"cluster_"), "\(run)")
  }

  @Test func typedEdgeModeRefusesUnknownValues() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("dot", "claims.yaml", "--edges", "aggregated")
    #expect(run.status == CLITests.usageError, "\(run)")
    #expect(run.stderr.contains("'aggregated' is invalid for '--edges"), "\(run)")
  }
}
