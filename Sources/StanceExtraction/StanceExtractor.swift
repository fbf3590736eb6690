import StanceGraph

/// Codes `accuses`, `denies`, `warns` and `allies-with` statements from news text.
///
/// A fast, transparent, rule-based extractor whose output an analyst reviews before analysis.
/// It splits text into sentences (``SentenceSplitter``), skips lines that are not article
/// text (headlines of other stories, captions, bylines), finds actors from a ``Gazetteer``
/// and the people the text introduces ("South Korean Defense Minister Shin Won-sik" speaks
/// for South Korea; later "Shin", "the minister" and "he" refer to him), and reads each
/// trigger word ("accused", "denied", "warned", "pledged closer ties") with the frame that
/// says where its source, target and claim are: coordination ("Russia and North Korea"),
/// passives ("was accused by Seoul"), attribution ("According to Austin, ..."), appositions
/// ("China, North Korea’s closest ally, ..."), negation ("did not accuse") and modality
/// ("may warn"). A denial is linked to the accusation it answers when the text makes that
/// clear. See docs/extraction.md for the rules and their measured precision and recall.
///
/// ```swift
/// let extractor = try StanceExtractor()
/// let extraction = extractor.extract([("unc-seoul", articleText)])
/// let graph = try extraction.graph()
/// ```
///
/// - Complexity: O(*n*) in the text's length, with small constants (see docs/performance.md:
///   well over 10,000 sentences a second on one core).
public struct StanceExtractor: Sendable {
  public var gazetteer: Gazetteer

  /// An extractor with the built-in gazetteer.
  public init() throws(StanceGraphError) {
    gazetteer = try Gazetteer.builtIn()
  }

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  /// Extracts the statements of each document, in order. Documents are independent: people
  /// introduced in one are known by their full name in the next, but pronouns, surnames and
  /// denials never reach across documents.
  ///
  /// - Parameter documents: Pairs of a document name (used in evidence) and its text.
  public func extract(_ documents: [(name: String, text: String)]) -> Extraction {
    var run = Run(gazetteer: gazetteer)
    for document in documents { run.read(document.name, document.text) }
    return run.finish()
  }

  /// Extracts the statements of one document.
  public func extract(text: String, document: String = "document") -> Extraction {
    extract([(document, text)])
  }
}

/// One extraction run over several documents.
private struct Run {
  var gazetteer: Gazetteer
  var statements: [ExtractedStatement] = []
  var sentences: [SentenceReport] = []
  var used: [Int32: Bool] = [:]

  init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  mutating func read(_ name: String, _ text: String) {
    let bytes = Array(text.utf8)
    var reader = DocumentReader(gazetteer: gazetteer, bytes: bytes)
    gazetteer = Gazetteer()  // the reader owns it while reading
    for sentence in SentenceSplitter.sentences(in: bytes) {
      var report = SentenceReport(document: name, sentence: sentence, notes: [], statements: [])
      if let junk = sentence.junk {
        report.notes.append("skipped: not article text (\(junk.rawValue))")
        sentences.append(report)
        continue
      }
      let findings = reader.read(sentence)
      report.notes = reader.notes
      var seen: Set<String> = []
      for finding in findings {
        for (source, pairedTarget) in pairs(of: finding, reader) {
          for (target, answers) in answered(finding, source, pairedTarget, reader, &report) {
            var confidence = finding.confidence
            let claim = finding.claim
            if finding.relation == .denies {
              if answers != nil && pairedTarget == nil {
                confidence = (confidence * 0.85 * 100).rounded() / 100
              }
              if target == nil && (claim ?? "").isEmpty {
                report.notes.append("denial with neither an accuser nor a claim: dropped")
                continue
              }
            }
            if let target, reader.rolledUp(source) == reader.rolledUp(target) { continue }
            if finding.relation != .denies && target == nil { continue }
            let key = "\(source)|\(finding.relation.rawValue)|\(target ?? -1)"
            guard seen.insert(key).inserted else { continue }
            let span = characterSpan(finding.span, reader, sentence)
            let statement = ExtractedStatement(
              document: name, sentence: sentence.number,
              source: reader.gazetteer.entries[Int(source)].id, relation: finding.relation,
              target: target.map { reader.gazetteer.entries[Int($0)].id }, claim: claim,
              answers: answers, trigger: reader.tokens[finding.trigger.lowerBound].text,
              span: span.characters, quote: span.text,
              confidence: ConfidenceCalibration.calibrated(confidence), ruleScore: confidence)
            if finding.relation == .accuses || finding.relation == .warns, let target {
              let made = Discourse.Accusation(
                source: source, target: target, sentence: sentence.number,
                statement: statements.count)
              if finding.relation == .accuses { reader.discourse.accusations.append(made) }
              reader.discourse.targets.append(made)
            }
            used[source] = true
            if let target { used[target] = true }
            report.statements.append(statements.count)
            statements.append(statement)
          }
        }
      }
      sentences.append(report)
    }
    gazetteer = reader.gazetteer
  }

