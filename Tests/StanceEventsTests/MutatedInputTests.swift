import Foundation
import StanceEvents
import StanceGraph
import Testing

/// Seeded mutations of the real fixtures: every input either imports with every row accounted
/// for, or fails with a located ``EventDataError``; nothing crashes.
@Suite struct MutatedInputTests {
  static func mutated(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<Int.random(in: 1...6, using: &generator) where !bytes.isEmpty {
      let index = Int.random(in: 0..<bytes.count, using: &generator)
      switch Int.random(in: 0..<6, using: &generator) {
      case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
      case 1: bytes.insert(0x09, at: index)
      case 2: bytes.remove(at: index)
      case 3: bytes.insert(0x0A, at: index)
      case 4: bytes.removeSubrange(index...)
      default: bytes[index] = [0x30, 0x3B, 0x20, 0x0D][Int.random(in: 0..<4, using: &generator)]
      }
    }
    return bytes
  }

  @Test(arguments: [
    ("gdelt2-real.tsv", EventFormat.gdelt2), ("icews-real.tsv", .icews),
    ("gdelt2-real.tsv.gz", .gdelt2), ("gdelt2-real.zip", .gdelt2),
  ])
  func everyRowIsAccountedForOrTheErrorIsLocated(_ file: String, _ format: EventFormat) throws {
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(file))))
    var generator = SeededGenerator(seed: 17)
    let path = try temporaryFile("", name: file)
    var imported = 0
    for _ in 0..<150 {
      try Data(MutatedInputTests.mutated(original, using: &generator))
        .write(to: URL(fileURLWithPath: path))
      for aggregate in [nil, AggregationPeriod.month] {
        do {
          let result = try importing(path, .init(format: format, aggregate: aggregate))
          let report = result.report
          #expect(report.rows == report.eventCount + report.droppedCount, "\(report.summary)")
          #expect(
            report.problems.count == report.dropped[.malformed] ?? 0 || report.problems.count == 50)
          imported += 1
        } catch let error as EventDataError {
          #expect(error.file == path, "\(error)")
          #expect([.layout, .compression, .malformedRow].contains(error.code), "\(error)")
        }
      }
    }
    #expect(imported > 0)
  }
}
