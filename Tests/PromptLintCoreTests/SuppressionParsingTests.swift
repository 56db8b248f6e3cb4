import Testing
@testable import PromptLintCore

@Suite struct SuppressionParsingTests {
    @Test func directivesInJinjaAndMustacheComments() {
        let text = """
        {# prompt-lint: disable-next-line privacy.home-address, privacy.* -- our own data #}
        {{! prompt-lint: disable-line }}
        {{!-- prompt-lint: disable all --}}
        {#- prompt-lint: enable -#}
        {# an ordinary comment #} {{ name }}
        {#
           prompt-lint: disable-line confidentiality.confidential
        #}
        """
        let (directives, errors) = SuppressionComments.directives(in: Array(text.utf8))
        #expect(errors.isEmpty)
        #expect(directives.map(\.action) == [.disableNextLine, .disableLine, .disable, .enable, .disableLine])
        #expect(directives[0].rules == ["privacy.home-address", "privacy.*"])
        #expect(directives[0].reason == "our own data")
        #expect(directives[1].rules.isEmpty && directives[2].rules.isEmpty, "no rule and 'all' mean every rule")
        #expect(directives[0].covers("privacy.phone") && !directives[0].covers("identity.name"))
        #expect(directives[4].rules == ["confidentiality.confidential"])
        let first = directives[0].range
        #expect(Array(Array(text.utf8)[first.upperBound - 2 ..< first.upperBound]) == Array("#}".utf8))
    }

    @Test func malformedDirectivesAreErrorsAtTheirOffset() {
        let text = "ok\n{# prompt-lint: silence foo #}\n{# prompt-lint: #}"
        let (directives, errors) = SuppressionComments.directives(in: Array(text.utf8))
        #expect(directives.isEmpty)
        #expect(errors.map(\.offset) == [3, 34])
        #expect(errors[0].message.hasPrefix("unknown suppression action 'silence'"))
    }

    @Test func idPatternsUseStars() {
        #expect(IDPattern.matches("privacy.*", "privacy.home-address"))
        #expect(IDPattern.matches("*.home-*", "privacy.home-address"))
        #expect(!IDPattern.matches("privacy.*", "identity.name"))
        #expect(IDPattern.matches("a", "a") && !IDPattern.matches("a", "ab"))
    }

    @Test func strippingTheSettingsMemberKeepsEveryOtherByte() throws {
        let cases: [(String, String)] = [
            (#"{"prompt-lint": {"disable": ["x"]}, "model": "m"}"#, #"{"model": "m"}"#),
            (#"{"model": "m", "prompt-lint": {"disable": "x"}}"#, #"{"model": "m"}"#),
            (#"{"model":"m","prompt-lint":{"disable":"x"},"max_tokens":5}"#, #"{"model":"m","max_tokens":5}"#),
            (#"{"prompt-lint": {"disable": "x"}}"#, #"{}"#),
            (#"{"model": "m"}"#, #"{"model": "m"}"#),
            (#"["prompt-lint"]"#, #"["prompt-lint"]"#),
            ("{\n  \"prompt-lint\": {\"disable\": \"x\"},\n  \"messages\": [{\"content\": \"{\\\"prompt-lint\\\": 1}\"}]\n}", "{\n  \"messages\": [{\"content\": \"{\\\"prompt-lint\\\": 1}\"}]\n}"),
        ]
        for (input, expected) in cases {
            let out = try RequestBody.strippingSettings(input)
            #expect(out == expected, "\(input)")
            _ = try JSONSource.parse(Array(out.utf8))
        }
        #expect(throws: JSONSyntaxError.self) { try RequestBody.strippingSettings("{\"prompt-lint\": ") }
    }

    @Test func requestSuppressionIsReadStrictly() throws {
        let ok = try RequestBody.suppression(in: Array(#"{"model": "m", "prompt-lint": {"disable": ["a.b", "c.*"], "reason": "why"}}"#.utf8))
        #expect(ok?.rules == ["a.b", "c.*"])
        #expect(ok?.reason == "why")
        #expect(ok?.offset == 15)
        #expect(try RequestBody.suppression(in: Array(#"{"model": "m"}"#.utf8)) == nil)
        #expect(try RequestBody.suppression(in: Array(#"{"prompt-lint": {"disable": "all"}}"#.utf8))?.rules == [])
        for bad in [#"{"prompt-lint": ["x"]}"#, #"{"prompt-lint": {"disable": []}}"#, #"{"prompt-lint": {"reason": "x"}}"#, #"{"prompt-lint": {"disable": "x", "extra": 1}}"#] {
            #expect(throws: SuppressionSyntaxError.self, "\(bad)") { try RequestBody.suppression(in: Array(bad.utf8)) }
        }
    }

    @Test func keepingRescoresWithoutTheDroppedRules() throws {
        let rules = try RuleSet.load([RuleSet.Source(file: "t.rules", pack: "t", text: """
        category: privacy
        [t.a]
        weight: 0.5
        message: a
        pattern: \\balpha\\b
        example: «alpha»
        counter: beta
        [t.b]
        weight: 0.3
        message: b
        pattern: \\bgamma\\b
        example: «gamma»
        counter: beta
        """)])
        let linter = Linter(rules: rules)
        let full = linter.assess("alpha gamma alpha")
        #expect(full.score == 65)
        let withoutB = full.keeping({ $0.ruleID != "t.b" }, policy: linter.policy)
        #expect(withoutB.score == 50)
        #expect(withoutB.findings.count == 2)
        let oneAlpha = full.keeping({ !($0.ruleID == "t.a" && $0.range.lowerBound == 0) }, policy: linter.policy)
        #expect(oneAlpha.score == 65, "a rule counts while any of its findings is kept")
        #expect(full.keeping({ _ in false }, policy: linter.policy).score == 0)
    }
}
