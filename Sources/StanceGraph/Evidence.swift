/// Where a statement was read: a document, a sentence in it, and a short quote.
public struct Evidence: Hashable, Sendable {
  /// A document id or URL.
  public var document: String?
  /// The 1-based number of the sentence in the document.
  public var sentence: Int?

  /// The sentence numbers every reader accepts, the same in every format, so that whatever
  /// one format reads the others write and read back (CSV once took any 64-bit number that
  /// JSON then refused).
  public static let sentenceRange: ClosedRange<Int> = 1...999_999_999
  /// A short verbatim quote.
  public var quote: String?

  public init(document: String? = nil, sentence: Int? = nil, quote: String? = nil) {
    self.document = document
    self.sentence = sentence
    self.quote = quote
  }

  /// Whether no field is set.
  public var isEmpty: Bool { document == nil && sentence == nil && quote == nil }
}
