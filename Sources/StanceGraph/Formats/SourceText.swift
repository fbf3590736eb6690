/// Input bytes prepared for the readers: a byte-order mark skipped, UTF-8 checked, and
/// positions translated from bytes to the characters an editor shows.
struct SourceText: Sendable {
  /// The bytes after any UTF-8 byte-order mark.
  let bytes: [UInt8]
  let file: String?
  let limits: ReadLimits

  /// Prepares `data`, checking it is non-empty UTF-8.
  ///
  /// - Throws: ``Diagnostic/Code/emptyInput`` for empty or blank input,
  ///   ``Diagnostic/Code/invalidEncoding`` at the first byte that is not UTF-8.
  init(_ data: some Collection<UInt8>, file: String?, limits: ReadLimits = .standard)
    throws(StanceGraphError)
  {
    guard data.count <= limits.maxInputBytes else {
      throw StanceGraphError(
        ReadLimits.exceeded(
          "the input (\(ReadLimits.describe(data.count)) bytes)", limit: limits.maxInputBytes,
          name: .inputBytes, file: file))
    }
    self.limits = limits
    var bytes = Array(data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw StanceGraphError(
        Diagnostic(
          .invalidEncoding, "the file is UTF-16, not UTF-8", file: file, line: 1, column: 1,
          suggestion: "convert it: iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8"))
    }
    self.bytes = bytes
    self.file = file
    if let bad = SourceText.firstInvalidUTF8(in: bytes) {
      let position = position(ofByte: bad)
      throw StanceGraphError(
        Diagnostic(
          .invalidEncoding, "byte \(hexByte(bytes[bad])) is not valid UTF-8",
          file: file, line: position.line, column: position.column,
          expected: "text encoded as UTF-8",
          suggestion: "convert it: iconv -f LATIN1 -t UTF-8 FILE > FILE.utf8"))
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      throw StanceGraphError(
        Diagnostic(
          .emptyInput, bytes.isEmpty ? "the input is empty" : "the input holds only blank space",
          file: file, expected: "statements (see docs/formats.md)"))
    }
  }

  /// The line and character column of a byte offset.
  ///
  /// - Complexity: O(*n*) in the offset; used only to report errors.
  func position(ofByte offset: Int) -> SourcePosition {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return SourcePosition(line: line, column: characters(from: lineStart, to: offset) + 1)
  }

  /// Turns a byte column on a line into a character column.
  func characterColumn(line: Int, byteColumn: Int) -> Int {
    var currentLine = 1
    var index = 0
    while currentLine < line, index < bytes.count {
      if bytes[index] == 0x0A { currentLine += 1 }
      index += 1
    }
    return characters(from: index, to: index + byteColumn - 1) + 1
  }

  /// The number of UTF-8 sequence starts in `start..<end`.
  private func characters(from start: Int, to end: Int) -> Int {
    var count = 0
    for index in start..<min(max(end, start), bytes.count) where bytes[index] & 0xC0 != 0x80 {
      count += 1
    }
    return count
  }

  /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
  ///
  /// - Complexity: O(*n*); ASCII runs take a fast path.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: return index
        }
        guard index + length <= count else { return index }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
          let next = buffer[index + offset]
          guard next & 0xC0 == 0x80 else { return index }
          scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
          return index
        }
        index += length
      }
      return nil
    }
  }
}

/// `0x7F`: a byte as two hex digits.
func hexByte(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
}
