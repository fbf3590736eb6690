/// A parsed JSON or YAML value with the position it was read at, so that the schema decoder
/// can say where a problem is whichever syntax it came from.
struct DocumentNode: Sendable {
  struct Member: Sendable {
    var key: String
    var keyPosition: SourcePosition
    var value: DocumentNode
  }

  enum Value: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// A YAML plain scalar that YAML would read as a number or a boolean, kept as written so
    /// that text fields stay text ("007", "NO"); `typeName` says what it looks like.
    case plain(String, typeName: String)
    case array([DocumentNode])
    case object([Member])
  }

  var value: Value
  var position: SourcePosition

  /// The JSON name of the value's type, for "expected a string, found an array".
  var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .plain(_, let typeName): typeName
    case .array: "a list"
    case .object: "an object"
    }
  }

  /// The value as text, when it is a scalar (numbers as written by Swift, YAML-style).
  var scalarText: String? {
    switch value {
    case .string(let text), .plain(let text, _): text
    case .number(let number): number.compactDescription
    case .bool(let flag): flag ? "true" : "false"
    case .null, .array, .object: nil
    }
  }
}

/// A 1-based line and column in an input file. For JSON the column counts bytes until
/// ``SourceText/characterColumn(line:byteColumn:)`` turns it into characters.
struct SourcePosition: Hashable, Sendable {
  // 32 bits each keep parsed documents small; larger inputs are refused long before.
  private var storedLine: Int32
  private var storedColumn: Int32

  init(line: Int, column: Int) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
  }

  var line: Int { Int(storedLine) }
  var column: Int { Int(storedColumn) }

  static let unknown = SourcePosition(line: 0, column: 0)
}
