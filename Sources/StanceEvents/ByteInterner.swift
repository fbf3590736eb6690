#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives each distinct byte string a dense id, without making a `String` per lookup: actor
/// fields and codes are interned straight from the read buffer.
///
/// Open addressing with linear probing over FNV-1a hashes; the bytes live in one arena.
///
/// - Complexity: O(*k*) expected per lookup for a string of *k* bytes; memory O(distinct bytes).
struct ByteInterner {
  private var arena: [UInt8] = []
  private var starts: [Int] = []
  private var lengths: [Int32] = []
  private var hashes: [UInt64] = []
  /// Slot → id + 1 (0 is empty).
  private var slots: [Int32] = Array(repeating: 0, count: 1024)

  var count: Int { starts.count }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// The id of `bytes`, adding it when new.
  mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = ByteInterner.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
    while true {
      let entry = slots[slot]
      if entry == 0 { break }
      let id = Int(entry - 1)
      if hashes[id] == hash && Int(lengths[id]) == bytes.count
        && ByteInterner.equal(arena, starts[id], bytes)
      {
        return Int32(id)
      }
      slot = (slot + 1) & (slots.count - 1)
    }
    let id = Int32(starts.count)
    starts.append(arena.count)
    lengths.append(Int32(bytes.count))
    hashes.append(hash)
    arena.append(contentsOf: bytes)
    slots[slot] = id + 1
    if starts.count * 2 > slots.count { grow() }
    return id
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    for id in hashes.indices {
      var slot = Int(truncatingIfNeeded: hashes[id]) & (slots.count - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(id + 1)
    }
  }

  private static func equal(
    _ arena: [UInt8], _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let other = bytes.baseAddress, !bytes.isEmpty else { return true }
    return arena.withUnsafeBufferPointer { stored in
      guard let base = stored.baseAddress else { return false }
      return memcmp(base + start, other, bytes.count) == 0
    }
  }

  /// The string with this id.
  func string(_ id: Int32) -> String {
    let start = starts[Int(id)]
    return String(decoding: arena[start..<start + Int(lengths[Int(id)])], as: UTF8.self)
  }
}
