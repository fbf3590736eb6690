import StanceGraph

/// Precision, recall and F1 of an ``Extraction`` against gold statements.
///
/// Both sides are compared as sets of (document, sentence, source, relation, target) after
/// roll-up: people become the state or organisation they speak for, and an `allies-with` pair
/// counts once whichever way it is written. A gold file is CSV with the header
/// `document,sentence,source,relation,target` (more columns, such as `note`, are ignored);
/// sources and targets may be ids or any name the gazetteer knows ("North Korea", "DPRK", "KP").
///
/// - Complexity: O(*g* + *s*) for *g* gold rows and *s* extracted statements.
public struct ExtractionEvaluation: Sendable {
  /// One compared statement.
  public struct Triple: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var document: String
    public var sentence: Int
    public var source: String
    public var relation: Relation
    public var target: String

    public static func < (a: Triple, b: Triple) -> Bool {
      (a.document, a.sentence, a.source, a.relation.rawValue, a.target)
        < (b.document, b.sentence, b.source, b.relation.rawValue, b.target)
    }

    public var description: String {
      "\(document):\(sentence) \(source) \(relation.rawValue) \(target.isEmpty ? "—" : target)"
    }
  }

  /// Counts for one relation, or for all.
  public struct Score: Sendable, Hashable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double {
      truePositives + falsePositives == 0
        ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
      truePositives + falseNegatives == 0
        ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  /// Scores per relation, in ``Relation`` order.
  public var byRelation: [Relation: Score] = [:]
  /// Micro-averaged over every relation.
  public var overall = Score()
  /// Extracted but not in the gold file.
  public var falsePositives: [Triple] = []
  /// In the gold file but not extracted.
  public var falseNegatives: [Triple] = []

  /// Compares `extraction` with gold triples (already resolved, see ``goldTriples(csv:file:gazetteer:)``).
  /// Only documents present in the gold file count, so a gold file may cover some inputs only.
  public init(_ extraction: Extraction, gold: [Triple]) {
    let documents = Set(gold.map(\.document))
    let predicted = Set(
      ExtractionEvaluation.triples(of: extraction).filter { documents.contains($0.document) })
    let expected = Set(gold.map(ExtractionEvaluation.normalised))
    for relation in Relation.allCases { byRelation[relation] = Score() }
    for triple in predicted {
      if expected.contains(triple) {
        byRelation[triple.relation, default: Score()].truePositives += 1
      } else {
        byRelation[triple.relation, default: Score()].falsePositives += 1
        falsePositives.append(triple)
      }
    }
    for triple in expected where !predicted.contains(triple) {
      byRelation[triple.relation, default: Score()].falseNegatives += 1
      falseNegatives.append(triple)
    }
    for score in byRelation.values {
      overall.truePositives += score.truePositives
      overall.falsePositives += score.falsePositives
      overall.falseNegatives += score.falseNegatives
    }
    falsePositives.sort()
    falseNegatives.sort()
  }

  /// The extraction's statements rolled up to states and organisations.
  public static func triples(of extraction: Extraction) -> [Triple] {
    var represents: [String: String] = [:]
    for actor in extraction.actors { represents[actor.id] = actor.represents }
    func rolledUp(_ id: String) -> String {
      var current = id
      var steps = 0
      while let next = represents[current], steps < 8 {
        current = next
        steps += 1
      }
      return current
    }
    return extraction.statements.map { statement in
      normalised(
        Triple(
          document: statement.document, sentence: statement.sentence,
          source: rolledUp(statement.source), relation: statement.relation,
          target: statement.target.map(rolledUp) ?? ""))
    }
  }

  /// An `allies-with` pair in a fixed order.
  static func normalised(_ triple: Triple) -> Triple {
    guard triple.relation == .alliesWith, triple.target < triple.source else { return triple }
    var swapped = triple
    swapped.source = triple.target
    swapped.target = triple.source
    return swapped
  }

  /// Reads a gold CSV file, resolving names through the gazetteer.
  ///
  /// - Throws: ``StanceGraphError`` naming the line, column and field of every bad row:
  ///   a missing column, a sentence that is not a positive number, an unknown relation (with
  ///   a suggestion) or an unknown actor (with a suggestion).
  public static func goldTriples(csv text: String, file: String, gazetteer: Gazetteer)
    throws(StanceGraphError) -> [Triple]
  {
    let rows = try DelimitedText.rows(Array(text.utf8), delimiter: UInt8(ascii: ","), file: file)
    guard let header = rows.first else {
      throw StanceGraphError(Diagnostic(.emptyInput, "the gold file is empty", file: file))
    }
    var column: [String: Int] = [:]
    for (index, name) in header.fields.enumerated() {
      column[name.text.trimmingCharacters(in: .whitespaces).lowercased()] = index
    }
    var problems: [Diagnostic] = []
    for name in ["document", "sentence", "source", "relation", "target"] where column[name] == nil {
      problems.append(
        Diagnostic(
          .missingColumn, "no \"\(name)\" column", file: file, line: 1, column: 1, field: name,
          expected: "the header document,sentence,source,relation,target"))
    }
    guard problems.isEmpty else { throw StanceGraphError(problems) }
    var triples: [Triple] = []
    for row in rows.dropFirst() {
      func field(_ name: String) -> (text: String, column: Int)? {
        guard let index = column[name], index < row.fields.count else { return nil }
        return row.fields[index]
      }
      func problem(
        _ name: String, _ message: String, expected: String? = nil, suggestion: String? = nil
      ) {
        problems.append(
          Diagnostic(
            .invalidValue, message, file: file, line: row.line, column: field(name)?.column,
            field: name, value: field(name)?.text, expected: expected, suggestion: suggestion))
      }
      guard let document = field("document")?.text, let sentenceText = field("sentence")?.text,
        let sourceText = field("source")?.text, let relationText = field("relation")?.text,
        let targetText = field("target")?.text
      else {
        problems.append(
          Diagnostic(
            .fieldCount, "\(row.fields.count) fields where the header has \(header.fields.count)",
            file: file, line: row.line, expected: "one field per column"))
        continue
      }
      guard let sentence = Int(sentenceText), sentence > 0 else {
        problem("sentence", "not a sentence number", expected: "a positive whole number")
        continue
      }
      guard let relation = Relation(spelling: relationText) else {
        problem(
          "relation", "unknown relation", expected: "accuses, denies, allies-with or warns",
          suggestion: Relation.suggestion(for: relationText))
        continue
      }
      let source = resolve(sourceText, gazetteer)
      guard let source else {
        problem(
          "source", "unknown actor", expected: "an id or name the gazetteer knows",
          suggestion: gazetteer.suggestion(for: sourceText))
        continue
      }
      var target = ""
      if !targetText.trimmingCharacters(in: .whitespaces).isEmpty {
        guard let resolved = resolve(targetText, gazetteer) else {
          problem(
            "target", "unknown actor", expected: "an id or name the gazetteer knows",
            suggestion: gazetteer.suggestion(for: targetText))
          continue
        }
        target = resolved
      }
      triples.append(
        Triple(
          document: document.trimmingCharacters(in: .whitespaces), sentence: sentence,
          source: source, relation: relation, target: target))
    }
    guard problems.isEmpty else { throw StanceGraphError(problems) }
    return triples
  }

  /// An id, or the id of the entry a name, code or alias names, rolled up.
  static func resolve(_ name: String, _ gazetteer: Gazetteer) -> String? {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    var id: String?
    if gazetteer.entry(id: trimmed) != nil {
      id = trimmed
    } else if let entry = gazetteer.lookUp(trimmed) {
      id = gazetteer.entries[Int(entry)].id
    }
    guard var current = id else { return nil }
    var steps = 0
    while let next = gazetteer.entry(id: current)?.represents, steps < 8 {
      current = next
      steps += 1
    }
    return current
  }
}

extension Gazetteer {
  /// The entry a whole name, code or alias names, if any.
  func lookUp(_ name: String) -> Int32? {
    let written = Gazetteer.tokenize(name)
    guard let first = written.first else { return nil }
    if let phrase = codes[first.text]?.first(where: { $0.tokens == written.map(\.text) }) {
      return phrase.entry
    }
    return phrases[first.lower]?.first(where: { $0.tokens == written.map(\.lower) })?.entry
  }

  /// "did you mean ..." for a name the gazetteer does not know.
  func suggestion(for name: String) -> String? {
    var names: [String] = []
    for entry in entries {
      names.append(entry.id)
      names.append(entry.name)
    }
    return Suggestions.didYouMean(name, among: names)
  }
}
