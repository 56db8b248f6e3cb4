import PCRE2Kit
import Testing

@Suite struct StartFilterTests {
    static func bytes(_ s: String) -> (UInt8, UInt8) {
        let u = Array(s.utf8)
        return (u[0], u[1])
    }

    static func passes(_ filter: StartFilter, _ s: String) -> Bool {
        let (a, b) = bytes(s)
        return filter.passes(a, b)
    }

    @Test func aLeadingAlternationOfWordsKeepsItsFirstTwoBytesAndTheBoundary() throws {
        let filter = try #require(StartFilter.of(#"\b(?:my|a)\s+(?:friend|sister)"#, caseless: true))
        #expect(filter.wordStart)
        for s in ["my", "My", "MY", "a ", "A\t", "a\u{3000}"] { #expect(Self.passes(filter, s), "\(s)") }
        for s in ["ma", "ym", "ab", "b ", "fr"] { #expect(!Self.passes(filter, s), "\(s)") }
    }

    @Test func caseMattersWhereThePatternSaysSo() throws {
        let filter = try #require(StartFilter.of(#"(?-i:[A-Z][a-z]+)'s"#, caseless: true))
        #expect(!filter.wordStart)
        #expect(Self.passes(filter, "An"))
        #expect(!Self.passes(filter, "an"))
        #expect(!Self.passes(filter, "AN"))
    }

    @Test func otherCasesOfLettersAreKept() throws {
        // Without regard to case, k matches the Kelvin sign and s the long s.
        let kill = try #require(StartFilter.of("kill", caseless: true))
        #expect(Self.passes(kill, "\u{212A}i"))
        #expect(Self.passes(kill, "Ki"))
        let strict = try #require(StartFilter.of("kill", caseless: false))
        #expect(!Self.passes(strict, "\u{212A}i"))
        #expect(!Self.passes(strict, "Ki"))
        let accented = try #require(StartFilter.of("é", caseless: true))
        #expect(Self.passes(accented, "É"))
    }

    @Test func patternsThatCanMatchNothingOrThatItCannotReadHaveNone() {
        #expect(StartFilter.of("a*", caseless: true) == nil)
        #expect(StartFilter.of(#"(?:x|\b)"#, caseless: true) == nil)
        #expect(StartFilter.of(#"(a)\1"#, caseless: true) == nil)
        #expect(StartFilter.of(#"\Kabc"#, caseless: true) == nil)
        #expect(StartFilter.of("(*UTF)abc", caseless: true) == nil)
    }

    @Test func zeroWidthPartsAtTheStartAreSeenThrough() throws {
        let filter = try #require(StartFilter.of(#"(?<=[a-z]\s)(?!The)\bThe"#, caseless: false))
        #expect(filter.wordStart)
        #expect(Self.passes(filter, "Th"))
        #expect(!Self.passes(filter, "th"))
    }

    /// A text's candidate starts are every byte but ASCII white space, UTF-8 continuation bytes and ASCII word
    /// characters after one, whatever the text's length (its last block is read from a padded copy).
    @Test func candidateStartsAreTheBytesAWordBoundaryCanComeBefore() {
        let pieces = ["a", "Word", "x_9", " ", "\t", "\n", "\u{0B}", "-", "'", "他的", "é", "\u{3000}", "\u{7F}", "@", "[", "`", "{",
                      String(repeating: "ab", count: 40), String(repeating: " ", count: 65)]
        var state: UInt64 = 5
        for _ in 0 ..< 300 {
            var text: [UInt8] = []
            let count = Int(state % 50)
            for _ in 0 ..< count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += Array(pieces[Int(state >> 33) % pieces.count].utf8)
            }
            if state % 3 == 0 { text.append(0xFF) }  // a byte that is not UTF-8
            let starts = text.withUnsafeBufferPointer { CandidateStarts($0) }
            #expect(starts.count == text.count)
            for p in text.indices {
                let b = text[p]
                let skipped = b == 0x20 || (0x09 ... 0x0D).contains(b) || (0x80 ... 0xBF).contains(b)
                    || (p > 0 && RequiredLiteral.isASCIIWord(b) && RequiredLiteral.isASCIIWord(text[p - 1]))
                #expect(starts.contains(p) == !skipped, "byte \(p) of \(String(decoding: text, as: UTF8.self).debugDescription)")
            }
        }
    }

    /// Wherever a pattern matches (found by PCRE2's interpreter, which uses no filter), its start filter lets the
    /// position through; and a JIT-compiled pattern, which uses its filter, finds the same matches.
    @Test func theFilterPassesEveryPositionWhereAMatchStarts() throws {
        let patterns = [
            #"\b(?:my|a)\s+(?:best\s+)?(?:friend|sister)s?\b"#, #"\bkill(?:s|ed)?\s+\w+"#, #"(?-i:[A-Z][a-z]{2,})['’]s\b"#,
            #"(?:^|\s)\(?A[.):]\s"#, #"[^\s]{2}x"#, #"\d+\s*km"#, #"(?:找到|查到)(?:他|她)"#, #"\p{Han}{2}的"#, #"x?y?z"#,
            #"(?<=\s)\b(?:is|are)\s+(?:it|that)"#, #"[a-c][\w-]*d"#, #"\s\S"#, #".s"#, #"(?:ab|c)?(?:d|ef)"#, #"\bé\w"#,
            #"\B(?:ing|ed)\b"#, #"(?i:K)elvin|ſun"#, #"(?:\w+\s+){0,2}address"#, #"\R\R"#, #"\X\w"#,
        ]
        var state: UInt64 = 99
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        let pieces = ["my", "My friend", "a sister", "A  ", "kill", "\u{212A}ILLS it", "ſun", "Kelvin", "John's", "JOHN'S",
                      " (A) ", "A. ", "12 km", "3km", "找到他", "查到她的", "他的", "is it", "are that", "abcd", "a-bd", "é", "Éa",
                      "sing", "played", "address", "home address", "\r\n", "\n", "\u{00A0}", "\u{3000}", "x", "yz", "ef", " ", "\t",
                      "\u{0301}", "_", "9"]
        let scratch = MatchScratch()
        for source in patterns {
            let reference = try Pattern(source, options: .caseInsensitive, jit: false)
            let jitted = try Pattern(source, options: .caseInsensitive)
            _ = jitted.isJIT
            let filter = StartFilter.of(source, caseless: true)
            for _ in 0 ..< 200 {
                var text: [UInt8] = []
                for _ in 0 ..< 12 { text += Array(pieces[next() % pieces.count].utf8) }
                try text.withUnsafeBufferPointer { buffer in
                    for s in 0 ... buffer.count {
                        guard let m = try reference.firstMatch(in: buffer, from: s, startingAtMost: s, scratch: scratch) else { continue }
                        if let filter, !m.range.isEmpty {
                            #expect(filter.next(in: buffer, from: s, through: s) == s,
                                    "\(source) matches \(String(decoding: text[m.range], as: UTF8.self)) at \(s) of \(String(decoding: text, as: UTF8.self))")
                        }
                    }
                    // With the text's candidate starts, a filter finds the same next position from anywhere.
                    if let filter {
                        let starts = CandidateStarts(buffer)
                        for s in 0 ..< buffer.count {
                            #expect(filter.next(in: buffer, from: s, through: buffer.count, starts: starts)
                                        == filter.next(in: buffer, from: s, through: buffer.count), "\(source) from \(s)")
                        }
                    }
                }
                #expect(try reference.matches(in: text, scratch: scratch).map(\.range) == jitted.matches(in: text, scratch: scratch).map(\.range), "\(source)")
            }
        }
    }
}
