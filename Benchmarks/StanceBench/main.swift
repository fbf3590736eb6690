// The StanceGraph benchmark executable, run by `make bench` (never by the tests).
//
//   stancegraph-bench load FILE [--repeat K]
//     Loads FILE (format from its extension) K times in this process and prints one JSON line
//     with the fastest wall time and the process's peak resident memory, the same fields as
//     Benchmarks/python/load_networkx.py prints for the Python baseline.
//
//   stancegraph-bench cluster FILE --blocs K [--seed S] [--restarts R] [--weights unit]
//     Loads a planted-bloc file from `stancegraph generate`, projects it, clusters it with the
//     fast solver and prints one JSON line: times of each phase, disagreement, blocs, and the
//     adjusted Rand index against the planted blocs (actor i is in bloc i mod K).
//
//   stancegraph-bench render N [--engine dot|sfdp] [--file FILE]
//     For the leak check (Benchmarks/leakcheck.sh): encodes FILE (default: the seed example) as
//     DOT once, renders it N times to SVG in this process, and every 10th time also renders
//     invalid DOT that must throw (the error path); prints one JSON line and exits.
//
//   stancegraph-bench layout FILE --engine E [-Gname=value ...]
//     Loads FILE, encodes DOT (-G sets graph attributes over the built-in style, as the CLI's
//     -G does), lays it out and renders SVG with engine E once, and prints one JSON line: nodes
//     (actors) and edges (statements), as `render --layout auto` counts them, and the seconds
//     Graphviz took (Benchmarks/run-layout.sh).
import Foundation
import StanceAnalysis
import StanceGraph
import StanceGraphviz

#if canImport(Glibc)
  import Glibc
#endif

func peakResidentMegabytes() -> Double {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_maxrss) / 1024  // Linux reports KiB.
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

func seconds(since start: ContinuousClock.Instant) -> Double {
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func emit(_ line: [String: Any]) {
  guard let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) else {
    fail("cannot encode the result")
  }
  print(String(decoding: data, as: UTF8.self))
}

if arguments.first == "cluster", arguments.count >= 2 {
  let file = arguments[1]
  guard let blocCount = option("--blocs").flatMap(Int.init), blocCount > 0 else {
    fail("cluster needs --blocs K")
  }
  let seed = option("--seed").flatMap(UInt64.init) ?? 1
  let restarts = option("--restarts").flatMap(Int.init) ?? 8
  var start = ContinuousClock.now
  let graph: ClaimGraph
  do { graph = try ClaimGraph(contentsOf: file) } catch { fail("\(error)") }
  let loadSeconds = seconds(since: start)
  start = .now
  let policy = (try? WeightingPolicy(parsing: option("--weights") ?? "unit")) ?? .unit
  let projection = SignedProjection(graph, policy: policy)
  let projectSeconds = seconds(since: start)
  start = .now
  let clusters: AllianceClusters
  do {
    clusters = try AllianceClusters(
      of: projection, options: .init(method: .fast, seed: seed, restarts: restarts))
  } catch { fail("\(error)") }
  let clusterSeconds = seconds(since: start)
  // Planted blocs: the generator deals actor i (id a<i>) into bloc i mod K.
  let planted = Partition(graph.actors.map { (Int($0.id.dropFirst()) ?? 0) % blocCount })
  emit([
    "tool": "stancegraph-fast", "file": file, "actors": graph.actorCount,
    "ties": projection.signed.tieCount, "load_seconds": loadSeconds,
    "project_seconds": projectSeconds, "seconds": clusterSeconds, "restarts": restarts,
    "disagreement": clusters.disagreement, "blocs": clusters.blocs.count,
    "ari": clusters.partition.adjustedRandIndex(with: planted),
    "stability": clusters.stability ?? 1, "peak_mb": (peakResidentMegabytes() * 10).rounded() / 10,
  ])
  exit(0)
}

