import Foundation
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
        let warnings = try RuleSet.builtin().rules.flatMap(\.warnings)
        #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
    }
}
