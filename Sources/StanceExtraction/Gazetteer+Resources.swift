import Foundation
import StanceGraph

extension Gazetteer {
  /// The gazetteer read from the package's data files, read once per process.
  ///
  /// - Throws: ``StanceGraphError`` when a data file is missing or malformed (an installation
  ///   problem, never the user's input).
  public static func builtIn() throws(StanceGraphError) -> Gazetteer {
    switch cachedBuiltIn {
    case .success(let gazetteer): return gazetteer
    case .failure(let error): throw error
    }
  }

  private static let cachedBuiltIn: Result<Gazetteer, StanceGraphError> = {
    do throws(StanceGraphError) {
      return .success(try load(from: resourceDirectory()))
    } catch {
      return .failure(error)
    }
  }()

  /// The folder holding the data files.
  static func resourceDirectory() throws(StanceGraphError) -> URL {
    guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
      throw StanceGraphError(
        Diagnostic(
          .io, "the gazetteer's data files are missing from the installation",
          expected: "a Resources folder in the StanceExtraction bundle",
          suggestion: "rebuild with `swift build`; the bundle must stay beside the binary"))
    }
    return url
  }

  /// Reads a gazetteer from a folder of data files laid out as the package's own.
  public static func load(from directory: URL) throws(StanceGraphError) -> Gazetteer {
    var gazetteer = Gazetteer()
    let actorFiles: [(String, Actor.Kind)] = [
      ("states.tsv", .state), ("organisations.tsv", .organization), ("groups.tsv", .group),
    ]
    for (file, kind) in actorFiles {
      let table = try TSVTable(url: directory.appendingPathComponent(file))
      try table.require(["id", "name", "aliases", "codes", "demonyms", "capitals", "institutions"])
      for row in table.rows {
        let id = table.value(row, "id")
        let index = gazetteer.upsert(
          Entry(
            id: id, name: table.value(row, "name"), kind: kind,
            aliases: table.list(row, "aliases")))
        for code in table.list(row, "codes") { gazetteer.add(code, for: index, form: .code) }
        for demonym in table.list(row, "demonyms") {
          gazetteer.add(demonym, for: index, form: .demonym)
        }
        for capital in table.list(row, "capitals") {
          gazetteer.add(capital, for: index, form: .capital)
        }
        for body in table.list(row, "institutions") {
          gazetteer.add(body, for: index, form: .institution)
        }
      }
    }
    let people = try TSVTable(url: directory.appendingPathComponent("people.tsv"))
    try people.require(["id", "name", "aliases", "represents", "role"])
    for row in people.rows {
      let represents = people.value(row, "represents")
      gazetteer.upsert(
        Entry(
          id: people.value(row, "id"), name: people.value(row, "name"), kind: .person,
          represents: represents.isEmpty ? nil : represents, role: people.value(row, "role"),
          aliases: people.list(row, "aliases")))
    }
    let titles = try TSVTable(url: directory.appendingPathComponent("titles.tsv"))
    try titles.require(["title", "head"])
    for row in titles.rows {
      gazetteer.addTitle(titles.value(row, "title"), head: titles.value(row, "head"))
    }
    return gazetteer
  }
}

/// A tab-separated file with a header line; `#` lines are comments; lists use `|`.
struct TSVTable {
  let file: String
  let columns: [String: Int]
  let rows: [[Substring]]

  init(url: URL) throws(StanceGraphError) {
    file = url.lastPathComponent
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: url))
    } catch {
      throw StanceGraphError(
        Diagnostic(.io, "cannot read the gazetteer file: \(error.localizedDescription)", file: file)
      )
    }
    let table = try DelimitedText.rows(
      bytes, delimiter: 0x09, file: file, comment: UInt8(ascii: "#"))
    let header = table.first?.fields.map(\.text) ?? []
    var rows: [[Substring]] = []
    for row in table.dropFirst() {
      guard row.fields.count == header.count else {
        throw StanceGraphError(
          Diagnostic(
            .fieldCount, "\(row.fields.count) fields where the header has \(header.count)",
            file: file, line: row.line, expected: "one field per column, tab-separated"))
      }
      rows.append(row.fields.map { Substring($0.text) })
    }
    var columns: [String: Int] = [:]
    for (index, name) in header.enumerated() { columns[name] = index }
    self.columns = columns
    self.rows = rows
  }

  func require(_ names: [String]) throws(StanceGraphError) {
    for name in names where columns[name] == nil {
      throw StanceGraphError(
        Diagnostic(.missingColumn, "no \"\(name)\" column", file: file, line: 1, field: name))
    }
  }

  func value(_ row: [Substring], _ column: String) -> String {
    guard let index = columns[column] else { return "" }
    return String(row[index]).trimmingCharacters(in: .whitespaces)
  }

  func list(_ row: [Substring], _ column: String) -> [String] {
    value(row, column).split(separator: "|").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }
}
