import Testing

@testable import StanceGraph

/// The error catalogue: malformed input in every format, each case asserting the diagnostic's
/// code, line, column, field, message and suggestion, so a regression in where or how an error
/// is reported fails here.
///
/// Positions are 1-based lines and columns in characters (Unicode scalars), as an editor shows
/// them; a byte-order mark is not a column.
@Suite struct MalformedInputTests {

  // MARK: - The catalogue

  /// One malformed input and the first diagnostic it must produce.
  struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var format: GraphFormat
    var input: [UInt8]
    var code: Diagnostic.Code
    /// nil when the diagnostic has no position (an empty file).
    var line: Int?
    var column: Int?
    var field: String?
    /// Fragments the one-line description must contain: the message, the expectation and the
    /// suggestion.
    var fragments: [String]
    /// How many diagnostics the input produces in all.
    var count: Int

    init(
      _ name: String, _ format: GraphFormat, _ input: String, _ code: Diagnostic.Code,
      line: Int?, column: Int?, field: String?, _ fragments: [String], count: Int = 1
    ) {
      self.init(
        name, format, bytes: Array(input.utf8), code, line: line, column: column, field: field,
        fragments, count: count)
    }

    init(
      _ name: String, _ format: GraphFormat, bytes: [UInt8], _ code: Diagnostic.Code,
      line: Int?, column: Int?, field: String?, _ fragments: [String], count: Int = 1
    ) {
      self.name = name
      self.format = format
      self.input = bytes
      self.code = code
      self.line = line
      self.column = column
      self.field = field
      self.fragments = fragments
      self.count = count
    }

