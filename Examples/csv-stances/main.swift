// Reads a CSV edge list from stdin and prints every stance as JSON.
//
//   printf 'source,relation,target\nUS,accuses,KP\nKP,denies,US\n' | swift run csv-stances
//
// Columns: source, relation, target, and optionally claim, date, weight, evidence, document.
import Foundation
import StanceAnalysis
import StanceGraph

struct StanceRecord: Encodable {
  var source: String
  var target: String
  var score: Double
  var label: String
  var statements: Int
}

do {
  let input = FileHandle.standardInput.readDataToEndOfFile()
  let graph = try ClaimGraph(decoding: [UInt8](input), format: .csv, fileName: "<stdin>")
  let stances = Stances(of: SignedProjection(graph))
  let records = stances.stances.map {
    StanceRecord(
      source: graph[$0.source].id, target: graph[$0.target].id, score: $0.score,
      label: $0.label.rawValue, statements: $0.contributions.count)
  }
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  print(String(decoding: try encoder.encode(records), as: UTF8.self))
} catch let error as StanceGraphError {
  FileHandle.standardError.write(Data((error.description + "\n").utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
