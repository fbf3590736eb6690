/// The error the analysis module throws: a request it cannot carry out, with what to do instead.
public struct AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Code: String, Sendable {
    /// An option's value cannot be used.
    case invalidOption
    /// The exact solver's limit was reached (too many actors, or its search budget).
    case tooLargeForExact
    /// An actor named in a request is not in the graph.
    case unknownActor
  }

  public var code: Code
  public var message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { "error: \(message)" }
}
