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
      // Standard input has no name to tell the format: look at the content. Content that
      // looks like YAML stops at the YAML limit.
      let bytes = try ClaimGraph.readBytes(
        path, limit: limits.maxInputBytes,
        sniffedYAMLLimit: limits.maxYAMLBytes < limits.maxInputBytes ? limits.maxYAMLBytes : nil)
      try self.init(
        decoding: bytes, format: GraphFormat(sniffing: bytes), fileName: name, limits: limits)
      return
    }
    guard let format = format ?? GraphFormat(fileName: path) else {
      throw StanceGraphError(ClaimGraph.unknownFormat(for: path))
    }
    let bytes = try ClaimGraph.readBytes(path, format: format, limits: limits)
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

  /// Writes the graph to `path`: a regular file atomically, standard output for `-`, and
  /// anything else that exists (`/dev/null`, `/dev/stdout`, a FIFO) directly, with no
  /// temporary file and no rename (see `docs/limits.md`, "Output targets").
  ///
  /// - Parameters:
  ///   - path: the file to write, or `-`.
  ///   - format: nil infers it from the extension.
  ///   - inputs: files the graph was read from; writing over one of them (by name, symbolic
  ///     link or hard link) is refused.
  public func write(to path: String, format: GraphFormat? = nil, refusing inputs: [String] = [])
    throws(StanceGraphError)
  {
    guard let format = format ?? GraphFormat(fileName: path) else {
      throw StanceGraphError(ClaimGraph.unknownFormat(for: path))
    }
    try AtomicFile.write(encoded(as: format), to: path, refusing: inputs)
  }

  static func unknownFormat(for path: String) -> Diagnostic {
    Diagnostic(
      .unknownFormat, "cannot tell the format of \"\(path)\" from its name",
      file: path == "-" ? nil : path,
      expected: "a name ending in .json, .yaml, .yml, .csv, .tsv or .jsonl",
      suggestion: "rename the file, or name its format (json, yaml, csv, tsv or jsonl)")
  }

  /// The bytes of a file in `format`, read under that format's bounds: YAML is refused from
  /// the file's size before reading when over ``ReadLimits/maxYAMLBytes``, and for the
  /// line-based formats (CSV, TSV, JSON Lines) a line over ``ReadLimits/maxLineBytes`` stops
  /// the reading there.
  static func readBytes(_ path: String, format: GraphFormat, limits: ReadLimits)
    throws(StanceGraphError) -> [UInt8]
  {
    switch format {
    case .yaml where limits.maxYAMLBytes < limits.maxInputBytes:
      return try readBytes(path, limit: limits.maxYAMLBytes, limitName: .yamlBytes)
    case .csv, .tsv, .jsonl:
      return try readBytes(path, limit: limits.maxInputBytes, lineLimit: limits.maxLineBytes)
    default:
      return try readBytes(path, limit: limits.maxInputBytes)
    }
  }

  /// The bytes of a file, or of standard input for `-`, never more than `limit`: a regular
  /// file is refused from its size before reading, and every input (pipes, FIFOs, devices,
  /// `/proc` files that report a size of 0, process substitution) is read as a stream that
  /// stops once more than `limit` bytes have been read. With `lineLimit`, a line longer than
  /// that stops the reading too. With `sniffedYAMLLimit`, input whose format is told from its
  /// content (see ``GraphFormat/init(sniffing:)``) stops there when it looks like YAML.
  ///
  /// - Complexity: O(*n*) in the bytes read.
  static func readBytes(
    _ path: String, limit: Int = ReadLimits.standard.maxInputBytes,
    limitName: ReadLimits.Name = .inputBytes, lineLimit: Int? = nil,
    sniffedYAMLLimit: Int? = nil
  ) throws(StanceGraphError) -> [UInt8] {
    let file = path == "-" ? "<stdin>" : path
    let tooLarge = { (size: Int) in
      StanceGraphError(
        ReadLimits.exceeded(
          "the input (\(ReadLimits.describeBytes(size)) or more)", limit: limit,
          name: limitName, file: file))
    }
    let descriptor: Int32
    if path == "-" {
      descriptor = STDIN_FILENO
    } else {
      var opened: Int32
      repeat {
        opened = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
      } while opened < 0
        && errno == EINTR
      guard opened >= 0 else {
        let code = errno
        if code == ENOENT {
          throw StanceGraphError(
            Diagnostic(.io, "no such file", file: path, suggestion: "check the path"))
        }
        throw StanceGraphError(
          Diagnostic(.io, "cannot read: \(String(cString: strerror(code)))", file: path))
      }
      descriptor = opened
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var status = stat()
    var capacity = 1 << 16
    if fstat(descriptor, &status) == 0 {
      if status.st_mode & S_IFMT == S_IFDIR {
        throw StanceGraphError(Diagnostic(.io, "is a directory, not a file", file: path))
      }
      if status.st_mode & S_IFMT == S_IFREG {
        // The size a file claims bounds nothing (/proc files say 0): it only refuses early.
        if Int(status.st_size) > limit { throw tooLarge(Int(status.st_size)) }
        capacity = max(capacity, Int(status.st_size) + 1)
      }
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(capacity, limit + 1))
    var lineNumber = 1
    var lineLength = 0
    let chunkSize = 1 << 20
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let wanted = min(chunkSize, limit + 1 - bytes.count)
      let count = chunk.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress, wanted)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw StanceGraphError(
          Diagnostic(.io, "cannot read: \(String(cString: strerror(errno)))", file: file))
      }
      if count == 0 { return bytes }
      if let lineLimit {
        for index in 0..<count {
          if chunk[index] == 0x0A {
            lineNumber += 1
            lineLength = 0
          } else {
            lineLength += 1
            if lineLength > lineLimit {
              var diagnostic = ReadLimits.exceeded(
                "line \(lineNumber) (\(ReadLimits.describeBytes(lineLength)) or more)",
                limit: lineLimit, name: .lineBytes, file: file)
              diagnostic.line = lineNumber
              throw StanceGraphError(diagnostic)
            }
          }
        }
      }
      let before = bytes.count
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit { throw tooLarge(bytes.count) }
      if let yamlLimit = sniffedYAMLLimit, before <= yamlLimit, bytes.count > yamlLimit,
        GraphFormat(sniffing: bytes) == .yaml
      {
        throw StanceGraphError(
          ReadLimits.exceeded(
            "the YAML (\(ReadLimits.describeBytes(bytes.count)) or more)", limit: yamlLimit,
            name: .yamlBytes, file: file, advice: "or convert it to JSON or CSV, which read faster")
        )
      }
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
