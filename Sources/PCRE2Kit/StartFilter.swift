/// A set of byte values.
struct ByteSet: Hashable, Sendable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static let empty = ByteSet()
    static let all = ByteSet(words: (~0, ~0, ~0, ~0))

    /// The bytes `range` (inclusive).
    init(_ range: ClosedRange<UInt8>) {
        for b in range { insert(b) }
    }

    init(words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)) { self.words = words }

    static func == (a: ByteSet, b: ByteSet) -> Bool { a.words == b.words }
    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0); hasher.combine(words.1); hasher.combine(words.2); hasher.combine(words.3)
    }

    var isEmpty: Bool { words == (0, 0, 0, 0) }

    func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    func union(_ o: ByteSet) -> ByteSet {
        ByteSet(words: (words.0 | o.words.0, words.1 | o.words.1, words.2 | o.words.2, words.3 | o.words.3))
    }

    var elements: [UInt8] {
        var out: [UInt8] = []
        for (i, word) in [words.0, words.1, words.2, words.3].enumerated() {
            var w = word
            while w != 0 {
                out.append(UInt8(i * 64 + w.trailingZeroBitCount))
                w &= w - 1
            }
        }
        return out
    }
}

/// What a piece of a pattern can match at its start: the first byte of its one-byte matches and the first two bytes
/// of its longer ones (both cases of a letter where case does not matter), whether it can match the empty string, and whether it asserts a
/// word boundary before it reads anything. Computed with ``RequiredLiterals``' pattern reader; conservative: what
/// the reader cannot tell makes every start possible.
struct StartInfo: Sendable {
    /// Whether the piece can match the empty string.
    var nullable: Bool
    /// Whether it only ever matches the empty string (an assertion).
    var zeroWidth: Bool
    /// Whether every match asserts `\b` at its start before reading a character.
    var boundary: Bool
    /// Whether nothing is known of its first two bytes.
    var unknown: Bool
    /// The bytes its one-byte matches can be.
    var one: ByteSet
    /// For each first byte of its longer matches, the second bytes that can follow.
    var rows: [UInt8: ByteSet]

    /// Nothing known: any start, the empty match included.
    static let unknownStart = StartInfo(nullable: true, zeroWidth: false, boundary: false, unknown: true, one: .empty, rows: [:])
    /// An assertion: only the empty string.
    static let zeroWidth = StartInfo(nullable: true, zeroWidth: true, boundary: false, unknown: false, one: .empty, rows: [:])
    /// `\b`.
    static let wordBoundary = StartInfo(nullable: true, zeroWidth: true, boundary: true, unknown: false, one: .empty, rows: [:])

    /// Whether this is ``unknownStart``.
    var isUnknownStart: Bool { unknown && nullable && !zeroWidth && !boundary && one.isEmpty && rows.isEmpty }

    /// The bytes that can begin a non-empty match.
    var firstBytes: ByteSet {
        if unknown { return .all }
        var s = one
        for b in rows.keys { s.insert(b) }
        return s
    }

    /// Lead bytes of multi-byte UTF-8 characters, and continuation bytes.
    static let leads = ByteSet(0xC2 ... 0xF4)
    static let continuations = ByteSet(0x80 ... 0xBF)

    /// One character: ASCII ones from `ascii` (with their other case when `caseless`), any non-ASCII one when
    /// `anyNonASCII`, and the non-ASCII characters `others` (their UTF-8 bytes).
    static func character(ascii: ByteSet, anyNonASCII: Bool, others: [[UInt8]] = [], caseless: Bool = false) -> StartInfo {
        var one = ByteSet.empty
        for b in ascii.elements where b < 0x80 {
            one.insert(b)
            if caseless, (b | 0x20) &- 0x61 < 26 { one.insert(b ^ 0x20) }
        }
        var rows: [UInt8: ByteSet] = [:]
        if anyNonASCII {
            for lead in leads.elements { rows[lead] = continuations }
        } else {
            for o in others where o.count >= 2 { rows[o[0], default: .empty].insert(o[1]) }
            // The two non-ASCII characters that match an ASCII letter without regard to case: the Kelvin sign (k)
            // and the long s (s).
            if caseless, one.contains(0x6B) { rows[0xE2, default: .empty].insert(0x84) }
            if caseless, one.contains(0x73) { rows[0xC5, default: .empty].insert(0xBF) }
        }
        return StartInfo(nullable: false, zeroWidth: false, boundary: false, unknown: false, one: one, rows: rows)
    }