if arguments.first == "render", arguments.count >= 2 {
  guard let count = Int(arguments[1]), count > 0 else { fail("render needs a count N > 0") }
  let file = option("--file") ?? "Examples/korea-armistice/claims.yaml"
  let engine = LayoutEngine(rawValue: option("--engine") ?? "dot")
  let dot: String
  do { dot = DOTEncoder().encode(try ClaimGraph(contentsOf: file)) } catch { fail("\(error)") }
  // Unbalanced: cgraph reports a syntax error, which must come back as a thrown error.
  let invalid = "digraph \"broken\" { \"a\" -> ; }"
  let start = ContinuousClock.now
  var bytes = 0
  var errors = 0
  for index in 1...count {
    do {
      bytes = try GraphvizRenderer.render(dot, engine: engine, format: .svg).bytes.count
    } catch {
      fail("render \(index) failed: \(error)")
    }
    guard index % 10 == 0 else { continue }
    do {
      _ = try GraphvizRenderer.render(invalid, engine: engine, format: .svg)
      fail("invalid DOT rendered without an error")
    } catch {
      errors += 1
    }
  }
  emit([
    "tool": "stancegraph-bench render", "file": file, "engine": engine.rawValue,
    "renders": count, "errors": errors, "svg_bytes": bytes,
    "seconds": (seconds(since: start) * 1e4).rounded() / 1e4,
  ])
  exit(0)
}

if arguments.first == "layout", arguments.count >= 2 {
  let file = arguments[1]
  let engine = LayoutEngine(rawValue: option("--engine") ?? "dot")
  // -Gname=value, as the CLI takes it: over the built-in graph attributes.
  var style = DOTStyle.standard
  for argument in arguments where argument.hasPrefix("-G") {
    guard let (name, value) = DOTAttributes.parse(assignment: String(argument.dropFirst(2))) else {
      fail("\(argument): expected -Gname=value")
    }
    style.graph[name] = value
  }
  let graph: ClaimGraph
  do { graph = try ClaimGraph(contentsOf: file) } catch { fail("\(error)") }
  var start = ContinuousClock.now
  let dot = DOTEncoder(style: style).encode(graph)
  let encodeSeconds = seconds(since: start)
  start = .now
  let rendering: Rendering
  do {
    // A measurement: dot must run even past the size the renderer refuses by default.
    rendering = try GraphvizRenderer.render(
      dot, engine: engine, format: .svg, allowingSlowLayout: true)
  } catch {
    fail("\(error)")
  }
  let renderSeconds = seconds(since: start)
  emit([
    "tool": "stancegraph-bench layout", "file": file, "engine": engine.rawValue,
    "graph_attributes": style.graph.values, "nodes": graph.actorCount,
    "edges": graph.statementCount,
    "encode_seconds": (encodeSeconds * 1e4).rounded() / 1e4,
    "seconds": (renderSeconds * 1e4).rounded() / 1e4, "svg_bytes": rendering.bytes.count,
    "warnings": rendering.warnings.count,
  ])
  exit(0)
}

guard arguments.first == "load", arguments.count >= 2 else {
  fail(
    "usage: stancegraph-bench load FILE [--repeat K] | cluster FILE --blocs K [--seed S]"
      + " | render N [--engine E] [--file FILE] | layout FILE --engine E [-Gname=value]")
}
let file = arguments[1]
var repeats = 1
if let flag = arguments.firstIndex(of: "--repeat"), flag + 1 < arguments.count {
  repeats = max(1, Int(arguments[flag + 1]) ?? 1)
}
guard let format = GraphFormat(fileName: file) else { fail("unknown format: \(file)") }

var best = Double.infinity
var actors = 0
var statements = 0
for _ in 0..<repeats {
  let clock = ContinuousClock()
  let start = clock.now
  do {
    let graph = try ClaimGraph(contentsOf: file, format: format)
    actors = graph.actorCount
    statements = graph.statementCount
  } catch {
    fail("\(error)")
  }
  let elapsed = clock.now - start
  let seconds =
    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  best = min(best, seconds)
}
let line: [String: Any] = [
  "tool": "stancegraph", "file": file, "format": format.rawValue, "statements": statements,
  "actors": actors, "seconds": (best * 1e6).rounded() / 1e6,
  "peak_mb": (peakResidentMegabytes() * 10).rounded() / 10,
]
emit(line)
