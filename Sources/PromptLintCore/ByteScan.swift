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

    /// `bytes` as ``next(oneOf:in:from:)`` looks for them: each repeated in the eight bytes of a word.
    static func needles(_ bytes: [UInt8]) -> [UInt64] { bytes.map { UInt64($0) &* 0x0101_0101_0101_0101 } }

    /// The index of the first byte at or after `from` that is one of `needles` (made by ``needles(_:)``; meant for
    /// a few), or `bytes.count` if there is none.
    @inline(__always)
    static func next(oneOf needles: [UInt64], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let n = bytes.count
        guard let base = bytes.baseAddress else { return n }
        let raw = UnsafeRawPointer(base)
        while i &+ 8 <= n {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            var hits: UInt64 = 0
            for needle in needles { hits |= zeroBytes(x ^ needle) }
            if hits != 0 { return i &+ hits.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < n, !needles.contains(UInt64(bytes[i]) &* 0x0101_0101_0101_0101) { i += 1 }
        return i
    }

    /// The index of the first byte at or after `from` in `low ... high` (both at least 0x80: ASCII words are
    /// skipped whole), or `bytes.count` if there is none.
    @inline(__always)
    static func nextNonASCII(in bytes: UnsafeBufferPointer<UInt8>, between low: UInt8, and high: UInt8, from: Int) -> Int {
        var i = from
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Without the high bit, adding `0x80 − low` sets it where a byte is at least `low`, and adding
            // `0x7F − high` where it is above `high`; no sum carries into the next byte.
            let atLeast = UInt64(0x80 &- (low & 0x7F)) &* 0x0101_0101_0101_0101
            let above = UInt64(0x7F &- (high & 0x7F)) &* 0x0101_0101_0101_0101
            while i &+ 8 <= n {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let low7 = x & 0x7F7F_7F7F_7F7F_7F7F
                let hits = (low7 &+ atLeast) & ~(low7 &+ above) & x & 0x8080_8080_8080_8080
                if hits != 0 { return i &+ hits.trailingZeroBitCount &>> 3 }
                i &+= 8
            }
        }
        while i < n, bytes[i] < low || bytes[i] > high { i += 1 }
        return i
    }

    /// Whether a byte of `x` is zero (exact: the borrow trick's false positives only follow a true zero byte).
    @inline(__always)
    static func hasZeroByte(_ x: UInt64) -> Bool {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// The high bit of each byte of `x` that is zero, and no other bit (exact for every byte, unlike the borrow
    /// trick: adding 0x7F to a byte's low seven bits sets its high bit unless they are all zero).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | x) & 0x8080_8080_8080_8080
    }

    /// The high bits of `x`'s eight bytes as eight bits, bit `k` for byte `k` (a multiplication moves each to its
    /// place in the top byte).
    @inline(__always)
    static func gather(_ x: UInt64) -> UInt64 {
        ((x &>> 7) &* 0x0102_0408_1020_4080) &>> 56
    }
}
