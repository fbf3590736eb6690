import Foundation
import StanceGraph
import Testing

@testable import StanceExtraction

@Suite struct GazetteerTests {
  @Test func theBuiltInGazetteerLoads() throws {
    let gazetteer = try Gazetteer.builtIn()
    // Resources/README.md: 250 states, 34 organisations, 13 groups, 257 people.
    let kinds = Dictionary(grouping: gazetteer.entries, by: \.kind).mapValues(\.count)
    #expect(kinds[.state, default: 0] >= 250)
    #expect(kinds[.organization, default: 0] >= 30)
    #expect(kinds[.group, default: 0] >= 10)
    #expect(kinds[.person, default: 0] >= 200)

    let northKorea = try #require(gazetteer.entry(id: "KP"))
    #expect(northKorea.name == "North Korea")
    #expect(northKorea.kind == .state)
    #expect(gazetteer.entry(id: "UNC")?.kind == .organization)
    let austin = try #require(gazetteer.entry(id: "lloyd-austin"))
    #expect(austin.kind == .person)
    #expect(austin.represents == "US")
    // Ids are unique.
    #expect(Set(gazetteer.entries.map(\.id)).count == gazetteer.count)
  }

  @Test func theBuiltInGazetteerIsReadOnce() throws {
    let first = try Gazetteer.builtIn()
    let second = try Gazetteer.builtIn()
    #expect(first.entries == second.entries)
  }

  static let names: [(String, String)] = [
    // Names and aliases.
    ("North Korea", "KP"), ("Democratic People's Republic of Korea", "KP"), ("Britain", "GB"),
    ("UN Command", "UNC"),
    // Codes.
    ("DPRK", "KP"), ("ROK", "KR"), ("PRC", "CN"), ("US", "US"), ("U.S.", "US"), ("UK", "GB"),
    ("NATO", "NATO"),
    // Demonyms.
    ("South Korean", "KR"), ("North Korean", "KP"), ("Filipino", "PH"), ("Russian", "RU"),
    // Capitals.
    ("Pyongyang", "KP"), ("Seoul", "KR"), ("Kyiv", "UA"), ("Beijing", "CN"), ("Washington", "US"),
    // Institutions.
    ("Kremlin", "RU"), ("White House", "US"), ("Pentagon", "US"), ("KCNA", "KP"),
    ("Downing Street", "GB"),
  ]

  @Test(arguments: names)
  func namesCodesDemonymsCapitalsAndInstitutionsResolveToTheirEntry(name: String, id: String)
    throws
  {
    let gazetteer = try Gazetteer.builtIn()
    let entry = try #require(gazetteer.lookUp(name), "\"\(name)\" is not known")
    #expect(gazetteer.entries[Int(entry)].id == id)
  }

  static let inText: [ExtractionCase] = [
    .init("The Kremlin warned Finland against hosting foreign troops.", ["RU warns FI"]),
    .init("Pyongyang warned Seoul against sending leaflets across the border.", ["KP warns KR"]),
    .init(
      "The South Korean government condemned China's detention of a fishing crew.",
      ["KR accuses CN"]),
    .init(
      "The ROK and the US condemned the DPRK's satellite launch.",
      ["KR accuses KP", "US accuses KP"]),
    .init("The US warned Iran against closing the Strait of Hormuz.", ["US warns IR"]),
    // "us" in lower case is a pronoun, not the United States.
    .init("Iran accused us of spying, the detained journalist told reporters.", []),
  ]

  @Test(arguments: inText)
  func namesInTextResolveToTheirState(_ example: ExtractionCase) throws {
    try ExtractionHarness.check(example)
  }

  @Test func codesMatchOnlyInCapitals() throws {
    let gazetteer = try Gazetteer.builtIn()
    let us = try #require(gazetteer.lookUp("US"))
    #expect(gazetteer.entries[Int(us)].id == "US")
    #expect(gazetteer.lookUp("us") == nil)
    #expect(gazetteer.lookUp("Us") == nil)
    // Names match in any case.
    #expect(gazetteer.lookUp("north korea").map { gazetteer.entries[Int($0)].id } == "KP")
  }

  /// A user's claims file: Russia as built in, the Wagner Group speaking for Russia (built in
  /// without `represents`), and the Syrian Democratic Forces (not built in).
  static func userActors() throws -> ClaimGraph {
    var graph = ClaimGraph()
    try graph.add(Actor(id: "RU", name: "Russia", kind: .state))
    try graph.add(Actor(id: "WAGNER", name: "Wagner Group", kind: .group, represents: "RU"))
    try graph.add(
      Actor(id: "SDF", name: "Syrian Democratic Forces", kind: .group, aliases: ["SDF"]))
    return graph
  }

  @Test func mergingAddsNewActorsAndOverridesKnownIds() throws {
    let builtIn = try Gazetteer.builtIn()
    #expect(builtIn.entry(id: "SDF") == nil)
    #expect(builtIn.entry(id: "WAGNER")?.represents == nil)
    var gazetteer = builtIn
    gazetteer.merge(try GazetteerTests.userActors())
    #expect(gazetteer.count == builtIn.count + 1)
    let sdf = try #require(gazetteer.entry(id: "SDF"))
    #expect(sdf.name == "Syrian Democratic Forces")
    #expect(sdf.kind == .group)
    #expect(gazetteer.entry(id: "WAGNER")?.represents == "RU")
    #expect(gazetteer.entry(id: "RU")?.kind == .state)
    // The override keeps the built-in names.
    #expect(gazetteer.lookUp("Kremlin").map { gazetteer.entries[Int($0)].id } == "RU")
    #expect(gazetteer.lookUp("SDF").map { gazetteer.entries[Int($0)].id } == "SDF")
  }

  @Test func mergedActorsAreRecognisedInText() throws {
    let text = """
      Turkey accused the Syrian Democratic Forces of shelling its border posts.
      The Wagner Group threatened Poland with an attack.
      """
    let before = StanceExtractor(gazetteer: try Gazetteer.builtIn()).extract(text: text)
    #expect(!ExtractionHarness.triples(before).contains("1: TR accuses SDF"))
    #expect(
      ExtractionHarness.triples(before).contains("2: WAGNER warns PL"),
      "\(ExtractionHarness.explanation(before))")

    var gazetteer = try Gazetteer.builtIn()
    gazetteer.merge(try GazetteerTests.userActors())
    let after = StanceExtractor(gazetteer: gazetteer).extract(text: text)
    #expect(
      ExtractionHarness.triples(after) == ["1: TR accuses SDF", "2: RU warns PL"],
      "\(ExtractionHarness.explanation(after))")
  }
}
