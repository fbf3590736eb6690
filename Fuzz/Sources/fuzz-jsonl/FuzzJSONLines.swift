import FuzzSupport

/// libFuzzer's entry point: the bytes as a JSON Lines file (see `ReaderFuzzing`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  ReaderFuzzing.check(data, size, as: .jsonl)
  return 0
}
