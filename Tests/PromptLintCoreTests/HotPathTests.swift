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
                    }
                    #expect(ByteScan.containsNonASCII(in: b, between: 0xE3, and: 0xE9) == bytes.contains { (0xE3 ... 0xE9).contains($0) })
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
                    let checked = Int(t.checkStart[entry]) ..< Int(t.checkEnd[entry])
                    let needsCheck = groups[g].literals.contains { $0.wordStart || $0.wordEnd }
                    #expect(checked.count == (needsCheck ? groups[g].literals.count : 0))
                    for (l, literal) in zip(checked, groups[g].literals) {
                        let from = Int(t.literalOffsets[l])
                        #expect(Array(t.literalBytes[from ..< from + Int(t.literalLengths[l])]) == Array(literal.bytes))
                        #expect(t.literalFlags[l] == (literal.wordStart ? 1 : 0) | (literal.wordEnd ? 2 : 0))
                    }
                }
            }
        }
        // A keyword index lists, for each keyword, exactly its keyword-group owners.
        let index = set.keywordIndexes[0]
        for k in 0 ..< index.prefilter.keywordCount {
            let all = index.prefilter.owners(ofKeyword: k).map { index.prefilter.owner(at: $0) }
            let listed = Array(index.keywordOwners[Int(index.keywordOwnerStarts[k]) ..< Int(index.keywordOwnerStarts[k + 1])])
            #expect(listed == all.filter { Int($0) % RuleSet.ownerStride < Rule.maxKeywordGroups })
        }
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
        var o: [(owner: Int32, start: Int32, end: Int32)] = []
        Array("alpha omega".utf8).withUnsafeBufferPointer { set.keywordOccurrences(in: $0, into: &o) }
        let byRule = Set(o.map { set.rules[Int($0.owner) / RuleSet.ownerStride].id })
        #expect(byRule == ["t.one"])
        #expect(o.contains { Int($0.owner) % RuleSet.ownerStride >= Rule.maxKeywordGroups }, "t.one's literal 'omega' is kept")
        #expect(Linter(rules: set).assess("alpha omega").findings.map(\.ruleID) == ["t.one"])
    }
}
