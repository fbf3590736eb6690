#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where output goes, and how. Every writer (the library's `write(to:)` methods and every CLI
/// command) goes through ``write(_:to:refusing:)``, so the rules are the same everywhere:
///
/// | target | how it is written |
/// |---|---|
/// | `-` | standard output, directly; a failed write is an error |
/// | a regular file, or a name that does not exist yet | atomically (below); refused when it is one of the command's inputs, whether by the same name, a symbolic link or a hard link (same device and inode) |
/// | anything else that exists (a character device such as `/dev/null`, `/dev/stdout`, a FIFO, a socket, a terminal), also through a symbolic link | opened and written directly: no temporary file, no rename |
///
/// Atomic writing: readers see the old content or the new, never a part: the bytes go to a
/// temporary file beside the target, are flushed to disk, and replace the target with one
/// `rename(2)`. On any failure the temporary file is removed and the target is untouched.
///
/// On Linux the temporary file is first created without a name (`O_TMPFILE`) and named only
/// once complete, just before the rename: a process killed while writing (even by `SIGKILL`)
/// leaves neither a damaged target nor a partial file behind. Where `O_TMPFILE` is not
/// available, a named temporary file (`.NAME.tmp-XXXXXX`) is used and removed on failure.
package enum AtomicFile {
  /// Writes `bytes` to `path`, or to standard output when `path` is `-`, by the rules above.
  ///
  /// - Parameter inputs: the files the output was made from (`-` for standard input is
  ///   ignored); a regular-file target that is one of them is refused.
  /// - Throws: ``StanceGraphError`` with code ``Diagnostic/Code/io`` and the system's reason.
  package static func write(_ bytes: [UInt8], to path: String, refusing inputs: [String] = [])
    throws(StanceGraphError)
  {
    if path == "-" {
      // Whatever the caller printed through stdio goes first.
      fflush(nil)
      try writeAll(bytes, to: STDOUT_FILENO, path: "<stdout>")
      return
    }
    var path = path
    var target = stat()
    if stat(path, &target) == 0 {
      if target.st_mode & S_IFMT != S_IFREG && target.st_mode & S_IFMT != S_IFDIR {
        try writeDirectly(bytes, to: path)
        return
      }
      for input in inputs where input != "-" {
        var source = stat()
        if stat(input, &source) == 0, source.st_dev == target.st_dev,
          source.st_ino == target.st_ino
        {
          throw StanceGraphError(
            Diagnostic(
              .io, "refusing to overwrite the input \"\(input)\"", file: path,
              suggestion: "write the output to another file"))
        }
      }
      // `/dev/stdout` or `/proc/self/fd/1` redirected to a regular file: that file is the
      // caller's descriptor, not a name to replace. Appended, after what the process wrote.
      if path.hasPrefix("/dev/") || path.hasPrefix("/proc/self/fd/") {
        try writeDirectly(bytes, to: path, appending: true)
        return
      }
    }
    // A symbolic link to a regular file stays a link: its target is replaced.
    var link = stat()
    if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK,
      target.st_mode & S_IFMT == S_IFREG, let resolved = realpath(path, nil)
    {
      path = String(cString: resolved)
      free(resolved)
    }
    let directory =
      path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    let folder = directory.isEmpty ? "/" : directory
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var status = stat()
    guard stat(folder, &status) == 0 else {
      throw StanceGraphError(
        Diagnostic(
          .io, "the folder \"\(directory)\" does not exist", file: path,
          suggestion: "create it first (mkdir -p \(directory)) or write elsewhere"))
    }
    #if os(Linux)
      if try writeUnnamed(bytes, to: path, folder: folder, name: name) { return }
    #endif
    try writeNamed(bytes, to: path, folder: folder, name: name)
  }

  /// Writes into a target that is not a regular file (a device, FIFO or socket), which a
  /// rename would replace instead of reaching. Opening a FIFO waits for its reader.
  private static func writeDirectly(_ bytes: [UInt8], to path: String, appending: Bool = false)
    throws(StanceGraphError)
  {
    var descriptor: Int32
    repeat {
      descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | (appending ? O_APPEND : 0))
    } while descriptor < 0
      && errno == EINTR
    guard descriptor >= 0 else { throw failure("cannot open for writing", path) }
    defer { close(descriptor) }
    try writeAll(bytes, to: descriptor, path: path)
  }

  #if os(Linux)
    /// `O_TMPFILE | O_DIRECTORY` on Linux (the C macro does not reach Swift).
    private static let temporaryFileFlag: Int32 = 0o2_0200000

    /// Writes through a file with no name until it is complete. Returns false when the file
    /// system cannot make unnamed files, so that the caller falls back to a named one.
    private static func writeUnnamed(
      _ bytes: [UInt8], to path: String, folder: String, name: String
    )
      throws(StanceGraphError) -> Bool
    {
      let descriptor = open(folder, temporaryFileFlag | O_WRONLY, 0o600)
      guard descriptor >= 0 else { return false }
      defer { close(descriptor) }
      try complete(descriptor, bytes, path)
      // Name it beside the target, then move it over the target in one step.
      for attempt in 0..<64 {
        let temporary = "\(folder)/.\(name).tmp-\(getpid())-\(attempt)"
        if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW)
          == 0
        {
          guard rename(temporary, path) == 0 else {
            let error = failure("cannot replace the file", path)
            unlink(temporary)
            throw error
          }
          syncFolder(folder)
          return true
        }
        if errno != EEXIST { return false }
      }
      return false
    }
  #endif

  /// Writes through a named temporary file that is removed on failure.
  private static func writeNamed(_ bytes: [UInt8], to path: String, folder: String, name: String)
    throws(StanceGraphError)
  {
    var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else { throw failure("cannot create a temporary file beside it", path) }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var renamed = false
    defer {
      if !renamed { unlink(temporary) }
    }
    do {
      defer { close(descriptor) }
      try complete(descriptor, bytes, path)
    }
    guard rename(temporary, path) == 0 else { throw failure("cannot replace the file", path) }
    renamed = true
    syncFolder(folder)
  }

  /// Writes the bytes, gives the file the target's permissions (0644 less the umask for a new
  /// file) and flushes it to disk.
  private static func complete(_ descriptor: Int32, _ bytes: [UInt8], _ path: String)
    throws(StanceGraphError)
  {
    try writeAll(bytes, to: descriptor, path: path)
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

  /// Makes a rename in `folder` durable.
  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY)
    if descriptor >= 0 {
      fsync(descriptor)
      close(descriptor)
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
