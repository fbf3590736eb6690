import Foundation
import StanceTestSupport
import Testing

/// `stancegraph import`: event files to claims files, end to end.
@Suite struct ImportCommandTests {
  static let fixtures = Fixtures.packageRoot.appendingPathComponent(
    "Tests/StanceEventsTests/Fixtures")

  static func sandbox(with files: [String]) throws -> Sandbox {
    let sandbox = try Sandbox()
    for file in files {
      try sandbox.write(try Data(contentsOf: fixtures.appendingPathComponent(file)), to: file)
    }
    return sandbox
  }

  @Test func icewsToTSVOnStdoutWithTheSummaryOnStderr() throws {
    let sandbox = try ImportCommandTests.sandbox(with: ["icews-real.tsv"])
    let run = try sandbox.run("import", "icews", "icews-real.tsv", "--to", "tsv")
    #expect(run.status == 0, "\(run)")
    #expect(
      run.stdoutLines.first
        == "source\trelation\ttarget\tdate\tweight\tdocument\tsentence\tcameo\tevent")
    #expect(run.stdoutLines.count == 8, "\(run)")
    #expect(run.stdout.contains("United States\twarns\tCanada\t2018-06-01\t7\t47400390\t2\t139"))
    #expect(run.stderrLines.first == "icews-real.tsv: layout icews-20", "\(run)")
    #expect(
      run.stderr.contains("13 rows: 7 events kept (accuses 1, denies 0, allies-with 5, warns 1)"))
    #expect(
      run.stderr.contains("dropped 6: malformed 0, unmapped 5, missing-actor 0, self-event 1"))
  }

  @Test func aggregatedZipInputWritesYAMLThatStatsReads() throws {
    let sandbox = try ImportCommandTests.sandbox(with: ["gdelt2-real.zip"])
    let run = try sandbox.run(
      "import", "gdelt2", "gdelt2-real.zip", "--actors", "code", "--aggregate", "year",
      "-o", "year.yaml")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("gdelt2-real.zip: layout gdelt2-61 (zip)"), "\(run)")
    let stats = try sandbox.run("stats", "year.yaml")
    #expect(stats.status == 0, "\(stats)")
    #expect(stats.stdout.contains("3"), "\(stats)")
  }

  @Test func malformedRowsAreListedWithPositionsAndStrictFails() throws {
    let sandbox = try ImportCommandTests.sandbox(with: ["gdelt2-real.tsv"])
    var text = try sandbox.readText("gdelt2-real.tsv")
    text +=
      "1\t2\t3\n"
      + text.split(separator: "\n")[5].replacingOccurrences(
        of: "20170624", with: "2017-06-24") + "\n"
    try sandbox.write(text, to: "bad.tsv")
    let run = try sandbox.run("import", "gdelt2", "bad.tsv", "--actors", "code", "-o", "out.csv")
    #expect(run.status == 0, "\(run)")
    #expect(
      run.stderrLines.contains(
        "bad.tsv:9:6: error: row has 3 columns; expected 61 (layout gdelt2-61)"),
      "\(run)")
    #expect(run.stderrLines.contains { $0.hasPrefix("bad.tsv:10:11: error: Day: not a date") })
    #expect(run.stderr.contains("malformed 2"))
    let capped = try sandbox.run(
      "import", "gdelt2", "bad.tsv", "--actors", "code", "--max-errors", "1", "-o", "out.csv")
    #expect(capped.stderr.contains("note: 1 more malformed rows not listed"), "\(capped)")
    let strict = try sandbox.run("import", "gdelt2", "bad.tsv", "--strict", "-o", "out.csv")
    #expect(strict.status == 1, "\(strict)")
    #expect(
      strict.stderrLines == [
        "bad.tsv:9:6: error: row has 3 columns; expected 61 (layout gdelt2-61)"
      ])
  }

  @Test func stdinGzipIsRecognisedByContent() throws {
    let sandbox = try Sandbox()
    let bytes = try Data(
      contentsOf: ImportCommandTests.fixtures.appendingPathComponent("gdelt2-real.tsv.gz"))
    let run = try sandbox.run(
      ["import", "gdelt2", "-", "--actors", "code", "--to", "csv"], input: bytes)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.count == 4, "\(run)")
    #expect(run.stderr.contains("<stdin>: layout gdelt2-61 (gzip)"), "\(run)")
  }

  @Test func partFilesReadBackAsOneInput() throws {
    let sandbox = try Sandbox()
    let header = "source\trelation\ttarget\tdate\tweight\tdocument\tcount\tfirst\tlast\n"
    try sandbox.write(
      header + "USA\taccuses\tPRK\t2013-04\t4.0\thttp://a\t2\t2013-04-02\t2013-04-15\n",
      to: "out/part-00000.csv")
    try sandbox.write(
      header + "RUS\twarns\tUKR\t2013-04\t7.0\t\t1\t2013-04-09\t2013-04-09\n",
      to: "out/part-00001.csv")
    try sandbox.write("", to: "out/_SUCCESS")
    let run = try sandbox.run("import", "parts", "out", "-o", "month.yaml")
    #expect(run.status == 0, "\(run)")
    let stats = try sandbox.run("stats", "month.yaml", "--json")
    #expect(stats.status == 0, "\(stats)")
    #expect(stats.stdout.contains("\"statementCount\" : 2"), "\(stats)")
  }

  @Test func theWrongFormatIsSaidOnTheFirstLine() throws {
    let sandbox = try ImportCommandTests.sandbox(with: ["icews-real.tsv"])
    let run = try sandbox.run("import", "gdelt1", "icews-real.tsv")
    #expect(run.status == 1, "\(run)")
    #expect(
      run.stderrLines == [
        "icews-real.tsv:1: error: the first row has 20 columns; gdelt1 files have 57 (gdelt1-57) or 58 (gdelt1-58); is this the right format?"
      ], "\(run)")
  }

  /// The example in docs/cli.md, output as shown there.
  @Test func theCLIDocsExample() throws {
    let sandbox = try ImportCommandTests.sandbox(with: ["icews-real.tsv"])
    let run = try sandbox.run(
      "import", "icews", "icews-real.tsv", "--aggregate", "month", "--to", "tsv")
    #expect(run.status == 0, "\(run)")
    #expect(
      Array(run.stdoutLines.prefix(2)) == [
        "source\trelation\ttarget\tdate\tweight\tdocument\tcount\tfirst\tlast",
        "Australia\tallies-with\tChina\t2018-06\t3.5\t47400385\t1\t2018-06-01\t2018-06-01",
      ], "\(run)")
    #expect(
      run.stderrLines == [
        "icews-real.tsv: layout icews-20",
        "13 rows: 7 events kept (accuses 1, denies 0, allies-with 5, warns 1), 7 statements",
        "dropped 6: malformed 0, unmapped 5, missing-actor 0, self-event 1",
      ], "\(run)")
  }
}
