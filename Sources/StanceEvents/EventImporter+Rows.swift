import Foundation
import StanceGraph

/// Reading one row: its fields, actors, code, date and counts, into an event or a drop.
extension EventImporter {
  /// One data row. Returns false to stop (strict mode).
  mutating func process(
    _ line: UnsafeBufferPointer<UInt8>, _ number: Int, _ starts: UnsafeBufferPointer<Int>,
    _ ends: UnsafeBufferPointer<Int>,
    _ columns: Columns, file: String, fatal: inout EventDataError?
  ) -> Bool {
    report.rows += 1
    if report.rows & 0xFFFFF == 0 { progress?(report.rows) }

    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: line[starts[index]..<ends[index]])
    }
    func characterColumn(ofByte offset: Int) -> Int {
      var count = 1
      for index in 0..<min(offset, line.count) where line[index] & 0xC0 != 0x80 { count += 1 }
      return count
    }
    func malformed(_ message: String, column index: Int?, byte: Int? = nil) -> Bool {
      dropCounts[DropReason.malformed.index] += 1
      let offset = byte ?? index.map { starts[$0] } ?? 0
      let problem = EventDataError(
        .malformedRow, message, file: file, line: number, column: characterColumn(ofByte: offset),
        field: index.map { columns.names[$0] },
        value: index.map { String(decoding: field($0), as: UTF8.self) })
      if options.isStrict {
        fatal = problem
        return false
      }
      if report.problems.count < options.maximumProblems { report.problems.append(problem) }
      return true
    }

    guard starts.count == columns.count else {
      let byte = starts.count > columns.count ? starts[columns.count] : line.count
      return malformed(
        "row has \(starts.count) columns; expected \(columns.count) (layout \(columns.layout))",
        column: nil, byte: byte)
    }
    // The code first: most events are unmapped, and nothing else need be read for them.
    let codeField = trimmed(field(columns.code))
    let codeID = codes.id(of: codeField)
    if Int(codeID) == resolved.count {
      let code = String(decoding: codeField, as: UTF8.self)
      resolved.append(
        mapping.entry(for: code, broad: options.includesBroadAccusations).flatMap { entry in
          entry.values[preset].map { (entry.relation, $0) }
        })
    }
    guard let (relation, value) = resolved[Int(codeID)] else {
      dropCounts[DropReason.unmapped.index] += 1
      return true
    }
    guard let day = parseDay(field(columns.date)) else {
      return malformed(
        options.format.hasCompactDates
          ? "not a date; expected YYYYMMDD" : "not a date; expected YYYY-MM-DD",
        column: columns.date)
    }
    var counts: (Int32, Int32, Int32) = (-1, -1, -1)
    if columns.mentions >= 0 {
      guard let number = parseCount(field(columns.mentions)) else {
        return malformed("not a count; expected digits", column: columns.mentions)
      }
      counts.0 = number
    }
    if columns.sources >= 0 {
      guard let number = parseCount(field(columns.sources)) else {
        return malformed("not a count; expected digits", column: columns.sources)
      }
      counts.1 = number
    }
    if columns.articles >= 0 {
      guard let number = parseCount(field(columns.articles)) else {
        return malformed("not a count; expected digits", column: columns.articles)
      }
      counts.2 = number
    }
    let sources = counts.1
    let weight: Double =
      switch options.weight {
      case .goldstein: abs(value)
      case .count: 1
      case .sources: Double(max(1, sources))
      }

    guard columns.source >= 0, columns.target >= 0 else {
      dropCounts[DropReason.missingActor.index] += 1
      return true
    }
    let sourceCountry =
      columns.sourceCountry >= 0 ? present(field(columns.sourceCountry)) : nil
    let targetCountry =
      columns.targetCountry >= 0 ? present(field(columns.targetCountry)) : nil
    let document = columns.document >= 0 ? present(field(columns.document)) : nil
    var idString: String?

    func keep(_ source: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>) {
      let sourceID = intern(source, country: sourceCountry)
      let targetID = intern(target, country: targetCountry)
      if sourceID == targetID {
        dropCounts[DropReason.selfEvent.index] += 1
        return
      }
      eventCounts[relation.rank] += 1
      if let period = options.aggregate {
        let key = AggregateKey(
          source: sourceID, target: targetID, relation: UInt8(relation.rank),
          period: period.key(ofDay: day))
        let index: Int
        if let existing = aggregateIndex[key] {
          index = existing
        } else {
          index = aggregates.count
          aggregateIndex[key] = index
          aggregates.append(Aggregate(key: key))
        }
        aggregates[index].count += 1
        aggregates[index].weight += weight
        aggregates[index].first = min(aggregates[index].first, day)
        aggregates[index].last = max(aggregates[index].last, day)
        if let document {
          if let example = aggregates[index].example {
            if EventImporter.precedes(document, example) {
              aggregates[index].example = Array(document)
            }
          } else {
            aggregates[index].example = Array(document)
          }
        }
      } else {
        if idString == nil {
          idString = columns.id >= 0 ? String(decoding: field(columns.id), as: UTF8.self) : ""
        }
        let sentence = columns.sentence >= 0 ? parseCount(field(columns.sentence)) : nil
        events.append(
          Event(
            source: sourceID, target: targetID, relation: relation, day: day, weight: weight,
            id: idString ?? "", code: codeID,
            document: document.map { String(decoding: $0, as: UTF8.self) },
            sentence: sentence.flatMap { $0 > 0 ? Int($0) : nil }, counts: counts))
      }
    }

    if options.format != .plover {
      guard let source = present(field(columns.source)),
        let target = present(field(columns.target))
      else {
        dropCounts[DropReason.missingActor.index] += 1
        return true
      }
      keep(source, target)
      return true
    }
    // POLECAT: lists of actors and recipients, every pair an event.
    let sourceActors = actors(in: field(columns.source))
    let targetActors = actors(in: field(columns.target))
    guard !sourceActors.isEmpty, !targetActors.isEmpty else {
      dropCounts[DropReason.missingActor.index] += max(1, sourceActors.count * targetActors.count)
      return true
    }
    for source in sourceActors {
      for target in targetActors { keep(source, target) }
    }
    return true
  }

  /// Whether `bytes` sorts before `other`, byte by byte (as SQL's MIN on UTF-8 strings).
  static func precedes(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
    other.withUnsafeBufferPointer { stored in
      let common = min(bytes.count, stored.count)
      if common > 0, let left = bytes.baseAddress, let right = stored.baseAddress {
        let order = memcmp(left, right, common)
        if order != 0 { return order < 0 }
      }
      return bytes.count < stored.count
    }
  }

  /// The actor names in a field: one, or for PLOVER a `;`-separated list; empty and `NA` are
  /// missing.
  func actors(in bytes: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
    guard options.format == .plover, bytes.contains(UInt8(ascii: ";")) else {
      return present(bytes).map { [$0] } ?? []
    }
    var result: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ";") {
      if let name = present(UnsafeBufferPointer(rebasing: bytes[start..<index])) {
        result.append(name)
      }
      start = index + 1
    }
    return result
  }

  /// The field without surrounding spaces, or nil when it is empty (or `NA` where the format
  /// writes it for missing values).
  func present(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    let value = trimmed(bytes)
    if value.isEmpty { return nil }
    if options.format.writesNA && value.count == 2 && value[0] == 0x4E && value[1] == 0x41 {
      return nil
    }
    return value
  }

  func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end && bytes[start] == 0x20 { start += 1 }
    while end > start && bytes[end - 1] == 0x20 { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  mutating func intern(
    _ name: UnsafeBufferPointer<UInt8>, country: UnsafeBufferPointer<UInt8>?
  ) -> Int32 {
    let id = names.id(of: name)
    if Int(id) == countryOf.count { countryOf.append(-1) }
    if let country, countryOf[Int(id)] == -1 {
      let countryID = names.id(of: country)
      if Int(countryID) == countryOf.count { countryOf.append(-1) }
      if countryID != id { countryOf[Int(id)] = countryID }
    }
    return id
  }

  /// `YYYYMMDD` (GDELT) or `YYYY-MM-DD` (ICEWS, POLECAT) → the sortable integer `YYYYMMDD`,
  /// checked against the calendar.
  func parseDay(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
    let bytes = trimmed(field)
    let isCompact = options.format.hasCompactDates
    guard bytes.count == (isCompact ? 8 : 10) else { return nil }
    if !isCompact && (bytes[4] != 0x2D || bytes[7] != 0x2D) { return nil }
    var value = 0
    for (index, byte) in bytes.enumerated() where isCompact || (index != 4 && index != 7) {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    let (year, month, day) = (value / 10_000, value / 100 % 100, value % 100)
    guard PartialDate(year: year, month: month, day: day) != nil else { return nil }
    return Int32(value)
  }

  /// Digits → a count; empty is 0; anything else nil.
  func parseCount(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
    var value: Int32 = 0
    for byte in trimmed(field) {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      let (product, overflow) = value.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      value = product &+ Int32(byte - 0x30)
    }
    return value
  }
}