    /// Any one character.
    static let anyCharacter = character(ascii: ByteSet(0 ... 0x7F), anyNonASCII: true)

    /// `a` then `b`.
    static func concatenate(_ a: StartInfo, _ b: StartInfo) -> StartInfo {
        if a.zeroWidth {
            var r = b
            r.boundary = a.boundary || b.boundary
            return r
        }
        var r = StartInfo(nullable: a.nullable && b.nullable, zeroWidth: false, boundary: a.boundary,
                          unknown: a.unknown || (a.nullable && b.unknown), one: .empty, rows: a.rows)
        if r.unknown { return r }
        // A one-byte match of `a`, then the first byte of `b` (any byte when `b` can be empty: what follows decides).
        if !a.one.isEmpty {
            let next = b.nullable || b.unknown ? ByteSet.all : b.firstBytes
            for x in a.one.elements { r.rows[x, default: .empty] = r.rows[x, default: .empty].union(next) }
            if b.nullable { r.one = a.one }
        }
        if a.nullable {
            r.one = r.one.union(b.one)
            for (x, s) in b.rows { r.rows[x, default: .empty] = r.rows[x, default: .empty].union(s) }
        }
        return r
    }

    /// Any one of `branches`.
    static func alternate(_ branches: [StartInfo]) -> StartInfo {
        guard var r = branches.first else { return .zeroWidth }
        for b in branches.dropFirst() {
            r.nullable = r.nullable || b.nullable
            r.zeroWidth = r.zeroWidth && b.zeroWidth
            r.boundary = r.boundary && b.boundary
            r.unknown = r.unknown || b.unknown
            r.one = r.one.union(b.one)
            for (x, s) in b.rows { r.rows[x, default: .empty] = r.rows[x, default: .empty].union(s) }
        }
        return r
    }

    /// `a` repeated `min` to `max` (nil: unbounded) times.
    static func repeated(_ a: StartInfo, min: Int, max: Int?) -> StartInfo {
        if max == 0 || a.zeroWidth { return min == 0 ? .zeroWidth : a }
        var r = a
        if max != 1 {
            // The first two bytes come from at most three copies (an empty one, then two one-byte ones).
            let optional = alternate([a, .zeroWidth])
            r = concatenate(a, concatenate(optional, optional))
        }
        if min == 0 {
            r = alternate([r, .zeroWidth])
            r.boundary = false
        }
        return r
    }
}

/// Where a match of a pattern can start, from its first two bytes and a word boundary at its start: a search tries
/// only the positions that pass, instead of entering the matcher at every position of a window.
///
/// Worked out from the pattern's text by the reader ``RequiredLiterals`` uses, and conservative: a position that
/// fails cannot start a match. A pattern that can match the empty string, or whose start the reader cannot tell,
/// has no filter.
public struct StartFilter: Sendable, Hashable {
    /// For each byte, its row in `seconds`, or 0 when no match starts with it.
    let rowOfFirst: [UInt8]
    /// Rows of four words: the second bytes that can follow the row's first byte (row 0 unused).
    let seconds: [UInt64]
    /// Whether every match begins with `\b`: no match starts between two ASCII word characters.
    public let wordStart: Bool
    /// Whether a search may visit only a text's ``CandidateStarts``: every match begins with `\b`, and with a byte
    /// they keep (not ASCII white space, not a UTF-8 continuation byte).
    public let usesCandidateStarts: Bool

