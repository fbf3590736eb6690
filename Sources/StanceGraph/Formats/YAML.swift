import Yams

extension ClaimGraph {
  /// Reads the YAML form of the canonical schema (through Yams, which keeps positions).
  static func decodeYAML(_ text: SourceText) throws(StanceGraphError) -> ClaimGraph {
    guard text.bytes.count <= text.limits.maxYAMLBytes else {
      throw StanceGraphError(
        ReadLimits.exceeded(
          "the YAML (\(ReadLimits.describe(text.bytes.count)) bytes)",
          limit: text.limits.maxYAMLBytes,
          name: .yamlBytes, file: text.file,
          advice: "or convert it to JSON or CSV, which read faster"))
    }
    let yaml = String(decoding: text.bytes, as: UTF8.self)
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        throw StanceGraphError(
          Diagnostic(
            .emptyInput, "the YAML holds no document", file: text.file,
            expected: "statements (see docs/formats.md)"))
      }
      root = node
    } catch let error as StanceGraphError {
      throw error
    } catch let error as YamlError {
      throw StanceGraphError(yamlDiagnostic(error, file: text.file))
    } catch {
      throw StanceGraphError(Diagnostic(.syntax, "\(error)", file: text.file))
    }
    var log = DiagnosticLog(file: text.file)
    // Yams expands aliases (*name) as it composes; a few hundred bytes of nested aliases can
    // stand for billions of values. No honest document has more values than bytes.
    var budget = text.bytes.count + 1_000
    let document = documentNode(
      root, log: &log, depth: 0, budget: &budget, maxDepth: text.limits.maxDepth)
    try log.check()
    return try GraphDecoder.decode(root: document, file: text.file, limits: text.limits)
  }

  private static func yamlDiagnostic(_ error: YamlError, file: String?) -> Diagnostic {
    func make(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
      var message = problem
      if let context { message += " (\(context.text))" }
      return Diagnostic(
        .syntax, message, file: file, line: mark.line, column: mark.column, expected: "valid YAML")
    }
    // libyaml stops at a fixed nesting of 1,000 (its message names an internal function);
    // no option raises it, and ReadLimits.depthCeiling keeps every format at that bound.
    func tooDeep(_ mark: Mark) -> Diagnostic {
      Diagnostic(
        .tooLarge,
        "values are nested more than \(ReadLimits.describe(ReadLimits.depthCeiling)) deep: "
          + "the YAML library's fixed limit, which no option raises",
        file: file, line: mark.line, column: mark.column,
        suggestion: "flatten the nesting, or convert the file to JSON (same ceiling)")
    }
    switch error {
    case .scanner(_, let problem, let mark, _) where problem.contains("nesting level"),
      .parser(_, let problem, let mark, _) where problem.contains("nesting level"):
      return tooDeep(mark)
    case .scanner(let context, let problem, let mark, _): return make(problem, context, mark)
    case .parser(let context, let problem, let mark, _): return make(problem, context, mark)
    case .composer(let context, let problem, let mark, _): return make(problem, context, mark)
    case .reader(let problem, _, _, _): return Diagnostic(.invalidEncoding, problem, file: file)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
      return Diagnostic(
        .duplicateField, "a map repeats the key\(duplicates.count == 1 ? "" : "s") \(keys)",
        file: file, line: context.mark.line, column: context.mark.column,
        suggestion: "keep one of them")
    default: return Diagnostic(.syntax, "\(error)", file: file)
    }
  }

  /// Converts a Yams node, resolving scalars by their YAML tags.
  private static func documentNode(
    _ node: Node, log: inout DiagnosticLog, depth: Int, budget: inout Int, maxDepth: Int
  ) -> DocumentNode {
    let position = node.mark.map { SourcePosition(line: $0.line, column: $0.column) } ?? .unknown
    budget -= 1
    guard budget >= 0 else {
      if budget == -1 {
        log.add(
          Diagnostic(
            .tooLarge, "the YAML expands to more values than it has bytes",
            line: position.line, column: position.column,
            expected: "a document without nested aliases (*name)",
            suggestion: "write repeated content out instead of referring to it with aliases"))
      }
      return DocumentNode(value: .null, position: position)
    }
    guard depth < maxDepth else {
      log.add(
        {
          var diagnostic = Diagnostic(
            .tooLarge, "values are nested more than \(maxDepth) deep", line: position.line,
            column: position.column,
            suggestion: "raise the nesting depth limit if the input is what you meant")
          diagnostic.limit = Diagnostic.Limit(.depth, maxDepth)
          return diagnostic
        }())
      return DocumentNode(value: .null, position: position)
    }
    switch node {
    case .scalar(let scalar):
      // Text stays as written ("NO", "007", "1e3" are not rewritten); fields that need a number
      // parse it. Only a plain null (`~`, `null`, nothing) means absent. Yams has dropped one
      // leading U+FEFF already; TextField drops the others, as every reader does.
      let text = TextField.normalized(scalar.string)
      guard scalar.style == .plain else {
        return DocumentNode(value: .string(text), position: position)
      }
      let value: DocumentNode.Value
      switch node.tag.rawValue {
      case Tag.Name.null.rawValue: value = .null
      case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
        value = .plain(text, typeName: "a number")
      case Tag.Name.bool.rawValue: value = .plain(text, typeName: "a boolean")
      default: value = .string(text)
      }
      return DocumentNode(value: value, position: position)
    case .sequence(let sequence):
      return DocumentNode(
        value: .array(
          sequence.map {
            documentNode($0, log: &log, depth: depth + 1, budget: &budget, maxDepth: maxDepth)
          }),
        position: position)
    case .mapping(let mapping):
      var members: [DocumentNode.Member] = []
      for (key, value) in mapping {
        let keyPosition =
          key.mark.map { SourcePosition(line: $0.line, column: $0.column) } ?? position
        guard case .scalar(let keyScalar) = key else {
          log.add(
            Diagnostic(
              .wrongType, "a key must be text", line: keyPosition.line, column: keyPosition.column,
              expected: "a plain key"))
          continue
        }
        members.append(
          DocumentNode.Member(
            key: TextField.normalized(keyScalar.string), keyPosition: keyPosition,
            value: documentNode(
              value, log: &log, depth: depth + 1, budget: &budget, maxDepth: maxDepth)))
      }
      return DocumentNode(value: .object(members), position: position)
    case .alias:
      log.add(
        Diagnostic(
          .syntax, "YAML aliases (*name) are not supported", line: position.line,
          column: position.column, expected: "the value written out"))
      return DocumentNode(value: .null, position: position)
    }
  }

  /// YAML in block style with every string double-quoted, so no value can be misread as a
  /// number, a boolean or YAML syntax; deterministic like the JSON.
  func encodeYAML() -> [UInt8] {
    var writer = TextWriter(capacity: statements.count * 128)
    if let metadata = Record.map(metadata) {
      writer.write("metadata:")
      writer.writeYAML(metadata, indent: 2)
      writer.write("\n")
    }
    func list(_ name: String, _ records: some Sequence<Record>) {
      writer.write(name + ":")
      var empty = true
      for record in records {
        empty = false
        writer.write("\n  -")
        writer.writeYAML(record, indent: 4, firstInline: true)
      }
      writer.write(empty ? " []\n" : "\n")
    }
    list("actors", actors.lazy.map(record(of:)))
    list("claims", claims.lazy.map(record(of:)))
    list("statements", statements.lazy.map(record(of:)))
    return writer.bytes
  }
}

