import StanceAnalysis
import StanceGraph

/// DOT text: quoting, attribute lists, HTML-like labels, the node ids Graphviz keeps as
/// written, and the one statement describer and number formatter every output shares.
extension DOTEncoder {
  /// `"text"` with `\`, `"`, line breaks and control characters escaped.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n":
        if !previousWasCarriageReturn { out += "\\n" }
      case "\r": out += "\\n"
      case "\t": out.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// `[name="value", …]`, sorted by name. Names are identifiers (``DOTAttributes`` only takes
  /// letters, digits and `_`, not first a digit); in values `&` is written `&amp;`, as Graphviz
  /// reads `&…;` in labels and tooltips as an HTML entity.
  static func list(_ attributes: DOTAttributes, html: [String: String] = [:]) -> String {
    var items = attributes.map {
      ($0.key, quoted($0.value.replacingOccurrences(of: "&", with: "&amp;")))
    }
    items += html.map { ($0.key, "<" + $0.value + ">") }
    return "[" + items.sorted { $0.0 < $1.0 }.map { $0.0 + "=" + $0.1 }.joined(separator: ", ")
      + "]"
  }

  /// Text for an HTML-like label: markup escaped, line breaks as left-aligned `<BR/>`.
  static func htmlEscaped(_ text: String) -> String {
    MarkupText.escaped(text, lineBreak: "<BR ALIGN=\"LEFT\"/>")
  }

  /// `text` cut to at most `limit` characters, the last of them an ellipsis.
  static func shortened(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit - 1)) + "…"
  }

  /// Tooltip text with each backslash followed by a zero-width joiner: Graphviz 2.43 expands
  /// `\N`, `\G` and `\E` in tooltips even after an escaped backslash.
  static func tooltip(_ text: String) -> String {
    shortened(text, to: maximumTooltipLength).replacingOccurrences(of: "\\", with: "\\\u{200D}")
  }

  static func number(_ value: Double) -> String { DecimalText.rounded(value) }

  /// `United States accuses North Korea: claim (date; document s6: “quote”)`.
  static func describe(_ graph: ClaimGraph, _ id: StatementID) -> String {
    VisibleText.visible(graph.description(of: id).description)
  }

  /// The DOT id of each actor: its own id (with invisible characters shown, ``VisibleText``)
  /// when Graphviz keeps it as written, otherwise (and on any clash) a made-up unique one. cgraph treats ids that start with `%` as anonymous, reads
  /// `&…;` in them as entities, and control characters, which DOT output replaces, would make
  /// distinct ids equal.
  struct NodeNames: Sendable {
    private(set) var ids: [String] = []
    private var used: Set<String> = []

    init(_ graph: ClaimGraph) {
      // Invisible characters are shown (⟨U+202E⟩): the SVG titles each node with its id.
      for (index, actor) in graph.actors.enumerated() {
        let id = VisibleText.visible(actor.id)
        ids.append(unique(NodeNames.isKeptAsWritten(id) ? id : "~\(index)"))
      }
    }

    /// `name`, or `name` prefixed with `~` until no node has it yet; the result is reserved.
    mutating func unique(_ name: String) -> String {
      var candidate = name
      while used.contains(candidate) { candidate = "~" + candidate }
      used.insert(candidate)
      return candidate
    }

    static func isKeptAsWritten(_ id: String) -> Bool {
      !id.hasPrefix("%") && !id.contains("&")
        && !id.unicodeScalars.contains {
          ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0x7F || $0 == "\u{FFFE}"
            || $0 == "\u{FFFF}"
        }
    }
  }

  static func pairKey(_ a: ActorID, _ b: ActorID) -> UInt64 {
    let (low, high) = a < b ? (a, b) : (b, a)
    return UInt64(UInt32(low.rawValue)) << 32 | UInt64(UInt32(high.rawValue))
  }
}
