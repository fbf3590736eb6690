import Foundation
import StanceTestSupport
import Testing

/// `stancegraph extract`: plain-text articles to a claims file, end to end.
@Suite struct ExtractCommandTests {
  /// `Examples/korea-armistice/article.txt`: 18 lines, one sentence a line.
  static let article = Fixtures.packageRoot.appendingPathComponent(
    "Examples/korea-armistice/article.txt")

  /// A sandbox holding the seed article as `article.txt`.
  static func sandboxWithArticle() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.write(try Data(contentsOf: article), to: "article.txt")
    return sandbox
  }

  /// The bloc members of `clusters --json` output.
  static func blocs(in output: Data) throws -> [Set<String>] {
    let object = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
    let blocs = try #require(object["blocs"] as? [[String: Any]])
    return try blocs.map { bloc in Set(try #require(bloc["members"] as? [String])) }
  }

  @Test func extractWritesYAMLThatClustersReadsFromStdin() throws {
    let sandbox = try ExtractCommandTests.sandboxWithArticle()
    let extract = try sandbox.run("extract", "article.txt")
    #expect(extract.status == 0, "\(extract)")
    #expect(extract.stdout.hasPrefix("actors:"), "\(extract)")
    #expect(extract.stdout.contains("statements:"), "\(extract)")

    // `clusters -` recognises YAML on stdin by its content (no --format needed).
    let clusters = try StanceGraphTool.run(
      ["clusters", "-", "--json"], in: sandbox.directory, input: extract.standardOutput)
    #expect(clusters.status == 0, "\(clusters)")
    let blocs = try ExtractCommandTests.blocs(in: clusters.standardOutput)
    #expect(blocs.count == 2, "\(blocs)")
    let western = try #require(blocs.first { $0.contains("US") }, "\(blocs)")
    let northern = try #require(blocs.first { $0.contains("KP") }, "\(blocs)")
    #expect(western.isSuperset(of: ["US", "KR", "JP"]), "\(western)")
    #expect(northern.isSuperset(of: ["KP", "RU", "CN"]), "\(northern)")
    #expect(western.isDisjoint(with: northern))
  }

  @Test func theTableOfClustersNamesBothBlocs() throws {
    let sandbox = try ExtractCommandTests.sandboxWithArticle()
    let extract = try sandbox.run("extract", "article.txt")
    #expect(extract.status == 0, "\(extract)")
    let clusters = try StanceGraphTool.run(
      ["clusters", "-"], in: sandbox.directory, input: extract.standardOutput)
    #expect(clusters.status == 0, "\(clusters)")
    #expect(clusters.stdout.hasPrefix("2 blocs of "), "\(clusters)")
    let memberLines = clusters.stdoutLines.filter { $0.hasPrefix("  ") }
    #expect(
      memberLines.contains {
        $0.contains("United States") && $0.contains("South Korea") && $0.contains("Japan")
          && !$0.contains("North Korea")
      }, "\(clusters)")
    #expect(
      memberLines.contains {
        $0.contains("North Korea") && $0.contains("Russia") && $0.contains("China")
          && !$0.contains("United States")
      }, "\(clusters)")
  }

  @Test func explainPrintsEverySentenceWithItsNumber() throws {
    let sandbox = try ExtractCommandTests.sandboxWithArticle()
    let run = try sandbox.run("extract", "article.txt", "--explain")
    #expect(run.status == 0, "\(run)")
    let lineCount = try sandbox.readText("article.txt").split(separator: "\n").count
    let headers = run.stdoutLines.filter { !$0.hasPrefix(" ") }
    #expect(headers.count == lineCount, "\(run)")
    for (offset, header) in headers.enumerated() {
      #expect(header.hasPrefix("article:\(offset + 1)  "), "\(header)")
    }
    // The rest are the notes and statements of each sentence, indented.
    let details = run.stdoutLines.filter { $0.hasPrefix(" ") }
    #expect(details.allSatisfy { $0.hasPrefix("    · ") || $0.hasPrefix("    → ") }, "\(run)")
    #expect(details.contains { $0.hasPrefix("    → ") })
    // The claims are not mixed into the explanation.
    #expect(!run.stdoutLines.contains("actors:"), "\(run)")
  }

  @Test func outputFileIsAValidClaimsFile() throws {
    let sandbox = try ExtractCommandTests.sandboxWithArticle()
    let extract = try sandbox.run("extract", "article.txt", "-o", "out.yaml")
    #expect(extract.status == 0, "\(extract)")
    #expect(extract.stdout.isEmpty, "\(extract)")
    #expect(sandbox.exists("out.yaml"))
    let validate = try sandbox.run("validate", "out.yaml")
    #expect(validate.status == 0, "\(validate)")
    #expect(validate.stdout.hasPrefix("out.yaml: ok, "), "\(validate)")
    #expect(validate.stderr.isEmpty, "\(validate)")
  }

  @Test func aMalformedGoldFileIsReportedWithItsPosition() throws {
    let sandbox = try ExtractCommandTests.sandboxWithArticle()
    try sandbox.write(
      "document,sentence,source,relation,target,note\narticle,6,US,accuses,KP,\narticle,7,RU,acuses,US,\n",
      to: "gold.csv")
    let run = try sandbox.run("extract", "article.txt", "--evaluate", "gold.csv")
    #expect(run.status != 0, "\(run)")
    // "article,7,RU," is 13 characters: the relation starts in column 14.
    #expect(run.stderr.contains("gold.csv:3:14:"), "\(run)")
    #expect(run.stderr.contains("relation"), "\(run)")
    #expect(run.stderr.contains("did you mean"), "\(run)")
  }

  @Test func evaluatePrintsScores() throws {
    let sandbox = try ExtractCommandTests.sandboxWithArticle()
    try sandbox.write(
      try Data(
        contentsOf: Fixtures.packageRoot.appendingPathComponent(
          "Tests/StanceExtractionTests/DevSet/seed/gold.csv")), to: "gold.csv")
    let run = try sandbox.run("extract", "article.txt", "--evaluate", "gold.csv")
    #expect(run.status == 0, "\(run)")
    let header = try #require(run.stdoutLines.first)
    #expect(
      header.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == [
        "relation", "gold", "found", "correct", "precision", "recall", "F1",
      ])
    let all = try #require(run.stdoutLines.first { $0.hasPrefix("all ") }, "\(run)")
    #expect(all.split(separator: " ")[1] == "26", "\(all)")
  }

  @Test func aMissingArticleIsNamed() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run("extract", "no-such-article.txt")
    #expect(run.status != 0, "\(run)")
    #expect(run.stderr.contains("no-such-article.txt"), "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
  }

  @Test func aNonUTF8ArticleIsRefusedWithItsPosition() throws {
    let sandbox = try Sandbox()
    var bytes = Data("Russia denied the report.\nNorth Korea accused Seoul of lying ".utf8)
    bytes.append(0xFF)  // Latin-1 ÿ
    bytes.append(contentsOf: Data(" again.\n".utf8))
    try sandbox.write(bytes, to: "latin1.txt")
    let run = try sandbox.run("extract", "latin1.txt")
    #expect(run.status != 0, "\(run)")
    // Line 2, after 35 characters.
    #expect(run.stderr.contains("latin1.txt:2:36:"), "\(run)")
    #expect(run.stderr.contains("UTF-8"), "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
  }
}
