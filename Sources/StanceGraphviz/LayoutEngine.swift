/// A Graphviz layout engine, named as Graphviz names it; engines Graphviz adds later can be
/// named with `LayoutEngine(rawValue:)`.
///
/// - ``dot``: layered drawing of directed graphs; clear for small graphs, slow for large ones
///   (a 2,000-node random graph did not finish in 10 minutes here).
/// - ``neato``, ``fdp``: spring models; ``sfdp``: multiscale spring model for large graphs.
/// - ``circo``: circular; ``twopi``: radial; ``osage``, ``patchwork``: clustered and treemap.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let dot = LayoutEngine(rawValue: "dot")
  public static let neato = LayoutEngine(rawValue: "neato")
  public static let fdp = LayoutEngine(rawValue: "fdp")
  public static let sfdp = LayoutEngine(rawValue: "sfdp")
  public static let circo = LayoutEngine(rawValue: "circo")
  public static let twopi = LayoutEngine(rawValue: "twopi")
  public static let osage = LayoutEngine(rawValue: "osage")
  public static let patchwork = LayoutEngine(rawValue: "patchwork")

  /// The engines of libgvc 2.43.
  public static let all: [LayoutEngine] = [
    .dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork,
  ]

  /// The largest graph (actors plus statements drawn) `auto` lays out with `dot`; larger ones get
  /// `sfdp`. Measured on this machine: see `docs/rendering.md`.
  public static let autoDotLimit = 250

  /// The largest graph (nodes plus edges) the renderer lays out with `dot` unless told to insist:
  /// beyond it `dot` takes minutes (a 2,000-node random graph did not finish in 10 minutes).
  public static let dotRefusalLimit = 4 * autoDotLimit

  /// `dot` for graphs of up to ``autoDotLimit`` nodes and edges together, `sfdp` beyond.
  public static func automatic(nodes: Int, edges: Int) -> LayoutEngine {
    nodes + edges <= autoDotLimit ? .dot : .sfdp
  }

  public var description: String { rawValue }
}

/// A Graphviz output format, named as Graphviz names it.
public struct RenderFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let svg = RenderFormat(rawValue: "svg")
  public static let png = RenderFormat(rawValue: "png")
  public static let pdf = RenderFormat(rawValue: "pdf")
  public static let json = RenderFormat(rawValue: "json")
  public static let plain = RenderFormat(rawValue: "plain")
  /// DOT with the layout's coordinates.
  public static let dot = RenderFormat(rawValue: "dot")

  public static let all: [RenderFormat] = [.svg, .png, .pdf, .json, .plain, .dot]

  /// The format a file name's extension implies (`.svg`, `.png`, `.pdf`, `.json`, `.plain`,
  /// `.txt` for plain, `.gv` and `.dot` for laid-out DOT), or nil.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "json": self = .json
    case "plain", "txt": self = .plain
    case "gv", "dot": self = .dot
    default: return nil
    }
  }

  /// Whether the output is bytes rather than text (PNG, PDF).
  public var isBinary: Bool { self == .png || self == .pdf }

  public var description: String { rawValue }
}

/// A rendered picture and the warnings Graphviz gave while making it.
public struct Rendering: Sendable {
  public var bytes: [UInt8]
  public var warnings: [String]
}

/// What cgraph read from DOT text.
public struct ParsedGraph: Sendable {
  public struct Node: Hashable, Sendable {
    /// The node's id as cgraph stores it.
    public var name: String
    /// The `label` attribute as cgraph stores it (escape sequences such as `\n` still written).
    public var label: String?
    public var tooltip: String?
  }
  public var nodes: [Node]
  public var edgeCount: Int
  /// Names of the subgraphs at the top level (clusters are `cluster_…`).
  public var subgraphs: [String]
  public var warnings: [String]
}

/// A Graphviz failure, with Graphviz's own message.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Code: String, Sendable {
    case syntax, unknownEngine, unknownFormat, layout, render
  }

  public var code: Code
  /// Graphviz's message, or ours when it said nothing.
  public var message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String {
    switch code {
    case .syntax: "error: Graphviz cannot read the DOT: \(message)"
    case .unknownEngine: "error: unknown layout engine: \(message)"
    case .unknownFormat: "error: unknown output format: \(message)"
    case .layout: "error: Graphviz layout failed: \(message)"
    case .render: "error: Graphviz rendering failed: \(message)"
    }
  }
}
