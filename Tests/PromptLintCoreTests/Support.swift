import PromptLintCore

/// Loads rules from text for a test, failing the test with the parser's message when they do not load.
func rules(_ text: String, file: String = "test.rules", folder: ScriptFolder = .builtin) throws(RuleFileError) -> RuleSet {
    try RuleSet.load([RuleSet.Source(file: file, pack: "test", text: text)], folder: folder)
}

/// The error loading `text` gives, as `line:col: message`.
func loadError(_ text: String) -> String? {
    do {
        _ = try rules(text)
        return nil
    } catch {
        return "\(error.location.line):\(error.location.column): \(error.message)"
    }
}

/// A minimal valid rule body to extend in tests.
let minimal = """
[t.rule]
category: privacy
weight: 0.5
message: m
pattern: secret
example: a secret
counter: nothing
"""
