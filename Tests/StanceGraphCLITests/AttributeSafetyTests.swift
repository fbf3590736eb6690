import Foundation
import StanceTestSupport
import Testing

/// -G/-N/-E values that crash or hang Graphviz are clamped with a note; attributes that read
/// files or add links are refused unless --allow-files / --allow-links (docs/rendering.md).
@Suite struct AttributeSafetyTests {
  static let example = Fixtures.seedExample.path

  @Test func hangingNumbersAreClampedWithANote() throws {
    let sandbox = try Sandbox()
    let run = try StanceGraphTool.run(
      ["render", Self.example, "-Gpad=1e10", "-Gdpi=1e5", "-Nperipheries=1e6", "-o", "k.svg"],
      in: sandbox.directory)
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("note: pad=1e10 is beyond what a drawing needs; using pad=10"))
    #expect(run.stderr.contains("using dpi=600"))
    #expect(run.stderr.contains("using peripheries=10"))
    #expect(try sandbox.readText("k.svg").contains("<svg"))
  }

  @Test(arguments: [
    ["-Nshape=epsf"], ["-Nimage=/etc/passwd"], ["-Gimagepath=/"], ["-Gstylesheet=x.css"],
    ["-Nshapefile=x.png"],
  ])
  func fileAttributesNeedAllowFiles(arguments: [String]) throws {
    let sandbox = try Sandbox()
    let refused = try StanceGraphTool.run(
      ["dot", Self.example] + arguments, in: sandbox.directory)
    #expect(refused.status == 64, "\(refused)")
    #expect(refused.stderr.contains("add --allow-files to allow it"), "\(refused.stderr)")
    let allowed = try StanceGraphTool.run(
      ["dot", Self.example, "--allow-files"] + arguments, in: sandbox.directory)
    #expect(allowed.status == 0, "\(allowed)")
  }

  @Test(arguments: ["-NURL=javascript:alert(1)", "-Ehref=https://example.org", "-GURL=x"])
  func linkAttributesNeedAllowLinks(argument: String) throws {
    let sandbox = try Sandbox()
    let refused = try StanceGraphTool.run(["dot", Self.example, argument], in: sandbox.directory)
    #expect(refused.status == 64, "\(refused)")
    #expect(refused.stderr.contains("add --allow-links to allow it"))
    let allowed = try StanceGraphTool.run(
      ["dot", Self.example, "--allow-links", argument], in: sandbox.directory)
    #expect(allowed.status == 0, "\(allowed)")
  }
}
