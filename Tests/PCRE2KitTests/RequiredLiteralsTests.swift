import PCRE2Kit
import Testing

@Suite struct RequiredLiteralsTests {
    /// The groups of `pattern` as text: literals joined by `|` (`<`/`>` for a boundary before/after), `@offset`.
    static func groups(_ pattern: String, caseless: Bool = true, minimumStrength: Int = 3, maxGroups: Int = 2) -> [String] {
        RequiredLiterals.of(pattern, caseless: caseless, minimumStrength: minimumStrength, maxGroups: maxGroups).groups.map { g in
            g.literals.map { ($0.wordStart ? "<" : "") + String(decoding: $0.bytes, as: UTF8.self) + ($0.wordEnd ? ">" : "") }
                .joined(separator: "|") + "@" + (g.maxOffset.map { "\($0)" + (g.spaceRuns > 0 ? "+\(g.spaceRuns)s" : "") + (g.otherRuns > 0 ? "+\(g.otherRuns)w" : "") } ?? "*")
        }
    }

    @Test func aPatternThatBeginsWithLiteralsStartsAtThem() {
        // "idiots" implies "idiot", so one literal is left, and it no longer needs a boundary after it.
        #expect(Self.groups(#"\bidiots?\b"#) == ["<idiot@0"])
        #expect(Self.groups(#"\b(?:stupid|moron)\b"#) == ["<moron>|<stupid>@0"])
        #expect(Self.groups("Secret", caseless: true) == ["secret@0"])
    }

    @Test func literalsAfterAGapKeepTheLongestOffsetOrNone() {
        #expect(Self.groups(#"\bhome\s?address\b"#) == ["address>@8", "<home@0"])
        #expect(Self.groups(#"go\s+to\s+hell"#) == ["hell@4+2s"])  // "go" and "to" are too short to filter anything
        // A white-space character is up to four bytes (U+3000 is three; the bound is for any character).
        #expect(Self.groups(#"(?:find|locate)\s{1,3}(?:his|her)\s{1,3}address"#, maxGroups: 3) == ["address@33", "find|locate@0"])
    }

    @Test func everyBranchMustContributeOrNothingIsKnown() {
        // Each branch gives its strongest group; the offset is the furthest of theirs.
        #expect(Self.groups(#"\b(?:passwords?|credentials)\b|\blogin\s+details\b"#) == ["<credentials>|details>|<password@5+1s"])
        #expect(Self.groups(#"\b(?:passwords?|credentials)\b|\blogin\s?details\b"#) == ["<credentials>|details>|<password@9"])
        // One branch with no literal of its own: a match may contain none of the others'.
        #expect(Self.groups(#"address|\d+"#).isEmpty)
        #expect(Self.groups(#"(?:home\s+)?address"#) == ["address@4+1s"])
    }

    @Test func zeroWidthPartsAddNothing() {
        #expect(Self.groups(#"(?<![其吉])他的住址(?!信息)"#) == ["他的住址@0"])
        #expect(Self.groups(#"^\s*internal\b"#) == ["internal>@0+1s"])
    }

    @Test func caseFollowsThePattern() {
        #expect(Self.groups("SECRET") == ["secret@0"])
        #expect(Self.groups("(?-i)SECRET") == ["SECRET@0"])
        #expect(Self.groups("(?i)Secret", caseless: false) == ["secret@0"])
        // A letter with case variants outside ASCII is not part of a literal when the pattern ignores case.
        #expect(Self.groups("écrire") == ["crire@4"])
        #expect(Self.groups("écrire", caseless: false) == ["écrire@0"])
    }

    @Test func shortAndCommonLiteralsAreNotKept() {
        #expect(Self.groups("ab").isEmpty)
        #expect(Self.groups(#"\bab\b"#) == ["<ab>@0"])  // two boundaries make a two-letter word selective enough
        #expect(Self.groups(#"\byour\b"#).isEmpty)
        #expect(Self.groups("他") .isEmpty)  // one Chinese character occurs everywhere
        #expect(Self.groups("他们") == ["他们@0"])
    }

