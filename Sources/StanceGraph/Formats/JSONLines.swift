extension ClaimGraph {
  /// Reads JSON Lines: each non-blank line one object. A line is a statement, or declares an
  /// actor (`{"actor": {…}}`), a claim (`{"claim": {…}}`) or metadata (`{"metadata": {…}}`).
  /// Declarations may come after the statements that use them.
  static func decodeJSONLines(_ text: SourceText) throws(StanceGraphError) -> ClaimGraph {
    var sections = GraphDecoder.Sections()
    sections.actorDeclaration = #"declare it with a line {"actor": {"id": …}}"#
    var log = DiagnosticLog(file: text.file)
    var lineNumber = 0
    var start = 0
    let bytes = text.bytes
    while !log.shouldStop(inputRemains: start < bytes.count), start < bytes.count {
      lineNumber += 1
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      defer { start = end + 1 }
      if end - start > text.limits.maxLineBytes {
        var diagnostic = ReadLimits.exceeded(
          "line \(lineNumber) (\(ReadLimits.describe(end - start)) bytes)",
          limit: text.limits.maxLineBytes, name: .lineBytes, file: text.file)
        diagnostic.line = lineNumber
        throw StanceGraphError(diagnostic)
      }
      let isBlank = bytes[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
      if isBlank { continue }
      let node: DocumentNode
      do {
        node = try JSONParser.parse(
          bytes, range: start..<end, firstLine: lineNumber, maxDepth: text.limits.maxDepth)
      } catch {
        log.add(
          error.diagnostic(
            file: nil, line: lineNumber,
            column: text.characterColumn(line: lineNumber, byteColumn: error.position.column)))
        continue
      }
      if case .object(let members) = node.value, members.count == 1,
        ["actor", "claim", "metadata"].contains(members[0].key)
      {
        let member = members[0]
        switch member.key {
        case "actor":
          // Appended in place: rebuilding the array a line was quadratic (10^6 actors did
          // not finish in 120 s).
          if sections.actors == nil { sections.actors = [] }
          sections.actors?.append((.line(lineNumber, "actor"), member.value))
        case "claim":
          if sections.claims == nil { sections.claims = [] }
          sections.claims?.append((.line(lineNumber, "claim"), member.value))
        default:
          if case .object(let fields) = member.value.value {
            sections.metadata += fields
          } else {
            log.add(
              Diagnostic(
                .wrongType, "metadata must be a map of names to text", line: lineNumber,
                column: text.characterColumn(
                  line: lineNumber, byteColumn: member.value.position.column),
                field: "metadata", expected: "an object"))
          }
        }
      } else {
        sections.statements.append((.line(lineNumber, nil), node))
      }
    }
    try log.check()
    return try GraphDecoder.decode(sections, file: text.file, limits: text.limits) { position in
      SourcePosition(
        line: position.line,
        column: text.characterColumn(line: position.line, byteColumn: position.column))
    }
  }

  /// JSON Lines: metadata, then actors, claims and statements, one object per line.
  func encodeJSONLines() -> [UInt8] {
    var writer = TextWriter(capacity: statements.count * 96)
    func declaration(_ key: String, _ value: Record.Value) {
      var wrapper = Record()
      wrapper.add(key, value)
      writer.writeJSON(wrapper)
      writer.write("\n")
    }
    if let metadata = Record.map(metadata) { declaration("metadata", metadata) }
    for actor in actors { declaration("actor", .record(record(of: actor).fields)) }
    for claim in claims { declaration("claim", .record(record(of: claim).fields)) }
    for statement in statements {
      writer.writeJSON(record(of: statement))
      writer.write("\n")
    }
    // An empty graph still needs a line, or the file would read as empty input.
    if writer.bytes.isEmpty { writer.write("{\"metadata\": {}}\n") }
    return writer.bytes
  }
}
