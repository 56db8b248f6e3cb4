/// A literal prefilter that finds every occurrence of every keyword in a text (ASCII letters compared without case,
/// overlapping occurrences included), so only the rules with a keyword there run their patterns.
///
/// It filters, then confirms, in the manner of Rabin–Karp and Hyperscan's FDR. A block of 64 positions is
/// lower-cased (ASCII letters, eight bytes at a time), and at each position two tables are read without a branch:
/// the triple map, indexed by the two bytes there, has a bit for each class (low five bits) of third byte that
/// follows them in a three-byte keyword (every bit when the two bytes are a keyword or begin with one), and the bit
/// map has a bit at a hash of the first four bytes of each longer keyword. At most positions of English text neither
/// passes (about one in nine passes, half of them true occurrences). Where one does, the key's bit in the bit map
/// (which holds the shorter keys' bits too) numbers a group: its rank, the set bits before it, counted for each
/// 64-bit word ahead of time. The group's keywords, shortest first, are compared with the text eight bytes at a
/// time, those longer than four bytes only when one has the text's fifth byte (a mask kept with the group). The
/// tables read at every position are small (the bit map 32 KB) or read in few places (the triple map's rows for
/// the pairs of bytes that occur). An Aho–Corasick automaton did this before, at 10–13 ns a byte in place: its rows
/// did not stay in cache, and many bytes cost a mispredicted branch.
struct Prefilter: Sendable {
    /// The tables in their layout (``layout(_:)``): compiled into the binary for the built-in rules, so a process
    /// uses them where they lie, or a private copy for tables built here.
    private let bytes: LayoutBytes
    /// Where the triple map starts in `bytes`: 2^16 UInt32, for each pair of bytes the classes of third bytes.
    private let triples: Int
    /// Where the bit map of hashed keys starts: 2^hashedBits bits in UInt64 words.
    private let hashed: Int
    /// Where the ranks start: for each word of the bit map, the set bits before it, UInt32.
    private let ranks: Int
    /// Where the groups start: for each set bit, its first record | its fifth-byte classes << 32, UInt64; then the
    /// record count.
    private let groups: Int
    /// Where the records start: 16 bytes each (first eight bytes, length, first owner), then a sentinel.
    private let records: Int
    /// Where each keyword's offset in `pool` is kept, UInt32.
    private let poolStarts: Int
    /// Where the owner ids start, Int32.
    private let owners: Int
    /// Where the keywords start, lower-cased, one after another.
    private let pool: Int
    /// 32 − the bit map's bits, the shift that makes a hash an index into it.
    private let hashedShift: UInt32
    /// One more than the largest owner id.
    let ownerBound: Int
    /// How many distinct keywords there are (numbered from 0 in ``scan(_:keywords:)``).
    let keywordCount: Int
    /// The fingerprint of the keyword list the tables were built from (``fingerprint(_:)``).
    let keywordFingerprint: UInt64

    /// The hash multiplier for keys of four bytes.
    static let multiplier: UInt32 = 0x9E37_79B1
    /// The hash multiplier for shorter keys (so a short key and a long one with zero bytes seldom share a bit).
    static let shortMultiplier: UInt32 = 0x85EB_CA6B

    /// A keyword's key: its first four bytes (fewer for a shorter keyword), little-endian.
    static func key(_ keyword: [UInt8]) -> UInt32 {
        var key: UInt32 = 0
        for (i, b) in keyword.prefix(4).enumerated() { key |= UInt32(b) << (8 * UInt32(i)) }
        return key
    }

    /// The bit of `key` (of a keyword `length` bytes long, four for longer ones) in a bit map of `32 − shift` bits.
    @inline(__always)
    static func hash(_ key: UInt32, length: Int, shift: UInt32) -> UInt32 {
        (key &* (length < 4 ? shortMultiplier : multiplier)) &>> shift
    }

    /// Builds the tables for `keywords[i]` → owner `owners[i]`, with no word boundaries required.
    init(keywords: [(keyword: [UInt8], owner: Int)]) {
        self.init(keywords: keywords.map { ($0.keyword, $0.owner, 0) })
    }

