import Foundation
import StanceEvents
import StanceGraph
import Testing

/// Published rows (see Fixtures/README.md for their sources).
@Suite struct RealRowsTests {
  @Test func icewsSampleByCountry() throws {
    let result = try importing(Fixtures.path("icews-real.tsv"), .init(format: .icews))
    #expect(result.report.rows == 13)
    #expect(result.report.layouts.map(\.layout) == ["icews-20"])
    #expect(result.report.events == [.accuses: 1, .alliesWith: 5, .warns: 1])
    // 112 lawyer (Australia) → citizen (Australia) is a self-event at the country level; the
    // Nazarbayev → SCO row has target country NA.
    #expect(result.report.dropped == [.selfEvent: 1, .unmapped: 5])
    let warns = try #require(result.graph.statements.first { $0.relation == .warns })
    #expect(result.graph[warns.source].id == "United States")
    #expect(result.graph[try #require(warns.target)].id == "Canada")
    #expect(warns.weight == 7)
    #expect(warns.evidence == Evidence(document: "47400390", sentence: 2))
    #expect(warns.attributes["event"] == "32891071")
    #expect(warns.date == PartialDate("2018-06-01"))
  }

  @Test func icewsSampleByNameKeepsPeopleAndTheirCountries() throws {
    let result = try importing(
      Fixtures.path("icews-real.tsv"), .init(format: .icews, actors: .name))
    #expect(result.report.events == [.accuses: 2, .alliesWith: 5, .warns: 1])
    let graph = result.graph
    let trump = try #require(graph.actorID(named: "Donald Trump"))
    #expect(graph[trump].represents == "United States")
    let japan = try #require(graph.actorID(named: "Japan"))
    #expect(graph[japan].represents == nil)
  }

  @Test func icewsPresetScoresDenialAtFive() throws {
    let sample = try EventSample("icews-20")
    let row = sample.row([
      "Event ID": "1", "Event Date": "2018-06-02", "Source Name": "Russia",
      "Source Country": "Russia", "CAMEO Code": "016", "Target Name": "United Kingdom",
      "Target Country": "United Kingdom", "Story ID": "9", "Sentence Number": "1",
    ])
    let path = try temporaryFile(sample.header + "\n" + row + "\n")
    let icews = try importing(path, .init(format: .icews))
    #expect(icews.graph.statements.map(\.weight) == [5])
    let gdelt = try importing(path, .init(format: .icews, preset: .gdelt))
    #expect(gdelt.graph.statements.map(\.weight) == [2])
  }

  @Test(arguments: ["gdelt2-real.tsv", "gdelt2-real.tsv.gz", "gdelt2-real.zip"])
  func gdelt2SampleReadsAlikePlainGzipAndZip(_ file: String) throws {
    let result = try importing(Fixtures.path(file), .init(format: .gdelt2, actors: .code))
    #expect(result.report.rows == 8)
    #expect(result.report.events == [.alliesWith: 1, .warns: 2])
    #expect(result.report.dropped == [.unmapped: 4, .missingActor: 1])
    let containers = ["gdelt2-real.tsv": "plain", "gdelt2-real.tsv.gz": "gzip"]
    #expect(result.report.layouts.first?.container == containers[file] ?? "zip")
    let threat = try #require(result.graph.statements.first { $0.attributes["cameo"] == "138" })
    #expect(result.graph[threat.source].id == "UKR")
    #expect(threat.attributes["event"] == "669666411")
    #expect(threat.attributes["mentions"] == "10")
    #expect(threat.evidence?.document?.hasPrefix("https://www.bloomberg.com/") == true)
  }

  @Test func gdelt2SampleAtCountryLevelDropsRowsWithoutCountries() throws {
    let result = try importing(Fixtures.path("gdelt2-real.tsv"), .init(format: .gdelt2))
    #expect(result.report.eventCount == 0)
    #expect(result.report.dropped == [.unmapped: 4, .missingActor: 4])
  }

  @Test func aDirectoryOfPartsIsReadFileByFileSkippingMarkers() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("stanceevents-parts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (file, name) in [
      ("gdelt2-real.tsv", "part-0.tsv"), ("gdelt2-real.tsv.gz", "part-1.tsv.gz"),
      ("gdelt2-real.zip", "part-2.zip"),
    ] {
      try FileManager.default.copyItem(
        atPath: Fixtures.path(file), toPath: directory.appendingPathComponent(name).path)
    }
    try Data().write(to: directory.appendingPathComponent("_SUCCESS"))
    let result = try importing(directory.path, .init(format: .gdelt2, actors: .code))
    #expect(result.report.layouts.map(\.container) == ["plain", "gzip", "zip"])
    #expect(result.report.rows == 24)
    #expect(result.report.events == [.alliesWith: 3, .warns: 6])
  }
}

@Suite struct InputEdgeCaseTests {
  @Test func aByteOrderMarkAndCRLFLineEndsAreAccepted() throws {
    let text = try String(contentsOfFile: Fixtures.path("icews-real.tsv"), encoding: .utf8)
    let path = try temporaryFile("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
    let result = try importing(path, .init(format: .icews))
    #expect(result.report.rows == 13)
    #expect(result.report.events == [.accuses: 1, .alliesWith: 5, .warns: 1])
  }

  @Test func aTruncatedGzipFileIsACompressionError() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("gdelt2-real.tsv.gz")))
    let url = URL(fileURLWithPath: try temporaryFile("", name: "cut.tsv.gz"))
    try bytes.prefix(bytes.count / 2).write(to: url)
    var importer = try EventImporter(options: .init(format: .gdelt2))
    #expect {
      try importer.read(path: url.path)
    } throws: { error in
      (error as? EventDataError)?.code == .compression
    }
  }

  @Test func aMissingFileIsAnIOError() throws {
    var importer = try EventImporter(options: .init(format: .gdelt1))
    #expect {
      try importer.read(path: "/nonexistent/events.tsv")
    } throws: { error in
      (error as? EventDataError)?.code == .io
    }
  }
}
