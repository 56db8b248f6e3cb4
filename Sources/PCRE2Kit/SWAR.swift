/// Eight bytes at a time in one 64-bit word (SWAR), for the passes over a text that classify every byte
/// (``TextRuns``, ``CandidateStarts``). A class is a word with the high bit of each byte in it set.
enum SWAR {
    /// Eight bytes from `offset` of `p`, the first in the lowest bits.
    @inline(__always)
    static func load(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The high bit of each byte of `x` that is zero (exact for every byte: adding 0x7F to a byte's low seven bits
    /// sets its high bit unless they are all zero).
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
