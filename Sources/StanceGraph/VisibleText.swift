/// Names as a reader can tell them apart: the invisible characters that let one name pass for
/// another (bidirectional controls such as U+202E, zero-width spaces and joiners, other format
/// characters, C0 and C1 controls, escape sequences) written visibly as `⟨U+202E⟩`.
///
/// `Russia`, `\u{202E}aissuR` and `Rus\u{200B}sia` look the same when printed; made visible
/// they read `Russia`, `⟨U+202E⟩aissuR` and `Rus⟨U+200B⟩sia`. A zero-width joiner between two
/// emoji (👩‍🔬) is part of the emoji and kept. Tab, line feed and carriage return are kept; an escape (U+001B)
/// is shown, so terminal output never carries an escape sequence from the data.
///
/// - Complexity: O(*n*) for *n* scalars.
public enum VisibleText {
  /// `text` with every invisible or controlling scalar written as its code point, `⟨U+200B⟩`.
  public static func visible(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: isInvisible) else { return text }
    var out = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if isInvisible(scalar) {
        if scalar == "\u{200D}", index > 0, index + 1 < scalars.count,
          scalars[index - 1].properties.isEmoji, scalars[index + 1].properties.isEmoji
        {
          out.append(scalar)
          continue
        }
        out.append(contentsOf: "⟨U+\(hex(scalar.value))⟩".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `text` holds a scalar that ``visible(_:)`` writes out.
  public static func hasInvisible(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isInvisible)
  }

  /// Controls (but tab, line feed and carriage return), format characters (bidi controls, zero-width
  /// characters, the byte-order mark), line and paragraph separators.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control: scalar != "\t" && scalar != "\n" && scalar != "\r"
    case .format, .lineSeparator, .paragraphSeparator: true
    default: scalar == "\u{115F}" || scalar == "\u{1160}" || scalar == "\u{3164}"
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
