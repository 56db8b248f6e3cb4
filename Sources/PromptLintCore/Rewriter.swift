/// Applies rules' rewrites to prompt text: each non-harmful finding with a suggestion is replaced,
/// placeholders and text no rule matched are left exactly as they were.
public struct Rewriter: Sendable {
    /// The linter that finds what to rewrite.
    public let linter: Linter

    /// Creates a rewriter.
    public init(linter: Linter) { self.linter = linter }

    /// One replacement in a segment.
    public struct Edit: Sendable, Hashable, Codable {
        /// The segment index.
        public let segment: Int
        /// The UTF-8 byte range replaced, in the original segment.
        public let range: Range<Int>
        /// The original text.
        public let original: String
        /// The replacement.
        public let replacement: String
        /// The rule that asked for it.
        public let ruleID: String
    }

    /// The non-overlapping edits for `assessment` (earliest, then longest match wins); none when harmful intent was found.
    public func edits(for assessment: Assessment) -> [Edit] {
        guard !assessment.harmfulIntent else { return [] }
        var edits: [Edit] = []
        let candidates = assessment.findings
            .filter { $0.suggestion != nil && !$0.harmful }
            .sorted { ($0.segment, $0.range.lowerBound, -$0.range.count) < ($1.segment, $1.range.lowerBound, -$1.range.count) }
        for f in candidates {
            if let last = edits.last, last.segment == f.segment, last.range.upperBound > f.range.lowerBound { continue }
            guard let replacement = f.suggestion, replacement != f.matchedText else { continue }
            edits.append(Edit(segment: f.segment, range: f.range, original: f.matchedText, replacement: replacement, ruleID: f.ruleID))
        }
        return edits
    }

    /// Applies `edits` to one segment's bytes.
    public static func apply(_ edits: [Edit], to bytes: [UInt8], segment: Int) -> [UInt8] {
        var out = bytes
        for edit in edits.filter({ $0.segment == segment }).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return out
    }

    /// The text with only `rule`'s rewrite applied to its own hits (for the rule's `fix` examples).
    func rewriteOnly(rule: Rule, text: String) -> String {
        let assessment = linter.assess(text)
        let mine = assessment.findings.filter { $0.ruleID == rule.id }
        let edits = Rewriter(linter: linter).edits(for: Assessment(
            score: assessment.score, level: assessment.level, harmfulIntent: false, findings: mine,
            mitigations: [], contributions: [], failures: []))
        return String(decoding: Self.apply(edits, to: Array(text.utf8), segment: 0), as: UTF8.self)
    }
}
