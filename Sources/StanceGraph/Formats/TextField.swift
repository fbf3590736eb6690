/// The rule every reader applies to the text it reads, so that JSON, JSON Lines, YAML, CSV and
/// TSV read the same characters as the same text.
///
/// **A text never starts with U+FEFF.** Every reader drops the U+FEFF characters (ZERO WIDTH
/// NO-BREAK SPACE, the byte-order mark) at the start of every string value, key and field,
/// however many there are, raw or escaped (`\uFEFF`); a U+FEFF anywhere else in a text is kept.
///
/// Inside a file, a leading U+FEFF is never meaningful: it is a byte-order mark left behind by
/// joining files or pasting text, and it cannot be seen. YAML cannot keep one either: Yams
/// makes every scalar with Foundation's `String(bytes:encoding: .utf8)`, which drops one leading
/// byte-order mark, escaped or not. Dropping them all in every reader makes the readers agree
/// (`a` and `<U+FEFF>a` are one actor in every format), and since no text read from a file
/// starts with U+FEFF, no file written from it does: conversions between JSON, YAML and JSON
/// Lines stay exact for every other text. A graph built in code may still hold such a text; it
/// is written as it is (`\ufeff` in JSON and YAML, raw in CSV) and read back without it, the
/// same in every format.
enum TextField {
  /// U+FEFF in UTF-8.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The number of bytes of U+FEFF that the UTF-8 text `utf8` starts with (a multiple of 3).
  ///
  /// - Complexity: O(*k*) in the number of leading U+FEFF; one comparison for other text.
  static func byteOrderMarkPrefixLength<Bytes: Collection<UInt8>>(of utf8: Bytes) -> Int {
    var length = 0
    var rest = utf8[...]
    while rest.first == 0xEF, rest.starts(with: byteOrderMark) {
      rest = rest.dropFirst(3)
      length += 3
    }
    return length
  }

  /// `text` without the U+FEFF characters it starts with: what every reader keeps of a text.
  ///
  /// - Complexity: O(1) for text that does not start with U+FEFF, O(*n*) otherwise.
  static func normalized(_ text: String) -> String {
    let length = byteOrderMarkPrefixLength(of: text.utf8)
    guard length > 0 else { return text }
    return String(decoding: text.utf8.dropFirst(length), as: UTF8.self)
  }
}