    /// The bit of an owner entry (``ownerEntry(at:)``) set when the owner needs no ASCII word character before the
    /// keyword, and the one set when it needs none after it; the owner id is in the bits below ``startBoundary``.
    static let startBoundary: UInt32 = 1 << 29, endBoundary: UInt32 = 1 << 30

    /// Builds the tables for `keywords[i]` → owner `owners[i]`, who needs the word boundaries in `boundaries[i]`
    /// (bit 0: none before, bit 1: none after; see ``ownerEntry(at:)``).
    init(keywords: [(keyword: [UInt8], owner: Int, boundaries: UInt8)]) {
        // Each distinct keyword (ASCII letters lower-cased, as it is compared) with its owners, duplicates dropped
        // (an owner listed twice for a keyword needs only the boundaries both entries need).
        var index: [[UInt8]: Int] = [:]
        var words: [[UInt8]] = [], ownersOf: [[UInt32]] = []
        for (keyword, owner, boundaries) in keywords where !keyword.isEmpty {
            precondition(owner >= 0 && owner < Int(Self.startBoundary), "prefilter owner id out of range")
            let lower = keyword.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            let entry = UInt32(owner) | (boundaries & 1 != 0 ? Self.startBoundary : 0) | (boundaries & 2 != 0 ? Self.endBoundary : 0)
            if let i = index[lower] {
                if let j = ownersOf[i].firstIndex(where: { $0 & (Self.startBoundary - 1) == UInt32(owner) }) {
                    ownersOf[i][j] &= entry
                } else {
                    ownersOf[i].append(entry)
                }
            } else {
                index[lower] = words.count
                words.append(lower)
                ownersOf.append([entry])
            }
        }
        var t = Tables(fingerprint: Self.fingerprint(keywords), ownerBound: (keywords.map(\.owner).max() ?? -1) + 1)
        // About 64 bits a key, so few positions pass by chance (2^18 bits, 32 KB, for the built-in rules).
        let keyCount = Set(words.map { UInt64(Self.key($0)) | UInt64(min($0.count, 4)) << 32 }).count
        while t.hashedBits < 18, 1 << t.hashedBits < 64 * keyCount { t.hashedBits += 1 }
        let shift = UInt32(32 - t.hashedBits)
        let bits = words.map { Self.hash(Self.key($0), length: min($0.count, 4), shift: shift) }
        // A group: the keywords whose keys hash to one bit, shortest first (so a scan stops at the first that would
        // run past the text's end, and reports shorter keywords first at a position), in a canonical order.
        let order = words.indices.sorted { a, b in
            if bits[a] != bits[b] { return bits[a] < bits[b] }
            if words[a].count != words[b].count { return words[a].count < words[b].count }
            return words[a].lexicographicallyPrecedes(words[b])
        }
        t.triples = [UInt32](repeating: 0, count: 1 << 16)
        t.hashed = [UInt64](repeating: 0, count: 1 << (t.hashedBits - 6))
        for (r, w) in order.enumerated() {
            let word = words[w], bit = bits[w]
            if t.hashed[Int(bit >> 6)] & 1 << UInt64(bit & 63) == 0 {
                t.hashed[Int(bit >> 6)] |= 1 << UInt64(bit & 63)
                t.groups.append(UInt64(r))
            }
            // The classes (low five bits) of the fifth bytes of the group's keywords longer than four bytes: a scan
            // where none is the text's fifth byte's compares no such keyword.
            if word.count > 4 { t.groups[t.groups.count - 1] |= 1 << (32 + UInt64(word[4] & 31)) }
            // A keyword of one or two bytes passes whatever byte follows (zeros past the text's end).
            switch word.count {
            case 1: for next in 0 ..< 256 { t.triples[Int(word[0]) | next << 8] = ~0 }
            case 2: t.triples[Int(Self.key(word))] = ~0
            case 3: t.triples[Int(Self.key(word) & 0xFFFF)] |= 1 << UInt32(word[2] & 31)
            default: break
            }
            var first8: UInt64 = 0
            for (i, b) in word.prefix(8).enumerated() { first8 |= UInt64(b) << (8 * UInt64(i)) }
            t.records.append((first8, UInt32(word.count), UInt32(t.owners.count)))
            t.poolStarts.append(UInt32(t.pool.count))
            t.pool += word
            t.owners += ownersOf[w].map { Int32(bitPattern: $0) }
        }
        t.groups.append(UInt64(order.count))
        // The sentinel: where the last keyword's owners end.
        t.records.append((0, 0, UInt32(t.owners.count)))
        var before: UInt32 = 0
        for word in t.hashed {
            t.ranks.append(before)
            before += UInt32(word.nonzeroBitCount)
        }
        // The tables were made above, so they pass the checks.
        self.init(checking: LayoutBytes(copying: Self.layout(t)))!
    }

