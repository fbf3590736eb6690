import StanceEvents
import StanceGraph
import Testing

@Suite struct CAMEOMappingTests {
  @Test func theBuiltInTableMapsTheDefaultCodes() throws {
    let mapping = try CAMEOMapping.builtIn()
    #expect(mapping.entry(for: "112")?.relation == .accuses)
    #expect(mapping.entry(for: "1125")?.relation == .accuses)
    #expect(mapping.entry(for: "016")?.relation == .denies)
    #expect(mapping.entry(for: "1384")?.relation == .warns)
    for code in ["036", "0311", "057", "064"] {
      #expect(mapping.entry(for: code)?.relation == .alliesWith, "\(code)")
    }
    for code in ["010", "040", "110", "120", "190", "07", "11", "14"] {
      #expect(mapping.entry(for: code) == nil, "\(code)")
    }
  }

  @Test func valuesFollowGDELTsGoldsteinTableAndTheICEWSPreset() throws {
    let mapping = try CAMEOMapping.builtIn()
    #expect(mapping.entry(for: "016")?.values == [.gdelt: -2, .icews: -5])
    #expect(mapping.entry(for: "130")?.values[.gdelt] == -4.4)
    #expect(mapping.entry(for: "057")?.values[.gdelt] == 8)
    #expect(mapping.presets == [.gdelt, .icews])
  }

  @Test func broadCodesNeedTheFlagAndNeverFallBack() throws {
    let mapping = try CAMEOMapping.builtIn()
    for code in ["111", "114", "115", "116"] {
      #expect(mapping.entry(for: code) == nil, "\(code)")
      #expect(mapping.entry(for: code, broad: true)?.relation == .accuses, "\(code)")
    }
  }

  @Test func anUnlistedChildMapsThroughItsParent() throws {
    let mapping = try CAMEOMapping(text: "code\trelation\tgdelt\n13\twarns\t-6\n112\taccuses\t-2\n")
    #expect(mapping.entry(for: "1126")?.code == "112")
    #expect(mapping.entry(for: "138")?.code == "13")
    #expect(mapping.entry(for: "1")?.code == nil)
    #expect(mapping.entry(for: "ACCUSEX") == nil)
  }

  @Test func aBadUserTableIsLocated() throws {
    #expect {
      try CAMEOMapping(text: "code\trelation\tgdelt\n112\tacuses\t-2\n", file: "mine.tsv")
    } throws: { error in
      let error = error as? EventDataError
      return error?.line == 2 && error?.column == 5 && error?.field == "relation"
    }
    #expect(throws: EventDataError.self) {
      try CAMEOMapping(text: "code\trelation\tgdelt\n112\taccuses\t0\n")
    }
    #expect(throws: EventDataError.self) { try CAMEOMapping(text: "code\tgdelt\n112\t-2\n") }
  }

  @Test func aUsersTableReplacesTheBuiltInOne() throws {
    let table = try CAMEOMapping(text: "code\trelation\tmine\n040\tallies-with\t1\n")
    let sample = try EventSample("gdelt2-61")
    let path = try temporaryFile(sample.gdelt(1, "USA", "040", "CAN"))
    let result = try importing(
      path, .init(format: .gdelt2, mapping: table, preset: MappingPreset(rawValue: "mine")))
    #expect(result.report.events == [.alliesWith: 1])
    #expect(throws: EventDataError.self) {
      try EventImporter(options: .init(format: .gdelt2, mapping: table))
    }
  }
}
