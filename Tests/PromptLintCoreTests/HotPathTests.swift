@testable import PromptLintCore
import PCRE2Kit
import Testing

/// The flat tables and word-at-a-time searches that preparing a prompt reads instead of the rules and bytes one by one.
@Suite struct HotPathTests {
    @Test func byteScanFindsWhatAByteLoopFinds() {
        var g = SplitMix(seed: 7)
        // Mostly ASCII letters, with the searched bytes and high bytes rare, at every alignment and length.
        let alphabet: [UInt8] = Array("abc xyz.".utf8) + [0x7B, 0x24, 0xE3, 0xE9, 0xE2, 0xEA, 0x80, 0xFF]
        for length in 0 ..< 70 {
            for _ in 0 ..< 40 {
                let bytes = (0 ..< length).map { _ in g.next() % 4 == 0 ? alphabet[Int(g.next() % UInt64(alphabet.count))] : UInt8(0x61 + g.next() % 26) }
                bytes.withUnsafeBufferPointer { b in
                    for from in 0 ... length {
                        let expected = (from ..< length).first { bytes[$0] == 0x7B || bytes[$0] == 0x24 } ?? length
                        #expect(ByteScan.next(0x7B, or: 0x24, in: b, from: from) == expected)
                        let lead = (from ..< length).first { (0xE3 ... 0xE9).contains(bytes[$0]) } ?? length
                        #expect(ByteScan.nextNonASCII(in: b, between: 0xE3, and: 0xE9, from: from) == lead)
                        let needle = (from ..< length).first { [0x7B, 0xE2, 0x61].contains(bytes[$0]) } ?? length
                        #expect(ByteScan.next(oneOf: ByteScan.needles([0x7B, 0xE2, 0x61]), in: b, from: from) == needle)
                    }
                }
            }
        }
    }

    @Test func hasZeroByteIsExact() {
        var g = SplitMix(seed: 11)
        for _ in 0 ..< 20_000 {
            var x = g.next()
            // Force some zero and 0x01/0x80 bytes, where the borrow trick could go wrong.
            for k in 0 ..< 8 where g.next() % 5 == 0 { x &= ~(0xFF << (8 * UInt64(k))); x |= [0, 1, 0x80, 0x81][Int(g.next() % 4)] << (8 * UInt64(k)) }
            let naive = (0 ..< 8).contains { (x >> (8 * UInt64($0))) & 0xFF == 0 }
            #expect(ByteScan.hasZeroByte(x) == naive)
            // Byte by byte: the high bit of each zero byte, gathered into a bit each.
            let zeros = (0 ..< 8).reduce(UInt64(0)) { m, k in (x >> (8 * UInt64(k))) & 0xFF == 0 ? m | 1 << UInt64(k) : m }
            #expect(ByteScan.gather(ByteScan.zeroBytes(x)) == zeros)
        }
    }

