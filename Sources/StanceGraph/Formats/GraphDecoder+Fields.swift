/// The typed field readers of ``GraphDecoder`` (objects, strings, numbers, lists, maps) and its
/// reporting: each problem becomes a located ``Diagnostic``.
extension GraphDecoder {
  // MARK: - Typed field readers

  mutating func object(
    _ node: DocumentNode, path: @autoclosure () -> String, allowed: [String], what: String
  ) -> Fields? {
    guard case .object(let members) = node.value else {
      report(
        .wrongType, "\(what) must be an object, found \(node.typeName)", at: node, path: path(),
        expected: "an object with keys \(Suggestions.listed(allowed, joiner: "and"))")
      return nil
    }
    var fields = Fields()
    for member in members {
      func memberPath() -> String { path().isEmpty ? member.key : "\(path()).\(member.key)" }
      guard allowed.contains(member.key) else {
        report(
          .unknownField, "unknown field \"\(member.key)\" in \(what)", at: member.keyPosition,
          path: memberPath(),
          value: member.key, expected: Suggestions.listed(allowed),
          suggestion: Suggestions.didYouMean(member.key, among: allowed)
            ?? (allowed.contains("attributes") ? "put free-form fields under \"attributes\"" : nil))
        continue
      }
      if fields[member.key] != nil {
        report(
          .duplicateField, "field \"\(member.key)\" appears twice", at: member.keyPosition,
          path: memberPath(), suggestion: "keep one of them")
        continue
      }
      fields.members.append(member)
    }
    return fields
  }

  mutating func requiredString(
    _ fields: Fields, _ key: String, in node: DocumentNode, path: @autoclosure () -> String
  ) -> String? {
    guard let member = fields[key] else {
      report(
        .missingField, "missing field \"\(key)\"", at: node, path: "\(path()).\(key)",
        expected: "a value for \"\(key)\"")
      return nil
    }
    if isNull(member.value) {
      report(
        .missingField, "field \"\(key)\" is empty", at: member.value, path: "\(path()).\(key)",
        expected: "a value")
      return nil
    }
    guard let text = string(member.value, path: "\(path()).\(key)") else { return nil }
    if text.isBlank {
      report(
        .invalidValue, "field \"\(key)\" is blank", at: member.value, path: "\(path()).\(key)",
        expected: "a non-empty value")
      return nil
    }
    return text
  }

  /// Text; numbers and booleans are accepted as written (YAML writes `id: 1950` unquoted).
  mutating func string(_ node: DocumentNode, path: @autoclosure () -> String) -> String? {
    if case .null = node.value { return nil }
    guard let text = node.scalarText else {
      report(
        .wrongType, "found \(node.typeName) where text belongs", at: node, path: path(),
        expected: "a string")
      return nil
    }
    return text
  }

  mutating func scalar(_ node: DocumentNode, path: @autoclosure () -> String) -> String? {
    string(node, path: path())
  }

  mutating func number(_ node: DocumentNode, path: @autoclosure () -> String) -> Double? {
    switch node.value {
    case .number(let value): return value
    case .string(let text), .plain(let text, _):
      if let value = Double(decimal: text.trimmingSpaces()) { return value }
      report(
        .wrongType, "\"\(text)\" is not a number", at: node, path: path(), value: text,
        expected: "a number")
    default:
      report(
        .wrongType, "expected a number, found \(node.typeName)", at: node, path: path(),
        expected: "a number")
    }
    return nil
  }

  mutating func list(_ node: DocumentNode, path: @autoclosure () -> String)
    -> [DocumentNode]
  {
    switch node.value {
    case .array(let elements): return elements
    case .null: return []
    default:
      report(
        .wrongType, "\(path()) must be a list, found \(node.typeName)", at: node, path: path(),
        expected: "a list")
      return []
    }
  }

  mutating func stringList(_ node: DocumentNode, path: @autoclosure () -> String)
    -> [String]
  {
    if case .string(let single) = node.value { return [single] }
    return list(node, path: path()).enumerated().compactMap {
      string($0.element, path: "\(path())[\($0.offset)]")
    }
  }

  mutating func stringMap(_ node: DocumentNode, path: @autoclosure () -> String) -> [String:
    String]
  {
    if isNull(node) { return [:] }
    guard case .object(let members) = node.value else {
      report(
        .wrongType, "attributes must be a map of names to text, found \(node.typeName)", at: node,
        path: path(), expected: "an object")
      return [:]
    }
    var map: [String: String] = [:]
    var keys: Set<String> = []
    for member in members {
      guard keys.insert(member.key).inserted else {
        report(
          .duplicateField, "attribute \"\(member.key)\" appears twice", at: member.keyPosition,
          path: "\(path()).\(member.key)", suggestion: "keep one of them")
        continue
      }
      if let text = string(member.value, path: "\(path()).\(member.key)") { map[member.key] = text }
    }
    return map
  }

  /// The fields of an object, found by a linear scan: objects here have a handful of keys.
  struct Fields {
    var members: [DocumentNode.Member] = []
    subscript(key: String) -> DocumentNode.Member? { members.first { $0.key == key } }
  }

  /// Whether a field is there with a value other than null.
  static func isPresent(_ member: DocumentNode.Member?) -> Bool {
    guard let member else { return false }
    if case .null = member.value.value { return false }
    return true
  }

  func isNull(_ node: DocumentNode) -> Bool {
    if case .null = node.value { return true }
    return false
  }

  // MARK: - Reporting

  mutating func report(
    _ code: Diagnostic.Code, _ message: String, at node: DocumentNode, path: String,
    value: String? = nil, expected: String? = nil, suggestion: String? = nil
  ) {
    report(
      code, message, at: node.position, path: path, value: value, expected: expected,
      suggestion: suggestion)
  }

  mutating func report(
    _ code: Diagnostic.Code, _ message: String, at position: SourcePosition, path: String,
    value: String? = nil, expected: String? = nil, suggestion: String? = nil
  ) {
    report(
      Diagnostic(code, message, value: value, expected: expected, suggestion: suggestion),
      at: position, path: path)
  }

  mutating func report(_ diagnostic: Diagnostic, at node: DocumentNode, path: String) {
    report(diagnostic, at: node.position, path: path)
  }

  mutating func report(_ diagnostic: Diagnostic, at position: SourcePosition, path: String) {
    var diagnostic = diagnostic
    if position != .unknown {
      let located = locate(position)
      diagnostic.line = located.line
      diagnostic.column = located.column
    }
    var field = Substring(path)
    while field.hasPrefix(".") { field = field.dropFirst() }
    while field.hasSuffix(".") { field = field.dropLast() }
    diagnostic.field = field.isEmpty ? nil : String(field)
    log.add(diagnostic)
  }
}
