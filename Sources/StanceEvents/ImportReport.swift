import StanceGraph

/// Why an event row did not become a statement.
public enum DropReason: String, CaseIterable, Sendable, Comparable {
  /// Wrong column count, an unreadable date or number.
  case malformed
  /// The event code is not in the mapping table (most events: statements, consultations).
  case unmapped
  /// The source or target is empty at the chosen actor level.
  case missingActor = "missing-actor"
  /// Source and target are one actor at the chosen level (an actor acting on itself).
  case selfEvent = "self-event"

  /// The reason's position in `allCases`.
  var index: Int {
    switch self {
    case .malformed: 0
    case .unmapped: 1
    case .missingActor: 2
    case .selfEvent: 3
    }
  }

  public static func < (lhs: DropReason, rhs: DropReason) -> Bool { lhs.index < rhs.index }
}

/// What an import read and what it did with each row.
public struct ImportReport: Hashable, Sendable {
  /// Data rows read (headers and blank lines excluded). A PLOVER row with several actors or
  /// recipients counts once here and once per pair in the counts below.
  public var rows = 0
  /// Events kept, by relation.
  public var events: [Relation: Int] = [:]
  /// Events (or pairs) dropped, by reason.
  public var dropped: [DropReason: Int] = [:]
  /// The layout each input was read with, in input order (`events.tsv: gdelt1-58`).
  public var layouts: [(file: String, layout: String, container: String)] = []
  /// The first malformed rows, located; at most ``EventImporter/Options/maximumProblems``.
  public var problems: [EventDataError] = []
  /// Statements in the graph (the aggregates when aggregating).
  public var statements = 0

  /// All events kept.
  public var eventCount: Int { events.values.reduce(0, +) }
  /// All events dropped.
  public var droppedCount: Int { dropped.values.reduce(0, +) }

  public static func == (lhs: ImportReport, rhs: ImportReport) -> Bool {
    lhs.rows == rhs.rows && lhs.events == rhs.events && lhs.dropped == rhs.dropped
      && lhs.problems == rhs.problems && lhs.statements == rhs.statements
      && lhs.layouts.map { [$0.file, $0.layout, $0.container] }
        == rhs.layouts.map { [$0.file, $0.layout, $0.container] }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(rows)
    hasher.combine(events)
    hasher.combine(dropped)
    hasher.combine(statements)
  }

  /// A few lines for people: layouts, rows, kept by relation, dropped by reason.
  public var summary: String {
    var lines: [String] = []
    for entry in layouts {
      let packing = entry.container == "plain" ? "" : " (\(entry.container))"
      lines.append("\(entry.file): layout \(entry.layout)\(packing)")
    }
    let kept = Relation.allCases.map { "\($0.rawValue) \(events[$0] ?? 0)" }
    lines.append(
      "\(rows) rows: \(eventCount) events kept (" + kept.joined(separator: ", ") + "), "
        + "\(statements) statements")
    let reasons = DropReason.allCases.map { "\($0.rawValue) \(dropped[$0] ?? 0)" }
    lines.append("dropped \(droppedCount): " + reasons.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }
}
