/// A prompt's refusal-risk level, from its score and the policy's thresholds.
public enum RiskLevel: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Unlikely to be refused for its wording.
    case low
    /// Wording that often leads to a refusal.
    case medium
    /// Wording that usually leads to a refusal, or harmful intent.
    case high

    /// Orders levels from `low` to `high`.
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One place where a `match` or `combine` rule fired.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule's id.
    public let ruleID: String
    /// The rule's category.
    public let category: RuleCategory
    /// The rule's severity.
    public let severity: Severity
    /// The rule's message.
    public let message: String
    /// The index of the prompt segment the match is in.
    public let segment: Int
    /// The match, as UTF-8 byte offsets into that segment.
    public let range: Range<Int>
    /// The matched text.
    public let matchedText: String
    /// Whether the rule describes harmful intent.
    public let harmful: Bool
    /// The rule's weight.
    public let weight: Double
    /// The weight after mitigation (what it adds to the score).
    public let effectiveWeight: Double
    /// The replacement the rule suggests for the matched text, if any (capture references expanded).
    public let suggestion: String?
    /// Whether the finding asks about people or organisations, so a rewrite adds a public-information declaration.
    public let declares: Bool
}

/// One place where a `mitigate` rule matched.
public struct Mitigation: Sendable, Hashable, Codable {
    /// The rule's id.
    public let ruleID: String
    /// The rule's message.
    public let message: String
    /// The index of the prompt segment.
    public let segment: Int
    /// The match, as UTF-8 byte offsets into that segment.
    public let range: Range<Int>
    /// The matched text.
    public let matchedText: String
    /// How much it lowers each finding it applies to (0…1).
    public let strength: Double
    /// The categories it applies to.
    public let appliesTo: [RuleCategory]
    /// Whether it also applies to harmful-intent findings.
    public let appliesToHarmful: Bool
}

/// How one rule moved the score: the terms of the documented formula.
public struct Contribution: Sendable, Hashable, Codable {
    /// The rule's id.
    public let ruleID: String
    /// The rule's weight `w`.
    public let weight: Double
    /// The mitigation factor `m` = Π(1 − strength) over the mitigations that apply.
    public let mitigationFactor: Double
    /// The ids of those mitigations.
    public let mitigatedBy: [String]
    /// The effective weight `w × m`.
    public let effective: Double
    /// The score after this rule, 0…100 (contributions are listed from strongest to weakest).
    public let scoreAfter: Double
}

/// A rule that could not finish on this prompt (a resource limit), with the reason.
public struct RuleFailure: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The rule's id.
    public let ruleID: String
    /// Where the rule is defined.
    public let location: SourceLocation
    /// Why it stopped.
    public let reason: String

    /// `rule 'id' (file:line:col): reason`.
    public var description: String { "rule '\(ruleID)' (\(location)): \(reason)" }
}

/// The result of assessing a prompt: score, level, findings and how they combined.
public struct Assessment: Sendable, Hashable, Codable {
    /// The refusal-risk score, 0…100.
    public let score: Int
    /// The level the score falls in.
    public let level: RiskLevel
    /// Whether a harmful-intent rule fired and kept at least ``ScoringPolicy/harmfulFloor`` of its weight: the score
    /// is raised to `high`.
    public let harmfulIntent: Bool
    /// Whether any harmful-intent rule fired, even one that mitigating context (a story, a game) lowered: such a
    /// prompt is never rewritten and never retried, so that a frame around a harmful request cannot be polished by
    /// prompt-lint into one that passes.
    public var hasHarmfulFinding: Bool { harmfulIntent || findings.contains { $0.harmful } }
    /// The findings, in text order.
    public let findings: [Finding]
    /// The mitigating phrases found (only those in a category with a finding, unless ``Linter/reportsAllMitigations``).
    public let mitigations: [Mitigation]
    /// How each rule moved the score.
    public let contributions: [Contribution]
    /// Rules that hit a resource limit on this prompt; the rest of the assessment still stands.
    public let failures: [RuleFailure]
}

/// The score formula's parameters.
public struct ScoringPolicy: Sendable, Hashable, Codable {
    /// The lowest score at `medium`.
    public var mediumThreshold: Int
    /// The lowest score at `high`.
    public var highThreshold: Int
    /// A harmful-intent finding counts as intent while mitigation leaves at least this share of its weight.
    public var harmfulFloor: Double

    /// The defaults: `medium` from 40, `high` from 70.
    public static let `default` = ScoringPolicy(mediumThreshold: 40, highThreshold: 70, harmfulFloor: 0.5)

    /// Creates a policy.
    public init(mediumThreshold: Int, highThreshold: Int, harmfulFloor: Double) {
        self.mediumThreshold = mediumThreshold
        self.highThreshold = highThreshold
        self.harmfulFloor = harmfulFloor
    }

    /// The level of `score`.
    public func level(for score: Int) -> RiskLevel {
        score >= highThreshold ? .high : score >= mediumThreshold ? .medium : .low
    }
}
