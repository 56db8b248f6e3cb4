/// One piece of prompt text with the role of its author.
public struct PromptSegment: Sendable, Hashable {
    /// Who wrote the text.
    public var role: Role
    /// The text as UTF-8 bytes (possibly invalid; invalid sequences never match a rule).
    public var bytes: [UInt8]

    /// Creates a segment from a string.
    public init(role: Role = .user, text: String) {
        self.role = role
        self.bytes = Array(text.utf8)
    }

    /// Creates a segment from raw UTF-8 bytes.
    public init(role: Role = .user, bytes: [UInt8]) {
        self.role = role
        self.bytes = bytes
    }

    /// The text, with invalid UTF-8 repaired to U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A prompt: one or more segments that are assessed together (a system prompt and the turns of a request).
public struct Prompt: Sendable, Hashable {
    /// The segments in order.
    public var segments: [PromptSegment]

    /// Creates a prompt from segments.
    public init(segments: [PromptSegment]) { self.segments = segments }

    /// Creates a one-segment user prompt.
    public init(_ text: String, role: Role = .user) { self.segments = [PromptSegment(role: role, text: text)] }
}

/// Finds template placeholders: `{NAME}`, `{{ name }}`, `{$name}`, `${name}`, plus Jinja `{% … %}` and `{# … #}`.
///
/// Placeholders are opaque: no finding starts or ends inside one, and rewrites never change them.
public enum Placeholders {
    /// The most bytes a placeholder may span.
    static let maxLength = 256

    /// The placeholder spans in `bytes`, as sorted, non-overlapping UTF-8 byte ranges.
    public static func spans(in bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let n = bytes.count
        var i = 0
        @inline(__always) func isIdentStart(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F }
        @inline(__always) func isIdent(_ b: UInt8) -> Bool { isIdentStart(b) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D }
        /// The end of an identifier starting at `j` followed by `}`; nil if none.
        func identifierThenBrace(_ j: Int) -> Int? {
            guard j < n, isIdentStart(bytes[j]) else { return nil }
            var k = j + 1
            while k < n, k - j < maxLength, isIdent(bytes[k]) { k += 1 }
            return k < n && bytes[k] == 0x7D ? k + 1 : nil
        }
        /// The end of a `{X … X}` block starting at `i` (X = `{`, `%` or `#`); nil if unterminated on this line.
        func block(_ close0: UInt8, _ close1: UInt8) -> Int? {
            var k = i + 2
            while k + 1 < n, k - i < maxLength {
                if bytes[k] == 0x0A { return nil }
                if bytes[k] == close0 && bytes[k + 1] == close1 { return k + 2 }
                k += 1
            }
            return nil
        }
        while i < n {
            // Only `{` and `$` begin a placeholder.
            i = bytes.withUnsafeBufferPointer { ByteScan.next(0x7B, or: 0x24, in: $0, from: i) }
            guard i < n else { break }
            let b = bytes[i]
            if b == 0x7B /* { */, i + 1 < n {
                let c = bytes[i + 1]
                var end: Int?
                switch c {
                case 0x7B: end = block(0x7D, 0x7D)                 // {{ … }}
                case 0x25: end = block(0x25, 0x7D)                 // {% … %}
                case 0x23: end = block(0x23, 0x7D)                 // {# … #}
                case 0x24: end = identifierThenBrace(i + 2)        // {$name}
                default: end = identifierThenBrace(i + 1)          // {NAME}
                }
                if let end {
                    spans.append(i ..< end)
                    i = end
                    continue
                }
            } else if b == 0x24 /* $ */, i + 1 < n, bytes[i + 1] == 0x7B, let end = identifierThenBrace(i + 2) {
                spans.append(i ..< end)
                i = end
                continue
            }
            i += 1
        }
        return spans
    }

    /// Whether `range` overlaps any of the sorted `spans`.
    static func overlaps(_ range: Range<Int>, _ spans: [Range<Int>]) -> Bool {
        guard !spans.isEmpty else { return false }
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo < spans.count else { return false }
        let s = spans[lo]
        if range.isEmpty { return s.lowerBound < range.lowerBound && range.lowerBound < s.upperBound }
        return s.lowerBound < range.upperBound
    }
}

/// Word positions in a text, for "within N words" conditions.
///
/// A word is a run of letters, digits, `_` or `'`; each CJK ideograph, kana or hangul syllable counts as one word.
struct WordIndex {
    private(set) var starts: [Int] = []

