import Foundation
@testable import PromptLintCore
import Testing

/// Prompts for the property tests: the committed sample, plus the dev set when `../shared` is beside the package.
let propertyPrompts: [String] = {
    var prompts: [String] = []
    let sample = packageRoot.appendingPathComponent("Tests/PromptLintCoreTests/Fixtures/sample-prompts.txt")
    if let text = try? String(contentsOf: sample, encoding: .utf8) {
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            prompts.append(line.replacingOccurrences(of: "\\n", with: "\n"))
        }
    }
    let dev = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/dev.jsonl")
    if let data = try? Data(contentsOf: dev) {
        for line in data.split(separator: 0x0A) {
            if let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let t = o["text"] as? String {
                prompts.append(t)
            }
        }
    }
    return prompts
}()

@Suite struct RewriterTests {
    let rewriter: Rewriter

    init() throws { rewriter = Rewriter(linter: Linter(rules: try RuleSet.builtin())) }

    /// Checks every property on one prompt; returns the problems found.
    func problems(_ text: String, level: RewriteLevel) -> [String] {
        var found: [String] = []
        let result = rewriter.rewrite(Prompt(text), options: RewriteOptions(level: level))
        let once = result.prompt.segments[0].text
        let twice = rewriter.rewrite(result.prompt, options: RewriteOptions(level: level)).prompt.segments[0].text
        if once != twice { found.append("not idempotent: \(once.debugDescription) → \(twice.debugDescription)") }
        let bytes = Array(text.utf8)
        let placeholders = Placeholders.spans(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        let after = Array(once.utf8)
        let placeholdersAfter = Placeholders.spans(in: after).map { String(decoding: after[$0], as: UTF8.self) }
        if placeholders != placeholdersAfter { found.append("placeholders changed: \(placeholders) → \(placeholdersAfter)") }
        if result.after.score > result.before.score { found.append("score rose \(result.before.score) → \(result.after.score)") }
        if result.before.hasHarmfulFinding, result.changed { found.append("harmful intent rewritten") }
        // Text outside the edits is unchanged: walk both texts, edit by edit.
        let findings = Set(result.before.findings.map(\.range))
        var old = 0, new = 0
        var intact = true
        for edit in result.edits {
            if edit.range.isEmpty {
                if !["declaration", "data-sources", "declaration+data-sources"].contains(edit.reason) { found.append("unexpected insertion \(edit.reason)") }
            } else if !findings.contains(edit.range), edit.reason != "placeholder" {
                found.append("edit outside a finding: \(edit.original.debugDescription)")
            }
            let keep = edit.range.lowerBound - old
            let replacement = Array(edit.replacement.utf8)
            guard keep >= 0, new + keep + replacement.count <= after.count,
                  bytes[old ..< edit.range.lowerBound].elementsEqual(after[new ..< new + keep]),
                  after[(new + keep) ..< (new + keep + replacement.count)].elementsEqual(replacement),
                  bytes[edit.range].elementsEqual(edit.original.utf8)
            else { intact = false; break }
            old = edit.range.upperBound
            new += keep + replacement.count
        }
        if intact, !bytes[old...].elementsEqual(after[new...]) { intact = false }
        if !intact { found.append("text outside the edits changed") }
        return found
    }

    @Test func propertiesHoldOnEveryPromptAtEveryLevel() {
        #expect(propertyPrompts.count >= 30)
        var failures: [String] = []
        for text in propertyPrompts {
            for level in RewriteLevel.allCases {
                for p in problems(text, level: level) where failures.count < 20 { failures.append("\(level) \(text.prefix(80).debugDescription): \(p)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// One substitution rule: "confidential" → "public".
    static let confidentialToPublic = """
    [c.secret]
    category: confidentiality
    weight: 0.4
    message: m
    keywords: confidential
    pattern: \\bconfidential\\b
    rewrite: public
    example: the «confidential» plan
    counter: confidence
    """

    @Test func caseOfReplacedWordsIsKept() throws {
        let r = Rewriter(linter: Linter(rules: try rules(Self.confidentialToPublic)))
        #expect(r.rewrite("Confidential, CONFIDENTIAL and confidential", level: .substitutions).text == "Public, PUBLIC and public")
    }

    @Test func protectedRegionsAreNeverRewritten() throws {
        let r = Rewriter(linter: Linter(rules: try rules(Self.confidentialToPublic)))
        let text = "`confidential` \"confidential\" https://x.org/confidential\n> confidential\n```\nconfidential\n```\nconfidential"
        #expect(r.rewrite(text, level: .substitutions).text == text.dropLast("confidential".count) + "public")
    }

    @Test func declarationSentencesAreBlankedOutInOnePass() {
        let sentences = Declarations.folded(with: .identity)
        let en = Declarations.publicInformation(.english), zh = Declarations.publicInformation(.simplifiedChinese)
        let text = "A " + en + " b " + zh + en + " c"
        let masked = Declarations.masked(Array(text.utf8), sentences: sentences)
        let expected = "A " + String(repeating: " ", count: en.utf8.count) + " b "
            + String(repeating: " ", count: zh.utf8.count + en.utf8.count) + " c"
        #expect(masked.map { String(decoding: $0, as: UTF8.self) } == expected)
        // Without a whole sentence nothing is copied or changed.
        #expect(Declarations.masked(Array(("A " + en.dropLast(2)).utf8), sentences: sentences) == nil)
        #expect(Declarations.masked([], sentences: sentences) == nil)
    }

    /// The one-pass masking agrees with the plain one (each sentence searched on its own, longest first) on every
    /// property prompt with declarations put in at its start, middle and end, in both scripts.
    @Test func onePassMaskingAgreesWithSentenceBySentenceSearch() {
        func reference(_ text: [UInt8], _ sentences: [[UInt8]]) -> [UInt8]? {
            var result: [UInt8]?
            for sentence in sentences where !sentence.isEmpty && text.count >= sentence.count {
                var i = 0
                while i <= text.count - sentence.count {
                    if Array(text[i ..< i + sentence.count]) == sentence {
                        if result == nil { result = text }
                        for j in i ..< i + sentence.count { result![j] = 0x20 }
                        i += sentence.count
                    } else {
                        i += 1
                    }
                }
            }
            return result
        }
        let folder = (try? ScriptFolder.builtinResult.get()) ?? .identity
        let sentences = Declarations.folded(with: folder)
        let declarations = [Declarations.publicInformation(.english), Declarations.dataSources(.traditionalChinese)]
        for (n, prompt) in propertyPrompts.enumerated() {
            let d = declarations[n % 2]
            let mid = prompt.index(prompt.startIndex, offsetBy: prompt.count / 2)
            for text in [prompt, d + prompt, prompt[..<mid] + d + prompt[mid...], prompt + d] {
                let folded = folder.fold(bytes: Array(text.utf8))
                #expect(Declarations.masked(folded, sentences: sentences) == reference(folded, sentences), "\(text)")
            }
        }
    }

    @Test func declarationsAreAddedOnceInThePromptsLanguage() throws {
        let set = try rules("""
        [p.addr]
        category: privacy
        weight: 0.5
        message: m
        keywords: address, 住址
        pattern: \\bhome address\\b|住址
        example: «home address»
        counter: address
        """)
        let r = Rewriter(linter: Linter(rules: set))
        let en = r.rewrite("Find the home address of {NAME}.", level: .dataSources)
        #expect(en.text.hasPrefix(Declarations.publicInformation(.english) + " " + Declarations.dataSources(.english) + " Find the home address of {NAME}."))
        #expect(r.rewrite(en.prompt, options: .init(level: .dataSources)).changed == false)
        let zhHans = r.rewrite("请提供他的住址", level: .declaration)
        #expect(zhHans.text == "请仅使用公开可得的信息。请提供他的住址")
        let zhHant = r.rewrite("提供他的住址和電話", level: .declaration)
        #expect(zhHant.text.hasPrefix("請僅使用公開可得的資訊。"))
        #expect(r.rewrite("Find the home address.", level: .substitutions).changed == false)
    }

    @Test func placeholdersAreNormalisedOnlyWhenAskedFor() {
        #expect(Placeholders.normalized("{$companyName}") == "{COMPANY_NAME}")
        #expect(Placeholders.normalized("${company_name}") == "{COMPANY_NAME}")
        #expect(Placeholders.normalized("{{ name }}") == nil)
        let text = "Company: {$companyName}"
        #expect(rewriter.rewrite(Prompt(text), options: .init(level: .substitutions)).prompt.segments[0].text == text)
    }
}

@Suite struct RewriterRegressionTests {
    /// Found by fuzzing: the inserted data-source sentence mentions an organisation (機構), which satisfied a
    /// business-number rule's `near` condition on the second pass, so rewriting was not idempotent. Declaration
    /// sentences are now invisible to match rules (mitigations still see them).
    @Test func fuzzDeclarationContextMadeRewritesNotIdempotent() throws {
        let rewriter = Rewriter(linter: Linter(rules: try RuleSet.builtin()))
        let crash = packageRoot.appendingPathComponent("Tests/FuzzCorpus/rewrite/regression-declaration-context")
        let text = String(decoding: try Data(contentsOf: crash), as: UTF8.self)
        for level in RewriteLevel.allCases {
            let once = rewriter.rewrite(Prompt(text), options: .init(level: level))
            #expect(!rewriter.rewrite(once.prompt, options: .init(level: level)).changed)
        }
    }

    /// Found by fuzzing: a declaration put in front of a line opening a code fence broke the fence, so the
    /// second pass saw the fenced text as prose and rewrote it. Such a declaration now gets a line of its own.
    @Test func fuzzDeclarationBeforeACodeFenceBrokeIt() throws {
        let rewriter = Rewriter(linter: Linter(rules: try RuleSet.builtin()))
        let crash = packageRoot.appendingPathComponent("Tests/FuzzCorpus/rewrite/regression-fence-at-start")
        let text = String(decoding: try Data(contentsOf: crash), as: UTF8.self)
        for level in RewriteLevel.allCases {
            let once = rewriter.rewrite(Prompt(text), options: .init(level: level))
            #expect(!rewriter.rewrite(once.prompt, options: .init(level: level)).changed)
        }
        let fenced = "```\nthe confidential data of my coworker Anna's home address\n```"
        let r = rewriter.rewrite(Prompt(fenced + "\nFind my coworker Anna's home address."), options: .init(level: .declaration))
        #expect(r.text.contains(fenced))
    }

    @Test func declarationsAreMaskedUnderTheRuleSetsOwnFolding() throws {
        // Without the built-in character table, the Traditional declaration is not folded to Simplified; it must
        // still be recognised as prompt-lint's own sentence.
        let text = """
        [t.public]
        category: confidentiality
        weight: 0.5
        message: public
        keywords: 公開
        pattern: 公開
        example: «公開»資料
        counter: 公布
        """
        let set = try RuleSet.load([.init(file: "t.rules", pack: "t", text: text)], folder: .identity)
        let linter = Linter(rules: set)
        #expect(linter.assess("公開資料").findings.count == 1)
        #expect(linter.assess(Declarations.publicInformation(.traditionalChinese)).findings.isEmpty)
    }

    @Test func declarationsNeverCreateFindingsButStillMitigate() throws {
        var linter = Linter(rules: try RuleSet.builtin())
        linter.reportsAllMitigations = true
        for language: Declarations.Language in [.english, .simplifiedChinese, .traditionalChinese] {
            let text = Declarations.publicInformation(language) + " " + Declarations.dataSources(language)
            #expect(linter.assess(text).findings.isEmpty, "\(text)")
            #expect(!linter.assess(text).mitigations.isEmpty, "\(text)")
        }
    }
}
