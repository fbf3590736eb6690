import ArgumentParser
import Foundation
import StanceExtraction
import StanceGraph

struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Code accuses, denies, warns and allies-with statements from news text.",
    discussion: """
      Reads plain-text articles and writes a claims file (YAML on stdout unless -o says \
      otherwise) whose statements carry evidence: document, sentence, quote, character span, \
      trigger word and confidence. The rules are transparent: --explain prints, per sentence, \
      the actors recognised and each trigger matched or rejected, with the reason. Review the \
      output before analysis; see docs/extraction.md for what the rules handle and how well.

      Actors come from a built-in gazetteer of states, organisations, armed groups and \
      officials; --actors adds yours (any claims file: its actors' names and aliases are \
      matched, and an id that is already known replaces the built-in entry).

      Examples:
        stancegraph extract ../shared/seed/unc-seoul.txt | stancegraph clusters -
        stancegraph extract article.txt --date 2023-11-14 -o claims.yaml
        stancegraph extract article.txt --explain | less
        stancegraph extract dev/*.txt --evaluate dev/gold.csv
      """)

  @Argument(help: "Plain-text articles (UTF-8); '-' reads stdin.")
  var articles: [String]

  @Option(help: "A claims file whose actors add to or override the built-in gazetteer.")
  var actors: String?

  @Option(
    help: "The date of every statement (YYYY, YYYY-MM or YYYY-MM-DD).",
    transform: ArgumentValue.date)
  var date: PartialDate?

  @Option(name: .shortAndLong, help: "The claims file to write; '-' is stdout (the default).")
  var output: String?

  @Option(name: .customLong("to"), help: "The output format when OUT's extension does not tell.")
  var outputFormat: GraphFormat?

  @Option(help: "Leave out statements whose confidence is below this (0 to 1).")
  var minConfidence: Double = 0

  @Flag(help: "Print what each sentence matched and why (the claims go to -o only).")
  var explain = false

  @Option(
    help:
      "Score against gold statements (CSV: document,sentence,source,relation,target) and print precision, recall and F1."
  )
  var evaluate: String?

  @Flag(help: "With --evaluate: print the scores as JSON.")
  var json = false

  func validate() throws {
    guard !articles.isEmpty else { throw ValidationError("name at least one article (or '-')") }
    guard (0...1).contains(minConfidence) else {
      throw ValidationError("--min-confidence must be between 0 and 1")
    }
    if let output, output != "-", outputFormat == nil, GraphFormat(fileName: output) == nil {
      throw ValidationError(
        "cannot tell the output format from \"\(output)\"; add --to json|yaml|csv|tsv|jsonl")
    }
    if let output, output != "-" {
      for article in articles where article != "-" && ConvertCommand.sameFile(article, output) {
        throw ValidationError(
          "refusing to overwrite the input \"\(article)\"; choose another output file")
      }
    }
  }

  func run() throws {
    do {
      var gazetteer = try Gazetteer.builtIn()
      if let actors { gazetteer.merge(try ClaimGraph(contentsOf: actors)) }
      var documents: [(name: String, text: String)] = []
      for article in articles {
        let bytes = try ClaimGraph.readText(article)
        documents.append((ExtractCommand.documentName(article), bytes))
      }
      let extractor = StanceExtractor(gazetteer: gazetteer)
      var extraction = Progress.run(
        "extracting", size: documents.reduce(0) { $0 + $1.text.utf8.count } / 20
      ) {
        extractor.extract(documents)
      }
      if minConfidence > 0 { extraction = extraction.filtered(minimumConfidence: minConfidence) }
      if explain { print(ExtractCommand.explanation(of: extraction), terminator: "") }
      if let evaluate {
        let text = try ClaimGraph.readText(evaluate)
        let gold = try ExtractionEvaluation.goldTriples(
          csv: text, file: evaluate, gazetteer: gazetteer)
        let evaluation = ExtractionEvaluation(extraction, gold: gold)
        print(
          json ? ExtractCommand.json(of: evaluation) : ExtractCommand.table(of: evaluation),
          terminator: "")
      }
      let graph = try extraction.graph(date: date)
      let destination = output ?? ((explain || evaluate != nil) ? nil : "-")
      if let destination {
        let format = outputFormat ?? GraphFormat(fileName: destination) ?? .yaml
        try Terminal.write(graph.encoded(as: format), to: destination)
      }
    } catch let error as StanceGraphError {
      Terminal.report(error)
      throw ExitCode(1)
    }
  }

  /// `dir/unc-seoul.txt` → `unc-seoul`; stdin is `stdin`.
  static func documentName(_ path: String) -> String {
    guard path != "-" else { return "stdin" }
    let file = URL(fileURLWithPath: path).lastPathComponent
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
    return String(file[..<dot])
  }

  static func explanation(of extraction: Extraction) -> String {
    var out = ""
    for report in extraction.sentences {
      out += "\(report.document):\(report.sentence.number)  \(report.sentence.text)\n"
      for note in report.notes { out += "    · \(note)\n" }
      for index in report.statements {
        let statement = extraction.statements[index]
        out += "    → \(statement.source) \(statement.relation.rawValue) \(statement.target ?? "—")"
        if let claim = statement.claim { out += " · claim \"\(claim)\"" }
        out += String(format: " · confidence %.2f\n", statement.confidence)
      }
    }
    return out
  }

  static func table(of evaluation: ExtractionEvaluation) -> String {
    var table = Table(["relation", "gold", "found", "correct", "precision", "recall", "F1"])
    func row(_ name: String, _ score: ExtractionEvaluation.Score) -> [String] {
      [
        name, String(score.truePositives + score.falseNegatives),
        String(score.truePositives + score.falsePositives), String(score.truePositives),
        String(format: "%.3f", score.precision), String(format: "%.3f", score.recall),
        String(format: "%.3f", score.f1),
      ]
    }
    for relation in Relation.allCases {
      table.append(row(relation.rawValue, evaluation.byRelation[relation] ?? .init()))
    }
    table.append(row("all", evaluation.overall))
    var out = table.render() + "\n"
    if !evaluation.falseNegatives.isEmpty {
      out += "\nmissed (\(evaluation.falseNegatives.count)):\n"
      for triple in evaluation.falseNegatives { out += "  \(triple)\n" }
    }
    if !evaluation.falsePositives.isEmpty {
      out += "\nnot in the gold file (\(evaluation.falsePositives.count)):\n"
      for triple in evaluation.falsePositives { out += "  \(triple)\n" }
    }
    return out
  }

  static func json(of evaluation: ExtractionEvaluation) -> String {
    func score(_ score: ExtractionEvaluation.Score) -> String {
      "{\"truePositives\": \(score.truePositives), \"falsePositives\": \(score.falsePositives), "
        + "\"falseNegatives\": \(score.falseNegatives), "
        + String(
          format: "\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}", score.precision,
          score.recall, score.f1)
    }
    var parts: [String] = []
    for relation in Relation.allCases {
      parts.append(
        "    \"\(relation.rawValue)\": " + score(evaluation.byRelation[relation] ?? .init()))
    }
    return "{\n  \"overall\": \(score(evaluation.overall)),\n  \"byRelation\": {\n"
      + parts.joined(separator: ",\n") + "\n  }\n}\n"
  }
}
