import Foundation

/// A tab-separated data file with a header row; lines starting with `#` are comments. The
/// shape of every data file StanceEvents ships (layouts, the CAMEO mapping) and of a user's
/// mapping table.
struct DataTable {
  var file: String
  var header: [String]
  /// The rows, each with its 1-based line number; short rows are padded with empty fields.
  var rows: [(line: Int, fields: [String])]

  init(text: String, file: String) throws(EventDataError) {
    self.file = file
    var header: [String]?
    var rows: [(Int, [String])] = []
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var line = Substring(rawLine)
      if line.last == "\r" { line = line.dropLast() }
      if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if header == nil {
        header = fields
      } else {
        rows.append((number, fields))
      }
    }
    guard let header else {
      throw EventDataError(.mapping, "no header row", file: file)
    }
    self.header = header
    self.rows = rows.map { row in
      (
        row.0,
        row.1.count < header.count
          ? row.1 + Array(repeating: "", count: header.count - row.1.count) : row.1
      )
    }
  }

  init(contentsOf url: URL) throws(EventDataError) {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw EventDataError(
        .io, "cannot read the data file: \(error.localizedDescription)", file: url.path)
    }
    try self.init(text: text, file: url.path)
  }

  /// The index of each named column; throws naming the first one missing.
  func columns(_ names: [String], code: EventDataError.Code) throws(EventDataError) -> [Int] {
    var indices: [Int] = []
    for name in names {
      guard let index = header.firstIndex(of: name) else {
        throw EventDataError(
          code,
          "no column \"\(name)\"; the header has " + header.joined(separator: ", "),
          file: file, line: nil)
      }
      indices.append(index)
    }
    return indices
  }

  /// The folder of data files shipped in the module's bundle.
  static func resourceDirectory() throws(EventDataError) -> URL {
    guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
      throw EventDataError(
        .io,
        "the event layouts and CAMEO mapping are missing from the installation; rebuild "
          + "with `swift build` (the StanceEvents bundle must stay beside the binary)")
    }
    return url
  }
}
