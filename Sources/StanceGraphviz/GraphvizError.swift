/// A Graphviz failure, with Graphviz's own message, or a layout the renderer refused to start.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong; a struct so that codes can be added without breaking a client's `switch`.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let syntax = Code(rawValue: "syntax")
    public static let unknownEngine = Code(rawValue: "unknownEngine")
    public static let unknownFormat = Code(rawValue: "unknownFormat")
    public static let layout = Code(rawValue: "layout")
    public static let render = Code(rawValue: "render")
    /// The engine would take too long or too much memory at this size: see ``refusal``.
    public static let tooLargeForEngine = Code(rawValue: "tooLargeForEngine")
  }

  /// Why a layout was not started: the engine asked for, the graph's size, the engine's limit
  /// and an engine that lays the graph out fast.
  public struct Refusal: Hashable, Sendable {
    public var engine: LayoutEngine
    /// Nodes plus edges.
    public var size: Int
    public var limit: Int
    public var alternative: LayoutEngine
  }

  public var code: Code
  /// Graphviz's message, or ours when it said nothing.
  public var message: String
  /// For ``Code/tooLargeForEngine``.
  public var refusal: Refusal?

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// A refused layout.
  public init(refusing refusal: Refusal) {
    self.init(
      .tooLargeForEngine,
      "\(refusal.engine) would take too long on \(refusal.size) nodes and edges (its limit is "
        + "\(refusal.limit)); \(refusal.alternative) lays this graph out quickly")
    self.refusal = refusal
  }

  public var description: String {
    switch code {
    case .syntax: "error: Graphviz cannot read the DOT: \(message)"
    case .unknownEngine: "error: unknown layout engine: \(message)"
    case .unknownFormat: "error: unknown output format: \(message)"
    case .layout, .tooLargeForEngine: "error: Graphviz layout failed: \(message)"
    case .render: "error: Graphviz rendering failed: \(message)"
    default: "error: Graphviz: \(message)"
    }
  }
}
