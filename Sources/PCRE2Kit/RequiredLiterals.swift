/// A piece of text that every match of a pattern contains, for a literal prefilter.
///
/// ASCII letters are lower-cased: a prefilter compares them without regard to case. `wordStart` and `wordEnd` say
/// that the pattern puts a word boundary (`\b`) right before or after the literal, where the literal begins or ends
/// with an ASCII word character: an occurrence next to an ASCII letter, digit or underscore on that side is no match.
public struct RequiredLiteral: Sendable, Hashable {
    /// The literal's UTF-8 bytes, ASCII letters in lower case (a slice, so that many literals read from one
    /// buffer share it instead of each having its own).
    public let bytes: ArraySlice<UInt8>
    /// Whether no ASCII word character may come right before an occurrence.
    public let wordStart: Bool
    /// Whether no ASCII word character may come right after an occurrence.
    public let wordEnd: Bool

    /// Creates a literal.
    public init(bytes: ArraySlice<UInt8>, wordStart: Bool = false, wordEnd: Bool = false) {
        self.bytes = bytes
        self.wordStart = wordStart
        self.wordEnd = wordEnd
    }

    /// Creates a literal from its own bytes.
    public init(bytes: [UInt8], wordStart: Bool = false, wordEnd: Bool = false) {
        self.init(bytes: bytes[...], wordStart: wordStart, wordEnd: wordEnd)
    }

    /// Whether `byte` is an ASCII word character (`[A-Za-z0-9_]`).
    @inlinable public static func isASCIIWord(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
    }
}

/// A set of literals one of which every match of a pattern contains, and how far into a match it can begin.
public struct LiteralGroup: Sendable, Hashable {
    /// The literals; every match contains at least one of them.
    public let literals: [RequiredLiteral]
    /// The most bytes between a match's start and the start of the literal it contains, not counting the runs
    /// below; nil when unbounded. A match containing a literal that begins at byte `s` starts at
    /// `s - maxOffset - spaceRuns × S - otherRuns × N` at the earliest, where `S` and `N` are the longest runs of
    /// white space and of other characters in the text searched (``TextRuns``); 0 for a pattern that begins with
    /// one of the literals.
    public let maxOffset: Int?
    /// How many runs of white space (`\s+`, `\s*`) may come before the literal.
    public let spaceRuns: Int
    /// How many runs of characters other than white space (`\w+`, `[a-z]*`, `\S+`) may come before the literal.
    public let otherRuns: Int

    /// Creates a group.
    public init(literals: [RequiredLiteral], maxOffset: Int?, spaceRuns: Int = 0, otherRuns: Int = 0) {
        self.literals = literals
        self.maxOffset = maxOffset
        self.spaceRuns = maxOffset == nil ? 0 : spaceRuns
        self.otherRuns = maxOffset == nil ? 0 : otherRuns
    }

    /// The most bytes between a match's start and the literal in a text whose longest runs are `runs`; nil when
    /// unbounded.
    public func reach(_ runs: TextRuns) -> Int? {
        maxOffset.map { $0 + spaceRuns * runs.space + otherRuns * runs.other }
    }
}

/// The longest runs of white-space characters, and of other characters, in a text, in bytes: a bound on what
/// `\s+` and `\w+` (or any class without white space) can match there.
public struct TextRuns: Sendable, Hashable {
    /// The longest run of white-space characters (as `\s` matches them with Unicode properties).
    public var space: Int
    /// The longest run of characters that are not white space.
    public var other: Int

    /// Creates runs.
    public init(space: Int, other: Int) {
        self.space = space
        self.other = other
    }

    /// The runs of `text`. U+0085 and U+180E, which `\\s` may or may not match depending on the PCRE2 build's
    /// Unicode data and its rules for `\\h` and `\\v`, continue both kinds of run, so both bounds hold either way.
    public init(_ text: UnsafeBufferPointer<UInt8>) {
        var space = 0, other = 0, spaceRun = 0, otherRun = 0
        var i = 0
        let n = text.count
        while i < n {
            // 64 bytes at once: which are white space, as a bit mask, and the runs read from its bits. Other
            // non-ASCII characters are runs of other bytes like any; a block with one that `\s` may or may not
            // match, or with white space that goes on past the block, is read a character at a time instead.
            if i &+ 64 <= n, let mask = Self.whiteSpaceMask(text, at: i) {
                if mask == 0 {
                    otherRun &+= 64
                    spaceRun = 0
                    other = Swift.max(other, otherRun)
                } else if mask == ~0 {
                    spaceRun &+= 64
                    otherRun = 0
                    space = Swift.max(space, spaceRun)
                } else {
                    // The runs going on from before the block, the longest within it, and those going on after it.
                    space = Swift.max(space, spaceRun &+ (~mask).trailingZeroBitCount, Self.longestRun(mask))
                    other = Swift.max(other, otherRun &+ mask.trailingZeroBitCount, Self.longestRun(~mask))
                    spaceRun = (~mask).leadingZeroBitCount
                    otherRun = mask.leadingZeroBitCount
                }
                i &+= 64
                continue
            }
            let b = text[i]
            if b < 0x80 {
                // ASCII, most of any text: no decoding, and no branch on the kind of byte (which a branch predictor
                // would often get wrong): a run of the other kind is multiplied by zero.
                let white = (b == 0x20 ? 1 : 0) | (b &- 0x09 < 5 ? 1 : 0)
                spaceRun = (spaceRun &+ 1) &* white
                otherRun = (otherRun &+ 1) &* (1 &- white)
                space = Swift.max(space, spaceRun)
                other = Swift.max(other, otherRun)
                i &+= 1
                continue
            }
            let (white, length) = Self.nonASCII(text, at: i)
            if white != 0 { spaceRun += length; space = max(space, spaceRun) } else { spaceRun = 0 }
            if white != 1 { otherRun += length; other = max(other, otherRun) } else { otherRun = 0 }
            i += length
        }
        self.space = space
        self.other = other
    }

