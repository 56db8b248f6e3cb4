@testable import PromptLintCore
import Testing

@Suite struct PrefilterTests {
    /// Every (owner, start, end) a naive search finds, each once: each keyword at each position, ASCII letters
    /// compared without case (a keyword listed twice for one owner, in any case, is one keyword).
    static func naive(_ keywords: [(keyword: [UInt8], owner: Int)], _ text: [UInt8]) -> [[Int32]] {
        func lower(_ b: UInt8) -> UInt8 { (65 ... 90).contains(b) ? b + 32 : b }
        var found: Set<[Int32]> = []
        for (k, owner) in keywords where !k.isEmpty && k.count <= text.count {
            for start in 0 ... text.count - k.count where zip(k, text[start...]).allSatisfy({ lower($0) == lower($1) }) {
                found.insert([Int32(owner), Int32(start), Int32(start + k.count)])
            }
        }
        return found.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// What the scan reports, sorted but not deduplicated (so an occurrence reported twice shows), after checking
    /// that at any one start shorter keywords come first.
    static func scanned(_ p: Prefilter, _ text: [UInt8], _ label: String = "") -> [[Int32]] {
        var occurrences: [(owner: Int32, start: Int32, end: Int32)] = []
        text.withUnsafeBufferPointer { p.scan($0, occurrences: &occurrences) }
        var lastEnd: [Int32: Int32] = [:]
        for o in occurrences {
            #expect(o.end >= lastEnd[o.start, default: 0], "a longer keyword came first at \(o.start) \(label)")
            lastEnd[o.start] = o.end
        }
        return occurrences.map { [$0.owner, $0.start, $0.end] }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func findsOverlappingAndNestedKeywords() {
        let keywords: [(keyword: [UInt8], owner: Int)] = [
            (Array("he".utf8), 0), (Array("she".utf8), 1), (Array("his".utf8), 2), (Array("hers".utf8), 3),
            (Array("地址".utf8), 4), (Array("住址".utf8), 5), (Array("address".utf8), 6), (Array("Hers".utf8), 3),
            (Array("home address".utf8), 7), (Array("this".utf8), 8),
        ]
        let p = Prefilter(keywords: keywords)
        let text = Array("USHERS' home ADDRESS 住址和地址 this".utf8)
        #expect(Self.scanned(p, text) == Self.naive(keywords, text))
        #expect(Self.scanned(p, text).contains([3, 2, 6]))  // "HERS" at 2, case folded, reported once
        #expect(Self.scanned(p, text).contains([7, 8, 20]))  // a keyword longer than eight bytes
        #expect(Self.scanned(p, text).contains([8, Int32(text.count - 4), Int32(text.count)]))  // at the very end
        #expect(Self.scanned(p, []).isEmpty)
    }

    /// Random keywords over a small alphabet (so they overlap and share prefixes deeply: one to twenty bytes, upper
    /// and lower case, bytes of UTF-8 characters), random texts from empty to a few hundred bytes, some ending in a
    /// keyword: the scan must agree with the naive search exactly, each occurrence reported once.
    @Test func agreesWithNaiveSearch() {
        var g = SplitMix(seed: 11)
        let alphabets: [[UInt8]] = [Array("abAB".utf8) + [0xE4, 0xB8, 0x80, 0x20], Array("abcdeABCDE @`[{".utf8) + [0x00, 0xC1, 0xE1]]
        for round in 0 ..< 600 {
            let alphabet = alphabets[round % 2]
            func word(_ length: Int) -> [UInt8] { (0 ..< length).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] } }
            var keywords = (0 ..< 1 + Int(g.next() % 30)).map { i -> (keyword: [UInt8], owner: Int) in
                // Mostly short keywords (as in the rules), some long ones.
                (word(g.next() % 4 == 0 ? 1 + Int(g.next() % 20) : 1 + Int(g.next() % 5)), i % 9)
            }
            // The same keyword again, for the same owner and for another, in another case.
            for _ in 0 ..< Int(g.next() % 3) {
                let (k, owner) = keywords[Int(g.next() % UInt64(keywords.count))]
                let flipped = k.map { (65 ... 90).contains($0) || (97 ... 122).contains($0) ? $0 ^ 0x20 : $0 }
                keywords.append((flipped, g.next() % 2 == 0 ? owner : (owner + 1) % 9))
            }
            var text = word(Int(g.next() % 300))
            if g.next() % 3 == 0 { text += keywords[Int(g.next() % UInt64(keywords.count))].keyword }
            let p = Prefilter(keywords: keywords)
            #expect(Self.scanned(p, text, "round \(round)") == Self.naive(keywords, text), "round \(round)")
        }
    }

