import StanceGraph

/// A rendered picture, the engine that laid it out and the warnings Graphviz gave.
public struct Rendering: Sendable {
  public var bytes: [UInt8]
  /// The engine that ran (``LayoutEngine/automatic`` resolved to a real one).
  public var engine: LayoutEngine
  public var warnings: [String]

  public init(bytes: [UInt8], engine: LayoutEngine, warnings: [String] = []) {
    self.bytes = bytes
    self.engine = engine
    self.warnings = warnings
  }

  /// Writes the picture to `path`: a regular file atomically (readers see the old file or the
  /// new one, never a part), standard output for `-`, and anything else that exists
  /// (`/dev/null`, a FIFO) directly. Writing over one of `inputs` is refused.
  ///
  /// - Throws: ``StanceGraphError`` with the system's reason when the file cannot be written.
  public func write(to path: String, refusing inputs: [String] = []) throws(StanceGraphError) {
    try AtomicFile.write(bytes, to: path, refusing: inputs)
  }
}
