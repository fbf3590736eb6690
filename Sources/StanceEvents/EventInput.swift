import CZlib
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of one input, read in chunks: a file, standard input (`-`), a gzip file (one or
/// more members) or the first entry of a .zip archive, recognised by their first bytes, not
/// their names. The only file that imports CZlib.
///
/// Memory stays constant: one read buffer, one inflate window and the line being split.
final class EventInput {
  let name: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool
  /// Compressed bytes read ahead of the inflater.
  private var raw: [UInt8]
  private var rawStart = 0
  private var rawEnd = 0
  private var rawAtEnd = false
  private var stream = z_stream()
  private var inflating = false
  private var streamEnded = false
  /// Whether the input is a zip entry (one stream, nothing after it is text).
  private var isZip = false
  /// Which container the input was in, for the report.
  private(set) var container = "plain"

  private static let chunk = 1 << 20

  /// Opens `path`, or standard input for `-`.
  init(path: String) throws(EventDataError) {
    name = path == "-" ? "<stdin>" : path
    if path == "-" {
      descriptor = STDIN_FILENO
      ownsDescriptor = false
    } else {
      descriptor = open(path, O_RDONLY)
      guard descriptor >= 0 else {
        let reason = String(cString: strerror(errno))
        throw EventDataError(.io, "cannot open: \(reason)", file: path)
      }
      ownsDescriptor = true
    }
    raw = [UInt8](repeating: 0, count: EventInput.chunk)
    try fillRaw()
    try detectContainer()
  }

  deinit {
    if inflating { inflateEnd(&stream) }
    if ownsDescriptor { close(descriptor) }
  }

  /// Reads more raw bytes after those not yet consumed.
  private func fillRaw() throws(EventDataError) {
    if rawStart > 0 {
      let kept = rawEnd - rawStart
      raw.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        memmove(base, base + rawStart, kept)
      }
      rawStart = 0
      rawEnd = kept
    }
    while rawEnd < raw.count && !rawAtEnd {
      let count = raw.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return read(descriptor, base + rawEnd, buffer.count - rawEnd)
      }
      if count < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw EventDataError(.io, "cannot read: \(reason)", file: name)
      }
      if count == 0 { rawAtEnd = true }
      rawEnd += count
      // One read per call is enough once something arrived.
      if count > 0 { break }
    }
  }

  private func rawByte(_ offset: Int) -> UInt8? {
    rawStart + offset < rawEnd ? raw[rawStart + offset] : nil
  }

  private func littleEndian(_ offset: Int, _ width: Int) -> Int {
    var value = 0
    for index in (0..<width).reversed() { value = value << 8 | Int(rawByte(offset + index) ?? 0) }
    return value
  }

  private func detectContainer() throws(EventDataError) {
    while rawEnd - rawStart < 30 && !rawAtEnd { try fillRaw() }
    if rawByte(0) == 0x1F && rawByte(1) == 0x8B {
      container = "gzip"
      try startInflating(windowBits: 15 + 16)
    } else if rawByte(0) == 0x50 && rawByte(1) == 0x4B && rawByte(2) == 0x03
      && rawByte(3) == 0x04
    {
      container = "zip"
      isZip = true
      let method = littleEndian(8, 2)
      let storedSize = littleEndian(18, 4)
      let headerLength = 30 + littleEndian(26, 2) + littleEndian(28, 2)
      while rawEnd - rawStart < headerLength && !rawAtEnd { try fillRaw() }
      guard rawEnd - rawStart >= headerLength else {
        throw EventDataError(.compression, "the zip archive is truncated", file: name)
      }
      rawStart += headerLength
      switch method {
      case 8: try startInflating(windowBits: -15)
      case 0:
        // A stored entry: its bytes follow as they are; the size says where they end.
        storedRemaining = storedSize
      default:
        throw EventDataError(
          .compression, "zip compression method \(method) is not supported (only deflate)",
          file: name)
      }
    }
  }

  /// Bytes left in a stored (uncompressed) zip entry.
  private var storedRemaining: Int?

  private func startInflating(windowBits: Int32) throws(EventDataError) {
    let status = stancegraph_inflateInit2(&stream, windowBits)
    guard status == Z_OK else {
      throw EventDataError(.compression, "zlib could not start (status \(status))", file: name)
    }
    inflating = true
  }

  /// Reads up to `buffer.count` bytes of text; 0 at the end of the input.
  func readText(into buffer: UnsafeMutableRawBufferPointer) throws(EventDataError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    if !inflating {
      if rawStart == rawEnd {
        if rawAtEnd { return 0 }
        try fillRaw()
      }
      var count = min(buffer.count, rawEnd - rawStart)
      if let remaining = storedRemaining {
        count = min(count, remaining)
        storedRemaining = remaining - count
      }
      raw.withUnsafeBytes { source in
        if let from = source.baseAddress { memcpy(base, from + rawStart, count) }
      }
      rawStart += count
      return count
    }
    if streamEnded { return 0 }
    while true {
      if rawStart == rawEnd && !rawAtEnd { try fillRaw() }
      let available = rawEnd - rawStart
      let produced: Int
      let status: Int32 = raw.withUnsafeMutableBytes { source in
        stream.next_in = source.baseAddress.map {
          $0.assumingMemoryBound(to: Bytef.self) + rawStart
        }
        stream.avail_in = UInt32(available)
        stream.next_out = base.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(buffer.count)
        return inflate(&stream, Z_NO_FLUSH)
      }
      produced = buffer.count - Int(stream.avail_out)
      rawStart += available - Int(stream.avail_in)
      switch status {
      case Z_STREAM_END:
        if !isZip {
          // gzip files may hold several members one after another.
          if rawStart == rawEnd && !rawAtEnd { try fillRaw() }
          if rawStart < rawEnd {
            inflateReset(&stream)
            if produced > 0 { return produced }
            continue
          }
        }
        streamEnded = true
        return produced
      case Z_OK, Z_BUF_ERROR:
        if produced > 0 { return produced }
        if rawAtEnd && rawStart == rawEnd {
          throw EventDataError(
            .compression, "the \(container) stream ends before its end marker (truncated file?)",
            file: name)
        }
      default:
        let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
        throw EventDataError(
          .compression, "cannot inflate the \(container) data: \(message)", file: name)
      }
    }
  }
}

