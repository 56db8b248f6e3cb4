import Foundation
import PCRE2Kit
@testable import PromptLintCore
import Testing

/// The built-in rules' required literals (``Rule/requiredLiterals``) are sound on real text, and using them changes
/// no assessment.
@Suite struct RequiredLiteralRuleTests {
    /// Texts to check with: every built-in rule's examples and counter-examples, and the prompt fixtures.
    static func texts() throws -> [String] {
        var texts: [String] = []
        for rule in try RuleSet.builtin().rules {
            let examples = (rule.examples + rule.counterExamples).map(\.text)
            texts += examples
            // The same with longer runs of white space, of other kinds too, which the offsets' bounds must allow for.
            texts += examples.map { $0.split(separator: " ", omittingEmptySubsequences: false).joined(separator: " \u{00A0}\t \u{3000}") }
        }
        for name in ["everyday-prompts.txt", "sample-prompts.txt"] {
            let file = packageRoot.appendingPathComponent("Tests/PromptLintCoreTests/Fixtures/\(name)")
            texts += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        return texts
    }

    /// Every match of every built-in pattern, on every text, contains a literal of each of its groups within the
    /// group's offset from the match's start (with the text's longest runs, ``TextRuns``), with the word boundaries
    /// the literal asks for.
    @Test func everyBuiltinMatchContainsItsRequiredLiterals() throws {
        let set = try RuleSet.builtin()
        let texts = try Self.texts().map { Array(set.folder.fold($0).utf8) }
        let scratch = MatchScratch()
        var checked = 0
        var problems: [String] = []
        for rule in set.rules {
            for (pattern, required) in zip(rule.patterns, rule.requiredLiterals) where !required.groups.isEmpty {
                for text in texts {
                    let runs = text.withUnsafeBufferPointer { TextRuns($0) }
                    for m in try pattern.matches(in: text, scratch: scratch) where !m.range.isEmpty {
                        checked += 1
                        for group in required.groups where !Self.contains(text, m.range, group, runs) {
                            problems.append("\(rule.id): '\(String(decoding: text[m.range], as: UTF8.self))' lacks \(group)")
                        }
                    }
                }
            }
        }
        #expect(checked > 2000)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    /// Every match of every built-in pattern and condition starts where the pattern's start filter (``StartFilter``)
    /// lets a search in: on the rule's own examples and counter-examples (as written, with longer white space, and in
    /// upper case) and the prompt fixtures. The matches are found by PCRE2's interpreter, which uses no filter.
    @Test func everyBuiltinMatchStartsWhereItsStartFilterPasses() throws {
        let set = try RuleSet.builtin()
        var fixtures: [String] = []
        for name in ["everyday-prompts.txt", "sample-prompts.txt"] {
            let file = packageRoot.appendingPathComponent("Tests/PromptLintCoreTests/Fixtures/\(name)")
            fixtures += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let scratch = MatchScratch()
        var filtered = 0, checked = 0
        var problems: [String] = []
        for rule in set.rules {
            let examples = (rule.examples + rule.counterExamples).map(\.text)
            let own = examples + examples.map { $0.split(separator: " ", omittingEmptySubsequences: false).joined(separator: " \u{00A0}\t \u{3000}") }
            let texts = (own + own.map { $0.uppercased() } + fixtures).map { Array(set.folder.fold($0).utf8) }
            for pattern in rule.patterns + (rule.unless + rule.near).map(\.pattern) {
                guard let filter = StartFilter.of(pattern.source, caseless: pattern.options.contains(.caseInsensitive)) else { continue }
                filtered += 1
                let reference = try Pattern(pattern.source, options: pattern.options, jit: false)
                for text in texts {
                    try text.withUnsafeBufferPointer { buffer in
                        var position = 0
                        while position < buffer.count, let m = try reference.firstMatch(in: buffer, from: position, scratch: scratch) {
                            checked += 1
                            if filter.next(in: buffer, from: m.range.lowerBound, through: m.range.lowerBound) != m.range.lowerBound {
                                problems.append("\(rule.id): '\(String(decoding: text[m.range], as: UTF8.self))' starts where \(pattern.source) has no start")
                            }
                            // The next search starts right after this match's start, so overlapping matches are seen too.
                            position = m.range.lowerBound + 1
                        }
                    }
                }
            }
        }
        #expect(filtered > 500)
        #expect(checked > 5000)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    /// Whether `range` of `text` holds a literal of `group` starting at most its offset in.
    static func contains(_ text: [UInt8], _ range: Range<Int>, _ group: LiteralGroup, _ runs: TextRuns) -> Bool {
        func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
        let latest = group.reach(runs).map { range.lowerBound + $0 } ?? range.upperBound
        for literal in group.literals {
            var s = range.lowerBound
            while s <= latest, s + literal.bytes.count <= range.upperBound {
                let e = s + literal.bytes.count
                if zip(literal.bytes, text[s ..< e]).allSatisfy({ lower($0) == lower($1) }),
                   !literal.wordStart || s == 0 || !RequiredLiteral.isASCIIWord(text[s - 1]),
                   !literal.wordEnd || e == text.count || !RequiredLiteral.isASCIIWord(text[e]) { return true }
                s += 1
            }
        }
        return false
    }

    /// Running each pattern only where its literals occur gives the same assessments, findings, mitigations and
    /// contributions as running it wherever its rule's keywords occur, in the default mode and with every signal
    /// and mitigation run.
    @Test func requiredLiteralsChangeNoAssessment() throws {
        let set = try RuleSet.builtin()
        let texts = try Self.texts()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var differences: [String] = []
        for everything in [false, true] {
            var with = Linter(rules: set)
            with.evaluatesAllSignals = everything
            with.reportsAllMitigations = everything
            var without = with
            without.usesRequiredLiterals = false
            for text in texts {
                let a = try encoder.encode(with.assess(text)), b = try encoder.encode(without.assess(text))
                if a != b { differences.append(text) }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(10).joined(separator: "\n"))")
    }

    /// A pattern whose literals are absent does not run, even where its rule's keywords occur; one whose literals
    /// occur runs only from where a match could start.
    @Test func aPatternRunsOnlyWhereItsLiteralsAre() throws {
        let set = try rules("""
            [t.two]
            category: privacy
            weight: 0.5
            message: m
            keywords: address, number
            pattern: \\bresidential\\s+address\\b
            pattern: \\btelephone\\s+number\\b
            example: their «residential address»
            example: a «telephone number»
            counter: an address
            counter: a number
            """)
        #expect(set.rules[0].requiredLiterals.map { $0.groups.first?.maxOffset } == [0, 0])
        let linter = Linter(rules: set)
        let text = "the address of the telephone number"
        let work = linter.prepare(segment: Prompt(text).segments[0], index: 0)
        #expect(work.findingRules.count == 1)
        // "residential" is missing, so the first pattern has no window; the second starts only at "telephone".
        let candidate = try #require(work.findingRules.first)
        #expect(candidate.patterns != nil)
        #expect(work.spans(candidate, pattern: 0) == [])
        #expect(work.spans(candidate, pattern: 1) == [19 ... 19])
        let none = linter.prepare(segment: Prompt("an address, a number").segments[0], index: 0)
        #expect(none.findingRules.isEmpty)
        #expect(linter.assess(text).findings.map(\.matchedText) == ["telephone number"])
    }

    /// A literal that needs a word boundary does not count inside a longer word.
    @Test func boundariesAreCheckedWhereTheLiteralOccurs() throws {
        let set = try rules("""
            [t.word]
            category: privacy
            weight: 0.5
            message: m
            keywords: rat
            pattern: \\brats?\\b
            example: a «rat»
            example: two «rats»
            counter: separate
            counter: a rattle
            """)
        let linter = Linter(rules: set)
        #expect(linter.prepare(segment: Prompt("generate a separate pirate").segments[0], index: 0).findingRules.isEmpty)
        // "rats" implies "rat", which then needs no boundary after it: "rattle" is a candidate (and no match).
        #expect(linter.prepare(segment: Prompt("a rattle").segments[0], index: 0).findingRules.count == 1)
        #expect(linter.assess("a rattle").findings.isEmpty)
        #expect(linter.prepare(segment: Prompt("a rat").segments[0], index: 0).findingRules.count == 1)
    }
}
