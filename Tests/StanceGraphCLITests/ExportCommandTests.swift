import Foundation
import Testing

/// `stancegraph export`: GraphML and node-link JSON for other tools.
@Suite struct ExportCommandTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  /// The `<node>` element of `id` in GraphML text.
  static func node(_ id: String, in graphml: String) -> String? {
    ToolRun.lines(of: graphml).first { $0.contains("<node id=\"\(id)\">") }
  }

  /// Gephi and yEd show a node's `label`: it is there beside `name`.
  @Test func graphMLNodesHaveALabel() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("export", "claims.yaml", "-o", "-", "--to", "graphml")
    #expect(run.status == 0, "\(run)")
    #expect(
      run.stdout.contains(
        #"<key id="n_label" for="node" attr.name="label" attr.type="string"/>"#), "\(run)")
    let us = try #require(ExportCommandTests.node("US", in: run.stdout), "\(run)")
    #expect(us.contains(#"<data key="n_name">United States</data>"#), "\(us)")
    #expect(us.contains(#"<data key="n_label">United States</data>"#), "\(us)")
  }

  /// Ukraine has no tie: it is in no bloc, so it has no bloc value (not bloc 0).
  @Test func actorsWithoutTiesHaveNoBlocInGraphML() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("export", "claims.yaml", "--clusters", "-o", "k.graphml")
    #expect(run.status == 0, "\(run)")
    let text = try sandbox.readText("k.graphml")
    let ukraine = try #require(ExportCommandTests.node("UA", in: text), "\(text)")
    #expect(!ukraine.contains("n_bloc"), "\(ukraine)")
    let us = try #require(ExportCommandTests.node("US", in: text), "\(text)")
    #expect(us.contains(#"<data key="n_bloc">1</data>"#), "\(us)")
    #expect(!text.contains(#"<data key="n_bloc">0</data>"#))
  }

  @Test func actorsWithoutTiesHaveNoBlocInNodeLink() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("export", "claims.yaml", "--clusters", "-o", "k.json")
    #expect(run.status == 0, "\(run)")
    struct Document: Decodable {
      struct Node: Decodable {
        var id: String
        var bloc: Int?
      }
      var nodes: [Node]
    }
    let document = try JSONDecoder().decode(Document.self, from: try sandbox.read("k.json"))
    let blocs = Dictionary(uniqueKeysWithValues: document.nodes.map { ($0.id, $0.bloc) })
    #expect(blocs["UA"] == .some(nil))
    #expect(blocs["US"] == 1)
    #expect(blocs["KP"] == 2)
  }

  /// Blocs are numbered as `clusters` numbers them.
  @Test func blocNumbersMatchTheClustersTable() throws {
    try sandbox.copySeed()
    let table = try sandbox.run("clusters", "claims.yaml")
    let lines = table.stdoutLines
    let first = try #require(lines.firstIndex { $0.hasPrefix("bloc 1: ") }, "\(table)")
    let usBloc = lines[first + 1].contains("United States") ? "1" : "2"
    let run = try sandbox.run("export", "claims.yaml", "--clusters", "-o", "-", "--to", "graphml")
    let us = try #require(ExportCommandTests.node("US", in: run.stdout), "\(run)")
    #expect(us.contains(#"<data key="n_bloc">\#(usBloc)</data>"#), "\(us)")
  }

  @Test func unknownExtensionIsUsageError() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("export", "claims.yaml", "-o", "k.txt")
    #expect(run.status == CLITests.usageError, "\(run)")
    #expect(run.stderr.contains("--to graphml|node-link"), "\(run)")
  }
}
