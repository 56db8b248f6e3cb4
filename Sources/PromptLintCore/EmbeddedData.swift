import PromptLintData

/// The data `scripts/embed-rules` makes from the built-in rules, compiled into the binary (the PromptLintData
/// module) and read where it lies.
enum EmbeddedData {
    /// The built-in rules parsed ahead of time (``RuleSnapshot``).
    static var rulesSnapshot: UnsafeRawBufferPointer {
        var size = 0
        let start = prompt_lint_rules_snapshot(&size)
        return UnsafeRawBufferPointer(start: start, count: size)
    }

    /// The built-in rules' keyword prefilter, in its layout (``Prefilter/layout(_:)``).
    static var prefilter: UnsafeRawBufferPointer {
        var size = 0
        let start = prompt_lint_prefilter(&size)
        return UnsafeRawBufferPointer(start: start, count: size)
    }
}
