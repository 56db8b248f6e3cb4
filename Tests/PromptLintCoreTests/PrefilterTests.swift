@testable import PromptLintCore
import Testing

@Suite struct PrefilterTests {
    /// Every (owner, start) a naive search finds: each keyword at each position, ASCII case-insensitive.
    static func naive(_ keywords: [(keyword: [UInt8], owner: Int)], _ text: [UInt8]) -> [[Int32]] {
        func lower(_ b: UInt8) -> UInt8 { (65 ... 90).contains(b) ? b + 32 : b }
        var found: Set<[Int32]> = []
        for (k, owner) in keywords where !k.isEmpty && k.count <= text.count {
            for start in 0 ... text.count - k.count where zip(k, text[start...]).allSatisfy({ lower($0) == lower($1) }) {
                found.insert([Int32(owner), Int32(start)])
            }
        }
        return found.sorted { $0.lexicographicallyPrecedes($1) }
    }

    static func scanned(_ p: Prefilter, _ text: [UInt8]) -> [[Int32]] {
        var occurrences: [(owner: Int32, start: Int32, end: Int32)] = []
        text.withUnsafeBufferPointer { p.scan($0, occurrences: &occurrences) }
        return Set(occurrences.map { [$0.owner, $0.start] }).sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func findsOverlappingAndNestedKeywords() {
        let keywords: [(keyword: [UInt8], owner: Int)] = [
            (Array("he".utf8), 0), (Array("she".utf8), 1), (Array("his".utf8), 2), (Array("hers".utf8), 3),
            (Array("地址".utf8), 4), (Array("住址".utf8), 5), (Array("address".utf8), 6),
        ]
        let p = Prefilter(keywords: keywords)
        let text = Array("USHERS' home ADDRESS 住址和地址 this".utf8)
        #expect(Self.scanned(p, text) == Self.naive(keywords, text))
        #expect(Self.scanned(p, text).contains([3, 2]))  // "HERS" at 2, case folded
    }

    /// Random keywords over a small alphabet (so they overlap and share prefixes deeply), random texts: the
    /// automaton (dense near the root, sparse below) must agree with the naive search exactly.
    @Test func agreesWithNaiveSearch() {
        var g = SplitMix(seed: 11)
        let alphabet: [UInt8] = Array("abAB".utf8) + [0xE4, 0xB8, 0x80, 0x20]
        for round in 0 ..< 300 {
            let keywords = (0 ..< 1 + Int(g.next() % 20)).map { i -> (keyword: [UInt8], owner: Int) in
                ((0 ..< 1 + Int(g.next() % 7)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }, i % 9)
            }
            let p = Prefilter(keywords: keywords)
            let text = (0 ..< Int(g.next() % 200)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }
            #expect(Self.scanned(p, text) == Self.naive(keywords, text), "round \(round)")
        }
    }

    /// An automaton read back from its bytes is the same automaton; damaged bytes are refused, never half-read.
    @Test func serializedAutomatonRoundTrips() throws {
        var g = SplitMix(seed: 23)
        let alphabet: [UInt8] = Array("abcAB-".utf8) + [0xE4, 0xB8, 0x80]
        for round in 0 ..< 50 {
            let keywords = (0 ..< 1 + Int(g.next() % 40)).map { i -> (keyword: [UInt8], owner: Int) in
                ((0 ..< 1 + Int(g.next() % 6)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }, i % 13)
            }
            let p = Prefilter(keywords: keywords)
            let bytes = p.serialized()
            let q = try #require(Prefilter(serialized: bytes), "round \(round)")
            #expect(q.serialized() == bytes)
            let text = (0 ..< 300).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }
            #expect(Self.scanned(q, text) == Self.naive(keywords, text), "round \(round)")
            #expect(Prefilter(serialized: Array(bytes.dropLast())) == nil)
            #expect(Prefilter(serialized: bytes + [0]) == nil)
            // A damaged entry anywhere past the header (a state, class, owner, start or length out of range) is
            // refused, never used: flip the top bit of one byte of each 4-byte entry in turn.
            var refused = 0, damaged = 0
            for at in stride(from: Prefilter.snapshotMagic.count + 3 + 8 * Prefilter.headerFields, to: bytes.count, by: 4 * 7) {
                var bad = bytes
                bad[at] ^= 0x80
                damaged += 1
                if Prefilter(serialized: bad) == nil { refused += 1 }
            }
            #expect(refused == damaged, "round \(round): \(damaged - refused) damaged layouts accepted")
        }
        #expect(Prefilter(serialized: []) == nil)
        #expect(Prefilter(serialized: Array("prompt-lint automaton 0\n".utf8) + [UInt8](repeating: 0, count: 64)) == nil)
        #expect(Prefilter(serialized: Prefilter.snapshotMagic + [UInt8](repeating: 0, count: 64)) == nil)
    }

    /// The keyword list decides the automaton: another owner or keyword changes the fingerprint.
    @Test func fingerprintTellsKeywordListsApart() {
        let a: [(keyword: [UInt8], owner: Int)] = [(Array("address".utf8), 4), (Array("phone".utf8), 8)]
        #expect(Prefilter.fingerprint(a) == Prefilter.fingerprint(a))
        #expect(Prefilter.fingerprint(a) != Prefilter.fingerprint([(Array("address".utf8), 5), (Array("phone".utf8), 8)]))
        #expect(Prefilter.fingerprint(a) != Prefilter.fingerprint([(Array("addres".utf8), 4), (Array("sphone".utf8), 8)]))
        #expect(Prefilter.fingerprint(a) != Prefilter.fingerprint(Array(a.reversed())))
        #expect(AutomatonSnapshot.prefilter(for: a) == nil)
    }

    /// The automaton embedded by scripts/embed-rules must be the one the built-in rules build, and be the one in use.
    @Test func embeddedAutomatonIsCurrent() throws {
        #expect(try RuleSet.builtinAutomaton().elementsEqual(EmbeddedData.automaton), "run scripts/embed-rules: the embedded automaton is stale")
        let set = try RuleSet.builtin()
        let keywords = RuleSet.keywordList(set.rules)
        // The rules in use (from their snapshot) give the keyword list that parsing the rule files gives.
        #expect(Prefilter.fingerprint(RuleSet.keywordList(try RuleSet.parsedBuiltin().rules)) == Prefilter.fingerprint(keywords))
        let embedded = try #require(AutomatonSnapshot.prefilter(for: keywords))
        #expect(embedded.serialized() == Prefilter(keywords: keywords).serialized())
        #expect(set.keywordIndexes.count == 1 && set.keywordIndexes[0].prefilter.serialized() == embedded.serialized())
    }

    /// A rule set keeps its automaton through `filtered` and `merging`; the occurrences stay those of a fresh build.
    @Test func reusedAutomataMatchAFreshBuild() throws {
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
