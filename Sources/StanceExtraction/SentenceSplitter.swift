/// One sentence of a document: where it is and whether it is article text at all.
public struct Sentence: Sendable, Hashable {
  /// Why a piece of text is not read as article text.
  public enum Junk: String, Sendable, Hashable {
    /// A line in Title Case without a final full stop: a headline, likely of another story.
    case headline
    /// "Read more: ...", "Related:", "Advertisement", "Sign up ...".
    case navigation
    /// A photo caption or credit: "(AP Photo/...)", "Photo: ...".
    case caption
    /// "By Jane Doe, Reuters", "Reporting by ...", "Editing by ...".
    case byline
  }

  /// The 1-based number of the sentence in its document.
  public var number: Int
  /// Byte range in the document's UTF-8 text.
  public var byteRange: Range<Int>
  /// Character (Unicode scalar) offset of the first character in the document.
  public var characterOffset: Int
  /// The sentence as written.
  public var text: String
  /// Set when the sentence is not article text; such sentences produce no statements.
  public var junk: Junk?
}

/// Splits plain text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by
/// space and a word that can start a sentence, at a blank line, and at a line break after a
/// line that has no final punctuation but reads as a headline. A period after an abbreviation
/// ("Gen.", "Sept."), an initial ("John F. Kennedy") or a number does not end a sentence; after
/// an initialism ("U.S.") it does only when a typical sentence opener follows ("The", "He").
/// A single line break inside a sentence is a soft wrap.
///
/// - Complexity: O(*n*) in the text's bytes.
public enum SentenceSplitter {
  /// Words that begin a new sentence after an initialism such as "U.S.".
  static let sentenceOpeners: Set<String> = [
    "the", "he", "she", "it", "they", "we", "i", "in", "on", "but", "a", "an", "this", "that",
    "these", "those", "its", "his", "her", "their", "after", "before", "while", "when", "at",
    "as", "meanwhile", "however", "last", "earlier", "later", "both", "officials", "there",
    "according", "during", "since", "for", "if", "asked", "speaking", "separately", "also",
  ]

  /// Splits `text` into sentences, numbered from 1, with junk lines marked.
  public static func sentences(in text: String) -> [Sentence] {
    sentences(in: Array(text.utf8))
  }

  static func sentences(in bytes: [UInt8]) -> [Sentence] {
    var result: [Sentence] = []
    var start = 0
    var characterOffset = 0
    var scannedCharacters = 0  // characters in bytes[0..<scanned]
    var scanned = 0
    func emit(_ end: Int) {
      var lower = start
      var upper = end
      while lower < upper && Bytes.isSpace(bytes[lower]) { lower += 1 }
      while upper > lower && Bytes.isSpace(bytes[upper - 1]) { upper -= 1 }
      guard lower < upper else {
        start = end
        return
      }
      // Count characters up to `lower`.
      while scanned < lower {
        if bytes[scanned] & 0xC0 != 0x80 { scannedCharacters += 1 }
        scanned += 1
      }
      characterOffset = scannedCharacters
      let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
      result.append(
        Sentence(
          number: result.count + 1, byteRange: lower..<upper, characterOffset: characterOffset,
          text: text, junk: JunkClassifier.classify(text)))
      start = end
    }

    var index = 0
    let count = bytes.count
    var lineStart = 0
    while index < count {
      let byte = bytes[index]
      if byte == 0x0A {
        // Blank line: a paragraph break.
        var next = index + 1
        var sawBlank = false
        while next < count && Bytes.isSpace(bytes[next]) {
          if bytes[next] == 0x0A { sawBlank = true }
          next += 1
        }
        let line = String(decoding: bytes[lineStart..<index], as: UTF8.self)
        if sawBlank || next >= count || endsSentence(line)
          || JunkClassifier.isStandaloneLine(line)
          || JunkClassifier.isStandaloneLine(nextLine(bytes, from: next))
        {
          emit(index)
        }
        index = next
        lineStart = next
        continue
      }
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        || (byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
          && bytes[index + 2] == 0xA6)
      {
        var after = index + (byte == 0xE2 ? 3 : 1)
        // Closing quotes and brackets stay with the sentence.
        while after < count, isCloser(bytes, after) { after += Bytes.scalarLength(bytes[after]) }
        if after >= count || bytes[after] == 0x0A {
          index = after
          continue  // the line break decides
        }
        if Bytes.isSpace(bytes[after]) && isBoundary(bytes, period: index, next: after) {
          emit(after)
        }
        index = after
        continue
      }
      index += 1
    }
    emit(count)
    return result
  }

  /// Whether a line ends with final punctuation (possibly followed by closing quotes).
  static func endsSentence(_ line: String) -> Bool {
    var scalars = line.unicodeScalars.reversed().drop { $0.properties.isWhitespace }.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "\"", "”", "’", "'", ")", "]", "»": continue
      case ".", "!", "?", "…": return true
      default: return false
      }
    }
    return false
  }

  private static func nextLine(_ bytes: [UInt8], from start: Int) -> String {
    var end = start
    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private static func isCloser(_ bytes: [UInt8], _ index: Int) -> Bool {
    let scalar = Bytes.scalar(bytes, at: index, end: bytes.count)
    return scalar == "\"" || scalar == "”" || scalar == "’" || scalar == "'" || scalar == ")"
      || scalar == "]" || scalar == "»"
  }

  /// Decides whether the punctuation at `period` ends a sentence; `next` is the space after it.
  private static func isBoundary(_ bytes: [UInt8], period: Int, next: Int) -> Bool {
    var following = next
    while following < bytes.count && Bytes.isSpace(bytes[following]) { following += 1 }
    guard following < bytes.count else { return true }
    let nextScalar = Bytes.scalar(bytes, at: following, end: bytes.count)
    let opensSentence =
      nextScalar.properties.isUppercase || nextScalar.properties.numericType != nil
      || "\"“‘'«".unicodeScalars.contains(nextScalar)
    guard opensSentence else { return false }
    guard bytes[period] == UInt8(ascii: ".") else { return true }
    // The word before the period.
    var wordStart = period
    while wordStart > 0 && !Bytes.isSpace(bytes[wordStart - 1]) && bytes[wordStart - 1] != 0x22 {
      wordStart -= 1
    }
    let word = String(decoding: bytes[wordStart..<period], as: UTF8.self)
    let bare = word.trimmingPrefix {
      "(\"“‘'[".unicodeScalars.contains($0.unicodeScalars.first ?? " ")
    }
    let lower = bare.lowercased()
    if Tokenizer.abbreviations.contains(lower) && !lower.isEmpty && !isMonthOrCode(lower) {
      return false  // "Gen. Smith", "Mr. Kim"
    }
    if bare.count == 1, let first = bare.unicodeScalars.first, first.properties.isUppercase {
      return false  // an initial: "John F. Kennedy"
    }
    if bare.contains(".") || isMonthOrCode(lower) {
      // "U.S." or "Sept.": a sentence ends only if a usual opener follows.
      var wordEnd = following
      while wordEnd < bytes.count && Bytes.isLetterASCII(bytes[wordEnd]) { wordEnd += 1 }
      let nextWord = String(decoding: bytes[following..<wordEnd], as: UTF8.self).lowercased()
      return sentenceOpeners.contains(nextWord)
    }
    return true
  }

  private static func isMonthOrCode(_ word: String) -> Bool {
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no"]
      .contains(word)
  }
}
