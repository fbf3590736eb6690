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

/// The CSV reading loop: splits fields in place and creates strings only for the columns used.
private struct EdgeListReader {
  let text: SourceText
  let delimiter: UInt8
  var graph = ClaimGraph()
  var log: DiagnosticLog
  /// Where the row being read starts, for error positions.
  var rowStart = 0
  var rowLine = 1
  /// Whether the row just read has a syntax error already reported.
  var rowIsBroken = false

  /// A field's bytes, where it starts, and whether it holds `""` escapes.
  struct Field {
    var start: Int
    var end: Int
    var isQuoted: Bool
    var hasEscapes: Bool
  }

  init(text: SourceText, delimiter: UInt8) {
    self.text = text
    self.delimiter = delimiter
    self.log = DiagnosticLog(file: text.file)
  }

  mutating func read() throws(StanceGraphError) -> ClaimGraph {
    let bytes = text.bytes
    var offset = 0
    var line = 1
    var fields: [Field] = []
    fields.reserveCapacity(16)

    // Header.
    var headerLine = 1
    while offset < bytes.count {
      headerLine = line
      guard nextRow(bytes, &offset, &line, into: &fields) else { break }
      if !isBlank(fields, bytes) { break }
    }
    var columnOf = [Int](repeating: -1, count: EdgeListColumn.allCases.count)
    var attributeColumns: [(index: Int, name: String)] = []
    var headers: [String] = []
    for (index, field) in fields.enumerated() {
      let name = string(field, bytes)
      headers.append(name)
      if let column = EdgeListColumn(header: name) {
        let slot = EdgeListColumn.allCases.firstIndex(of: column) ?? 0
        if columnOf[slot] >= 0 {
          report(
            .duplicateColumn, "column \"\(name)\" appears twice in the header", line: headerLine,
            byte: field.start, field: name, suggestion: "keep one of them")
        }
        columnOf[slot] = index
      } else {
        // Spaces around an unquoted name are layout; inside quotes they are part of it.
        var attribute = field.isQuoted ? name : name.trimmingSpaces()
        if attribute.lowercased().hasPrefix(EdgeListColumn.attributePrefix) {
          attribute.removeFirst(EdgeListColumn.attributePrefix.count)
        }
        attributeColumns.append((index, attribute))
      }
    }
    let expectedHeader =
      "a header naming source, relation (or sign) and target (and optionally claim, date, "
      + "weight, evidence, document, sentence)"
    if fields.count == 1, let other = EdgeListReader.otherDelimiter(in: headers[0], not: delimiter)
    {
      report(
        .missingColumn, "the header is one column: the file seems separated by \(other.name)",
        line: headerLine, byte: fields[0].start, field: nil, expected: expectedHeader,
        suggestion: other.advice)
      try log.check()
    }
    let hasSign = column(.sign, columnOf) >= 0
    if hasSign && column(.relation, columnOf) >= 0 {
      report(
        .duplicateColumn, "the header has both a \"relation\" and a \"sign\" column",
        line: headerLine, byte: fields[column(.sign, columnOf)].start, field: "sign",
        suggestion: "keep one: relation names the relation, sign gives only its sign")
    }
    var attributeNames: Set<String> = []
    for (index, name) in attributeColumns where !attributeNames.insert(name).inserted {
      report(
        .duplicateColumn, "two columns give attribute \"\(name)\"", line: headerLine,
        byte: fields[index].start, field: name, suggestion: "keep one of them")
    }
    for required in [EdgeListColumn.source, .relation, .target]
    where column(required, columnOf) < 0 && !(required == .relation && hasSign) {
      // A header close to the missing name is most likely it, misspelt: point at it.
      let misspelt = attributeColumns.first {
        !Suggestions.closest(to: $0.name, among: [required.rawValue]).isEmpty
      }
      report(
        .missingColumn, "the header has no \"\(required.rawValue)\" column", line: headerLine,
        byte: misspelt.map { fields[$0.index].start } ?? fields.first?.start ?? 0,
        field: required.rawValue, expected: expectedHeader,
        suggestion: misspelt.map { "rename column \"\($0.name)\" to \"\(required.rawValue)\"" })
    }
    try log.check()
    let headerCount = fields.count

    let layout = Layout(columnOf: columnOf, attributes: attributeColumns)
    while !log.shouldStop(inputRemains: offset < bytes.count), offset < bytes.count {
      let rowLine = line
      guard nextRow(bytes, &offset, &line, into: &fields) else { break }
      if isBlank(fields, bytes) || rowIsBroken { continue }
      if offset - rowStart > text.limits.maxLineBytes {
        var diagnostic = ReadLimits.exceeded(
          "the row (\(ReadLimits.describe(offset - rowStart)) bytes)",
          limit: text.limits.maxLineBytes, name: .lineBytes, file: text.file)
        diagnostic.line = rowLine
        throw StanceGraphError(diagnostic)
      }

      if fields.count != headerCount {
        report(
          .fieldCount,
          "the row has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(headerCount)",
          line: rowLine,
          byte: fields.count > headerCount
            ? fields[headerCount].start : fields[fields.count - 1].end,
          field: nil,
          expected: "\(headerCount) fields separated by \(delimiter == 9 ? "tabs" : "commas")",
          suggestion:
            "quote fields that contain \(delimiter == 9 ? "tabs" : "commas") or line breaks")
        continue
      }
      decodeRow(fields, bytes, line: rowLine, layout: layout)
      if graph.statementCount > text.limits.maxStatements
        || graph.actorCount > text.limits.maxActors
      {
        let isStatements = graph.statementCount > text.limits.maxStatements
        throw StanceGraphError(
          ReadLimits.exceeded(
            isStatements ? "the number of statements" : "the number of actors",
            limit: isStatements ? text.limits.maxStatements : text.limits.maxActors,
            name: isStatements ? .statements : .actors, file: text.file))
      }
    }
    try log.check()
    return graph
  }

