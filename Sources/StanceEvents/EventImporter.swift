import Foundation
import StanceGraph

/// Reads machine-coded event files (GDELT 1.0 and 2.0, ICEWS, PLOVER/POLECAT) into a
/// ``ClaimGraph``: each event whose code the mapping table knows becomes a statement, or, when
/// aggregating, one weighted statement per (source, relation, target, period).
///
/// ```swift
/// var importer = try EventImporter(options: .init(format: .gdelt2))
/// try importer.read(path: "20240101.export.CSV.zip")
/// let result = try importer.finish()
/// print(result.report.summary)
/// ```
///
/// Rows stream through: the input is read in 1 MB chunks, fields are split in place, actor
/// fields and codes are interned from the bytes, and a `String` is made only for what a kept
/// statement stores. Aggregating, memory is O(distinct keys), constant in the number of rows.
/// Several inputs read by one importer make one graph.
///
/// Rows are dropped, and counted by ``DropReason``, when malformed (located in
/// ``ImportReport/problems``, up to ``Options/maximumProblems``), unmapped, missing an actor at
/// the chosen level, or self-events. With ``Options/isStrict`` the first malformed row throws.
///
/// - Complexity: O(*n*) in the input's bytes, plus O(*s* log *s*) to order *s* aggregates.
public struct EventImporter {
  /// What to read and how to turn events into statements.
  public struct Options: Sendable {
    public var format: EventFormat
    public var actors: ActorLevel
    public var weight: EventWeight
    /// Sum events per period into one statement; nil keeps one statement per event.
    public var aggregate: AggregationPeriod?
    /// The table; nil is the built-in one.
    public var mapping: CAMEOMapping?
    /// The table's value column; nil is the format's default (``EventFormat/defaultPreset``).
    public var preset: MappingPreset?
    /// Also map 111 criticize, 114 complain, 115 sue and 116 find guilty to accuses.
    public var includesBroadAccusations: Bool
    /// Fail on the first malformed row instead of counting it.
    public var isStrict: Bool
    /// How many malformed rows are reported with their position (all are counted).
    public var maximumProblems: Int

    public init(
      format: EventFormat, actors: ActorLevel = .country, weight: EventWeight = .goldstein,
      aggregate: AggregationPeriod? = nil, mapping: CAMEOMapping? = nil,
      preset: MappingPreset? = nil, includesBroadAccusations: Bool = false,
      isStrict: Bool = false, maximumProblems: Int = 50
    ) {
      self.format = format
      self.actors = actors
      self.weight = weight
      self.aggregate = aggregate
      self.mapping = mapping
      self.preset = preset
      self.includesBroadAccusations = includesBroadAccusations
      self.isStrict = isStrict
      self.maximumProblems = maximumProblems
    }
  }

  /// The graph and what was done to get it.
  public struct Result: Sendable {
    public var graph: ClaimGraph
    public var report: ImportReport
  }

  public let options: Options
  /// What has been read: ``ImportReport/rows`` and the layouts as reading goes, the counts by
  /// relation and reason once ``finish()`` has run (the result's report has them all).
  public private(set) var report = ImportReport()
  /// Called with the number of rows read so far, every 2^20 rows.
  public var progress: (@Sendable (Int) -> Void)?

  private let layouts: [EventLayout]
  private let mapping: CAMEOMapping
  private let preset: MappingPreset
  private var names = ByteInterner()
  private var codes = ByteInterner()
  /// Per code id: the relation and the value, or nil when unmapped.
  private var resolved: [(relation: Relation, value: Double)?] = []
  /// Per actor id: the country id it represents, or -1.
  private var countryOf: [Int32] = []
  private var events: [Event] = []
  /// Drops by ``DropReason`` and events by ``Relation/rank``: plain counters in the hot loop
  /// (an enum with a String raw value hashes its string), copied into the report at the end.
  private var dropCounts = [Int](repeating: 0, count: DropReason.allCases.count)
  private var eventCounts = [Int](repeating: 0, count: Relation.allCases.count)
  private var aggregateIndex: [AggregateKey: Int] = [:]
  private var aggregates: [Aggregate] = []

  /// One kept event, when not aggregating.
  private struct Event {
    var source: Int32
    var target: Int32
    var relation: Relation
    var day: Int32
    var weight: Double
    var id: String
    var code: Int32
    var document: String?
    var sentence: Int?
    var counts: (mentions: Int32, sources: Int32, articles: Int32)
  }

