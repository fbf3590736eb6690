import StanceExtraction
import StanceGraph
import Testing

/// Inputs `fuzz-extract` found (Fuzz/, `make fuzz`), minimised, as bytes: each is extracted as
/// `Fuzz/Sources/fuzz-extract/FuzzExtract.swift` does (one document, decoded as UTF-8 with
/// repair), and must keep its invariants: every statement's span lies inside the text and its
/// quote is the text at that span, and `Extraction.graph()` accepts the extractor's own output.
@Suite struct FuzzRegressionTests {
  /// One input, with what it is about.
  struct Input: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var bytes: [UInt8]

    init(_ description: String, _ text: String) {
      testDescription = description
      bytes = Array(text.utf8)
    }
  }

  static let extractor: StanceExtractor? = try? StanceExtractor()

  /// The extraction of `bytes` as one document, after checking its spans and quotes.
  static func extraction(of bytes: [UInt8]) throws -> Extraction {
    let text = String(decoding: bytes, as: UTF8.self)
    let extractor = try #require(extractor)
    let extraction = extractor.extract([(name: "fuzz-1", text: text)])
    let scalars = Array(text.unicodeScalars)
    for statement in extraction.statements {
      let span = statement.span
      try #require(span.lowerBound >= 0 && span.upperBound <= scalars.count)
      #expect(scalars[span].elementsEqual(statement.quote.unicodeScalars))
    }
    return extraction
  }

  /// A title before a state's name ("Gen. Japan") introduced a person named "Japan" (id
  /// `japan`); when the state was also an actor ("Tokyo"), `Extraction.graph()` threw: 'id:
  /// "japan" of actor "japan" already names actor "JP"'. fuzz-extract found it by inserting
  /// "Lt. Gen. " before "Japan" in a dev-set article ("The U.S., South Korea and Japan held
  /// joint naval drills ..."); the first input is libFuzzer's minimised form.
  @Test(arguments: [
    Input(
      "minimised: no space after the title, no full stops",
      "South Korea and Gen.Japan held drill Tokyo and Seoul cooperate"),
    Input(
      "alliance, then the state by its capital",
      "South Korea and Gen. Japan held joint drills. Tokyo and Seoul agreed to cooperate."),
    Input(
      "warning, then the state by its capital", "Gen. Japan warned Russia. Tokyo warned China."),
  ])
  func titleBeforeAStateNameStillMakesAGraph(_ input: Input) throws {
    let extraction = try Self.extraction(of: input.bytes)
    #expect(!extraction.statements.isEmpty)
    #expect(throws: Never.self) { try extraction.graph() }
  }
}
