// The only file that imports CGraphviz: every call into libgvc/libcgraph happens here, under
// one process-wide lock.
import CGraphviz
import Dispatch
import Foundation
import StanceGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lays out and renders DOT text in memory through libgvc: no subprocess, no temporary files.
///
/// Graphviz is not thread-safe, not even with one context per thread (crashes were reproduced
/// both ways on libgvc 2.43), so every call, parsing and freeing included, runs under one
/// process-wide lock; renders from many tasks are safe and simply take turns. One Graphviz
/// context lives for the whole process (`gvContext()` leaks about 3.6 KB per call). Graphviz's
/// messages never reach stderr: errors become ``GraphvizError`` with Graphviz's own text, and
/// warnings come back in ``Rendering/warnings``.
///
/// ```swift
/// let svg = try GraphvizRenderer.render(dot, engine: .dot, format: .svg).bytes
/// ```
public enum GraphvizRenderer {
  /// Lays out `dot` with `engine` and renders it as `format`.
  ///
  /// - Parameter allowingSlowLayout: lay out even a graph larger than the engine's
  ///   ``LayoutEngine/refusalLimit`` (nodes plus edges), which can take many minutes or exhaust
  ///   memory; otherwise such a request is refused with ``GraphvizError/Code/tooLargeForEngine``,
  ///   naming an engine that would work.
  /// - Parameter capturingStandardError: also capture what Graphviz's libraries write to stderr
  ///   directly (cairo, libpathplan, Pango), by pointing file descriptor 2 at a temporary file
  ///   while Graphviz runs. It catches every thread's stderr meanwhile, so it is for programs
  ///   that own their stderr, such as the CLI; off by default.
  /// - Throws: ``GraphvizError`` for a syntax error, an unknown engine or format, a refused
  ///   slow layout, or a layout or rendering failure, with Graphviz's message.
  /// - Complexity: that of the engine; `dot` grows fast with size (see `docs/rendering.md`).
  public static func render(
    _ dot: String, engine: LayoutEngine = .automatic, format: RenderFormat,
    allowingSlowLayout: Bool = false, capturingStandardError: Bool = false
  ) throws(GraphvizError) -> Rendering {
    try session { () throws(GraphvizError) -> Rendering in
      // Names checked first: a clear error, and no layout wasted on a format that cannot be written.
      let engines = plugins("layout")
      guard engine == .automatic || engines.contains(engine.rawValue) else {
        throw GraphvizError(
          .unknownEngine,
          "\"\(engine.rawValue)\" is not a Graphviz layout engine here; use one of "
            + engines.sorted().joined(separator: ", "))
      }
      let formats = plugins("device").union(plugins("render"))
      guard formats.contains(format.rawValue) else {
        throw GraphvizError(
          .unknownFormat,
          "\"\(format.rawValue)\" is not a Graphviz output format here; use one of "
            + formats.sorted().joined(separator: ", "))
      }
      messages = ""
      let graph = try parseLocked(dot)
      defer { agclose(graph) }
      let size = Int(agnnodes(graph)) + Int(agnedges(graph))
      let clustered = hasCluster(graph)
      let engine =
        engine == .automatic
        ? LayoutEngine.forSize(
          nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)), hasClusters: clustered)
        : engine
      if !allowingSlowLayout, let limit = engine.refusalLimit, size > limit {
        throw GraphvizError(
          refusing: .init(engine: engine, size: size, limit: limit, alternative: .sfdp))
      }
      if engine == .dot && clustered { moveEdgeLabelsToExternalLabels(graph) }
      let capture = capturingStandardError
      let laidOut = capturing(capture) { gvLayout(context(), graph, engine.rawValue) == 0 }
      guard laidOut else {
        throw GraphvizError(.layout, takeMessages(default: "layout with \(engine.rawValue) failed"))
      }
      defer { gvFreeLayout(context(), graph) }
      var data: UnsafeMutablePointer<CChar>?
      var length: UInt32 = 0
      let rendered = capturing(capture) {
        gvRenderData(context(), graph, format.rawValue, &data, &length) == 0
      }
      guard rendered, let data else {
        throw GraphvizError(
          .render, takeMessages(default: "rendering \(format.rawValue) failed"))
      }
      defer { gvFreeRenderData(data) }
      // Graphviz "succeeds" with nothing at all for some drawings (very long labels in PNG).
      guard length > 0 else {
        throw GraphvizError(
          .render, takeMessages(default: "Graphviz produced an empty \(format.rawValue)"))
      }
      let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
      return Rendering(bytes: Array(bytes), engine: engine, warnings: takeWarnings())
    }
  }

  /// Renders off the cooperative thread pool: the work runs on a serial dispatch queue and
  /// resumes the caller when done, so long layouts do not starve other tasks.
  public static func render(
    _ dot: String, engine: LayoutEngine = .automatic, format: RenderFormat,
    allowingSlowLayout: Bool = false, capturingStandardError: Bool = false
  ) async throws(GraphvizError) -> Rendering {
    let result: Result<Rendering, GraphvizError> = await withCheckedContinuation { continuation in
      queue.async {
        do throws(GraphvizError) {
          continuation.resume(
            returning: .success(
              try render(
                dot, engine: engine, format: format, allowingSlowLayout: allowingSlowLayout,
                capturingStandardError: capturingStandardError)))
        } catch {
          continuation.resume(returning: .failure(error))
        }
      }
    }
    return try result.get()
  }

  /// Parses DOT with cgraph and reports what it holds: for checking DOT that StanceGraph wrote.
  ///
  /// - Throws: ``GraphvizError`` with code ``GraphvizError/Code/syntax`` and Graphviz's message.
  public static func parse(_ dot: String) throws(GraphvizError) -> ParsedGraph {
    try session { () throws(GraphvizError) -> ParsedGraph in
      let graph = try parseLocked(dot)
      defer { agclose(graph) }
      var nodes: [ParsedGraph.Node] = []
      var node = agfstnode(graph)
      while let current = node {
        nodes.append(
          ParsedGraph.Node(
            name: agnameof(current).map { String(cString: $0) } ?? "",
            label: attribute(UnsafeMutableRawPointer(current), "label"),
            tooltip: attribute(UnsafeMutableRawPointer(current), "tooltip")))
        node = agnxtnode(graph, current)
      }
      var subgraphs: [String] = []
      var subgraph = agfstsubg(graph)
      while let current = subgraph {
        subgraphs.append(agnameof(current).map { String(cString: $0) } ?? "")
        subgraph = agnxtsubg(current)
      }
      return ParsedGraph(
        nodes: nodes, edgeCount: Int(agnedges(graph)), subgraphs: subgraphs,
        warnings: takeWarnings())
    }
  }

  // MARK: - Everything below runs under `lock`.

  /// A pthread mutex (through NSLock), which ThreadSanitizer understands; a futex-based lock
  /// would make it report false races on the state below.
  private static let lock = NSLock()
  /// A serial queue for the asynchronous API; the lock still guards each call.
  private static let queue = DispatchQueue(label: "stancegraph.graphviz")

  /// The process's Graphviz context. Guarded by `lock`.
  nonisolated(unsafe) private static var sharedContext: OpaquePointer?
  /// What Graphviz reported since the last reset. Guarded by `lock`; the error callback runs
  /// only inside Graphviz calls made under it.
  nonisolated(unsafe) private static var messages = ""

  private static func session<T>(_ body: () throws(GraphvizError) -> T) throws(GraphvizError) -> T {
    lock.lock()
    defer { lock.unlock() }
    _ = context()
    agreseterrors()
    messages = ""
    return try body()
  }

  private static func context() -> OpaquePointer? {
    if let sharedContext { return sharedContext }
    // Route every message to the buffer instead of stderr.
    agseterrf { text in
      if let text { GraphvizRenderer.messages += String(cString: text) }
      return 0
    }
    agseterr(AGWARN)
    sharedContext = gvContext()
    return sharedContext
  }

  private static func parseLocked(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<
    Agraph_t
  > {
    guard let graph = agmemread(dot) else {
      // Nothing may be left in cgraph's input buffer for the next caller.
      while let extra = agmemread("") { agclose(extra) }
      throw GraphvizError(.syntax, takeMessages(default: "no graph in input"))
    }
    // cgraph keeps unread input: drain it, or the next parse returns this input's next graph.
    while let extra = agmemread("") { agclose(extra) }
    return graph
  }

  /// Whether `graph` has a cluster subgraph (named `cluster…`) at any depth.
  private static func hasCluster(_ graph: UnsafeMutablePointer<Agraph_t>) -> Bool {
    var subgraph = agfstsubg(graph)
    while let current = subgraph {
      if let name = agnameof(current), strncmp(name, "cluster", 7) == 0 { return true }
      if hasCluster(current) { return true }
      subgraph = agnxtsubg(current)
    }
    return false
  }

  /// Graphviz 2.43's `dot` corrupts the heap when a graph with clusters has a labelled edge
  /// between two nodes of one rank: `flat_edges` reallocates the rank arrays the clusters still
  /// point into, and `gvFreeLayout` frees the old block again ("double free",
  /// "malloc_consolidate(): invalid chunk size"; reproduced with the bundled example and 40 of 60
  /// random clustered graphs under AddressSanitizer). External labels (`xlabel`) are placed after
  /// the layout and never enter that code, so before a `dot` layout of a clustered graph every
  /// edge `label` becomes the edge's `xlabel` (unless it has one). HTML-like labels stay HTML.
  ///
  /// - Complexity: O(*e*) for *e* edges.
  private static func moveEdgeLabelsToExternalLabels(_ graph: UnsafeMutablePointer<Agraph_t>) {
    var labelName = Array("label".utf8CString)
    var externalName = Array("xlabel".utf8CString)
    var empty = Array("".utf8CString)
    guard let label = agattr(graph, Int32(AGEDGE), &labelName, nil) else { return }
    let external =
      agattr(graph, Int32(AGEDGE), &externalName, nil)
      ?? agattr(graph, Int32(AGEDGE), &externalName, &empty)
    guard let external else { return }
    var node = agfstnode(graph)
    while let tail = node {
      var edge = agfstout(graph, tail)
      while let current = edge {
        let object = UnsafeMutableRawPointer(current)
        if let text = agxget(object, label), text.pointee != 0,
          agxget(object, external).map({ $0.pointee == 0 }) ?? true
        {
          // cgraph's strings are shared and reference-counted (an HTML-like one keeps its HTML
          // mark): the external label takes a reference before the label lets go of its own.
          agxset(object, external, text)
          agxset(object, label, &empty)
        }
        edge = agnxtout(graph, current)
      }
      node = agnxtnode(graph, tail)
    }
  }

  /// Runs `body` with file descriptor 2 pointing at an unnamed temporary file, and adds what was
  /// written there to the captured messages. Some of Graphviz's libraries write to stderr
  /// directly, past `agseterrf`: libpathplan ("libpath/shortest.c:324: triangulation failed"),
  /// the cairo plugin ("(null): graph is too large for cairo-renderer bitmaps") and Pango through
  /// GLib ("Pango-CRITICAL"). While it runs, anything else the process writes to stderr is
  /// captured too; when stderr cannot be duplicated (closed), `body` runs as it is.
  private static func capturing<T>(_ isOn: Bool, _ body: () -> T) -> T {
    guard isOn else { return body() }
    fflush(nil)
    let saved = dup(STDERR_FILENO)
    guard saved >= 0 else { return body() }
    defer { close(saved) }
    guard let file = tmpfile() else { return body() }
    defer { fclose(file) }
    guard dup2(fileno(file), STDERR_FILENO) >= 0 else { return body() }
    let result = body()
    fflush(nil)
    dup2(saved, STDERR_FILENO)
    rewind(file)
    var captured: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      captured += buffer[0..<count]
    }
    if !captured.isEmpty {
      var text = String(decoding: captured, as: UTF8.self)
      if !text.hasSuffix("\n") { text += "\n" }
      messages += text
    }
    return result
  }

  /// Plugin names by kind, asked of Graphviz once: `gvPluginList` leaks the duplicates it skips
  /// (libgvc 2.43), so it is not called on every render. Guarded by `lock`.
  nonisolated(unsafe) private static var pluginCache: [String: Set<String>] = [:]

  /// The names of the installed plugins of one kind (`layout`, `device`, `render`).
  private static func plugins(_ kind: String) -> Set<String> {
    if let cached = pluginCache[kind] { return cached }
    let names = listPlugins(kind)
    pluginCache[kind] = names
    return names
  }

  private static func listPlugins(_ kind: String) -> Set<String> {
    var count: Int32 = 0
    guard let list = gvPluginList(context(), kind, &count, nil) else { return [] }
    defer {
      for index in 0..<Int(count) { free(list[index]) }
      free(list)
    }
    return Set(
      (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }.map {
        String($0.split(separator: ":").first ?? "")
      })
  }

  private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
    var key = Array(name.utf8CString)
    return key.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let value = agget(object, buffer.baseAddress), value.pointee != 0 else { return nil }
      return String(cString: value)
    }
  }

  /// The messages so far as one line each, emptying the buffer; `fallback` when there were none.
  private static func takeMessages(default fallback: String) -> String {
    let lines = messageLines()
    return lines.isEmpty ? fallback : lines.joined(separator: "; ")
  }

  private static func takeWarnings() -> [String] { messageLines() }

  private static func messageLines() -> [String] {
    let lines = messages.split(whereSeparator: \.isNewline).map {
      // The cairo plugin names the graph it has no name for "(null)".
      var line = $0.trimmingCharacters(in: " ")
      if line.hasPrefix("(null): ") { line.removeFirst("(null): ".count) }
      return line
    }.filter { !$0.isEmpty }
    messages = ""
    return lines
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var text = self
    while text.first == set { text.removeFirst() }
    while text.last == set { text.removeLast() }
    return String(text)
  }
}
