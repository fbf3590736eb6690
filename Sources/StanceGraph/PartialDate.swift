/// A calendar date known to a day, a month or a year: `2023-11-14`, `2023-11` or `2023`.
///
/// A partial date stands for the interval of days it covers: `2023-11` covers November 1 to 30.
/// Dates order by their first day, then the shorter interval first (`2023-11-01` < `2023-11`).
///
/// ```swift
/// let date = PartialDate("2023-09")          // month precision
/// date?.firstDay < PartialDate("2023-10")!.firstDay
/// ```
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: Int, Sendable, Comparable {
    case year, month, day
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public let year: Int
  /// 1 to 12 when known.
  public let month: Int?
  /// 1 to the month's length when known.
  public let day: Int?

  /// A date, validated: a day requires a month, and both must exist in the calendar.
  /// Returns `nil` for an impossible date (`2023-02-30`, month 13, year outside 1-9999).
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
      if let day {
        guard (1...PartialDate.length(ofMonth: month, in: year)).contains(day) else { return nil }
      }
    } else if day != nil {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 calendar dates, no time).
  ///
  /// - Complexity: O(1); at most 10 bytes are read.
  public init?(_ text: String) {
    var text = text
    guard let date = text.withUTF8({ PartialDate(utf8: $0) }) else { return nil }
    self = date
  }

  /// Parses the UTF-8 bytes of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  init?(utf8 bytes: some Collection<UInt8>) {
    var parts = (0, 0, 0)
    var part = 0
    var digits = 0
    var value = 0
    func expectedDigits(_ part: Int) -> Int { part == 0 ? 4 : 2 }
    for byte in bytes {
      if byte == UInt8(ascii: "-") {
        guard part < 2, digits == expectedDigits(part) else { return nil }
        if part == 0 { parts.0 = value } else { parts.1 = value }
        part += 1
        (digits, value) = (0, 0)
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
        guard digits <= 4 else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      } else {
        return nil
      }
    }
    guard digits == expectedDigits(part) else { return nil }
    switch part {
    case 0: self.init(year: value)
    case 1: self.init(year: parts.0, month: value)
    default: self.init(year: parts.0, month: parts.1, day: value)
    }
  }

  /// The problem with text that ``init(_:)`` rejected.
  static func invalidDiagnostic(_ text: String) -> Diagnostic {
    Diagnostic(
      .invalidValue, "\"\(text)\" is not a date", value: text,
      expected: "YYYY, YYYY-MM or YYYY-MM-DD (for example 2023-11-14)",
      suggestion: text.contains("/") || text.contains(".")
        ? "write dates the ISO way, year first, with '-'" : nil)
  }

  public var precision: Precision {
    day != nil ? .day : (month != nil ? .month : .year)
  }

  /// The first day the date covers, as a sortable `YYYYMMDD` integer.
  public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

  /// The last day the date covers, as a sortable `YYYYMMDD` integer.
  public var lastDay: Int {
    let lastMonth = month ?? 12
    return year * 10_000 + lastMonth * 100
      + (day ?? PartialDate.length(ofMonth: lastMonth, in: year))
  }

  /// Whether the days this date covers overlap the days `other` covers.
  public func overlaps(_ other: PartialDate) -> Bool {
    firstDay <= other.lastDay && other.firstDay <= lastDay
  }

  /// The ISO 8601 spelling, as files write it.
  public var description: String {
    var text = String(year)
    while text.count < 4 { text = "0" + text }
    if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
    if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
    return text
  }

  public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
    if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
    return lhs.lastDay < rhs.lastDay
  }

  /// The number of days in a month of the proleptic Gregorian calendar.
  static func length(ofMonth month: Int, in year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension PartialDate {
  /// A year written in code, `PartialDate.year(2023)`; a year outside 1-9999 is a programmer
  /// error (a precondition). Dates from users go through the failable ``init(_:)``.
  public static func year(_ year: Int) -> PartialDate { checked(PartialDate(year: year)) }

  /// A month written in code, `PartialDate.month(2023, 11)`.
  public static func month(_ year: Int, _ month: Int) -> PartialDate {
    checked(PartialDate(year: year, month: month))
  }

  /// A day written in code, `PartialDate.day(2023, 11, 14)`.
  public static func day(_ year: Int, _ month: Int, _ day: Int) -> PartialDate {
    checked(PartialDate(year: year, month: month, day: day))
  }

  private static func checked(_ date: PartialDate?) -> PartialDate {
    guard let date else { preconditionFailure("not a date in the calendar") }
    return date
  }
}

/// An inclusive range of dates for filtering statements; either end may be open.
///
/// A statement matches when the days its date covers overlap the range: with `since: 2023-09`,
/// a statement dated `2023` matches (it may have been made in September), one dated
/// `2023-08-31` does not. Statements without a date never match a range with a bound.
public struct DateRange: Hashable, Sendable {
  public var since: PartialDate?
  public var until: PartialDate?

  public init(since: PartialDate? = nil, until: PartialDate? = nil) {
    self.since = since
    self.until = until
  }

  /// Whether the range has no bound at all and so matches every statement.
  public var isUnbounded: Bool { since == nil && until == nil }

  /// Whether a statement with this date falls in the range.
  public func contains(_ date: PartialDate?) -> Bool {
    if isUnbounded { return true }
    guard let date else { return false }
    if let since, date.lastDay < since.firstDay { return false }
    if let until, date.firstDay > until.lastDay { return false }
    return true
  }
}