    /// The filter of `source` compiled with `caseless` (or without), or nil when no position can be ruled out.
    public static func of(_ source: String, caseless: Bool) -> StartFilter? {
        var parser = LiteralParser(Array(source.unicodeScalars), caseless: caseless, startsWanted: true)
        guard let info = try? parser.parseAll() else { return nil }
        return StartFilter(info.start)
    }

    init?(_ info: StartInfo) {
        guard !info.nullable, !info.unknown, info.rows.count < 255 else { return nil }
        var rows: [(UInt8, ByteSet)] = info.rows.map { ($0.key, $0.value) }
        for b in info.one.elements {
            if let i = rows.firstIndex(where: { $0.0 == b }) { rows[i].1 = .all } else { rows.append((b, .all)) }
        }
        guard rows.count < 255 else { return nil }
        rows.sort { $0.0 < $1.0 }
        var rowOfFirst = [UInt8](repeating: 0, count: 256)
        var seconds = [UInt64](repeating: 0, count: 4)
        // Rows are shared between first bytes with the same second bytes.
        var rowIndex: [ByteSet: UInt8] = [:]
        for (first, set) in rows {
            if let r = rowIndex[set] { rowOfFirst[Int(first)] = r; continue }
            let r = UInt8(seconds.count / 4)
            rowIndex[set] = r
            rowOfFirst[Int(first)] = r
            seconds += [set.words.0, set.words.1, set.words.2, set.words.3]
        }
        self.rowOfFirst = rowOfFirst
        self.seconds = seconds
        self.wordStart = info.boundary
        self.usesCandidateStarts = info.boundary && (0 ... 255).allSatisfy { b in
            rowOfFirst[b] == 0 || !CandidateStarts.isSkipped(UInt8(b))
        }
    }

    /// The first position from `from` to `through` (inclusive) where a match can start in `text`, or nil.
    ///
    /// With `starts`, the text's ``CandidateStarts``, a filter that can (``usesCandidateStarts``) looks only at
    /// those positions, 64 at a time, instead of at every byte.
    @inline(__always)
    public func next(in text: UnsafeBufferPointer<UInt8>, from: Int, through: Int, starts: CandidateStarts? = nil) -> Int? {
        let n = text.count
        let last = Swift.min(through, n - 1)
        guard from <= last, let base = text.baseAddress else { return nil }
        return rowOfFirst.withUnsafeBufferPointer { firsts in
            seconds.withUnsafeBufferPointer { seconds in
                if usesCandidateStarts, let starts, starts.count == n {
                    return starts.bits.withUnsafeBufferPointer { bits in
                        var w = from &>> 6
                        var word = bits[w] & (~0 &<< UInt64(from & 63))
                        while true {
                            while word == 0 {
                                w &+= 1
                                if w &<< 6 > last { return nil }
                                word = bits[w]
                            }
                            let p = w &<< 6 | word.trailingZeroBitCount
                            if p > last { return nil }
                            word &= word &- 1
                            // The word boundary holds here (``CandidateStarts``): only the two bytes are checked.
                            let row = Int(firsts[Int(base[p])])
                            guard row != 0 else { continue }
                            if p + 1 < n {
                                let c = base[p + 1]
                                guard seconds[row &* 4 &+ Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 else { continue }
                            }
                            return p
                        }
                    }
                }
                var p = from
                while p <= last {
                    let b = base[p]
                    let row = Int(firsts[Int(b)])
                    if row != 0 {
                        var ok = true
                        if p + 1 < n {
                            let c = base[p + 1]
                            ok = seconds[row &* 4 &+ Int(c >> 6)] & (1 << UInt64(c & 63)) != 0
                        }
                        if ok, wordStart, p > 0, RequiredLiteral.isASCIIWord(b), RequiredLiteral.isASCIIWord(base[p - 1]) { ok = false }
                        if ok { return p }
                    }
                    p += 1
                }
                return nil
            }
        }
    }

    /// Whether a match can start with the bytes `first` and `second` (ignoring the word boundary).
    public func passes(_ first: UInt8, _ second: UInt8) -> Bool {
        let row = Int(rowOfFirst[Int(first)])
        return row != 0 && seconds[row * 4 + Int(second >> 6)] & (1 << UInt64(second & 63)) != 0
    }
}

/// The positions of a text where a match that begins with `\b` can begin, as a bit map (bit `p % 64` of word
/// `p / 64`): every byte except ASCII white space, UTF-8 continuation bytes, and ASCII word characters that follow
/// one. Worked out once for a text, and shared by every search in it whose ``StartFilter`` can use it (one whose
/// matches never begin with a byte skipped here).
public struct CandidateStarts: Sendable {
    /// The bits, one for each byte of the text, then a zero word.
    let bits: [UInt64]
    /// The length of the text.
    public let count: Int

