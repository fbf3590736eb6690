import Foundation
import FoundationXML
import StanceAnalysis
import StanceExport
import StanceGraph

/// Fixtures, oracles and SVG helpers shared by the exporter's, renderer's and report's tests.
public enum GraphvizTestSupport {
  public static let packageRoot = Fixtures.packageRoot
  public static let seedExamplePath = Fixtures.seedExamplePath

  /// The Korea armistice example: 10 actors, 24 statements.
  public static func seed() throws -> ClaimGraph { try Fixtures.seed() }

  /// The seed example's alliance blocs, as `stancegraph dot --clusters` computes them.
  public static func seedClusters(_ graph: ClaimGraph) throws -> AllianceClusters {
    try AllianceClusters(of: SignedProjection(graph))
  }

  // MARK: - Hostile text

  /// Text that breaks naive DOT writers: quotes, backslashes (a trailing one too), line breaks,
  /// braces, DOT syntax and keywords, leading digits, bidirectional text, emoji and controls.
  public static let hostileFragments: [String] = [
    "\"", "\\", "ends\\", "\\\"", "\\n", "\n", "\r\n", "\r", "\t", "{", "}", "[", "]", "->",
    "--", "<", ">", "<b>", "&", ";", "=", ",", "1abc", "42", "-1.5", ".5", "node", "edge",
    "graph", "digraph", "subgraph", "strict", "NODE", "", " ", "  ",
    "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
    "\u{0645}\u{0631}\u{062D}\u{0628}\u{0627}", "\u{202E}rtl\u{202C}", "\u{1F1F0}\u{1F1F7}",
    "\u{1F469}\u{200D}\u{1F52C}", "\u{1F600}", "e\u{0301}", "\u{0}", "\u{1}", "\u{7}", "\u{1B}[31m",
    "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}",
    "\u{FFFF}", "\"]; x -> y [", "\"]; }", "/*", "*/", "//", "#", "\\N", "\\G", "\\l", "50%", "a%3",
    "a b", "caf\u{E9}", "\u{4E2D}\u{6587}",
  ]

  /// A name of zero to four hostile fragments, sometimes with a random scalar mixed in.
  public static func hostileName(using generator: inout some RandomNumberGenerator) -> String {
    var name = ""
    for _ in 0..<Int.random(in: 0...4, using: &generator) {
      if Int.random(in: 0..<6, using: &generator) == 0 {
        name.unicodeScalars.append(randomScalar(using: &generator))
      } else {
        name += hostileFragments.randomElement(using: &generator) ?? ""
      }
    }
    return name
  }

  /// Mostly ASCII, including every control character, sometimes any plane.
  public static func randomScalar(using generator: inout some RandomNumberGenerator)
    -> Unicode.Scalar
  {
    while true {
      let value: UInt32 =
        switch Int.random(in: 0..<4, using: &generator) {
        case 0, 1: UInt32.random(in: 0...0x7F, using: &generator)
        case 2: UInt32.random(in: 0x80...0xFFFF, using: &generator)
        default: UInt32.random(in: 0x1_0000...0x10_FFFF, using: &generator)
        }
      if let scalar = Unicode.Scalar(value) { return scalar }
    }
  }

