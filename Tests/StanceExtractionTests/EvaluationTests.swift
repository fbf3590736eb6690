import Foundation
import StanceGraph
import Testing

@testable import StanceExtraction

@Suite struct EvaluationTests {
  static let header = "document,sentence,source,relation,target,note\n"

  /// Gold for a made-up document "memo": names, codes and either order of an alliance.
  static let gold =
    header + """
      memo,1,US,accuses,KP,
      memo,2,North Korea,denies,United States,names resolve to ids
      memo,3,KR,allies-with,US,written in the other order below
      memo,4,RU,warns,UA,

      """

  static func statement(
    _ document: String, _ sentence: Int, _ source: String, _ relation: Relation,
    _ target: String?
  ) -> ExtractedStatement {
    ExtractedStatement(
      document: document, sentence: sentence, source: source, relation: relation, target: target,
      claim: nil, answers: nil, trigger: relation.rawValue, span: 0..<1, quote: "x",
      confidence: 0.5)
  }

  /// An extraction made by hand, without the extractor: three statements right (one by a
  /// person who speaks for South Korea, in the other order), two wrong, one in a document the
  /// gold file does not cover.
  static let extraction = Extraction(
    actors: [
      Gazetteer.Entry(id: "US", name: "United States", kind: .state),
      Gazetteer.Entry(id: "KP", name: "North Korea", kind: .state),
      Gazetteer.Entry(id: "KR", name: "South Korea", kind: .state),
      Gazetteer.Entry(
        id: "shin-won-sik", name: "Shin Won-sik", kind: .person, represents: "KR",
        role: "Defense Minister"),
      Gazetteer.Entry(id: "RU", name: "Russia", kind: .state),
      Gazetteer.Entry(id: "PL", name: "Poland", kind: .state),
      Gazetteer.Entry(id: "CN", name: "China", kind: .state),
      Gazetteer.Entry(id: "JP", name: "Japan", kind: .state),
    ],
    statements: [
      statement("memo", 1, "US", .accuses, "KP"),
      statement("memo", 2, "KP", .denies, "US"),
      statement("memo", 3, "US", .alliesWith, "shin-won-sik"),
      statement("memo", 4, "RU", .warns, "PL"),
      statement("memo", 5, "CN", .accuses, "JP"),
      statement("other", 1, "US", .accuses, "KP"),
    ],
    sentences: [])

  static func goldTriples(_ csv: String, file: String = "gold.csv") throws
    -> [ExtractionEvaluation.Triple]
  {
    try ExtractionEvaluation.goldTriples(csv: csv, file: file, gazetteer: try Gazetteer.builtIn())
  }

