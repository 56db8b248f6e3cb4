import PromptLintCore
import Testing

@Suite struct RuleParserTests {
    @Test func parsesAMinimalRule() throws {
        let set = try rules(minimal)
        let rule = try #require(set.rule(id: "t.rule"))
        #expect(rule.category == .privacy)
        #expect(rule.weight == 0.5)
        #expect(rule.severity == .warning)
        #expect(rule.kind == .match)
        #expect(rule.location.line == 1)
    }

    @Test(arguments: [
        ("[t.rule]\ncategory: privacy\nweight: 0.5\nmessage: m\npattern: a(\nexample: a\ncounter: b\n", "5:12: invalid pattern: missing closing parenthesis"),
        ("[t.rule]\ncolour: red\n", "2:1: unknown key 'colour'"),
        ("[t.rule]\ncategory: privacy\nmessage: m\npattern: a\nexample: a\ncounter: b\n", "1:1: rule 't.rule' needs 'weight:'"),
        ("[t.rule]\ncategory: privacy\nweight: 2\nmessage: m\npattern: a\nexample: a\ncounter: b\n", "3:9: 'weight' must be a number from 0 to 1"),
        ("[t.rule]\ncategory: money\nweight: 0.2\nmessage: m\npattern: a\nexample: a\ncounter: b\n", "2:11: 'money' is not a valid category"),
        ("[T rule]\n", "1:2: invalid rule id"),
        ("[t.rule\n", "1:1: rule header must end with ']'"),
        ("weight: 0.5\n", "1:1: 'weight' outside a rule"),
        ("[t.rule]\ncategory: privacy\nweight: 0.5\nmessage: m\npattern: a\ncounter: b\n", "1:1: rule 't.rule' has no 'example:'"),
        ("[t.rule]\ncategory: privacy\nweight: 0.5\nmessage: m\npattern: a\nexample: a\n", "1:1: rule 't.rule' has no 'counter:'"),
        ("[t.rule]\ncategory: privacy\nweight: 0.5\nmessage: m\npattern: a\nnear(x): b\nexample: a\ncounter: b\n", "6:6: 'x' is not a word count"),
        ("[t.rule]\ncategory: privacy\nweight: 0.5\nmessage: m\npattern: a\nexample: a\ncounter: b\nfix: a => b\n", "8:1: 'fix' examples need a 'rewrite'"),
        ("[t.rule]\ncategory: security\nweight: 0.5\nmessage: m\npattern: a\nharmful: yes\nrewrite: b\nexample: a\ncounter: b\n", "7:1: a harmful-intent rule gets no rewrite"),
        ("[t.rule]\ncategory: privacy\nweight: 0.5\nweight: 0.6\nmessage: m\npattern: a\nexample: a\ncounter: b\n", "4:1: 'weight' given twice"),
        ("[t.rule]\ncategory: privacy\nweight: 0.5\nmessage: m\npattern: a\nexample: «a\ncounter: b\n", "6:10: '«' without a matching '»'"),
        ("[t.a]\nkind: combine\ncategory: privacy\nweight: 0.5\nmessage: m\nrequires: x, y\nexample: a\ncounter: b\n", "1:1: rule 't.a' requires tag 'x' that no rule has"),
        ("[t.m]\nkind: mitigate\napplies-to: privacy\npattern: a\nexample: a\ncounter: b\n", "1:1: rule 't.m' needs 'strength:'"),
        ("[t.rule]\nkeywords\n", "2:1: expected 'key: value' or '[rule-id]'"),
        ("[t.rule]\ncategory:\n", "2:10: 'category' has no value"),
    ])
    func errorsNameLineColumnAndProblem(text: String, expected: String) {
        let error = loadError(text)
        #expect(error?.hasPrefix(expected) == true, "got \(error ?? "no error")")
    }

    @Test func duplicateIDsAcrossFilesAreErrors() {
        #expect(throws: RuleFileError.self) {
            try RuleSet.load([
                .init(file: "a.rules", pack: "a", text: minimal),
                .init(file: "b.rules", pack: "b", text: minimal),
            ])
        }
    }

    @Test func errorDescriptionIsEditorLinkable() {
        do throws(RuleFileError) {
            _ = try rules("[t.rule]\ncolour: red\n", file: "Rules/x.rules")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("Rules/x.rules:2:1: error: unknown key"))
        }
    }

    @Test func fileDefaultsApplyToEveryRule() throws {
        let set = try rules("category: identity\nseverity: error\n\n" + minimal.replacingOccurrences(of: "category: privacy\n", with: ""))
        #expect(set.rules[0].category == .identity)
        #expect(set.rules[0].severity == .error)
    }

    @Test func exampleSpansAreByteOffsetsWithoutMarkers() throws {
        let set = try rules(minimal.replacingOccurrences(of: "example: a secret", with: "example: 中 a «secret» b"))
        let e = set.rules[0].examples[0]
        #expect(e.text == "中 a secret b")
        #expect(e.expectedSpan == 6 ..< 12)
    }

    @Test func overridesReplaceRulesWithTheSameID() throws {
        let base = try rules(minimal)
        let override = try rules(minimal.replacingOccurrences(of: "weight: 0.5", with: "weight: 0.9")).rules
        let merged = try base.merging(override)
        #expect(merged.rules.count == 1)
        #expect(merged.rules[0].weight == 0.9)
    }

    @Test func crlfRuleFilesParse() throws {
        let set = try rules(minimal.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(set.rules[0].message == "m")
    }
}

@Suite struct PatternCheckTests {
    @Test(arguments: [
        ("(a+)+", [0]), (#"(\w+\s?)*$"#, [0]), ("(?:x*y)*", [0]), ("((ab)*c){2,}", [0]),
        ("(a+)", []), ("(a|b)+", []), (#"\(a+\)+"#, []), ("[(a+)]+", []), ("(a{1,3})+", []), ("(?:\\bfoo\\s+)?bar", []),
    ])
    func nestedQuantifiersAreFound(pattern: String, offsets: [Int]) {
        #expect(PatternCheck.nestedQuantifiers(in: pattern) == offsets)
    }

    @Test func rulesWithNestedQuantifiersLoadWithAWarningNamingTheColumn() throws {
        let set = try rules(minimal.replacingOccurrences(of: "pattern: secret", with: "pattern: x(a+)+"))
        let warning = try #require(set.rules[0].warnings.first)
        #expect(warning.location.line == 5 && warning.location.column == 11)
    }
}
