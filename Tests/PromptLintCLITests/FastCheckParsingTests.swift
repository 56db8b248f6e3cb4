import ArgumentParser
@testable import PromptLintCLI
import Testing

/// `prompt-lint check …` is parsed by the `check` command alone at start-up; it must give the command the root gives.
@Suite struct FastCheckParsingTests {
    static func dumped(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    @Test func checkAloneParsesLikeTheRoot() throws {
        let cases: [[String]] = [
            ["check"],
            ["check", "a.txt", "b.txt"],
            ["check", "--format", "json", "--fail-on", "high", "-"],
            ["check", "--max-score", "30", "--rules", "r", "--rules", "s", "--no-builtin-rules", "x"],
            ["check", "--fix", "--substitutions-only", "--color", "never", "p"],
            ["check", "--changed=HEAD~1", "--baseline", "b.json", "--stdin-kind", "request", "dir"],
            ["check", "--format", "sarif", "--no-config", "--no-ignore", "--field", "prompt", "--", "-odd-name.txt"],
        ]
        for arguments in cases {
            let fast = try #require(PromptLintCommand.fastCheck(arguments), "\(arguments)")
            let full = try PromptLintCommand.parseAsRoot(arguments)
            #expect(fast is Check && full is Check)
            #expect(Self.dumped(fast) == Self.dumped(full), "\(arguments)")
        }
    }

    /// Help, completion scripts, other commands and every error take the usual way, with its messages.
    @Test func everythingElseTakesTheUsualWay() {
        let cases: [[String]] = [
            [], ["a.txt"], ["rules", "list"], ["score", "--jsonl", "-"], ["check", "--help"], ["check", "-h"], ["check", "help"],
            ["check", "--format", "nope"], ["check", "--max-score", "many"], ["check", "--no-such-flag"],
            ["check", "--generate-completion-script", "bash"],
        ]
        for arguments in cases { #expect(PromptLintCommand.fastCheck(arguments) == nil, "\(arguments)") }
    }
}
