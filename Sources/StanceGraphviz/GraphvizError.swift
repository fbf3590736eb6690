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
