/// One problem found in input or in a request, with where it is and how to fix it.
///
/// Its ``description`` is the line a compiler would print:
/// `claims.yaml:12:15: error: statements[2].relation: unknown relation "acuses"; expected
/// accuses, denies, allies-with or warns; did you mean "accuses"?`
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem this is; stable, for scripts and tests. A struct rather than an enum
  /// so that codes can be added without breaking a client's `switch`.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let io = Code(rawValue: "io")
    public static let invalidEncoding = Code(rawValue: "invalidEncoding")
    public static let emptyInput = Code(rawValue: "emptyInput")
    public static let syntax = Code(rawValue: "syntax")
    /// Input beyond a ``ReadLimits`` bound; ``Diagnostic/limit`` says which.
    public static let tooLarge = Code(rawValue: "tooLarge")
    public static let wrongType = Code(rawValue: "wrongType")
    public static let missingField = Code(rawValue: "missingField")
    public static let unknownField = Code(rawValue: "unknownField")
    public static let duplicateField = Code(rawValue: "duplicateField")
    public static let invalidValue = Code(rawValue: "invalidValue")
    public static let missingColumn = Code(rawValue: "missingColumn")
    public static let duplicateColumn = Code(rawValue: "duplicateColumn")
    public static let fieldCount = Code(rawValue: "fieldCount")
    /// The format could not be told from the file's name or content.
    public static let unknownFormat = Code(rawValue: "unknownFormat")
    public static let unknownRelation = Code(rawValue: "unknownRelation")
    public static let unknownActor = Code(rawValue: "unknownActor")
    public static let unknownClaim = Code(rawValue: "unknownClaim")
    public static let unknownKind = Code(rawValue: "unknownKind")
    public static let duplicateActor = Code(rawValue: "duplicateActor")
    public static let duplicateClaim = Code(rawValue: "duplicateClaim")
    public static let ambiguousName = Code(rawValue: "ambiguousName")
    public static let selfStatement = Code(rawValue: "selfStatement")
    public static let representsCycle = Code(rawValue: "representsCycle")
  }

  /// The bound a ``Code/tooLarge`` input went past: which one and its value, so that a caller
  /// can say how to raise it in its own words (the CLI names its option).
  public struct Limit: Hashable, Sendable {
    public var name: ReadLimits.Name
    public var value: Int
    public init(_ name: ReadLimits.Name, _ value: Int) {
      self.name = name
      self.value = value
    }
  }

  public var code: Code
  /// The file, or `<stdin>`; nil for input that came from code.
  public var file: String?
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column in characters (Unicode scalars), when known.
  public var column: Int?
  /// The field or column at fault, as a path: `statements[2].relation`, `relation`.
  public var field: String?
  /// The offending value, as written.
  public var value: String?
  /// What is wrong.
  public var message: String
  /// What was expected instead.
  public var expected: String?
  /// How to fix it ("did you mean ...").
  public var suggestion: String?
  /// For ``Code/tooLarge``: the bound that was passed.
  public var limit: Limit?

  public init(
    _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
    field: String? = nil, value: String? = nil, expected: String? = nil,
    suggestion: String? = nil
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.field = field
    self.value = value
    self.expected = expected
    self.suggestion = suggestion
  }

  /// `file:line:column: error: field: message; expected ...; suggestion`.
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
    if let expected { text += "; expected \(expected)" }
    if let suggestion { text += "; \(suggestion)" }
    return text
  }
}

/// The error every throwing API of the StanceGraph module throws: one or more ``Diagnostic``s.
///
/// Readers collect problems instead of stopping at the first, up to ``limit``; when they stop
/// there with input left unread, ``isTruncated`` is true.
public struct StanceGraphError: Error, Hashable, Sendable, CustomStringConvertible {
  /// How many diagnostics a reader keeps before it stops looking.
  public static let limit = 50

  public var diagnostics: [Diagnostic]
  /// Whether reading stopped at ``limit`` problems with input left unchecked.
  public var isTruncated: Bool

  public init(_ diagnostics: [Diagnostic], isTruncated: Bool = false) {
    precondition(!diagnostics.isEmpty, "an error needs at least one diagnostic")
    self.diagnostics = diagnostics
    self.isTruncated = isTruncated
  }

  public init(_ diagnostic: Diagnostic) { self.init([diagnostic]) }

  /// The code of the first problem.
  public var code: Diagnostic.Code { diagnostics[0].code }

  /// One line per problem, and a last line when reading stopped early.
  public var description: String {
    var lines = diagnostics.map(\.description)
    if isTruncated {
      let file = diagnostics.last?.file.map { "\($0): " } ?? ""
      lines.append(
        "\(file)note: stopped after \(diagnostics.count) errors; fix these and run again")
    }
    return lines.joined(separator: "\n")
  }
}

/// Collects diagnostics up to ``StanceGraphError/limit`` and counts the rest.
struct DiagnosticLog {
  var file: String?
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var isTruncated = false

  init(file: String?) { self.file = file }

  var isEmpty: Bool { diagnostics.isEmpty }
  var isFull: Bool { diagnostics.count >= StanceGraphError.limit }
  var count: Int { diagnostics.count }

  /// Whether the reader must stop; marks the log truncated when input remains.
  mutating func shouldStop(inputRemains: Bool) -> Bool {
    if isFull && inputRemains { isTruncated = true }
    return isFull
  }

  mutating func add(_ diagnostic: Diagnostic) {
    var diagnostic = diagnostic
    if diagnostic.file == nil { diagnostic.file = file }
    if isFull { isTruncated = true } else { diagnostics.append(diagnostic) }
  }

  /// Throws the collected diagnostics, if any.
  func check() throws(StanceGraphError) {
    if !diagnostics.isEmpty { throw StanceGraphError(diagnostics, isTruncated: isTruncated) }
  }
}
