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
//   stancegraph-bench drawings [--file FILE] [--engine E]
//     Lays out and renders FILE (default: the seed example) to SVG in every combination of the
//     drawing options (claims, clusters, legend, roll-up, edge mode) with every engine (or E);
//     Benchmarks/memcheck.sh runs it under valgrind.
//
//   stancegraph-bench layout FILE --engine E [--clusters] [-Gname=value ...]
//     Loads FILE, encodes DOT (-G sets graph attributes over the built-in style, as the CLI's
//     -G does; --clusters draws the fast solver's blocs), lays it out and renders SVG with engine
//     E once, and prints one JSON line: nodes
//     (actors) and edges (statements), as `render --layout auto` counts them, and the seconds
//     Graphviz took (Benchmarks/run-layout.sh).
//
//   stancegraph-bench extract [--sentences N] [--per-document K] [--seed S] [--repeat R]
//                             [--threads T] [--corpus FILE] [--gazetteer FILE] [--notes FILE]
//     Generates N sentences (default 100,000) of news-style text in documents of K (default 20)
//     from seed S (NewsText.swift), runs StanceExtractor over all documents R times (default 3)
//     and prints one JSON line with the fastest time, sentences and MB per second, statements
//     found (by relation) and peak resident memory. T > 1 also times the documents split into T
//     parts extracted concurrently. --corpus writes the documents as JSON Lines ({"name",
//     "text"}) and --gazetteer the built-in gazetteer's entries, for the Python baselines
//     (Benchmarks/run-extract.sh); --notes the extractor's notes on every sentence, to see which
//     rules the text exercises.
import Dispatch
import Foundation
import StanceAnalysis
import StanceExport
import StanceExtraction
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

