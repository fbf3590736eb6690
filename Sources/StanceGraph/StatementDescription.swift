/// A statement as a reader sees it, in parts (names, not ids), so every output spells it the
/// same way: DOT tooltips, the HTML report and the command line's tables.
///
/// ```swift
/// let text = graph.description(of: id).description
/// // United States accuses North Korea: North Korea supplies … (2023-11-14; unc-seoul s6: “has accused …”)
/// ```
public struct StatementDescription: Hashable, Sendable, CustomStringConvertible {
  public var source: String
  public var relation: Relation
  /// The target's name; for a denial of nobody in particular, the actor analysis linked it to.
  public var target: String?
  /// Whether ``target`` was inferred (the accuser a denial answers) rather than written.
  public var isTargetInferred: Bool
  public var claim: String?
  public var date: PartialDate?
  /// `document s6`, or whichever of the two the evidence has.
  public var citation: String?
  public var quote: String?
  /// The statement's weight when it is not 1.
  public var weight: Double?

  /// The description of statement `id` of `graph`; `linkedTo` names the target analysis
  /// inferred for a statement that has none.
  public init(_ graph: ClaimGraph, _ id: StatementID, linkedTo inferred: ActorID? = nil) {
    let statement = graph[id]
    source = graph[statement.source].name
    relation = statement.relation
    target = (statement.target ?? inferred).map { graph[$0].name }
    isTargetInferred = statement.target == nil && inferred != nil
    claim = statement.claim.map { graph[$0].text }
    date = statement.date
    let evidence = statement.evidence
    let cite = [evidence?.document, evidence?.sentence.map { "s\($0)" }].compactMap { $0 }
    citation = cite.isEmpty ? nil : cite.joined(separator: " ")
    quote = evidence?.quote
    weight = statement.weight == 1 ? nil : statement.weight
  }

  /// The details in brackets: date, citation and quote, weight.
  public var details: [String] {
    var details: [String] = []
    if let date { details.append(date.description) }
    switch (citation, quote) {
    case (let citation?, let quote?): details.append("\(citation): “\(quote)”")
    case (let citation?, nil): details.append(citation)
    case (nil, let quote?): details.append("“\(quote)”")
    case (nil, nil): break
    }
    if let weight { details.append("weight \(DecimalText.rounded(weight))") }
    return details
  }

  /// `Source relation Target: claim (date; document s6: “quote”; weight w)`.
  public var description: String {
    var text = "\(source) \(relation.rawValue)"
    if let target {
      text += " \(target)"
      if isTargetInferred { text += " (as accuser of the claim)" }
    }
    if let claim { text += ": \(claim)" }
    let details = details
    if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
    return text
  }
}

extension ClaimGraph {
  /// Statement `id` as a reader sees it.
  public func description(of id: StatementID) -> StatementDescription {
    StatementDescription(self, id)
  }
}

/// Numbers as every output writes them: rounded to `places` decimals, with no trailing `.0`.
/// Values too large for an integer print as Swift prints a `Double`, never through `Int`.
package enum DecimalText {
  package static func rounded(_ value: Double, places: Int = 2) -> String {
    guard value.isFinite else { return String(value) }
    var scale = 1.0
    for _ in 0..<max(0, places) { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    guard rounded.isFinite else { return String(value) }
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return String(rounded)
  }
}
