import Foundation

/// The columns of one event-file layout, in file order, and which of them the importer reads:
/// data from `Resources/layouts/NAME.tsv`, in the codebook's own names.
public struct EventLayout: Hashable, Sendable {
  /// What the importer reads a column for.
  public enum Role: String, CaseIterable, Sendable {
    case id, date, code
    case sourceCode = "source-code"
    case sourceName = "source-name"
    case sourceCountry = "source-country"
    case targetCode = "target-code"
    case targetName = "target-name"
    case targetCountry = "target-country"
    case url, document, sentence, mentions, sources, articles
  }

  /// `gdelt1-58`, `icews-20`, ...
  public var name: String
  /// Column names in file order.
  public var columns: [String]
  /// The column index of each role the layout has.
  public var index: [Role: Int]

  /// Reads a built-in layout.
  public static func builtIn(_ name: String) throws(EventDataError) -> EventLayout {
    let url = try DataTable.resourceDirectory().appendingPathComponent("layouts/\(name).tsv")
    return try EventLayout(name: name, table: DataTable(contentsOf: url))
  }

  init(name: String, table: DataTable) throws(EventDataError) {
    let indices = try table.columns(["column", "role"], code: .layout)
    self.name = name
    columns = table.rows.map { $0.fields[indices[0]] }
    index = [:]
    for (position, row) in table.rows.enumerated() where !row.fields[indices[1]].isEmpty {
      guard let role = Role(rawValue: row.fields[indices[1]]) else {
        throw EventDataError(
          .layout, "unknown role \"\(row.fields[indices[1]])\"", file: table.file,
          line: row.line)
      }
      index[role] = position
    }
    for role in [Role.date, .code] where index[role] == nil {
      throw EventDataError(.layout, "the layout has no \(role.rawValue) column", file: table.file)
    }
  }
}
