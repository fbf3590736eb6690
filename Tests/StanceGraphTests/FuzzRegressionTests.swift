import StanceGraph
import Testing

/// Inputs the fuzzers found (Fuzz/, `make fuzz`), minimised, as bytes: each must read, and the
/// graph must survive being written and read again, as `Fuzz/Sources/FuzzSupport/ReaderFuzzing.swift`
/// checks. JSON, YAML and JSON Lines must give back an equal graph; CSV and TSV must give back
/// readable statements with their fields.
@Suite struct FuzzRegressionTests {
  /// `bytes` read as `format`, and that graph written as `output` and read back.
  static func reread(_ bytes: [UInt8], as format: GraphFormat, through output: GraphFormat)
    throws -> (graph: ClaimGraph, again: ClaimGraph)
  {
    let graph = try ClaimGraph(decoding: bytes, format: format, fileName: "fuzz.\(format.rawValue)")
    let written = graph.encoded(as: output)
    let again = try ClaimGraph(
      decoding: written, format: output, fileName: "again.\(output.rawValue)")
    return (graph, again)
  }

  // MARK: - The YAML writer

  /// One string the YAML writer wrote raw, which YAML does not read back as written.
  struct Unescaped: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var format: GraphFormat
    var bytes: [UInt8]
    /// The string, as the first reading gives it.
    var text: String
  }

  /// fuzz-yaml, fuzz-jsonl and fuzz-csv: a C1 control (U+0080–U+009F) or a YAML line break (U+0085
  /// NEL, U+2028 LS, U+2029 PS), read from an escape or as raw UTF-8, is written raw inside a
  /// double-quoted YAML scalar: libyaml refuses the control ("control characters are not
  /// allowed") and folds the break with the spaces around it.
  static let unescaped: [Unescaped] = [
    Unescaped(
      // statements: [{source: "\u0080", relation: warns, target: b}]
      testDescription: "U+0080 in a YAML double-quoted scalar", format: .yaml,
      bytes: [
        0x73, 0x74, 0x61, 0x74, 0x65, 0x6D, 0x65, 0x6E, 0x74, 0x73, 0x3A, 0x20, 0x5B, 0x7B, 0x73,
        0x6F, 0x75, 0x72, 0x63, 0x65, 0x3A, 0x20, 0x22, 0x5C, 0x75, 0x30, 0x30, 0x38, 0x30, 0x22,
        0x2C, 0x20, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x3A, 0x20, 0x77, 0x61, 0x72,
        0x6E, 0x73, 0x2C, 0x20, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x3A, 0x20, 0x62, 0x7D, 0x5D,
        0x0A,
      ], text: "\u{80}"),
    Unescaped(
      // statements: [{source: "a\u0085b", relation: warns, target: c}]
      testDescription: "U+0085 (NEL) in a YAML double-quoted scalar", format: .yaml,
      bytes: [
        0x73, 0x74, 0x61, 0x74, 0x65, 0x6D, 0x65, 0x6E, 0x74, 0x73, 0x3A, 0x20, 0x5B, 0x7B, 0x73,
        0x6F, 0x75, 0x72, 0x63, 0x65, 0x3A, 0x20, 0x22, 0x61, 0x5C, 0x75, 0x30, 0x30, 0x38, 0x35,
        0x62, 0x22, 0x2C, 0x20, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x3A, 0x20, 0x77,
        0x61, 0x72, 0x6E, 0x73, 0x2C, 0x20, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x3A, 0x20, 0x63,
        0x7D, 0x5D, 0x0A,
      ], text: "a\u{85}b"),
    Unescaped(
      // {"source":"a","relation":"warns","target":"b","evidence":"x \u2028 y"}
      testDescription: "U+2028 (LS) in a JSON Lines quote", format: .jsonl,
      bytes: [
        0x7B, 0x22, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x22, 0x3A, 0x22, 0x61, 0x22, 0x2C, 0x22,
        0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x22, 0x3A, 0x22, 0x77, 0x61, 0x72, 0x6E,
        0x73, 0x22, 0x2C, 0x22, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x22, 0x3A, 0x22, 0x62, 0x22,
        0x2C, 0x22, 0x65, 0x76, 0x69, 0x64, 0x65, 0x6E, 0x63, 0x65, 0x22, 0x3A, 0x22, 0x78, 0x20,
        0x5C, 0x75, 0x32, 0x30, 0x32, 0x38, 0x20, 0x79, 0x22, 0x7D, 0x0A,
      ], text: "x \u{2028} y"),
  ]

  @Test(arguments: unescaped)
  func yamlWriterEscapesWhatYAMLWouldNotReadBack(_ input: Unescaped) throws {
    let (graph, again) = try Self.reread(input.bytes, as: input.format, through: .yaml)
    let texts = graph.actors.map(\.id) + graph.statements.compactMap { $0.evidence?.quote }
    #expect(texts.contains { $0.unicodeScalars.elementsEqual(input.text.unicodeScalars) })
    #expect(again == graph)
  }

  // MARK: - A text that starts with U+FEFF

  /// fuzz-csv (`Fuzz/run.sh 60`, minimised by hand): a CSV field that started with U+FEFF named
  /// an actor of its own (`a` and `<U+FEFF>a` differed), but YAML read `"\ufeffa"` as `a` (Yams
  /// builds each scalar with Foundation's `String(bytes:encoding: .utf8)`, which drops one
  /// leading byte-order mark, escaped or not), so `stancegraph convert in.csv -o out.yaml` wrote
  /// a file that did not validate: "actor id "a" is used twice". Now every reader drops the
  /// U+FEFF at the start of a text (`TextField`), so the CSV itself says what YAML would have:
  /// `a` warns itself.
  @Test func csvFieldThatStartsWithAByteOrderMarkNamesTheSameActor() throws {
    // source,relation,target\na,warns,<U+FEFF>a\n
    let bytes: [UInt8] = [
      0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x2C, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E,
      0x2C, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x0A, 0x61, 0x2C, 0x77, 0x61, 0x72, 0x6E, 0x73,
      0x2C, 0xEF, 0xBB, 0xBF, 0x61, 0x0A,
    ]
    let error = #expect(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: bytes, format: .csv, fileName: "fuzz.csv")
    }
    #expect(error?.diagnostics.first?.code == .selfStatement)
    #expect(error?.diagnostics.first?.line == 2)
  }

  /// The same minimised input with `<U+FEFF>b`: read as `b` in CSV, so every writer writes `b`
  /// and every reader reads it back as it was.
  @Test(arguments: [GraphFormat.json, .yaml, .jsonl, .csv, .tsv])
  func textThatStartedWithAByteOrderMarkSurvivesEveryFormat(_ output: GraphFormat) throws {
    // source,relation,target\na,warns,<U+FEFF>b\n
    let bytes: [UInt8] = [
      0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x2C, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E,
      0x2C, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x0A, 0x61, 0x2C, 0x77, 0x61, 0x72, 0x6E, 0x73,
      0x2C, 0xEF, 0xBB, 0xBF, 0x62, 0x0A,
    ]
    let (graph, again) = try Self.reread(bytes, as: .csv, through: output)
    #expect(graph.actors.map(\.id) == ["a", "b"])
    #expect(again == graph)
  }

  /// Every text field a file can hold, with U+FEFF at its start: one or two, escaped
  /// (`\ufeff`) or raw (`<FEFF>` below stands for the character itself). Every reader reads each
  /// as the text without them, so the formats agree; a U+FEFF inside a text is kept.
  static let byteOrderMarkDocuments: [GraphFormat: String] = [
    .json: #"""
    {"metadata": {"\ufefftitle": "\ufeff\ufeffSeoul"},
     "actors": [
      {"\ufeffid": "\ufeffUS", "name": "\ufeffUnited\ufeffStates", "kind": "\ufeffstate",
       "aliases": ["\ufeffU.S."], "attributes": {"\ufeffrole": "<FEFF>ally"}},
      {"id": "<FEFF>KP"},
      {"id": "austin", "kind": "person", "represents": "\ufeff<FEFF>US"}],
     "claims": [{"id": "\ufeffc1", "text": "<FEFF>arms\ufeff deals"}],
     "statements": [{"source": "\ufeffU.S.", "relation": "\ufeffaccuses", "target": "<FEFF><FEFF>KP",
      "claim": "\ufeffc1", "date": "\ufeff2023-11-14", "weight": 2,
      "evidence": {"document": "\ufeffunc", "quote": "\ufeffhas accused"},
      "attributes": {"\ufeffbasis": "<FEFF>report"}}]}
    """#,
    .yaml: #"""
    metadata: {"\ufefftitle": "\ufeff\ufeffSeoul"}
    actors:
      - "\ufeffid": '<FEFF>US'
        name: "\ufeffUnited\ufeffStates"
        kind: <FEFF>state
        aliases: ["\ufeffU.S."]
        attributes: {"\ufeffrole": <FEFF>ally}
      - id: <FEFF>KP
      - {id: austin, kind: person, represents: "\ufeff<FEFF>US"}
    claims: [{id: "\ufeffc1", text: "<FEFF>arms\ufeff deals"}]
    statements:
      - {source: "\ufeffU.S.", relation: "\ufeffaccuses", target: "<FEFF><FEFF>KP",
         claim: "\ufeffc1", date: "\ufeff2023-11-14", weight: 2,
         evidence: {document: "\ufeffunc", quote: "\ufeffhas accused"},
         attributes: {"\ufeffbasis": "<FEFF>report"}}
    """#,
    .jsonl: #"""
    {"metadata": {"\ufefftitle": "\ufeff\ufeffSeoul"}}
    {"actor": {"\ufeffid": "\ufeffUS", "name": "\ufeffUnited\ufeffStates", "kind": "\ufeffstate", "aliases": ["\ufeffU.S."], "attributes": {"\ufeffrole": "<FEFF>ally"}}}
    {"actor": {"id": "<FEFF>KP"}}
    {"actor": {"id": "austin", "kind": "person", "represents": "\ufeff<FEFF>US"}}
    {"claim": {"id": "\ufeffc1", "text": "<FEFF>arms\ufeff deals"}}
    {"source": "\ufeffU.S.", "relation": "\ufeffaccuses", "target": "<FEFF><FEFF>KP", "claim": "\ufeffc1", "date": "\ufeff2023-11-14", "weight": 2, "evidence": {"document": "\ufeffunc", "quote": "\ufeffhas accused"}, "attributes": {"\ufeffbasis": "<FEFF>report"}}
    """#,
  ]

  /// The documents above without any U+FEFF at the start of a text.
  static let plainDocument = #"""
    {"metadata": {"title": "Seoul"},
     "actors": [
      {"id": "US", "name": "United\ufeffStates", "kind": "state", "aliases": ["U.S."],
       "attributes": {"role": "ally"}},
      {"id": "KP"},
      {"id": "austin", "kind": "person", "represents": "US"}],
     "claims": [{"id": "c1", "text": "arms\ufeff deals"}],
     "statements": [{"source": "US", "relation": "accuses", "target": "KP", "claim": "c1",
      "date": "2023-11-14", "weight": 2, "evidence": {"document": "unc", "quote": "has accused"},
      "attributes": {"basis": "report"}}]}
    """#

  /// `text` with each `<FEFF>` replaced by U+FEFF.
  static func withByteOrderMarks(_ text: String) -> [UInt8] {
    Array(text.replacing("<FEFF>", with: "\u{FEFF}").utf8)
  }

  @Test(arguments: [GraphFormat.json, .yaml, .jsonl])
  func everyReaderDropsByteOrderMarksAtTheStartOfATextAlike(_ format: GraphFormat) throws {
    let document = try #require(Self.byteOrderMarkDocuments[format])
    let graph = try ClaimGraph(
      decoding: Self.withByteOrderMarks(document), format: format, fileName: "bom")
    let plain = try ClaimGraph(
      decoding: Array(Self.plainDocument.utf8), format: .json, fileName: "plain.json")
    #expect(graph == plain)
    #expect(graph.actors.first?.name == "United\u{FEFF}States")
    for output in [GraphFormat.json, .yaml, .jsonl] {
      let again = try ClaimGraph(
        decoding: graph.encoded(as: output), format: output, fileName: "again")
      #expect(again == graph, "through \(output.rawValue)")
    }
  }

  /// CSV and TSV, raw (a byte-order mark copied into fields, quoted or not, and into the
  /// header): the same statements as without them.
  @Test(arguments: [GraphFormat.csv, .tsv])
  func edgeListsDropByteOrderMarksAtTheStartOfAField(_ format: GraphFormat) throws {
    var text = """
      <FEFF>source,relation,<FEFF><FEFF>target,claim,date,<FEFF>basis
      <FEFF>US,<FEFF>accuses,"<FEFF>KP",<FEFF>arms<FEFF> deals,<FEFF>2023-11-14,"<FEFF>report"

      """
    if format == .tsv { text = text.replacing(",", with: "\t") }
    let graph = try ClaimGraph(
      decoding: Self.withByteOrderMarks(text), format: format, fileName: "bom")
    let plain = try ClaimGraph(
      decoding: Self.withByteOrderMarks(
        "source,relation,target,claim,date,basis\nUS,accuses,KP,arms<FEFF> deals,2023-11-14,report\n"
      ), format: .csv, fileName: "plain.csv")
    #expect(graph == plain)
    #expect(graph.claims.first?.text == "arms\u{FEFF} deals")
    // A field that holds only U+FEFF is empty: this warning has no target.
    let error = #expect(throws: StanceGraphError.self) {
      try ClaimGraph(
        decoding: Self.withByteOrderMarks("source,relation,target\nUS,warns,<FEFF>\n"),
        format: .csv, fileName: "empty.csv")
    }
    #expect(error?.diagnostics.first?.line == 2)
  }

  /// A graph built in code may hold a text that starts with U+FEFF: every writer writes it, and
  /// every reader reads it back without it, the same in every format.
  @Test func graphBuiltInCodeReadsBackAlikeInEveryFormat() throws {
    var graph = ClaimGraph(metadata: ["\u{FEFF}title": "\u{FEFF}Seoul"])
    let us = try graph.add(Actor(id: "\u{FEFF}US", name: "\u{FEFF}\u{FEFF}United States"))
    let kp = try graph.add(Actor(id: "KP", aliases: ["\u{FEFF}Pyongyang"]))
    try graph.add(
      Statement(
        source: us, relation: .warns, target: kp,
        evidence: Evidence(quote: "\u{FEFF}a warning"), attributes: ["basis": "\u{FEFF}x"]))
    var expected = ClaimGraph(metadata: ["title": "Seoul"])
    let us2 = try expected.add(Actor(id: "US", name: "United States"))
    let kp2 = try expected.add(Actor(id: "KP", aliases: ["Pyongyang"]))
    try expected.add(
      Statement(
        source: us2, relation: .warns, target: kp2, evidence: Evidence(quote: "a warning"),
        attributes: ["basis": "x"]))
    for format in [GraphFormat.json, .yaml, .jsonl] {
      let again = try ClaimGraph(
        decoding: graph.encoded(as: format), format: format, fileName: "again")
      #expect(again == expected, "through \(format.rawValue)")
    }
    for format in [GraphFormat.csv, .tsv] {
      let again = try ClaimGraph(
        decoding: graph.encoded(as: format), format: format, fileName: "again")
      #expect(again.statements == expected.statements, "through \(format.rawValue)")
      #expect(again.actors.map(\.id) == ["US", "KP"])
    }
  }

  /// fuzz-csv: an attribute name longer than 1024 characters (here a CSV header of 1,100 `k`s)
  /// is written as an implicit key of a flow mapping (`attributes: {"kkk…": "v"}`), and YAML
  /// allows implicit keys of at most 1024 characters: "did not find expected ',' or '}'". The
  /// limit counts the characters as written: 202 characters of which 200 are escaped (`\u000c`)
  /// make a key of 1,204.
  @Test func yamlWriterWritesLongKeys() throws {
    // source,relation,target,kkk…k (1,100 times)\na,warns,b,v\n
    let header: [UInt8] = [
      0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x2C, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E,
      0x2C, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x2C,
    ]
    let row: [UInt8] = [
      0x0A, 0x61, 0x2C, 0x77, 0x61, 0x72, 0x6E, 0x73, 0x2C, 0x62, 0x2C, 0x76, 0x0A,
    ]
    let long = header + [UInt8](repeating: 0x6B, count: 1_100) + row
    let (graph, again) = try Self.reread(long, as: .csv, through: .yaml)
    #expect(graph.statements[0].attributes[String(repeating: "k", count: 1_100)] == "v")
    #expect(again == graph)

    // source,relation,target,a<200 form feeds>b\na,warns,b,v\n
    let escaped = header + [0x61] + [UInt8](repeating: 0x0C, count: 200) + [0x62] + row
    let (short, shortAgain) = try Self.reread(escaped, as: .csv, through: .yaml)
    #expect(shortAgain == short)
  }

  // MARK: - The JSON Lines writer

  /// fuzz-csv and fuzz-json: a graph with nothing in it (a CSV header alone, `{"actors": []}`)
  /// is written as JSON Lines as zero bytes, which every reader refuses ("the input is empty").
  @Test func jsonLinesWriterWritesAnEmptyGraphReadably() throws {
    // source,relation,target\n
    let bytes: [UInt8] = [
      0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x2C, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E,
      0x2C, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x0A,
    ]
    let (graph, again) = try Self.reread(bytes, as: .csv, through: .jsonl)
    #expect(graph.actorCount == 0 && graph.statementCount == 0)
    #expect(again == graph)
  }

  // MARK: - The CSV writer

  /// fuzz-json: a claim whose text is empty, denied with no target, is written as a CSV row with
  /// an empty claim cell and an empty target, which reads as a denial of nothing: "a statement
  /// that denies needs a target".
  @Test func csvWriterKeepsTheClaimOfADenialWithBlankText() throws {
    // {"claims":[{"id":"c","text":""}],"statements":[{"source":"a","relation":"denies","claim":"c"}]}
    let bytes: [UInt8] = [
      0x7B, 0x22, 0x63, 0x6C, 0x61, 0x69, 0x6D, 0x73, 0x22, 0x3A, 0x5B, 0x7B, 0x22, 0x69, 0x64,
      0x22, 0x3A, 0x22, 0x63, 0x22, 0x2C, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0x22,
      0x7D, 0x5D, 0x2C, 0x22, 0x73, 0x74, 0x61, 0x74, 0x65, 0x6D, 0x65, 0x6E, 0x74, 0x73, 0x22,
      0x3A, 0x5B, 0x7B, 0x22, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x22, 0x3A, 0x22, 0x61, 0x22,
      0x2C, 0x22, 0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x22, 0x3A, 0x22, 0x64, 0x65,
      0x6E, 0x69, 0x65, 0x73, 0x22, 0x2C, 0x22, 0x63, 0x6C, 0x61, 0x69, 0x6D, 0x22, 0x3A, 0x22,
      0x63, 0x22, 0x7D, 0x5D, 0x7D, 0x0A,
    ]
    let (_, again) = try Self.reread(bytes, as: .json, through: .csv)
    #expect(again.statementCount == 1)
    #expect(again.statements.first?.relation == .denies)
    #expect(again.statements.first?.claim != nil)
  }

  /// fuzz-json: attribute names that differ only by spaces at their ends (`"x"` and `" x"`) are
  /// written as two header cells, `x` and `" x"`, and the reader trims header names even inside
  /// quotes: "two columns give attribute "x"". Alone, `"x "` comes back as `x`.
  @Test func csvKeepsAttributeNamesWithSpacesAtTheEnds() throws {
    // {"statements":[{"source":"a","relation":"warns","target":"b","attributes":{"x":"1"," x":"2"}}]}
    let bytes: [UInt8] = [
      0x7B, 0x22, 0x73, 0x74, 0x61, 0x74, 0x65, 0x6D, 0x65, 0x6E, 0x74, 0x73, 0x22, 0x3A, 0x5B,
      0x7B, 0x22, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x22, 0x3A, 0x22, 0x61, 0x22, 0x2C, 0x22,
      0x72, 0x65, 0x6C, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x22, 0x3A, 0x22, 0x77, 0x61, 0x72, 0x6E,
      0x73, 0x22, 0x2C, 0x22, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x22, 0x3A, 0x22, 0x62, 0x22,
      0x2C, 0x22, 0x61, 0x74, 0x74, 0x72, 0x69, 0x62, 0x75, 0x74, 0x65, 0x73, 0x22, 0x3A, 0x7B,
      0x22, 0x78, 0x22, 0x3A, 0x22, 0x31, 0x22, 0x2C, 0x22, 0x20, 0x78, 0x22, 0x3A, 0x22, 0x32,
      0x22, 0x7D, 0x7D, 0x5D, 0x7D, 0x0A,
    ]
    for output in [GraphFormat.csv, .tsv] {
      let (graph, again) = try Self.reread(bytes, as: .json, through: output)
      #expect(again.statements.map(\.attributes) == graph.statements.map(\.attributes))
    }
  }
}