if arguments.first == "drawings" {
  // Every combination of --claims, --clusters, --legend, --roll-up and --edges, laid out and
  // rendered to SVG by every engine: Benchmarks/memcheck.sh runs this under valgrind, which
  // must report no invalid read, write or free (the dot heap corruption of Graphviz 2.43).
  let file = option("--file") ?? "Examples/korea-armistice/claims.yaml"
  let input: ClaimGraph
  do { input = try ClaimGraph(contentsOf: file) } catch { fail("\(error)") }
  let engines = option("--engine").map { [LayoutEngine(rawValue: $0)] } ?? LayoutEngine.all
  var renders = 0
  let start = ContinuousClock.now
  for edges in DOTEncoder.EdgeMode.allCases {
    for bits in 0..<16 {
      let projection = SignedProjection(input, rollingUp: bits & 8 != 0)
      var blocs: AllianceClusters?
      if bits & 2 != 0 {
        do { blocs = try AllianceClusters(of: projection) } catch { fail("\(error)") }
      }
      let encoder = DOTEncoder(
        options: .init(edges: edges, legend: bits & 4 != 0, claimLabels: bits & 1 != 0))
      let dot = blocs.map(encoder.encode) ?? encoder.encode(projection.graph)
      for engine in engines {
        do {
          _ = try GraphvizRenderer.render(dot, engine: engine, format: .svg)
        } catch {
          fail("\(engine) failed on drawing \(bits) \(edges): \(error)")
        }
        renders += 1
      }
    }
  }
  emit([
    "tool": "stancegraph-bench drawings", "file": file, "renders": renders,
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
  let dot: String
  if arguments.contains("--clusters") {
    // The blocs as `render --clusters` draws them: boxes (where the engine can) and colours.
    do {
      let blocs = try AllianceClusters(of: graph, options: .init(method: .fast))
      dot = DOTEncoder(style: style).encode(blocs)
    } catch {
      fail("\(error)")
    }
  } else {
    dot = DOTEncoder(style: style).encode(graph)
  }
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

if arguments.first == "extract" {
  let sentenceCount = option("--sentences").flatMap(Int.init) ?? 100_000
  let perDocument = option("--per-document").flatMap(Int.init) ?? 20
  let seed = option("--seed").flatMap(UInt64.init) ?? 42
  let repeats = max(1, option("--repeat").flatMap(Int.init) ?? 3)
  let threads = max(1, option("--threads").flatMap(Int.init) ?? 1)
  guard sentenceCount > 0, perDocument > 0 else { fail("extract needs N > 0 and K > 0") }
  var start = ContinuousClock.now
  var news = NewsText(seed: seed)
  var documents: [(name: String, text: String)] = []
  var remaining = sentenceCount
  while remaining > 0 {
    let count = min(perDocument, remaining)
    documents.append((name: "news-\(documents.count + 1)", text: news.document(count: count)))
    remaining -= count
  }
  let generateSeconds = seconds(since: start)
  let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
  start = .now
  let extractor: StanceExtractor
  do { extractor = try StanceExtractor() } catch { fail("\(error)") }
  let gazetteerSeconds = seconds(since: start)
  if let path = option("--corpus") {
    var lines = ""
    for document in documents {
      guard
        let data = try? JSONSerialization.data(
          withJSONObject: ["name": document.name, "text": document.text], options: [.sortedKeys])
      else { fail("cannot encode the corpus") }
      lines += String(decoding: data, as: UTF8.self) + "\n"
    }
    do { try Data(lines.utf8).write(to: URL(fileURLWithPath: path)) } catch { fail("\(error)") }
  }
  if let path = option("--gazetteer") {
    var lines = ""
    for entry in extractor.gazetteer.entries {
      let object: [String: Any] = [
        "id": entry.id, "name": entry.name, "kind": entry.kind.rawValue, "aliases": entry.aliases,
      ]
      guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      else { fail("cannot encode the gazetteer") }
      lines += String(decoding: data, as: UTF8.self) + "\n"
    }
    do { try Data(lines.utf8).write(to: URL(fileURLWithPath: path)) } catch { fail("\(error)") }
  }

  var best = Double.infinity
  var result: Extraction?
  for _ in 0..<repeats {
    result = nil  // the previous run's result is freed before the next one
    start = .now
    result = extractor.extract(documents)
    best = min(best, seconds(since: start))
  }
  guard let extraction = result else { fail("no extraction") }
  if let path = option("--notes") {
    var lines = ""
    for report in extraction.sentences {
      lines += "\(report.document):\(report.sentence.number): \(report.sentence.text)\n"
      for note in report.notes { lines += "  \(note)\n" }
    }
    do { try Data(lines.utf8).write(to: URL(fileURLWithPath: path)) } catch { fail("\(error)") }
  }
  var byRelation: [String: Int] = [:]
  for statement in extraction.statements {
    byRelation[statement.relation.rawValue, default: 0] += 1
  }
  let junk = extraction.sentences.filter { $0.sentence.junk != nil }.count
  start = .now
  let graph: ClaimGraph
  do { graph = try extraction.graph() } catch { fail("\(error)") }
  let graphSeconds = seconds(since: start)

  // The documents in T contiguous parts, each extracted on its own thread (documents are
  // independent but for people known by name, so the statements may differ slightly).
  var parallelSeconds: Double?
  if threads > 1 {
    let parts = (0..<threads).map { part in
      Array(
        documents[(part * documents.count / threads)..<((part + 1) * documents.count / threads)])
    }
    var bestParallel = Double.infinity
    for _ in 0..<repeats {
      start = .now
      DispatchQueue.concurrentPerform(iterations: threads) { part in
        _ = extractor.extract(parts[part]).statements.count
      }
      bestParallel = min(bestParallel, seconds(since: start))
    }
    parallelSeconds = bestParallel
  }

  var line: [String: Any] = [
    "tool": "stancegraph", "sentences": sentenceCount, "documents": documents.count,
    "sentences_split": extraction.sentences.count, "junk_skipped": junk, "bytes": bytes,
    "seed": seed, "repeats": repeats, "seconds": (best * 1e4).rounded() / 1e4,
    "sentences_per_second": (Double(sentenceCount) / best).rounded(),
    "mb_per_second": (Double(bytes) / 1e6 / best * 100).rounded() / 100,
    "statements": extraction.statements.count, "by_relation": byRelation,
    "graph_actors": graph.actorCount, "graph_statements": graph.statementCount,
    "graph_seconds": (graphSeconds * 1e4).rounded() / 1e4,
    "generate_seconds": (generateSeconds * 1e4).rounded() / 1e4,
    "gazetteer_seconds": (gazetteerSeconds * 1e4).rounded() / 1e4,
    "peak_mb": (peakResidentMegabytes() * 10).rounded() / 10,
  ]
  if let parallelSeconds {
    line["threads"] = threads
    line["parallel_seconds"] = (parallelSeconds * 1e4).rounded() / 1e4
    line["parallel_sentences_per_second"] = (Double(sentenceCount) / parallelSeconds).rounded()
  }
  emit(line)
  exit(0)
}

guard arguments.first == "load", arguments.count >= 2 else {
  fail(
    "usage: stancegraph-bench load FILE [--repeat K] | cluster FILE --blocs K [--seed S]"
      + " | render N [--engine E] [--file FILE] | drawings [--file FILE] | layout FILE --engine E [-Gname=value]"
      + " | extract [--sentences N] [--per-document K] [--seed S] [--repeat R] [--threads T]"
      + " [--corpus FILE] [--gazetteer FILE] [--notes FILE]")
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
