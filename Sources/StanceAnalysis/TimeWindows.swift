import StanceGraph

/// The length of a time window or of the step between windows: `30d`, `2w`, `6m`, `1y`.
///
/// Months and years are calendar months and years (a `1m` window starting on 1 March ends on
/// 31 March); days and weeks count days.
public struct WindowLength: Hashable, Sendable, CustomStringConvertible {
  public enum Unit: String, CaseIterable, Hashable, Sendable {
    case day = "d"
    case week = "w"
    case month = "m"
    case year = "y"
  }
  public var count: Int
  public var unit: Unit

  public init(_ count: Int, _ unit: Unit) {
    precondition(count > 0, "a window length is positive")
    self.count = count
    self.unit = unit
  }

  /// Parses `30d`, `2w`, `6m` or `1y` (a positive count of at most 4 digits, then the unit).
  public init?(_ text: String) {
    guard let last = text.last, let unit = Unit(rawValue: String(last)) else { return nil }
    let digits = text.dropLast()
    guard (1...4).contains(digits.count), digits.allSatisfy(\.isASCII),
      let count = Int(digits), count > 0
    else { return nil }
    self.init(count, unit)
  }

  public var description: String { "\(count)\(unit.rawValue)" }

  /// The day `n` lengths after `day`.
  func advance(_ day: Day, by n: Int) -> Day {
    switch unit {
    case .day: return Day(number: day.number + count * n)
    case .week: return Day(number: day.number + 7 * count * n)
    case .month: return day.addingMonths(count * n)
    case .year: return day.addingMonths(12 * count * n)
    }
  }
}

/// A day of the proleptic Gregorian calendar as a count of days since 1970-01-01, converted
/// to and from `YYYYMMDD` with Hinnant's `days_from_civil` / `civil_from_days` algorithms
/// (http://howardhinnant.github.io/date_algorithms.html).
struct Day: Hashable, Comparable, Sendable {
  var number: Int

  init(number: Int) { self.number = number }

  /// `yyyymmdd` as ``PartialDate/firstDay`` writes it.
  init(yyyymmdd: Int) {
    let year = yyyymmdd / 10_000
    let month = yyyymmdd / 100 % 100
    let day = yyyymmdd % 100
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    number = era * 146_097 + doe - 719_468
  }

  var civil: (year: Int, month: Int, day: Int) {
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  var yyyymmdd: Int {
    let (y, m, d) = civil
    return y * 10_000 + m * 100 + d
  }

  /// The same day of the month `months` later, clamped to the month's last day.
  func addingMonths(_ months: Int) -> Day {
    let (y, m, d) = civil
    let total = y * 12 + (m - 1) + months
    let year = total / 12
    let month = total % 12 + 1
    let last = PartialDate(year: year, month: month).map { $0.lastDay % 100 } ?? 28
    return Day(yyyymmdd: year * 10_000 + month * 100 + min(d, last))
  }

  /// The date, or nil outside years 1-9999.
  var date: PartialDate? {
    let (y, m, d) = civil
    return PartialDate(year: y, month: m, day: d)
  }

  static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
}

/// One window of time, both ends included, at day precision.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
  /// The window's position in its ``TimeWindows``, from 0.
  public var index: Int
  public var start: PartialDate
  public var end: PartialDate

  /// The window as a ``DateRange``: statements whose partial date overlaps it belong to it.
  public var range: DateRange { DateRange(since: start, until: end) }

  public var description: String { "\(start)..\(end)" }
}

/// Windows of a fixed length moved by a fixed step across a span of dates.
///
/// The first window starts on the first day of the span, aligned down to the first of the
/// month for month steps and to 1 January for year steps; window *i* starts *i* steps later and
/// lasts one length (both ends included). Windows follow until one starts after the span's last
/// day. With a step shorter than the length windows overlap; with a longer one there are gaps.
/// A statement belongs to every window its partial date overlaps (the rule of ``DateRange``):
/// a statement dated only `2023` belongs to all twelve monthly windows of 2023.
public struct TimeWindows: Hashable, Sendable, RandomAccessCollection {
  public let length: WindowLength
  public let step: WindowLength
  private let first: Day
  public let count: Int

