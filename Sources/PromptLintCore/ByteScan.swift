/// Searches of a byte buffer eight bytes at a time (SWAR): the passes over every prompt that look for a few rare
/// bytes skip the long stretches without them in one step per word instead of one per byte.
enum ByteScan {
    /// The index of the first byte at or after `from` that is `a` or `b`, or `bytes.count` if there is none.
    @inline(__always)
    static func next(_ a: UInt8, or b: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ka = UInt64(a) &* 0x0101_0101_0101_0101, kb = UInt64(b) &* 0x0101_0101_0101_0101
            while i &+ 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasZeroByte(x ^ ka) || hasZeroByte(x ^ kb) { break }
                i &+= 8
            }
        }
        while i < n, bytes[i] != a, bytes[i] != b { i += 1 }
        return i
    }

    /// Whether any byte of `bytes` is in `low ... high` (both at least 0x80: ASCII words are skipped whole).
    @inline(__always)
    static func containsNonASCII(in bytes: UnsafeBufferPointer<UInt8>, between low: UInt8, and high: UInt8) -> Bool {
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i &+ 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if x & 0x8080_8080_8080_8080 != 0 {
                    for k in i ..< i &+ 8 where bytes[k] >= low && bytes[k] <= high { return true }
                }
                i &+= 8
            }
        }
        while i < n {
            if bytes[i] >= low && bytes[i] <= high { return true }
            i += 1
        }
        return false
    }

    /// Whether a byte of `x` is zero (exact: the borrow trick's false positives only follow a true zero byte).
    @inline(__always)
    static func hasZeroByte(_ x: UInt64) -> Bool {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