    /// The candidate starts of `text`, eight bytes at a time (``SWAR``).
    public init(_ text: UnsafeBufferPointer<UInt8>) {
        let n = text.count
        count = n
        var bits = [UInt64](repeating: 0, count: n / 64 + 2)
        if n > 0, let base = text.baseAddress {
            bits.withUnsafeMutableBufferPointer { out in
                withUnsafeTemporaryAllocation(byteCount: 64, alignment: 8) { pad in
                    var carry: UInt64 = 0  // 1 when the byte before the block is an ASCII word character
                    var p = 0, block = 0
                    while p < n {
                        var source = UnsafeRawPointer(base + p)
                        if n - p < 64 {
                            // The last bytes, padded with spaces (which are never candidates).
                            pad.initializeMemory(as: UInt8.self, repeating: 0x20)
                            pad.baseAddress!.copyMemory(from: base + p, byteCount: n - p)
                            source = UnsafeRawPointer(pad.baseAddress!)
                        }
                        var word: UInt64 = 0, skipped: UInt64 = 0
                        for w in 0 ..< 8 {
                            let (isWord, skip) = Self.classes(SWAR.load(source, w &* 8))
                            word |= isWord &<< UInt64(w &* 8)
                            skipped |= skip &<< UInt64(w &* 8)
                        }
                        out[block] = ~skipped & ~(word & (word &<< 1 | carry))
                        carry = word &>> 63
                        p &+= 64
                        block &+= 1
                    }
                }
            }
        }
        self.bits = bits
    }

    /// Of eight bytes (the first lowest), those that are ASCII word characters, and those that are skipped, as
    /// eight bits each (``SWAR``: adding to a byte's low seven bits sets its high bit from a range's start, and
    /// again past its end).
    @inline(__always)
    static func classes(_ x: UInt64) -> (word: UInt64, skipped: UInt64) {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let low7 = x & 0x7F7F_7F7F_7F7F_7F7F, ascii = ~x & highs
        let lower = low7 | 0x2020_2020_2020_2020
        let letter = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505)
        let digit = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646)
        let control = (low7 &+ 0x7777_7777_7777_7777) & ~(low7 &+ 0x7272_7272_7272_7272)
        let word = (letter | digit) & ascii | SWAR.zeroBytes(x ^ 0x5F5F_5F5F_5F5F_5F5F)
        // Continuation bytes: the high bit set and the next one clear.
        let skipped = control & ascii | SWAR.zeroBytes(x ^ 0x2020_2020_2020_2020) | x & ~(x &<< 1) & highs
        return (SWAR.gather(word), SWAR.gather(skipped))
    }

    /// Whether `position` is a candidate start.
    public func contains(_ position: Int) -> Bool {
        position >= 0 && position < count && bits[position >> 6] >> UInt64(position & 63) & 1 != 0
    }

    /// Whether a position whose byte is `b` is never a candidate, whatever comes before it.
    static func isSkipped(_ b: UInt8) -> Bool {
        b == 0x20 || (0x09 ... 0x0D).contains(b) || (0x80 ... 0xBF).contains(b)
    }
}
