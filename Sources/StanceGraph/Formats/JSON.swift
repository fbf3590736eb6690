extension ClaimGraph {
  /// Reads the canonical JSON format (see `docs/formats.md`).
  static func decodeJSON(_ text: SourceText) throws(StanceGraphError) -> ClaimGraph {
    let root: DocumentNode
    do {
      root = try JSONParser.parse(text.bytes, maxDepth: text.limits.maxDepth)
    } catch {
      throw StanceGraphError(
        error.diagnostic(
          file: text.file, line: error.position.line,
          column: text.characterColumn(
            line: error.position.line, byteColumn: error.position.column)))
    }
    return try GraphDecoder.decode(root: root, file: text.file, limits: text.limits) { position in
      SourcePosition(
        line: position.line,
        column: text.characterColumn(line: position.line, byteColumn: position.column))
    }
  }

  /// The canonical JSON: sections in order, one actor, claim or statement per line, keys in
  /// schema order, attributes sorted; byte-for-byte deterministic.
  func encodeJSON() -> [UInt8] {
    var writer = TextWriter(capacity: 64 + statements.count * 96)
    writer.write("{\n")
    var first = true
    func section(_ name: String) {
      writer.write(first ? "  " : ",\n  ")
      first = false
      writer.writeQuoted(name)
      writer.write(": ")
    }
    if !metadata.isEmpty {
      section("metadata")
      writer.writeJSON(Record.map(metadata) ?? .map([]))
    }
    func list(_ name: String, _ records: some Sequence<Record>) {
      section(name)
      writer.write("[")
      var empty = true
      for record in records {
        writer.write(empty ? "\n    " : ",\n    ")
        empty = false
        writer.writeJSON(record)
      }
      writer.write(empty ? "]" : "\n  ]")
    }
    list("actors", actors.lazy.map(record(of:)))
    list("claims", claims.lazy.map(record(of:)))
    list("statements", statements.lazy.map(record(of:)))
    writer.write("\n}\n")
    return writer.bytes
  }
}
