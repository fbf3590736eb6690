import StanceGraph

/// A statement the extractor found, with the evidence an analyst needs to check it.
public struct ExtractedStatement: Sendable, Hashable {
  /// The document's name (its file name without the extension, or `stdin`).
  public var document: String
  /// The 1-based sentence number in the document.
  public var sentence: Int
  /// Gazetteer or person ids.
  public var source: String
  public var relation: Relation
  /// Nil only for a denial whose accuser the text does not make clear.
  public var target: String?
  /// What is alleged or denied, as written ("of supplying military equipment to Russia").
  public var claim: String?
  /// For a denial that answers an earlier accusation: that accusation's index in
  /// ``Extraction/statements``.
  public var answers: Int?
  /// The trigger word as written ("accused").
  public var trigger: String
  /// Character (Unicode scalar) offsets of the statement in the document, end exclusive.
  public var span: Range<Int>
  /// The text of ``span``.
  public var quote: String
  /// From 0 to 1: how often statements with this ``ruleScore`` were right on the development
  /// half of the dev set (``ConfidenceCalibration``); a statement at 0.9 is right about 9
  /// times in 10 on text like it.
  public var confidence: Double
  /// The rules' own score before calibration: the trigger's reliability times how directly
  /// source and target were found (0 to 1).
  public var ruleScore: Double = 0
}

/// What the extractor found in one sentence and why, for `--explain`.
public struct SentenceReport: Sendable, Hashable {
  public var document: String
  public var sentence: Sentence
  /// One line per decision: actors recognised, triggers matched or rejected and why.
  public var notes: [String]
  /// Indices in ``Extraction/statements``.
  public var statements: [Int]
}

/// The result of extracting statements from documents.
public struct Extraction: Sendable {
  /// Every actor a statement mentions, and the states the people among them speak for.
  public var actors: [Gazetteer.Entry]
  public var statements: [ExtractedStatement]
  public var sentences: [SentenceReport]

  /// The statements as a claim graph: actors (people with `represents`), claims from the
  /// claim texts (a denial that answers an accusation shares its claim), statements with
  /// evidence (document, sentence, quote, character span, trigger, confidence).
  ///
  /// - Parameter date: The date given to every statement, if known.
  public func graph(date: PartialDate? = nil) throws(StanceGraphError) -> ClaimGraph {
    var graph = ClaimGraph()
    var ids: [String: ActorID] = [:]
    for entry in actors {
      var attributes: [String: String] = [:]
      if let role = entry.role, !role.isEmpty { attributes["role"] = role }
      ids[entry.id] = try graph.add(
        Actor(id: entry.id, name: entry.name, kind: entry.kind, attributes: attributes))
    }
    for entry in actors {
      if let represents = entry.represents, let actor = ids[entry.id], let state = ids[represents] {
        try graph.setRepresentative(of: actor, to: state)
      }
    }
    var claimOf: [Int: ClaimID] = [:]
    var claimByText: [String: ClaimID] = [:]
    for (index, statement) in statements.enumerated() {
      guard let source = ids[statement.source] else { continue }
      var claim: ClaimID?
      if let answered = statement.answers, let shared = claimOf[answered] {
        claim = shared
      } else if let text = statement.claim, !text.isEmpty {
        if let known = claimByText[text] {
          claim = known
        } else {
          let made = try graph.add(
            Claim(id: "\(statement.document)-c\(claimByText.count + 1)", text: text))
          claimByText[text] = made
          claim = made
        }
      }
      claimOf[index] = claim
      let target = statement.target.flatMap { ids[$0] }
      guard target != nil || claim != nil else { continue }
      try graph.add(
        Statement(
          source: source, relation: statement.relation, target: target, claim: claim,
          date: date,
          evidence: Evidence(
            document: statement.document, sentence: statement.sentence, quote: statement.quote),
          attributes: [
            "trigger": statement.trigger,
            "confidence": String(statement.confidence),
            "rule-score": String(statement.ruleScore),
            "span": "\(statement.span.lowerBound)-\(statement.span.upperBound)",
          ]))
    }
    return graph
  }
}

extension Extraction {
  /// The extraction without statements below `minimumConfidence`; sentence reports point
  /// at the statements kept.
  public func filtered(minimumConfidence: Double) -> Extraction {
    var kept: [ExtractedStatement] = []
    var newIndex: [Int: Int] = [:]
    for (index, statement) in statements.enumerated()
    where statement.confidence >= minimumConfidence {
      newIndex[index] = kept.count
      kept.append(statement)
    }
    for index in kept.indices {
      kept[index].answers = kept[index].answers.flatMap { newIndex[$0] }
    }
    var result = self
    result.statements = kept
    result.sentences = sentences.map { report in
      var report = report
      report.statements = report.statements.compactMap { newIndex[$0] }
      return report
    }
    return result
  }
}
