/// The one-line entry point before an API request: assess a prompt's refusal risk with the built-in rules.
///
/// ```swift
/// let helper = try RefusalPreventionHelper()
/// let result = helper.assess("Find the home address of my coworker Anna")
/// if result.level >= .medium { … }
/// ```
public struct RefusalPreventionHelper: Sendable {
    /// The linter used for every call.
    public let linter: Linter

    /// Creates a helper with the built-in rule packs.
    ///
    /// - Throws: ``RuleFileError`` only if the built-in packs are defective (a build error).
    public init(policy: ScoringPolicy = .default) throws(RuleFileError) {
        self.linter = Linter(rules: try RuleSet.builtin(), policy: policy)
    }

    /// Creates a helper with a custom rule set.
    public init(rules: RuleSet, policy: ScoringPolicy = .default) {
        self.linter = Linter(rules: rules, policy: policy)
    }

    /// The score, level and findings for a user prompt.
    public func assess(_ prompt: String) -> Assessment { linter.assess(prompt) }

    /// The score, level and findings for a prompt of several segments (system prompt and turns).
    public func assess(_ prompt: Prompt) -> Assessment { linter.assess(prompt) }
}