/// Splits an ``EventInput`` into lines without copying them: each line is handed to the body
/// as a buffer into the read buffer, without its `\n` or `\r\n`.
struct LineSplitter {
  /// The longest line accepted (a corrupt file without newlines stops here).
  static let maximumLine = 64 << 20

  /// Calls `body(line, number)` for every line until it returns false.
  ///
  /// - Complexity: O(*n*) in the input's length; memory is O(longest line).
  static func forEachLine(
    of input: EventInput, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Bool
  ) throws(EventDataError) {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var start = 0
    var end = 0
    var lineNumber = 0
    var atEnd = false
    while !atEnd {
      if start > 0 {
        let kept = end - start
        buffer.withUnsafeMutableBytes { bytes in
          guard let base = bytes.baseAddress else { return }
          memmove(base, base + start, kept)
        }
        start = 0
        end = kept
      }
      if end == buffer.count {
        guard buffer.count < maximumLine else {
          throw EventDataError(
            .malformedRow, "a line is longer than \(maximumLine >> 20) MB; is this a text file?",
            file: input.name, line: lineNumber + 1)
        }
        buffer += [UInt8](repeating: 0, count: buffer.count)
      }
      var failure: EventDataError?
      let count = buffer.withUnsafeMutableBytes { bytes -> Int in
        do throws(EventDataError) {
          return try input.readText(into: UnsafeMutableRawBufferPointer(rebasing: bytes[end...]))
        } catch {
          failure = error
          return 0
        }
      }
      if let failure { throw failure }
      if count == 0 { atEnd = true }
      end += count
      let stop = buffer.withUnsafeBufferPointer { bytes -> Bool in
        guard let base = bytes.baseAddress else { return false }
        var scan = start
        while scan < end {
          guard let found = memchr(base + scan, 0x0A, end - scan) else { break }
          let newline = base.distance(
            to: found.assumingMemoryBound(to: UInt8.self))
          var lineEnd = newline
          if lineEnd > start && base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
          lineNumber += 1
          if !body(UnsafeBufferPointer(start: base + start, count: lineEnd - start), lineNumber) {
            return true
          }
          start = newline + 1
          scan = start
        }
        if atEnd && start < end {
          var lineEnd = end
          if base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
          lineNumber += 1
          _ = body(UnsafeBufferPointer(start: base + start, count: lineEnd - start), lineNumber)
          start = end
        }
        return false
      }
      if stop { return }
    }
  }
}