    /// The tables say what the rules say, for every built-in rule.
    @Test func ruleTablesAgreeWithTheRules() throws {
        let set = try RuleSet.builtin()
        let t = set.tables
        for (i, rule) in set.rules.enumerated() {
            #expect((t.flags[i] & RuleTables.isMatch != 0) == (rule.kind == .match))
            #expect((t.flags[i] & RuleTables.isMitigate != 0) == (rule.kind == .mitigate))
            #expect((t.flags[i] & RuleTables.isSignal != 0) == rule.isSignal)
            for role in Role.allCases { #expect(t.reads(i, role) == (rule.roles.isEmpty || rule.roles.contains(role))) }
            #expect(Int(t.patternCounts[i]) == rule.patterns.count)
            #expect(t.keywordGroupMasks[i].nonzeroBitCount == rule.keywordGroups.count)
            let filtered = Int(t.filteredCounts[i]), base = Int(t.patternBase[i])
            #expect(filtered == min(rule.patterns.count, Rule.maxFilteredPatterns))
            for p in 0 ..< filtered {
                let groups = rule.requiredLiterals[p].groups
                #expect(Int(t.groupCounts[base + p]) == groups.count)
                for g in 0 ..< min(2, groups.count) {
                    let entry = 2 * (base + p) + g
                    #expect(Int(t.reach[entry]) == (groups[g].maxOffset ?? -1))
                }
            }
            let unfiltered = rule.patterns.count > filtered || rule.requiredLiterals.prefix(filtered).contains { $0.groups.isEmpty }
            #expect((t.flags[i] & RuleTables.hasUnfilteredPattern != 0) == unfiltered)
        }
        // Owner ids split into rule and slot by a shift, so the stride must hold every slot and be a power of two.
        #expect(RuleSet.ownerStride == Rule.maxKeywordGroups + 2 * Rule.maxFilteredPatterns)
        #expect(RuleSet.ownerStride == 1 << RuleSet.ownerShift)
        // Each literal owner of the prefilter carries the boundaries its literal needs, keyword owners none.
        let prefilter = set.keywordIndexes[0].prefilter
        var literalBoundaries: [Int: [[UInt8]: UInt32]] = [:]
        for (keyword, owner, boundaries) in RuleSet.keywordList(set.rules) {
            let lower = keyword.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            let bits = (boundaries & 1 != 0 ? Prefilter.startBoundary : 0) | (boundaries & 2 != 0 ? Prefilter.endBoundary : 0)
            literalBoundaries[owner, default: [:]][lower] = literalBoundaries[owner]?[lower].map { $0 & bits } ?? bits
        }
        var checked = 0
        for k in 0 ..< prefilter.keywordCount {
            for o in prefilter.owners(ofKeyword: k) {
                let entry = prefilter.ownerEntry(at: o), owner = Int(prefilter.owner(at: o))
                let flags = entry & (Prefilter.startBoundary | Prefilter.endBoundary)
                if RuleSet.slot(ofOwner: owner) < Rule.maxKeywordGroups { #expect(flags == 0) }
                #expect(literalBoundaries[owner]?[prefilter.keyword(k)] == flags)
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    /// Only rules that can run get occurrences: a literal of a rule whose keyword is absent is dropped.
    @Test func occurrencesAreThoseOfRulesThatCanRun() throws {
        let set = try rules("""
        category: privacy

        [t.one]
        weight: 0.5
        message: m
        keywords: alpha
        pattern: \\balpha\\s+omega\\b
        example: «alpha omega»
        counter: omega alpha

        [t.two]
        weight: 0.5
        message: m
        keywords: beta
        pattern: \\bbeta\\s+omega\\b
        example: «beta omega»
        counter: omega beta
        """)
        let found = Self.occurrences(set, "alpha omega").map { $0.split(separator: " ") }
        #expect(Set(found.map { String($0[0]) }) == ["t.one"])
        #expect(found.contains { Int($0[1])! >= Rule.maxKeywordGroups }, "t.one's literal 'omega' is kept")
        #expect(Linter(rules: set).assess("alpha omega").findings.map(\.ruleID) == ["t.one"])
    }

    /// The occurrences of `set` in `text` as `rule-id slot start`, sorted.
    static func occurrences(_ set: RuleSet, _ text: String, checkingBoundaries: Bool = true, gatingOnLiterals: Bool = true) -> [String] {
        var o: [(owner: Int32, start: Int32, end: Int32)] = []
        Array(text.utf8).withUnsafeBufferPointer {
            set.keywordOccurrences(in: $0, checkingBoundaries: checkingBoundaries, gatingOnLiterals: gatingOnLiterals, into: &o)
        }
        return o.map { "\(set.rules[RuleSet.rule(ofOwner: Int($0.owner))].id) \(RuleSet.slot(ofOwner: Int($0.owner))) \($0.start)" }.sorted()
    }

    /// A literal that needs a word boundary is dropped where an ASCII word character is next to it, unless the
    /// caller asks for no check (text whose masking may have put a space there).
    @Test func literalsNeedTheirWordBoundaries() throws {
        let set = try rules("""
        category: privacy

        [t.word]
        weight: 0.5
        message: m
        pattern: \\bomega\\b
        example: an «omega» here
        counter: xomega omegax
        """)
        #expect(set.rules[0].requiredLiterals[0].groups.first?.literals.first.map { $0.wordStart && $0.wordEnd } == true)
        let slot = RuleSet.slot(ofOwner: RuleSet.literalOwner(rule: 0, pattern: 0, group: 0))
        let text = "xomega omegax omega, Omega_ OMEGA"
        #expect(Self.occurrences(set, text) == ["t.word \(slot) 14", "t.word \(slot) 28"])
        #expect(Self.occurrences(set, text, checkingBoundaries: false).count == 5)
        #expect(Linter(rules: set).assess(text).findings.map(\.range) == [14 ..< 19, 28 ..< 33])
    }

    /// A pattern needs a literal of each of its groups: without one, its other group's literals are dropped, and a
    /// rule none of whose patterns can match reports nothing, its keywords included.
    @Test func occurrencesNeedEveryGroupOfAPattern() throws {
        let set = try rules("""
        category: privacy

        [t.pair]
        weight: 0.5
        message: m
        keywords: send
        pattern: \\bsend\\s+(?:the\\s+)?dossier\\s+(?:\\w+\\s+){0,3}?to\\s+headquarters\\b
        example: «send the dossier to headquarters»
        counter: send the dossier home

        [t.free]
        weight: 0.5
        message: m
        pattern: \\bdossier\\s+(?:\\w+\\s+){0,3}?archive\\b
        pattern: \\b[A-Z]{3}\\d{4}\\b
        example: the «dossier archive»
        example: code «ABC1234»
        counter: archive
        """)
        let groups = set.rules[0].requiredLiterals[0].groups.count
        #expect(groups == 2)
        // "headquarters" missing: t.pair can match nowhere, so nothing of it is reported, its keyword included.
        #expect(Self.occurrences(set, "send the dossier home").allSatisfy { !$0.hasPrefix("t.pair") })
        let both = Self.occurrences(set, "send the dossier to headquarters")
        #expect(both.filter { $0.hasPrefix("t.pair") }.count == 3, "the keyword and a literal of each group")
        // t.free has a pattern without literals, so it can match anywhere; its first pattern's lone literal is dropped.
        #expect(Self.occurrences(set, "the dossier alone").allSatisfy { !$0.hasPrefix("t.free") })
        #expect(Self.occurrences(set, "the dossier archive").filter { $0.hasPrefix("t.free") }.count == 2)
        // Without gating on literals, rules run wherever their keywords are and no literal is reported.
        #expect(Self.occurrences(set, "send the dossier home", gatingOnLiterals: false) == ["t.pair 0 0"])
        for text in ["send the dossier home", "send the dossier to headquarters", "the dossier archive, ABC1234"] {
            var plain = Linter(rules: set)
            plain.usesRequiredLiterals = false
            #expect(Linter(rules: set).assess(text).findings.map(\.ruleID) == plain.assess(text).findings.map(\.ruleID))
        }
    }
}