    /// Keywords of the rules' kinds (English words and phrases, Chinese in UTF-8) in English text: the scan agrees
    /// with the naive search on texts cut at every length, so keywords at the very end and cut-off ones are seen.
    @Test func agreesAtEveryTextLength() {
        let words = ["in", "my", "ai", "ate", "ex", "home", "home address", "address", "address book", "phone",
                     "phone number", "a", "I", "ssn", "social security number", "the", "the ai", "with", "without",
                     "with no", "地址", "身份证", "身份证号码", "e-mail", "E-Mail address"]
        let keywords = words.enumerated().map { (keyword: Array($1.utf8), owner: $0 % 7) }
        let p = Prefilter(keywords: keywords)
        let text = Array("My home address, without the AI: PHONE NUMBER in the address book; 身份证号码 ex e-mail address. I ate".utf8)
        for end in 0 ... text.count {
            let prefix = Array(text[..<end])
            #expect(Self.scanned(p, prefix) == Self.naive(keywords, prefix), "text cut at \(end)")
        }
        // Each suffix too, so every keyword is also at the start of a text.
        for start in 0 ... text.count {
            let suffix = Array(text[start...])
            #expect(Self.scanned(p, suffix) == Self.naive(keywords, suffix), "text from \(start)")
        }
    }

