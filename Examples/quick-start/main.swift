// The quick start: load a claim file, keep a date range, find the alliance blocs, draw them.
//
//   swift run quick-start [CLAIMS]   (default: the bundled example; writes blocs.svg)
//
// Five types (ClaimGraph, PartialDate, AllianceClusters, DOTEncoder, GraphvizRenderer) in
// fifteen lines; the README shows this file and the tests run it.
import Foundation
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

let input = CommandLine.arguments.dropFirst().first ?? "Examples/korea-armistice/claims.yaml"
let november = PartialDate.month(2023, 11)
do {
  let graph = try ClaimGraph(contentsOf: input).filtered(dates: november...november)
  let blocs = try AllianceClusters(of: graph)
  for bloc in blocs.blocs {
    print("\(bloc.name): " + bloc.members.map { graph[$0].name }.joined(separator: ", "))
  }
  let dot = DOTEncoder(options: .init(legend: true)).encode(blocs)
  try GraphvizRenderer.render(dot, format: .svg).write(to: "blocs.svg")
  print("wrote blocs.svg")
} catch {
  print(error)
  exit(1)
}