  public static let maximumCount = 100_000

  /// Windows covering `span`, or nil when they would be more than ``maximumCount``.
  public init?(
    covering span: ClosedRange<PartialDate>, length: WindowLength, step: WindowLength? = nil
  ) {
    let step = step ?? length
    self.length = length
    self.step = step
    var start = Day(yyyymmdd: span.lowerBound.firstDay)
    let (y, m, _) = start.civil
    switch (step.unit, length.unit) {
    case (.year, _): start = Day(yyyymmdd: y * 10_000 + 101)
    case (.month, _): start = Day(yyyymmdd: y * 10_000 + m * 100 + 1)
    default: break
    }
    first = start
    let last = Day(yyyymmdd: span.upperBound.lastDay)
    var count = 0
    while step.advance(start, by: count) <= last {
      count += 1
      if count > TimeWindows.maximumCount { return nil }
    }
    self.count = Swift.max(count, 1)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  public subscript(index: Int) -> TimeWindow {
    precondition(index >= 0 && index < count, "window index out of range")
    let start = step.advance(first, by: index)
    let end = Day(number: length.advance(start, by: 1).number - 1)
    // Days outside years 1-9999 cannot be written; clamp to the calendar's ends.
    return TimeWindow(
      index: index, start: start.date ?? .day(9999, 12, 31), end: end.date ?? .day(9999, 12, 31))
  }
}

/// The statements of a graph sorted by the first day their date covers, to find the
/// statements of many windows in O(log *s* + *k*) each instead of a scan per window.
public struct DatedStatementIndex: Sendable {
  /// Dated statements by first day, then by id.
  private let ids: [StatementID]
  private let firstDays: [Int32]
  private let lastDays: [Int32]
  /// The longest span any date covers, in days (366 at most: a year).
  private let longestSpan: Int32
  /// Statements without a date.
  public let undated: [StatementID]

  /// - Complexity: O(*s* log *s*).
  public init(_ graph: ClaimGraph) {
    var dated: [(first: Int32, last: Int32, id: StatementID)] = []
    dated.reserveCapacity(graph.statementCount)
    var undated: [StatementID] = []
    for (index, statement) in graph.statements.enumerated() {
      let id = StatementID(rawValue: Int32(index))
      guard let date = statement.date else {
        undated.append(id)
        continue
      }
      dated.append(
        (
          Int32(Day(yyyymmdd: date.firstDay).number), Int32(Day(yyyymmdd: date.lastDay).number),
          id
        ))
    }
    dated.sort { $0.first != $1.first ? $0.first < $1.first : $0.id < $1.id }
    ids = dated.map(\.id)
    firstDays = dated.map(\.first)
    lastDays = dated.map(\.last)
    longestSpan = dated.reduce(0) { max($0, $1.last - $1.first) }
    self.undated = undated
  }

  /// The statements whose date overlaps `window`, in the order of their first day.
  ///
  /// - Complexity: O(log *s* + *k*) where *k* counts the statements starting up to a year
  ///   before the window.
  public func statements(in window: TimeWindow) -> [StatementID] {
    let start = Int32(Day(yyyymmdd: window.start.firstDay).number)
    let end = Int32(Day(yyyymmdd: window.end.lastDay).number)
    var low = 0
    var high = firstDays.count
    let from = start - longestSpan
    while low < high {
      let middle = (low + high) / 2
      if firstDays[middle] < from { low = middle + 1 } else { high = middle }
    }
    var result: [StatementID] = []
    var index = low
    while index < firstDays.count && firstDays[index] <= end {
      if lastDays[index] >= start { result.append(ids[index]) }
      index += 1
    }
    return result
  }
}