    var fileName: String { "in.\(format.rawValue)" }
    var testDescription: String { "\(format.rawValue): \(name)" }
  }

  /// `{"statements": [S]}` with one statement whose members are `members`.
  static func jsonStatement(_ members: String) -> String {
    "{\"statements\": [{\(members)}]}"
  }

  static let usAccusesKP = "\"source\": \"US\", \"relation\": \"accuses\", \"target\": \"KP\""

  static let cases: [MalformedCase] = [
    // MARK: JSON
    MalformedCase(
      "unknown relation, with the closest relation suggested", .json,
      jsonStatement("\"source\": \"US\", \"relation\": \"acuses\", \"target\": \"KP\""),
      .unknownRelation, line: 1, column: 46, field: "statements[0].relation",
      [
        "in.json:1:46: error: statements[0].relation: unknown relation \"acuses\"",
        "expected accuses, denies, allies-with or warns", "did you mean \"accuses\"?",
      ]),
    MalformedCase(
      "a byte-order mark is not a column", .json,
      bytes: [0xEF, 0xBB, 0xBF]
        + Array(
          jsonStatement("\"source\": \"US\", \"relation\": \"acuses\", \"target\": \"KP\"").utf8),
      .unknownRelation, line: 1, column: 46, field: "statements[0].relation",
      ["unknown relation \"acuses\""]),
    MalformedCase(
      "CRLF line ends count as one line break", .json,
      "{\"statements\": [\r\n  {\"source\": \"US\", \"relation\": \"acuses\", "
        + "\"target\": \"KP\"}\r\n]}",
      .unknownRelation, line: 2, column: 32, field: "statements[0].relation",
      ["in.json:2:32:", "did you mean \"accuses\"?"]),
    MalformedCase(
      "columns count characters, not bytes", .json,
      jsonStatement(
        "\"source\": \"Ελλάδα\", \"relation\": \"accuses\", \"target\": \"KP\" "
          + "\"date\": \"2023\""),
      .syntax, line: 1, column: 76, field: nil,
      ["unexpected '\"' after a value in an object", "expected ',' or '}'"]),
    MalformedCase(
      "trailing comma in an object", .json, jsonStatement(usAccusesKP + ","),
      .syntax, line: 1, column: 72, field: nil,
      ["unexpected '}' in an object", "expected a quoted key"]),
    MalformedCase(
      "text after the document", .json, jsonStatement(usAccusesKP) + " x",
      .syntax, line: 1, column: 75, field: nil,
      ["unexpected text after the JSON value", "expected end of input"]),
    MalformedCase(
      "a number with a leading zero", .json, jsonStatement(usAccusesKP + ", \"weight\": 01"),
      .syntax, line: 1, column: 85, field: nil,
      ["a number cannot start with 0"]),
    MalformedCase(
      "an unknown escape in a string", .json,
      jsonStatement("\"source\": \"US\", \"relation\": \"acc\\quses\", \"target\": \"KP\""),
      .syntax, line: 1, column: 51, field: nil,
      ["unknown escape \\q", "\\uXXXX"]),
    MalformedCase(
      "a string broken by a newline", .json,
      "{\"statements\": [\n  {\"source\": \"US\n\"}]}",
      .syntax, line: 2, column: 17, field: nil,
      [
        "a string is not closed before the end of the line",
        "write a newline inside a string as \\n",
      ]),
    MalformedCase(
      "the document is a list, not an object", .json, "[]",
      .wrongType, line: 1, column: 1, field: nil,
      [
        "in.json:1:1: error: the document must be an object, found a list",
        "expected an object with keys metadata, actors, claims and statements",
      ]),
    MalformedCase(
      "a misspelt section, with the document then lacking statements", .json,
      "{\"statments\": []}",
      .unknownField, line: 1, column: 2, field: "statments",
      ["unknown field \"statments\" in the document", "did you mean \"statements\"?"], count: 2),
    MalformedCase(
      "statements is not a list", .json, "{\"statements\": {\"source\": \"US\"}}",
      .wrongType, line: 1, column: 16, field: "statements",
      ["statements must be a list, found an object"]),
    MalformedCase(
      "unknown field in a statement: free-form fields go under attributes", .json,
      jsonStatement(usAccusesKP + ", \"colour\": \"red\""),
      .unknownField, line: 1, column: 73, field: "statements[0].colour",
      [
        "unknown field \"colour\" in a statement",
        "expected source, relation, target, claim, date, weight, evidence or attributes",
        "put free-form fields under \"attributes\"",
      ]),
    MalformedCase(
      "misspelt field in a statement", .json, jsonStatement(usAccusesKP + ", \"wieght\": 2"),
      .unknownField, line: 1, column: 73, field: "statements[0].wieght",
      ["unknown field \"wieght\"", "did you mean \"weight\"?"]),
    MalformedCase(
      "a field given twice", .json, jsonStatement(usAccusesKP + ", \"source\": \"UK\""),
      .duplicateField, line: 1, column: 73, field: "statements[0].source",
      ["field \"source\" appears twice", "keep one of them"]),
    MalformedCase(
      "a statement without a source", .json,
      jsonStatement("\"relation\": \"accuses\", \"target\": \"KP\""),
      .missingField, line: 1, column: 17, field: "statements[0].source",
      ["missing field \"source\""]),
    MalformedCase(
      "a blank source", .json,
      jsonStatement("\"source\": \" \", \"relation\": \"accuses\", \"target\": \"KP\""),
      .invalidValue, line: 1, column: 28, field: "statements[0].source",
      ["field \"source\" is blank", "expected a non-empty value"]),
    MalformedCase(
      "a source that is a list", .json,
      jsonStatement("\"source\": [\"US\"], \"relation\": \"accuses\", \"target\": \"KP\""),
      .wrongType, line: 1, column: 28, field: "statements[0].source",
      ["found a list where text belongs"]),
    MalformedCase(
      "a statement whose source and target are the same actor", .json,
      jsonStatement("\"source\": \"US\", \"relation\": \"accuses\", \"target\": \"US\""),
      .selfStatement, line: 1, column: 67, field: "statements[0].target",
      [
        "\"US\" accuses itself", "expected a target other than the source",
        "drop it or correct the target",
      ]),
    MalformedCase(
      "a denial with neither a target nor a claim", .json,
      jsonStatement("\"source\": \"US\", \"relation\": \"denies\""),
      .missingField, line: 1, column: 17, field: "statements[0].target",
      ["needs a target", "name the actor whose claim is denied, or the claim itself"]),
    MalformedCase(
      "a date written day first", .json, jsonStatement(usAccusesKP + ", \"date\": \"14/11/2023\""),
      .invalidValue, line: 1, column: 81, field: "statements[0].date",
      [
        "\"14/11/2023\" is not a date", "expected YYYY, YYYY-MM or YYYY-MM-DD",
        "write dates the ISO way, year first, with '-'",
      ]),
    MalformedCase(
      "a weight that is not a number", .json, jsonStatement(usAccusesKP + ", \"weight\": \"abc\""),
      .wrongType, line: 1, column: 83, field: "statements[0].weight",
      ["\"abc\" is not a number"]),
    MalformedCase(
      "duplicate actor ids", .json,
      "{\"actors\": [{\"id\": \"US\"}, {\"id\": \"US\"}], \"statements\": []}",
      .duplicateActor, line: 1, column: 34, field: "actors[1].id",
      ["actor id \"US\" is used twice", "give each actor its own id, or merge the two entries"]),
    MalformedCase(
      "an unknown actor, with the closest name suggested", .json,
      "{\"actors\": [{\"id\": \"US\", \"name\": \"United States\"}], \"statements\": "
        + "[{\"source\": \"Untied States\", \"relation\": \"warns\", \"target\": \"US\"}]}",
      .unknownActor, line: 1, column: 79, field: "statements[0].source",
      [
        "no actor is named \"Untied States\"", "expected an actor id, name or alias",
        "did you mean \"United States\"?",
      ]),
    MalformedCase(
      "represents an unknown actor", .json,
      "{\"actors\": [{\"id\": \"austin\", \"represents\": \"USA\"}, {\"id\": \"US\"}], "
        + "\"statements\": []}",
      .unknownActor, line: 1, column: 44, field: "actors[0].represents",
      ["no actor is named \"USA\"", "did you mean \"US\"?"]),
    MalformedCase(
      "actors that represent each other", .json,
      "{\"actors\": [{\"id\": \"a\", \"represents\": \"b\"}, "
        + "{\"id\": \"b\", \"represents\": \"a\"}], \"statements\": []}",
      .representsCycle, line: 1, column: 71, field: "actors[1].represents",
      ["actors represent each other in a cycle: b -> a -> b", "remove one link of the cycle"]),
    MalformedCase(
      "an unknown actor kind", .json,
      "{\"actors\": [{\"id\": \"US\", \"kind\": \"stat\"}], \"statements\": []}",
      .unknownKind, line: 1, column: 34, field: "actors[0].kind",
      [
        "unknown actor kind \"stat\"", "expected state, organization, person, group or other",
        "did you mean \"state\"?",
      ]),
    MalformedCase(
      "an unknown claim id", .json,
      "{\"claims\": [{\"id\": \"nk-arms\"}], \"statements\": [{" + usAccusesKP
        + ", \"claim\": \"nk-arm\"}]}",
      .unknownClaim, line: 1, column: 113, field: "statements[0].claim",
      ["no claim has id \"nk-arm\"", "did you mean \"nk-arms\"?"]),
    MalformedCase(
      "duplicate claim ids", .json,
      "{\"claims\": [{\"id\": \"nk-arms\"}, {\"id\": \"nk-arms\"}], \"statements\": []}",
      .duplicateClaim, line: 1, column: 39, field: "claims[1].id",
      ["claim id \"nk-arms\" is used twice"]),
    MalformedCase(
      "sentence 0", .json, jsonStatement(usAccusesKP + ", \"evidence\": {\"sentence\": 0}"),
      .invalidValue, line: 1, column: 98, field: "statements[0].evidence.sentence",
      ["sentence 0 is not a sentence number", "expected a whole number from 1"]),
    MalformedCase(
      "attributes that are a list", .json, jsonStatement(usAccusesKP + ", \"attributes\": [\"x\"]"),
      .wrongType, line: 1, column: 87, field: "statements[0].attributes",
      ["attributes must be a map of names to text, found a list"]),
    MalformedCase(
      "an empty file", .json, "", .emptyInput, line: nil, column: nil, field: nil,
      ["in.json: error: the input is empty"]),
    MalformedCase(
      "a file of blank space", .json, "  \n\t\r\n", .emptyInput, line: nil, column: nil,
      field: nil, ["the input holds only blank space"]),
    MalformedCase(
      "invalid UTF-8 (Latin-1 ã)", .json,
      bytes: Array("{\"statements\": [\n  {\"source\": \"S".utf8) + [0xE3]
        + Array("o Paulo\"}]}".utf8),
      .invalidEncoding, line: 2, column: 16, field: nil,
      ["byte 0xE3 is not valid UTF-8", "expected text encoded as UTF-8", "iconv -f LATIN1"]),
    MalformedCase(
      "UTF-16", .json, bytes: [0xFF, 0xFE, UInt8(ascii: "{"), 0, UInt8(ascii: "}"), 0],
      .invalidEncoding, line: 1, column: 1, field: nil,
      ["the file is UTF-16, not UTF-8", "iconv -f UTF-16 -t UTF-8"]),

    MalformedCase(
      "null instead of a document", .json, "null",
      .wrongType, line: 1, column: 1, field: nil,
      ["the document must be an object, found null"]),
    MalformedCase(
      "an object with no sections", .json, "{}",
      .missingField, line: 1, column: 1, field: "statements",
      ["the document has no statements", "expected a \"statements\" list"]),
    MalformedCase(
      "the document ends inside the statements", .json, "{\"statements\": [",
      .syntax, line: 1, column: 17, field: nil, ["the JSON ends too early", "expected a value"]),
    MalformedCase(
      "a tab inside a string", .json, "{\"statements\": [{\"source\": \"U\tS\"}]}",
      .syntax, line: 1, column: 30, field: nil,
      ["control character 0x09 inside a string", "an escape such as \\t"]),
    MalformedCase(
      "a lone high surrogate escape", .json, "{\"statements\": [{\"source\": \"\\ud800\"}]}",
      .syntax, line: 1, column: 35, field: nil,
      ["a high surrogate \\u escape must be followed by a low one"]),
    MalformedCase(
      "nesting deeper than 256", .json, String(repeating: "[", count: 300),
      .tooLarge, line: 1, column: 257, field: nil, ["values are nested more than 256 deep"]),
    MalformedCase(
      "an empty actors list makes every name unknown", .json,
      "{\"actors\": [], \"statements\": [{" + usAccusesKP + "}]}",
      .unknownActor, line: 1, column: 42, field: "statements[0].source",
      ["no actor is named \"US\"", "add the actor to the actors section"], count: 2),
    MalformedCase(
      "an infinite weight", .json, jsonStatement(usAccusesKP + ", \"weight\": 1e999"),
      .invalidValue, line: 1, column: 83, field: "statements[0].weight",
      ["is not a positive number", "expected a number greater than 0 and at most 1,000,000"]),

    // MARK: YAML
    MalformedCase(
      "unknown relation", .yaml,
      "statements:\n  - source: US\n    relation: acuses\n    target: KP\n",
      .unknownRelation, line: 3, column: 15, field: "statements[0].relation",
      [
        "in.yaml:3:15: error: statements[0].relation: unknown relation \"acuses\"",
        "did you mean \"accuses\"?",
      ]),
    MalformedCase(
      "a tab in the indentation", .yaml, "statements:\n\t- source: US\n",
      .syntax, line: 2, column: 1, field: nil,
      ["found character that cannot start any token", "expected valid YAML"]),
    MalformedCase(
      "an unclosed quote", .yaml, "statements:\n  - source: \"US\n",
      .syntax, line: 3, column: 1, field: nil,
      ["found unexpected end of stream (while scanning a quoted scalar)"]),
    MalformedCase(
      "an undefined alias", .yaml,
      "statements:\n  - source: US\n    relation: accuses\n    target: *x\n",
      .syntax, line: 4, column: 13, field: nil, ["found undefined alias"]),
    MalformedCase(
      "unknown field", .yaml,
      "statements:\n  - source: US\n    relation: accuses\n    target: KP\n    colour: red\n",
      .unknownField, line: 5, column: 5, field: "statements[0].colour",
      ["unknown field \"colour\" in a statement", "put free-form fields under \"attributes\""]),
    MalformedCase(
      "a relation that is a list", .yaml,
      "statements:\n  - source: US\n    relation: [accuses]\n    target: KP\n",
      .wrongType, line: 3, column: 15, field: "statements[0].relation",
      ["found a list where text belongs"]),
    MalformedCase(
      "month 13", .yaml,
      "statements:\n  - source: US\n    relation: accuses\n    target: KP\n    date: 2023-13-01\n",
      .invalidValue, line: 5, column: 11, field: "statements[0].date",
      ["\"2023-13-01\" is not a date"]),
    MalformedCase(
      "weight 0", .yaml,
      "statements:\n  - source: US\n    relation: accuses\n    target: KP\n    weight: 0\n",
      .invalidValue, line: 5, column: 13, field: "statements[0].weight",
      ["is not a positive number", "leave the weight out for the default of 1"]),
    MalformedCase(
      "a key that is a list", .yaml, "statements:\n  - [a, b]: x\n",
      .wrongType, line: 2, column: 5, field: nil, ["a key must be text"]),
    MalformedCase(
      "statements is a number", .yaml, "statements: 5\n",
      .wrongType, line: 1, column: 13, field: "statements",
      ["statements must be a list, found a number"]),
    MalformedCase(
      "an unknown actor, suggesting the id and alias", .yaml,
      "actors:\n  - id: US\n    aliases: [U.S.]\n  - id: UK\nstatements:\n"
        + "  - source: USA\n    relation: warns\n    target: UK\n",
      .unknownActor, line: 6, column: 13, field: "statements[0].source",
      ["no actor is named \"USA\"", "did you mean \"US\" or \"U.S.\"?"]),
    MalformedCase(
      "duplicate actor ids", .yaml,
      "actors:\n  - id: US\n  - id: US\nstatements: []\n",
      .duplicateActor, line: 3, column: 9, field: "actors[1].id",
      ["actor id \"US\" is used twice"]),
    MalformedCase(
      "only a comment", .yaml, "# nothing yet\n", .emptyInput, line: nil, column: nil,
      field: nil, ["the YAML holds no document"]),
    MalformedCase(
      "an empty file", .yaml, "", .emptyInput, line: nil, column: nil, field: nil,
      ["the input is empty"]),
    MalformedCase(
      "invalid UTF-8", .yaml,
      bytes: Array("statements:\n  - source: ".utf8) + [0xC3, 0x28] + Array("\n".utf8),
      .invalidEncoding, line: 2, column: 13, field: nil, ["byte 0xC3 is not valid UTF-8"]),

    MalformedCase(
      "CRLF line ends", .yaml,
      "statements:\r\n  - source: US\r\n    relation: acuses\r\n    target: KP\r\n",
      .unknownRelation, line: 3, column: 15, field: "statements[0].relation",
      ["unknown relation \"acuses\""]),
    MalformedCase(
      "a byte-order mark is not a column", .yaml,
      bytes: [0xEF, 0xBB, 0xBF]
        + Array("statements:\n  - source: US\n    relation: acuses\n    target: KP\n".utf8),
      .unknownRelation, line: 3, column: 15, field: "statements[0].relation",
      ["unknown relation \"acuses\""]),
    MalformedCase(
      "a flow mapping; columns count characters", .yaml,
      "statements:\n  - {source: Zürich, relation: acuses, target: KP}\n",
      .unknownRelation, line: 2, column: 32, field: "statements[0].relation",
      ["unknown relation \"acuses\""]),

    // MARK: CSV
    MalformedCase(
      "unknown relation", .csv, "source,relation,target\nUS,acuses,KP\n",
      .unknownRelation, line: 2, column: 4, field: "relation",
      [
        "in.csv:2:4: error: relation: unknown relation \"acuses\"",
        "expected accuses, denies, allies-with or warns", "did you mean \"accuses\"?",
      ]),
    MalformedCase(
      "rows are counted from the first line, blank lines included", .csv,
      "\n\nsource,relation,target\nUS,acuses,KP\n",
      .unknownRelation, line: 4, column: 4, field: "relation", ["unknown relation \"acuses\""]),
    MalformedCase(
      "the column is that of the value, after the spaces trimmed", .csv,
      "source,relation,target\n  US ,  acuses , KP\n",
      .unknownRelation, line: 2, column: 9, field: "relation", ["unknown relation \"acuses\""]),
    MalformedCase(
      "a row after a quoted field with a line break is on the right line", .csv,
      "source,relation,target,claim\nUS,accuses,KP,\"arms, and\nmore\"\nUS,acuses,KP,x\n",
      .unknownRelation, line: 4, column: 4, field: "relation", ["unknown relation \"acuses\""]),
    MalformedCase(
      "an error inside a row that spans lines", .csv,
      "source,claim,relation,target\nUS,\"a claim\non two lines\",acuses,KP\n",
      .unknownRelation, line: 3, column: 15, field: "relation", ["unknown relation \"acuses\""]),
    MalformedCase(
      "CRLF rows", .csv, "source,relation,target\r\nUS,accuses,KP\r\nKP,acuses,US\r\n",
      .unknownRelation, line: 3, column: 4, field: "relation", ["unknown relation \"acuses\""]),
    MalformedCase(
      "an empty relation", .csv, "source,relation,target\nUS,,KP\n",
      .unknownRelation, line: 2, column: 4, field: "relation", ["the relation is empty"]),
    MalformedCase(
      "an empty source", .csv, "source,relation,target\n,accuses,KP\n",
      .missingField, line: 2, column: 1, field: "source",
      ["the source is empty", "expected an actor name"]),
    MalformedCase(
      "an accusation without a target", .csv, "source,relation,target\nUS,accuses,\n",
      .missingField, line: 2, column: 12, field: "target",
      ["a statement that accuses needs a target", "expected an actor id, name or alias"]),
    MalformedCase(
      "source and target are one actor under two spellings", .csv,
      "source,relation,target\nUS,accuses,U.S.\n",
      .selfStatement, line: 2, column: 12, field: "target",
      ["\"US\" accuses itself", "drop it or correct the target"]),
    MalformedCase(
      "a weight that is not a number", .csv, "source,relation,target,weight\nUS,accuses,KP,abc\n",
      .invalidValue, line: 2, column: 15, field: "weight",
      [
        "weight \"abc\" is not a positive number",
        "expected a number greater than 0 and at most 1,000,000",
        "leave the field empty for the default of 1",
      ]),
    MalformedCase(
      "weight 0", .csv, "source,relation,target,weight\nUS,accuses,KP,0\n",
      .invalidValue, line: 2, column: 15, field: "weight", ["weight \"0\" is not a positive number"]
    ),
    MalformedCase(
      "a fractional sentence number", .csv, "source,relation,target,sentence\nUS,accuses,KP,1.5\n",
      .invalidValue, line: 2, column: 15, field: "sentence",
      ["sentence \"1.5\" is not a sentence number"]),
    MalformedCase(
      "a date written day first", .csv, "source,relation,target,date\nUS,accuses,KP,14/11/2023\n",
      .invalidValue, line: 2, column: 15, field: "date",
      ["\"14/11/2023\" is not a date", "expected YYYY, YYYY-MM or YYYY-MM-DD"]),
    MalformedCase(
      "a column given twice", .csv, "source,relation,target,source\nUS,accuses,KP,UK\n",
      .duplicateColumn, line: 1, column: 24, field: "source",
      ["column \"source\" appears twice in the header", "keep one of them"]),
    MalformedCase(
      "no target column", .csv, "source,relation\nUS,accuses\n",
      .missingColumn, line: 1, column: 1, field: "target",
      [
        "the header has no \"target\" column",
        "a header naming source, relation (or sign) and target",
      ]),
    MalformedCase(
      "a row with too few fields, reported where the missing field belongs", .csv,
      "source,relation,target\nUS,accuses\n", .fieldCount, line: 2, column: 11, field: nil,
      ["the row has 2 fields but the header has 3", "quote fields that contain commas"]),
    MalformedCase(
      "text after a closing quote", .csv, "source,relation,target\n\"US\"x,accuses,KP\n",
      .syntax, line: 2, column: 5, field: nil,
      ["unexpected text after a closing quote", "double the quotes inside it"]),
    MalformedCase(
      "an empty file", .csv, "", .emptyInput, line: nil, column: nil, field: nil,
      ["the input is empty"]),
    MalformedCase(
      "invalid UTF-8 in a row", .csv,
      bytes: Array("source,relation,target\nS".utf8) + [0xE3] + Array("o Paulo,accuses,KP\n".utf8),
      .invalidEncoding, line: 2, column: 2, field: nil,
      ["byte 0xE3 is not valid UTF-8", "iconv -f LATIN1 -t UTF-8"]),

    MalformedCase(
      "a quoted field is reported at its text", .csv,
      "source,relation,target\n\"US\",\"acuses\",KP\n",
      .unknownRelation, line: 2, column: 7, field: "relation", ["unknown relation \"acuses\""]),
    MalformedCase(
      "a relation too far from any spelling gets no suggestion", .csv,
      "source,relation,target\nUS,supports,KP\n",
      .unknownRelation, line: 2, column: 4, field: "relation",
      ["unknown relation \"supports\"; expected accuses, denies, allies-with or warns"]),
    MalformedCase(
      "an infinite weight", .csv, "source,relation,target,weight\nUS,accuses,KP,inf\n",
      .invalidValue, line: 2, column: 15, field: "weight",
      ["weight \"inf\" is not a positive number"]),

    // MARK: TSV
    MalformedCase(
      "unknown relation", .tsv, "source\trelation\ttarget\nUS\tacuses\tKP\n",
      .unknownRelation, line: 2, column: 4, field: "relation",
      ["in.tsv:2:4: error: relation: unknown relation \"acuses\"", "did you mean \"accuses\"?"]),
    MalformedCase(
      "a tab counts as one column and commas are text", .tsv,
      "source\trelation\ttarget\nUnited States, the\twarns\tunited states, THE\n",
      .selfStatement, line: 2, column: 26, field: "target",
      ["\"United States, the\" warns itself"]),
    MalformedCase(
      "a row with too few fields, reported where the missing field belongs", .tsv,
      "source\trelation\ttarget\nUS\taccuses\n", .fieldCount, line: 2, column: 11, field: nil,
      ["the row has 2 fields but the header has 3", "expected 3 fields separated by tabs"]),

    MalformedCase(
      "invalid UTF-8", .tsv,
      bytes: Array("source\trelation\ttarget\nS".utf8) + [0xE3, 0x41]
        + Array("\taccuses\tKP\n".utf8),
      .invalidEncoding, line: 2, column: 2, field: nil, ["byte 0xE3 is not valid UTF-8"]),

    // MARK: JSON Lines
    MalformedCase(
      "unknown relation", .jsonl,
      "{\"source\": \"US\", \"relation\": \"acuses\", \"target\": \"KP\"}\n",
      .unknownRelation, line: 1, column: 30, field: "relation",
      [
        "in.jsonl:1:30: error: relation: unknown relation \"acuses\"",
        "did you mean \"accuses\"?",
      ]),
    MalformedCase(
      "a syntax error after a blank line", .jsonl,
      "{" + usAccusesKP
        + "}\n\n{\"source\": \"US\", \"relation\": \"accuses\" \"target\": \"KP\"}\n",
      .syntax, line: 3, column: 40, field: nil,
      ["unexpected '\"' after a value in an object"]),
    MalformedCase(
      "an object not closed before the line ends", .jsonl, "{" + usAccusesKP + "\n",
      .syntax, line: 1, column: 55, field: nil,
      ["the JSON ends inside an object", "expected ',' or '}'"]),
    MalformedCase(
      "a line that is a list", .jsonl, "[1, 2]\n",
      .wrongType, line: 1, column: 1, field: nil,
      ["a statement must be an object, found a list"]),
    MalformedCase(
      "CRLF lines", .jsonl,
      "{" + usAccusesKP
        + "}\r\n{\"source\": \"US\", \"relation\": \"acuses\", \"target\": \"KP\"}\r\n",
      .unknownRelation, line: 2, column: 30, field: "relation",
      ["unknown relation \"acuses\""]),
    MalformedCase(
      "source and target are one actor; columns count characters", .jsonl,
      "{\"source\": \"Zürich\", \"relation\": \"accuses\", \"target\": \"Zürich\"}\n",
      .selfStatement, line: 1, column: 55, field: "target",
      ["\"Zürich\" accuses itself"]),
    MalformedCase(
      "duplicate actor ids", .jsonl,
      "{\"actor\": {\"id\": \"US\"}}\n{\"actor\": {\"id\": \"US\"}}\n",
      .duplicateActor, line: 2, column: 18, field: "actor.id",
      ["actor id \"US\" is used twice"]),
    MalformedCase(
      "once actors are declared, an undeclared actor is unknown", .jsonl,
      "{\"actor\": {\"id\": \"US\"}}\n{" + usAccusesKP + "}\n",
      .unknownActor, line: 2, column: 51, field: "target", ["no actor is named \"KP\""]),
    MalformedCase(
      "an empty file", .jsonl, "", .emptyInput, line: nil, column: nil, field: nil,
      ["the input is empty"]),
    MalformedCase(
      "invalid UTF-8", .jsonl,
      bytes: Array("{\"source\": \"S".utf8) + [0xE3] + Array("o\"}\n".utf8),
      .invalidEncoding, line: 1, column: 14, field: nil, ["byte 0xE3 is not valid UTF-8"]),
  ]

  @Test(arguments: cases)
  func malformedInputIsReported(_ testCase: MalformedCase) throws {
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: testCase.input, format: testCase.format, fileName: testCase.fileName)
    }
    #expect(error.diagnostics.count == testCase.count, "\(error)")
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.code == testCase.code, "\(diagnostic)")
    #expect(diagnostic.file == testCase.fileName)
    #expect(diagnostic.line == testCase.line, "\(diagnostic)")
    #expect(diagnostic.column == testCase.column, "\(diagnostic)")
    #expect(diagnostic.field == testCase.field, "\(diagnostic)")
    for fragment in testCase.fragments {
      #expect(diagnostic.description.contains(fragment), "\(diagnostic)")
    }
    // One line a user can act on.
    #expect(!diagnostic.description.contains("\n"), "\(diagnostic)")
    #expect(!error.isTruncated)
  }

  @Test func theCatalogueCoversEveryFormat() {
    #expect(Self.cases.count >= 30)
    for format in GraphFormat.allCases {
      #expect(Self.cases.contains { $0.format == format }, "no case for \(format)")
    }
  }

  // MARK: - Several errors, and the cap

  @Test func errorsInSeveralStatementsAreReportedTogetherInOrder() throws {
    let json = """
      {"statements": [
        {"source": "US", "relation": "acuses", "target": "KP"},
        {"source": "US", "relation": "warns", "target": "U.S."},
        {"source": "UK", "relation": "denies"}
      ]}
      """
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(json.utf8), format: .json, fileName: "in.json")
    }
    #expect(error.diagnostics.map(\.code) == [.unknownRelation, .selfStatement, .missingField])
    #expect(error.diagnostics.map(\.line) == [2, 3, 4])
    #expect(error.diagnostics.map(\.column) == [32, 51, 3])
    #expect(
      error.diagnostics.map(\.field) == [
        "statements[0].relation", "statements[1].target", "statements[2].target",
      ])
    #expect(error.description.split(separator: "\n").count == 3)
  }

  @Test(arguments: [GraphFormat.csv, .tsv])
  func errorsInSeveralRowsAreReportedTogetherInOrder(_ format: GraphFormat) throws {
    let rows = [
      "source,relation,target,weight",
      "US,acuses,KP,",
      "US,accuses,KP,",
      "KP,warns,KP,",
      "KP,denies,US,-1",
    ]
    let separator = format == .tsv ? "\t" : ","
    let text = rows.map {
      $0.split(separator: ",", omittingEmptySubsequences: false).joined(separator: separator)
    }
    .joined(separator: "\n")
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "in")
    }
    #expect(error.diagnostics.map(\.code) == [.unknownRelation, .selfStatement, .invalidValue])
    #expect(error.diagnostics.map(\.line) == [2, 4, 5])
    #expect(error.diagnostics.map(\.column) == [4, 10, 14])
    #expect(error.diagnostics.map(\.field) == ["relation", "target", "weight"])
  }

  @Test func errorsOnSeveralJSONLinesAreReportedTogether() throws {
    let text = """
      {"source": "US", "relation": "accuses", "target": "KP"
      {"source": "US", "relation": "accuses", "target": "KP"}
      {"source": "US" "relation": "accuses", "target": "KP"}
      """
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: .jsonl, fileName: "in.jsonl")
    }
    #expect(error.diagnostics.map(\.code) == [.syntax, .syntax])
    #expect(error.diagnostics.map(\.line) == [1, 3])
    #expect(error.diagnostics.map(\.column) == [55, 17])
  }

  @Test func aRowWithSeveralProblemsReportsEachOfThem() throws {
    let text = "source,relation,target,date,weight\n,acuses,KP,2023-02-30,heavy\n"
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: .csv, fileName: "in.csv")
    }
    #expect(
      error.diagnostics.map(\.code) == [
        .missingField, .unknownRelation, .invalidValue, .invalidValue,
      ])
    #expect(error.diagnostics.map(\.field) == ["source", "relation", "date", "weight"])
    #expect(error.diagnostics.map(\.column) == [1, 2, 12, 23])
  }

  /// `count` rows that each hold one unknown relation.
  static func badRows(_ count: Int, format: GraphFormat) -> String {
    switch format {
    case .csv: "source,relation,target\n" + String(repeating: "US,acuses,KP\n", count: count)
    case .tsv: "source\trelation\ttarget\n" + String(repeating: "US\tacuses\tKP\n", count: count)
    case .jsonl:
      String(
        repeating: "{\"source\": \"US\", \"relation\": \"acuses\", \"target\": \"KP\"}\n",
        count: count)
    case .json:
      "{\"statements\": [\n"
        + Array(
          repeating: "{\"source\": \"US\", \"relation\": \"acuses\", \"target\": \"KP\"}",
          count: count
        ).joined(separator: ",\n") + "\n]}"
    case .yaml:
      "statements:\n"
        + String(repeating: "  - {source: US, relation: acuses, target: KP}\n", count: count)
    }
  }

  @Test(arguments: GraphFormat.allCases)
  func exactlyTheLimitIsReportedWithoutANote(_ format: GraphFormat) throws {
    let text = Self.badRows(StanceGraphError.limit, format: format)
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "in")
    }
    #expect(error.diagnostics.count == StanceGraphError.limit)
    #expect(!error.isTruncated)
    #expect(!error.description.contains("stopped after"))
  }

  @Test(arguments: GraphFormat.allCases)
  func readingStopsAtTheLimitAndSaysSo(_ format: GraphFormat) throws {
    let text = Self.badRows(StanceGraphError.limit + 10, format: format)
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "in")
    }
    #expect(error.diagnostics.count == StanceGraphError.limit)
    #expect(error.diagnostics.allSatisfy { $0.code == .unknownRelation })
    // The kept diagnostics are the first ones, in order.
    let firstLine = format == .jsonl ? 1 : 2
    #expect(
      error.diagnostics.map(\.line) == Array(firstLine..<(firstLine + StanceGraphError.limit)))
    #expect(error.isTruncated)
    let lines = error.description.split(separator: "\n")
    #expect(lines.count == StanceGraphError.limit + 1)
    #expect(lines.last == "in: note: stopped after 50 errors; fix these and run again")
  }

  @Test func syntaxErrorsOnJSONLinesStopAtTheLimitToo() throws {
    let text = String(repeating: "{\"source\": \"US\",}\n", count: StanceGraphError.limit + 1)
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: .jsonl, fileName: "in.jsonl")
    }
    #expect(error.diagnostics.count == StanceGraphError.limit)
    #expect(error.diagnostics.allSatisfy { $0.code == .syntax && $0.column == 17 })
    #expect(error.isTruncated)
  }

  // MARK: - Valid edge cases that must be read

  static func decode(_ text: String, _ format: GraphFormat) throws -> ClaimGraph {
    try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "in.\(format.rawValue)")
  }

  static func names(_ graph: ClaimGraph, _ id: StatementID) -> (String, Relation, String?) {
    let statement = graph[id]
    return (
      graph[statement.source].id, statement.relation, statement.target.map { graph[$0].id }
    )
  }

  static let oneStatementInEachFormat: [(GraphFormat, String)] = [
    (.json, "{\"statements\": [{" + usAccusesKP + "}]}"),
    (.yaml, "statements:\n  - source: US\n    relation: accuses\n    target: KP\n"),
    (.csv, "source,relation,target\nUS,accuses,KP\n"),
    (.tsv, "source\trelation\ttarget\nUS\taccuses\tKP\n"),
    (.jsonl, "{" + usAccusesKP + "}\n"),
  ]

  @Test(arguments: oneStatementInEachFormat)
  func aByteOrderMarkIsSkipped(_ format: GraphFormat, _ text: String) throws {
    let graph = try ClaimGraph(
      decoding: [0xEF, 0xBB, 0xBF] + Array(text.utf8), format: format, fileName: "in")
    #expect(graph.statementCount == 1)
    #expect(graph.actors.map(\.id) == ["US", "KP"])
  }

  @Test(arguments: oneStatementInEachFormat)
  func crlfLineEndsAreRead(_ format: GraphFormat, _ text: String) throws {
    let crlf = text.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\r\n")
    let graph = try ClaimGraph(decoding: Array(crlf.utf8), format: format, fileName: "in")
    #expect(graph.statementCount == 1)
    // No carriage return is left on the last field of a line.
    #expect(graph.actors.map(\.id) == ["US", "KP"])
  }

  @Test func quotedCSVFieldsHoldCommasNewlinesAndQuotes() throws {
    let text = """
      source,relation,target,claim,evidence
      "United States, the",accuses,"North Korea","arms
      to Russia","He said ""no"", twice"
      North Korea , denies , "United States, the" ,"arms
      to Russia",""

      """
    let graph = try Self.decode(text, .csv)
    #expect(graph.statementCount == 2)
    #expect(graph.actors.map(\.id) == ["United States, the", "North Korea"])
    #expect(graph.claims.map(\.text) == ["arms\nto Russia"])
    #expect(graph.statements[0].evidence?.quote == "He said \"no\", twice")
    #expect(graph.statements[1].evidence == nil)
    #expect(
      Self.names(graph, StatementID(rawValue: 1)) == ("North Korea", .denies, "United States, the"))
  }

  @Test func quotedCRLFInsideAFieldIsKept() throws {
    let text = "source,relation,target,claim\r\nUS,accuses,KP,\"line one\r\nline two\"\r\n"
    let graph = try Self.decode(text, .csv)
    #expect(graph.claims.map(\.text) == ["line one\r\nline two"])
  }

  @Test func tsvFieldsMayHoldCommasAndSpaces() throws {
    let text =
      "source\trelation\ttarget\tclaim\nUnited States\taccuses\tNorth Korea\tarms, shells\n"
    let graph = try Self.decode(text, .tsv)
    #expect(graph.statementCount == 1)
    #expect(
      Self.names(graph, StatementID(rawValue: 0)) == ("United States", .accuses, "North Korea"))
    #expect(graph.claims.map(\.text) == ["arms, shells"])
  }

  @Test func headerNamesIgnoreCaseAndQuoteMeansEvidence() throws {
    let text = "Source,RELATION,Target,Quote\nUS,accuses,KP,they lie\n"
    let graph = try Self.decode(text, .csv)
    #expect(graph.statements.first?.evidence?.quote == "they lie")
  }

  @Test func anUnknownCSVColumnBecomesAStatementAttribute() throws {
    let text = "source,relation,target, Coder ,note\nUS,accuses,KP,ann,\nKP,warns,US,bob,loud\n"
    let graph = try Self.decode(text, .csv)
    #expect(
      graph.statements.map(\.attributes) == [["Coder": "ann"], ["Coder": "bob", "note": "loud"]])
  }

  @Test(arguments: [
    ("Accused", Relation.accuses), ("ACCUSES", .accuses), ("accusation", .accuses),
    ("allied_with", .alliesWith), ("allied with", .alliesWith), ("Ally", .alliesWith),
    ("allies-with", .alliesWith), ("Denied", .denies), ("denial", .denies),
    ("warned", .warns), ("Warning", .warns),
  ])
  func relationSpellingsAreRead(_ spelling: String, _ relation: Relation) throws {
    let csv = try Self.decode("source,relation,target\nUS,\(spelling),KP\n", .csv)
    #expect(csv.statements.map(\.relation) == [relation])
    let json = try Self.decode(
      "{\"statements\": [{\"source\": \"US\", \"relation\": \"\(spelling)\", \"target\": \"KP\"}]}",
      .json)
    #expect(json.statements.map(\.relation) == [relation])
  }

  @Test func actorNamesAndAliasesResolveIgnoringCaseAndPeriods() throws {
    let yaml = """
      actors:
        - id: US
          name: United States
          aliases: [U.S., Washington]
        - id: KP
          name: North Korea
      statements:
        - {source: u.s., relation: accuses, target: north korea}
        - {source: WASHINGTON, relation: warns, target: kp}
        - {source: United  States, relation: warns, target: KP}
      """
    let graph = try Self.decode(yaml, .yaml)
    #expect(graph.actorCount == 2)
    #expect(graph.statements.map { graph[$0.source].id } == ["US", "US", "US"])
    #expect(graph.statements.map { $0.target.map { graph[$0].id } } == ["KP", "KP", "KP"])
  }

  @Test func edgeListSpellingsOfOneActorMeetInOneActor() throws {
    let graph = try Self.decode("source,relation,target\nUS,accuses,KP\nu.s.,warns,kp\n", .csv)
    #expect(graph.actors.map(\.id) == ["US", "KP"])
  }

  // MARK: - Denials

  @Test func aDenialWithoutATargetIsAcceptedWithAClaim() throws {
    let inputs: [(GraphFormat, String)] = [
      (
        .json,
        Self.jsonStatement("\"source\": \"RU\", \"relation\": \"denies\", \"claim\": \"arms deal\"")
      ),
      (.yaml, "statements:\n  - source: RU\n    relation: denies\n    claim: arms deal\n"),
      (.csv, "source,relation,target,claim\nRU,denies,,arms deal\n"),
      (.tsv, "source\trelation\ttarget\tclaim\nRU\tdenies\t\tarms deal\n"),
      (.jsonl, "{\"source\": \"RU\", \"relation\": \"denies\", \"claim\": \"arms deal\"}\n"),
    ]
    for (format, text) in inputs {
      let graph = try Self.decode(text, format)
      let statement = try #require(graph.statements.first, "\(format)")
      #expect(statement.relation == .denies)
      #expect(statement.target == nil)
      #expect(statement.claim.map { graph[$0].text } == "arms deal", "\(format)")
    }
  }

  @Test(arguments: [
    (GraphFormat.csv, "source,relation,target,claim\nRU,denies,,\n", 2, 11, "target"),
    (.tsv, "source\trelation\ttarget\nRU\tdenies\t\n", 2, 11, "target"),
    (.yaml, "statements:\n  - source: RU\n    relation: denies\n", 2, 5, "statements[0].target"),
    (.jsonl, "{\"source\": \"RU\", \"relation\": \"denies\"}\n", 1, 1, "target"),
  ])
  func aDenialWithNeitherTargetNorClaimIsRejected(
    _ format: GraphFormat, _ text: String, _ line: Int, _ column: Int, _ field: String
  ) throws {
    let error = try #require(throws: StanceGraphError.self) { try Self.decode(text, format) }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(error.diagnostics.count == 1)
    #expect(diagnostic.code == .missingField)
    #expect((diagnostic.line, diagnostic.column) == (line, column), "\(diagnostic)")
    #expect(diagnostic.field == field)
    #expect(
      diagnostic.description.contains("name the actor whose claim is denied, or the claim itself"))
  }

  @Test func anAccusationWithAClaimStillNeedsATarget() throws {
    let error = try #require(throws: StanceGraphError.self) {
      try Self.decode("source,relation,target,claim\nUS,accuses,,arms deal\n", .csv)
    }
    #expect(error.code == .missingField)
    #expect(error.diagnostics.first?.column == 12)
  }

  // MARK: - Other defined behaviours

  @Test(arguments: ["accuses", "allies-with", "warns"])
  func aMissingTargetIsReportedInGrammaticalEnglish(_ relation: String) throws {
    let error = try #require(throws: StanceGraphError.self) {
      try Self.decode(
        Self.jsonStatement("\"source\": \"US\", \"relation\": \"\(relation)\""), .json)
    }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.code == .missingField)
    #expect((diagnostic.line, diagnostic.column) == (1, 17))
    #expect(diagnostic.field == "statements[0].target")
    #expect(diagnostic.message == "a statement that \(relation) needs a target")
    // Only a denial can do without a target, so only a denial gets the hint about claims.
    #expect(diagnostic.suggestion == nil)
  }

  @Test func aYAMLKeyGivenTwiceIsADuplicateFieldOnOneLine() throws {
    let yaml =
      "statements:\n  - source: US\n    source: UK\n    relation: accuses\n    target: KP\n"
    let error = try #require(throws: StanceGraphError.self) { try Self.decode(yaml, .yaml) }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(error.diagnostics.count == 1)
    #expect(diagnostic.code == .duplicateField)
    // Yams marks the first of the two keys (JSON reports the second).
    #expect((diagnostic.line, diagnostic.column) == (2, 5))
    #expect(
      diagnostic.description
        == "in.yaml:2:5: error: a map repeats the key \"source\"; keep one of them")
  }

  @Test func jsonLinesMetadataThatIsNotAnObjectIsAnError() throws {
    let text = "{\"metadata\": 5}\n{" + Self.usAccusesKP + "}\n"
    let error = try #require(throws: StanceGraphError.self) { try Self.decode(text, .jsonl) }
    let diagnostic = try #require(error.diagnostics.first)
    #expect(diagnostic.code == .wrongType)
    #expect((diagnostic.line, diagnostic.column) == (1, 14))
    #expect(diagnostic.field == "metadata")
    #expect(diagnostic.description.contains("metadata must be a map of names to text"))
  }

  @Test(arguments: [
    (GraphFormat.csv, "source,relation,target\n"),
    (.csv, "\n\nSource, Relation, Target\r\n\r\n"),
    (.tsv, "source\trelation\ttarget\n"),
  ])
  func anEdgeListHeaderWithoutRowsIsAnEmptyGraph(_ format: GraphFormat, _ text: String) throws {
    let graph = try Self.decode(text, format)
    #expect(graph.statementCount == 0)
    #expect(graph.actorCount == 0)
  }

  @Test func anEmptyStatementsListIsAnEmptyGraph() throws {
    #expect(try Self.decode("{\"statements\": []}", .json).statementCount == 0)
    #expect(try Self.decode("statements: []\n", .yaml).statementCount == 0)
  }

  @Test func aBareYAMLActorsSectionCountsAsAbsent() throws {
    let yaml = "actors:\nstatements:\n  - {source: US, relation: accuses, target: KP}\n"
    let graph = try Self.decode(yaml, .yaml)
    #expect(graph.actors.map(\.id) == ["US", "KP"])
  }

  @Test func yamlAliasesAreExpanded() throws {
    let yaml = "statements:\n  - &s {source: US, relation: accuses, target: KP}\n  - *s\n"
    let graph = try Self.decode(yaml, .yaml)
    #expect(graph.statementCount == 2)
    #expect(graph.statements[0] == graph.statements[1])
  }

  @Test func anUnknownFieldIsAnErrorEvenWhereAnAttributeWouldFit() throws {
    // In CSV an unknown column is an attribute; in the schema formats it is an error.
    for (format, text) in [
      (GraphFormat.json, Self.jsonStatement(Self.usAccusesKP + ", \"coder\": \"ann\"")),
      (.jsonl, "{" + Self.usAccusesKP + ", \"coder\": \"ann\"}\n"),
    ] {
      let error = try #require(throws: StanceGraphError.self) { try Self.decode(text, format) }
      #expect(error.code == .unknownField, "\(format)")
      #expect(error.description.contains("put free-form fields under \"attributes\""))
    }
  }

  // MARK: - Regressions
  //
  // Regression tests for bugs the first review of the readers found; each states the right
  // behaviour.

  static func firstDiagnostic(_ text: String, _ format: GraphFormat) throws -> Diagnostic {
    let error = try #require(throws: StanceGraphError.self) { try Self.decode(text, format) }
    return try #require(error.diagnostics.first)
  }

  @Test(arguments: [
    (GraphFormat.json, jsonStatement(usAccusesKP + ", \"weight\": -2"), 1, 83, "-2"),
    (
      .yaml, "statements:\n  - {source: US, relation: accuses, target: KP, weight: 0}\n", 2, 57, "0"
    ),
  ])
  func aBadWeightIsQuotedAsWritten(
    _ format: GraphFormat, _ text: String, _ line: Int, _ column: Int, _ written: String
  ) throws {
    let diagnostic = try Self.firstDiagnostic(text, format)
    #expect(diagnostic.code == .invalidValue)
    #expect((diagnostic.line, diagnostic.column) == (line, column), "\(diagnostic)")
    #expect(diagnostic.value == written)
    #expect(
      diagnostic.message == "weight \(written) is not a positive number up to 1,000,000",
      "\(diagnostic)")
  }

  @Test func aMisspeltHeaderIsPointedAtAndNamedTheRightWayRound() throws {
    let diagnostic = try Self.firstDiagnostic("source,relaton,target\nUS,accuses,KP\n", .csv)
    #expect(diagnostic.code == .missingColumn)
    #expect(diagnostic.field == "relation")
    #expect(diagnostic.line == 1)
    #expect(diagnostic.description.contains("\"relaton\""))
    #expect(diagnostic.column == 8, "\(diagnostic)")
    #expect(!diagnostic.description.contains("did you mean \"relaton\""), "\(diagnostic)")
  }

  @Test(arguments: [
    (GraphFormat.tsv, "source,relation,target\nUS,accuses,KP\n", "commas"),
    (.csv, "source;relation;target\nUS;accuses;KP\n", "';'"),
  ])
  func aFileWithAnotherDelimiterGetsOneErrorNamingIt(
    _ format: GraphFormat, _ text: String, _ delimiter: String
  ) throws {
    let error = try #require(throws: StanceGraphError.self) { try Self.decode(text, format) }
    #expect(error.code == .missingColumn)
    #expect(error.diagnostics.first?.line == 1)
    #expect(error.diagnostics.count == 1, "\(error)")
    #expect(!error.description.contains("did you mean \"source"), "\(error)")
    #expect(error.description.contains(delimiter), "\(error)")
  }

  @Test func anUnclosedQuoteIsTheOnlyErrorOfItsRow() throws {
    let error = try #require(throws: StanceGraphError.self) {
      try Self.decode("source,relation,target\nUS,accuses,\"KP\n", .csv)
    }
    let first = try #require(error.diagnostics.first)
    #expect(first.code == .syntax)
    #expect((first.line, first.column) == (2, 12))
    #expect(first.description.contains("a quoted field is not closed"))
    #expect(error.diagnostics.count == 1, "\(error)")
  }

  @Test func rowsEndedByCRAloneHaveColumnsCountedFromTheirLine() throws {
    let error = try #require(throws: StanceGraphError.self) {
      try Self.decode("source,relation,target\rUS,acuses,KP\rKP,acuses,US\r", .csv)
    }
    #expect(error.diagnostics.map(\.line) == [2, 3])
    #expect(error.diagnostics.map(\.column) == [4, 4], "\(error)")
  }

  @Test(arguments: [
    ("source,relation,target\nUS,accuses,KP,extra\n", 2, 15),
    ("source,relation,target\nUS,accuses,KP,\n", 2, 15),
    ("source,relation,target,evidence\nUS,accuses,KP,\"line one\nline two\",\n", 3, 11),
  ])
  func aRowWithTooManyFieldsPointsAtTheFirstExtraField(
    _ text: String, _ line: Int, _ column: Int
  ) throws {
    let diagnostic = try Self.firstDiagnostic(text, .csv)
    #expect(diagnostic.code == .fieldCount)
    #expect((diagnostic.line, diagnostic.column) == (line, column), "\(diagnostic)")
  }

  @Test func aCSVDateWrittenDayFirstGetsTheSameAdviceAsInJSON() throws {
    let diagnostic = try Self.firstDiagnostic(
      "source,relation,target,date\nUS,accuses,KP,14/11/2023\n", .csv)
    #expect(diagnostic.code == .invalidValue)
    #expect(diagnostic.description.contains("write dates the ISO way, year first, with '-'"))
  }

  @Test func anUndeclaredActorInJSONLinesIsExplainedInJSONLinesTerms() throws {
    let diagnostic = try Self.firstDiagnostic(
      "{\"actor\": {\"id\": \"US\"}}\n{" + Self.usAccusesKP + "}\n", .jsonl)
    #expect(diagnostic.code == .unknownActor)
    #expect(!diagnostic.description.contains("actors section"), "\(diagnostic)")
    #expect(diagnostic.description.contains("{\"actor\""), "\(diagnostic)")
  }

  @Test func anAliasThatNamesAnotherActorIsPointedAt() throws {
    let json = """
      {"actors": [{"id": "US", "aliases": ["U.S."]}, {"id": "USA", "aliases": ["x", "us"]}], \
      "statements": []}
      """
    let diagnostic = try Self.firstDiagnostic(json, .json)
    #expect(diagnostic.code == .ambiguousName)
    #expect(diagnostic.field == "actors[1].aliases")
    #expect(diagnostic.value == "us")
    #expect(diagnostic.description.contains("\"us\" of actor \"USA\" already names actor \"US\""))
    #expect(diagnostic.column == 79, "\(diagnostic)")
  }

  /// `levels` of YAML aliases, each a list of ten of the one before: about 10^`levels` nodes
  /// once expanded, from about 50 bytes a level.
  static func aliasBomb(levels: Int) -> String {
    var lines = ["metadata:", "  l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...levels {
      let previous = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("  l\(level): &l\(level) [\(previous)]")
    }
    return (lines + ["statements: []"]).joined(separator: "\n") + "\n"
  }

  /// docs/formats.md says anchors and aliases are expanded; YAML.swift's `.alias` branch ("YAML
  /// aliases (*name) are not supported") never runs, because Yams resolves aliases while
  /// composing. Nothing bounds the expansion: `aliasBomb(levels: 7)`, 330 bytes, takes 9 s here
  /// (debug build) and each further level ten times more time and memory.
  @Test func nestedYAMLAliasesAreRefusedQuickly() throws {
    let diagnostic = try Self.firstDiagnostic(Self.aliasBomb(levels: 9), .yaml)
    #expect(diagnostic.code == .tooLarge || diagnostic.code == .syntax)
    #expect(diagnostic.description.contains("alias"))
  }
}
