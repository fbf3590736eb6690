/// The CSV and TSV reading loop: rows split by ``DelimitedText``, strings made only for the
/// columns used, one dictionary lookup per actor field.
struct EdgeListReader {
  let text: SourceText
  let delimiter: UInt8
  var graph = ClaimGraph()
  var log: DiagnosticLog
  /// The rows, split by the shared tokenizer.
  var rows: DelimitedText
  /// Whether the row just read has a syntax error already reported.
  var rowIsBroken = false
  private var problems: [DelimitedText.Problem] = []

  typealias Field = DelimitedText.Field

  init(text: SourceText, delimiter: UInt8) {
    self.text = text
    self.delimiter = delimiter
    self.log = DiagnosticLog(file: text.file)
    self.rows = DelimitedText(bytes: text.bytes, delimiter: delimiter)
  }

  /// Where the row just read starts, for error positions and the line limit.
  private var rowStart: Int { rows.rowStart }

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
        guard !attribute.isEmpty else {
          report(
            .missingColumn, "column \(index + 1) of the header has no name", line: headerLine,
            byte: field.start, field: nil, expected: "a name for every column",
            suggestion: "name the column, or remove it from every row")
          continue
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
      if log.shouldStop(inputRemains: true) { break }
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
    // A classic signed edge list: its ties are signs, so analysis weighs them as signs.
    if hasSign { graph.metadata[ClaimGraph.weightsMetadataKey] = "unit" }

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
    for (name, column, field) in [
      (sourceName, layout.source, "source"), (targetName, layout.target, "target"),
    ] {
      if let problem = ClaimGraph.controlCharacterProblem(in: name, field: field) {
        report(problem, line: line, byte: fields[column].start)
      }
    }
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
      if let value = Double(decimal: text), value > 0,
        value * statementWeight <= Statement.maximumWeight
      {
        statementWeight *= value
      } else {
        report(
          .invalidValue, "weight \"\(text)\" is not a positive number up to 1,000,000", line: line,
          byte: fields[layout.weight].start, field: "weight", value: text,
          expected: "a number greater than 0 and at most 1,000,000 (times the sign's magnitude)",
          suggestion: "leave the field empty for the default of 1, or scale the weights down")
      }
    }
    var evidence = Evidence()
    if has(layout.document, fields) { evidence.document = string(fields[layout.document], bytes) }
    if has(layout.quote, fields) { evidence.quote = string(fields[layout.quote], bytes) }
    if has(layout.sentence, fields) {
      let text = string(fields[layout.sentence], bytes)
      if let number = Int(text), Evidence.sentenceRange.contains(number) {
        evidence.sentence = number
      } else {
        report(
          .invalidValue, "sentence \"\(text)\" is not a sentence number", line: line,
          byte: fields[layout.sentence].start, field: "sentence", value: text,
          expected:
            "a whole number from 1 to \(ReadLimits.describe(Evidence.sentenceRange.upperBound))")
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
    DelimitedText.isBlank(fields)
  }

  /// The text of a field, with `""` unescaped.
  private func string(_ field: Field, _ bytes: [UInt8]) -> String { rows.string(field) }

  /// Splits the next row into `fields`, reporting its syntax problems; `offset` and `line` move
  /// past it. Returns false at the end of input.
  private mutating func nextRow(
    _ bytes: [UInt8], _ offset: inout Int, _ line: inout Int, into fields: inout [Field]
  ) -> Bool {
    problems.removeAll(keepingCapacity: true)
    guard rows.nextRow(into: &fields, problems: &problems) else { return false }
    rowIsBroken = !problems.isEmpty
    for problem in problems {
      report(
        .syntax, problem.message, line: rows.rowLine, byte: problem.byte, field: nil,
        expected: problem.expected, suggestion: problem.suggestion)
    }
    offset = rows.offset
    line = rows.line
    return true
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

  /// Reports at a byte of the row just read; the row may span lines.
  ///
  /// - Complexity: O(*r*) in the row's length, so errors cost nothing on the rows before.
  private mutating func report(_ diagnostic: Diagnostic, line: Int, byte: Int) {
    // Past the error cap nothing is located: finding a column costs the row's length, and a
    // 400 KB header of 2x10^5 repeated names made that quadratic (35 s).
    guard !log.isFull else {
      log.add(diagnostic)
      return
    }
    var diagnostic = diagnostic
    let byte = min(byte, text.bytes.count)
    if byte < rowStart {
      let position = text.position(ofByte: byte)
      (diagnostic.line, diagnostic.column) = (position.line, position.column)
    } else {
      (diagnostic.line, diagnostic.column) = rows.column(ofByte: byte)
    }
    log.add(diagnostic)
  }
}
