import Foundation
import StanceExtraction
import StanceGraph

/// libFuzzer's entry point: the bytes as news text (see ``ExtractionFuzzing``).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  ExtractionFuzzing.check(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// The extractor's invariants, checked on text made from arbitrary bytes.
///
/// The bytes split at form feed (`0x0C`) into up to ``maxDocuments`` documents, each decoded
/// as UTF-8 with repair (`String(decoding:as:)`, so invalid UTF-8 becomes U+FFFD), and
/// extracted in one run, so people and accusations carry from one document to the next as
/// they do in `stancegraph extract`. Then:
///
/// 1. every statement's `span` lies inside its document's Unicode scalars and its `quote` is
///    exactly the scalars at that span; `document` names a document given; `answers`, when
///    set, is an earlier accusation of the same run;
/// 2. every sentence report's `byteRange` lies inside its document's UTF-8 and `text` is
///    those bytes; `characterOffset` is the scalar offset of the range's start; its
///    statements are indices of statements of that sentence;
/// 3. `Extraction.graph()` does not throw (the extractor's own output must make a graph), and
///    has no more statements than the extraction.
///
/// A failed check is a `fatalError` that names it, which libFuzzer saves as a crash. To keep
/// fuzzing past a known bug, `STANCEGRAPH_FUZZ_SKIP=graph` leaves check 3 out.
enum ExtractionFuzzing {
  static let maxDocuments = 4

  /// Whether `STANCEGRAPH_FUZZ_SKIP` (comma-separated) names `graph`.
  static let skipsGraph: Bool = {
    let skip = getenv("STANCEGRAPH_FUZZ_SKIP").map { String(cString: $0) } ?? ""
    return skip.split(separator: ",").contains {
      $0.trimmingCharacters(in: .whitespaces) == "graph"
    }
  }()

  /// The built-in gazetteer, loaded once per process.
  static let extractor: StanceExtractor = {
    do {
      return try StanceExtractor()
    } catch {
      fatalError("the built-in gazetteer does not load: \(error)")
    }
  }()

  static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
    let parts = bytes.split(separator: 0x0C, omittingEmptySubsequences: false)
      .prefix(maxDocuments)
    let documents = parts.enumerated().map { index, part in
      (name: "fuzz-\(index + 1)", text: String(decoding: part, as: UTF8.self))
    }
    let extraction = extractor.extract(documents)
    var textOf: [String: (utf8: [UInt8], scalars: [Unicode.Scalar])] = [:]
    for document in documents {
      textOf[document.name] = (Array(document.text.utf8), Array(document.text.unicodeScalars))
    }

    for (index, statement) in extraction.statements.enumerated() {
      guard let text = textOf[statement.document] else {
        fatalError("statement \(index) names an unknown document \(statement.document)")
      }
      let span = statement.span
      guard span.lowerBound >= 0, span.upperBound <= text.scalars.count else {
        fatalError(
          "statement \(index) span \(span) is outside its document of \(text.scalars.count) "
            + "scalars: \(describe(statement))")
      }
      let quoted = text.scalars[span]
      guard quoted.elementsEqual(statement.quote.unicodeScalars) else {
        fatalError(
          "statement \(index) quote \(String(reflecting: statement.quote)) is not the text at "
            + "\(span), \(String(reflecting: String(String.UnicodeScalarView(quoted)))): "
            + describe(statement))
      }
      if let answered = statement.answers {
        guard answered < index, extraction.statements[answered].relation == .accuses else {
          fatalError(
            "statement \(index) answers \(answered), which is not an earlier accusation: "
              + describe(statement))
        }
      }
    }

    for (index, report) in extraction.sentences.enumerated() {
      guard let text = textOf[report.document] else {
        fatalError("sentence report \(index) names an unknown document \(report.document)")
      }
      let sentence = report.sentence
      let range = sentence.byteRange
      guard range.lowerBound >= 0, range.upperBound <= text.utf8.count else {
        fatalError(
          "sentence \(report.document):\(sentence.number) byte range \(range) is outside its "
            + "document of \(text.utf8.count) bytes")
      }
      let written = String(decoding: text.utf8[range], as: UTF8.self)
      guard written.unicodeScalars.elementsEqual(sentence.text.unicodeScalars) else {
        fatalError(
          "sentence \(report.document):\(sentence.number) text "
            + "\(String(reflecting: sentence.text)) is not the bytes at \(range), "
            + String(reflecting: written))
      }
      let offset = text.utf8[..<range.lowerBound].lazy.filter { $0 & 0xC0 != 0x80 }.count
      guard offset == sentence.characterOffset else {
        fatalError(
          "sentence \(report.document):\(sentence.number) character offset "
            + "\(sentence.characterOffset), but \(offset) scalars come before byte "
            + "\(range.lowerBound)")
      }
      for statement in report.statements {
        guard statement >= 0, statement < extraction.statements.count,
          extraction.statements[statement].sentence == sentence.number,
          extraction.statements[statement].document == report.document
        else {
          fatalError(
            "sentence \(report.document):\(sentence.number) lists statement \(statement), "
              + "which is not one of its own")
        }
      }
    }

    guard !skipsGraph else { return }
    let graph: ClaimGraph
    do {
      graph = try extraction.graph()
    } catch {
      fatalError(
        "Extraction.graph() rejects the extractor's output: \(error)\n--- statements:\n"
          + extraction.statements.map(describe).joined(separator: "\n"))
    }
    guard graph.statementCount <= extraction.statements.count else {
      fatalError(
        "the graph has \(graph.statementCount) statements, the extraction "
          + "\(extraction.statements.count)")
    }
  }

  static func describe(_ statement: ExtractedStatement) -> String {
    "\(statement.document):\(statement.sentence) \(statement.source) "
      + "\(statement.relation.rawValue) \(statement.target ?? "-") via "
      + "\(String(reflecting: statement.trigger)) span \(statement.span) quote "
      + String(reflecting: statement.quote)
  }
}
