extension GraphFormat {
  /// The format the content looks like, for input without a name (standard input).
  ///
  /// JSON starts with `{` or `[` and is one value; JSON Lines is several lines that each start
  /// with `{`; an edge list's first line names `source`, `relation` and `target` separated by
  /// commas (CSV) or tabs (TSV); anything else is read as YAML, whose errors then say what
  /// was expected.
  ///
  /// - Complexity: O(*n*) in the length of the first lines.
  public init(sniffing bytes: some Collection<UInt8>) {
    var lines: [[UInt8]] = []
    var line: [UInt8] = []
    for byte in bytes {
      if byte == 0x0A {
        let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        if !trimmed.isEmpty { lines.append(Array(trimmed)) }
        line = []
        if lines.count == 2 { break }
      } else {
        line.append(byte)
      }
    }
    let rest = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    if lines.count < 2 && !rest.isEmpty { lines.append(Array(rest)) }
    var first = lines.first ?? []
    if first.starts(with: [0xEF, 0xBB, 0xBF]) { first.removeFirst(3) }
    if first.first == UInt8(ascii: "[") {
      self = .json
    } else if first.first == UInt8(ascii: "{") {
      let secondIsObject = lines.count > 1 && lines[1].first == UInt8(ascii: "{")
      let firstCloses = first.last == UInt8(ascii: "}")
      self = secondIsObject && firstCloses ? .jsonl : .json
    } else {
      let header = String(decoding: first, as: UTF8.self).lowercased()
      let names = ["source", "relation", "target"]
      if header.contains("\t"), names.allSatisfy(header.contains) {
        self = .tsv
      } else if header.contains(","), names.allSatisfy(header.contains), !header.contains(": ") {
        self = .csv
      } else {
        self = .yaml
      }
    }
  }
}
