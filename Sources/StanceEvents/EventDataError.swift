/// The error of the StanceEvents module: one problem with an event file, its mapping table or
/// its layout, located where it was found.
///
/// Its ``description`` is the line a compiler would print:
/// `events.tsv:12:40: error: EventCode: row has 55 columns; expected 58 (layout gdelt1-58)`.
/// The same type records the malformed rows an import skips (see ``ImportReport/problems``).
public struct EventDataError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem this is; stable, for scripts and tests. New codes may be added.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// A file that cannot be opened or read.
    public static let io = Code(rawValue: "io")
    /// A .gz or .zip input that does not inflate.
    public static let compression = Code(rawValue: "compression")
    /// A layout data file, or an input whose columns fit no layout of its format.
    public static let layout = Code(rawValue: "layout")
    /// A mapping table that cannot be read.
    public static let mapping = Code(rawValue: "mapping")
    /// A row with the wrong number of columns or an unreadable field.
    public static let malformedRow = Code(rawValue: "malformed-row")
    /// The graph could not be built from the events (a name that folds onto another).
    public static let graph = Code(rawValue: "graph")
  }

  public var code: Code
  /// The file, or `<stdin>`.
  public var file: String?
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column in characters, when known.
  public var column: Int?
  /// The column's name in the layout (`EventCode`, `Event Date`), when known.
  public var field: String?
  /// The offending value, as written (at most 80 characters).
  public var value: String?
  /// What is wrong.
  public var message: String

  public init(
    _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
    field: String? = nil, value: String? = nil
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.field = field
    self.value = value.map { $0.count > 80 ? String($0.prefix(77)) + "..." : $0 }
  }

  /// `file:line:column: error: field: message`.
  public var description: String {
    var text = ""
    if let file {
      text += file
      if let line {
        text += ":\(line)"
        if let column { text += ":\(column)" }
      }
      text += ": "
    }
    text += "error: "
    if let field { text += "\(field): " }
    text += message
    return text
  }
}
