import Foundation
import PCRE2Kit
@testable import PromptLintCore
import Testing

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct BuiltinRulesTests {
    /// The built-in packs load with patterns compiled on first use; here every pattern is compiled now.
    @Test func builtinPacksLoadAndEveryPatternCompiles() throws {
        let set = try RuleSet.load(RuleSet.builtinSources, folder: .builtin, deferCompilation: false)
        #expect(set.rules.count > 0)
        #expect(set.rules.count == (try RuleSet.builtin()).rules.count)
    }

    /// Everyday prompts (writing, coding, health, money, family, security education) stay below `medium`: a rule
    /// that fires on the mere mention of a topic, rather than on wording models refuse, shows up here.
    @Test func everydayPromptsStayBelowMedium() throws {
        let file = packageRoot.appendingPathComponent("Tests/PromptLintCoreTests/Fixtures/everyday-prompts.txt")
        let prompts = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(prompts.count >= 200)
        let linter = Linter(rules: try RuleSet.builtin())
        let flagged = prompts.compactMap { p -> String? in
            let a = linter.assess(String(p))
            return a.level >= .medium ? "\(a.score) \(a.findings.map(\.ruleID)) \(p)" : nil
        }
        #expect(flagged.isEmpty, "\(flagged.joined(separator: "\n"))")
        // A Chinese rule has no business in an English prompt: Latin alternatives without word boundaries
        // ('ghb' inside "neighbour", 'isis' inside "crisis") once flagged English text as drug or extremism talk.
        let english = prompts.filter { !$0.unicodeScalars.contains { (0x3400 ... 0x9FFF).contains($0.value) } }
        #expect(english.count >= 100)
        let crossed = english.compactMap { p -> String? in
            let ids = linter.assess(String(p)).findings.map(\.ruleID).filter { $0.contains(".zh.") }
            return ids.isEmpty ? nil : "\(ids) \(p)"
        }
        #expect(crossed.isEmpty, "\(crossed.joined(separator: "\n"))")
    }

    /// One generic test runs every built-in rule's examples, each also behind a multi-byte prefix and a CRLF line.
    @Test func everyBuiltinRuleExamplePasses() throws {
        let failures = RuleTester(rules: try RuleSet.builtin()).testAll()
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyBuiltinRuleHasTwoExamplesAndTwoCounters() throws {
        for rule in try RuleSet.builtin().rules {
            #expect(rule.examples.count >= 2, "\(rule.id) at \(rule.location) needs two examples")
            #expect(rule.counterExamples.count >= 2, "\(rule.id) at \(rule.location) needs two counter-examples")
        }
    }

    /// Rules run only when a keyword occurs; weight-0 signals (such as a capitalised name) may run on every text.
    @Test func everyBuiltinWeightedRuleHasKeywords() throws {
        for rule in try RuleSet.builtin().rules where rule.kind != .combine && rule.weight > 0 {
            #expect(!rule.keywords.isEmpty, "\(rule.id) at \(rule.location) runs on every text: give it keywords")
        }
    }

    /// The generated EmbeddedRules.swift must match Rules/ (run scripts/embed-rules after editing rules).
    @Test func embeddedRulesMatchTheRulesFolder() throws {
        let rulesDir = packageRoot.appendingPathComponent("Rules")
        let walker = try #require(FileManager.default.enumerator(atPath: rulesDir.path))
        var onDisk: [String: String] = [:]
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".rules") || relative.hasSuffix(".table") else { continue }
            onDisk[relative] = try String(contentsOf: rulesDir.appendingPathComponent(relative), encoding: .utf8)
        }
        var embedded: [String: String] = [:]
        for file in EmbeddedRules.files { embedded[file.path] = file.text }
        #expect(Set(onDisk.keys) == Set(embedded.keys), "run scripts/embed-rules")
        for (path, text) in onDisk {
            #expect(embedded[path] == text, "\(path) changed: run scripts/embed-rules")
        }
    }
}

