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
///    actor, one edge per (source, target, relation), one top-level subgraph per bloc that is not
///    an isolated actor (the legend and the claim key are the graph's label, never nodes).
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

/// A graph made from fuzz bytes.
///
/// The bytes split at `0xFF` into chunks of at most ``maxChunks``, one actor each. A chunk's first
/// byte steers (kind, relation, claim, date, evidence, representative); the rest splits at `0xFE`
/// into the actor's id, name and aliases, decoded as UTF-8 with repair, so ids and names hold
/// quotes, backslashes, control characters and any Unicode. An actor that `ClaimGraph.add`
/// rejects (a clashing id, name or alias) is skipped. Each actor added after the first gets a
/// statement from the one added before it, which `add` may also reject.
enum FuzzGraph {
  static let maxChunks = 64

  static func build(_ bytes: UnsafeBufferPointer<UInt8>) -> (ClaimGraph, title: String?) {
    var graph = ClaimGraph()
    var title: String?
    var previous: ActorID?
    let chunks = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).prefix(maxChunks)
    for (index, chunk) in chunks.enumerated() {
      let control = chunk.first ?? 0
      let parts = chunk.dropFirst().split(separator: 0xFE, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
      let id = parts[0]
      let name = parts.count > 1 ? parts[1] : nil
      let aliases = Array(parts.dropFirst(2))
      if index == 0 && control & 1 == 1 { graph.metadata["title"] = name ?? id }
      if index == 0 && control & 2 == 2 { title = aliases.first ?? id }
      let actor = Actor(
        id: id, name: name, kind: Actor.Kind.allCases[Int(control) % Actor.Kind.allCases.count],
        aliases: aliases,
        represents: control & 0x80 != 0 ? previous.map { graph[$0].id } : nil)
      guard let current = try? graph.add(actor) else { continue }
      defer { previous = current }
      guard let source = previous else { continue }
      let relation = Relation.allCases[Int(control >> 3) % Relation.allCases.count]
      let claim = control & 0x20 != 0 ? graph.claimID(forText: name ?? id) : nil
      let target = relation == .denies && claim != nil && control & 0x40 != 0 ? nil : current
      let statement = Statement(
        source: source, relation: relation, target: target, claim: claim,
        date: control & 0x10 != 0 ? PartialDate(year: 1900 + Int(control)) : nil,
        weight: 0.25 * Double(1 + control & 7),
        evidence: control & 0x04 != 0
          ? Evidence(document: id, sentence: Int(control), quote: aliases.first ?? name) : nil)
      _ = try? graph.add(statement)
    }
    return (graph, title)
  }
}