extension TextWriter {
  /// Writes a record's fields as a block mapping at `indent`; with `firstInline`, the first
  /// field follows the `-` of a list item.
  mutating func writeYAML(_ record: Record, indent: Int, firstInline: Bool = false) {
    let pad = String(repeating: " ", count: indent)
    for (index, field) in record.fields.enumerated() {
      write(index == 0 && firstInline ? " " : "\n" + pad)
      write(field.key + ":")
      writeYAML(field.value, indent: indent + 2)
    }
  }

  mutating func writeYAML(_ value: Record.Value, indent: Int) {
    switch value {
    case .text(let text):
      write(" ")
      writeQuoted(text)
    case .number(let number):
      write(" ")
      write(number: number)
    case .list:
      write(" ")
      writeJSON(value)
    case .map(let pairs):
      // Block style: YAML limits implicit keys to 1024 characters, so longer keys are written
      // as explicit keys (`? key` then `: value`).
      if pairs.isEmpty { write(" {}") }
      let pad = String(repeating: " ", count: indent)
      for (key, text) in pairs {
        write("\n" + pad)
        // The limit counts the key as written, escapes included.
        var written = TextWriter()
        written.writeQuoted(key)
        if written.bytes.count > 1000 {
          write("? ")
          writeQuoted(key)
          write("\n" + pad + ":")
        } else {
          writeQuoted(key)
          write(":")
        }
        write(" ")
        writeQuoted(text)
      }
    case .record(let fields):
      writeYAML(Record(fields: fields), indent: indent)
    }
  }
}
