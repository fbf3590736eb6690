/// Appends UTF-8 text to a byte buffer; the writers' shared tool.
struct TextWriter {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func write(byte: UInt8) { bytes.append(byte) }

  /// Writes `text` as a JSON string literal that is also a valid YAML double-quoted scalar:
  /// besides `"`, `\` and C0 controls, the characters YAML would not keep as written are escaped
  /// as `\uXXXX` (C1 controls U+0080-U+009F, which include the line break NEL, the line and
  /// paragraph separators U+2028 and U+2029, and the byte-order mark U+FEFF).
  mutating func writeQuoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20, 0x7F: writeEscape(UInt32(byte))
        case 0xC2 where index < utf8.count && (0x80...0x9F).contains(utf8[index]):
          writeEscape(UInt32(utf8[index]))
          index += 1
        case 0xE2
        where index + 1 < utf8.count && utf8[index] == 0x80
          && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
          writeEscape(utf8[index + 1] == 0xA8 ? 0x2028 : 0x2029)
          index += 2
        case 0xEF where index + 1 < utf8.count && utf8[index] == 0xBB && utf8[index + 1] == 0xBF:
          writeEscape(0xFEFF)
          index += 2
        default: bytes.append(byte)
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
  private mutating func writeEscape(_ scalar: UInt32) {
    let digits = Array("0123456789abcdef".utf8)
    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u")])
    for shift in [12, 8, 4, 0] { bytes.append(digits[Int((scalar >> UInt32(shift)) & 0xF)]) }
  }

  /// Writes a number the way Swift prints it shortest, integers without `.0`.
  mutating func write(number: Double) { write(number.compactDescription) }
}

extension Double {
  /// The shortest text that reads back as this number, integers without `.0` (`2`, `0.5`).
  var compactDescription: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
    return String(self)
  }
}

extension Double {
  /// Parses a decimal number only (`-2`, `0.5`, `1e3`): no hexadecimal, `nan` or `inf`, which
  /// `Double(_:)` would accept.
  init?(decimal text: String) {
    guard !text.isEmpty,
      text.utf8.allSatisfy({
        ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".")
          || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "+")
          || $0 == UInt8(ascii: "-")
      }),
      let value = Double(text)
    else { return nil }
    self = value
  }
}