  /// The separator a one-column header seems to use instead of `delimiter`, with advice.
  static func otherDelimiter(in header: String, not delimiter: UInt8) -> (
    name: String, advice: String
  )? {
    if delimiter != UInt8(ascii: ","), header.contains(",") {
      return ("commas", "read it as CSV: name it .csv or name the format csv")
    }
    if delimiter != 0x09, header.contains("\t") {
      return ("tabs", "read it as TSV: name it .tsv or name the format tsv")
    }
    if header.contains(";") {
      return ("';'", "StanceGraph reads commas or tabs: replace each ';' that separates fields")
    }
    return nil
  }

  private func column(_ column: EdgeListColumn, _ columnOf: [Int]) -> Int {
    columnOf[EdgeListColumn.allCases.firstIndex(of: column) ?? 0]
  }

  /// Where each known column is in a row (-1 when absent), and the attribute columns.
  struct Layout {
    var source = -1, relation = -1, target = -1, claim = -1, date = -1, weight = -1
    var quote = -1, document = -1, sentence = -1, sign = -1
    var attributes: [(index: Int, name: String)]

    init(columnOf: [Int], attributes: [(index: Int, name: String)]) {
      self.attributes = attributes
      for (slot, column) in EdgeListColumn.allCases.enumerated() {
        let index = columnOf[slot]
        switch column {
        case .source: source = index
        case .relation: relation = index
        case .target: target = index
        case .claim: claim = index
        case .date: date = index
        case .weight: weight = index
        case .evidence: quote = index
        case .document: document = index
        case .sentence: sentence = index
        case .sign: sign = index
        }
      }
    }
  }

  /// Whether the row has a non-empty field in `column`.
  private func has(_ column: Int, _ fields: [Field]) -> Bool {
    column >= 0 && fields[column].end > fields[column].start
  }

