import FuzzSupport
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

/// libFuzzer's entry point: a graph built from the bytes (see ``FuzzGraph``), encoded as DOT in
/// two ways and parsed back by cgraph.
///
/// 1. Default options: one node per actor, in actor order and named by its DOT id
///    (`DOTEncoder.nodeIDs(for:)`) as cgraph reads it back, one edge per statement with a target.
/// 2. Aggregated edges with claim labels, a title, a legend and alliance blocs: one node per
///    actor, one edge per (source, target, relation), one top-level subgraph per bloc that is
///    not an isolated actor (the legend is a table in the graph's label).
///
/// A count that differs means the DOT said something other than what the encoder meant (an
/// escape that cgraph reads differently, two ids that collapse into one node): `fatalError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let (graph, title) = FuzzGraph.build(UnsafeBufferPointer(start: data, count: size))
  let withTarget = graph.statements.filter { $0.target != nil }

  let plain = DOTEncoder().encode(graph)
  let parsed = expect(
    plain, nodes: graph.actorCount, edges: withTarget.count, subgraphs: nil, graph)
  // Without blocs the nodes come in actor order, each named by its DOT id as cgraph reads it.
  let names = DOTEncoder.nodeIDs(for: graph).map(cgraphReading)
  if parsed.nodes.map(\.name) != names {
    let index =
      zip(parsed.nodes, names).enumerated().first { $0.element.0.name != $0.element.1 }?.offset ?? 0
    fatalError(
      "cgraph names node \(index) \(String(reflecting: parsed.nodes[index].name)), not "
        + "\(String(reflecting: names[index])) (actor id \(String(reflecting: graph.actors[index].id)))"
        + "\n--- DOT:\n\(plain)")
  }

  struct Group: Hashable {
    var source: ActorID
    var target: ActorID?
    var relation: Relation
  }
  let groups = Set(
    withTarget.map { Group(source: $0.source, target: $0.target, relation: $0.relation) })
  let clusters = try? AllianceClusters(
    of: SignedProjection(graph), options: .init(method: .fast, restarts: 1))
  let options = DOTEncoder.Options(edges: .aggregate, legend: true, claimLabels: true, title: title)
  let encoder = DOTEncoder(options: options)
  let drawn = clusters.map(encoder.encode) ?? encoder.encode(graph)
  let blocs = clusters.map { $0.blocs.filter { !$0.isIsolated }.count } ?? 0
  // The legend is one HTML-like table in the graph's label: no node, edge or subgraph of its own.
  expect(drawn, nodes: graph.actorCount, edges: groups.count, subgraphs: blocs, graph)
  return 0
}

/// What cgraph stores for a DOT id that `DOTEncoder.quoted` wrote: its lexer turns `\"` into `"`
/// and keeps `\\` and every other escape as written.
func cgraphReading(_ id: String) -> String {
  let scalars = Array(DOTEncoder.quoted(id).unicodeScalars.dropFirst().dropLast())
  var out = String.UnicodeScalarView()
  var index = 0
  while index < scalars.count {
    if scalars[index] == "\\" && index + 1 < scalars.count {
      if scalars[index + 1] == "\"" {
        out.append("\"")
        index += 2
        continue
      }
      if scalars[index + 1] == "\\" {
        out.append(contentsOf: ["\\", "\\"])
        index += 2
        continue
      }
    }
    out.append(scalars[index])
    index += 1
  }
  return String(out)
}

/// Stops the process unless cgraph reads `dot` with these counts; returns what it read.
@discardableResult
func expect(_ dot: String, nodes: Int, edges: Int, subgraphs: Int?, _ graph: ClaimGraph)
  -> ParsedGraph
{
  let parsed: ParsedGraph
  do {
    parsed = try GraphvizRenderer.parse(dot)
  } catch {
    fatalError("cgraph rejects the DOT encoder's output: \(error)\n--- DOT:\n\(dot)")
  }
  var problems: [String] = []
  if parsed.nodes.count != nodes { problems.append("\(parsed.nodes.count) nodes, not \(nodes)") }
  if parsed.edgeCount != edges { problems.append("\(parsed.edgeCount) edges, not \(edges)") }
  if let subgraphs, parsed.subgraphs.count != subgraphs {
    problems.append("\(parsed.subgraphs.count) subgraphs, not \(subgraphs)")
  }
  guard problems.isEmpty else {
    fatalError(
      "cgraph reads the DOT encoder's output as " + problems.joined(separator: ", ")
        + "\n--- actor ids: \(graph.actors.map { String(reflecting: $0.id) })"
        + "\n--- node ids: \(DOTEncoder.nodeIDs(for: graph).map { String(reflecting: $0) })"
        + "\n--- parsed: \(parsed.nodes.map { String(reflecting: $0.name) })\n--- DOT:\n\(dot)")
  }
  return parsed
}
