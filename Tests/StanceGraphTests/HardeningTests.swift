import Foundation
import Testing

@testable import StanceGraph

/// Issue 14, "Hardening inputs and outputs": the rows of its table the library guards (the
/// CLI's rows are in Tests/StanceGraphCLITests/HardeningTests.swift). Each failed before its fix.
@Suite struct HardeningTests {
  static func failure(_ text: String, _ format: GraphFormat) throws -> StanceGraphError {
    try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "in")
    }
  }

  // MARK: - Row 10: control characters in names

  @Test(arguments: [
    ("source,relation,target\n\"A\u{0}B\",accuses,C\n", GraphFormat.csv, 2, 2),
    ("source\trelation\ttarget\nA\taccuses\tC\u{1}D\n", .tsv, 2, 11),
    (
      #"{"statements": [{"source": "A\u0000B", "relation": "accuses", "target": "C"}]}"#, .json, 1,
      28
    ),
    (#"{"actors": [{"id": "A", "name": "A\u0001B"}], "statements": []}"#, .json, 1, 33),
    ("{\"source\": \"A\", \"relation\": \"accuses\", \"target\": \"B\\u001F\"}\n", .jsonl, 1, 50),
    ("statements:\n- source: \"A\\x1BB\"\n  relation: accuses\n  target: C\n", .yaml, 2, 11),
  ])
  func controlCharactersInNamesAreLocatedErrors(
    _ text: String, _ format: GraphFormat, _ line: Int, _ column: Int
  ) throws {
    let error = try HardeningTests.failure(text, format)
    let diagnostic = error.diagnostics[0]
    #expect(diagnostic.code == .invalidValue, "\(error)")
    #expect(diagnostic.message.contains("control character"), "\(error)")
    #expect(diagnostic.line == line, "\(error)")
    #expect(diagnostic.column == column, "\(error)")
  }

  @Test func tabsLineBreaksAndC1ControlsAreKept() throws {
    // Every format carries these exactly; only what XML cannot carry is refused.
    let text =
      #"{"actors": [{"id": "a\tb", "name": "line\nbreak", "aliases": ["\u0085", "\u007F"]}], "#
      + #""statements": []}"#
    let graph = try ClaimGraph(decoding: Array(text.utf8), format: .json)
    #expect(graph.actors.first?.name == "line\nbreak")
  }

  @Test func actorTablesRefuseControlCharacters() throws {
    let table = try ActorTable(csv: "id,name\nA,\"x\u{0}y\"\n", file: "actors.csv")
    #expect(throws: StanceGraphError.self) { try table.applied(to: ClaimGraph()) }
  }

  // MARK: - Row 11: duplicate keys in JSON attributes and metadata

  @Test func duplicateAttributeKeysAreLocated() throws {
    let text = """
      {"statements": [{"source": "A", "relation": "accuses", "target": "B",
        "attributes": {"k": "1", "k": "2"}}]}
      """
    let error = try HardeningTests.failure(text, .json)
    #expect(error.diagnostics[0].code == .duplicateField, "\(error)")
    #expect(error.diagnostics[0].line == 2, "\(error)")
    #expect(error.diagnostics[0].column == 28, "\(error)")
  }

  @Test func duplicateActorAttributeKeysAreLocated() throws {
    let text = #"{"actors": [{"id": "A", "attributes": {"k": "1", "k": "2"}}], "statements": []}"#
    let error = try HardeningTests.failure(text, .json)
    #expect(error.diagnostics[0].code == .duplicateField, "\(error)")
    #expect(error.diagnostics[0].column == 50, "\(error)")
  }

  @Test func duplicateMetadataKeysAreLocated() throws {
    let json = #"{"metadata": {"title": "a", "title": "b"}, "statements": []}"#
    let error = try HardeningTests.failure(json, .json)
    #expect(error.diagnostics[0].code == .duplicateField, "\(error)")
    #expect(error.diagnostics[0].column == 29, "\(error)")
    let lines = "{\"metadata\": {\"title\": \"a\"}}\n{\"metadata\": {\"title\": \"b\"}}\n"
    let split = try HardeningTests.failure(lines, .jsonl)
    #expect(split.diagnostics[0].code == .duplicateField, "\(split)")
    #expect(split.diagnostics[0].line == 2, "\(split)")
  }

  // MARK: - Row 12: one number range for every format

  @Test func sentenceNumbersHaveOneRange() throws {
    let tooLarge = "source,relation,target,sentence\nA,accuses,B,4294967296\n"
    let error = try HardeningTests.failure(tooLarge, .csv)
    #expect(error.diagnostics[0].field == "sentence", "\(error)")
    // The largest accepted number survives every format.
    let largest = Evidence.sentenceRange.upperBound
    let graph = try ClaimGraph(
      decoding: Array("source,relation,target,sentence\nA,accuses,B,\(largest)\n".utf8),
      format: .csv)
    for format in GraphFormat.allCases {
      let back = try ClaimGraph(decoding: graph.encoded(as: format), format: format)
      #expect(back.statements.first?.evidence?.sentence == largest, "\(format)")
    }
    let json =
      #"{"statements": [{"source": "A", "relation": "accuses", "target": "B", "evidence": {"sentence": 1000000000}}]}"#
    #expect(try HardeningTests.failure(json, .json).diagnostics[0].code == .invalidValue)
  }

  // MARK: - Row 14: repeated and empty CSV header names stop at the error cap

  @Test(arguments: ["x", ""])
  func repeatedHeaderNamesStopAtTheCap(_ name: String) throws {
    let count = 100_000
    let header =
      "source,relation,target," + Array(repeating: name, count: count).joined(separator: ",")
    let row = "A,accuses,B" + String(repeating: ",", count: count)
    var limits = ReadLimits()
    limits.maxLineBytes = 8 << 20
    let clock = ContinuousClock()
    let start = clock.now
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(decoding: Array("\(header)\n\(row)\n".utf8), format: .csv, limits: limits)
    }
    let elapsed = clock.now - start
    #expect(error.diagnostics.count == StanceGraphError.limit, "\(error)")
    #expect(error.isTruncated)
    // It took 35 s in a release build; linear, it takes well under a second even in debug.
    #expect(elapsed < .seconds(10), "\(elapsed)")
  }

  // MARK: - Row 13: declared actors read in linear time

  @Test func manyDeclaredActorsInJSONLines() throws {
    // 40,000 actor lines: quadratic appending copied 8x10^8 entries; linear takes a moment.
    var graph = ClaimGraph()
    for index in 0..<40_000 { _ = try graph.add(Actor(id: "a\(index)")) }
    let bytes = graph.encoded(as: .jsonl)
    let clock = ContinuousClock()
    let start = clock.now
    let back = try ClaimGraph(decoding: bytes, format: .jsonl)
    #expect(back.actorCount == 40_000)
    #expect(clock.now - start < .seconds(20))
  }

  // MARK: - Rows 6 to 9: reading streams under the limits

  @Test func endlessStreamsStopAtTheLimit() throws {
    var limits = ReadLimits()
    limits.maxInputBytes = 1 << 20
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(contentsOf: "/dev/zero", format: .json, limits: limits)
    }
    #expect(error.diagnostics[0].code == .tooLarge, "\(error)")
    #expect(error.diagnostics[0].limit?.name == .inputBytes, "\(error)")
  }

  @Test func aLongLineStopsTheReadingOfALineFormat() throws {
    var limits = ReadLimits()
    limits.maxLineBytes = 1_000
    // /dev/zero is one endless line: the line limit stops it long before the size limit.
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(contentsOf: "/dev/zero", format: .csv, limits: limits)
    }
    #expect(error.diagnostics[0].limit?.name == .lineBytes, "\(error)")
    #expect(error.diagnostics[0].line == 1, "\(error)")
  }

  @Test func yamlOverItsLimitIsRefusedFromItsSize() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-\(UUID().uuidString).yaml").path
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(truncate(path, 100 << 20) == 0)
    let error = try #require(throws: StanceGraphError.self) {
      try ClaimGraph(contentsOf: path)
    }
    #expect(error.diagnostics[0].limit?.name == .yamlBytes, "\(error)")
  }

  // MARK: - Row 2: the library's writer follows the output-target rules

  @Test func writingToADeviceLeavesTheDevice() throws {
    let graph = try TestSupport.smallGraph()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let link = folder + "/out.json"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
    try graph.write(to: link)
    let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link)
    #expect(destination == "/dev/null")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
  }

  @Test func writingThroughALinkKeepsTheLink() throws {
    let graph = try TestSupport.smallGraph()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/real.json"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.json", withDestinationPath: "real.json")
    try graph.write(to: folder + "/link.json")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.json")
        == "real.json")
    let back = try ClaimGraph(contentsOf: folder + "/real.json")
    #expect(back.actorCount == graph.actorCount)
  }

  @Test func writingOverAnInputIsRefused() throws {
    let graph = try TestSupport.smallGraph()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("hardening-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = folder + "/in.json"
    try graph.write(to: input)
    try FileManager.default.linkItem(atPath: input, toPath: folder + "/hard.json")
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    #expect(throws: StanceGraphError.self) {
      try graph.write(to: folder + "/hard.json", format: .yaml, refusing: [input])
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
  }
}
