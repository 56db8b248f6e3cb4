@testable import PromptLintCore
import Testing

/// Several `keywords:` lines: each line is a group, and every group must occur (an AND of ORs).
@Suite struct KeywordGroupTests {
    static let twoGroups = """
    [g.insult]
    category: security
    weight: 0.5
    message: m
    keywords: you, your
    keywords: idiot, moron
    pattern: \\byour?\\s+(?:\\w+\\s+){0,3}?(?:idiot|moron)\\b
    example: «you are an idiot»
    counter: what an idiot
    """

    static let oneGroup = """
    [g.other]
    category: privacy
    weight: 0.3
    message: m
    keywords: address
    pattern: \\bhome\\s+address\\b
    example: the «home address»
    counter: the address
    """

    @Test func eachLineIsAGroupAndKeywordsStayFlattened() throws {
        let rule = try #require(try rules(Self.twoGroups).rule(id: "g.insult"))
        #expect(rule.keywordGroups == [["you", "your"], ["idiot", "moron"]])
        #expect(rule.keywords == ["you", "your", "idiot", "moron"])
        let single = try #require(try rules(Self.oneGroup).rule(id: "g.other"))
        #expect(single.keywordGroups == [["address"]])
        let none = try #require(try rules(minimal).rule(id: "t.rule"))
        #expect(none.keywordGroups.isEmpty)
    }

    @Test func aRuleRunsOnlyWhenEveryGroupOccurs() throws {
        let l = Linter(rules: try rules(Self.twoGroups))
        #expect(l.assess("You are such an IDIOT.").findings.map(\.matchedText) == ["You are such an IDIOT"])
        #expect(l.assess("your moron friend").findings.count == 1)
        #expect(l.assess("what an idiot").findings.isEmpty)
        #expect(l.assess("you are nice").findings.isEmpty)
    }

    @Test func windowsAreTheIntersectionOfTheGroupsWindows() throws {
        let set = try rules(Self.twoGroups)
        let l = Linter(rules: set)
        func spans(_ text: String) -> [ClosedRange<Int>]? {
            let work = l.prepare(segment: PromptSegment(text: text), index: 0)
            return work.findingRules.first { set.rules[$0.rule].id == "g.insult" }.map { work.spans($0) }
        }
        // "you" at 4 allows starts 0...4; "idiot" at 12 allows 0...12: both, 0...4.
        #expect(spans("hey you big idiot") == [0 ... 4])
        // Both groups occur but too far apart for one match to contain both: the rule does not run.
        let far = "you " + String(repeating: "x", count: Linter.keywordReach + 10) + " idiot"
        #expect(spans(far) == nil)
        #expect(l.assess(far).findings.isEmpty)
        func intersection(_ a: [ClosedRange<Int>], _ b: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
            var store = Linter.WindowStore()
            for (run, windows) in [a, b].enumerated() {
                for w in windows { store.add(w.lowerBound, w.upperBound, run: run == 0 ? 0 : a.count) }
            }
            let both = store.intersect(0 ..< a.count, a.count ..< a.count + b.count)
            return store.ranges(both)
        }
        #expect(intersection([0 ... 5, 10 ... 20, 30 ... 40], [3 ... 12, 15 ... 35]) == [3 ... 5, 10 ... 12, 15 ... 20, 30 ... 35])
        #expect(intersection([0 ... 5], [6 ... 9]).isEmpty)
        // Windows that touch are merged as they are added.
        var store = Linter.WindowStore()
        for w in [0 ... 3, 4 ... 6, 9 ... 9, 8 ... 12] { store.add(w.lowerBound, w.upperBound, run: 0) }
        #expect(store.ranges(0 ..< store.end) == [0 ... 6, 8 ... 12])
    }

    @Test func filteredAndMergingKeepGroups() throws {
        let set = try rules(Self.oneGroup + "\n\n" + Self.twoGroups)
        let text = "Find the home address of your idiot neighbour, you moron; no address here."
        func summary(_ s: RuleSet) -> [String] {
            Linter(rules: s).assess(text).findings.map { "\($0.ruleID) \($0.range)" }
        }
        func occurrences(_ s: RuleSet) -> [[String]] {
            var o: [(owner: Int32, start: Int32, end: Int32)] = []
            Array(text.utf8).withUnsafeBufferPointer { s.keywordOccurrences(in: $0, into: &o) }
            return Set(o.map { [s.rules[Int($0.owner) / RuleSet.ownerStride].id, String($0.owner % Int32(RuleSet.ownerStride)), String($0.start)] })
                .sorted { $0.lexicographicallyPrecedes($1) }
        }
        #expect(summary(set).count == 3)
        // Dropping the first rule renumbers the two-group rule: its groups must follow it.
        let dropped = set.filtered { $0.id == "g.other" }
        let fresh = try RuleSet(rules: dropped.rules, folder: set.folder)
        #expect(occurrences(dropped) == occurrences(fresh))
        #expect(summary(dropped) == summary(fresh))
        #expect(summary(dropped).count == 2)
        // Merging back a rule, and replacing the two-group rule by a one-group one.
        let replacement = try rules(Self.twoGroups.replacingOccurrences(of: "keywords: you, your\n", with: "")).rules
        let merged = try dropped.merging(try rules(Self.oneGroup).rules + replacement)
        let mergedFresh = try RuleSet(rules: merged.rules, folder: set.folder)
        #expect(merged.rule(id: "g.insult")?.keywordGroups == [["idiot", "moron"]])
        #expect(occurrences(merged) == occurrences(mergedFresh))
        #expect(summary(merged) == summary(mergedFresh))
        #expect(summary(merged) == summary(set))
    }

    @Test func moreThanFourKeywordLinesIsAnErrorAtTheFifth() {
        let text = minimal.replacingOccurrences(of: "pattern: secret\n", with: "pattern: secret\n" + String(repeating: "keywords: secret\n", count: 5))
        let error = loadError(text)
        #expect(error?.hasPrefix("10:1: rule 't.rule' has more than 4 'keywords:' lines") == true, "got \(error ?? "no error")")
        do throws(RuleFileError) {
            _ = try rules(text, file: "Rules/x.rules")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("Rules/x.rules:10:1: error: rule 't.rule' has more than 4"))
        }
    }

    @Test func aKeywordsLineWithNoKeywordIsAnError() {
        let text = minimal.replacingOccurrences(of: "pattern: secret\n", with: "pattern: secret\nkeywords:  , \n")
        let error = loadError(text)
        #expect(error?.contains("'keywords:' lists no keyword") == true, "got \(error ?? "no error")")
    }
}
