/// The one tokenizer for comma- and tab-separated text (RFC 4180): the edge-list reader, the
/// extractor's gold files and its gazetteer tables all split rows with it.
///
/// Fields may be quoted; inside quotes the delimiter, line breaks and `""` (a quote) are text.
/// CRLF, LF and a lone CR end rows. Spaces (and tabs, when tabs do not separate) around an
/// unquoted field are layout and trimmed. A field's text never starts with U+FEFF
/// (``TextField``). Fields are byte ranges: strings are made only for the fields a caller uses.
///
/// ```swift
/// var text = DelimitedText(bytes: Array("a,\"b,c\"\n".utf8), delimiter: UInt8(ascii: ","))
/// var fields: [DelimitedText.Field] = []
/// var problems: [DelimitedText.Problem] = []
/// while text.nextRow(into: &fields, problems: &problems) { print(fields.map(text.string)) }
/// ```
///
/// - Complexity: O(*n*) in the input's length.
package struct DelimitedText {
  /// A field's bytes, where they start, and whether they hold `""` escapes.
  package struct Field: Sendable {
    package var start: Int
    package var end: Int
    package var isQuoted: Bool
    package var hasEscapes: Bool
  }

  /// A syntax problem in the row just split, at a byte of it.
  package struct Problem: Sendable {
    package var message: String
    package var byte: Int
    package var expected: String
    package var suggestion: String
  }

  package let bytes: [UInt8]
  package let delimiter: UInt8
  /// Where the next row starts.
  package private(set) var offset = 0
  /// The line the next row starts on.
  package private(set) var line = 1
  /// Where the row just split started, and its line.
  package private(set) var rowStart = 0
  package private(set) var rowLine = 1

  package init(bytes: [UInt8], delimiter: UInt8) {
    self.bytes = bytes
    self.delimiter = delimiter
  }

  /// Whether input remains.
  package var isAtEnd: Bool { offset >= bytes.count }

  /// Splits the next row into `fields` (emptied first) and appends its syntax problems to
  /// `problems`. Returns false at the end of input. After an unclosed quote the rest of the
  /// input is that one field.
  package mutating func nextRow(
    into fields: inout [Field], problems: inout [Problem]
  ) -> Bool {
    fields.removeAll(keepingCapacity: true)
    guard offset < bytes.count else { return false }
    rowStart = offset
    rowLine = line
    let count = bytes.count
    let isTabSeparated = delimiter == 0x09
    var index = offset
    while true {
      while index < count, bytes[index] == 0x20 || (bytes[index] == 0x09 && !isTabSeparated) {
        index += 1
      }
      if index < count, bytes[index] == UInt8(ascii: "\"") {
        let opening = index
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
          problems.append(
            Problem(
              message: "a quoted field is not closed", byte: opening,
              expected: "a closing '\"'", suggestion: "write a quote inside a quoted field as \"\"")
          )
          offset = count
          fields.append(Field(start: start, end: start, isQuoted: true, hasEscapes: false))
          return true
        }
        let textStart = start + TextField.byteOrderMarkPrefixLength(of: bytes[start..<index])
        fields.append(Field(start: textStart, end: index, isQuoted: true, hasEscapes: hasEscapes))
        index += 1
        while index < count, bytes[index] == 0x20 { index += 1 }
        if index < count, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D {
          problems.append(
            Problem(
              message: "unexpected text after a closing quote", byte: index,
              expected: "a delimiter or the end of the row",
              suggestion: "quote the whole field and double the quotes inside it"))
          while index < count, bytes[index] != delimiter, bytes[index] != 0x0A { index += 1 }
        }
      } else {
        let start = index
        while index < count, bytes[index] != delimiter, bytes[index] != 0x0A, bytes[index] != 0x0D {
          index += 1
        }
        var end = index
        while end > start, bytes[end - 1] == 0x20 || (bytes[end - 1] == 0x09 && !isTabSeparated) {
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

  /// The text of a field, with `""` unescaped.
  package func string(_ field: Field) -> String {
    let text = bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[field.start..<field.end]), as: UTF8.self)
    }
    guard field.hasEscapes else { return text }
    return text.split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"")
  }

  /// Whether the row is blank: one empty unquoted field.
  package static func isBlank(_ fields: [Field]) -> Bool {
    fields.count == 1 && !fields[0].isQuoted && fields[0].end == fields[0].start
  }

  /// The 1-based character column of `byte`, which lies on the row just split.
  package func column(ofByte byte: Int) -> (line: Int, column: Int) {
    let byte = min(byte, bytes.count)
    // A line ends at LF, CRLF or a lone CR.
    func endsLine(_ index: Int) -> Bool {
      bytes[index] == 0x0A
        || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
    }
    var lineStart = byte
    while lineStart > max(0, rowStart), !endsLine(lineStart - 1) { lineStart -= 1 }
    var extraLines = 0
    var index = lineStart
    while index > rowStart {
      index -= 1
      if endsLine(index) { extraLines += 1 }
    }
    let column = bytes[lineStart..<byte].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    return (rowLine + extraLines, column)
  }

  /// One row of a small table: its line and its fields' texts with their character columns.
  package struct Row: Sendable {
    package var line: Int
    package var fields: [(text: String, column: Int)]
  }

  /// Every non-blank row of `bytes`, as strings: for small tables (gold files, gazetteers),
  /// not for edge lists. Lines starting with `comment` (when given) are skipped.
  ///
  /// - Throws: the first syntax problem, as a diagnostic of `file`.
  package static func rows(
    _ bytes: [UInt8], delimiter: UInt8, file: String?, comment: UInt8? = nil
  ) throws(StanceGraphError) -> [Row] {
    var text = DelimitedText(bytes: bytes, delimiter: delimiter)
    var fields: [Field] = []
    var problems: [Problem] = []
    var rows: [Row] = []
    while text.nextRow(into: &fields, problems: &problems) {
      if let problem = problems.first {
        let position = text.column(ofByte: problem.byte)
        throw StanceGraphError(
          Diagnostic(
            .syntax, problem.message, file: file, line: position.line, column: position.column,
            expected: problem.expected, suggestion: problem.suggestion))
      }
      if isBlank(fields) { continue }
      if let comment, let first = fields.first, !first.isQuoted, first.start < bytes.count,
        bytes[first.start] == comment, first.start == text.rowStart
      {
        continue
      }
      rows.append(
        Row(
          line: text.rowLine,
          fields: fields.map { (text.string($0), text.column(ofByte: $0.start).column) }))
    }
    return rows
  }
}
