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
  public internal(set) var report = ImportReport()
  /// Called with the number of rows read so far, every 2^20 rows.
  public var progress: (@Sendable (Int) -> Void)?

  let layouts: [EventLayout]
  let mapping: CAMEOMapping
  let preset: MappingPreset
  var names = ByteInterner()
  var codes = ByteInterner()
  /// Per code id: the relation and the value, or nil when unmapped.
  var resolved: [(relation: Relation, value: Double)?] = []
  /// Per actor id: the country id it represents, or -1.
  var countryOf: [Int32] = []
  var events: [Event] = []
  /// Drops by ``DropReason`` and events by ``Relation/rank``: plain counters in the hot loop
  /// (an enum with a String raw value hashes its string), copied into the report at the end.
  var dropCounts = [Int](repeating: 0, count: DropReason.allCases.count)
  var eventCounts = [Int](repeating: 0, count: Relation.allCases.count)
  var aggregateIndex: [AggregateKey: Int] = [:]
  var aggregates: [Aggregate] = []

  /// One kept event, when not aggregating.
  struct Event {
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

  struct AggregateKey: Hashable {
    var source: Int32
    var target: Int32
    /// ``Relation/rank``: hashing the enum would hash its raw String.
    var relation: UInt8
    var period: Int32
  }

  struct Aggregate {
    var key: AggregateKey
    var count = 0
    var weight = 0.0
    var first = Int32.max
    var last = Int32.min
    /// The smallest document (URL or story id) by bytes: deterministic, as Spark's MIN.
    var example: [UInt8]?
  }

  /// The column index of every role in one input, -1 when absent.
  struct Columns {
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

  mutating func read(_ input: EventInput) throws(EventDataError) {
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
  func columns(
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

  func makeColumns(
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

}