    /// The longest run of set bits in `x` (one step for each bit of it: most runs in a block are short).
    @inline(__always)
    static func longestRun(_ x: UInt64) -> Int {
        var x = x, length = 0
        while x != 0 {
            x &= x &<< 1
            length &+= 1
        }
        return length
    }

    /// Whether the non-ASCII byte at `i` of `text` begins white space (0: no; 1: yes; 2: U+0085 or U+180E, which
    /// may or may not be), and how many bytes to take as one (the character's when it is white space, else one).
    @inline(__always)
    static func nonASCII(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (white: Int, length: Int) {
        let b = text[i], n = text.count
        if b == 0xC2, i + 1 < n, text[i + 1] == 0x85 || text[i + 1] == 0xA0 {
            return (text[i + 1] == 0x85 ? 2 : 1, 2)
        } else if b == 0xE1, i + 2 < n, (text[i + 1] == 0x9A && text[i + 2] == 0x80) || (text[i + 1] == 0xA0 && text[i + 2] == 0x8E) {
            return (text[i + 1] == 0xA0 ? 2 : 1, 3)
        } else if b == 0xE2, i + 2 < n,
                  (text[i + 1] == 0x80 && ((0x80 ... 0x8A).contains(text[i + 2]) || text[i + 2] == 0xA8 || text[i + 2] == 0xA9 || text[i + 2] == 0xAF))
                    || (text[i + 1] == 0x81 && text[i + 2] == 0x9F) {
            return (1, 3)
        } else if b == 0xE3, i + 2 < n, text[i + 1] == 0x80, text[i + 2] == 0x80 {
            return (1, 3)
        }
        return (0, 1)
    }

    /// For the 64 bytes at `i` of `text`, a bit for each that is white space (bit `k` for byte `k`); nil when one
    /// is U+0085 or U+180E, or white space that goes on past them. ASCII eight bytes at a time (``SWAR``: a
    /// byte's high bit marks it as a space or in 0x09…0x0D, where adding 0x77 to its low seven bits sets the high
    /// bit and adding 0x72 does not); then each byte from 0xC2 to 0xE3, which may begin non-ASCII white space, is
    /// looked at.
    @inline(__always)
    static func whiteSpaceMask(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64? {
        let p = UnsafeRawPointer(text.baseAddress! + i)
        var mask: UInt64 = 0, leads: UInt64 = 0
        for w in 0 ..< 8 {
            let x = SWAR.load(p, w &* 8)
            let low7 = x & 0x7F7F_7F7F_7F7F_7F7F, high = x & 0x8080_8080_8080_8080
            let control = (low7 &+ 0x7777_7777_7777_7777) & ~(low7 &+ 0x7272_7272_7272_7272) & ~high
            let white = control & 0x8080_8080_8080_8080 | SWAR.zeroBytes(x ^ 0x2020_2020_2020_2020)
            // 0xC2…0xE3: high bit set, and the low seven bits from 0x42 to 0x63.
            let lead = (low7 &+ 0x3E3E_3E3E_3E3E_3E3E) & ~(low7 &+ 0x1C1C_1C1C_1C1C_1C1C) & high
            mask |= SWAR.gather(white) &<< UInt64(w &* 8)
            leads |= SWAR.gather(lead) &<< UInt64(w &* 8)
        }
        while leads != 0 {
            let k = leads.trailingZeroBitCount
            leads &= leads &- 1
            let (white, length) = nonASCII(text, at: i &+ k)
            if white == 0 { continue }
            if white == 2 || k &+ length > 64 { return nil }
            mask |= ((1 &<< UInt64(length)) &- 1) &<< UInt64(k)
        }
        return mask
    }
}

/// What every match of a PCRE2 pattern must contain, worked out from the pattern's text: groups of literals, where
/// each match contains at least one literal of every group, not far from its start when the pattern says so.
///
/// This is the necessary condition that literal prefilters in regex engines compute (RE2's prefilter, the
/// literal extraction in Rust's `regex`): text without a literal of some group cannot match, so the pattern need not
/// run there, and where a literal does occur, a match can only start within the group's offset before it. The
/// analysis reads the pattern syntax PCRE2 accepts and is conservative: a construct it does not know makes it give
/// up (no groups), which is always safe. Literals are compared ASCII case-insensitively, like the prefilter's
/// keywords; other case variants (`ſ` for `s`, the Kelvin sign for `k`) are not literals' concern.
public struct RequiredLiterals: Sendable, Hashable {
    /// Groups of literals: every match contains one literal of each group. Empty when nothing is known.
    public let groups: [LiteralGroup]

    /// Creates a requirement from its groups.
    public init(groups: [LiteralGroup]) {
        self.groups = groups
    }

    /// Nothing known: the pattern may match anywhere.
    public static let none = RequiredLiterals(groups: [])

    /// The most literals a group may have, and the most strings an exact set may hold while analysing.
    static let setLimit = 64

    /// The requirement of `source` compiled with `caseless` (the default for rules) or without.
    ///
    /// - Parameters:
    ///   - source: The pattern text.
    ///   - caseless: Whether the pattern is compiled case-insensitively.
    ///   - minimumStrength: A group is kept only when each of its literals is at least this strong (its length in
    ///     bytes plus one for each word boundary it needs): short literals occur everywhere and filter nothing.
    ///   - maxGroups: The most groups kept (the strongest).
    public static func of(_ source: String, caseless: Bool, minimumStrength: Int = 3, maxGroups: Int = 2) -> RequiredLiterals {
        var parser = LiteralParser(Array(source.unicodeScalars), caseless: caseless)
        guard let info = try? parser.parseAll() else { return .none }
        var groups = info.necessary.map {
            LiteralGroup(literals: minimized($0.literals.map(Self.checked)), maxOffset: $0.maxOffset, spaceRuns: $0.spaceRuns, otherRuns: $0.otherRuns)
        }
        func strength(_ l: RequiredLiteral) -> Int { Self.strength(l) }
        groups = groups.filter { g in
            !g.literals.isEmpty && g.literals.count <= setLimit
                && g.literals.allSatisfy { strength($0) >= minimumStrength && !isCommonWord($0) }
        }
        // The strongest groups first: the weakest literal decides how often a group is met; then the nearest.
        groups.sort { a, b in
            let sa = a.literals.map(strength).min()!, sb = b.literals.map(strength).min()!
            if sa != sb { return sa > sb }
            if a.literals.count != b.literals.count { return a.literals.count < b.literals.count }
            return (a.maxOffset ?? Int.max) < (b.maxOffset ?? Int.max)
        }
        func order(_ x: RequiredLiteral, _ y: RequiredLiteral) -> Bool {
            if x.bytes != y.bytes { return x.bytes.lexicographicallyPrecedes(y.bytes) }
            return (x.wordStart ? 1 : 0) + (x.wordEnd ? 2 : 0) < (y.wordStart ? 1 : 0) + (y.wordEnd ? 2 : 0)
        }
        return RequiredLiterals(groups: groups.prefix(maxGroups).map {
            LiteralGroup(literals: $0.literals.sorted(by: order), maxOffset: $0.maxOffset, spaceRuns: $0.spaceRuns, otherRuns: $0.otherRuns)
        })
    }

    /// How selective a literal is: one for each ASCII byte, two for each other character (a single Chinese
    /// character is as common as a two-letter word), and one for each word boundary it needs.
    static func strength(_ literal: RequiredLiteral) -> Int {
        var n = (literal.wordStart ? 1 : 0) + (literal.wordEnd ? 1 : 0)
        for b in literal.bytes where b < 0x80 || b >= 0xC0 { n += b < 0x80 ? 1 : 2 }
        return n
    }

    /// Words so frequent in any English text that a group holding one filters nothing (a literal in many
    /// patterns' groups is also reported once for each of them, which costs more than it saves).
    static let commonWords: Set<[UInt8]> = Set("""
        the and you your yours for are not with that this what how can who his her him she they them their was were \
        have has had will would could should about from into all any some one out get make like just more most \
        than then there where when which why our its it's i'm don't does did but also been being here only other \
        over such very want need know tell give take use used using way ways help please \
        in of to on at as is be or by an if it me my we do so up no us he am
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { Array($0.utf8) })

    /// Whether `literal` is one of ``commonWords`` in any case: the prefilter finds literals without regard to
    /// ASCII case, so a case-sensitive `Is` occurs wherever `is` does.
    static func isCommonWord(_ literal: RequiredLiteral) -> Bool {
        guard literal.bytes.count <= 6 else { return false }
        return commonWords.contains(literal.bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 })
    }

    /// `group` without literals that another one implies: a literal that begins with a shorter one of the group is
    /// dropped, and the shorter one no longer needs a boundary after it (an occurrence of "idiots" is one of
    /// "idiot"). Every text with a literal of the group before still has one after.
    static func minimized(_ group: [RequiredLiteral]) -> [RequiredLiteral] {
        var kept: [RequiredLiteral] = []
        for literal in Set(group).sorted(by: { ($0.bytes.count, $0.wordStart ? 0 : 1) < ($1.bytes.count, $1.wordStart ? 0 : 1) }) {
            if let k = kept.firstIndex(where: { m in literal.bytes.starts(with: m.bytes) && (!m.wordStart || literal.wordStart) }) {
                if kept[k].wordEnd, kept[k].bytes != literal.bytes || !literal.wordEnd {
                    kept[k] = RequiredLiteral(bytes: kept[k].bytes, wordStart: kept[k].wordStart, wordEnd: false)
                }
                continue
            }
            kept.append(literal)
        }
        return kept
    }

    /// `literal` with the boundary flags kept only where they can be checked: at an ASCII word character.
    static func checked(_ literal: RequiredLiteral) -> RequiredLiteral {
        RequiredLiteral(
            bytes: literal.bytes,
            wordStart: literal.wordStart && literal.bytes.first.map(RequiredLiteral.isASCIIWord) == true,
            wordEnd: literal.wordEnd && literal.bytes.last.map(RequiredLiteral.isASCIIWord) == true)
    }
}

/// What the analysis knows of a piece of a pattern.
struct LiteralInfo {
    /// Every string the piece can match, when there are few (a `\b` is an empty string with a boundary); else nil.
    /// (An array, not a set: duplicates are rare and harmless, and hashing byte arrays is what made analysis slow.)
    var exact: [Piece]?
    /// When not exact: groups of literals one of each of which every match contains, each with its offset in
    /// the piece.
    var groups: [LiteralGroup]
    /// The longest match in bytes, besides the runs below; nil when unbounded.
    var maxLength: Int?
    /// How many runs of white space, and of other characters, a match may have besides `maxLength` (``TextRuns``).
    var spaceRuns = 0
    var otherRuns = 0
    /// For a single character: 1 if it is always white space, 2 if never (so a repetition of it is one run).
    var run: UInt8 = 0
    /// What a match can begin with (``StartFilter``); set by the reader, conservative until it is. Kept in a box,
    /// none while unknown, so the pieces of an analysis that does not want it stay small and cheap to copy.
    var startBox: StartBox? = nil
    var start: StartInfo {
        get { startBox?.info ?? .unknownStart }
        set { startBox = newValue.isUnknownStart ? nil : StartBox(newValue) }
    }

    /// A ``StartInfo`` on the heap.
    final class StartBox: Sendable {
        let info: StartInfo
        init(_ info: StartInfo) { self.info = info }
    }

    /// This piece with `start` as what it begins with.
    func starting(_ start: StartInfo) -> LiteralInfo {
        var info = self
        info.start = start
        return info
    }

    /// The length as a bound: fixed bytes and runs (nil: unbounded).
    var length: Bound? { maxLength.map { Bound(fixed: $0, spaces: spaceRuns, others: otherRuns) } }

    /// A symbolic length: `fixed` bytes, `spaces` runs of white space and `others` runs of other characters.
    struct Bound: Hashable {
        var fixed: Int, spaces: Int, others: Int
        static let zero = Bound(fixed: 0, spaces: 0, others: 0)
        static func + (a: Bound, b: Bound) -> Bound {
            Bound(fixed: a.fixed + b.fixed, spaces: a.spaces + b.spaces, others: a.others + b.others)
        }
        /// An upper bound of both (the runs are never negative, so the larger of each part is).
        static func maximum(_ a: Bound, _ b: Bound) -> Bound {
            Bound(fixed: max(a.fixed, b.fixed), spaces: max(a.spaces, b.spaces), others: max(a.others, b.others))
        }
        func times(_ k: Int) -> Bound {
            Bound(fixed: Swift.min(fixed * k, 1 << 40), spaces: Swift.min(spaces * k, 1 << 20), others: Swift.min(others * k, 1 << 20))
        }
    }

    /// This piece with its length set to `bound`.
    func with(length bound: Bound?) -> LiteralInfo {
        var info = self
        info.maxLength = bound?.fixed
        info.spaceRuns = bound?.spaces ?? 0
        info.otherRuns = bound?.others ?? 0
        return info
    }

    /// A string of an exact set: its bytes and whether a word boundary is right before or after it. For the empty
    /// string, `start` and `end` are the same: a boundary at that point.
    struct Piece: Hashable {
        var bytes: [UInt8]
        var start: Bool
        var end: Bool
    }

    static func exact(_ pieces: [Piece], maxLength: Int?) -> LiteralInfo { LiteralInfo(exact: pieces, groups: [], maxLength: maxLength) }
    static func anything(maxLength: Int?) -> LiteralInfo { LiteralInfo(exact: nil, groups: [], maxLength: maxLength) }
    /// One character of a class: always white space (`run` 1), never (2), or either (0).
    static func character(run: UInt8) -> LiteralInfo { LiteralInfo(exact: nil, groups: [], maxLength: 4, run: run) }
    static let empty = LiteralInfo.exact([Piece(bytes: [], start: false, end: false)], maxLength: 0).starting(.zeroWidth)

    /// The groups every match meets: an exact set is one group at the start, unless it holds the empty string.
    var necessary: [LiteralGroup] {
        guard let exact else { return groups }
        if exact.contains(where: { $0.bytes.isEmpty }) { return [] }
        return [LiteralGroup(literals: exact.map { RequiredLiteral(bytes: $0.bytes, wordStart: $0.start, wordEnd: $0.end) }, maxOffset: 0)]
    }

    /// `groups` as they are in a piece that comes `offset` at most after the start (nil: unbounded).
    static func shifted(_ groups: [LiteralGroup], by offset: Bound?) -> [LiteralGroup] {
        groups.map { g in
            guard let o = offset, let m = g.maxOffset else { return LiteralGroup(literals: g.literals, maxOffset: nil) }
            return LiteralGroup(literals: g.literals, maxOffset: o.fixed + m, spaceRuns: o.spaces + g.spaceRuns, otherRuns: o.others + g.otherRuns)
        }
    }

    /// A group's offset as a bound (nil: unbounded).
    static func offset(_ g: LiteralGroup) -> Bound? { g.maxOffset.map { Bound(fixed: $0, spaces: g.spaceRuns, others: g.otherRuns) } }

    /// `a` then `b`.
    static func concatenate(_ a: LiteralInfo, _ b: LiteralInfo) -> LiteralInfo {
        let length = a.length.flatMap { x in b.length.map { y in x + y } }
        if let ea = a.exact, let eb = b.exact, ea.count * eb.count <= RequiredLiterals.setLimit {
            var product: [Piece] = []
            product.reserveCapacity(ea.count * eb.count)
            for x in ea { for y in eb { product.append(join(x, y)) } }
            return LiteralInfo.exact(product, maxLength: nil).with(length: length)
        }
        return LiteralInfo(exact: nil, groups: a.necessary + shifted(b.necessary, by: a.length), maxLength: nil).with(length: length)
    }

    /// Two adjacent strings as one; a boundary between two non-empty strings is forgotten (a weaker condition).
    static func join(_ x: Piece, _ y: Piece) -> Piece {
        if x.bytes.isEmpty, y.bytes.isEmpty { return Piece(bytes: [], start: x.start || y.start, end: x.end || y.end) }
        if x.bytes.isEmpty { return Piece(bytes: y.bytes, start: y.start || x.end, end: y.end) }
        if y.bytes.isEmpty { return Piece(bytes: x.bytes, start: x.start, end: x.end || y.start) }
        return Piece(bytes: x.bytes + y.bytes, start: x.start, end: y.end)
    }

    /// Any one of `branches`.
    static func alternate(_ branches: [LiteralInfo]) -> LiteralInfo {
        let length = branches.reduce(Optional(Bound.zero)) { acc, b in acc.flatMap { x in b.length.map { Bound.maximum(x, $0) } } }
        // Single characters all white space, or all not, are one such character.
        let run: UInt8 = branches.allSatisfy({ $0.run == 1 }) ? 1 : branches.allSatisfy({ $0.run == 2 }) ? 2 : 0
        if branches.allSatisfy({ $0.exact != nil }) {
            let union = branches.flatMap { $0.exact! }
            if union.count <= RequiredLiterals.setLimit {
                var info = LiteralInfo.exact(union, maxLength: nil).with(length: length)
                info.run = run
                return info
            }
        }
        // Each branch's strongest group; a match meets one branch, so it meets the union of those groups.
        var union: [RequiredLiteral] = []
        var offset: Bound? = .zero
        for branch in branches {
            let groups = branch.necessary
            guard let best = groups.max(by: { strength($0) < strength($1) }) else {
                var info = LiteralInfo.anything(maxLength: nil).with(length: length)
                info.run = run
                return info
            }
            union += best.literals
            offset = offset.flatMap { o in Self.offset(best).map { Bound.maximum(o, $0) } }
        }
        let group = LiteralGroup(literals: union, maxOffset: offset?.fixed, spaceRuns: offset?.spaces ?? 0, otherRuns: offset?.others ?? 0)
        return LiteralInfo(exact: nil, groups: [group], maxLength: nil).with(length: length)
    }

    /// How selective a group is: its weakest literal's strength, 0 when one is a common word (such a group would be
    /// dropped, so a branch of an alternation offers its next group instead).
    static func strength(_ group: LiteralGroup) -> Int {
        if group.literals.contains(where: RequiredLiterals.isCommonWord) { return 0 }
        return group.literals.map(RequiredLiterals.strength).min() ?? 0
    }

    /// `a` repeated `min` to `max` (nil: unbounded) times.
    static func repeated(_ a: LiteralInfo, min: Int, max: Int?) -> LiteralInfo {
        // A bounded repetition is at most `max` copies; an unbounded one of a single character that is always, or
        // never, white space is one run of such characters; anything else unbounded has no bound.
        let length: Bound?
        if let max { length = a.length.map { max == 0 ? .zero : $0.times(max) } }
        else if a.run == 1 { length = Bound(fixed: 0, spaces: 1, others: 0) }
        else if a.run == 2 { length = Bound(fixed: 0, spaces: 0, others: 1) }
        else { length = nil }
        if max == 0 { return .empty }
        if min == 0 {
            if max == 1, let e = a.exact {
                var set = e
                set.append(Piece(bytes: [], start: false, end: false))
                return LiteralInfo.exact(set, maxLength: nil).with(length: length)
            }
            return LiteralInfo.anything(maxLength: nil).with(length: length)
        }
        if min == 1, max == 1 { return a }
        if let e = a.exact, max == min, min <= 4 {
            var result = LiteralInfo.exact(e, maxLength: a.maxLength)
            for _ in 1 ..< min { result = concatenate(result, .exact(e, maxLength: a.maxLength)) }
            if result.exact != nil { return LiteralInfo(exact: result.exact, groups: [], maxLength: nil).with(length: length) }
        }
        // At least one copy occurs, the first of them where `a`'s literal would be.
        return LiteralInfo(exact: nil, groups: a.necessary, maxLength: nil).with(length: length)
    }
}

/// A recursive-descent reader of PCRE2 pattern syntax that computes ``LiteralInfo``; it throws on anything it does
/// not understand, and the caller then assumes nothing.
struct LiteralParser {
    struct Unsupported: Error {}

    let s: [Unicode.Scalar]
    var i = 0
    var caseless: Bool
    /// Whether what matches begin with (``StartInfo``) is worked out too.
    let startsWanted: Bool

    init(_ s: [Unicode.Scalar], caseless: Bool, startsWanted: Bool = false) {
        self.s = s
        self.caseless = caseless
        self.startsWanted = startsWanted
    }

    var atEnd: Bool { i >= s.count }
    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    mutating func parseAll() throws(Unsupported) -> LiteralInfo {
        let info = try parseAlternation()
        guard atEnd else { throw Unsupported() }
        return info
    }

    /// Branches separated by `|`, up to a `)` or the end. Inline flags last until the end of the enclosing group.
    mutating func parseAlternation() throws(Unsupported) -> LiteralInfo {
        let outerCaseless = caseless
        defer { caseless = outerCaseless }
        var branches: [LiteralInfo] = []
        var sequence = Sequence(startsWanted: startsWanted)
        while let c = peek(), c != ")" {
            if c == "|" {
                branches.append(sequence.info)
                sequence = Sequence(startsWanted: startsWanted)
                i += 1
                continue
            }
            sequence.append(try parseQuantified())
        }
        branches.append(sequence.info)
        return branches.count == 1 ? branches[0] : LiteralInfo.alternate(branches).starting(start { StartInfo.alternate(branches.map(\.start)) })
    }

    /// The pieces of one branch, in order: runs of exact pieces are joined into strings (so `go\s+to` gives "go"
    /// and "to", not "g", "o", "t", "o"); a piece that is not exact ends the run.
    struct Sequence {
        var parts: [LiteralInfo] = []
        var run = LiteralInfo.empty
        /// Whether `start` is worked out (else it stays unknown).
        let startsWanted: Bool
        /// What the sequence so far begins with.
        var start: StartInfo

        init(startsWanted: Bool) {
            self.startsWanted = startsWanted
            start = startsWanted ? .zeroWidth : .unknownStart
        }

        mutating func append(_ atom: LiteralInfo) {
            // Once the first two bytes are settled (no match of the sequence so far is shorter), later atoms
            // change nothing.
            if startsWanted, start.unknown || start.nullable || !start.one.isEmpty { start = StartInfo.concatenate(start, atom.start) }
            // The common case, one more character: extended in place instead of building a new set.
            if let e = atom.exact, e.count == 1, !e[0].bytes.isEmpty, !e[0].start, run.exact != nil {
                let y = e[0]
                for i in run.exact!.indices {
                    if run.exact![i].bytes.isEmpty {
                        run.exact![i].start = run.exact![i].end
                        run.exact![i].end = y.end
                    } else {
                        run.exact![i].end = y.end
                    }
                    run.exact![i].bytes.append(contentsOf: y.bytes)
                }
                run.maxLength = run.maxLength.flatMap { x in atom.maxLength.map { x + $0 } }
                run.run = 0
                return
            }
            if atom.exact != nil {
                let joined = LiteralInfo.concatenate(run, atom)
                if joined.exact != nil { run = joined; return }
                parts.append(run)
                run = atom
            } else {
                parts.append(run)
                parts.append(atom)
                run = .empty
            }
        }

        var info: LiteralInfo { literalInfo.starting(start) }

        private var literalInfo: LiteralInfo {
            let all = (parts + [run]).filter { $0.exact != LiteralInfo.empty.exact || $0.maxLength != 0 }
            guard let first = all.first else { return .empty }
            if all.count == 1 { return first }
            var groups: [LiteralGroup] = []
            var offset: LiteralInfo.Bound? = .zero
            for part in all {
                groups += LiteralInfo.shifted(part.necessary, by: offset)
                offset = offset.flatMap { o in part.length.map { o + $0 } }
            }
            return LiteralInfo(exact: nil, groups: groups, maxLength: nil).with(length: offset)
        }
    }

    mutating func parseQuantified() throws(Unsupported) -> LiteralInfo {
        let atom = try parseAtom()
        guard let c = peek() else { return atom }
        var bounds: (Int, Int?)?
        switch c {
        case "?": bounds = (0, 1); i += 1
        case "*": bounds = (0, nil); i += 1
        case "+": bounds = (1, nil); i += 1
        case "{":
            if let b = try parseBraces() { bounds = b }
        default: break
        }
        guard let (lo, hi) = bounds else { return atom }
        if let m = peek(), m == "?" || m == "+" { i += 1 }  // lazy or possessive: the same strings
        if let m = peek(), m == "?" || m == "*" || m == "+" || m == "{" { throw Unsupported() }
        return LiteralInfo.repeated(atom, min: lo, max: hi).starting(start { StartInfo.repeated(atom.start, min: lo, max: hi) })
    }

    /// `{n}`, `{n,}` or `{n,m}`; anything else starting with `{` is refused (PCRE2 versions read it differently).
    mutating func parseBraces() throws(Unsupported) -> (Int, Int?)? {
        var j = i + 1
        func number() -> Int? {
            var n = 0, digits = 0
            while j < s.count, let d = s[j].properties.numericType == .decimal ? Int(String(s[j])) : nil {
                n = n * 10 + d; digits += 1; j += 1
                if n > 100_000 { return nil }
            }
            return digits > 0 ? n : nil
        }
        guard let lo = number() else { throw Unsupported() }
        var hi: Int? = lo
        if j < s.count, s[j] == "," {
            j += 1
            hi = number()
        }
        guard j < s.count, s[j] == "}" else { throw Unsupported() }
        if let h = hi, h < lo { throw Unsupported() }
        i = j + 1
        return (lo, hi)
    }

    mutating func parseAtom() throws(Unsupported) -> LiteralInfo {
        guard let c = peek() else { throw Unsupported() }
        i += 1
        switch c {
        case "(": return try parseGroup()
        case "[": return try parseClass()
        case ".": return LiteralInfo.anything(maxLength: 4).starting(start { .anyCharacter })
        case "^", "$": return .empty
        case "\\": return try parseEscape()
        case "*", "+", "?", "{", ")", "|": throw Unsupported()
        default: return literal(c)
        }
    }

    /// One literal character (case folded when the pattern is caseless).
    func literal(_ c: Unicode.Scalar) -> LiteralInfo {
        // A space is not part of a literal: the masked text blanks declaration sentences with spaces, so a literal
        // with one could appear there without being in the scanned text.
        if c.value == 0x20 { return LiteralInfo(exact: nil, groups: [], maxLength: 1, run: 1).starting(start { Self.spaceCharacter }) }
        let run: UInt8 = Self.isWhiteSpace(c.value) ? 1 : 2
        var v = c.value
        if caseless {
            if (0x41 ... 0x5A).contains(v) { v += 0x20 }
            // Another case of it may be ASCII (the Kelvin sign is a k) or begin with another byte.
            else if v >= 0x80, c.properties.changesWhenCaseMapped { return LiteralInfo.character(run: run).starting(start { .anyCharacter }) }
        }
        let bytes = Array(Unicode.Scalar(v)!.utf8)
        var info = LiteralInfo.exact([LiteralInfo.Piece(bytes: bytes, start: false, end: false)], maxLength: bytes.count)
        info.run = run
        info.start = start {
            bytes.count == 1 ? .character(ascii: ByteSet(bytes[0] ... bytes[0]), anyNonASCII: false, caseless: caseless)
                : .character(ascii: .empty, anyNonASCII: false, others: [bytes])
        }
        return info
    }

    /// ASCII white space (`\s` and `[[:space:]]` also match some non-ASCII characters).
    static let asciiSpace = ByteSet(0x09 ... 0x0D).union(ByteSet(0x20 ... 0x20))
    /// ASCII horizontal white space.
    static let horizontalSpace = ByteSet(0x09 ... 0x09).union(ByteSet(0x20 ... 0x20))
    /// ASCII word characters.
    static let asciiWord = ByteSet(0x30 ... 0x39).union(ByteSet(0x41 ... 0x5A)).union(ByteSet(0x61 ... 0x7A)).union(ByteSet(0x5F ... 0x5F))
    /// What `\s` begins with.
    static let spaceStart = StartInfo.character(ascii: asciiSpace, anyNonASCII: true)
    /// What the other escapes for classes begin with.
    static let horizontalStart = StartInfo.character(ascii: horizontalSpace, anyNonASCII: true)
    static let verticalStart = StartInfo.character(ascii: ByteSet(0x0A ... 0x0D), anyNonASCII: true)
    static let digitStart = StartInfo.character(ascii: ByteSet(0x30 ... 0x39), anyNonASCII: true)
    static let wordStart = StartInfo.character(ascii: asciiWord, anyNonASCII: true)
    /// A space.
    static let spaceCharacter = StartInfo.character(ascii: ByteSet(0x20 ... 0x20), anyNonASCII: false)

    /// `make()` when starts are wanted, else unknown (working them out is most of the cost of reading a pattern).
    func start(_ make: () -> StartInfo) -> StartInfo { startsWanted ? make() : .unknownStart }

    /// Whether `\s` matches the character `v` (with Unicode properties): the characters ``TextRuns`` counts as white space.
    static func isWhiteSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09 ... 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x180E, 0x2000 ... 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    mutating func parseGroup() throws(Unsupported) -> LiteralInfo {
        var lookaround = false
        var scopedFlags: Bool? = nil
        if peek() == "?" {
            i += 1
            guard let k = peek() else { throw Unsupported() }
            switch k {
            case ":", ">", "|": i += 1
            case "=", "!": i += 1; lookaround = true
            case "<":
                if peek(1) == "=" || peek(1) == "!" { i += 2; lookaround = true }
                else { try skipName(until: ">") }
            case "P":
                guard peek(1) == "<" else { throw Unsupported() }
                i += 1
                try skipName(until: ">")
            case "'": try skipName(until: "'")
            case "#":
                while let x = peek(), x != ")" { i += 1 }
                guard peek() == ")" else { throw Unsupported() }
                i += 1
                return .empty
            default:
                // Option settings: `(?i)`, `(?-i)`, `(?i:…)`. Only case and a few harmless options are understood.
                var on = true
                var newCaseless = caseless
                while let f = peek(), f != ")", f != ":" {
                    switch f {
                    case "-": on = false
                    case "i": newCaseless = on
                    case "m", "s", "n", "U", "J": break
                    default: throw Unsupported()
                    }
                    i += 1
                }
                guard let end = peek() else { throw Unsupported() }
                i += 1
                if end == ")" {
                    caseless = newCaseless  // until the end of the enclosing group (restored by parseAlternation)
                    return .empty
                }
                scopedFlags = newCaseless
            }
        }
        let outer = caseless
        if let scopedFlags { caseless = scopedFlags }
        let inner = try parseAlternation()
        caseless = outer
        guard peek() == ")" else { throw Unsupported() }
        i += 1
        return lookaround ? .empty : inner
    }

    /// Skips `<name>` or `'name'` of a named group (the opening character is next).
    mutating func skipName(until close: Unicode.Scalar) throws(Unsupported) {
        i += 1
        while let x = peek(), x != close {
            guard x.properties.isAlphabetic || x.properties.numericType != nil || x == "_" else { throw Unsupported() }
            i += 1
        }
        guard peek() == close else { throw Unsupported() }
        i += 1
    }

    mutating func parseEscape() throws(Unsupported) -> LiteralInfo {
        guard let e = peek() else { throw Unsupported() }
        i += 1
        switch e {
        case "b": return LiteralInfo.exact([LiteralInfo.Piece(bytes: [], start: true, end: true)], maxLength: 0).starting(start { .wordBoundary })
        case "B", "A", "z", "Z": return .empty
        case "s": return LiteralInfo.character(run: 1).starting(start { Self.spaceStart })
        case "h": return LiteralInfo.character(run: 1).starting(start { Self.horizontalStart })
        case "v": return LiteralInfo.character(run: 1).starting(start { Self.verticalStart })
        case "d": return LiteralInfo.character(run: 2).starting(start { Self.digitStart })
        case "w": return LiteralInfo.character(run: 2).starting(start { Self.wordStart })
        case "S": return LiteralInfo.character(run: 2).starting(start { .anyCharacter })
        case "D", "W", "H", "V", "N": return LiteralInfo.character(run: 0).starting(start { .anyCharacter })
        case "R":
            // CR LF, or one line break of up to 3 bytes.
            var start = StartInfo.character(ascii: ByteSet(0x0A ... 0x0D), anyNonASCII: true)
            start.rows[0x0D] = .all
            return LiteralInfo(exact: nil, groups: [], maxLength: 3, run: 1).starting(start)
        case "X":
            // A grapheme cluster: its first character, then anything.
            var start = StartInfo.anyCharacter
            for b in start.one.elements { start.rows[b] = .all }
            for lead in start.rows.keys { start.rows[lead] = .all }
            start.one = .empty
            return LiteralInfo.anything(maxLength: nil).starting(start)
        case "p", "P":
            if peek() == "{" {
                while let x = peek(), x != "}" { i += 1 }
                guard peek() == "}" else { throw Unsupported() }
                i += 1
            } else {
                guard peek() != nil else { throw Unsupported() }
                i += 1
            }
            return LiteralInfo.anything(maxLength: 4).starting(start { .anyCharacter })
        case "n": return literal("\n")
        case "t": return literal("\t")
        case "r": return literal("\r")
        case "f": return literal("\u{0C}")
        case "e": return literal("\u{1B}")
        case "a": return literal("\u{07}")
        case "x":
            guard let v = try hexValue(), let scalar = Unicode.Scalar(v) else { throw Unsupported() }
            return literal(scalar)
        default:
            // Escaped punctuation is that character; other escapes (back references, \K, \Q, \G, \c…) are refused.
            if e.value < 0x80, !(e.properties.isAlphabetic || e.properties.numericType != nil) { return literal(e) }
            if e.value >= 0x80 { return literal(e) }
            throw Unsupported()
        }
    }

    /// The value of `\x{…}` or `\xhh` (the `\x` already read).
    mutating func hexValue() throws(Unsupported) -> UInt32? {
        func digit(_ c: Unicode.Scalar?) -> UInt32? {
            guard let c else { return nil }
            switch c.value {
            case 0x30 ... 0x39: return c.value - 0x30
            case 0x41 ... 0x46: return c.value - 0x41 + 10
            case 0x61 ... 0x66: return c.value - 0x61 + 10
            default: return nil
            }
        }
        if peek() == "{" {
            i += 1
            var v: UInt32 = 0
            var n = 0
            while let d = digit(peek()) { v = v * 16 + d; n += 1; i += 1; if n > 6 { throw Unsupported() } }
            guard n > 0, peek() == "}" else { throw Unsupported() }
            i += 1
            return v
        }
        var v: UInt32 = 0
        for _ in 0 ..< 2 {
            guard let d = digit(peek()) else { break }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    /// A character class: a small set of plain characters is exact; anything with ranges, escapes for sets, or
    /// negation matches some one character.
    mutating func parseClass() throws(Unsupported) -> LiteralInfo {
        var negated = false
        if peek() == "^" { negated = true; i += 1 }
        var members: [Unicode.Scalar] = []
        var exact = !negated
        // What one character of the class can be: ASCII bytes, any non-ASCII character, or these ones.
        var ascii = ByteSet.empty
        var anyNonASCII = negated
        // Whether the class may match white space, and other characters.
        var space = negated, other = negated
        var first = true
        while true {
            guard let c = peek() else { throw Unsupported() }
            if c == "]", !first { i += 1; break }
            first = false
            i += 1
            var member: Unicode.Scalar? = c
            if c == "[", peek() == ":" {
                // A POSIX class such as [:alpha:].
                while let x = peek(), x != "]" { i += 1 }
                guard peek() == "]" else { throw Unsupported() }
                i += 1
                member = nil
                exact = false
                space = true; other = true
                ascii = ByteSet(0 ... 0x7F); anyNonASCII = true
            } else if c == "\\" {
                guard let e = peek() else { throw Unsupported() }
                i += 1
                switch e {
                case "s", "h", "v":
                    member = nil; exact = false; space = true
                    ascii = ascii.union(Self.asciiSpace); anyNonASCII = true
                case "d", "w", "S":
                    member = nil; exact = false; other = true
                    ascii = ascii.union(e == "S" ? ByteSet(0 ... 0x7F) : e == "d" ? ByteSet(0x30 ... 0x39) : Self.asciiWord); anyNonASCII = true
                case "D", "W", "H", "V":
                    member = nil; exact = false; space = true; other = true
                    ascii = ByteSet(0 ... 0x7F); anyNonASCII = true
                case "p", "P":
                    if peek() == "{" {
                        while let x = peek(), x != "}" { i += 1 }
                        guard peek() == "}" else { throw Unsupported() }
                    }
                    i += 1
                    member = nil; exact = false; space = true; other = true
                    ascii = ByteSet(0 ... 0x7F); anyNonASCII = true
                case "n": member = "\n"
                case "t": member = "\t"
                case "r": member = "\r"
                case "f": member = "\u{0C}"
                case "e": member = "\u{1B}"
                case "x":
                    guard let v = try hexValue(), let scalar = Unicode.Scalar(v) else { throw Unsupported() }
                    member = scalar
                default:
                    if e.value < 0x80, e.properties.isAlphabetic || e.properties.numericType != nil { throw Unsupported() }
                    member = e
                }
            }
            // A range `a-z` (a '-' before the closing bracket is literal).
            if let m = member, peek() == "-", let next = peek(1), next != "]" {
                i += 2
                var upper = next
                if next == "\\" {
                    guard let e = peek() else { throw Unsupported() }
                    i += 1
                    if e == "x" {
                        guard let v = try hexValue(), let scalar = Unicode.Scalar(v) else { throw Unsupported() }
                        upper = scalar
                    } else if e.value < 0x80, !(e.properties.isAlphabetic || e.properties.numericType != nil) {
                        upper = e
                    } else {
                        throw Unsupported()
                    }
                } else if next == "[" {
                    throw Unsupported()
                }
                guard m.value <= upper.value else { throw Unsupported() }
                exact = false
                other = true
                if upper.value >= 0x80 { anyNonASCII = true }
                if m.value < 0x80 {
                    let top = UInt8(Swift.min(upper.value, 0x7F))
                    ascii = ascii.union(ByteSet(UInt8(m.value) ... top))
                }
                let whiteInRange: [ClosedRange<UInt32>] = [0x09 ... 0x0D, 0x20 ... 0x20, 0x85 ... 0x85, 0xA0 ... 0xA0, 0x1680 ... 0x1680,
                                                           0x180E ... 0x180E, 0x2000 ... 0x200A, 0x2028 ... 0x2029, 0x202F ... 0x202F,
                                                           0x205F ... 0x205F, 0x3000 ... 0x3000]
                if whiteInRange.contains(where: { $0.overlaps(m.value ... upper.value) }) { space = true }
                continue
            }
            if let m = member {
                members.append(m)
                if Self.isWhiteSpace(m.value) { space = true } else { other = true }
            }
        }
        let run: UInt8 = negated ? 0 : space && !other ? 1 : other && !space ? 2 : 0
        // What a character of the class begins with: each member's own start (its cases included).
        let start = start {
            if anyNonASCII { return .character(ascii: negated ? ByteSet(0 ... 0x7F) : ascii, anyNonASCII: true, caseless: caseless) }
            var start = StartInfo.character(ascii: ascii, anyNonASCII: false, caseless: caseless)
            for m in members { start = StartInfo.alternate([start, literal(m).start]) }
            return start
        }
        guard exact, !members.isEmpty, members.count <= 16 else { return LiteralInfo.character(run: run).starting(start) }
        var pieces: [LiteralInfo.Piece] = []
        var longest = 0
        for m in members {
            let info = literal(m)
            guard let e = info.exact else { return LiteralInfo.character(run: run).starting(start) }
            pieces += e
            longest = max(longest, info.maxLength ?? 4)
        }
        var info = LiteralInfo.exact(pieces, maxLength: longest)
        info.run = run
        info.start = start
        return info
    }
}
