import Foundation
import Testing

@Suite(.serialized) struct CheckCommandTests {
    let rules = ["--no-builtin-rules", "--rules", fixtures + "/rules"]

    @Test func cleanFolderExitsZero() throws {
        let r = try run(["check", fixtures + "/clean"] + rules)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("2 files, 2 prompts, 0 findings"))
    }

    @Test func riskyFolderExitsOneWithEditorLinkableFindings() throws {
        let r = try run(["check", fixtures + "/risky"] + rules)
        #expect(r.status == 1)
        #expect(r.stdout.contains("/risky/address.txt:2:5: error [fixture.home-address] Asks for a private person's home address."))
        #expect(r.stdout.contains("    the home address of Tom."))
        #expect(r.stdout.contains("        ^~~~~~~~~~~"))
        #expect(r.stdout.contains(#"= suggestion: "business address""#))
        #expect(r.stdout.contains("address.txt: refusal risk 50/100 (medium)"))
        #expect(!r.stdout.contains("\u{1B}["), "no colour when not a terminal")
    }

    /// A character table in a --rules folder folds the text too, with or without the built-in packs.
    @Test func characterTablesFromRulesFoldersApplyToTheText() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pl-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "丂丄\n".write(to: dir.appendingPathComponent("extra.table"), atomically: true, encoding: .utf8)
        try """
        [t.glyph]
        category: privacy
        weight: 0.5
        message: glyph
        keywords: 丄
        pattern: 丄
        example: «丄»
        example: 一«丂»
        counter: 一
        counter: 上
        """.write(to: dir.appendingPathComponent("t.rules"), atomically: true, encoding: .utf8)
        for builtin in [true, false] {
            let r = try run(["check", "-"] + (builtin ? [] : ["--no-builtin-rules"]) + ["--rules", dir.path, "--fail-on", "low"], stdin: "写一个丂字")
            #expect(r.status == 1, "builtin \(builtin): \(r.stdout)\(r.stderr)")
            #expect(r.stdout.contains("[t.glyph]"), "builtin \(builtin): \(r.stdout)")
        }
        let tested = try run(["rules", "test", dir.path])
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
    }

    @Test func checkIsTheDefaultSubcommand() throws {
        let r = try run([fixtures + "/risky"] + rules)
        #expect(r.status == 1)
    }

    @Test func failOnAndMaxScoreChooseTheThreshold() throws {
        #expect(try run(["check", fixtures + "/risky", "--fail-on", "high"] + rules).status == 0)
        #expect(try run(["check", fixtures + "/risky", "--fail-on", "high", "--max-score", "40"] + rules).status == 1)
        #expect(try run(["check", fixtures + "/risky", "--fail-on", "low"] + rules).status == 1)
    }

    @Test func jsonOutputFollowsTheSchema() throws {
        let r = try run(["check", fixtures + "/risky", "--format", "json"] + rules)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["version"] as? Int == 1)
        let results = try #require(doc["results"] as? [[String: Any]])
        let address = try #require(results.first { ($0["path"] as? String)?.hasSuffix("address.txt") == true })
        #expect(address["score"] as? Int == 50)
        #expect(address["level"] as? String == "medium")
        let f = try #require((address["findings"] as? [[String: Any]])?.first)
        #expect(f["rule"] as? String == "fixture.home-address")
        #expect(f["category"] as? String == "privacy")
        #expect(f["severity"] as? String == "error")
        #expect(f["line"] as? Int == 2)
        #expect(f["column"] as? Int == 5)
        #expect(f["end_line"] as? Int == 2)
        #expect(f["end_column"] as? Int == 17)
        #expect(f["match"] as? String == "home address")
        #expect(f["message"] as? String != nil)
    }

    @Test func mixedInputsAreReadOrReportedNeverCrashing() throws {
        let r = try run(["check", fixtures + "/mixed", "--format", "json"] + rules)
        #expect(r.status == 2, "broken.json is an error")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(doc["diagnostics"] as? [[String: Any]])
        func diagnostic(_ suffix: String) -> [String: Any]? {
            diagnostics.first { ($0["path"] as? String)?.hasSuffix(suffix) == true }
        }
        #expect(diagnostic("binary.txt")?["message"] as? String == "binary file; skipped")
        #expect((diagnostic("invalid-utf8.txt")?["message"] as? String)?.contains("invalid UTF-8") == true)
        #expect(diagnostic("broken.json")?["level"] as? String == "error")
        #expect(diagnostic("batch.jsonl")?["line"] as? Int == 2)
        let results = try #require(doc["results"] as? [[String: Any]])
        let request = try #require(results.first { ($0["path"] as? String)?.hasSuffix("request.json") == true })
        let f = try #require((request["findings"] as? [[String: Any]])?.first)
        // The match is inside a JSON string with escapes: the column counts the source characters.
        #expect(f["line"] as? Int == 1)
        #expect(f["match"] as? String == "home address")
        let line = try String(contentsOfFile: fixtures + "/mixed/request.json", encoding: .utf8)
        let column = try #require(f["column"] as? Int)
        #expect(String(Array(line.unicodeScalars)[(column - 1) ..< (column + 11)].map(Character.init)) == "home address")
        let invalid = try #require(results.first { ($0["path"] as? String)?.hasSuffix("invalid-utf8.txt") == true })
        #expect((invalid["findings"] as? [[String: Any]])?.count == 1, "valid text around invalid bytes is still linted")
        let jsonl = results.filter { ($0["path"] as? String)?.hasSuffix("batch.jsonl") == true }
        #expect(jsonl.map { $0["jsonl_line"] as? Int } == [1, 3])
        let mitigated = try #require(results.first { ($0["path"] as? String)?.hasSuffix("mitigated.txt") == true })
        #expect(mitigated["score"] as? Int == 20)
    }

    @Test func stdinIsLintedWithDash() throws {
        let r = try run(["check", "-"] + rules, stdin: "what is the home address of Tom")
        #expect(r.status == 1)
        #expect(r.stdout.contains("-:1:13: error [fixture.home-address]"))
    }

    @Test func missingPathsAndBadRulesExitTwoNamingFileLineColumn() throws {
        let missing = try run(["check", fixtures + "/nope"] + rules)
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("no such file or directory"))
        let bad = try run(["check", fixtures + "/clean", "--rules", fixtures + "/badrules"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("badrules/bad.rules:6:19: error: invalid pattern: missing closing parenthesis"), "\(bad.stderr)")
    }

    @Test func emptyAndHugeFilesAreFine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let huge = String(repeating: "lorem ipsum dolor sit amet ", count: 200_000) + "the home address of Tom"
        try Data(huge.utf8).write(to: dir.appendingPathComponent("huge.txt"))
        let r = try run(["check", dir.path, "--format", "json"] + rules)
        #expect(r.status == 1)
        #expect(r.stdout.contains(#""column":5400005"#))
    }

    @Test func versionAndHelp() throws {
        #expect(try run(["--version"]).stdout.hasPrefix("0."))
        let help = try run(["--help"])
        #expect(help.stdout.contains("check"))
        #expect(try run(["check", "--format", "nope"]).status == 2)
    }
}

