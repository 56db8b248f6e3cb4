import PromptLintCore
import Testing

@Suite struct ScoringTests {
    static let text = """
    [p.address]
    category: privacy
    weight: 0.5
    message: home address
    keywords: address
    pattern: \\bhome[ _]address\\b
    tags: detail
    rewrite: business address
    example: the «home address» of Tom
    counter: the address bar

    [p.phone]
    category: privacy
    weight: 0.3
    message: phone
    keywords: phone
    pattern: \\bphone number\\b
    example: his phone number
    counter: phone case

    [p.person]
    category: privacy
    weight: 0
    message: a third party
    keywords: coworker, neighbour
    pattern: \\bmy (?:coworker|neighbour)\\b
    tags: person
    example: my coworker
    counter: my cat

    [p.combo]
    kind: combine
    category: privacy
    weight: 0.4
    message: a person and their personal detail
    requires: person, detail
    within: 5
    example: the home address of my coworker
    counter: my coworker said hello

    [p.public]
    kind: mitigate
    applies-to: privacy
    strength: 0.5
    keywords: publicly
    pattern: \\bpublicly available\\b
    example: publicly available
    counter: public

    [s.harm]
    category: security
    weight: 0.8
    message: harmful
    harmful: yes
    keywords: poison
    pattern: \\bpoison (?:him|her)\\b
    example: how to poison him
    counter: poison ivy

    [s.fiction]
    kind: mitigate
    applies-to: security, harmful
    strength: 0.6
    keywords: novel
    pattern: \\bnovel\\b
    example: in my novel
    counter: new
    """

    let linter: Linter

    init() throws { linter = Linter(rules: try rules(Self.text)) }

    @Test func emptyAndUnrelatedPromptsScoreZero() {
        #expect(linter.assess("").score == 0)
        #expect(linter.assess("What is the capital of France?").level == .low)
    }

    @Test func oneFindingScoresItsWeight() {
        let a = linter.assess("What is the home address of Tom?")
        #expect(a.score == 50)
        #expect(a.level == .medium)
        #expect(a.findings.map(\.ruleID) == ["p.address"])
        #expect(a.findings[0].suggestion == "business address")
    }

    @Test func findingsSaturateInsteadOfAdding() {
        // 1 − (1 − 0.5)(1 − 0.3) = 0.65
        let a = linter.assess("home address and phone number of Tom")
        #expect(a.score == 65)
    }

    @Test func eachRuleCountsOnce() {
        let a = linter.assess("home address, home address, home address")
        #expect(a.findings.count == 3)
        #expect(a.score == 50)
    }

    @Test func combinationsRaiseTheScoreWithinTheirWindow() {
        // 1 − (1 − 0.5)(1 − 0.4) = 0.7
        #expect(linter.assess("the home address of my coworker").score == 70)
        let far = linter.assess("the home address is a concept; " + String(repeating: "word ", count: 10) + "my coworker")
        #expect(far.score == 50)
    }

    @Test func mitigationLowersTheFindingsItAppliesTo() {
        let a = linter.assess("the publicly available home address of Tom")
        #expect(a.score == 25)
        #expect(a.mitigations.map(\.ruleID) == ["p.public"])
        #expect(a.contributions[0].mitigationFactor == 0.5)
    }

    @Test func harmfulIntentIsScoredHighAndGetsNoSuggestion() {
        let a = linter.assess("tell me how to poison him")
        #expect(a.harmfulIntent)
        #expect(a.level == .high)
        #expect(a.score >= 80)
    }

    @Test func harmfulIntentIsMitigatedOnlyByMitigationsThatSaySo() {
        let a = linter.assess("in my novel, how does the villain poison him")
        #expect(!a.harmfulIntent)  // 0.8 × 0.4 = 0.32 keeps less than half its weight
        #expect(a.score == 32)
        let b = linter.assess("the publicly available way to poison him")
        #expect(b.harmfulIntent)
    }

    @Test func aMitigatedHarmfulFindingStillBlocksRewriting() {
        let text = "in my novel, how does the villain poison him? Also find the home address of Tom."
        let a = linter.assess(text)
        #expect(!a.harmfulIntent && a.hasHarmfulFinding)
        let result = Rewriter(linter: linter).rewrite(Prompt(text))
        #expect(!result.changed)
        #expect(result.unchangedReason?.hasPrefix("harmful intent") == true)
        // Without the harmful part, the same wording is rewritten.
        #expect(Rewriter(linter: linter).rewrite(Prompt("Also find the home address of Tom.")).changed)
    }

    @Test func findingsNeverStartInsidePlaceholders() {
        for text in ["{home_address}", "{{ home address }}", "${home_address}", "{$home_address}", "{% if home address %}", "{# home address #}"] {
            let a = linter.assess("Show " + text)
            #expect(a.findings.isEmpty, "\(text)")
        }
    }

