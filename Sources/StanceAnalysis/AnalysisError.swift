/// The error the analysis module throws: a request it cannot carry out, with what to do instead.
public struct AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong; a struct so that codes can be added without breaking a client's `switch`.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// An option's value cannot be used.
    public static let invalidOption = Code(rawValue: "invalidOption")
    /// The exact solver's limit was reached (its size gate, time limit or search budget).
    public static let tooLargeForExact = Code(rawValue: "tooLargeForExact")
    /// An actor named in a request is not in the graph.
    public static let unknownActor = Code(rawValue: "unknownActor")
  }

  public var code: Code
  public var message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { "error: \(message)" }
}