  private mutating func decodeRow(_ fields: [Field], _ bytes: [UInt8], line: Int, layout: Layout) {
    let errorsBefore = log.count
    let sourceName = string(fields[layout.source], bytes)
    if sourceName.isEmpty {
      report(
        .missingField, "the source is empty", line: line, byte: fields[layout.source].start,
        field: "source", expected: "an actor name")
    }
    var parsedRelation: Relation?
    var signMagnitude = 1.0
    if layout.relation >= 0 {
      let relationField = fields[layout.relation]
      parsedRelation = relation(relationField, bytes)
      if parsedRelation == nil {
        var diagnostic = Relation.unknownDiagnostic(string(relationField, bytes))
        diagnostic.field = "relation"
        report(diagnostic, line: line, byte: relationField.start)
      }
    } else {
      let text = string(fields[layout.sign], bytes)
      switch text.lowercased() {
      case "+", "positive", "pos": parsedRelation = .alliesWith
      case "-", "negative", "neg": parsedRelation = .accuses
      default:
        if let value = Double(decimal: text), value != 0, value.isFinite {
          parsedRelation = value > 0 ? .alliesWith : .accuses
          signMagnitude = abs(value)
        } else {
          report(
            .invalidValue,
            text.isEmpty
              ? "the sign is empty" : "sign \"\(text)\" is not a positive or negative number",
            line: line,
            byte: fields[layout.sign].start, field: "sign", value: text,
            expected: "a non-zero number, +, -, positive or negative",
            suggestion: "a sign of 0 carries no tie: leave the row out")
        }
      }
    }
    let targetName = string(fields[layout.target], bytes)
    var statementDate: PartialDate?
    if has(layout.date, fields) {
      let field = fields[layout.date]
      statementDate = PartialDate(utf8: bytes[field.start..<field.end])
      if statementDate == nil {
        var diagnostic = PartialDate.invalidDiagnostic(string(field, bytes))
        diagnostic.field = "date"
        report(diagnostic, line: line, byte: field.start)
      }
    }
    var statementWeight = signMagnitude
    if has(layout.weight, fields) {
      let text = string(fields[layout.weight], bytes)
      if let value = Double(decimal: text), value > 0, value.isFinite {
        statementWeight *= value
      } else {
        report(
          .invalidValue, "weight \"\(text)\" is not a positive number", line: line,
          byte: fields[layout.weight].start, field: "weight", value: text,
          expected: "a finite number greater than 0",
          suggestion: "leave the field empty for the default of 1")
      }
    }
    var evidence = Evidence()
    if has(layout.document, fields) { evidence.document = string(fields[layout.document], bytes) }
    if has(layout.quote, fields) { evidence.quote = string(fields[layout.quote], bytes) }
    if has(layout.sentence, fields) {
      let text = string(fields[layout.sentence], bytes)
      if let number = Int(text), number >= 1 {
        evidence.sentence = number
      } else {
        report(
          .invalidValue, "sentence \"\(text)\" is not a sentence number", line: line,
          byte: fields[layout.sentence].start, field: "sentence", value: text,
          expected: "a whole number from 1")
      }
    }
    guard log.count == errorsBefore, let parsedRelation else { return }
    var attributes: [String: String] = [:]
    for (index, name) in layout.attributes where fields[index].end > fields[index].start {
      attributes[name] = string(fields[index], bytes)
    }
    let statement = Statement(
      source: graph.actorID(forName: sourceName), relation: parsedRelation,
      target: targetName.isEmpty ? nil : graph.actorID(forName: targetName),
      claim: has(layout.claim, fields)
        ? graph.claimID(forText: string(fields[layout.claim], bytes)) : nil,
      date: statementDate, weight: statementWeight, evidence: evidence.isEmpty ? nil : evidence,
      attributes: attributes)
    if let problem = graph.problem(with: statement) {
      let field = problem.field == "target" ? fields[layout.target] : fields[layout.source]
      report(problem, line: line, byte: field.start)
      return
    }
    graph.append(validated: statement)
  }

  /// Parses a relation, trying the canonical spellings on the bytes before making a string.
  private func relation(_ field: Field, _ bytes: [UInt8]) -> Relation? {
    let length = field.end - field.start
    if !field.hasEscapes {
      for relation in Relation.allCases where relation.rawValue.utf8.count == length {
        if relation.rawValue.utf8.elementsEqual(bytes[field.start..<field.end]) { return relation }
      }
    }
    return Relation(spelling: string(field, bytes))
  }

  private func isBlank(_ fields: [Field], _ bytes: [UInt8]) -> Bool {
    fields.count == 1 && !fields[0].isQuoted && fields[0].end == fields[0].start
  }

