import Foundation
import StanceEvents
import StanceGraph
import Testing

@Suite struct EventImporterTests {
  /// Ten GDELT 1.0 rows (58 columns) with known outcomes, plus one 57-column and one bad date.
  static func gdelt1Sample() throws -> String {
    let sample = try EventSample("gdelt1-58")
    let rows = [
      sample.gdelt(1, "USA", "112", "PRK", url: "http://a.example/1"),  // accuses
      sample.gdelt(2, "USA", "1123", "PRK", url: "http://a.example/2"),  // accuses (child)
      sample.gdelt(3, "PRK", "016", "USA", url: "http://a.example/3"),  // denies
      sample.gdelt(4, "RUS", "138", "UKR", url: "http://a.example/4"),  // warns
      sample.gdelt(5, "RUS", "051", "CHN", url: "http://a.example/5"),  // allies-with
      sample.gdelt(6, "USA", "112", "USA", url: "http://a.example/6"),  // self-event
      sample.gdelt(7, "USA", "040", "CHN", url: "http://a.example/7"),  // unmapped
      sample.gdelt(8, "", "112", "CHN", url: "http://a.example/8"),  // missing actor
      sample.gdelt(9, "CHN", "111", "USA", url: "http://a.example/9"),  // broad only
      sample.gdelt(10, "USA", "112", "PRK", day: "20130231"),  // malformed date
    ]
    let short = try EventSample("gdelt1-57").gdelt(11, "USA", "112", "PRK")  // 57 columns
    return rows.joined(separator: "\n") + "\n" + short + "\n"
  }

  @Test func gdelt1RowsAreCountedByRelationAndReason() throws {
    let path = try temporaryFile(try EventImporterTests.gdelt1Sample())
    let result = try importing(path, .init(format: .gdelt1))
    let report = result.report
    #expect(report.rows == 11)
    #expect(report.events == [.accuses: 2, .denies: 1, .warns: 1, .alliesWith: 1])
    #expect(report.dropped == [.selfEvent: 1, .unmapped: 2, .missingActor: 1, .malformed: 2])
    #expect(report.layouts.map(\.layout) == ["gdelt1-58"])
    #expect(result.graph.statementCount == 5)
    let first = result.graph.statements[0]
    #expect(result.graph[first.source].id == "USA")
    #expect(result.graph[try #require(first.target)].id == "PRK")
    #expect(first.date == PartialDate("2013-04-15"))
    #expect(first.evidence?.document == "http://a.example/1")
    #expect(first.attributes["event"] == "1")
    #expect(first.attributes["cameo"] == "112")
    #expect(first.attributes["sources"] == "2")
    #expect(first.weight == 2)  // |Goldstein(112)| = 2.0
    #expect(result.graph.statements[3].weight == 7)  // |Goldstein(138)| = 7.0
  }

  @Test func malformedRowsAreLocatedByLineAndColumn() throws {
    let path = try temporaryFile(try EventImporterTests.gdelt1Sample())
    let report = try importing(path, .init(format: .gdelt1)).report
    #expect(report.problems.count == 2)
    let date = try #require(report.problems.first)
    #expect(date.line == 10)
    #expect(date.field == "SQLDATE")
    #expect(date.value == "20130231")
    #expect(date.column == 1 + "10\t".count)
    #expect(date.description.hasPrefix("\(path):10:4: error: SQLDATE: not a date"))
    let short = report.problems[1]
    #expect(short.line == 11)
    #expect(short.message.contains("row has 57 columns; expected 58 (layout gdelt1-58)"))
  }