@Suite(.serialized) struct OtherCommandTests {
    let rules = ["--no-builtin-rules", "--rules", fixtures + "/rules"]

    @Test func scoreJSONLinesKeepsOrderWithOneLinePerInput() throws {
        var input = ""
        for i in 0 ..< 5000 { input += i % 2 == 0 ? "{\"text\":\"hello \(i)\"}\n" : "{\"text\":\"home address \(i)\"}\n" }
        input += "broken\n"
        let r = try run(["score", "--jsonl", "-"] + rules, stdin: input)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 5001)
        #expect(lines[0] == #"{"findings":[],"level":"low","score":0}"#)
        #expect(lines[1] == #"{"findings":[{"category":"privacy","rule":"fixture.home-address"}],"level":"medium","score":50}"#)
        #expect(lines[5000].contains("invalid JSON"))
    }

    @Test func scoreReadsMessagesRequestsAndACustomField() throws {
        let r = try run(["score", "--jsonl", "--field", "prompt", "-"] + rules, stdin: "{\"prompt\":\"confidential\"}\n{\"messages\":[{\"role\":\"user\",\"content\":\"home address\"}]}\n")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains(#""score":30"#))
        #expect(lines[1].contains(#""score":50"#))
    }

    @Test func explainShowsEachTermOfTheFormula() throws {
        let r = try run(["explain", fixtures + "/mixed/mitigated.txt"] + rules)
        #expect(r.status == 0)
        #expect(r.stdout.contains("refusal risk 20/100 (low)"))
        #expect(r.stdout.contains("w=0.50 × m=0.40 (fixture.public) = 0.20"))
        #expect(r.stdout.contains("−60%  [fixture.public]"))
    }

    @Test func rulesTestPassesForGoodRulesAndFailsForBrokenExamples() throws {
        let good = try run(["rules", "test", fixtures + "/rules"])
        #expect(good.status == 0, "\(good.stdout)")
        #expect(good.stdout.contains("3 rules, 12 examples: all passed"))
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "category: privacy\n\n[x.rule]\nweight: 0.5\nmessage: m\nkeywords: cat\npattern: cat\nexample: a «cats»\ncounter: concatenate\n".write(to: dir.appendingPathComponent("x.rules"), atomically: true, encoding: .utf8)
        let bad = try run(["rules", "test", dir.path])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("x.rules:8:10: error: [x.rule] expected the finding on «cats»"), "\(bad.stdout)")
        #expect(bad.stdout.contains("x.rules:9:10: error: [x.rule] counter-example triggered on «cat»"))
    }

    @Test func rulesListAndExplain() throws {
        let list = try run(["rules", "list"] + rules)
        #expect(list.stdout.contains("fixture.secret"))
        let one = try run(["rules", "explain", "fixture.secret"] + rules)
        #expect(one.stdout.contains("pattern: \\bconfidential\\b"))
        // What the prefilter needs before the pattern runs: the literal, with the word boundaries it needs.
        #expect(one.stdout.contains("    prefilter: needs one of \\bconfidential\\b  (at most 0 bytes into the match)"), "\(one.stdout)")
        let loose = try run(["rules", "explain", "privacy.sig.name"])
        #expect(loose.stdout.contains("prefilter: no required literal; runs near the rule's keywords (none: everywhere)"), "\(loose.stdout)")
        let none = try run(["rules", "explain", "fixture"] + rules)
        #expect(none.status == 2)
        #expect(none.stderr.contains("did you mean"))
    }
}
