/// Appends UTF-8 text to a byte buffer; the writers' shared tool.
struct TextWriter {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func write(byte: UInt8) { bytes.append(byte) }

  /// Writes `text` as a JSON string literal (also a valid YAML double-quoted scalar).
  mutating func writeQuoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      for byte in utf8 {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20, 0x7F:
          let digits = Array("0123456789abcdef".utf8)
          bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
          bytes.append(digits[Int(byte >> 4)])
          bytes.append(digits[Int(byte & 0xF)])
        default: bytes.append(byte)
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
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
