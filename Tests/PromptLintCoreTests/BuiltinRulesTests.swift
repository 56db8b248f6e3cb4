import Foundation
@testable import PromptLintCore
import Testing

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct BuiltinRulesTests {
    @Test func builtinPacksLoad() throws {
        let set = try RuleSet.builtin()
        #expect(set.rules.count > 0)
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

    @Test func everyBuiltinMatchRuleHasKeywords() throws {
        for rule in try RuleSet.builtin().rules where rule.kind != .combine {
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