  private struct AggregateKey: Hashable {
    var source: Int32
    var target: Int32
    /// ``Relation/rank``: hashing the enum would hash its raw String.
    var relation: UInt8
    var period: Int32
  }

  private struct Aggregate {
    var key: AggregateKey
    var count = 0
    var weight = 0.0
    var first = Int32.max
    var last = Int32.min
    /// The smallest document (URL or story id) by bytes: deterministic, as Spark's MIN.
    var example: [UInt8]?
  }

  /// The column index of every role in one input, -1 when absent.
  private struct Columns {
    var count: Int
    var layout: String
    var id = -1
    var date = -1
    var code = -1
    var source = -1
    var target = -1
    var sourceCountry = -1
    var targetCountry = -1
    var document = -1
    var sentence = -1
    var mentions = -1
    var sources = -1
    var articles = -1
    var names: [String]
  }

  /// Prepares an import; reads the layouts and, unless given, the built-in mapping.
  ///
  /// - Throws: ``EventDataError`` when a data file is missing or the preset is not a column of
  ///   the mapping table.
  public init(options: Options) throws(EventDataError) {
    self.options = options
    var layouts: [EventLayout] = []
    for name in options.format.layoutNames { layouts.append(try EventLayout.builtIn(name)) }
    self.layouts = layouts
    if let given = options.mapping {
      mapping = given
    } else {
      mapping = try CAMEOMapping.builtIn()
    }
    preset = options.preset ?? options.format.defaultPreset
    guard mapping.presets.contains(preset) else {
      throw EventDataError(
        .mapping,
        "the mapping table has no \"\(preset)\" column; its presets are "
          + mapping.presets.map(\.rawValue).joined(separator: ", "))
    }
  }

