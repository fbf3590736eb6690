#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see the old content or the new, never a part: the bytes go to a
/// temporary file beside the target, are flushed to disk, and replace the target with one
/// `rename(2)`. On any failure the temporary file is removed and the target is untouched.
public enum AtomicFile {
  /// Writes `bytes` to `path`, or to standard output when `path` is `-`.
  ///
  /// - Throws: ``StanceGraphError`` with code ``Diagnostic/Code/io`` and the system's reason.
  public static func write(_ bytes: [UInt8], to path: String) throws(StanceGraphError) {
    if path == "-" {
      try writeAll(bytes, to: STDOUT_FILENO, path: "<stdout>")
      return
    }
    let directory =
      path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).tmp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else {
      var status = stat()
      if stat(directory.isEmpty ? "/" : directory, &status) != 0 {
        throw StanceGraphError(
          Diagnostic(
            .io, "the folder \"\(directory)\" does not exist", file: path,
            suggestion: "create it first (mkdir -p \(directory)) or write elsewhere"))
      }
      throw failure("cannot create a temporary file beside it", path)
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var renamed = false
    defer {
      if !renamed { unlink(temporary) }
    }
    do {
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor, path: path)
      // Keep an existing file's permissions; new files get 0644 less the umask.
      var status = stat()
      if stat(path, &status) == 0 {
        fchmod(descriptor, status.st_mode & 0o7777)
      } else {
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o644 & ~mask)
      }
      guard fsync(descriptor) == 0 else { throw failure("cannot flush the file to disk", path) }
    }
    guard rename(temporary, path) == 0 else { throw failure("cannot replace the file", path) }
    renamed = true
    // Make the rename itself durable.
    let folder = open(directory.isEmpty ? "/" : directory, O_RDONLY)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String)
    throws(StanceGraphError)
  {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw failure("cannot write", path)
      }
      written += result
    }
  }

  private static func failure(_ what: String, _ path: String) -> StanceGraphError {
    let reason = String(cString: strerror(errno))
    return StanceGraphError(Diagnostic(.io, "\(what): \(reason)", file: path))
  }
}

/// `write(2)`, named apart from ``AtomicFile/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
