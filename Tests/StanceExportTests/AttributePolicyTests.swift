import StanceGraph
import StanceGraphviz
import StanceTestSupport
import Testing

@testable import StanceExport

/// User-given Graphviz attributes that crash, hang or reach outside the drawing are refused or
/// clamped (the CLI's -G/-N/-E).
@Suite struct AttributePolicyTests {
  @Test(arguments: [
    ("image", "/etc/passwd"), ("shapefile", "x.png"), ("imagepath", "/"),
    ("stylesheet", "http://x/s.css"), ("fontpath", "/tmp"), ("shape", "epsf"), ("shape", "Custom"),
  ])
  func attributesThatReadFilesAreRefused(name: String, value: String) throws {
    let error = try #require(throws: AttributePolicy.Refusal.self) {
      try AttributePolicy().checked(name, value)
    }
    #expect(error.reason == .readsFiles)
    #expect(try AttributePolicy(allowsFiles: true).checked(name, value).value == value)
  }

  @Test(arguments: ["URL", "href", "headURL", "tailhref", "labelURL", "edgehref"])
  func linksAreRefusedUnlessAllowed(name: String) throws {
    let error = try #require(throws: AttributePolicy.Refusal.self) {
      try AttributePolicy().checked(name, "javascript:alert(1)")
    }
    #expect(error.reason == .link)
    #expect(try AttributePolicy(allowsLinks: true).checked(name, "https://x").note == nil)
  }

  @Test(arguments: [
    ("pad", "1e10", "10"), ("dpi", "1e5", "600"), ("peripheries", "1e6", "10"),
    ("size", "1e9,5!", "200,5!"), ("fontsize", "nan", "0"), ("penwidth", "-1e300", "-50"),
    ("maxiter", "1000000000", "10000"),
  ])
  func numbersBeyondTheirBoundAreClampedWithANote(name: String, value: String, expected: String)
    throws
  {
    let (checked, note) = try AttributePolicy().checked(name, value)
    #expect(checked == expected)
    #expect(note?.contains("\(name)=\(value)") == true)
  }

  @Test func ordinaryValuesPassUnchanged() throws {
    for (name, value) in [("rankdir", "TB"), ("dpi", "96"), ("pad", "0.5,0.2"), ("shape", "box")] {
      let (checked, note) = try AttributePolicy().checked(name, value)
      #expect(checked == value)
      #expect(note == nil)
    }
  }

  /// The clamped values the CLI would pass render at once.
  @Test func clampedValuesRender() throws {
    var style = DOTStyle.standard
    for (name, value) in [("pad", "1e10"), ("dpi", "1e5")] {
      style.graph[name] = try AttributePolicy().checked(name, value).value
    }
    style.node["peripheries"] = try AttributePolicy().checked("peripheries", "1e6").value
    let dot = DOTEncoder(style: style).encode(try Fixtures.seed())
    let rendering = try GraphvizRenderer.render(dot, engine: .dot, format: .svg)
    #expect(!rendering.bytes.isEmpty)
  }
}