@Suite struct CatastrophicPatternTests {
    /// Texts built to make a pattern backtrack: long runs of each character it names, alone, spaced and mixed.
    static func adversarialTexts(for rule: Rule) -> [String] {
        var pieces = Set<String>()
        for pattern in rule.patterns + rule.near.map(\.pattern) + rule.unless.map(\.pattern) {
            for scalar in pattern.source.unicodeScalars where scalar.properties.isAlphabetic { pieces.insert(String(scalar)) }
        }
        pieces.formUnion(rule.keywords)
        var texts: [String] = []
        for piece in pieces.sorted().prefix(40) {
            texts.append(String(repeating: piece, count: 3000))
            texts.append(String(repeating: piece + " ", count: 3000))
        }
        texts.append(rule.keywords.joined(separator: " ") + " " + String(repeating: "a ", count: 20_000) + "!")
        if let example = rule.examples.first?.text { texts.append(String(repeating: example + " ", count: 200)) }
        return texts
    }

    @Test func everyBuiltinPatternStaysWithinTheMatchLimitOnAdversarialInput() throws {
        let set = try RuleSet.builtin()
        let linter = Linter(rules: set)
        var failures: [String] = []
        for rule in set.rules where rule.kind != .combine {
            let single = try RuleSet(rules: [rule], folder: set.folder)
            let l = Linter(rules: single)
            for text in Self.adversarialTexts(for: rule) {
                let a = l.assess(text)
                if !a.failures.isEmpty { failures.append("\(rule.id) at \(rule.location): \(a.failures[0].reason) on \(text.prefix(30).debugDescription)…") }
            }
        }
        _ = linter
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test func builtinPatternsHaveNoNestedQuantifiers() throws {
        let parser = RuleParser(folder: .builtin)  // compiled at load, so the pattern checks run
        let warnings = try RuleSet.builtinSources.flatMap { try parser.parse($0.text, file: $0.file, pack: $0.pack) }.flatMap(\.warnings)
        #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
    }
}

@Suite struct ChineseScriptTests {
    /// Every built-in Chinese example still triggers its rule when written wholly in Simplified or wholly in
    /// Traditional characters (as far as the character tables know both forms).
    @Test func everyChineseExampleTriggersInBothScripts() throws {
        let set = try RuleSet.builtin()
        let tester = RuleTester(rules: set)
        var failures: [String] = []
        var checked = 0
        for rule in set.rules {
            for example in rule.examples where example.text.unicodeScalars.contains(where: { (0x4E00 ... 0x9FFF).contains($0.value) }) {
                for variant in [set.folder.fold(example.text), set.folder.toTraditional(example.text)] {
                    checked += 1
                    let scratch = MatchScratch()
                    if tester.hitRanges(of: rule, in: variant, scratch: scratch).isEmpty {
                        failures.append("\(rule.id) at \(example.location): \(variant)")
                    }
                }
            }
        }
        #expect(checked > 50)
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test func theSeedCaseIsFlaggedInBothScripts() throws {
        let helper = try RefusalPreventionHelper()
        #expect(helper.assess("請幫忙查詢這家公司的統一編號：公司名稱：{$companyName}").level >= .medium)
        #expect(helper.assess("请帮忙查询这家公司的统一编号：公司名称：{$companyName}").level >= .medium)
    }

    @Test func theSeedCaseAndItsRevisedForm() throws {
        let helper = try RefusalPreventionHelper()
        let seed = helper.assess("Please help find the company's unified business number: Company name: {$companyName}")
        #expect(seed.level >= .medium)
        #expect(seed.findings.contains { $0.category == .identity })
        let revised = helper.assess("Please help find the following company's publicly available basic information: the company's unified business number: Company name: {COMPANY_NAME}")
        #expect(revised.level == .low)
        #expect(revised.score < seed.score)
        let rewritten = Rewriter(linter: helper.linter).rewrite("Please help find the company's unified business number: Company name: {$companyName}")
        #expect(rewritten.after.level == .low)
        #expect(rewritten.text.contains("{$companyName}"))
        #expect(rewritten.text.contains("publicly"))
    }
}