  @Test func strictModeFailsOnTheFirstMalformedRow() throws {
    let path = try temporaryFile(try EventImporterTests.gdelt1Sample())
    var importer = try EventImporter(options: .init(format: .gdelt1, isStrict: true))
    #expect {
      try importer.read(path: path)
    } throws: { error in
      (error as? EventDataError)?.line == 10
        && (error as? EventDataError)?.code == .malformedRow
    }
  }

  @Test func theProblemListIsCappedButEveryRowIsCounted() throws {
    let sample = try EventSample("gdelt2-61")
    let rows = (0..<7).map { sample.gdelt($0, "USA", "112", "RUS", day: "2013-04") }
    let path = try temporaryFile(rows.joined(separator: "\n"))
    let report = try importing(path, .init(format: .gdelt2, maximumProblems: 3)).report
    #expect(report.problems.count == 3)
    #expect(report.dropped[.malformed] == 7)
  }

  @Test func broadAccusationsAreMappedOnlyWhenAskedFor() throws {
    let path = try temporaryFile(try EventImporterTests.gdelt1Sample())
    let broad = try importing(path, .init(format: .gdelt1, includesBroadAccusations: true))
    #expect(broad.report.events[.accuses] == 3)
    #expect(broad.report.dropped[.unmapped] == 1)
  }

  @Test func the57ColumnLayoutIsDetectedAndSaid() throws {
    let sample = try EventSample("gdelt1-57")
    let text = [sample.gdelt(1, "USA", "130", "IRN"), sample.gdelt(2, "IRN", "036", "USA")]
      .joined(separator: "\n")
    let result = try importing(try temporaryFile(text), .init(format: .gdelt1))
    #expect(result.report.layouts.map(\.layout) == ["gdelt1-57"])
    #expect(result.report.events == [.warns: 1, .alliesWith: 1])
    #expect(result.graph.statements.allSatisfy { $0.evidence == nil })
    #expect(result.report.summary.contains("layout gdelt1-57"))
  }

  @Test func gdelt2HasSixtyOneColumns() throws {
    let sample = try EventSample("gdelt2-61")
    #expect(sample.layout.columns.count == 61)
    #expect(sample.layout.columns.filter { $0.hasSuffix("ADM2Code") }.count == 3)
    let text = sample.gdelt(1, "USA", "0311", "GBR", url: "http://b.example/1")
    let result = try importing(try temporaryFile(text), .init(format: .gdelt2))
    #expect(result.report.layouts.map(\.layout) == ["gdelt2-61"])
    #expect(result.report.events == [.alliesWith: 1])
    #expect(result.graph.statements[0].weight == 5.2)
  }

  @Test func aWrongColumnCountInTheFirstRowNamesTheLayouts() throws {
    let path = try temporaryFile("a\tb\tc\n")
    var importer = try EventImporter(options: .init(format: .gdelt1))
    #expect {
      try importer.read(path: path)
    } throws: { error in
      let error = error as? EventDataError
      return error?.code == .layout && error?.message.contains("57 (gdelt1-57) or 58") == true
    }
  }

  @Test func actorLevelsChooseTheColumnAndNamesRepresentTheirCountry() throws {
    let sample = try EventSample("gdelt1-58")
    let text = sample.gdelt(1, "USA", "112", "PRK")
    let path = try temporaryFile(text)
    let code = try importing(path, .init(format: .gdelt1, actors: .code)).graph
    // The code's country is added with it, and the code represents it.
    #expect(code.actors.map(\.id) == ["USAGOV", "USA", "PRK"])
    #expect(code.actors[0].represents == "USA")
    let name = try importing(path, .init(format: .gdelt1, actors: .name)).graph
    let source = try #require(name.actorID(named: "USA GOVERNMENT"))
    #expect(name[source].represents == "USA")
  }

  @Test func aggregationSumsPerPeriodWithCountFirstLastAndExample() throws {
    let sample = try EventSample("gdelt1-58")
    let text = [
      sample.gdelt(1, "USA", "112", "PRK", day: "20130415", url: "http://z.example"),
      sample.gdelt(2, "USA", "1121", "PRK", day: "20130402", url: "http://a.example"),
      sample.gdelt(3, "USA", "112", "PRK", day: "20130520", url: "http://m.example"),
      sample.gdelt(4, "USA", "130", "PRK", day: "20130416"),
    ].joined(separator: "\n")
    let path = try temporaryFile(text)
    let month = try importing(path, .init(format: .gdelt1, aggregate: .month))
    #expect(month.graph.statementCount == 3)
    let april = month.graph.statements[0]
    #expect(april.relation == .accuses)
    #expect(april.date == PartialDate("2013-04"))
    #expect(april.weight == 4)
    #expect(april.attributes == ["count": "2", "first": "2013-04-02", "last": "2013-04-15"])
    #expect(april.evidence?.document == "http://a.example")
    let year = try importing(path, .init(format: .gdelt1, weight: .count, aggregate: .year))
    #expect(year.graph.statements.map(\.weight) == [3, 1])
    #expect(year.graph.statements[0].date == PartialDate("2013"))
    let sources = try importing(path, .init(format: .gdelt1, weight: .sources, aggregate: .year))
    #expect(sources.graph.statements[0].weight == 6)
  }

  @Test func aggregatedOutputIsDeterministicTSV() throws {
    let path = try temporaryFile(try EventImporterTests.gdelt1Sample())
    let first = try importing(path, .init(format: .gdelt1, aggregate: .day)).graph
    let second = try importing(path, .init(format: .gdelt1, aggregate: .day)).graph
    let tsv = String(decoding: first.encoded(as: .tsv), as: UTF8.self)
    #expect(tsv == String(decoding: second.encoded(as: .tsv), as: UTF8.self))
    #expect(tsv.hasPrefix("source\trelation\ttarget\tdate\tweight\tdocument\tcount\tfirst\tlast\n"))
  }

  @Test func ploverListsExpandToEveryPair() throws {
    let sample = try EventSample("plover-40")
    #expect(sample.layout.columns.count == 40)
    func row(_ actor: String, _ type: String, _ recipient: String) -> String {
      sample.row([
        "Event ID": "e1", "Event Date": "2023-02-03", "Event Type": type,
        "Actor Name": actor, "Actor Country": actor, "Recipient Name": recipient,
        "Recipient Country": recipient, "Source": "story-7",
      ])
    }
    let text = [
      sample.header,
      row("Russia;China", "ACCUSE", "United States"),  // 2 pairs
      row("Russia; Belarus", "COOPERATE", "Belarus"),  // 1 pair, 1 self-event
      row("Iran", "THREATEN", "NA"),  // missing recipient
      row("Iran", "CONSULT", "Iraq"),  // unmapped
    ].joined(separator: "\n")
    let result = try importing(try temporaryFile(text), .init(format: .plover))
    #expect(result.report.rows == 4)
    #expect(result.report.events == [.accuses: 2, .alliesWith: 1])
    #expect(result.report.dropped == [.selfEvent: 1, .missingActor: 1, .unmapped: 1])
    #expect(
      result.graph.statements.map { result.graph[$0.source].id } == ["Russia", "China", "Russia"])
    #expect(result.graph.statements[0].evidence?.document == "story-7")
  }

  @Test func aMissingHeaderColumnIsALayoutError() throws {
    let text = "Event ID\tEvent Date\tEvent Type\n"
    var importer = try EventImporter(options: .init(format: .plover))
    #expect(throws: EventDataError.self) { try importer.read(path: try temporaryFile(text)) }
  }
}
