// Builds a small claim graph in code, finds the alliance blocs and writes an SVG.
//
//   swift run build-and-draw [OUT.svg]      (default: blocs.svg)
//
// Copy this file to start a script of your own: everything it uses is public API.
import Foundation
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

let output = CommandLine.arguments.dropFirst().first ?? "blocs.svg"

do {
  var graph = ClaimGraph(metadata: ["title": "Who stands with whom"])
  let us = try graph.add(Actor(id: "US", name: "United States", kind: .state, aliases: ["U.S."]))
  let kr = try graph.add(Actor(id: "KR", name: "South Korea", kind: .state))
  let jp = try graph.add(Actor(id: "JP", name: "Japan", kind: .state))
  let kp = try graph.add(Actor(id: "KP", name: "North Korea", kind: .state))
  let ru = try graph.add(Actor(id: "RU", name: "Russia", kind: .state))
  let arms = try graph.add(Claim(id: "arms", text: "North Korea supplies arms to Russia"))

  // Statements, as a coder would read them from the news.
  try graph.add(Statement(source: us, relation: .alliesWith, target: kr))
  try graph.add(Statement(source: kr, relation: .alliesWith, target: jp))
  try graph.add(Statement(source: us, relation: .alliesWith, target: jp))
  try graph.add(Statement(source: us, relation: .accuses, target: kp, claim: arms))
  try graph.add(Statement(source: kp, relation: .denies, target: us, claim: arms))
  try graph.add(Statement(source: ru, relation: .alliesWith, target: kp))
  try graph.add(Statement(source: kr, relation: .warns, target: kp))

  // Blocs: exact and proven for a graph this size.
  let blocs = try AllianceClusters(of: graph)
  for bloc in blocs.blocs {
    print("\(bloc.name): " + bloc.members.map { graph[$0].name }.joined(separator: ", "))
  }
  print("proven optimal: \(blocs.isOptimal), disagreement \(blocs.disagreement)")

  // Draw it.
  let dot = DOTEncoder(options: .init(legend: true)).encode(blocs)
  try GraphvizRenderer.render(dot, format: .svg).write(to: output)
  print("wrote \(output)")
} catch {
  print("\(error)")
  exit(1)
}
