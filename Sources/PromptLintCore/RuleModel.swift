public import PCRE2Kit

// MARK: - Closed vocabularies

/// The kind of risk a rule describes.
public enum RuleCategory: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Personal data of individuals: addresses, IDs, health, finances, tracking.
    case privacy
    /// Confidential, internal, proprietary or leaked material; system-prompt extraction.
    case confidentiality
    /// Identifying a person, or who is behind an account or a business.
    case identity
    /// Security-sensitive wording and plainly harmful requests.
    case security

    /// Orders categories by their declaration order.
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How loudly a finding is reported; independent of its weight in the score.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Worth knowing; rarely causes a refusal alone.
    case info
    /// Often contributes to a refusal.
    case warning
    /// Usually causes a refusal.
    case error

    /// Orders severities from `info` to `error`.
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The closed set of rule kinds.
public enum RuleKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Reports a finding where a pattern matches (subject to `near` and `unless` conditions).
    case match
    /// Wording that makes a request legitimate; lowers the weight of findings it applies to.
    case mitigate
    /// Adds weight when findings carrying all the required tags occur together.
    case combine
}

/// The author of a piece of prompt text, as the Messages API names it.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    /// A system prompt.
    case system
    /// A user turn (the default for plain prompt files).
    case user
    /// An assistant turn.
    case assistant
}

// MARK: - Source locations

/// A 1-based line and column in a text file, columns counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as named to the user.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters (Unicode scalars).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}

// MARK: - Rule parts

/// A condition pattern with an optional word window: `near(8): …` or `unless: …`.
public struct Condition: Sendable {
    /// The compiled pattern.
    public let pattern: Pattern
    /// The largest distance in words from the main match; `nil` means anywhere in the text.
    public let window: Int?
}

/// One example attached to a rule: its text, and the span the finding must cover if one is marked.
public struct RuleExample: Sendable, Hashable {
    /// The example text with the `«` `»` markers removed.
    public let text: String
    /// The marked span as UTF-8 byte offsets into `text`, when the example marks one.
    public let expectedSpan: Range<Int>?
    /// Where the example is written.
    public let location: SourceLocation
}

/// A correction example: applying the rule's rewrite to `before` must give `after`.
public struct RuleFix: Sendable, Hashable {
    /// The text before the rewrite.
    public let before: String
    /// The expected text after the rewrite.
    public let after: String
    /// Where the example is written.
    public let location: SourceLocation
}

/// One compiled rule: its metadata, patterns, conditions and examples.
/// A rule is a reference type: it is large, immutable, and read by every assessment, so it is shared, not copied.
public final class Rule: Sendable, Identifiable {
    /// The stable identifier, such as `privacy.home-address`.
    public let id: String
    /// The pack the rule came from (the rule file's stem or folder name).
    public let pack: String
    /// What the rule does.
    public let kind: RuleKind
    /// The category of its findings (for `mitigate` rules, the first category it applies to).
    public let category: RuleCategory
    /// How its findings are reported.
    public let severity: Severity
    /// The rule's weight in the score, 0…1 (for `mitigate` rules: its strength).
    public let weight: Double
    /// The message shown with each finding.
    public let message: String
    /// The patterns; any of them matching makes a candidate finding.
    public let patterns: [Pattern]
    /// Literal keywords for the prefilter (lower-cased, script-folded), all groups together; empty means always run.
    public let keywords: [String]
    /// The keywords by `keywords:` line: the rule runs only where every group has a keyword (at most ``Rule/maxKeywordGroups``).
    public let keywordGroups: [[String]]
    /// The most `keywords:` lines (groups) a rule may have.
    public static let maxKeywordGroups = 4
    /// What each pattern's matches must contain (worked out from the pattern), in the order of ``patterns``: the
    /// prefilter runs a pattern only where its required literals occur.
    public let requiredLiterals: [RequiredLiterals]
    /// The most patterns per rule whose required literals the prefilter uses; later ones run wherever the rule does.
    public static let maxFilteredPatterns = 30
    /// Conditions that must all hold near the match.
    public let near: [Condition]
    /// Conditions any of which cancels the match.
    public let unless: [Condition]
    /// The replacement template for the matched text (`$0`…`$9` capture references), if any.
    public let rewrite: String?
    /// Whether the rule describes harmful intent: no rewrite, no retry.
    public let harmful: Bool
    /// Whether a match asks about people or organisations (the rewriter adds a public-information declaration).
    public let declares: Bool
    /// Tags that `combine` rules refer to.
    public let tags: Set<String>
    /// For `combine`: the tags that must all be present.
    public let requires: [String]
    /// For `combine`: the most words the required findings may span; `nil` means anywhere.
    public let within: Int?
    /// For `mitigate`: the categories it lowers.
    public let appliesTo: Set<RuleCategory>
    /// For `mitigate`: whether it also lowers harmful-intent findings.
    public let appliesToHarmful: Bool
    /// Roles whose text the rule reads; empty means every role.
    public let roles: Set<Role>
    /// Texts that must trigger the rule.
    public let examples: [RuleExample]
    /// Texts that must not trigger the rule.
    public let counterExamples: [RuleExample]
    /// Rewrite examples.
    public let fixes: [RuleFix]
    /// Where the rule's header is.
    public let location: SourceLocation
    /// Whether the rule is a signal: a weight-0 match rule that is not harmful, only read by `combine` rules.
    public var isSignal: Bool { kind == .match && weight == 0 && !harmful }
    /// Problems worth a warning that do not stop the rule from loading (nested quantifiers).
    public let warnings: [RuleFileError]

    /// Creates a rule (the parser is the usual way to get one).
    public init(
        id: String,
        pack: String,
        kind: RuleKind,
        category: RuleCategory,
        severity: Severity,
        weight: Double,
        message: String,
        patterns: [Pattern],
        keywords: [String],
        keywordGroups: [[String]]? = nil,
        near: [Condition],
        unless: [Condition],
        rewrite: String?,
        harmful: Bool,
        declares: Bool,
        tags: Set<String>,
        requires: [String],
        within: Int?,
        appliesTo: Set<RuleCategory>,
        appliesToHarmful: Bool,
        roles: Set<Role>,
        examples: [RuleExample],
        counterExamples: [RuleExample],
        fixes: [RuleFix],
        location: SourceLocation,
        warnings: [RuleFileError],
        requiredLiterals: [RequiredLiterals]? = nil
    ) {
        self.id = id
        self.pack = pack
        self.kind = kind
        self.category = category
        self.severity = severity
        self.weight = weight
        self.message = message
        self.patterns = patterns
        self.keywords = keywords
        // Without groups the keywords are one group (any of them), as before groups existed.
        self.keywordGroups = keywordGroups ?? (keywords.isEmpty ? [] : [keywords])
        precondition(self.keywordGroups.count <= Self.maxKeywordGroups, "rule '\(id)' has more than \(Self.maxKeywordGroups) keyword groups")
        self.near = near
        self.unless = unless
        self.rewrite = rewrite
        self.harmful = harmful
        self.declares = declares
        self.tags = tags
        self.requires = requires
        self.within = within
        self.appliesTo = appliesTo
        self.appliesToHarmful = appliesToHarmful
        self.roles = roles
        self.examples = examples
        self.counterExamples = counterExamples
        self.fixes = fixes
        self.location = location
        self.warnings = warnings
        self.requiredLiterals = requiredLiterals ?? patterns.map { RequiredLiterals.of($0.source, caseless: $0.options.contains(.caseInsensitive)) }
        precondition(self.requiredLiterals.count == patterns.count, "rule '\(id)': one requirement per pattern")
    }
}