    /// Appends `(owner, start, end)` for every keyword occurrence in `text`, each owner of a keyword in turn. At any
    /// one start, shorter keywords come first; starts are not otherwise in order. (For tests, which check the scan
    /// against a naive search: matching uses ``scan(_:keywords:)`` and reads owners only for rules that can run.)
    func scan(_ text: UnsafeBufferPointer<UInt8>, occurrences: inout [(owner: Int32, start: Int32, end: Int32)]) {
        var found: [(keyword: Int32, start: Int32, end: Int32)] = []
        scan(text, keywords: &found)
        for k in found {
            for o in owners(ofKeyword: Int(k.keyword)) { occurrences.append((owner(at: o), k.start, k.end)) }
        }
    }

    /// The range of owner positions (``owner(at:)``) of keyword `k` (a distinct keyword, numbered by the scan).
    @inline(__always)
    func owners(ofKeyword k: Int) -> Range<Int> {
        let at = records &+ k &* 16
        return Int(load32(at &+ 12)) ..< Int(load32(at &+ 28))
    }

    /// Distinct keyword `k`'s bytes, lower-cased (for tests and diagnostics).
    func keyword(_ k: Int) -> [UInt8] {
        let length = Int(load32(records &+ k &* 16 &+ 8)), from = pool &+ Int(load32(poolStarts &+ k &* 4))
        return (0 ..< length).map { bytes.base.load(fromByteOffset: from &+ $0, as: UInt8.self) }
    }

    /// The owner id at `position` of the owner list.
    @inline(__always)
    func owner(at position: Int) -> Int32 { Int32(bitPattern: ownerEntry(at: position) & (Self.startBoundary - 1)) }

    /// The entry at `position` of the owner list: the owner id, with ``startBoundary`` and ``endBoundary`` set
    /// when that owner needs the keyword to begin, or end, where no ASCII word character is next to it.
    @inline(__always)
    func ownerEntry(at position: Int) -> UInt32 { load32(owners &+ position &* 4) }