    init(_ bytes: [UInt8]) {
        // A word start is followed by at least one byte that is not one (or is the end), so there are at most
        // half as many (rounded up) as bytes.
        starts = [Int](unsafeUninitializedCapacity: bytes.count / 2 + 2) { buffer, count in
            bytes.withUnsafeBufferPointer { count = Self.scan($0, into: buffer) }
        }
    }

    /// Writes the word starts of `bytes` into `starts` (room for half the bytes, rounded up, and one); returns how many.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into starts: UnsafeMutableBufferPointer<Int>) -> Int {
        var count = 0
        var inWord = 0
        var i = 0
        let n = bytes.count
        while i < n {
            // 64 ASCII bytes at once: their word characters as a bit mask (bit `k` for byte `k`), and the starts read
            // from it.
            if i &+ 64 <= n, let word = Self.wordMask(UnsafeRawPointer(bytes.baseAddress! + i)) {
                var begins = word & ~(word &<< 1 | UInt64(inWord))
                while begins != 0 {
                    starts[count] = i &+ begins.trailingZeroBitCount
                    count &+= 1
                    begins &= begins &- 1
                }
                inWord = Int(word &>> 63)
                i &+= 64
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                // No branch on the kind of byte (a predictor misses at most word ends): the position is written
                // where the next start would go, and kept only when it is one.
                let lower = b | 0x20
                let isWord = (lower &- 0x61 < 26 ? 1 : 0) | (b &- 0x30 < 10 ? 1 : 0) | (b == 0x5F ? 1 : 0) | (b == 0x27 ? 1 : 0)
                starts[count] = i
                count &+= isWord & (1 &- inWord)
                inWord = isWord
                i &+= 1
                continue
            }
            // Decode one multi-byte scalar.
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            var scalar: UInt32 = 0
            if len == 3, i + 2 < n {
                scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            }
            let isCJK = (0x3040 ... 0x30FF).contains(scalar) || (0x3400 ... 0x9FFF).contains(scalar) || (0xAC00 ... 0xD7AF).contains(scalar) || (0xF900 ... 0xFAFF).contains(scalar)
            let isPunct = (0x3000 ... 0x303F).contains(scalar) || (0xFF00 ... 0xFF0F).contains(scalar) || (0xFF1A ... 0xFF20).contains(scalar) || scalar == 0x2019 || (0x2000 ... 0x206F).contains(scalar)
            if isCJK {
                starts[count] = i
                count += 1
                inWord = 0
            } else if isPunct {
                inWord = 0
            } else {
                // Other letters (accented Latin, Cyrillic…) continue or start a word.
                if inWord == 0 {
                    starts[count] = i
                    count += 1
                }
                inWord = 1
            }
            i += max(1, len)
        }
        return count
    }

    /// For 64 bytes from `p`, all ASCII, a bit for each word character (a letter, a digit, `_` or `'`); nil when one
    /// is not ASCII. Eight bytes at a time (SWAR, ``ByteScan``): a byte's high bit marks it as in a range (adding
    /// to its low seven bits sets the high bit from the range's start, and again past its end), or equal to a byte.
    @inline(__always)
    static func wordMask(_ p: UnsafeRawPointer) -> UInt64? {
        var mask: UInt64 = 0, high: UInt64 = 0
        for w in 0 ..< 8 {
            let x = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: w &* 8, as: UInt64.self))
            high |= x
            let low7 = x & 0x7F7F_7F7F_7F7F_7F7F, lower = low7 | 0x2020_2020_2020_2020
            let letter = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505)
            let digit = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646)
            let other = ByteScan.zeroBytes(low7 ^ 0x5F5F_5F5F_5F5F_5F5F) | ByteScan.zeroBytes(low7 ^ 0x2727_2727_2727_2727)
            mask |= ByteScan.gather((letter | digit) & 0x8080_8080_8080_8080 | other) &<< UInt64(w &* 8)
        }
        return high & 0x8080_8080_8080_8080 == 0 ? mask : nil
    }

    /// The number of word starts before byte `offset`.
    func index(at offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The byte range from `words` words before `range` to `words` words after it (clamped to `limit`).
    func byteWindow(around range: Range<Int>, words: Int, limit: Int) -> (Int, Int) {
        let first = index(at: range.lowerBound)
        let last = index(at: range.upperBound)
        let lo = first - words <= 0 ? 0 : starts[first - words]
        let hi = last + words >= starts.count ? limit : starts[last + words]
        return (lo, min(hi, limit))
    }

    /// The number of words strictly between two spans (0 when they touch or overlap).
    func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        let (first, second) = a.lowerBound <= b.lowerBound ? (a, b) : (b, a)
        if second.lowerBound <= first.upperBound { return 0 }
        return max(0, index(at: second.lowerBound) - index(at: first.upperBound))
    }
}