  /// For a denial: the accusers it answers (its own target, or those the discourse links),
  /// each with the accusation's index; for other relations the target as found.
  private func answered(
    _ finding: Finding, _ source: Int32, _ target: Int32?, _ reader: DocumentReader,
    _ report: inout SentenceReport
  ) -> [(Int32?, Int?)] {
    guard finding.relation == .denies else { return [(target, nil)] }
    let accusations = reader.discourse.answeredAccusations(
      by: source, rollUp: reader.rolledUp, refersBack: finding.refersBack)
    if let target {
      let match = accusations.first { reader.rolledUp($0.source) == reader.rolledUp(target) }
      return [(target, match?.statement)]
    }
    guard !accusations.isEmpty else { return [(nil, nil)] }
    return accusations.map { accusation in
      report.notes.append(
        "denial by \(reader.gazetteer.entries[Int(source)].name) answers the accusation "
          + "by \(reader.gazetteer.entries[Int(accusation.source)].name) "
          + "(sentence \(accusation.sentence))")
      return (accusation.source, accusation.statement)
    }
  }

  /// The (source, target) pairs a finding stands for: every source with every target, or
  /// every pair of sources for a mutual alliance.
  private func pairs(of finding: Finding, _ reader: DocumentReader) -> [(Int32, Int32?)] {
    if finding.isReciprocal {
      return finding.sources.flatMap { source in
        finding.sources.filter { $0 != source }.map { (source, Optional($0)) }
      }
    }
    if finding.isMutual {
      var result: [(Int32, Int32?)] = []
      for (offset, first) in finding.sources.enumerated() {
        for second in finding.sources[(offset + 1)...] { result.append((first, second)) }
      }
      return result
    }
    if finding.targets.isEmpty { return finding.sources.map { ($0, nil) } }
    return finding.sources.flatMap { source in finding.targets.map { (source, $0) } }
  }

  private func characterSpan(_ tokens: Range<Int>, _ reader: DocumentReader, _ sentence: Sentence)
    -> (characters: Range<Int>, text: String)
  {
    let startByte = reader.tokens[tokens.lowerBound].start
    let endByte = reader.tokens[tokens.upperBound - 1].end
    func characters(to byte: Int) -> Int {
      var count = sentence.characterOffset
      var index = sentence.byteRange.lowerBound
      while index < byte {
        if reader.bytes[index] & 0xC0 != 0x80 { count += 1 }
        index += 1
      }
      return count
    }
    let text = String(decoding: reader.bytes[startByte..<endByte], as: UTF8.self)
    return (characters(to: startByte)..<characters(to: endByte), text)
  }

  func finish() -> Extraction {
    var actors: [Gazetteer.Entry] = []
    var included: Set<Int32> = []
    func include(_ index: Int32) {
      guard included.insert(index).inserted else { return }
      let entry = gazetteer.entries[Int(index)]
      if let represents = entry.represents, let state = gazetteer.entryByID[represents] {
        include(state)
      }
      actors.append(entry)
    }
    for index in used.keys.sorted() { include(index) }
    return Extraction(actors: actors, statements: statements, sentences: sentences)
  }
}
