import FuzzSupport
import StanceAnalysis
import StanceExport
import StanceGraph
import StanceGraphviz

/// libFuzzer's entry point: a random graph with random drawing options, laid out and rendered
/// in-process with one of the eight engines (not only parsed, as `fuzz-dot` does).
///
/// The first four bytes steer: the engine, the options (claims, legend, blocs, roll-up,
/// aggregate edges), the view (whole, summary, bloc, top, focus) and up to four `-G/-N/-E`
/// style assignments, taken from the bytes after the graph and passed through
/// ``AttributePolicy`` as the CLI does. The rest builds the graph (``FuzzGraph``), with extra
/// statements among its actors from a generator seeded by the bytes, so there are blocs and
/// parallel edges to draw.
///
/// A render must end in SVG bytes or a ``GraphvizError``; a crash, an ASan report, an empty
/// successful render or a layout over libFuzzer's timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard bytes.count >= 4 else { return 0 }
  let engine = LayoutEngine.all[Int(bytes[0]) % LayoutEngine.all.count]
  let flags = bytes[1]
  let viewByte = bytes[2]
  let styleByte = bytes[3]
  let rest = UnsafeBufferPointer(rebasing: bytes[4...])
  var (graph, title) = FuzzGraph.build(rest)
  guard graph.actorCount >= 1 else { return 0 }

  // More statements, so blocs and parallel edges appear.
  var seed: UInt64 = 0xCBF2_9CE4_8422_2325
  for byte in bytes.prefix(64) { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
  var generator = SeededGenerator(seed: seed)
  let extra = Int(flags >> 5) * graph.actorCount
  for _ in 0..<extra where graph.actorCount >= 2 {
    let source = ActorID(rawValue: Int32.random(in: 0..<Int32(graph.actorCount), using: &generator))
    let target = ActorID(rawValue: Int32.random(in: 0..<Int32(graph.actorCount), using: &generator))
    let relation = Relation.allCases.randomElement(using: &generator) ?? .accuses
    _ = try? graph.add(Statement(source: source, relation: relation, target: target))
  }

  // Style: up to four assignments from a list of attributes that change layouts, with values
  // from the bytes, checked (refused or clamped) as the CLI checks -G/-N/-E.
  let attributes = [
    "rankdir", "nodesep", "ranksep", "splines", "overlap", "pad", "dpi", "size", "ratio",
    "concentrate", "shape", "peripheries", "fontsize", "width", "height", "penwidth",
    "arrowhead", "arrowsize", "label", "xlabel", "fixedsize", "margin", "sep", "K", "maxiter",
    "mindist", "root", "compound", "newrank", "packmode",
  ]
  let values = [
    "TB", "LR", "0", "-1", "1e10", "1e-10", "nan", "inf", "true", "false", "ortho", "polyline",
    "curved", "none", "scale", "prism", "compress", "1,1!", "0.01", "100", "circle", "record",
    "Mrecord", "plain", "point", "{a|{b|c}}", "\\N", "\\G", "\\E", "", "fill", "auto", "array_c4",
    "2", "8", "64", "1e5", "-0.5", "<b>x</b>",
  ]
  var style = DOTStyle.standard
  let policy = AttributePolicy()
  for index in 0..<Int(styleByte & 3) + (styleByte & 4 != 0 ? 1 : 0) {
    let name = attributes[Int(styleByte >> 3 &+ UInt8(index * 7)) % attributes.count]
    let value = values[Int.random(in: 0..<values.count, using: &generator)]
    guard let checked = try? policy.checked(name, value) else { continue }
    switch index % 3 {
    case 0: style.graph[name] = checked.value
    case 1: style.node[name] = checked.value
    default: style.edge[name] = checked.value
    }
  }
  if flags & 0x10 != 0 { title = nil }

  let options = DOTEncoder.Options(
    edges: flags & 1 != 0 ? .aggregate : .statements, legend: flags & 2 != 0,
    claimLabels: flags & 4 != 0, title: title)
  let encoder = DOTEncoder(style: style, options: options)
  let projection = SignedProjection(graph, rollingUp: flags & 8 != 0)
  let view: DrawingView =
    switch viewByte % 6 {
    case 0, 1: .whole
    case 2: .summary
    case 3: .bloc(Int(viewByte >> 3) % 4 + 1, top: viewByte & 0x80 != 0 ? 5 : nil)
    case 4: .top(Int(viewByte >> 3) % 8 + 1)
    default: .focus(actor: projection.graph.actors.first?.id ?? "", depth: Int(viewByte >> 4) % 3)
    }
  let dot: String
  do {
    if viewByte % 6 >= 2 || flags & 0x40 != 0 {
      let clusters = try AllianceClusters(
        of: projection, options: .init(method: .fast, restarts: 1))
      dot = try encoder.encode(clusters, view: view)
    } else {
      dot = try encoder.encode(projection.graph, view: view)
    }
  } catch {
    return 0  // a view that does not apply (no such bloc): refused with an error, as it must be
  }
  do {
    let rendering = try GraphvizRenderer.render(dot, engine: engine, format: .svg)
    if rendering.bytes.isEmpty {
      fatalError("\(engine.rawValue) rendered 0 bytes without an error\n--- DOT:\n\(dot)")
    }
  } catch {
    // A refusal or a Graphviz error is an answer, not a finding.
  }
  return 0
}
