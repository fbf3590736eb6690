import Testing

@testable import StanceGraph

@Suite struct PartialDateTests {
  @Test(arguments: ["2023", "2023-09", "2023-11-14", "0001-01-01", "2024-02-29"])
  func validDatesParseAndPrintTheSame(text: String) throws {
    let date = try #require(PartialDate(text))
    #expect(date.description == text)
  }

  @Test(arguments: [
    "", "23", "2023-9", "2023-13", "2023-02-29", "2023-11-31", "2023/11/14", "2023-11-14T10:00",
    "２０２３", "-2023", "2023-", "20231", "0000",
  ])
  func invalidDatesAreRejected(text: String) {
    #expect(PartialDate(text) == nil)
  }

  @Test func precisionAndBounds() throws {
    let month = try #require(PartialDate("2024-02"))
    #expect(month.precision == .month)
    #expect(month.firstDay == 2024_02_01)
    #expect(month.lastDay == 2024_02_29)
    #expect(try #require(PartialDate("1900-02")).lastDay == 1900_02_28)
    #expect(try #require(PartialDate("2023")).lastDay == 2023_12_31)
  }

  @Test func orderIsFirstDayThenShorterFirst() throws {
    let dates = ["2023-11", "2023", "2023-11-01", "2022-12-31"].compactMap(PartialDate.init)
    #expect(dates.sorted().map(\.description) == ["2022-12-31", "2023", "2023-11-01", "2023-11"])
  }

  @Test func rangesMatchByOverlap() throws {
    let range = DateRange(since: PartialDate("2023-09"), until: PartialDate("2023-10-15"))
    #expect(range.contains(PartialDate("2023")))
    #expect(range.contains(PartialDate("2023-10-15")))
    #expect(!range.contains(PartialDate("2023-08-31")))
    #expect(!range.contains(PartialDate("2023-10-16")))
    #expect(!range.contains(nil))
    #expect(DateRange().contains(nil))
  }
}