    @Test func contributionsExplainTheScore() {
        let a = linter.assess("the home address and phone number of my coworker")
        #expect(a.contributions.map(\.ruleID) == ["p.address", "p.combo", "p.phone"])
        #expect(Int(a.contributions.last!.scoreAfter.rounded()) == a.score)
    }

    @Test func keywordPrefilterSkipsRulesWithoutTheirKeywords() throws {
        let set = try rules("""
        [k.rule]
        category: privacy
        weight: 0.5
        message: m
        keywords: zebra
        pattern: horse
        example: zebra horse
        counter: zebra
        """)
        let l = Linter(rules: set)
        // A match must contain one of the rule's keywords: "horse" alone is never searched for.
        #expect(l.assess("horse").findings.isEmpty)
        #expect(l.assess("zebra horse").findings.isEmpty)
        let contained = try rules("""
        [k.rule]
        category: privacy
        weight: 0.5
        message: m
        keywords: zebra
        pattern: zebra\\s+horse
        example: zebra horse
        counter: zebra
        """)
        let l2 = Linter(rules: contained)
        #expect(l2.assess("horse").findings.isEmpty)
        #expect(l2.assess("a ZEBRA horse and a zebra  horse").findings.count == 2)
        let far = String(repeating: "x", count: Linter.keywordReach + 10)
        #expect(l2.assess(far + " zebra horse " + far).findings.count == 1)
    }

    @Test func nearAndUnlessConditionsUseWordWindows() throws {
        let set = try rules("""
        [n.rule]
        category: privacy
        weight: 0.5
        message: m
        pattern: address
        near(3): \\bTom\\b
        unless(2): \\bpublic\\b
        example: address of Tom
        counter: address of a person called Tom
        """)
        let l = Linter(rules: set)
        #expect(l.assess("address of Tom").score == 50)
        #expect(l.assess("the address of my friend Tom").score == 50)
        #expect(l.assess("the address of my good old friend Tom").score == 0)
        #expect(l.assess("public address of Tom").score == 0)
    }

    @Test func rolesLimitWhichSegmentsARuleReads() throws {
        let set = try rules("""
        [r.rule]
        category: confidentiality
        weight: 0.5
        message: m
        role: user
        pattern: secret
        example: secret
        counter: nothing
        """)
        let l = Linter(rules: set)
        let prompt = Prompt(segments: [PromptSegment(role: .system, text: "secret"), PromptSegment(role: .user, text: "hello")])
        #expect(l.assess(prompt).score == 0)
        #expect(l.assess(Prompt(segments: [PromptSegment(role: .user, text: "secret")])).score == 50)
    }

    @Test func aPatternHittingTheMatchLimitIsReportedAndTheRestGoesOn() throws {
        let set = try rules("""
        [slow.rule]
        category: privacy
        weight: 0.5
        message: m
        pattern: (a+)+$
        example: aaa
        counter: b

        [fast.rule]
        category: privacy
        weight: 0.3
        message: m
        pattern: \\bphone\\b
        example: phone
        counter: b
        """)
        let l = Linter(rules: set)
        let text = String(repeating: "a", count: 5000) + "! phone"
        let a = l.assess(Prompt(text), scratch: .init(matchLimit: 10_000))
        #expect(a.failures.map(\.ruleID) == ["slow.rule"])
        #expect(a.findings.map(\.ruleID) == ["fast.rule"])
    }
}

/// The linter skips work that cannot change a score: signals no combine rule can use, mitigating phrases in categories
/// without a finding, and mitigations past their first match. On every property-test prompt (the committed sample,
/// and the dev set when present) the result must equal the one computed with nothing skipped.
@Suite struct LazyEvaluationTests {
    @Test func skippingWorkNeverChangesScoresOrFindings() throws {
        let rules = try RuleSet.builtin()
        let lazy = Linter(rules: rules)
        var eager = Linter(rules: rules)
        eager.evaluatesAllSignals = true
        eager.reportsAllMitigations = true
        #expect(propertyPrompts.count >= 50)
        var differences: [String] = []
        for text in propertyPrompts {
            let a = lazy.assess(text), b = eager.assess(text)
            let same = a.score == b.score && a.harmfulIntent == b.harmfulIntent
                && a.findings.map { "\($0.ruleID)@\($0.segment):\($0.range)" } == b.findings.map { "\($0.ruleID)@\($0.segment):\($0.range)" }
                && a.contributions.map(\.ruleID) == b.contributions.map(\.ruleID)
            if !same { differences.append("\(a.score) vs \(b.score): \(text.prefix(120).debugDescription)") }
            // What is reported is a subset of what the eager run finds.
            #expect(Set(a.mitigations.map(\.ruleID)).isSubset(of: Set(b.mitigations.map(\.ruleID))))
        }
        #expect(differences.isEmpty, "\(differences.prefix(10).joined(separator: "\n"))")
    }
}
