/// Recognises text that is not part of an article: headlines, captions, bylines, links.
///
/// The rules look at the form of a line only, never at the names in it, so a headline about
/// the same countries as the article is still skipped.
enum JunkClassifier {
  /// Short words a Title Case headline may leave in lower case.
  static let minorWords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
    "with", "from", "as", "into", "over", "after", "vs", "vs.", "amid", "via", "up", "out",
  ]

  static let navigationPrefixes = [
    "read more", "read also", "related:", "related coverage", "see also", "advertisement",
    "sign up", "subscribe", "click here", "follow us", "share this", "watch:", "listen:",
    "more:", "also read", "recommended", "copyright", "©", "all rights reserved",
  ]

  static let captionMarkers = [
    "(ap photo", "(reuters/", "(afp", "/getty", "getty images", "photo:", "photograph:",
    "image:", "credit:", " via reuters)", " via ap)", " via afp)", " via yonhap)", "(photo",
    "file photo", "/ap)", "/reuters)", "pictured:",
  ]

  static func classify(_ text: String) -> Sentence.Junk? {
    let lower = text.lowercased()
    for prefix in navigationPrefixes where lower.hasPrefix(prefix) { return .navigation }
    for marker in captionMarkers where lower.contains(marker) { return .caption }
    if isByline(text, lower) { return .byline }
    if isHeadline(text) { return .headline }
    return nil
  }

  /// Whether a line stands alone whatever surrounds it (a headline, caption or byline), so a
  /// single line break before or after it ends a sentence.
  static func isStandaloneLine(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return false }
    return classify(trimmed) != nil && !SentenceSplitter.endsSentence(trimmed)
      || isHeadline(trimmed)
  }

  /// "By Jane Doe, Reuters", "Reporting by ...; Editing by ...".
  static func isByline(_ text: String, _ lower: String) -> Bool {
    if lower.hasPrefix("reporting by") || lower.hasPrefix("editing by")
      || lower.hasPrefix("writing by") || lower.hasPrefix("additional reporting")
    {
      return true
    }
    guard lower.hasPrefix("by ") else { return false }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
    guard words.count <= 8 else { return false }
    return words.dropFirst().allSatisfy { word in
      word.first.map { $0.isUppercase } ?? false || ["and", "in", "|"].contains(word)
    }
  }

  /// A line of three or more words, most of them capitalised, without final punctuation.
  static func isHeadline(_ text: String) -> Bool {
    guard !SentenceSplitter.endsSentence(text) else { return false }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard words.count >= 3 else { return false }
    var content = 0
    var capitalised = 0
    for word in words {
      let bare = word.drop { !($0.isLetter || $0.isNumber) }
      guard let first = bare.first else { continue }
      if minorWords.contains(bare.lowercased()) && !first.isUppercase { continue }
      content += 1
      if first.isUppercase || first.isNumber { capitalised += 1 }
    }
    return content >= 3 && capitalised * 10 >= content * 8
  }
}