  /// How cgraph stores `text` after reading it from the DOT the encoder wrote: the quoted DOT
  /// text with `\"` turned back into `"` and every other escape left as written.
  ///
  /// Written from the encoder's documented contract, not from its code: a backslash stays
  /// doubled, a line break (LF, CR or CRLF) is the two characters `\n`, a tab stays a tab, and
  /// the characters XML cannot carry (C0 controls and DEL, U+FFFE, U+FFFF) become U+FFFD.
  public static func storedForm(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar.value {
      case 0x5C: out.append(contentsOf: #"\\"#.unicodeScalars)
      case 0x0D: out.append(contentsOf: #"\n"#.unicodeScalars)
      case 0x0A:
        if !previousWasCarriageReturn { out.append(contentsOf: #"\n"#.unicodeScalars) }
      case 0x09: out.append(scalar)
      case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// How cgraph stores a label: ``storedForm(_:)`` of the text with its invisible characters
  /// made visible (``VisibleText``, tested on its own) and `&` written `&amp;` (the encoder
  /// escapes it, or Graphviz would read `&…;` as an entity).
  public static func storedLabel(_ text: String) -> String {
    storedForm(VisibleText.visible(text).replacingOccurrences(of: "&", with: "&amp;"))
  }

  // MARK: - Graphs of hostile text

  /// A graph whose actor ids, names and claim texts are `ids`, `names` and `claims`, with a few
  /// statements per actor (parallel ones, denials without a target, evidence and dates too).
  ///
  /// Actors the model refuses (a name that already names another actor) are left out, and so
  /// are two cases with tests of their own: ids whose escaped form equals an earlier one's
  /// (``idsThatDifferOnlyInControlCharactersStayTwoNodes()``) and ids that begin with `%`
  /// (``idsBeginningWithAPercentSignKeepTheirName()``).
  public static func hostileGraph(
    ids: [String], names: [String], claims: [String], title: String,
    using generator: inout some RandomNumberGenerator
  ) -> ClaimGraph {
    var graph = ClaimGraph(metadata: ["title": title])
    var storedIDs: Set<String> = []
    for (id, name) in zip(ids, names) {
      guard !storedIDs.contains(storedForm(id)), !id.hasPrefix("%") else { continue }
      let kind = Actor.Kind.allCases.randomElement(using: &generator) ?? .other
      if (try? graph.add(Actor(id: id, name: name, kind: kind))) != nil {
        storedIDs.insert(storedForm(id))
      }
    }
    var claimIDs: [ClaimID] = []
    for (index, text) in claims.enumerated() {
      if let id = try? graph.add(Claim(id: "claim-\(index)", text: text)) { claimIDs.append(id) }
    }
    let actors = graph.actorIDs
    guard actors.count > 1 else { return graph }
    for source in actors {
      for _ in 0..<Int.random(in: 0...3, using: &generator) {
        let relation = Relation.allCases.randomElement(using: &generator) ?? .accuses
        var target = actors.randomElement(using: &generator)
        if target == source || (relation == .denies && Bool.random(using: &generator)) {
          target = relation == .denies && !claimIDs.isEmpty ? nil : actors.first { $0 != source }
        }
        let claim = Bool.random(using: &generator) ? claimIDs.randomElement(using: &generator) : nil
        let evidence = Evidence(
          document: claims.randomElement(using: &generator), sentence: 3,
          quote: claims.randomElement(using: &generator))
        let statement = Statement(
          source: source, relation: relation, target: target,
          claim: target == nil ? claimIDs.first : claim,
          date: Bool.random(using: &generator) ? PartialDate("2023-11-14") : nil,
          weight: [0.5, 1, 2, 7].randomElement(using: &generator) ?? 1,
          evidence: Bool.random(using: &generator) ? evidence : nil)
        _ = try? graph.add(statement)
      }
    }
    return graph
  }

  /// The graph built around one fragment: as an id, a name, a claim, inside longer text.
  public static func hostileGraph(around fragment: String) -> ClaimGraph {
    var generator = SeededGenerator(seed: 7)
    return hostileGraph(
      ids: [fragment, "id:" + fragment + ":end", fragment + fragment + "!", "plain"],
      names: [fragment, "name:" + fragment + ":end", "<<" + fragment + ">>", "Plain " + fragment],
      claims: [fragment, "claim " + fragment + " " + fragment, fragment + "\\"],
      title: fragment, using: &generator)
  }

  // MARK: - Counting what the encoder should write

  /// The edges the encoder draws: statements with a target, or their (source, target,
  /// relation) groups in aggregate mode.
  public static func expectedEdgeCount(_ graph: ClaimGraph, _ mode: DOTEncoder.EdgeMode) -> Int {
    let targeted = graph.statements.filter { $0.target != nil }
    switch mode {
    case .statements:
      return targeted.count
    case .aggregate:
      struct Group: Hashable {
        var source: ActorID
        var target: ActorID?
        var relation: Relation
      }
      return Set(
        targeted.map { Group(source: $0.source, target: $0.target, relation: $0.relation) }
      )
      .count
    }
  }

  // MARK: - SVG

  /// Parses SVG (or any XML) with libxml2, never fetching the DTD. Throws for well-formedness
  /// errors that ``wellFormednessError(_:)`` reports, then builds the tree.
  ///
  /// `XMLDocument` alone is no check: swift-corelibs-foundation always parses in libxml2's
  /// recovery mode, so it drops undefined entities and illegal characters without a word.
  public static func xmlDocument(_ bytes: [UInt8]) throws -> XMLDocument {
    if let error = wellFormednessError(bytes) { throw XMLCheckError(message: error) }
    return try XMLDocument(data: Data(bytes), options: [.nodeLoadExternalEntitiesNever])
  }

  public struct XMLCheckError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// What a strict XML parser says is wrong with `bytes` (an illegal character, a reference to
  /// an undeclared entity), or nil when they are well-formed XML.
  public static func wellFormednessError(_ bytes: [UInt8]) -> String? {
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    let collector = XMLErrorCollector()
    parser.delegate = collector
    guard !parser.parse() || parser.parserError != nil || !collector.errors.isEmpty else {
      return nil
    }
    let error = parser.parserError.map { "\($0)" } ?? "the parse failed"
    return "not well-formed XML: "
      + ([error] + collector.errors.prefix(3)).joined(separator: "; ")
  }

  private final class XMLErrorCollector: NSObject, XMLParserDelegate {
    var errors: [String] = []

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
      errors.append("line \(parser.lineNumber), column \(parser.columnNumber)")
    }
  }

  /// Every element below `element` (itself included), depth first.
  public static func elements(in element: XMLElement) -> [XMLElement] {
    var found = [element]
    for child in element.children ?? [] {
      if let child = child as? XMLElement { found += elements(in: child) }
    }
    return found
  }

  /// The value of the attribute written `name` (prefix included, as `xlink:title`).
  ///
  /// Looked up by hand: swift-corelibs-foundation's `attribute(forName:)` finds nothing on
  /// SVG's namespaced elements, and an attribute's `localName` crashes.
  public static func attribute(_ name: String, of element: XMLElement) -> String? {
    element.attributes?.first { $0.name == name }?.stringValue
  }

  /// The `<g class="…">` groups of a Graphviz SVG.
  public static func groups(_ document: XMLDocument, class name: String) -> [XMLElement] {
    guard let root = document.rootElement() else { return [] }
    return elements(in: root).filter { $0.name == "g" && attribute("class", of: $0) == name }
  }

  /// The `<title>` Graphviz writes for a node whose name cgraph stores as `storedName`, as
  /// FoundationXML reads it: Graphviz writes a space after a space as `&#160;`, and
  /// FoundationXML drops a leading U+FEFF.
  public static func svgTitle(forStoredName storedName: String) -> String {
    var out = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in storedName.unicodeScalars {
      out.append(scalar == " " && previous == " " ? "\u{A0}" : scalar)
      previous = scalar
    }
    if out.first == "\u{FEFF}" { out.removeFirst() }
    return String(out)
  }

  /// The text of a group's `<title>` child.
  public static func title(of group: XMLElement) -> String? {
    group.children?.compactMap { $0 as? XMLElement }.first { $0.name == "title" }?.stringValue
  }

  /// The tooltip of a group: its link's `xlink:title`, or the `title` attribute Graphviz
  /// writes when there is no link.
  public static func tooltip(of group: XMLElement) -> String? {
    for element in elements(in: group) where element.name == "a" {
      if let tooltip = attribute("xlink:title", of: element) { return tooltip }
    }
    return attribute("title", of: group)
  }

  /// Every value of attribute `name` anywhere in the group.
  public static func attributeValues(_ name: String, in group: XMLElement) -> [String] {
    elements(in: group).compactMap { attribute(name, of: $0) }
  }

  /// The text of the `<text>` elements in the group, in order.
  public static func texts(in group: XMLElement) -> [String] {
    elements(in: group).filter { $0.name == "text" }.compactMap(\.stringValue)
  }
}

extension DOTEncoder {
  /// `graph` with `clusters` when there are any: the blocs' own graph must be `graph`.
  public func encoding(_ graph: ClaimGraph, clusters: AllianceClusters?) -> String {
    if let clusters {
      precondition(clusters.graph.actorCount == graph.actorCount, "the blocs are of another graph")
      return encode(clusters)
    }
    return encode(graph)
  }
}
