import StanceGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the reader targets check for one input.
///
/// A reader may reject any input with a ``StanceGraphError``: that is not a finding. A finding is
/// a crash, a hang, a sanitizer report, a leak, or a graph that does not survive the writers:
///
/// - JSON, YAML and JSON Lines are lossless: the graph written in each must read back as an
///   equal graph (`==`), and writing that graph again must give the same bytes.
/// - CSV and TSV keep the statements only: the edge list written must read back, with the same
///   statements (ends by actor id, relation, date, weight, and the claim text, evidence and
///   attributes that are not blank).
///
/// A failed check calls `fatalError`, which libFuzzer reports as a crash and saves as an artifact.
/// To keep fuzzing past a known bug, `STANCEGRAPH_FUZZ_SKIP` (comma-separated) names the formats
/// whose round trip to leave out (`yaml`, `csv`, …).
public enum ReaderFuzzing {
  /// What `STANCEGRAPH_FUZZ_SKIP` names.
  static let skipped: Set<String> = {
    let skip = getenv("STANCEGRAPH_FUZZ_SKIP").map { String(cString: $0) } ?? ""
    return Set(skip.split(separator: ",").map { String($0).trimmingWhitespace() })
  }()

  /// The formats whose round trip is checked, less those skipped.
  static let checked: [GraphFormat] = [GraphFormat.json, .yaml, .jsonl, .csv, .tsv].filter {
    !skipped.contains($0.rawValue)
  }

  /// Decodes `size` bytes at `data` as `format` and checks the round trips.
  public static func check(_ data: UnsafePointer<UInt8>, _ size: Int, as format: GraphFormat) {
    check(UnsafeBufferPointer(start: data, count: size), as: format)
  }

  /// Decodes `bytes` as `format` and checks the round trips.
  public static func check(_ bytes: UnsafeBufferPointer<UInt8>, as format: GraphFormat) {
    let graph: ClaimGraph
    do {
      graph = try ClaimGraph(decoding: bytes, format: format, fileName: "fuzz")
    } catch {
      // The diagnostics quote the input and compute positions in it: render them too.
      let description = error.description
      precondition(!description.isEmpty, "a StanceGraphError with an empty description")
      return
    }
    // Every reader drops the U+FEFF at the start of a text (TextField in StanceGraph).
    if let text = LeadingByteOrderMark.firstText(in: graph) {
      fatalError(
        "a graph read as \(format.rawValue) has a text that starts with U+FEFF: "
          + String(reflecting: text))
    }
    for output in checked {
      if output.isLossless {
        roundTrip(graph, through: output, readAs: format)
      } else {
        edgeListRoundTrip(graph, through: output, readAs: format)
      }
    }
  }

  /// Writes `graph` as `format`, reads it back, and stops the process when the result differs.
  static func roundTrip(_ graph: ClaimGraph, through format: GraphFormat, readAs input: GraphFormat)
  {
    let written = graph.encoded(as: format)
    let again: ClaimGraph
    do {
      again = try ClaimGraph(decoding: written, format: format, fileName: "fuzz-roundtrip")
    } catch {
      fatalError(
        "a graph read as \(input.rawValue) and written as \(format.rawValue) does not read back: "
          + "\(error)\n--- written:\n\(String(decoding: written, as: UTF8.self))")
    }
    guard again == graph else {
      fatalError(
        "a graph read as \(input.rawValue) changes through \(format.rawValue): "
          + GraphDifference.describe(graph, again)
          + "\n--- written:\n\(String(decoding: written, as: UTF8.self))")
    }
    let rewritten = again.encoded(as: format)
    guard rewritten == written else {
      fatalError(
        "a graph read as \(input.rawValue) is written as \(format.rawValue) differently the "
          + "second time\n--- first:\n\(String(decoding: written, as: UTF8.self))"
          + "\n--- second:\n\(String(decoding: rewritten, as: UTF8.self))")
    }
  }
}

