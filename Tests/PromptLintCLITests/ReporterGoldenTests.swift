import Foundation
import Testing
@testable import PromptLintCLI

/// Every `--format` on the same run, compared byte for byte with `Fixtures/golden/check.<format>`.
/// Timings are the only thing that varies between runs and are replaced by `N ms`.
/// Set `UPDATE_GOLDEN=1` to rewrite the golden files after a deliberate change, and review the diff.
@Suite(.serialized) struct ReporterGoldenTests {
    static let workflow = fixtures + "/workflow"
    let arguments = ["check", "prompts", "--no-builtin-rules", "--rules", "../rules"]

    static func normalized(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "file://" + SARIFReporter.percentEncode(workflow), with: "file://$FIXTURES")
        if let regex = try? NSRegularExpression(pattern: #"\d+ ms\b"#) {
            out = regex.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "N ms")
        }
        return out
    }

    @Test(arguments: ReportFormat.allCases) func formatMatchesItsGoldenFile(_ format: ReportFormat) throws {
        let r = try run(arguments + ["--format", format.rawValue], in: Self.workflow)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        let output = Self.normalized(r.stdout)
        let golden = fixtures + "/golden/check." + format.rawValue
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(output.utf8).write(to: URL(fileURLWithPath: golden))
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(output == expected, "\(format.rawValue) output differs from \(golden); rerun with UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test func sarifHasRulesWithHelpRegionsInCodePointsAndFixes() throws {
        let r = try run(arguments + ["--format", "sarif"], in: Self.workflow)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["version"] as? String == "2.1.0")
        let run = try #require((doc["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["fixture.home-address", "fixture.secret"])
        for rule in rules {
            let help = try #require(rule["help"] as? [String: Any])
            #expect((help["text"] as? String)?.contains("Flags:") == true)
        }
        let results = try #require(run["results"] as? [[String: Any]])
        let request = try #require(results.first {
            let loc = (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
            return loc?["uri"] as? String == "prompts/request.json" && $0["suppressions"] == nil
        })
        #expect(request["ruleId"] as? String == "fixture.home-address")
        #expect(request["level"] as? String == "error")
        let region = try #require((((request["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]) as? [String: Any])
        // Line 2 of request.json has the escape \u4e2d before the match: columns count code points of the source.
        #expect(region["startLine"] as? Int == 2)
        #expect(region["startColumn"] as? Int == 83)
        let fix = try #require((request["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "business address")
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 5, "suppressed findings are kept, marked as suppressed")
    }

    @Test func githubAnnotationsEscapeMessagesAndProperties() {
        #expect(GitHubReporter.data("100% done\nnext") == "100%25 done%0Anext")
        #expect(GitHubReporter.property("a,b:c") == "a%2Cb%3Ac")
    }

    @Test func textIsColouredOnlyWhenAsked() throws {
        let plain = try run(arguments, in: Self.workflow)
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try run(arguments + ["--color", "always"], in: Self.workflow)
        #expect(coloured.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }
}
