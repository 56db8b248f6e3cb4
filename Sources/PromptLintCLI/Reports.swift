public import PromptLintCore

/// A finding placed in its file: 1-based line and column of its start and end.
public struct LocatedFinding: Sendable {
    /// The finding.
    public let finding: Finding
    /// The file byte range of the match.
    public let fileRange: Range<Int>
    /// Start line and column.
    public let line: Int, column: Int
    /// End line and column (exclusive column).
    public let endLine: Int, endColumn: Int
}

/// A mitigating phrase placed in its file.
public struct LocatedMitigation: Sendable {
    /// The mitigation.
    public let mitigation: Mitigation
    /// Start line and column.
    public let line: Int, column: Int
}

/// A finding a suppression, the configuration or the baseline accepted: not reported, not scored.
public struct SuppressedFinding: Sendable {
    /// What accepted the finding.
    public enum Kind: String, Sendable {
        /// A template comment or the `"prompt-lint"` member of a JSON request.
        case inSource
        /// A `[suppress: …]` section of a `.prompt-lint` file.
        case configuration
        /// An entry of the `--baseline` file.
        case baseline
    }
    /// The finding.
    public let finding: LocatedFinding
    /// What accepted it.
    public let kind: Kind
    /// The reason given, if any.
    public let justification: String?
}

/// The assessment of one prompt in a file.
public struct PromptReport: Sendable {
    /// For JSON Lines, the 1-based line of the prompt.
    public let jsonLine: Int?
    /// The assessment (of the findings that are reported).
    public var assessment: Assessment
    /// The findings, located.
    public var findings: [LocatedFinding]
    /// The mitigations, located.
    public var mitigations: [LocatedMitigation]
    /// The findings that were suppressed or baselined.
    public var suppressed: [SuppressedFinding] = []
    /// Whether this prompt makes the run fail (it reaches `fail-on` or `max-score`).
    public var fails = false
}

/// A problem with an input that is not a finding: unreadable, binary, invalid UTF-8, malformed JSON.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    /// Whether it stops the file from being linted (an error) or only warns.
    public enum Level: String, Sendable { case warning, error }
    /// The level.
    public let level: Level
    /// The file (or rule file) concerned.
    public let path: String
    /// The 1-based line, when known.
    public let line: Int?
    /// The 1-based column, when known.
    public let column: Int?
    /// What is wrong.
    public let message: String

    /// Creates a diagnostic.
    public init(level: Level, path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.level = level
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: level: message`.
    public var description: String {
        var s = path
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return "\(s): \(level.rawValue): \(message)"
    }
}

/// Everything found in one file.
public struct FileReport: Sendable {
    /// The path as given or found.
    public let path: String
    /// The prompts in the file and their assessments.
    public var prompts: [PromptReport]
    /// Input problems.
    public var diagnostics: [Diagnostic]
    /// The file's line index, for reporters that show source lines.
    public let lines: LineIndex?
    /// Whether the report is about an input file (counted in the summary) rather than, say, a configuration file.
    public var isInput = true

    /// The highest score of the file's prompts.
    public var maxScore: Int { prompts.map(\.assessment.score).max() ?? 0 }
    /// The highest level of the file's prompts.
    public var maxLevel: RiskLevel { prompts.map(\.assessment.level).max() ?? .low }
}

/// Totals for the summary line.
public struct RunSummary: Sendable {
    /// Files read.
    public var files = 0
    /// Prompts assessed.
    public var prompts = 0
    /// Findings reported.
    public var findings = 0
    /// Prompts per level.
    public var byLevel: [RiskLevel: Int] = [:]
    /// Warnings and errors about inputs.
    public var warnings = 0, errors = 0
    /// Findings suppressed or baselined.
    public var suppressed = 0
    /// Prompts that make the run fail.
    public var failing = 0
    /// Wall-clock seconds.
    public var seconds = 0.0

    /// Totals for `reports`.
    public init(reports: [FileReport], seconds: Double) {
        files = reports.filter(\.isInput).count
        for r in reports {
            prompts += r.prompts.count
            for p in r.prompts {
                findings += p.findings.count
                suppressed += p.suppressed.count
                if p.fails { failing += 1 }
                byLevel[p.assessment.level, default: 0] += 1
            }
            warnings += r.diagnostics.filter { $0.level == .warning }.count
            errors += r.diagnostics.filter { $0.level == .error }.count
        }
        self.seconds = seconds
    }
}