extension ReaderFuzzing {
  /// Writes `graph` as CSV or TSV, reads it back, and stops the process when it cannot be read or
  /// its statements changed.
  static func edgeListRoundTrip(
    _ graph: ClaimGraph, through format: GraphFormat, readAs input: GraphFormat
  ) {
    let written = graph.encoded(as: format)
    let again: ClaimGraph
    do {
      again = try ClaimGraph(decoding: written, format: format, fileName: "fuzz-roundtrip")
    } catch {
      // A graph with no statements writes a header only, which reads as an empty graph.
      fatalError(
        "a graph read as \(input.rawValue) and written as \(format.rawValue) does not read back: "
          + "\(error)\n--- written:\n\(String(decoding: written, as: UTF8.self))")
    }
    let problem = GraphDifference.statements(graph, again)
    guard let problem else { return }
    fatalError(
      "the statements of a graph read as \(input.rawValue) change through \(format.rawValue): "
        + problem + "\n--- written:\n\(String(decoding: written, as: UTF8.self))")
  }
}

/// The rule that no text read starts with U+FEFF, checked on every graph a reader accepts.
enum LeadingByteOrderMark {
  /// The first text of `graph` (a key or a value) that starts with U+FEFF, or nil.
  static func firstText(in graph: ClaimGraph) -> String? {
    var texts: [String] = []
    func add(_ map: [String: String]) {
      for (key, value) in map { texts += [key, value] }
    }
    add(graph.metadata)
    for actor in graph.actors {
      texts += [actor.id, actor.name] + actor.aliases
      if let represents = actor.represents { texts.append(represents) }
      add(actor.attributes)
    }
    for claim in graph.claims {
      texts += [claim.id, claim.text]
      add(claim.attributes)
    }
    for statement in graph.statements {
      if let document = statement.evidence?.document { texts.append(document) }
      if let quote = statement.evidence?.quote { texts.append(quote) }
      add(statement.attributes)
    }
    return texts.first { $0.unicodeScalars.first == "\u{FEFF}" }
  }
}

/// The first difference between two graphs, for a round-trip failure's message.
enum GraphDifference {
  static func describe(_ a: ClaimGraph, _ b: ClaimGraph) -> String {
    if a.metadata != b.metadata { return "metadata \(a.metadata) became \(b.metadata)" }
    if let text = first(a.actors, b.actors, "actor") { return text }
    if let text = first(a.claims, b.claims, "claim") { return text }
    if let text = first(a.statements, b.statements, "statement") { return text }
    return "the graphs differ"
  }

  /// The first statement whose edge-list fields differ, or nil: what CSV and TSV must keep.
  static func statements(_ a: ClaimGraph, _ b: ClaimGraph) -> String? {
    if a.statementCount != b.statementCount {
      return "\(a.statementCount) statements became \(b.statementCount)"
    }
    func given(_ text: String?) -> String? {
      guard let text, !text.trimmingWhitespace().isEmpty else { return nil }
      return text
    }
    func attributes(_ map: [String: String]) -> [String: String] {
      map.filter { given($0.value) != nil }
    }
    for (index, (x, y)) in zip(a.statements, b.statements).enumerated() {
      var differences: [String] = []
      func compare<T: Equatable>(_ field: String, _ p: T, _ q: T) {
        if p != q {
          differences.append("\(field) \(String(reflecting: p)) became \(String(reflecting: q))")
        }
      }
      compare("source", a[x.source].id, b[y.source].id)
      compare("relation", x.relation, y.relation)
      compare("target", x.target.map { a[$0].id }, y.target.map { b[$0].id })
      compare("date", x.date, y.date)
      compare("weight", x.weight, y.weight)
      if let text = given(x.claim.map { a[$0].text }) {
        compare("claim", text, y.claim.map { b[$0].text })
      }
      compare("document", given(x.evidence?.document), given(y.evidence?.document))
      compare("sentence", x.evidence?.sentence, y.evidence?.sentence)
      compare("quote", given(x.evidence?.quote), given(y.evidence?.quote))
      compare("attributes", attributes(x.attributes), attributes(y.attributes))
      if !differences.isEmpty {
        return "statement \(index): " + differences.joined(separator: ", ")
      }
    }
    return nil
  }

  private static func first<T: Equatable>(_ a: [T], _ b: [T], _ noun: String) -> String? {
    if a.count != b.count { return "\(a.count) \(noun)s became \(b.count)" }
    for (index, (x, y)) in zip(a, b).enumerated() where x != y {
      return "\(noun) \(index) \(String(reflecting: x)) became \(String(reflecting: y))"
    }
    return nil
  }
}

extension String {
  /// The text without the whitespace (any Unicode whitespace) at its ends.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
