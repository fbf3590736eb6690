/// One word or punctuation mark of a sentence, with where it is in the document.
///
/// Words keep inner periods and hyphens ("U.S.", "Won-sik", "3.5"), a possessive ending is
/// its own token ("North Korea" "’s"), and straight and curly quotation marks are tokens of
/// their own.
struct Token: Sendable, Hashable {
  enum Kind: UInt8, Sendable {
    case word, number, punctuation, quote, possessive
  }

  /// Byte range in the document's UTF-8 text.
  var start: Int
  var end: Int
  var kind: Kind
  /// The token as written.
  var text: String
  /// The token in lower case, with curly apostrophes made straight.
  var lower: String
  /// Whether the first letter is upper case.
  var isCapitalised: Bool

  var isWord: Bool { kind == .word }
  var isComma: Bool { kind == .punctuation && text == "," }

  /// Whether the token ends a clause: `,`, `;`, `:`, a dash or a bracket.
  var isClauseBoundary: Bool {
    kind == .punctuation
      && (text == "," || text == ";" || text == ":" || text == "—" || text == "–" || text == "("
        || text == ")")
  }
}

/// Splits a sentence's bytes into ``Token``s.
///
/// - Complexity: O(*n*) in the sentence's bytes.
enum Tokenizer {
  /// Abbreviations that keep their final period ("Gen.", "Sept."): lower case, without it.
  static let abbreviations: Set<String> = [
    "gen", "gens", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "cdr", "brig", "mr",
    "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "pres", "amb", "st", "mt", "ft", "jr", "sr",
    "rev", "hon", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "est", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m",
    "p.m", "e.g", "i.e", "fig", "vol", "op", "ave", "blvd",
  ]

