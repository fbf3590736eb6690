import Foundation
import Testing

/// `stancegraph report`: one self-contained HTML page (the browser checks are in
/// ReportBrowserTests).
@Suite struct ReportCommandTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  @Test func writesThePageAndSaysWhere() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("report", "claims.yaml", "--roll-up", "-o", "k.html")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
    #expect(run.stderr == "wrote k.html\n", "\(run)")
    let html = try sandbox.readText("k.html")
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
  }

  @Test func stdoutTakesThePageAndNothingElse() throws {
    try sandbox.copySeed()
    let run = try sandbox.run(
      "report", "claims.yaml", "-o", "-", "--layout", "neato", "--method", "exact")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("<!DOCTYPE html>"), "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
  }

  @Test func forceLayoutIsAccepted() throws {
    try sandbox.copySeed()
    let run = try sandbox.run(
      "report", "claims.yaml", "--layout", "dot", "--force-layout", "-o", "k.html")
    #expect(run.status == 0, "\(run)")
  }
}
