/// A CSV table of actors that gives an edge list what its format cannot carry: names, kinds,
/// aliases and whom each actor speaks for.
///
/// The header names the columns, in any order: `id` (required), `name`, `kind` (state,
/// organization, person, group or other), `aliases` and `represents`. Aliases are separated
/// by `|` or `;` (either is accepted, so a name that contains one of them cannot be an
/// alias). Fields may be quoted as in RFC 4180; blank rows are skipped.
///
/// ```swift
/// let table = try ActorTable(csv: "id,name,kind,aliases\nUS,United States,state,U.S.|Washington\n")
/// let named = try table.applied(to: edges)
/// ```
public struct ActorTable: Hashable, Sendable {
  /// One row of the table.
  public struct Row: Hashable, Sendable {
    public var actor: Actor
    /// The 1-based line the row starts on.
    public var line: Int
  }

  /// The columns a table may have.
  public static let columns = ["id", "name", "kind", "aliases", "represents"]

  public var rows: [Row]
  /// The file the table came from, for messages.
  public var file: String?

  /// Reads a table from a file, or from standard input for `-`.
  ///
  /// - Throws: ``StanceGraphError`` for an unreadable file or a malformed table, with every
  ///   problem found (line and column).
  public init(contentsOf path: String, limits: ReadLimits = .standard) throws(StanceGraphError) {
    let text = try ClaimGraph.readText(path, limit: limits.maxInputBytes)
    try self.init(csv: text, file: path == "-" ? "<stdin>" : path)
  }

