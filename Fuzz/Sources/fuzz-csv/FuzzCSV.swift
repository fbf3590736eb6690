import FuzzSupport

/// libFuzzer's entry point: the bytes as a CSV edge list, and the same bytes as TSV (the one
/// reader with another delimiter; see `ReaderFuzzing`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  ReaderFuzzing.check(data, size, as: .csv)
  ReaderFuzzing.check(data, size, as: .tsv)
  return 0
}