  @Test func goldNamesResolveToIds() throws {
    let gold = try EvaluationTests.goldTriples(EvaluationTests.gold)
    #expect(
      gold.map(\.description) == [
        "memo:1 US accuses KP", "memo:2 KP denies US", "memo:3 KR allies-with US",
        "memo:4 RU warns UA",
      ])
  }

  @Test func precisionRecallAndF1CountTriples() throws {
    let evaluation = ExtractionEvaluation(
      EvaluationTests.extraction, gold: try EvaluationTests.goldTriples(EvaluationTests.gold))
    // 3 right, 2 wrong (the statement in "other" does not count), 1 missed.
    #expect(evaluation.overall.truePositives == 3)
    #expect(evaluation.overall.falsePositives == 2)
    #expect(evaluation.overall.falseNegatives == 1)
    #expect(abs(evaluation.overall.precision - 3.0 / 5) < 1e-12)
    #expect(abs(evaluation.overall.recall - 3.0 / 4) < 1e-12)
    #expect(abs(evaluation.overall.f1 - 2.0 / 3) < 1e-12)

    let warns = try #require(evaluation.byRelation[.warns])
    #expect(warns.truePositives == 0 && warns.falsePositives == 1 && warns.falseNegatives == 1)
    #expect(warns.precision == 0 && warns.recall == 0 && warns.f1 == 0)
    let accuses = try #require(evaluation.byRelation[.accuses])
    #expect(accuses.truePositives == 1 && accuses.falsePositives == 1)
    #expect(accuses.precision == 0.5 && accuses.recall == 1)
    #expect(evaluation.byRelation[.denies]?.f1 == 1)
    #expect(evaluation.byRelation[.alliesWith]?.f1 == 1)

    #expect(
      evaluation.falsePositives.map(\.description) == [
        "memo:4 RU warns PL", "memo:5 CN accuses JP",
      ])
    #expect(evaluation.falseNegatives.map(\.description) == ["memo:4 RU warns UA"])
  }

  @Test func anEmptyScoreIsPerfectAndANoHitScoreIsZero() {
    let empty = ExtractionEvaluation.Score()
    #expect(empty.precision == 1 && empty.recall == 1 && empty.f1 == 1)
    var miss = ExtractionEvaluation.Score()
    miss.falsePositives = 2
    miss.falseNegatives = 3
    #expect(miss.precision == 0 && miss.recall == 0 && miss.f1 == 0)
    var some = ExtractionEvaluation.Score()
    some.truePositives = 1
    some.falsePositives = 1
    some.falseNegatives = 3
    #expect(some.precision == 0.5 && some.recall == 0.25)
    #expect(abs(some.f1 - 1.0 / 3) < 1e-12)
  }

  @Test func alliancesCountWhicheverWayTheyAreWritten() throws {
    let triples = ExtractionEvaluation.triples(of: EvaluationTests.extraction)
    // US allies-with Shin Won-sik: rolled up to South Korea and put in order.
    #expect(triples.map(\.description).contains("memo:3 KR allies-with US"))
    for order in ["KR,allies-with,US", "US,allies-with,KR", "South Korea,allies-with,U.S."] {
      let gold = try EvaluationTests.goldTriples(EvaluationTests.header + "memo,3,\(order),\n")
      let evaluation = ExtractionEvaluation(EvaluationTests.extraction, gold: gold)
      #expect(evaluation.byRelation[.alliesWith]?.truePositives == 1, "\(order)")
      #expect(evaluation.byRelation[.alliesWith]?.falseNegatives == 0, "\(order)")
    }
    // Other relations keep their direction.
    let reversed = try EvaluationTests.goldTriples(
      EvaluationTests.header + "memo,1,KP,accuses,US,\n")
    let evaluation = ExtractionEvaluation(EvaluationTests.extraction, gold: reversed)
    #expect(evaluation.byRelation[.accuses]?.truePositives == 0)
  }

  @Test func anExtractionOfAShortTextIsScoredAgainstItsGold() throws {
    let text = """
      Japan accused North Korea of firing a missile over Hokkaido.
      Pyongyang denied the accusation.
      South Korea and Japan pledged closer ties.
      """
    let extraction = StanceExtractor(gazetteer: try Gazetteer.builtIn())
      .extract(text: text, document: "launch")
    let gold = try EvaluationTests.goldTriples(
      EvaluationTests.header + """
        launch,1,JP,accuses,KP,
        launch,2,KP,denies,JP,answers sentence 1
        launch,3,JP,allies-with,KR,

        """)
    let evaluation = ExtractionEvaluation(extraction, gold: gold)
    // The counts are those of comparing the two sets, whatever the rules find.
    let predicted = Set(ExtractionEvaluation.triples(of: extraction))
    let expected = Set(gold.map(\.description))
    let found = Set(predicted.map(\.description))
    #expect(evaluation.overall.truePositives == found.intersection(expected).count)
    #expect(evaluation.overall.falsePositives == found.subtracting(expected).count)
    #expect(evaluation.overall.falseNegatives == expected.subtracting(found).count)
    #expect(Set(evaluation.falsePositives.map(\.description)) == found.subtracting(expected))
    #expect(Set(evaluation.falseNegatives.map(\.description)) == expected.subtracting(found))
  }

  /// A malformed gold file and the diagnostic it must give.
  struct Malformed: Sendable, CustomTestStringConvertible {
    var name: String
    var csv: String
    var line: Int
    var column: Int?
    var field: String
    var value: String? = nil
    var mentions: [String] = []
    var testDescription: String { name }
  }

  static let malformed: [Malformed] = [
    Malformed(
      name: "missing column", csv: "document,sentence,source,target\narticle,1,US,KP\n", line: 1,
      column: nil, field: "relation"),
    Malformed(
      name: "sentence not a number", csv: header + "article,two,US,accuses,KP,\n", line: 2,
      column: 9, field: "sentence", value: "two"),
    Malformed(
      name: "sentence zero", csv: header + "article,0,US,accuses,KP,\n", line: 2, column: 9,
      field: "sentence"),
    Malformed(
      name: "unknown relation", csv: header + "article,1,US,accuses,KP,\narticle,2,US,acuses,KP,\n",
      line: 3, column: 14, field: "relation", mentions: ["did you mean", "\"accuses\""]),
    Malformed(
      name: "unknown target", csv: header + "article,2,US,accuses,Nort Korea,\n", line: 2,
      column: 22,
      field: "target", mentions: ["did you mean", "North Korea"]),
    Malformed(
      name: "unknown source", csv: header + "article,2,Rusia,warns,UA,\n", line: 2, column: 11,
      field: "source", mentions: ["did you mean", "Russia"]),
  ]

  @Test(arguments: malformed)
  func aMalformedGoldFileNamesFileLineColumnAndField(_ bad: Malformed) throws {
    let error = #expect(throws: StanceGraphError.self) {
      try EvaluationTests.goldTriples(bad.csv, file: "dev/gold.csv")
    }
    let diagnostic = try #require(error?.diagnostics.first)
    #expect(diagnostic.file == "dev/gold.csv")
    #expect(diagnostic.line == bad.line, "\(diagnostic)")
    if let column = bad.column {
      #expect(diagnostic.column == column, "\(diagnostic)")
    } else {
      #expect(
        diagnostic.column != nil, "a missing column is reported without a column: \(diagnostic)")
    }
    #expect(diagnostic.field == bad.field, "\(diagnostic)")
    let position = "dev/gold.csv:\(bad.line):\(diagnostic.column.map(String.init) ?? "?"):"
    #expect(diagnostic.description.hasPrefix(position), "\(diagnostic)")
    #expect(diagnostic.description.contains(bad.field), "\(diagnostic)")
    if let value = bad.value { #expect(diagnostic.value == value, "\(diagnostic)") }
    for text in bad.mentions {
      #expect(diagnostic.description.contains(text), "\(diagnostic)")
    }
  }

  @Test func everyBadRowIsReported() throws {
    let csv =
      EvaluationTests.header + """
        article,1,US,accuses,KP,
        article,x,US,accuses,KP,
        article,3,US,acuses,KP,
        article,4,US,warns,Nort Korea,

        """
    let error = #expect(throws: StanceGraphError.self) {
      try EvaluationTests.goldTriples(csv)
    }
    #expect(error?.diagnostics.map(\.line) == [3, 4, 5])
    #expect(error?.diagnostics.map(\.field) == ["sentence", "relation", "target"])
  }
}
