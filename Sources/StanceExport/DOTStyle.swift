import Foundation
import StanceGraph

/// The visual language of StanceGraph's drawings, as Graphviz attributes a user can override.
///
/// | element | default |
/// |---|---|
/// | accuses | red `#d62728`, solid, arrow |
/// | denies | orange `#ff7f0e`, dashed, arrow |
/// | warns | purple `#9467bd`, bold, arrow |
/// | allies-with | green `#2ca02c`, solid, no arrowheads |
/// | state, organization, person, group, other | box, hexagon, ellipse, octagon, ellipse, each with its fill |
/// | frustrated tie | the relation's colour doubled around a gold line |
///
/// Pen width grows with weight: `penwidth = 1 + 1.2 × log2(|weight|)`, between 0.6 and 8; in
/// aggregate mode the weight is the pair's total. `graph`, `node` and `edge` hold overrides
/// applied last, over the built-in attributes of every element (what the CLI's `-G`, `-N` and
/// `-E` options set).
///
/// ```swift
/// var style = DOTStyle.standard
/// style.relations[.accuses]?["color"] = "black"
/// style.node["fontname"] = "DejaVu Sans"
/// ```
public struct DOTStyle: Hashable, Sendable {
  /// Attributes of the whole graph.
  public var graphDefaults: DOTAttributes
  /// Attributes every node starts with.
  public var nodeDefaults: DOTAttributes
  /// Attributes every edge starts with.
  public var edgeDefaults: DOTAttributes
  /// Edge attributes per relation.
  public var relations: [Relation: DOTAttributes]
  /// Node attributes per actor kind.
  public var kinds: [Actor.Kind: DOTAttributes]
  /// Cluster (bloc) attributes.
  public var bloc: DOTAttributes
  /// Overrides applied last to the graph, every node and every edge.
  public var graph: DOTAttributes = [:]
  public var node: DOTAttributes = [:]
  public var edge: DOTAttributes = [:]
  /// The widest pen.
  public var maximumPenWidth = 8.0

  public static let standard = DOTStyle(
    graphDefaults: [
      "fontname": "Helvetica", "fontsize": "12", "labelloc": "t", "outputorder": "edgesfirst",
      "overlap": "false", "rankdir": "LR", "nodesep": "0.4", "ranksep": "0.9",
      "bgcolor": "white", "pad": "0.2",
    ],
    nodeDefaults: [
      "fontname": "Helvetica", "fontsize": "11", "style": "filled", "color": "#555555",
      "penwidth": "1",
    ],
    edgeDefaults: ["fontname": "Helvetica", "fontsize": "9", "arrowsize": "0.7"],
    relations: [
      .accuses: ["color": "#d62728", "fontcolor": "#d62728", "style": "solid"],
      .denies: ["color": "#ff7f0e", "fontcolor": "#c25e00", "style": "dashed"],
      .warns: ["color": "#9467bd", "fontcolor": "#6b4596", "style": "bold"],
      .alliesWith: ["color": "#2ca02c", "fontcolor": "#1e7a1e", "style": "solid", "dir": "none"],
    ],
    kinds: [
      .state: ["shape": "box", "style": "rounded,filled", "fillcolor": "#dbe9f6"],
      .organization: ["shape": "hexagon", "fillcolor": "#e8e0f5"],
      .person: ["shape": "ellipse", "fillcolor": "#fdf1d6"],
      .group: ["shape": "octagon", "fillcolor": "#e3f2e1"],
      .other: ["shape": "ellipse", "fillcolor": "#eeeeee"],
    ],
    bloc: [
      "style": "rounded,filled", "fillcolor": "#f6f6f6", "color": "#999999",
      "fontname": "Helvetica", "fontsize": "12", "labelloc": "t",
    ])

  /// The pen width for a tie of total `weight`.
  public func penWidth(for weight: Double) -> Double {
    guard weight != 0 else { return 0.6 }
    return min(maximumPenWidth, max(0.6, 1 + 1.2 * Foundation.log2(abs(weight))))
  }
}

/// Graphviz attributes by name, written sorted by name so output is deterministic.
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral,
  Sequence
{
  public private(set) var values: [String: String]

  public init(dictionaryLiteral elements: (String, String)...) {
    values = Dictionary(elements, uniquingKeysWith: { $1 })
  }

  public init(_ values: [String: String] = [:]) { self.values = values }

  public subscript(name: String) -> String? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// These attributes with `other`'s on top.
  public func merging(_ other: DOTAttributes) -> DOTAttributes {
    DOTAttributes(values.merging(other.values) { $1 })
  }

  public var isEmpty: Bool { values.isEmpty }

  /// Name-value pairs sorted by name.
  public func makeIterator() -> some IteratorProtocol<(key: String, value: String)> {
    values.sorted { $0.key < $1.key }.makeIterator()
  }

  /// Reads `name=value` as Graphviz's `-G`, `-N` and `-E` options take it.
  public static func parse(assignment: String) -> (name: String, value: String)? {
    guard let equals = assignment.firstIndex(of: "=") else { return nil }
    let name = String(assignment[..<equals])
    guard let first = name.first, first.isLetter || first == "_",
      name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    else { return nil }
    return (name, String(assignment[assignment.index(after: equals)...]))
  }
}
