import Foundation
import StanceExtraction
import StanceGraph
import Testing

/// The extractor on the development set: overall F1 must not fall below what the rules reached
/// when these floors were set, minus 0.05. Raise the floors as the rules improve. The held-out
/// set is for reporting only: only its line structure is checked here, never its scores.
@Suite struct DevSetTests {
  /// Measured with `stancegraph extract ... --evaluate ...` (issue 18, branch `extract`): dev
  /// F1 0.778, news-dev F1 0.848 (22 articles), seed F1 0.894 (before issue 18: dev 0.714,
  /// news-dev 0.348 on its first 16 articles, seed 0.894).
  static let devF1Floor = 0.728
  static let newsDevF1Floor = 0.798
  static let seedF1Floor = 0.844

  static let devSet = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // StanceExtractionTests
    .appendingPathComponent("DevSet")
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // StanceExtractionTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The articles of a DevSet folder, sorted, as (document name, text).
  static func articles(in folder: String) throws -> [(name: String, text: String)] {
    let directory = devSet.appendingPathComponent(folder)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    return try files.map { file in
      let text = try String(
        contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      return (String(file.dropLast(4)), text)
    }
  }

  static func evaluate(_ documents: [(name: String, text: String)], gold goldFile: URL) throws
    -> ExtractionEvaluation
  {
    let gazetteer = try Gazetteer.builtIn()
    let extraction = StanceExtractor(gazetteer: gazetteer).extract(documents)
    let csv = try String(contentsOf: goldFile, encoding: .utf8)
    let gold = try ExtractionEvaluation.goldTriples(
      csv: csv, file: goldFile.path, gazetteer: gazetteer)
    return ExtractionEvaluation(extraction, gold: gold)
  }

  static func summary(_ evaluation: ExtractionEvaluation) -> String {
    let score = evaluation.overall
    return String(
      format: "P %.3f R %.3f F1 %.3f", score.precision, score.recall, score.f1)
      + "\nmissed: \(evaluation.falseNegatives.map(\.description))"
      + "\nextra: \(evaluation.falsePositives.map(\.description))"
  }

  @Test func theSeedArticleScoresAtLeastItsFloor() throws {
    let article = DevSetTests.packageRoot.appendingPathComponent(
      "Examples/korea-armistice/article.txt")
    let text = try String(contentsOf: article, encoding: .utf8)
    let evaluation = try DevSetTests.evaluate(
      [("article", text)], gold: DevSetTests.devSet.appendingPathComponent("seed/gold.csv"))
    #expect(evaluation.overall.truePositives + evaluation.overall.falseNegatives == 26)
    #expect(
      evaluation.overall.f1 >= DevSetTests.seedF1Floor, "\(DevSetTests.summary(evaluation))")
  }

  @Test func theDevSetScoresAtLeastItsFloor() throws {
    let articles = try DevSetTests.articles(in: "dev")
    #expect(articles.count == 16)
    let evaluation = try DevSetTests.evaluate(
      articles, gold: DevSetTests.devSet.appendingPathComponent("dev/gold.csv"))
    #expect(evaluation.overall.truePositives + evaluation.overall.falseNegatives == 139)
    #expect(
      evaluation.overall.f1 >= DevSetTests.devF1Floor, "\(DevSetTests.summary(evaluation))")
  }

  /// The development half of the real articles (`news-dev`); its held-out half
  /// (`news-heldout`) is never scored here.
  @Test func theNewsDevHalfScoresAtLeastItsFloor() throws {
    let articles = try DevSetTests.articles(in: "news-dev")
    #expect(articles.count == 28)
    let evaluation = try DevSetTests.evaluate(
      articles, gold: DevSetTests.devSet.appendingPathComponent("news-dev/gold.csv"))
    #expect(evaluation.overall.truePositives + evaluation.overall.falseNegatives == 153)
    #expect(
      evaluation.overall.f1 >= DevSetTests.newsDevF1Floor, "\(DevSetTests.summary(evaluation))")
  }

  @Test func everyDevGoldRowNamesAnArticleAndOneOfItsLines() throws {
    for folder in ["dev", "news-dev", "news-heldout", "news-unseen"] {
      let articles = try DevSetTests.articles(in: folder)
      var lineCounts: [String: Int] = [:]
      for article in articles {
        lineCounts[article.name] = DevSetTests.lines(of: article.text).count
      }
      let goldFile = DevSetTests.devSet.appendingPathComponent("\(folder)/gold.csv")
      let gold = try ExtractionEvaluation.goldTriples(
        csv: try String(contentsOf: goldFile, encoding: .utf8), file: goldFile.path,
        gazetteer: try Gazetteer.builtIn())
      for triple in gold {
        let count = try #require(lineCounts[triple.document], "\(folder): \(triple.document)")
        #expect(triple.sentence <= count, "\(folder): \(triple.document):\(triple.sentence)")
      }
    }
  }

  /// The lines of an article, as byte ranges of its UTF-8 text (without the final newline).
  static func lines(of text: String) -> [Range<Int>] {
    let bytes = Array(text.utf8)
    var lines: [Range<Int>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    if start < bytes.count { lines.append(start..<bytes.count) }
    return lines
  }

  @Test(arguments: ["dev", "heldout", "news-dev", "news-heldout", "news-unseen"])
  func theSplitterFindsOneSentencePerLine(folder: String) throws {
    let articles = try DevSetTests.articles(in: folder)
    #expect(!articles.isEmpty)
    // Held-out text stays out of failure messages: only names and numbers are shown.
    let showText = folder == "dev" || folder == "news-dev"
    for article in articles {
      let lines = DevSetTests.lines(of: article.text)
      #expect(lines.allSatisfy { !$0.isEmpty }, "\(folder)/\(article.name): a blank line")
      let sentences = SentenceSplitter.sentences(in: article.text)
      let listing =
        showText ? "\n" + sentences.map { "\($0.number): \($0.text)" }.joined(separator: "\n") : ""
      #expect(
        sentences.count == lines.count,
        "\(folder)/\(article.name): \(sentences.count) sentences in \(lines.count) lines\(listing)")
      for (sentence, line) in zip(sentences, lines) {
        #expect(
          sentence.byteRange.lowerBound >= line.lowerBound
            && sentence.byteRange.upperBound <= line.upperBound,
          "\(folder)/\(article.name): sentence \(sentence.number) is bytes \(sentence.byteRange), line \(sentence.number) is \(line)\(showText ? ": " + sentence.text : "")"
        )
      }
    }
  }
}