    @inline(__always)
    private func load32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.base.load(fromByteOffset: at, as: UInt32.self)) }

    /// Appends `(keyword, start, end)` for every occurrence in `text` of a distinct keyword (its owners are
    /// ``owners(ofKeyword:)``). At any one start, shorter keywords come first; starts are not otherwise in order.
    func scan(_ text: UnsafeBufferPointer<UInt8>, keywords occurrences: inout [(keyword: Int32, start: Int32, end: Int32)]) {
        let n = text.count
        guard n > 0, let start = text.baseAddress else { return }
        let raw = UnsafeRawPointer(start)
        withUnsafeTemporaryAllocation(byteCount: Scratch.size, alignment: 16) { scratch in
            scratch.initializeMemory(as: UInt8.self, repeating: 0)
            let scratch = scratch.baseAddress!
            // Blocks of 64 positions whose 72 bytes (eight more for the last position) lie in the text are scanned
            // where they are.
            var at = 0
            while at + 72 <= n {
                scanBlock(raw, from: at, count: 64, length: n, origin: 0, scratch, into: &occurrences)
                at += 64
            }
            // The rest, fewer than 72 bytes, in a zero-padded copy, so no read goes past the text's end.
            let rest = n - at, padded = scratch + Scratch.tail
            padded.copyMemory(from: raw + at, byteCount: rest)
            var from = 0
            while from < rest {
                let count = min(64, rest - from)
                scanBlock(UnsafeRawPointer(padded), from: from, count: count, length: rest, origin: at, scratch, into: &occurrences)
                from += count
            }
        }
    }

    /// The byte offsets of the parts of a scan's scratch memory.
    private enum Scratch {
        /// A block's bytes with ASCII letters lower-cased: 72 (the last position's eight), and room to read 8 past.
        static let lower = 0
        /// A byte for each position of a block: bit 0 if the triple map passes it, bit 1 if the bit map does.
        static let found = 80
        /// The last bytes of the text, zero-padded: two blocks' worth.
        static let tail = 144
        /// The size.
        static let size = 288
    }

    /// Scans `count` (at most 64) positions from `from` of `text`, whose first `n` bytes are the text's and which
    /// can be read for 72 bytes from `from`; reports starts offset by `origin`.
    @inline(__always)
    private func scanBlock(_ text: UnsafeRawPointer, from: Int, count: Int, length n: Int, origin: Int,
                           _ scratch: UnsafeMutableRawPointer,
                           into occurrences: inout [(keyword: Int32, start: Int32, end: Int32)]) {
        let base = bytes.base
        let (triples, hashed, shift) = (triples, hashed, hashedShift)
        let lower = scratch + Scratch.lower, found = scratch + Scratch.found
        @inline(__always) func load32(_ at: Int) -> UInt32 { UInt32(littleEndian: base.load(fromByteOffset: at, as: UInt32.self)) }
        for w in 0 ..< 9 {
            let x = Self.lowercased(UInt64(littleEndian: text.loadUnaligned(fromByteOffset: from &+ w &* 8, as: UInt64.self)))
            lower.storeBytes(of: x.littleEndian, toByteOffset: w &* 8, as: UInt64.self)
        }
        @inline(__always) func key(_ j: Int) -> UInt32 { UInt32(littleEndian: lower.loadUnaligned(fromByteOffset: j, as: UInt32.self)) }
        @inline(__always) func eight(_ j: Int) -> UInt64 { UInt64(littleEndian: lower.loadUnaligned(fromByteOffset: j, as: UInt64.self)) }
        for j in 0 ..< count {
            let v = key(j)
            let classes = load32(triples &+ Int(v & 0xFFFF) &* 4)
            let h = Self.hash(v, length: 4, shift: shift)
            let word = UInt64(littleEndian: base.load(fromByteOffset: hashed &+ Int(h &>> 6) &* 8, as: UInt64.self))
            // Bit tests the compiler makes single instructions (`bt`), with no shift by a variable count.
            let c: UInt8 = (classes &>> (v &>> 16 & 31) & 1 != 0 ? 1 : 0) | (word &>> UInt64(h & 63) & 1 != 0 ? 2 : 0)
            found.storeBytes(of: c, toByteOffset: j, as: UInt8.self)
        }
        for j in count ..< 64 { found.storeBytes(of: 0, toByteOffset: j, as: UInt8.self) }
        // Which positions each map passes: each byte's flag gathered into a mask by a multiplication.
        var short: UInt64 = 0, long: UInt64 = 0
        for w in 0 ..< 8 {
            let x = UInt64(littleEndian: found.load(fromByteOffset: w &* 8, as: UInt64.self))
            short |= (((x & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(w &* 8)
            long |= ((((x &>> 1) & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(w &* 8)
        }
        // Shorter keywords first: the positions where keywords of up to three bytes may start, then longer ones.
        // (Each kind in its own loop, so which kind a position is costs no unpredictable branch.)
        while short != 0 {
            let j = short.trailingZeroBitCount
            short &= short &- 1
            let v = key(j)
            // A row of the triple map with every bit set is (almost always) a keyword of one or two bytes.
            for length in load32(triples &+ Int(v & 0xFFFF) &* 4) == UInt32.max ? 1 ... 3 : 3 ... 3 {
                confirm(Self.hash(v & ~(UInt32.max << UInt32(8 * length)), length: length, shift: shift), length, length,
                        text, at: from &+ j, eight(j), length: n, origin: origin, into: &occurrences)
            }
        }
        while long != 0 {
            let j = long.trailingZeroBitCount
            long &= long &- 1
            confirm(Self.hash(key(j), length: 4, shift: shift), 4, Int.max, text, at: from &+ j, eight(j), length: n,
                    origin: origin, into: &occurrences)
        }
    }

    /// Reports the keywords of `bit`'s group from `shortest` to `longest` bytes long that occur at `p` (`lower`: the
    /// eight bytes there, ASCII letters lower-cased).
    @inline(__always)
    private func confirm(_ bit: UInt32, _ shortest: Int, _ longest: Int, _ text: UnsafeRawPointer, at p: Int,
                         _ lower: UInt64, length n: Int, origin: Int,
                         into occurrences: inout [(keyword: Int32, start: Int32, end: Int32)]) {
        let base = bytes.base
        @inline(__always) func load32(_ at: Int) -> UInt32 { UInt32(littleEndian: base.load(fromByteOffset: at, as: UInt32.self)) }
        let w = Int(bit &>> 6)
        let word = UInt64(littleEndian: base.load(fromByteOffset: hashed &+ w &* 8, as: UInt64.self))
        guard word &>> UInt64(bit & 63) & 1 != 0 else { return }
        // The group's number: the set bits before this one.
        let group = Int(load32(ranks &+ w &* 4)) &+ (word & ((1 &<< UInt64(bit & 63)) &- 1)).nonzeroBitCount
        let entry = UInt64(littleEndian: base.load(fromByteOffset: groups &+ group &* 8, as: UInt64.self))
        // Keywords longer than four bytes only if one has the text's fifth byte's class.
        let upTo = entry &>> (32 &+ (lower &>> 32 & 31)) & 1 != 0 ? longest : min(longest, 4)
        let start = Int32(truncatingIfNeeded: origin &+ p)
        for r in Int(UInt32(truncatingIfNeeded: entry)) ..< Int(load32(groups &+ group &* 8 &+ 8)) {
            let at = records &+ r &* 16
            let length = Int(load32(at &+ 8))
            if length < shortest { continue }
            // Shortest first: none of the rest fits either.
            if length > upTo || p &+ length > n { return }
            let first8 = UInt64(littleEndian: base.load(fromByteOffset: at, as: UInt64.self))
            let mask: UInt64 = length >= 8 ? ~0 : (1 &<< UInt64(length &* 8)) &- 1
            if (lower ^ first8) & mask == 0, length <= 8 || restMatches(text, at: p, r, length) {
                occurrences.append((Int32(truncatingIfNeeded: r), start, start &+ Int32(truncatingIfNeeded: length)))
            }
        }
    }

    /// Whether the bytes of keyword `r` (longer than eight) after its first eight are at `p + 8` in `text`.
    @inline(__always)
    private func restMatches(_ text: UnsafeRawPointer, at p: Int, _ r: Int, _ length: Int) -> Bool {
        let base = bytes.base
        let from = pool &+ Int(UInt32(littleEndian: base.load(fromByteOffset: poolStarts &+ r &* 4, as: UInt32.self)))
        @inline(__always) func same(_ offset: Int) -> Bool {
            Self.lowercased(UInt64(littleEndian: text.loadUnaligned(fromByteOffset: p &+ offset, as: UInt64.self)))
                == UInt64(littleEndian: base.loadUnaligned(fromByteOffset: from &+ offset, as: UInt64.self))
        }
        var offset = 8
        while offset &+ 8 < length {
            if !same(offset) { return false }
            offset &+= 8
        }
        // The last eight bytes (overlapping the ones before when the length is not a multiple of eight).
        return same(length &- 8)
    }

    /// `x`'s eight bytes with ASCII upper-case letters made lower case, all at once (SWAR): a byte's high bit
    /// marks it as in `A`…`Z`, and that bit moved to bit 5 is what makes the letter lower case.
    @inline(__always)
    static func lowercased(_ x: UInt64) -> UInt64 {
        let low7 = x & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F   // high bit set where the low 7 bits are ≥ 0x41
        let pastZ = low7 &+ 0x2525_2525_2525_2525      // high bit set where they are ≥ 0x5B
        let upper = atLeastA & ~pastZ & ~x & 0x8080_8080_8080_8080
        return x | upper &>> 2
    }
}

/// The bytes of a prefilter's tables: static data compiled into the binary, or a copy owned here.
///
/// `@unchecked Sendable`: the bytes are never written after `init` (static data is read-only, and an owned copy
/// is made in `init` and only read afterwards), so any number of tasks may read them at once.
final class LayoutBytes: @unchecked Sendable {
    /// The first byte (16-byte aligned).
    let base: UnsafeRawPointer
    /// The number of bytes.
    let count: Int
    /// The memory to free, for a copy owned here.
    private let owned: UnsafeMutableRawPointer?

    /// A private, aligned copy of `bytes`.
    init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        base = UnsafeRawPointer(memory)
        count = bytes.count
        owned = memory
    }

    /// Bytes that live as long as the process (the binary's own data), used where they lie.
    init(static buffer: UnsafeRawBufferPointer) {
        base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 16)!
        count = buffer.count
        owned = nil
    }

    deinit { owned?.deallocate() }
}

// MARK: - The layout, and the copy built ahead of time

extension Prefilter {
    /// The bytes that begin a prefilter's layout (and name its format).
    static let snapshotMagic: [UInt8] = Array("prompt-lint prefilter 6\n".utf8)

    /// The parts of a prefilter, as ``init(keywords:)`` makes them.
    struct Tables {
        /// The keyword list's fingerprint.
        var fingerprint: UInt64
        /// One more than the largest owner id.
        var ownerBound: Int
        /// The bits of the bit map's size (2^bits bits).
        var hashedBits = 10
        /// The triple map.
        var triples: [UInt32] = []
        /// The bit map of hashed keys, 64 bits a word.
        var hashed: [UInt64] = []
        /// For each word of the bit map, the set bits before it.
        var ranks: [UInt32] = []
        /// For each set bit, its group's first record and the classes of its keywords' fifth bytes; then the record
        /// count.
        var groups: [UInt64] = []
        /// Each keyword's first eight bytes (fewer, zero-padded), its length and where its owners start.
        var records: [(first8: UInt64, length: UInt32, firstOwner: UInt32)] = []
        /// Each keyword's offset in `pool`.
        var poolStarts: [UInt32] = []
        /// The owner ids.
        var owners: [Int32] = []
        /// The keywords, lower-cased.
        var pool: [UInt8] = []
    }

    /// The header's fields after the magic, each a little-endian UInt64: a checksum of everything after it, a
    /// byte-order check, the keyword list's fingerprint, the owner bound, the bits of the bit map's size, the group
    /// count, the keyword count, the owner count and the pool's size.
    static let headerFields = 9
    /// The byte-order check: a layout written on a machine of the other byte order is refused.
    static let byteOrderMark: UInt64 = 0x0102_0304_0506_0708

    /// The tables laid out as the scan uses them: the header, then `triples`, `hashed`, `ranks`, `groups`, `records`
    /// (16 bytes each, then a sentinel), `poolStarts`, `owners` and `pool`, each little-endian and starting at a
    /// multiple of 8 bytes. The built-in rules' tables are compiled into the binary in this form
    /// (`scripts/embed-rules`), so a process reads them where they lie instead of building or decoding them.
    static func layout(_ t: Tables) -> [UInt8] {
        var out = snapshotMagic
        func pad() { while out.count % 8 != 0 { out.append(0) } }
        // Whole tables at once (the triple map alone has 65,536 entries).
        func put<T: FixedWidthInteger>(_ values: [T]) {
            values.map(\.littleEndian).withUnsafeBytes { out.append(contentsOf: $0) }
            pad()
        }
        pad()
        let checksumAt = out.count
        put([0, byteOrderMark, t.fingerprint, UInt64(t.ownerBound), UInt64(t.hashedBits), UInt64(t.groups.count - 1),
             UInt64(t.records.count - 1), UInt64(t.owners.count), UInt64(t.pool.count)])
        put(t.triples)
        put(t.hashed)
        put(t.ranks)
        put(t.groups)
        put(t.records.flatMap { [$0.first8, UInt64($0.length) | UInt64($0.firstOwner) << 32] })
        put(t.poolStarts)
        put(t.owners)
        put(t.pool)
        let sum = out.withUnsafeBytes { checksum($0.baseAddress!, from: checksumAt + 8, to: $0.count) }
        withUnsafeBytes(of: sum.littleEndian) { out.replaceSubrange(checksumAt ..< checksumAt + 8, with: $0) }
        return out
    }

    /// A checksum of the 8-byte words in `from ..< to` (multiples of 8). Four chains of `(h ^ word) × odd`: each step
    /// is one-to-one, so a change confined to one chain's words (one word, one byte, one bit) always changes the sum.
    static func checksum(_ base: UnsafeRawPointer, from: Int, to: Int) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h0: UInt64 = 1, h1: UInt64 = 2, h2: UInt64 = 3, h3: UInt64 = 4
        @inline(__always) func word(_ at: Int) -> UInt64 { UInt64(littleEndian: base.load(fromByteOffset: at, as: UInt64.self)) }
        var at = from
        while at + 32 <= to {
            h0 = (h0 ^ word(at)) &* k
            h1 = (h1 ^ word(at + 8)) &* k
            h2 = (h2 ^ word(at + 16)) &* k
            h3 = (h3 ^ word(at + 24)) &* k
            at += 32
        }
        while at < to { h0 = (h0 ^ word(at)) &* k; at += 8 }
        return h0 ^ (h1 << 16 | h1 >> 48) ^ (h2 << 32 | h2 >> 32) ^ (h3 << 48 | h3 >> 16)
    }

    /// The layout (``layout(_:)``), for the copy embedded in the binary and for tests.
    func serialized() -> [UInt8] { Array(UnsafeRawBufferPointer(start: bytes.base, count: bytes.count)) }

    /// Reads a layout (a copy is made); nil when `bytes` are not one.
    init?(serialized bytes: [UInt8]) { self.init(checking: LayoutBytes(copying: bytes)) }

    /// The prefilter `bytes` hold, after checking them; nil when they are not a prefilter's layout (wrong format or
    /// byte order, truncated, damaged, or an entry out of range). The checksum refuses damage anywhere, and every
    /// entry a scan follows (a rank, a group's records, a record's length, pool offset and owners, an owner id) is
    /// checked against its table's size, so a scan never reads outside the tables even were a sum to match by chance.
    /// The check reads each byte once, and trusts not even the binary's own data.
    init?(checking bytes: LayoutBytes) {
        let base = bytes.base, total = bytes.count
        let magic = Self.snapshotMagic
        let fieldsAt = (magic.count + 7) / 8 * 8
        let headerEnd = fieldsAt + Self.headerFields * 8
        guard total >= headerEnd, total % 8 == 0, Int(bitPattern: base) % 8 == 0,
              magic.indices.allSatisfy({ base.load(fromByteOffset: $0, as: UInt8.self) == magic[$0] }) else { return nil }
        for i in magic.count ..< fieldsAt where base.load(fromByteOffset: i, as: UInt8.self) != 0 { return nil }
        func field(_ i: Int) -> UInt64 { UInt64(littleEndian: base.load(fromByteOffset: fieldsAt + 8 * i, as: UInt64.self)) }
        guard field(0) == Self.checksum(base, from: fieldsAt + 8, to: total) else { return nil }
        let limit = UInt64(Int32.max)
        guard field(1) == Self.byteOrderMark, field(3) <= limit, (10 ... 24).contains(field(4)), field(5) < limit,
              field(6) < limit, field(7) <= limit, field(8) <= limit else { return nil }
        let ownerBound = Int(field(3)), hashedBits = Int(field(4)), groupCount = Int(field(5))
        let recordCount = Int(field(6)), ownerTotal = Int(field(7)), poolSize = Int(field(8))
        var at = headerEnd
        func table(_ size: Int) -> Int {
            defer { at += (size + 7) / 8 * 8 }
            return at
        }
        let triples = table(4 << 16), hashed = table(1 << (hashedBits - 3)), ranks = table(1 << (hashedBits - 4))
        let groups = table(8 * (groupCount + 1)), records = table(16 * (recordCount + 1)), poolStarts = table(4 * recordCount)
        let owners = table(4 * ownerTotal), pool = table(poolSize)
        guard at == total else { return nil }
        func load32(_ at: Int) -> Int { Int(UInt32(littleEndian: base.load(fromByteOffset: at, as: UInt32.self))) }
        // Each word's rank counts the set bits before it, and there is a group for each set bit.
        var before = 0
        for w in 0 ..< 1 << (hashedBits - 6) {
            guard load32(ranks + 4 * w) == before else { return nil }
            before += UInt64(littleEndian: base.load(fromByteOffset: hashed + 8 * w, as: UInt64.self)).nonzeroBitCount
        }
        guard before == groupCount else { return nil }
        // Groups: ascending ranges covering the records.
        guard load32(groups) == 0, load32(groups + 8 * groupCount) == recordCount else { return nil }
        for g in 0 ..< groupCount where load32(groups + 8 * g) > load32(groups + 8 * g + 8) { return nil }
        // Records: keywords in the pool, owners in ascending ranges.
        guard load32(records + 12) == 0, load32(records + 16 * recordCount + 12) == ownerTotal else { return nil }
        for r in 0 ..< recordCount {
            let length = load32(records + 16 * r + 8), from = load32(poolStarts + 4 * r)
            guard length >= 1, from <= poolSize, length <= poolSize - from,
                  load32(records + 16 * r + 12) <= load32(records + 16 * r + 28) else { return nil }
        }
        for o in 0 ..< ownerTotal {
            let entry = UInt32(load32(owners + 4 * o))
            guard entry & ~(Self.startBoundary | Self.endBoundary) < ownerBound else { return nil }
        }
        self.bytes = bytes
        self.triples = triples
        self.hashed = hashed
        self.ranks = ranks
        self.groups = groups
        self.records = records
        self.poolStarts = poolStarts
        self.owners = owners
        self.pool = pool
        self.hashedShift = UInt32(32 - hashedBits)
        self.ownerBound = ownerBound
        self.keywordFingerprint = field(2)
        self.keywordCount = recordCount
    }

    /// A 64-bit FNV-1a hash of the keywords and their owners, in order: two lists with the same fingerprint build
    /// the same tables.
    static func fingerprint(_ keywords: [(keyword: [UInt8], owner: Int, boundaries: UInt8)]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        for b in snapshotMagic { mix(b) }
        for (keyword, owner, boundaries) in keywords {
            for b in keyword { mix(b) }
            mix(0xFF)
            withUnsafeBytes(of: Int64(owner).littleEndian) { for b in $0 { mix(b) } }
            mix(boundaries)
        }
        return h
    }
}

/// The prefilter of the built-in rules, built when the rules were embedded (`scripts/embed-rules`) and compiled
/// into the binary in its layout, so a process need not build it at start-up. It is used only for the exact
/// keyword list it was built from (its fingerprint says which); any other list, such as built-in rules folded with
/// extra tables, builds its own.
enum PrefilterSnapshot {
    /// The embedded prefilter when it was built from `keywords`.
    static func prefilter(for keywords: [(keyword: [UInt8], owner: Int, boundaries: UInt8)]) -> Prefilter? {
        guard let prefilter = embedded(), prefilter.keywordFingerprint == Prefilter.fingerprint(keywords),
              prefilter.ownerBound == (keywords.map(\.owner).max() ?? -1) + 1
        else { return nil }
        return prefilter
    }

    /// The embedded prefilter without a fingerprint check: only for the rules written with it (``RuleSet/loadBuiltin()``).
    static func embedded() -> Prefilter? {
        Prefilter(checking: LayoutBytes(static: EmbeddedData.prefilter))
    }

    /// The layout of the prefilter for `keywords`, for the embedded copy.
    static func generate(for keywords: [(keyword: [UInt8], owner: Int, boundaries: UInt8)]) -> [UInt8] {
        Prefilter(keywords: keywords).serialized()
    }
}
