import CLibFuzzer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs libFuzzer from a target's own `main`.
///
/// SwiftPM links every executable target with `--defsym main=<module>_main` and compiles the
/// target's top-level code as that function, so a target that only defines
/// `LLVMFuzzerTestOneInput` (as `swiftc -sanitize=fuzzer -parse-as-library` expects) fails to
/// link. Each target's `main.swift` therefore hands its `LLVMFuzzerTestOneInput` to
/// `LLVMFuzzerRunDriver`, libFuzzer's documented entry point for that case; libFuzzer's own
/// `main` is then never linked in. Flags, corpora and artifacts work as with libFuzzer's `main`.
public enum LibFuzzer {
  public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Parses the command line as libFuzzer does and fuzzes `test`; exits with libFuzzer's status.
  public static func run(_ test: TestOneInput) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
  }
}
