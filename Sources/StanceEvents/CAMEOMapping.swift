import Foundation
import StanceGraph

/// Which value column of a mapping table weighs events: the sources differ (GDELT's Goldstein
/// scale gives 016 "deny responsibility" -2.0, ICEWS -5).
public struct MappingPreset: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }

  /// GDELT's CAMEO.goldsteinscale table.
  public static let gdelt = MappingPreset(rawValue: "gdelt")
  /// ICEWS's intensities.
  public static let icews = MappingPreset(rawValue: "icews")
}

/// A table from CAMEO event codes (and PLOVER event types) to the four relations, with a value
/// per preset: the data that decides which events become statements.
///
/// The built-in table (`Resources/cameo-mapping.tsv`) maps 112 "accuse" and its children to
/// ``Relation/accuses``, 016 "deny responsibility" to ``Relation/denies``, 13x "threaten" to
/// ``Relation/warns``, and 03x intent to cooperate, 05x diplomatic and 06x material
/// cooperation to ``Relation/alliesWith`` (CAMEO has no "ally" code). Rows in the `broad` set
/// (111 criticize, 114 complain, 115 sue, 116 find guilty) apply only when asked for.
///
/// A code that is not listed maps through its nearest listed parent (`1126` → `112`), so a
/// table may list a root code alone.
///
/// ```swift
/// let mapping = try CAMEOMapping.builtIn()
/// mapping.entry(for: "1122", preset: .gdelt)?.relation   // .accuses
/// ```
public struct CAMEOMapping: Sendable {
  /// One row of the table.
  public struct Entry: Hashable, Sendable {
    public var code: String
    public var relation: Relation
    /// `default` or `broad`.
    public var set: String
    /// The value per preset, signed as the source gives it.
    public var values: [MappingPreset: Double]
    public var description: String
  }

  /// Every row, by code.
  public private(set) var entries: [String: Entry] = [:]
  /// The presets the table has value columns for, in column order.
  public private(set) var presets: [MappingPreset] = []

  /// The built-in table, read once per process.
  public static func builtIn() throws(EventDataError) -> CAMEOMapping {
    switch cachedBuiltIn {
    case .success(let mapping): return mapping
    case .failure(let error): throw error
    }
  }

  private static let cachedBuiltIn: Result<CAMEOMapping, EventDataError> = {
    do throws(EventDataError) {
      let url = try DataTable.resourceDirectory().appendingPathComponent("cameo-mapping.tsv")
      return .success(try CAMEOMapping(table: DataTable(contentsOf: url)))
    } catch {
      return .failure(error)
    }
  }()

  /// Reads a user's table: tab-separated, a header with `code` and `relation`, optionally
  /// `set`, and one numeric column per preset (any other name but `description`).
  ///
  /// - Throws: ``EventDataError`` (code `mapping`) at the first bad row, with its line.
  public init(contentsOf path: String) throws(EventDataError) {
    try self.init(table: DataTable(contentsOf: URL(fileURLWithPath: path)))
  }

  /// Reads a table from its text (for tests and embedded tables).
  public init(text: String, file: String = "<mapping>") throws(EventDataError) {
    try self.init(table: DataTable(text: text, file: file))
  }

  init(table: DataTable) throws(EventDataError) {
    let required = try table.columns(["code", "relation"], code: .mapping)
    let setColumn = table.header.firstIndex(of: "set")
    let valueColumns = table.header.indices.filter {
      !["code", "relation", "set", "description"].contains(table.header[$0])
    }
    guard !valueColumns.isEmpty else {
      throw EventDataError(
        .mapping, "no value column; add one named after a preset (gdelt, icews)",
        file: table.file)
    }
    presets = valueColumns.map { MappingPreset(rawValue: table.header[$0]) }
    let descriptionColumn = table.header.firstIndex(of: "description")
    for (line, fields) in table.rows {
      let code = fields[required[0]]
      func problem(_ message: String, _ column: Int) -> EventDataError {
        EventDataError(
          .mapping, message, file: table.file, line: line,
          column: fields[..<column].reduce(1) { $0 + $1.count + 1 },
          field: table.header[column], value: fields[column])
      }
      guard !code.isEmpty else { throw problem("the code is empty", required[0]) }
      guard entries[code] == nil else {
        throw problem("code \"\(code)\" is listed twice", required[0])
      }
      guard let relation = Relation(spelling: fields[required[1]]) else {
        throw problem(
          "unknown relation \"\(fields[required[1]])\"; expected accuses, denies, allies-with "
            + "or warns", required[1])
      }
      let set = setColumn.map { fields[$0].isEmpty ? "default" : fields[$0] } ?? "default"
      var values: [MappingPreset: Double] = [:]
      for (preset, column) in zip(presets, valueColumns) {
        guard let value = Double(fields[column]), value.isFinite, value != 0 else {
          throw problem("the value must be a non-zero number", column)
        }
        values[preset] = value
      }
      entries[code] = Entry(
        code: code, relation: relation, set: set, values: values,
        description: descriptionColumn.map { fields[$0] } ?? "")
    }
  }

  /// The row that maps `code`: the code itself, else its nearest listed parent (down to two
  /// digits); nil when unmapped. Rows of the `broad` set count only when `broad` is true, and
  /// a listed row that does not count stops the search (111 never falls back to 11).
  ///
  /// - Complexity: O(*k*) dictionary lookups for a code of *k* characters.
  public func entry(for code: String, broad: Bool = false) -> Entry? {
    var candidate = Substring(code)
    while !candidate.isEmpty {
      if let entry = entries[String(candidate)] {
        return entry.set == "default" || (broad && entry.set == "broad") ? entry : nil
      }
      guard candidate.count > 2, candidate.allSatisfy(\.isNumber) else { return nil }
      candidate = candidate.dropLast()
    }
    return nil
  }
}