  static func tokens(in bytes: [UInt8], _ range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity((range.count / 5) + 4)
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = bytes[index]
      if Bytes.isSpace(byte) {
        index += 1
        continue
      }
      let scalarLength = Bytes.scalarLength(byte)
      let scalar = Bytes.scalar(bytes, at: index, end: end)
      if Bytes.isWordStart(scalar) {
        index = word(bytes, from: index, end: end, into: &tokens)
        continue
      }
      let next = min(end, index + scalarLength)
      let kind: Token.Kind
      switch scalar {
      case "\"", "“", "”", "«", "»", "„", "‘", "’", "'", "`": kind = .quote
      default: kind = .punctuation
      }
      // A dash run ("--") is one token.
      var stop = next
      if scalar == "-" {
        while stop < end && bytes[stop] == UInt8(ascii: "-") { stop += 1 }
      }
      if kind == .quote && (scalar == "’" || scalar == "'"), let last = tokens.last,
        last.end == index, last.kind == .word, last.lower.hasSuffix("s")
      {
        // "allies’ " : a plural possessive.
        append(bytes, index..<stop, .possessive, into: &tokens)
      } else {
        append(bytes, index..<stop, kind, into: &tokens)
      }
      index = stop
    }
    return tokens
  }

  /// Reads one word starting at `start` and returns the index after it.
  private static func word(
    _ bytes: [UInt8], from start: Int, end: Int, into tokens: inout [Token]
  ) -> Int {
    var index = start
    var hasDigit = false
    var hasLetter = false
    while index < end {
      let scalar = Bytes.scalar(bytes, at: index, end: end)
      let length = Bytes.scalarLength(bytes[index])
      if Bytes.isWordStart(scalar) {
        if scalar.properties.numericType != nil { hasDigit = true } else { hasLetter = true }
        index += length
        continue
      }
      // Joiners inside a word: hyphen, period, apostrophe, ampersand between letters.
      let following = index + length < end ? Bytes.scalar(bytes, at: index + length, end: end) : " "
      let joinsWord = Bytes.isWordStart(following)
      if scalar == "-" && joinsWord {
        index += length
        continue
      }
      if (scalar == "." || scalar == ",") && hasDigit && !hasLetter
        && following.properties.numericType != nil
      {
        index += length  // 3.5, 1,000
        continue
      }
      if scalar == "." && joinsWord && isInitialism(bytes, start..<index) {
        index += length  // U.S, U.N
        continue
      }
      if scalar == "'" || scalar == "’" {
        let rest = lowerASCII(bytes, index + length, min(end, index + length + 2))
        // A possessive or contraction is its own token: "Korea's", "didn't".
        if rest.hasPrefix("s") && !Bytes.isWordStart(scalarAfter(bytes, index + length + 1, end)) {
          break
        }
        if rest.hasPrefix("t"), index > start, bytes[index - 1] | 0x20 == UInt8(ascii: "n") {
          // "didn't": split before the n.
          append(bytes, start..<(index - 1), .word, into: &tokens)
          append(bytes, (index - 1)..<(index + length + 1), .word, into: &tokens)
          return index + length + 1
        }
        if joinsWord && hasLetter {
          index += length  // O'Brien, Côte d’Ivoire
          continue
        }
      }
      break
    }
    // A final period belongs to an initialism ("U.S.") or a known abbreviation ("Gen.").
    if index < end && bytes[index] == UInt8(ascii: ".") {
      let wordText = lowerASCII(bytes, start, index)
      let isSingleCapital = index - start == 1 && Bytes.isUpperASCII(bytes[start])
      if isInitialism(bytes, start..<index) && (index - start) > 1 || isSingleCapital
        || abbreviations.contains(wordText)
      {
        index += 1
      }
    }
    append(bytes, start..<index, hasLetter ? .word : .number, into: &tokens)
    if index < end
      && (bytes[index] == UInt8(ascii: "'") || Bytes.startsWithCurlyApostrophe(bytes, index, end))
    {
      let length = Bytes.scalarLength(bytes[index])
      if index + length < end, bytes[index + length] | 0x20 == UInt8(ascii: "s"),
        !Bytes.isWordStart(scalarAfter(bytes, index + length + 1, end))
      {
        append(bytes, index..<(index + length + 1), .possessive, into: &tokens)
        return index + length + 1
      }
    }
    return index
  }

  /// Whether the bytes are single letters separated by periods: "U.S", "U.N", "E.U".
  private static func isInitialism(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var expectLetter = true
    for index in range {
      let byte = bytes[index]
      if expectLetter {
        guard Bytes.isLetterASCII(byte) else { return false }
      } else {
        guard byte == UInt8(ascii: ".") else { return false }
      }
      expectLetter.toggle()
    }
    return !expectLetter || range.isEmpty == false
  }

  private static func scalarAfter(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Unicode.Scalar {
    index < end ? Bytes.scalar(bytes, at: index, end: end) : " "
  }

  private static func lowerASCII(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    return String(
      decoding: bytes[start..<end].map { Bytes.isUpperASCII($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
  }

  private static func append(
    _ bytes: [UInt8], _ range: Range<Int>, _ kind: Token.Kind, into tokens: inout [Token]
  ) {
    let text = String(decoding: bytes[range], as: UTF8.self)
    var lower = text.lowercased()
    if lower.contains("’") { lower = lower.replacingOccurrences(of: "’", with: "'") }
    let first = text.unicodeScalars.first
    let isCapitalised = first.map { $0.properties.isUppercase } ?? false
    tokens.append(
      Token(
        start: range.lowerBound, end: range.upperBound, kind: kind, text: text, lower: lower,
        isCapitalised: isCapitalised))
  }
}

/// Byte and scalar tests on UTF-8 text.
enum Bytes {
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
  }

  static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  static func isLetterASCII(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// The number of bytes of the UTF-8 sequence that starts with `byte` (1 for a stray byte).
  static func scalarLength(_ byte: UInt8) -> Int {
    switch byte {
    case 0xF0...0xF7: 4
    case 0xE0...0xEF: 3
    case 0xC0...0xDF: 2
    default: 1
    }
  }

  /// The scalar at `index`, or U+FFFD for a malformed sequence.
  static func scalar(_ bytes: [UInt8], at index: Int, end: Int) -> Unicode.Scalar {
    let byte = bytes[index]
    if byte < 0x80 { return Unicode.Scalar(byte) }
    let length = scalarLength(byte)
    guard index + length <= end, length > 1 else { return "\u{FFFD}" }
    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return "\u{FFFD}" }
      value = (value << 6) | UInt32(next & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Letters, digits and combining marks start or continue a word.
  static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x61 && value <= 0x7A)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  static func startsWithCurlyApostrophe(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Bool {
    index + 2 < end && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
  }
}