  /// Reads one input: a file (plain, .gz or .zip, recognised by content), `-` for standard
  /// input, or a directory, whose files are read in name order (names starting with `.` or `_`,
  /// such as Spark's `_SUCCESS` and `.crc` files, are skipped).
  ///
  /// - Throws: ``EventDataError`` for an unreadable input, a header that fits no layout, or
  ///   with ``Options/isStrict`` the first malformed row.
  public mutating func read(path: String) throws(EventDataError) {
    var isDirectory: ObjCBool = false
    if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: path)
      } catch {
        throw EventDataError(.io, "cannot list the directory", file: path)
      }
      let files = names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
      guard !files.isEmpty else {
        throw EventDataError(.io, "the directory holds no data files", file: path)
      }
      for file in files { try read(path: (path as NSString).appendingPathComponent(file)) }
      return
    }
    let input = try EventInput(path: path)
    try read(input)
  }

  private mutating func read(_ input: EventInput) throws(EventDataError) {
    var columns: Columns?
    var fatal: EventDataError?
    // Field bounds of the row being read, in buffers allocated once: appending to captured
    // arrays costs a uniqueness check per field.
    let capacity = 4096
    let startBuffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: capacity)
    let endBuffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: capacity)
    defer {
      startBuffer.deallocate()
      endBuffer.deallocate()
    }
    let file = input.name
    try LineSplitter.forEachLine(of: input) { whole, number in
      var line = whole
      // A UTF-8 byte-order mark before the first header (spreadsheet exports) is not text.
      if number == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
        line = UnsafeBufferPointer(rebasing: line[3...])
      }
      if line.isEmpty { return true }
      var count = 0
      var fieldStart = 0
      for index in 0..<line.count where line[index] == 0x09 {
        if count < capacity - 1 {
          startBuffer[count] = fieldStart
          endBuffer[count] = index
          count += 1
        }
        fieldStart = index + 1
      }
      startBuffer[count] = fieldStart
      endBuffer[count] = line.count
      count += 1
      let starts = UnsafeBufferPointer(rebasing: startBuffer[..<count])
      let ends = UnsafeBufferPointer(rebasing: endBuffer[..<count])
      if let current = columns {
        return process(line, number, starts, ends, current, file: file, fatal: &fatal)
      }
      do throws(EventDataError) {
        let (found, isHeader) = try self.columns(for: line, starts, ends, file: file)
        columns = found
        report.layouts.append((file, found.layout, input.container))
        if isHeader { return true }
        return process(line, number, starts, ends, found, file: file, fatal: &fatal)
      } catch {
        fatal = error
        return false
      }
    }
    if let fatal { throw fatal }
  }

  /// Finds the layout of an input from its first line: a header row (ICEWS, POLECAT) maps
  /// columns by name; otherwise the column count picks the layout (GDELT 1.0: 57 or 58).
  private func columns(
    for line: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<Int>,
    _ ends: UnsafeBufferPointer<Int>, file: String
  ) throws(EventDataError) -> (Columns, isHeader: Bool) {
    let fields = zip(starts, ends).map {
      String(decoding: UnsafeBufferPointer(rebasing: line[$0..<$1]), as: UTF8.self)
        .trimmingCharacters(in: .whitespaces)
    }
    if options.format.hasHeader, let layout = layouts.first {
      let isHeader = fields.first.map { $0 == layout.columns.first } ?? false
      if isHeader {
        var positions: [EventLayout.Role: Int] = [:]
        for (role, index) in layout.index {
          guard let position = fields.firstIndex(of: layout.columns[index]) else {
            throw EventDataError(
              .layout,
              "the header has no \"\(layout.columns[index])\" column (layout \(layout.name))",
              file: file, line: 1)
          }
          positions[role] = position
        }
        return (makeColumns(layout, fields.count, positions, names: fields), true)
      }
      if fields.count == layout.columns.count {
        return (
          makeColumns(layout, layout.columns.count, layout.index, names: layout.columns), false
        )
      }
      throw EventDataError(
        .layout,
        "the first line is neither the \(layout.name) header (starting \"\(layout.columns[0])\") "
          + "nor a row of \(layout.columns.count) columns: it has \(fields.count)",
        file: file, line: 1)
    }
    guard let layout = layouts.first(where: { $0.columns.count == fields.count }) else {
      let expected = layouts.map { "\($0.columns.count) (\($0.name))" }.joined(separator: " or ")
      throw EventDataError(
        .layout,
        "the first row has \(fields.count) columns; \(options.format.rawValue) files have "
          + expected + "; is this the right format?",
        file: file, line: 1)
    }
    return (makeColumns(layout, layout.columns.count, layout.index, names: layout.columns), false)
  }

  private func makeColumns(
    _ layout: EventLayout, _ count: Int, _ index: [EventLayout.Role: Int], names: [String]
  ) -> Columns {
    var columns = Columns(count: count, layout: layout.name, names: names)
    columns.id = index[.id] ?? -1
    columns.date = index[.date] ?? -1
    columns.code = index[.code] ?? -1
    let (sourceRole, targetRole): (EventLayout.Role, EventLayout.Role) =
      switch options.actors {
      case .country: (.sourceCountry, .targetCountry)
      case .code:
        index[.sourceCode] != nil ? (.sourceCode, .targetCode) : (.sourceName, .targetName)
      case .name: (.sourceName, .targetName)
      }
    columns.source = index[sourceRole] ?? -1
    columns.target = index[targetRole] ?? -1
    if options.actors != .country {
      columns.sourceCountry = index[.sourceCountry] ?? -1
      columns.targetCountry = index[.targetCountry] ?? -1
    }
    columns.document = index[.url] ?? index[.document] ?? -1
    columns.sentence = index[.sentence] ?? -1
    columns.mentions = index[.mentions] ?? -1
    columns.sources = index[.sources] ?? -1
    columns.articles = index[.articles] ?? -1
    return columns
  }

  /// One data row. Returns false to stop (strict mode).
  private mutating func process(
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
  private static func precedes(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
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
  private func actors(in bytes: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
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
  private func present(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    let value = trimmed(bytes)
    if value.isEmpty { return nil }
    if options.format.writesNA && value.count == 2 && value[0] == 0x4E && value[1] == 0x41 {
      return nil
    }
    return value
  }

  private func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end && bytes[start] == 0x20 { start += 1 }
    while end > start && bytes[end - 1] == 0x20 { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  private mutating func intern(
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
  private func parseDay(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
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
  private func parseCount(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
    var value: Int32 = 0
    for byte in trimmed(field) {
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      let (product, overflow) = value.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      value = product &+ Int32(byte - 0x30)
    }
    return value
  }

  /// The graph of everything read.
  ///
  /// - Throws: ``EventDataError`` (code `graph`) when the graph cannot be built.
  public consuming func finish() throws(EventDataError) -> Result {
    for reason in DropReason.allCases where dropCounts[reason.index] > 0 {
      report.dropped[reason] = dropCounts[reason.index]
    }
    for relation in Relation.allCases where eventCounts[relation.rank] > 0 {
      report.events[relation] = eventCounts[relation.rank]
    }
    var graph = ClaimGraph(metadata: ["imported-from": options.format.rawValue])
    if let period = options.aggregate { graph.metadata["aggregated-by"] = period.rawValue }
    var actorIDs: [ActorID?] = Array(repeating: nil, count: names.count)
    let kind: Actor.Kind = options.actors == .country ? .state : .other
    func actor(_ id: Int32) throws(EventDataError) -> ActorID {
      if let known = actorIDs[Int(id)] { return known }
      let created = graph.actorID(forName: names.string(id), creating: kind)
      actorIDs[Int(id)] = created
      let country = countryOf[Int(id)]
      if country >= 0 {
        let countryActor: ActorID
        if let known = actorIDs[Int(country)] {
          countryActor = known
        } else {
          countryActor = graph.actorID(forName: names.string(country), creating: .state)
          actorIDs[Int(country)] = countryActor
        }
        if countryActor != created && graph[created].represents == nil {
          try? graph.setRepresentative(of: created, to: countryActor)
        }
      }
      return created
    }
    func add(_ statement: Statement) {
      do {
        try graph.add(statement)
      } catch {
        // Two spellings that fold to one actor ("U.S." and "US"): a self-event after all.
        report.events[statement.relation, default: 0] -= 1
        dropCounts[DropReason.selfEvent.index] += 1
      }
    }
    if let period = options.aggregate {
      let keyed = aggregates.map { aggregate in
        (
          aggregate,
          Array(names.string(aggregate.key.source).utf8),
          Array(names.string(aggregate.key.target).utf8)
        )
      }
      let ordered = keyed.sorted { left, right in
        if left.0.key.period != right.0.key.period { return left.0.key.period < right.0.key.period }
        if left.1 != right.1 { return left.1.lexicographicallyPrecedes(right.1) }
        if left.0.key.relation != right.0.key.relation {
          return Relation.allCases[Int(left.0.key.relation)].rawValue
            < Relation.allCases[Int(right.0.key.relation)].rawValue
        }
        return left.2.lexicographicallyPrecedes(right.2)
      }
      for (aggregate, _, _) in ordered {
        let source = try actor(aggregate.key.source)
        let target = try actor(aggregate.key.target)
        add(
          Statement(
            source: source, relation: Relation.allCases[Int(aggregate.key.relation)],
            target: target,
            date: EventImporter.date(of: aggregate.key.period, period),
            weight: (aggregate.weight * 1e6).rounded() / 1e6,
            evidence: aggregate.example.map {
              Evidence(document: String(decoding: $0, as: UTF8.self))
            },
            attributes: [
              "count": String(aggregate.count),
              "first": EventImporter.isoDay(aggregate.first),
              "last": EventImporter.isoDay(aggregate.last),
            ]))
      }
    } else {
      for event in events {
        let source = try actor(event.source)
        let target = try actor(event.target)
        var attributes = ["cameo": codes.string(event.code)]
        if !event.id.isEmpty { attributes["event"] = event.id }
        if event.counts.mentions >= 0 { attributes["mentions"] = String(event.counts.mentions) }
        if event.counts.sources >= 0 { attributes["sources"] = String(event.counts.sources) }
        if event.counts.articles >= 0 { attributes["articles"] = String(event.counts.articles) }
        let evidence = Evidence(document: event.document, sentence: event.sentence)
        add(
          Statement(
            source: source, relation: event.relation, target: target,
            date: EventImporter.date(of: event.day, .day), weight: event.weight,
            evidence: evidence.isEmpty ? nil : evidence, attributes: attributes))
      }
    }
    report.statements = graph.statementCount
    return Result(graph: graph, report: report)
  }

  static func date(of key: Int32, _ period: AggregationPeriod) -> PartialDate? {
    let value = Int(key)
    switch period {
    case .day: return PartialDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    case .month: return PartialDate(year: value / 100, month: value % 100)
    case .year: return PartialDate(year: value)
    }
  }

  static func isoDay(_ day: Int32) -> String {
    EventImporter.date(of: day, .day)?.description ?? ""
  }
}
