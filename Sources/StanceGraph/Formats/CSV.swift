/// CSV and TSV edge lists: a header row naming the columns, then one statement per row.
///
/// Required columns: `source`, `relation`, `target`. Optional: `claim` (its text), `date`,
/// `weight`, `evidence` (a quote; `quote` also works), `document`, `sentence`. Columns may come
/// in any order and their names ignore case; any other column becomes a statement attribute.
/// A classic signed edge list (`source,target,sign`) may give a `sign` column instead of
/// `relation`: a positive sign is `allies-with`, a negative one `accuses`, and its magnitude
/// multiplies the weight.
/// Fields follow RFC 4180: quoted fields may hold delimiters, `""` and newlines; CRLF and LF
/// both end rows; spaces around unquoted fields are trimmed; blank rows are skipped. As in every
/// format, a field's text never starts with U+FEFF (``TextField``).
enum EdgeListColumn: String, CaseIterable {
  case source, relation, target, claim, date, weight, evidence, document, sentence, sign

  /// The prefix that marks an attribute column whose name is also a column's name
  /// (`attribute:date`); the writer adds it, the reader removes it.
  static let attributePrefix = "attribute:"

  init?(header: String) {
    let key = header.trimmingSpaces().lowercased()
    if key == "quote" {
      self = .evidence
    } else {
      self.init(rawValue: key)
    }
  }
}

extension ClaimGraph {
  /// Reads a CSV (`delimiter` `,`) or TSV (`\t`) edge list.
  ///
  /// - Complexity: O(*n*) in the input's length, one dictionary lookup per actor field.
  static func decodeEdgeList(_ text: SourceText, delimiter: UInt8) throws(StanceGraphError)
    -> ClaimGraph
  {
    var reader = EdgeListReader(text: text, delimiter: delimiter)
    return try reader.read()
  }

  /// Writes an edge list; columns that no statement uses are left out, attributes follow as
  /// sorted extra columns.
  func encodeEdgeList(delimiter: UInt8) -> [UInt8] {
    var columns: [EdgeListColumn] = [.source, .relation, .target]
    if statements.contains(where: { $0.claim != nil }) { columns.append(.claim) }
    if statements.contains(where: { $0.date != nil }) { columns.append(.date) }
    if statements.contains(where: { $0.weight != 1 }) { columns.append(.weight) }
    if statements.contains(where: { $0.evidence?.document != nil }) { columns.append(.document) }
    if statements.contains(where: { $0.evidence?.sentence != nil }) { columns.append(.sentence) }
    if statements.contains(where: { $0.evidence?.quote != nil }) { columns.append(.evidence) }
    let attributeKeys = Set(statements.flatMap(\.attributes.keys)).sorted()

    var writer = TextWriter(capacity: statements.count * 48)
    func field(_ text: String, first: Bool) {
      if !first { writer.write(byte: delimiter) }
      let needsQuotes =
        text.utf8.contains {
          $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        } || text.first?.isWhitespace == true || text.last?.isWhitespace == true
      guard needsQuotes else { return writer.write(text) }
      writer.write("\"")
      writer.write(
        text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\""))
      writer.write("\"")
    }
    let attributeHeaders = attributeKeys.map { key in
      EdgeListColumn(header: key) != nil
        || key.lowercased().hasPrefix(EdgeListColumn.attributePrefix)
        ? EdgeListColumn.attributePrefix + key : key
    }
    for (index, name) in (columns.map(\.rawValue) + attributeHeaders).enumerated() {
      field(name, first: index == 0)
    }
    writer.write("\n")
    for statement in statements {
      for (index, column) in columns.enumerated() {
        let value: String
        switch column {
        case .source: value = actors[statement.source.index].id
        case .relation: value = statement.relation.rawValue
        case .target: value = statement.target.map { actors[$0.index].id } ?? ""
        case .claim:
          // The text names the claim; a blank text falls back to the id.
          value =
            statement.claim.map {
              claims[$0.index].text.isBlank ? claims[$0.index].id : claims[$0.index].text
            } ?? ""
        case .date: value = statement.date?.description ?? ""
        case .weight:
          var number = TextWriter()
          number.write(number: statement.weight)
          value = String(decoding: number.bytes, as: UTF8.self)
        case .document: value = statement.evidence?.document ?? ""
        case .sentence: value = statement.evidence?.sentence.map(String.init) ?? ""
        case .evidence: value = statement.evidence?.quote ?? ""
        case .sign: value = ""
        }
        field(value, first: index == 0)
      }
      for key in attributeKeys { field(statement.attributes[key] ?? "", first: false) }
      writer.write("\n")
    }
    return writer.bytes
  }
}
