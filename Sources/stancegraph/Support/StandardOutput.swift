// `stdout` is a C global, which Swift 6 calls unsafe to share: this file imports the C library
// as pre-concurrency so that it may name it. Only the main thread calls it, once, at exit.
#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

enum StandardOutput {
  /// Flushes stdio's stdout; false when that or any earlier write to it failed.
  static func flush() -> Bool {
    fflush(stdout) == 0 && ferror(stdout) == 0
  }
}
