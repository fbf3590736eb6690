/// A JSON (RFC 8259) parser that keeps the line and column of every value.
///
/// It works on validated UTF-8 bytes and never recurses deeper than ``ReadLimits/depthCeiling``, so a
/// hostile `[[[[…` fails with an error instead of exhausting the stack.
///
/// - Complexity: O(*n*) in the input's length.
struct JSONParser {

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var line: Int
  private var lineStart = 0
  private var depth = 0
  private var maxDepth = ReadLimits.standard.maxDepth

  private init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) {
    self.bytes = bytes
    self.line = firstLine
  }

  /// A syntax error at a byte position; the column counts bytes.
  struct Failure: Error {
    var message: String
    var expected: String?
    var position: SourcePosition
    /// Set when the nesting limit was reached.
    var limit: Diagnostic.Limit?

    /// The diagnostic for this failure at `line` and `column` (characters) of `file`.
    func diagnostic(file: String?, line: Int, column: Int) -> Diagnostic {
      var diagnostic = Diagnostic(
        limit == nil ? .syntax : .tooLarge, message, file: file, line: line, column: column,
        expected: expected)
      if let limit {
        diagnostic.limit = limit
        diagnostic.suggestion =
          limit.value < ReadLimits.depthCeiling
          ? "raise the nesting depth limit (at most \(ReadLimits.depthCeiling)) if the input is what you meant"
          : "this reader takes at most \(ReadLimits.depthCeiling) levels: flatten the input"
      }
      return diagnostic
    }
  }

  /// Parses one JSON value filling `bytes[range]`, with positions counted from `firstLine`.
  static func parse(
    _ bytes: [UInt8], range: Range<Int>? = nil, firstLine: Int = 1,
    maxDepth: Int = ReadLimits.standard.maxDepth
  ) throws(Failure) -> DocumentNode {
    // The parser recurses once a level: a hard ceiling keeps it inside the stack.
    let maxDepth = min(maxDepth, ReadLimits.depthCeiling)
    let range = range ?? 0..<bytes.count
    let result: Result<DocumentNode, Failure> = bytes.withUnsafeBufferPointer { whole in
      let slice = UnsafeBufferPointer(rebasing: whole[range])
      var parser = JSONParser(bytes: slice, firstLine: firstLine)
      parser.maxDepth = maxDepth
      do throws(Failure) {
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        if parser.index < parser.bytes.count {
          throw parser.failure("unexpected text after the JSON value", expected: "end of input")
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  private var position: SourcePosition {
    SourcePosition(line: line, column: index - lineStart + 1)
  }

  private func failure(_ message: String, expected: String? = nil) -> Failure {
    Failure(message: message, expected: expected, position: position)
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func parseValue() throws(Failure) -> DocumentNode {
    guard index < bytes.count else {
      throw failure("the JSON ends too early", expected: "a value")
    }
    let start = position
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""):
      return DocumentNode(value: .string(TextField.normalized(try parseString())), position: start)
    case UInt8(ascii: "t"):
      try parseLiteral("true")
      return DocumentNode(value: .bool(true), position: start)
    case UInt8(ascii: "f"):
      try parseLiteral("false")
      return DocumentNode(value: .bool(false), position: start)
    case UInt8(ascii: "n"):
      try parseLiteral("null")
      return DocumentNode(value: .null, position: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return DocumentNode(value: .number(try parseNumber()), position: start)
    default:
      throw failure(
        "unexpected \(describe(bytes[index]))",
        expected: "a value (object, list, string, number, true, false or null)")
    }
  }

  private func describe(_ byte: UInt8) -> String {
    byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte " + hexByte(byte)
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    if depth > maxDepth {
      var failure = failure("values are nested more than \(maxDepth) deep")
      failure.limit = Diagnostic.Limit(.depth, maxDepth)
      throw failure
    }
  }

  private mutating func parseObject() throws(Failure) -> DocumentNode {
    let start = position
    try enter()
    index += 1
    var members: [DocumentNode.Member] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return DocumentNode(value: .object(members), position: start)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw failure(
          index < bytes.count
            ? "unexpected \(describe(bytes[index])) in an object"
            : "the JSON ends inside an object",
          expected: "a quoted key")
      }
      let keyPosition = position
      let key = TextField.normalized(try parseString())
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw failure("missing ':' after key \"\(key)\"", expected: "':'")
      }
      index += 1
      skipSpace()
      let value = try parseValue()
      members.append(DocumentNode.Member(key: key, keyPosition: keyPosition, value: value))
      skipSpace()
      guard index < bytes.count else {
        throw failure("the JSON ends inside an object", expected: "',' or '}'")
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return DocumentNode(value: .object(members), position: start)
      }
      throw failure(
        "unexpected \(describe(bytes[index])) after a value in an object", expected: "',' or '}'")
    }
  }

  private mutating func parseArray() throws(Failure) -> DocumentNode {
    let start = position
    try enter()
    index += 1
    var elements: [DocumentNode] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return DocumentNode(value: .array(elements), position: start)
    }
    while true {
      skipSpace()
      elements.append(try parseValue())
      skipSpace()
      guard index < bytes.count else {
        throw failure("the JSON ends inside a list", expected: "',' or ']'")
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return DocumentNode(value: .array(elements), position: start)
      }
      throw failure(
        "unexpected \(describe(bytes[index])) after a value in a list", expected: "',' or ']'")
    }
  }

  private mutating func parseLiteral(_ word: StaticString) throws(Failure) {
    let length = word.utf8CodeUnitCount
    let matches =
      index + length <= bytes.count
      && (0..<length).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
    guard matches else {
      throw failure(
        "unknown word", expected: "a value (true, false, null, a number or a quoted string)")
    }
    index += length
  }

  private mutating func parseNumber() throws(Failure) -> Double {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits() -> Int {
      let begin = index
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        index += 1
      }
      return index - begin
    }
    let integerDigits = digits()
    guard integerDigits > 0 else { throw failure("a number needs digits", expected: "a digit") }
    if integerDigits > 1,
      bytes[start + (bytes[start] == UInt8(ascii: "-") ? 1 : 0)] == UInt8(ascii: "0")
    {
      throw failure("a number cannot start with 0", expected: "a number without leading zeros")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else {
        throw failure("a decimal point needs digits after it", expected: "a digit")
      }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard digits() > 0 else { throw failure("an exponent needs digits", expected: "a digit") }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text) else {
      throw failure("\(text) is not a number", expected: "a number")
    }
    return value
  }

  private mutating func parseString() throws(Failure) -> String {
    index += 1
    let start = index
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw controlCharacterFailure(byte) }
      index += 1
    }
    var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: scalars, as: UTF8.self)
      }
      if byte < 0x20 { throw controlCharacterFailure(byte) }
      if byte != UInt8(ascii: "\\") {
        scalars.append(byte)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
      case UInt8(ascii: "b"): scalars.append(0x08)
      case UInt8(ascii: "f"): scalars.append(0x0C)
      case UInt8(ascii: "n"): scalars.append(0x0A)
      case UInt8(ascii: "r"): scalars.append(0x0D)
      case UInt8(ascii: "t"): scalars.append(0x09)
      case UInt8(ascii: "u"):
        var code = try parseHex4()
        if (0xD800...0xDBFF).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else {
            throw failure(
              "a high surrogate \\u escape must be followed by a low one",
              expected: "\\uDC00-\\uDFFF")
          }
          index += 2
          let low = try parseHex4()
          guard (0xDC00...0xDFFF).contains(low) else {
            throw failure(
              "a high surrogate \\u escape must be followed by a low one",
              expected: "\\uDC00-\\uDFFF")
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          throw failure("a lone low surrogate \\u escape", expected: "a valid Unicode scalar")
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("invalid \\u escape") }
        scalars.append(contentsOf: String(scalar).utf8)
      default:
        index -= 1
        throw failure(
          "unknown escape \\\(Character(Unicode.Scalar(escape)))",
          expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
      }
    }
    throw failure("a string is not closed", expected: "a closing '\"'")
  }

  private func controlCharacterFailure(_ byte: UInt8) -> Failure {
    byte == 0x0A
      ? failure(
        "a string is not closed before the end of the line",
        expected: "a closing '\"' (write a newline inside a string as \\n)")
      : failure(
        "control character \(hexByte(byte)) inside a string", expected: "an escape such as \\t")
  }

  private mutating func parseHex4() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else {
      throw failure("a \\u escape needs four hex digits", expected: "four hex digits")
    }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw failure("a \\u escape needs four hex digits", expected: "four hex digits")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }
}