    @Test func spacesAreNotPartOfLiterals() {
        // The masked text puts spaces where declarations were, so a literal with a space could appear there.
        #expect(Self.groups("home address") == ["address@5", "home@0"])
        #expect(Self.groups("a home") == ["home@2"])
    }

    @Test func classesOfAFewCharactersAreExpanded() {
        #expect(Self.groups(#"won[’']t\s+reveal"#) == ["reveal@7+1s", "won't|won’t@0"])
        #expect(Self.groups(#"don[’']t\s+tell"#).isEmpty)  // both are common words
        #expect(Self.groups(#"[a-z]+bomb"#) == ["bomb@0+1w"])
    }

    @Test func constructsItDoesNotKnowGiveNothing() {
        for pattern in [#"(\w+) \1 secret"#, #"\Qsecret\E"#, #"(?x) sec ret"#, #"pre\Ksecret"#, #"(?(1)a|b)secret"#,
                        #"(*UTF)secret"#, #"secret{,3}"#, #"(?R)secret"#, #"\g{1}secret"#] {
            #expect(RequiredLiterals.of(pattern, caseless: true).groups.isEmpty, "\(pattern)")
        }
    }

    /// On random texts from a small alphabet, every match of every pattern contains a literal of each group at most
    /// the group's offset after its start, with the boundaries the literal asks for.
    @Test func everyMatchContainsItsRequiredLiterals() throws {
        let patterns = [
            #"\bidiots?\b"#, #"\bhome\s?address\b"#, #"(?:find|locate)\s+(?:his|her)\s+address"#,
            #"\b(?:passwords?|credentials)\b|\blogin\s+details\b"#, #"abc(?:de|fg)+hij"#, #"(?:abc|abd){2}xyz"#,
            #"[ab]cde(?=f)"#, #"\bcab(?:ba)?\b\s*dad"#, #"x(?:yz|zy)?abcd"#, #"(?i)ABCD\w{0,3}EFG"#,
        ]
        var state: UInt64 = 12345
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz  ABCD".utf8) + Array(" idiot idiots home address find his login details password credentials ".utf8)
        for source in patterns {
            let pattern = try Pattern(source, options: .caseInsensitive)
            let required = RequiredLiterals.of(source, caseless: true, minimumStrength: 3, maxGroups: 4)
            #expect(!required.groups.isEmpty, "\(source)")
            for _ in 0 ..< 300 {
                var text: [UInt8] = []
                for _ in 0 ..< 60 {
                    if next() % 4 == 0 {
                        let words = ["idiot", "idiots", "home address", "homeaddress", "find his address", "login details",
                                     "abcdefghij", "abcfgfghij", "abcabdxyz", "bcdef", "cab dad", "cabba dad", "xyabcd", "abcd12efg"]
                        text += Array(words[Int(next() % UInt64(words.count))].utf8)
                    } else {
                        text.append(alphabet[Int(next() % UInt64(alphabet.count))])
                    }
                }
                let runs = text.withUnsafeBufferPointer { TextRuns($0) }
                for m in try pattern.matches(in: text, scratch: MatchScratch()) where !m.range.isEmpty {
                    for group in required.groups {
                        let found = group.literals.contains { literal in
                            let latest = group.reach(runs).map { m.range.lowerBound + $0 } ?? m.range.upperBound
                            var s = m.range.lowerBound
                            while s <= latest, s + literal.bytes.count <= m.range.upperBound {
                                let same = zip(literal.bytes, text[s...]).allSatisfy { a, b in a | (a &- 0x41 < 26 ? 0x20 : 0) == b | (b &- 0x41 < 26 ? 0x20 : 0) }
                                let e = s + literal.bytes.count
                                if same, !literal.wordStart || s == 0 || !RequiredLiteral.isASCIIWord(text[s - 1]),
                                   !literal.wordEnd || e == text.count || !RequiredLiteral.isASCIIWord(text[e]) { return true }
                                s += 1
                            }
                            return false
                        }
                        #expect(found, "\(source) matched \(String(decoding: text[m.range], as: UTF8.self)) without \(group)")
                    }
                }
            }
        }
    }
}

