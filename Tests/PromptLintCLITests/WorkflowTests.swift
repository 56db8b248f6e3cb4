import Foundation
import Testing
@testable import PromptLintCLI

/// A scratch folder with `files` (relative path → text), removed by the caller.
func makeTree(_ files: [String: String]) throws -> URL {
    let dir = try temporaryDirectory()
    for (path, text) in files {
        let url = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return dir
}

/// Runs git in `dir`, failing the test when it fails.
@discardableResult
func git(_ arguments: [String], in dir: URL) throws -> String {
    let output = Git(directory: dir.path).run(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"] + arguments)
    let result = try #require(output, "git is not installed")
    #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
    return String(decoding: result.stdout, as: UTF8.self)
}

let fixtureRules = ["--no-builtin-rules", "--rules", fixtures + "/rules"]

// MARK: - Configuration

@Suite(.serialized) struct ConfigurationTests {
    @Test func unknownKeysAndBadValuesAreErrorsWithFileLineColumn() throws {
        let dir = try makeTree([
            ".prompt-lint": """
            # settings
            fail-on: sometimes
            fail-onn: high
              medium-threshold: 80
            high-threshold: 70
            [path: legacy/**]
            disable: fixture.home-adress
            weight(fixture.secret): 2
            include: x
            [suppress: a.txt]
            reason: no rules given
            [frobnicate: *]
            just words
            """,
            "a.txt": "hello",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", "."] + fixtureRules, in: dir.path)
        #expect(r.status == 2)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            ".prompt-lint:2:10: error: fail-on must be low, medium, high or never, not 'sometimes'",
            ".prompt-lint:3:1: error: unknown key 'fail-onn' (did you mean fail-on?); known keys: fail-on, max-score, medium-threshold, high-threshold, include, exclude, disable, enable, disable-pack, enable-pack, severity(RULE), weight(RULE)",
            ".prompt-lint:5:17: error: medium-threshold (80) must be below high-threshold (70)",
            ".prompt-lint:7:10: error: no rule matches 'fixture.home-adress' (did you mean fixture.home-address?)",
            ".prompt-lint:8:25: error: weight must be a number from 0 to 1, not '2'",
            ".prompt-lint:9:1: error: 'include' belongs at the top of the file, before any section",
            ".prompt-lint:10:1: error: [suppress: …] section needs 'rules: RULE, …'",
            ".prompt-lint:12:2: error: unknown section kind 'frobnicate'; expected 'path' or 'suppress'",
            ".prompt-lint:13:1: error: expected 'key: value'",
        ], "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func keyWithoutColonAndUnknownPackAreErrors() throws {
        let dir = try makeTree([".prompt-lint": "disable-pack: nothing\njust words\n", "a.txt": "hello"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", "."] + fixtureRules, in: dir.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains(".prompt-lint:1:15: error: no rule pack 'nothing'; packs: fixture"), "\(r.stderr)")
        #expect(r.stderr.contains(".prompt-lint:2:1: error: expected 'key: value'"))
    }

    @Test func settingsApplyByPathWithTheNearestFileWinning() throws {
        let dir = try makeTree([
            ".prompt-lint": """
            fail-on: high                    # nothing fails at medium here
            exclude: vendor/**
            severity(fixture.home-address): info
            [path: strict/**]
            fail-on: medium
            [path: quiet/*.txt]
            disable: fixture.*
            """,
            "strict/a.txt": "the home address of Tom",
            "lenient/a.txt": "the home address of Tom",
            "quiet/a.txt": "the home address of Tom",
            "vendor/a.txt": "the home address of Tom",
            "nested/.prompt-lint": "weight(fixture.home-address): 0.9\n",
            "nested/a.txt": "the home address of Tom",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", ".", "--format", "json"] + fixtureRules, in: dir.path)
        #expect(r.status == 1, "strict/a.txt fails at medium; \(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let results = try #require(doc["results"] as? [[String: Any]])
        func result(_ path: String) -> [String: Any]? { results.first { $0["path"] as? String == "./" + path } }
        #expect(result("vendor/a.txt") == nil, "excluded")
        #expect(result("strict/a.txt")?["fails"] as? Bool == true)
        #expect(result("lenient/a.txt")?["fails"] as? Bool == false)
        #expect(result("lenient/a.txt")?["score"] as? Int == 50)
        let finding = try #require((result("lenient/a.txt")?["findings"] as? [[String: Any]])?.first)
        #expect(finding["severity"] as? String == "info", "re-levelled")
        #expect((result("quiet/a.txt")?["findings"] as? [Any])?.isEmpty == true, "disabled by glob")
        #expect(result("nested/a.txt")?["score"] as? Int == 90, "the nearest .prompt-lint applies, alone")
        // The command line wins over the configuration.
        #expect(try run(["check", ".", "--fail-on", "never"] + fixtureRules, in: dir.path).status == 0)
        #expect(try run(["check", ".", "--no-config"] + fixtureRules, in: dir.path).status == 1)
    }

    @Test func thresholdsMoveTheLevels() throws {
        let dir = try makeTree([".prompt-lint": "medium-threshold: 20\nhigh-threshold: 45\n", "a.txt": "the home address of Tom"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", ".", "--format", "jsonl"] + fixtureRules, in: dir.path)
        #expect(r.stdout.contains(#""type":"prompt","path":"./a.txt","score":50,"level":"high""#), "\(r.stdout)")
    }

    @Test func globsFollowGitignoreRules() {
        #expect(Glob("*.txt").matches("a/b/c.txt"))
        #expect(Glob("vendor").matches("x/vendor/a.txt"))
        #expect(Glob("/vendor").matches("vendor/a.txt"))
        #expect(!Glob("/vendor").matches("x/vendor/a.txt"))
        #expect(Glob("prompts/**/*.j2").matches("prompts/a.j2"))
        #expect(Glob("prompts/**/*.j2").matches("prompts/x/y/a.j2"))
        #expect(!Glob("prompts/*.j2").matches("prompts/x/a.j2"))
        #expect(Glob("a?c/[0-9][!x].md").matches("abc/1y.md"))
        #expect(!Glob("a?c/[0-9][!x].md").matches("abc/1x.md"))
        #expect(Glob("legacy/").matches("legacy/old/a.txt"))
    }
}

// MARK: - Suppressions

@Suite(.serialized) struct SuppressionTests {
    @Test func jinjaAndMustacheCommentsSuppressAndUnusedOnesAreReported() throws {
        let dir = try makeTree([
            "a.j2": """
            {# prompt-lint: disable-next-line fixture.home-address -- own address #}
            Confirm the home address of {{ name }}.
            {#- prompt-lint: disable-line fixture.secret -#} The confidential plan.
            {# prompt-lint: disable-next-line fixture.secret #}
            Nothing risky here.
            {# prompt-lint: disable #}
            The confidential home address.
            {# prompt-lint: enable #}
            The confidential memo.
            {# prompt-lint: frobnicate #}
            {# prompt-lint: disable-line fixture.nope #}
            """,
            "b.mustache": "{{! prompt-lint: disable-next-line }}\nthe home address of Tom\n{{!-- prompt-lint: disable-line fixture.secret --}} the confidential memo\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", ".", "--format", "jsonl"] + fixtureRules, in: dir.path)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let findings = lines.filter { $0.contains(#""type":"finding""#) }
        #expect(findings.count == 1, "\(r.stdout)")
        #expect(findings.first?.contains(#""path":"./a.j2","line":9"#) == true, "only the memo after 'enable' is left")
        let diagnostics = lines.filter { $0.contains(#""type":"diagnostic""#) }
        #expect(diagnostics.contains { $0.contains(#""line":4,"column":1"#) && $0.contains("unused suppression 'disable-next-line fixture.secret': no fixture.secret finding on line 5") }, "\(diagnostics)")
        #expect(diagnostics.contains { $0.contains(#""line":10"#) && $0.contains("unknown suppression action 'frobnicate'") })
        #expect(diagnostics.contains { $0.contains(#""line":11"#) && $0.contains("suppression names no known rule: fixture.nope") })
        #expect(diagnostics.count == 3)
        #expect(lines.last?.contains(#""suppressed":6"#) == true, "\(lines.last ?? "")")
    }

    @Test func suppressedFindingsNoLongerCountTowardsTheScore() throws {
        let dir = try makeTree(["a.j2": "{# prompt-lint: disable-line fixture.home-address #} the home address of Tom"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", "a.j2", "--format", "json"] + fixtureRules, in: dir.path)
        #expect(r.status == 0)
        #expect(r.stdout.contains(#""score":0"#))
    }

    @Test func requestMemberSuppressesAndIsCheckedStrictly() throws {
        let dir = try makeTree([
            "ok.json": #"{"prompt-lint": {"disable": "fixture.*", "reason": "test data"}, "messages": [{"role": "user", "content": "the home address of Tom"}]}"#,
            "stale.json": #"{"messages": [{"role": "user", "content": "hello"}], "prompt-lint": {"disable": ["fixture.secret"]}}"#,
            "bad.json": "{\"messages\": [{\"role\": \"user\", \"content\": \"hello\"}],\n \"prompt-lint\": {\"disable\": [\"fixture.secret\"], \"why\": 1}}",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", "."] + fixtureRules, in: dir.path)
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("./bad.json:2:49: warning: unknown key 'why' in \"prompt-lint\"; expected \"disable\" or \"reason\""), "\(r.stdout)")
        #expect(r.stdout.contains("./stale.json:1:54: warning: unused suppression \"prompt-lint\": no fixture.secret finding in this request"))
        #expect(r.stdout.contains("1 suppressed"))
    }

    @Test func configurationSuppressionsApplyByPathAndReportWhenUnused() throws {
        let dir = try makeTree([
            ".prompt-lint": """
            [suppress: research/**]
            rules: fixture.home-address
            reason: reviewed by legal

            [suppress: *.md]
            rules: fixture.secret
            """,
            "research/a.txt": "the home address of Tom",
            "other/a.txt": "the home address of Tom",
            "notes.md": "nothing to see",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", "."] + fixtureRules, in: dir.path)
        #expect(r.status == 1)
        #expect(r.stdout.contains("./other/a.txt:1:5: error [fixture.home-address]"))
        #expect(!r.stdout.contains("./research/a.txt:1:5"))
        #expect(r.stdout.contains(".prompt-lint:5:1: warning: unused suppression: no fixture.secret finding in the files matching *.md"), "\(r.stdout)")
        #expect(r.stdout.contains("3 files, 3 prompts, 1 finding"), "the configuration file is not counted as an input")
        // Linting only other/ says nothing about the research suppression: its files were not linted.
        let other = try run(["check", "other"] + fixtureRules, in: dir.path)
        #expect(!other.stdout.contains("unused suppression"))
    }
}

// MARK: - Baseline

@Suite(.serialized) struct BaselineTests {
    @Test func entriesSurviveEditsAboveAndStaleOnesAreReported() throws {
        let dir = try makeTree(["p/a.txt": "Intro.\nFind the home address of Tom.\nThe confidential plan.\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let write = try run(["check", "p", "--write-baseline", "baseline.json"] + fixtureRules, in: dir.path)
        #expect(write.status == 0, "\(write.stdout)\(write.stderr)")
        let text = try String(contentsOfFile: dir.appendingPathComponent("baseline.json").path, encoding: .utf8)
        #expect(text.contains(#"{"rule":"fixture.home-address","path":"p/a.txt","hash":""#))
        #expect(!text.contains("line"), "no line numbers")

        // Lines added above the findings: the baseline still matches both.
        try Data("New title.\n\nIntro.\nFind the home address of Tom.\nThe confidential plan.\n".utf8).write(to: dir.appendingPathComponent("p/a.txt"))
        let shifted = try run(["check", "p", "--baseline", "baseline.json"] + fixtureRules, in: dir.path)
        #expect(shifted.status == 0, "\(shifted.stdout)")
        #expect(shifted.stdout.contains("0 findings"))
        #expect(shifted.stdout.contains("2 suppressed"))

        // One finding fixed, one new: the new one is reported, the fixed one's entry is stale.
        try Data("New title.\n\nIntro.\nFind the home address of Tom.\nThe public plan. The home address of Ann.\n".utf8).write(to: dir.appendingPathComponent("p/a.txt"))
        let edited = try run(["check", "p", "--baseline", "baseline.json"] + fixtureRules, in: dir.path)
        #expect(edited.status == 1)
        #expect(edited.stdout.contains("p/a.txt:5:22: error [fixture.home-address]"), "\(edited.stdout)")
        #expect(edited.stdout.contains("baseline.json:6:13: warning: stale baseline entry: fixture.secret in p/a.txt no longer matches; remove it or rerun --write-baseline"), "\(edited.stdout)")
    }

    @Test func fingerprintIgnoresSurroundingWhitespaceOnly() {
        let a = Baseline.fingerprint(rule: "r", match: "home address", lineText: "  the home address of Tom ")
        #expect(a == Baseline.fingerprint(rule: "r", match: "home address", lineText: "the home address of Tom"))
        #expect(a != Baseline.fingerprint(rule: "r", match: "home address", lineText: "the home address of Ann"))
        #expect(a != Baseline.fingerprint(rule: "s", match: "home address", lineText: "the home address of Tom"))
        #expect(a.count == 16)
    }

    @Test func malformedBaselineIsAnErrorWithPosition() throws {
        let dir = try makeTree(["a.txt": "hello", "b.json": "{\"entries\": [\n  {\"rule\": 1}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", "a.txt", "--baseline", "b.json"] + fixtureRules, in: dir.path)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("b.json:3:1: error: invalid JSON in the baseline"), "\(r.stderr)")
    }
}

// MARK: - Git: --changed and .gitignore

@Suite(.serialized) struct GitTests {
    @Test func changedLintsOnlyStagedOrBranchLines() throws {
        let dir = try makeTree([
            "a.txt": "the home address of Tom\nline two\n",
            "b.txt": "the confidential plan\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        try git(["init", "-q", "-b", "main"], in: dir)
        try git(["add", "."], in: dir)
        try git(["commit", "-qm", "one"], in: dir)
        try git(["checkout", "-qb", "feature"], in: dir)
        // Staged: a new risky line in a.txt; b.txt is untouched.
        try Data("the home address of Tom\nthe confidential memo\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try git(["add", "a.txt"], in: dir)
        let staged = try run(["check", "--changed", "--format", "jsonl"] + fixtureRules, in: dir.path)
        #expect(staged.status == 1)
        let findings = staged.stdout.split(separator: "\n").filter { $0.contains(#""type":"finding""#) }
        #expect(findings.count == 1, "\(staged.stdout)")
        #expect(findings.first?.contains(#""path":"a.txt","line":2"#) == true)
        #expect(staged.stdout.contains(#""files":1"#), "b.txt is not linted")

        // Against a branch: committed and uncommitted changes since the merge base.
        try git(["commit", "-qm", "two"], in: dir)
        try Data("the confidential plan\nthe home address of Ann\n".utf8).write(to: dir.appendingPathComponent("b.txt"))
        let branch = try run(["check", "--changed", "main", "--format", "jsonl"] + fixtureRules, in: dir.path)
        let lines = branch.stdout.split(separator: "\n").filter { $0.contains(#""type":"finding""#) }
        #expect(lines.count == 2, "\(branch.stdout)")
        #expect(lines.contains { $0.contains(#""path":"a.txt","line":2"#) })
        #expect(lines.contains { $0.contains(#""path":"b.txt","line":2"#) })

        // Nothing staged now that the change is committed: nothing to lint, success.
        let nothing = try run(["check", "--changed"] + fixtureRules, in: dir.path)
        #expect(nothing.status == 0, "\(nothing.stdout)")

        let bad = try run(["check", "--changed=no-such-branch"] + fixtureRules, in: dir.path)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("cannot find the merge base of 'no-such-branch' and HEAD"))
    }

    @Test func changedOutsideAWorkTreeIsAnError() throws {
        let dir = try makeTree(["a.txt": "hello"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["check", "--changed"] + fixtureRules, in: dir.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("--changed needs a git work tree"))
    }

    @Test func gitignoredFilesAndFoldersAreSkippedUnlessNamed() throws {
        let dir = try makeTree([
            ".gitignore": "generated/\n*.tmp.txt\n",
            "kept.txt": "the home address of Tom",
            "generated/a.txt": "the home address of Tom",
            "draft.tmp.txt": "the home address of Tom",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        try git(["init", "-q"], in: dir)
        let r = try run(["check", ".", "--format", "jsonl"] + fixtureRules, in: dir.path)
        #expect(r.stdout.contains(#""path":"./kept.txt""#))
        #expect(!r.stdout.contains("generated/a.txt"), "\(r.stdout)")
        #expect(!r.stdout.contains("draft.tmp.txt"))
        let all = try run(["check", ".", "--no-ignore", "--format", "jsonl"] + fixtureRules, in: dir.path)
        #expect(all.stdout.contains("generated/a.txt"))
        let named = try run(["check", "draft.tmp.txt"] + fixtureRules, in: dir.path)
        #expect(named.stdout.contains("draft.tmp.txt:1:5"), "a file named on the command line is always linted")
    }

    @Test func unifiedDiffHunksGiveNewSideLines() {
        let diff = """
        diff --git a/x.txt b/x.txt
        --- a/x.txt
        +++ b/x.txt
        @@ -1 +1,2 @@
        @@ -10,3 +11,0 @@
        @@ -20 +20 @@
        +++ "b/caf\\303\\251 \\"q\\".txt"
        @@ -0,0 +1,3 @@
        """
        let parsed = Git.parseUnifiedDiff(diff)
        #expect(parsed.map(\.path) == ["x.txt", "café \"q\".txt"])
        #expect(parsed[0].lines == [1, 2, 20])
        #expect(parsed[1].lines == [1, 2, 3])
    }

    @Test func bareChangedFlagMeansStaged() {
        #expect(PromptLintCommand.normalizeChangedFlag(["check", "--changed"]) == ["check", "--changed=:staged"])
        #expect(PromptLintCommand.normalizeChangedFlag(["--changed", "origin/main", "."]) == ["--changed=origin/main", "."])
        #expect(PromptLintCommand.normalizeChangedFlag(["--changed", "--format", "json"]) == ["--changed=:staged", "--format", "json"])
        #expect(PromptLintCommand.normalizeChangedFlag(["--changed", "/"]) == ["--changed=:staged", "/"], "an existing path is a path")
    }
}