  /// Parses a table from CSV text.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public init(csv text: String, file: String? = nil) throws(StanceGraphError) {
    self.file = file
    rows = []
    let records = try DelimitedText.rows(Array(text.utf8), delimiter: UInt8(ascii: ","), file: file)
    guard let header = records.first else {
      throw StanceGraphError(
        Diagnostic(
          .emptyInput, "the actor table is empty", file: file,
          expected: "a header naming id (and optionally name, kind, aliases, represents)"))
    }
    var diagnostics: [Diagnostic] = []
    var columnOf: [String: Int] = [:]
    for (index, cell) in header.fields.enumerated() {
      let name = cell.text.trimmed.lowercased()
      guard ActorTable.columns.contains(name) else {
        diagnostics.append(
          Diagnostic(
            .unknownField, "unknown column \"\(cell.text)\"", file: file, line: header.line,
            column: cell.column, value: cell.text,
            expected: ActorTable.columns.joined(separator: ", "),
            suggestion: Suggestions.didYouMean(name, among: ActorTable.columns)))
        continue
      }
      if columnOf[name] != nil {
        diagnostics.append(
          Diagnostic(
            .duplicateColumn, "column \"\(name)\" appears twice", file: file, line: header.line,
            column: cell.column, value: cell.text))
      }
      columnOf[name] = index
    }
    guard let idColumn = columnOf["id"] else {
      diagnostics.append(
        Diagnostic(
          .missingColumn, "the actor table has no id column", file: file, line: header.line,
          column: 1, expected: "a header naming id (and optionally name, kind, aliases, represents)"
        ))
      throw StanceGraphError(diagnostics)
    }
    for record in records.dropFirst() {
      if record.fields.allSatisfy({ $0.text.trimmed.isEmpty }) { continue }
      func value(_ column: String) -> (text: String, column: Int)? {
        guard let index = columnOf[column], index < record.fields.count else { return nil }
        let text = record.fields[index].text.trimmed
        return text.isEmpty ? nil : (text, record.fields[index].column)
      }
      guard let id = value("id")?.text else {
        diagnostics.append(
          Diagnostic(
            .missingField, "the row has no id", file: file, line: record.line,
            column: idColumn < record.fields.count ? record.fields[idColumn].column : 1,
            field: "id"))
        continue
      }
      var kind = Actor.Kind.other
      if let (text, column) = value("kind") {
        if let parsed = Actor.Kind(rawValue: text.lowercased()) {
          kind = parsed
        } else {
          diagnostics.append(
            Diagnostic(
              .unknownKind, "unknown kind \"\(text)\"", file: file, line: record.line,
              column: column, field: "kind", value: text,
              expected: Actor.Kind.allCases.map(\.rawValue).joined(separator: ", "),
              suggestion: Suggestions.didYouMean(text, among: Actor.Kind.allCases.map(\.rawValue))
            ))
        }
      }
      let aliases =
        value("aliases")?.text.split(whereSeparator: { $0 == "|" || $0 == ";" })
        .map { String($0).trimmed }.filter { !$0.isEmpty } ?? []
      let actor = Actor(
        id: id, name: value("name")?.text, kind: kind, aliases: aliases,
        represents: value("represents")?.text)
      rows.append(Row(actor: actor, line: record.line))
    }
    if !diagnostics.isEmpty { throw StanceGraphError(diagnostics) }
  }

  /// `graph` with the table's actors: each row's actor takes the place of the actor of `graph`
  /// its id, name or an alias names (the table's name, kind and aliases win), and rows that
  /// name no actor of `graph` are added, without statements. Statements, claims and metadata
  /// are those of `graph`; a `represents` cell names an actor of the table or of `graph`.
  ///
  /// - Throws: ``StanceGraphError`` when two rows name one actor, or a `represents` names no
  ///   actor or would form a cycle; every problem is reported with its line.
  /// - Complexity: O(*r* + *a* + *s*) for *r* rows and a graph of *a* actors and *s* statements.
  public func applied(to graph: ClaimGraph) throws(StanceGraphError) -> ClaimGraph {
    var diagnostics: [Diagnostic] = []
    var table = ClaimGraph()
    var added: [(row: Row, id: ActorID)] = []
    for row in rows {
      var actor = row.actor
      actor.represents = nil
      do throws(StanceGraphError) {
        if let problem = ClaimGraph.controlCharacterProblem(in: actor) {
          throw StanceGraphError(problem)
        }
        added.append((row, try table.add(actor)))
      } catch {
        diagnostics += error.diagnostics.map { located($0, line: row.line) }
      }
    }
    if !diagnostics.isEmpty { throw StanceGraphError(diagnostics) }
    let merge = table.merging(graph)
    var result = merge.graph
    result.metadata = graph.metadata
    var declared = Set<ActorID>()
    for (row, id) in added {
      guard let represents = row.actor.represents else { continue }
      declared.insert(id)
      guard let representative = result.actorID(named: represents) else {
        let spellings = result.actors.flatMap { [$0.id, $0.name] + $0.aliases }.sorted()
        diagnostics.append(
          Diagnostic(
            .unknownActor, "no actor is named \"\(represents)\"", file: file, line: row.line,
            field: "represents", value: represents, expected: "an actor id, name or alias",
            suggestion: Suggestions.didYouMean(represents, among: spellings)))
        continue
      }
      do {
        try result.setRepresentative(of: id, to: representative)
      } catch {
        diagnostics += error.diagnostics.map { located($0, line: row.line) }
      }
    }
    // Matched actors keep whom they speak for in `graph` unless their row says otherwise.
    for (index, mapped) in merge.actorMap.enumerated() where mapped.index < added.count {
      guard !declared.contains(mapped), result.representative(of: mapped) == nil,
        let representative = graph.representative(of: ActorID(index))
      else { continue }
      try? result.setRepresentative(of: mapped, to: merge.actorMap[representative.index])
    }
    if !diagnostics.isEmpty { throw StanceGraphError(diagnostics) }
    return result
  }

  private func located(_ diagnostic: Diagnostic, line: Int) -> Diagnostic {
    var diagnostic = diagnostic
    diagnostic.file = file
    diagnostic.line = line
    return diagnostic
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate var trimmed: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}
