// The StanceGraph benchmark executable, run by `make bench` (never by the tests).
//
//   stancegraph-bench load FILE [--repeat K]
//
// Loads FILE (format from its extension) K times in this process and prints one JSON line with
// the fastest wall time and the process's peak resident memory, the same fields as
// Benchmarks/python/load_networkx.py prints for the Python baseline.
import Foundation
import StanceGraph

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
guard arguments.first == "load", arguments.count >= 2 else {
  fail("usage: stancegraph-bench load FILE [--repeat K]")
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
let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