    /// A layout read back from its bytes is the same prefilter; damaged bytes are refused, never half-read.
    @Test func serializedLayoutRoundTrips() throws {
        var g = SplitMix(seed: 23)
        let alphabet: [UInt8] = Array("abcAB-".utf8) + [0xE4, 0xB8, 0x80]
        for round in 0 ..< 20 {
            let keywords = (0 ..< 1 + Int(g.next() % 40)).map { i -> (keyword: [UInt8], owner: Int) in
                ((0 ..< 1 + Int(g.next() % 12)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }, i % 13)
            }
            let p = Prefilter(keywords: keywords)
            let bytes = p.serialized()
            let q = try #require(Prefilter(serialized: bytes), "round \(round)")
            #expect(q.serialized() == bytes)
            let text = (0 ..< 300).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }
            #expect(Self.scanned(q, text) == Self.naive(keywords, text), "round \(round)")
            #expect(Prefilter(serialized: Array(bytes.dropLast())) == nil)
            #expect(Prefilter(serialized: bytes + [0]) == nil)
            #expect(Prefilter(serialized: bytes + [UInt8](repeating: 0, count: 8)) == nil)
            // A damaged byte anywhere (the magic, the header, a map, a rank, a group, a record, an owner, the pool) is
            // refused, never used: flip one bit of a hundred bytes spread over the whole layout, the last bytes too.
            var refused = 0, damaged = 0
            let spread = bytes.count / 100
            for at in Array(stride(from: Int(g.next() % UInt64(spread)), to: bytes.count, by: spread)) + [bytes.count - 1] {
                var bad = bytes
                bad[at] ^= 1 << UInt8(at % 8)
                damaged += 1
                if Prefilter(serialized: bad) == nil { refused += 1 }
            }
            #expect(damaged > 100 && refused == damaged, "round \(round): \(damaged - refused) damaged layouts accepted")
        }
        #expect(Prefilter(serialized: []) == nil)
        #expect(Prefilter(serialized: Array("prompt-lint automaton 4\n".utf8) + [UInt8](repeating: 0, count: 64)) == nil)
        #expect(Prefilter(serialized: Prefilter.snapshotMagic + [UInt8](repeating: 0, count: 64)) == nil)
    }

    /// An entry out of range is refused even when the checksum matches (a layout made that way, not damaged): a rank
    /// that miscounts, a group reaching past the records, a keyword past the pool's end, owners out of order, an
    /// owner past the bound.
    @Test func entriesOutOfRangeAreRefusedWhateverTheChecksum() throws {
        let keywords: [(keyword: [UInt8], owner: Int)] = [(Array("address".utf8), 3), (Array("in".utf8), 1), (Array("phone number".utf8), 2)]
        let bytes = Prefilter(keywords: keywords).serialized()
        let fieldsAt = (Prefilter.snapshotMagic.count + 7) / 8 * 8
        func field(_ i: Int) -> Int { bytes[(fieldsAt + 8 * i) ..< (fieldsAt + 8 * i + 8)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        func put32(_ b: inout [UInt8], _ at: Int, _ v: UInt32) { for i in 0 ..< 4 { b[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) } }
        // The offsets of the tables, in the layout's order.
        let hashedBits = field(4), groupCount = field(5), recordCount = field(6)
        let ranks = fieldsAt + 8 * Prefilter.headerFields + (4 << 16) + (1 << (hashedBits - 3))
        let groups = ranks + (1 << (hashedBits - 4)), records = groups + 8 * (groupCount + 1)
        let poolStarts = records + 16 * (recordCount + 1), owners = poolStarts + (4 * recordCount + 7) / 8 * 8
        func resummed(_ change: (inout [UInt8]) -> Void) -> [UInt8] {
            var b = bytes
            change(&b)
            let sum = b.withUnsafeBytes { Prefilter.checksum($0.baseAddress!, from: fieldsAt + 8, to: b.count) }
            for i in 0 ..< 8 { b[fieldsAt + i] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(i))) }
            return b
        }
        #expect(Prefilter(serialized: resummed { _ in }) != nil)
        #expect(Prefilter(serialized: resummed { put32(&$0, ranks + 4, 1_000) }) == nil)
        #expect(Prefilter(serialized: resummed { put32(&$0, groups + 8 * (groupCount - 1), UInt32(recordCount + 1)) }) == nil)
        #expect(Prefilter(serialized: resummed { put32(&$0, records + 8, 1_000) }) == nil)
        #expect(Prefilter(serialized: resummed { put32(&$0, poolStarts, 1_000) }) == nil)
        #expect(Prefilter(serialized: resummed { put32(&$0, records + 12, 2) }) == nil)
        #expect(Prefilter(serialized: resummed { put32(&$0, owners, 4) }) == nil)
        #expect(Prefilter(serialized: resummed { put32(&$0, owners, UInt32(bitPattern: -1)) }) == nil)
    }

    /// The keyword list decides the tables: another owner, keyword or boundary changes the fingerprint.
    @Test func fingerprintTellsKeywordListsApart() {
        let a: [(keyword: [UInt8], owner: Int, boundaries: UInt8)] = [(Array("address".utf8), 4, 0), (Array("phone".utf8), 8, 1)]
        #expect(Prefilter.fingerprint(a) == Prefilter.fingerprint(a))
        #expect(Prefilter.fingerprint(a) != Prefilter.fingerprint([(Array("address".utf8), 5, 0), (Array("phone".utf8), 8, 1)]))
        #expect(Prefilter.fingerprint(a) != Prefilter.fingerprint([(Array("addres".utf8), 4, 0), (Array("sphone".utf8), 8, 1)]))
        #expect(Prefilter.fingerprint(a) != Prefilter.fingerprint([(Array("address".utf8), 4, 0), (Array("phone".utf8), 8, 3)]))
        #expect(Prefilter.fingerprint(a) != Prefilter.fingerprint(Array(a.reversed())))
        #expect(PrefilterSnapshot.prefilter(for: a) == nil)
    }

    /// An owner's entry keeps the boundaries it needs; listed twice for one keyword, it needs only what both need.
    @Test func ownerEntriesKeepBoundaries() {
        let p = Prefilter(keywords: [(Array("Omega".utf8), 3, 3), (Array("omega".utf8), 3, 1), (Array("omega".utf8), 5, 2), (Array("beta".utf8), 7, 0)])
        var entries: [String: [UInt32]] = [:]
        for k in 0 ..< p.keywordCount {
            entries[String(decoding: p.keyword(k), as: UTF8.self)] = p.owners(ofKeyword: k).map { p.ownerEntry(at: $0) }
        }
        #expect(entries["omega"] == [3 | Prefilter.startBoundary, 5 | Prefilter.endBoundary])
        #expect(entries["beta"] == [7])
        #expect(p.owners(ofKeyword: 0).map { p.owner(at: $0) }.allSatisfy { [3, 5, 7].contains($0) })
        // A layout with a damaged owner entry is refused.
        var bytes = p.serialized()
        #expect(Prefilter(serialized: bytes) != nil)
        if let at = (0 ..< bytes.count - 3).last(where: { bytes[$0] == 7 && bytes[$0 + 1] == 0 && bytes[$0 + 2] == 0 && bytes[$0 + 3] == 0 }) {
            bytes[at + 3] = 0x80
            #expect(Prefilter(serialized: bytes) == nil)
        }
    }

    /// The tables embedded by scripts/embed-rules must be the ones the built-in rules build, and be the ones in use.
    @Test func embeddedPrefilterIsCurrent() throws {
        #expect(try RuleSet.builtinPrefilter().elementsEqual(EmbeddedData.prefilter), "run scripts/embed-rules: the embedded prefilter is stale")
        let set = try RuleSet.builtin()
        let keywords = RuleSet.keywordList(set.rules)
        // The rules in use (from their snapshot) give the keyword list that parsing the rule files gives.
        #expect(Prefilter.fingerprint(RuleSet.keywordList(try RuleSet.parsedBuiltin().rules)) == Prefilter.fingerprint(keywords))
        let embedded = try #require(PrefilterSnapshot.prefilter(for: keywords))
        #expect(embedded.serialized() == Prefilter(keywords: keywords).serialized())
        #expect(set.keywordIndexes.count == 1 && set.keywordIndexes[0].prefilter.serialized() == embedded.serialized())
    }

    /// A rule set keeps its prefilter through `filtered` and `merging`; the occurrences stay those of a fresh build.
    @Test func reusedPrefiltersMatchAFreshBuild() throws {
        let set = try RuleSet.builtin()
        let text = Array("Find the home address and phone number of my coworker; 请提供他的身份证号码和住址。".utf8)
        func occurrences(_ s: RuleSet) -> [[String]] {
            var o: [(owner: Int32, start: Int32, end: Int32)] = []
            text.withUnsafeBufferPointer { s.keywordOccurrences(in: $0, into: &o) }
            return Set(o.map { [s.rules[Int($0.owner) / RuleSet.ownerStride].id, String($0.owner % Int32(RuleSet.ownerStride)), String($0.start)] }).sorted { $0.lexicographicallyPrecedes($1) }
        }
        let dropped = set.filtered { $0.category == .privacy }
        #expect(occurrences(dropped) == occurrences(try RuleSet(rules: dropped.rules, folder: set.folder)))
        #expect(!occurrences(dropped).isEmpty)
        let changed = try dropped.merging(set.rules.filter { $0.category == .privacy })
        #expect(occurrences(changed) == occurrences(try RuleSet(rules: changed.rules, folder: set.folder)))
        #expect(occurrences(changed).count > occurrences(dropped).count)
    }
}

/// A small deterministic generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
