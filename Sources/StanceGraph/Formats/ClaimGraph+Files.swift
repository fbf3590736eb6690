import Foundation

extension ClaimGraph {
  /// Reads a graph from bytes in the given format.
  ///
  /// ```swift
  /// let csv = "source,relation,target\nUS,accuses,North Korea\n"
  /// let graph = try ClaimGraph(decoding: Array(csv.utf8), format: .csv)
  /// ```
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 text; a byte-order mark is skipped.
  ///   - format: how to read it.
  ///   - fileName: the name diagnostics report.
  ///   - limits: bounds on the input (see ``ReadLimits``).
  /// - Throws: ``StanceGraphError`` with every problem found (up to ``StanceGraphError/limit``).
  /// - Complexity: O(*n*) in the input's length.
  public init(
    decoding bytes: some Collection<UInt8>, format: GraphFormat, fileName: String? = nil,
    limits: ReadLimits = .standard
  ) throws(StanceGraphError) {
    let text = try SourceText(bytes, file: fileName, limits: limits)
    switch format {
    case .json: self = try ClaimGraph.decodeJSON(text)
    case .yaml: self = try ClaimGraph.decodeYAML(text)
    case .csv: self = try ClaimGraph.decodeEdgeList(text, delimiter: UInt8(ascii: ","))
    case .tsv: self = try ClaimGraph.decodeEdgeList(text, delimiter: 0x09)
    case .jsonl: self = try ClaimGraph.decodeJSONLines(text)
    }
  }

  /// Reads a graph from a file, or from standard input when `path` is `-`.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - format: the format; nil infers it from the extension (see
  ///     ``GraphFormat/init(fileName:)``), or for standard input from the content (see
  ///     ``GraphFormat/init(sniffing:)``).
  /// - Throws: ``StanceGraphError`` for an unreadable file, an unknown format or bad content.
  public init(
    contentsOf path: String, format: GraphFormat? = nil, limits: ReadLimits = .standard
  ) throws(StanceGraphError) {
    let name = path == "-" ? "<stdin>" : path
    if path == "-" && format == nil {
      // Standard input has no name to tell the format: look at the content.
      let bytes = try ClaimGraph.readBytes(path, limit: limits.maxInputBytes)
      try self.init(
        decoding: bytes, format: GraphFormat(sniffing: bytes), fileName: name, limits: limits)
      return
    }
    guard let format = format ?? GraphFormat(fileName: path) else {
      throw StanceGraphError(ClaimGraph.unknownFormat(for: path))
    }
    let bytes = try ClaimGraph.readBytes(path, limit: limits.maxInputBytes)
    try self.init(decoding: bytes, format: format, fileName: name, limits: limits)
  }

  /// The graph in the given format. JSON, YAML and JSON Lines keep everything; CSV and TSV keep
  /// the statements only (see ``GraphFormat/isLossless``). Output is deterministic.
  ///
  /// - Complexity: O(*a* + *c* + *s*).
  public func encoded(as format: GraphFormat) -> [UInt8] {
    switch format {
    case .json: encodeJSON()
    case .yaml: encodeYAML()
    case .csv: encodeEdgeList(delimiter: UInt8(ascii: ","))
    case .tsv: encodeEdgeList(delimiter: 0x09)
    case .jsonl: encodeJSONLines()
    }
  }

  /// Writes the graph to `path` atomically (see ``AtomicFile``), or to standard output when
  /// `path` is `-`.
  ///
  /// - Parameters:
  ///   - path: the file to write, or `-`.
  ///   - format: nil infers it from the extension.
  public func write(to path: String, format: GraphFormat? = nil) throws(StanceGraphError) {
    guard let format = format ?? GraphFormat(fileName: path) else {
      throw StanceGraphError(ClaimGraph.unknownFormat(for: path))
    }
    try AtomicFile.write(encoded(as: format), to: path)
  }

  static func unknownFormat(for path: String) -> Diagnostic {
    Diagnostic(
      .unknownFormat, "cannot tell the format of \"\(path)\" from its name",
      file: path == "-" ? nil : path,
      expected: "a name ending in .json, .yaml, .yml, .csv, .tsv or .jsonl",
      suggestion: "rename the file, or name its format (json, yaml, csv, tsv or jsonl)")
  }

  /// The bytes of a file, or of standard input for `-`; fails before reading more than `limit`
  /// bytes.
  static func readBytes(_ path: String, limit: Int = ReadLimits.standard.maxInputBytes)
    throws(StanceGraphError) -> [UInt8]
  {
    let tooLarge = { (size: Int) in
      StanceGraphError(
        ReadLimits.exceeded(
          "the input (\(ReadLimits.describe(size)) bytes or more)", limit: limit,
          name: .inputBytes, file: path == "-" ? "<stdin>" : path))
    }
    if path == "-" {
      var bytes: [UInt8] = []
      while true {
        let chunk = FileHandle.standardInput.readData(ofLength: 1 << 20)
        if chunk.isEmpty { return bytes }
        bytes += chunk
        if bytes.count > limit { throw tooLarge(bytes.count) }
      }
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > limit
    {
      throw tooLarge(size)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw StanceGraphError(
        Diagnostic(.io, "no such file", file: path, suggestion: "check the path"))
    }
    if isDirectory.boolValue {
      throw StanceGraphError(Diagnostic(.io, "is a directory, not a file", file: path))
    }
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
    } catch {
      throw StanceGraphError(
        Diagnostic(.io, "cannot read: \(error.localizedDescription)", file: path))
    }
  }
}

extension ClaimGraph {
  /// The UTF-8 text of a file, or of standard input for `-`, checked as the readers check
  /// theirs: at most `limit` bytes, valid UTF-8 (the position of the first bad byte is
  /// reported), a byte-order mark skipped. For inputs that are not claims files: articles
  /// for the extractor, gold files for its evaluation.
  ///
  /// - Throws: ``StanceGraphError`` for an unreadable, too large, empty or non-UTF-8 file.
  public static func readText(_ path: String, limit: Int = ReadLimits.standard.maxInputBytes)
    throws(StanceGraphError) -> String
  {
    let bytes = try readBytes(path, limit: limit)
    var limits = ReadLimits.standard
    limits.maxInputBytes = limit
    let text = try SourceText(bytes, file: path == "-" ? "<stdin>" : path, limits: limits)
    return String(decoding: text.bytes, as: UTF8.self)
  }
}