  /// The text of a field, with `""` unescaped.
  private func string(_ field: Field, _ bytes: [UInt8]) -> String {
    let text = bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[field.start..<field.end]), as: UTF8.self)
    }
    guard field.hasEscapes else { return text }
    return text.split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"")
  }

  /// Splits the row starting at `offset` into `fields` and moves past it.
  /// Returns false at the end of input.
  private mutating func nextRow(
    _ bytes: [UInt8], _ offset: inout Int, _ line: inout Int, into fields: inout [Field]
  ) -> Bool {
    fields.removeAll(keepingCapacity: true)
    guard offset < bytes.count else { return false }
    rowStart = offset
    rowLine = line
    rowIsBroken = false
    let count = bytes.count
    var index = offset
    while true {
      // One field.
      while index < count, bytes[index] == 0x20 || (bytes[index] == 0x09 && delimiter != 0x09) {
        index += 1
      }
      if index < count, bytes[index] == UInt8(ascii: "\"") {
        let opening = index
        let openingLine = line
        index += 1
        let start = index
        var hasEscapes = false
        var closed = false
        while index < count {
          let byte = bytes[index]
          if byte == UInt8(ascii: "\"") {
            if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\"") {
              hasEscapes = true
              index += 2
              continue
            }
            closed = true
            break
          }
          if byte == 0x0A { line += 1 }
          index += 1
        }
        if !closed {
          rowIsBroken = true
          report(
            .syntax, "a quoted field is not closed", line: openingLine, byte: opening, field: nil,
            expected: "a closing '\"'", suggestion: "write a quote inside a quoted field as \"\"")
          offset = count
          fields.append(Field(start: start, end: start, isQuoted: true, hasEscapes: false))
          return true
        }
        // A field's text never starts with U+FEFF (TextField), quoted or not.
        let textStart =
          start + TextField.byteOrderMarkPrefixLength(of: bytes[start..<index])
        fields.append(
          Field(start: textStart, end: index, isQuoted: true, hasEscapes: hasEscapes))
        index += 1
        while index < count, bytes[index] == 0x20 { index += 1 }
        if index < count, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D {
          report(
            .syntax, "unexpected text after a closing quote", line: line, byte: index, field: nil,
            expected: "a delimiter or the end of the row",
            suggestion: "quote the whole field and double the quotes inside it")
          rowIsBroken = true
          while index < count, bytes[index] != delimiter, bytes[index] != 0x0A { index += 1 }
        }
      } else {
        let start = index
        while index < count, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D {
          index += 1
        }
        var end = index
        while end > start, bytes[end - 1] == 0x20 || (bytes[end - 1] == 0x09 && delimiter != 0x09) {
          end -= 1
        }
        let textStart = start + TextField.byteOrderMarkPrefixLength(of: bytes[start..<end])
        fields.append(Field(start: textStart, end: end, isQuoted: false, hasEscapes: false))
      }
      if index < count, bytes[index] == delimiter {
        index += 1
        continue
      }
      // End of row: CR, LF, CRLF or end of input.
      if index < count, bytes[index] == 0x0D { index += 1 }
      if index < count, bytes[index] == 0x0A { index += 1 }
      line += 1
      offset = index
      return true
    }
  }

  private mutating func report(
    _ code: Diagnostic.Code, _ message: String, line: Int, byte: Int, field: String?,
    value: String? = nil, expected: String? = nil, suggestion: String? = nil
  ) {
    report(
      Diagnostic(
        code, message, field: field, value: value, expected: expected, suggestion: suggestion),
      line: line, byte: byte)
  }

  /// Reports at a byte of the row that starts on `line`; the row may span lines.
  ///
  /// - Complexity: O(*r*) in the row's length, so errors cost nothing on the rows before.
  private mutating func report(_ diagnostic: Diagnostic, line: Int, byte: Int) {
    var diagnostic = diagnostic
    let bytes = text.bytes
    let byte = min(byte, bytes.count)
    guard byte >= rowStart else {
      let position = text.position(ofByte: byte)
      (diagnostic.line, diagnostic.column) = (position.line, position.column)
      return log.add(diagnostic)
    }
    // A line ends at LF, CRLF or a lone CR.
    func endsLine(_ index: Int) -> Bool {
      bytes[index] == 0x0A
        || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
    }
    var lineStart = byte
    while lineStart > 0, !endsLine(lineStart - 1) { lineStart -= 1 }
    var extraLines = 0
    var index = lineStart
    while index > rowStart {
      index -= 1
      if endsLine(index) { extraLines += 1 }
    }
    diagnostic.line = rowLine + extraLines
    _ = line
    diagnostic.column = bytes[lineStart..<byte].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    log.add(diagnostic)
  }
}
