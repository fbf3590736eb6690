import StanceGraph
import Testing

@testable import StanceAnalysis

@Suite struct TimeWindowsTests {
  @Test func lengthsParse() {
    #expect(WindowLength("30d") == WindowLength(30, .day))
    #expect(WindowLength("6m") == WindowLength(6, .month))
    #expect(WindowLength("1y") == WindowLength(1, .year))
    #expect(WindowLength("2w") == WindowLength(2, .week))
    for bad in ["", "m", "0m", "-1y", "1.5y", "12", "1x", "99999d", "１y"] {
      #expect(WindowLength(bad) == nil, "\(bad)")
    }
  }

  @Test func daysRoundTrip() {
    for day in [19_700_101, 20_000_229, 20_231_231, 20_240_301, 10101, 99_991_231] {
      #expect(Day(yyyymmdd: day).yyyymmdd == day)
    }
    #expect(Day(yyyymmdd: 19_700_101).number == 0)
    #expect(Day(yyyymmdd: 20_240_301).number - Day(yyyymmdd: 20_240_228).number == 2)
    #expect(Day(yyyymmdd: 20_240_131).addingMonths(1).yyyymmdd == 20_240_229)
  }

  @Test func monthlyWindowsAlignToTheMonthAndCoverTheSpan() throws {
    let windows = try #require(
      TimeWindows(
        covering: PartialDate.day(2023, 1, 15)...PartialDate.day(2023, 12, 2),
        length: WindowLength(1, .month)))
    #expect(windows.count == 12)
    #expect(windows[0].start == .day(2023, 1, 1))
    #expect(windows[0].end == .day(2023, 1, 31))
    #expect(windows[1].end == .day(2023, 2, 28))
    #expect(windows[11].description == "2023-12-01..2023-12-31")
  }

  @Test func overlappingWindowsMoveByTheStep() throws {
    let windows = try #require(
      TimeWindows(
        covering: PartialDate.year(2020)...PartialDate.year(2021), length: WindowLength(1, .year),
        step: WindowLength(6, .month)))
    #expect(
      windows.map(\.description).prefix(3) == [
        "2020-01-01..2020-12-31", "2020-07-01..2021-06-30", "2021-01-01..2021-12-31",
      ])
    #expect(windows.count == 4)
  }

  @Test func dayWindowsStartOnTheFirstDay() throws {
    let windows = try #require(
      TimeWindows(
        covering: PartialDate.day(2023, 3, 5)...PartialDate.day(2023, 4, 10),
        length: WindowLength(30, .day)))
    #expect(windows[0].description == "2023-03-05..2023-04-03")
    #expect(windows.count == 2)
  }

  @Test func indexFindsStatementsWhoseDatesOverlapTheWindow() throws {
    var graph = ClaimGraph()
    let a = try graph.add(Actor(id: "a", kind: .state))
    let b = try graph.add(Actor(id: "b", kind: .state))
    let dates: [PartialDate?] = [
      .day(2023, 1, 31), .day(2023, 2, 1), .month(2023, 2), .year(2023), nil, .year(2022),
      .day(2023, 3, 1),
    ]
    for date in dates {
      try graph.add(Statement(source: a, relation: .accuses, target: b, date: date))
    }
    let index = DatedStatementIndex(graph)
    let february = TimeWindow(index: 0, start: .day(2023, 2, 1), end: .day(2023, 2, 28))
    #expect(index.statements(in: february).map(\.index).sorted() == [1, 2, 3])
    #expect(index.undated.map(\.index) == [4])
    let kept = graph.filtered(dates: february.range, undated: .include)
    #expect(kept.statementCount == 4)
    #expect(graph.filtered(dates: february.range, undated: .exclude).statementCount == 3)
  }
}

@Suite struct AssignmentTests {
  @Test func solvesTheClassicalExample() {
    let cost: [[Double]] = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
    let result = Assignment.minimumCost(cost)
    let total = result.enumerated().reduce(0.0) { $0 + cost[$1.offset][$1.element ?? 0] }
    #expect(total == 5)
    #expect(Set(result.compactMap { $0 }).count == 3)
  }

  @Test func matchesBruteForceOnRandomRectangles() {
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<200 {
      let rows = Int.random(in: 1...5, using: &generator)
      let columns = Int.random(in: 1...5, using: &generator)
      let cost = (0..<rows).map { _ in
        (0..<columns).map { _ in Double(Int.random(in: 0...9, using: &generator)) }
      }
      let result = Assignment.minimumCost(cost)
      #expect(result.compactMap { $0 }.count == min(rows, columns))
      #expect(Set(result.compactMap { $0 }).count == min(rows, columns))
      let total = result.enumerated().reduce(0.0) { sum, pair in
        pair.element.map { sum + cost[pair.offset][$0] } ?? sum
      }
      #expect(total == bruteForce(cost))
    }
  }

  private func bruteForce(_ cost: [[Double]]) -> Double {
    let rows = cost.count
    let columns = cost[0].count
    var best = Double.infinity
    func search(_ row: Int, _ used: Set<Int>, _ sum: Double, _ assigned: Int) {
      if row == rows {
        if assigned == min(rows, columns) { best = min(best, sum) }
        return
      }
      if rows - row > columns - assigned { search(row + 1, used, sum, assigned) }
      for column in 0..<columns where !used.contains(column) {
        search(row + 1, used.union([column]), sum + cost[row][column], assigned + 1)
      }
    }
    search(0, [], 0, 0)
    return best
  }
}