@Suite struct TextRunsTests {
    static func runs(_ s: String) -> [Int] {
        let r = Array(s.utf8).withUnsafeBufferPointer { TextRuns($0) }
        return [r.space, r.other]
    }

    @Test func longestRunsInBytes() {
        #expect(Self.runs("") == [0, 0])
        #expect(Self.runs("ab  cde\t\t\tf") == [3, 3])
        // Unicode white space counts by its bytes: U+3000 is three, U+00A0 two.
        #expect(Self.runs("a\u{3000}\u{00A0} b") == [6, 1])
        // Chinese text is one run of other characters.
        #expect(Self.runs("他的住址 x") == [1, 12])
        // U+0085 and U+180E may or may not be white space to PCRE2: both runs go on through them.
        #expect(Self.runs("ab\u{0085}cd") == [2, 6])
        #expect(Self.runs(" \u{180E} ") == [5, 3])
        // A byte that is not UTF-8 is another character's.
        #expect(Array([0x61, 0xFF, 0x20] as [UInt8]).withUnsafeBufferPointer { TextRuns($0) } == TextRuns(space: 1, other: 2))
    }

    /// Long texts, whose all-ASCII blocks of 64 bytes are read a block at a time, give the runs a reading one
    /// character at a time gives, runs that cross from a block to other bytes included.
    @Test func blocksAtATimeGiveTheRunsOfCharactersOneAtATime() {
        func reference(_ s: String) -> TextRuns {
            var space = 0, other = 0, spaceRun = 0, otherRun = 0
            for c in s.unicodeScalars {
                let length = String(c).utf8.count
                // 0: not white space; 1: white space; 2: either (U+0085, U+180E).
                let white: Int
                switch c.value {
                case 0x85, 0x180E: white = 2
                case 0x09 ... 0x0D, 0x20, 0xA0, 0x1680, 0x2000 ... 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: white = 1
                default: white = 0
                }
                if white != 0 { spaceRun += length; space = max(space, spaceRun) } else { spaceRun = 0 }
                if white != 1 { otherRun += length; other = max(other, otherRun) } else { otherRun = 0 }
            }
            return TextRuns(space: space, other: other)
        }
        let pieces = ["a", "word", "longerword", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "!", "_", "9", "\u{7F}", "\u{00A0}",
                      "\u{3000}", "\u{0085}", "\u{180E}", "他的", "é", "\u{2003}", String(repeating: " ", count: 70),
                      String(repeating: "x", count: 90), String(repeating: "ab ", count: 30)]
        var state: UInt64 = 7
        for _ in 0 ..< 400 {
            var text = ""
            let count = Int(state % 60) + 1
            for _ in 0 ..< count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let runs = Array(text.utf8).withUnsafeBufferPointer { TextRuns($0) }
            #expect(runs == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func runsBoundGapsOfClassesWithoutAndWithWhiteSpace() {
        // `\s+` is a run of white space, `\w+` one of other characters; `.` can be either, so `.+` has no bound.
        #expect(RequiredLiteralsTests.groups(#"go\s+to\s+hell"#) == ["hell@4+2s"])
        #expect(RequiredLiteralsTests.groups(#"\b(?:\w+\s+){0,2}address\b"#) == ["address>@0+2s+2w"])
        #expect(RequiredLiteralsTests.groups(#"[a-z]+\s*secret"#) == ["secret@0+1s+1w"])
        #expect(RequiredLiteralsTests.groups(#".+secret"#) == ["secret@*"])
        #expect(RequiredLiteralsTests.groups(#"[^x]+secret"#) == ["secret@*"])
        let g = RequiredLiterals.of(#"go\s+to\s+hell"#, caseless: true).groups[0]
        #expect(g.reach(TextRuns(space: 3, other: 10)) == 10)
    }
}
