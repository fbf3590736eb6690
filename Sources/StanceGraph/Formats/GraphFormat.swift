/// The file formats StanceGraph reads and writes. See `docs/formats.md`.
public enum GraphFormat: String, CaseIterable, Sendable {
  /// The canonical format: an object with `metadata`, `actors`, `claims` and `statements`.
  case json
  /// The same schema as JSON, in YAML.
  case yaml
  /// An edge list: a header naming `source,relation,target` and optional columns.
  case csv
  /// The CSV edge list with tabs between fields.
  case tsv
  /// JSON Lines: one statement (or `{"actor": …}`, `{"claim": …}`) object per line.
  case jsonl

  /// The format a file name's extension implies, or nil.
  ///
  /// `.json`, `.yaml`/`.yml`, `.csv`, `.tsv`/`.tab`, `.jsonl`/`.ndjson`, ignoring case.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "json": self = .json
    case "yaml", "yml": self = .yaml
    case "csv": self = .csv
    case "tsv", "tab": self = .tsv
    case "jsonl", "ndjson": self = .jsonl
    default: return nil
    }
  }

  /// Whether the format keeps everything a ``ClaimGraph`` holds (CSV and TSV lose actor
  /// details, claim ids and metadata).
  public var isLossless: Bool { self == .json || self == .yaml || self == .jsonl }
}
