import Foundation
import StanceGraph

/// Reads the output of a scale-out job, a directory of part files (Spark's `part-00000-….csv`)
/// or a list of files, as one edge list: every file must have the same header, which is kept
/// once. Files whose names start with `.` or `_` (`_SUCCESS`, `.crc`) are skipped.
public enum PartFiles {
  /// The graph of every part file under `paths`, read as TSV (or CSV when the first header
  /// holds a comma and no tab).
  ///
  /// - Throws: ``StanceGraphError`` for an unreadable file, headers that differ, or bad rows.
  /// - Complexity: O(*n*) in the files' total length.
  public static func graph(from paths: [String]) throws(StanceGraphError) -> ClaimGraph {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw StanceGraphError(Diagnostic(.io, "no such file", file: path))
      }
      if isDirectory.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        files += names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted().map {
          (path as NSString).appendingPathComponent($0)
        }
      } else {
        files.append(path)
      }
    }
    guard !files.isEmpty else {
      throw StanceGraphError(Diagnostic(.emptyInput, "no part files", file: paths.first))
    }
    var bytes: [UInt8] = []
    var header: [UInt8]?
    for file in files {
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: file))
      } catch {
        throw StanceGraphError(
          Diagnostic(.io, "cannot read: \(error.localizedDescription)", file: file))
      }
      var content = [UInt8](data)
      if content.isEmpty { continue }
      let newline = content.firstIndex(of: 0x0A) ?? content.count
      let first = Array(content[..<newline])
      if let header {
        guard first == header else {
          throw StanceGraphError(
            Diagnostic(
              .syntax, "the header differs from the first part file's", file: file, line: 1,
              expected: String(decoding: header, as: UTF8.self)))
        }
        content.removeFirst(min(newline + 1, content.count))
      } else {
        header = first
      }
      bytes += content
      if bytes.last != 0x0A { bytes.append(0x0A) }
    }
    let isCSV = header.map { !$0.contains(0x09) && $0.contains(UInt8(ascii: ",")) } ?? false
    return try ClaimGraph(
      decoding: bytes, format: isCSV ? .csv : .tsv, fileName: paths.joined(separator: " "))
  }
}
