import PCRE2Kit

/// One failed rule example.
public struct ExampleFailure: Sendable, Hashable, CustomStringConvertible {
    /// The rule's id.
    public let ruleID: String
    /// Where the example is written.
    public let location: SourceLocation
    /// What went wrong.
    public let message: String

    /// `file:line:col: rule-id: message`.
    public var description: String { "\(location): \(ruleID): \(message)" }
}

/// Runs every rule's examples: triggering examples must fire (on the marked span), counter-examples must not.
///
/// Each example is also rerun behind a multi-byte prefix and after a CRLF line, so offset bugs show.
public struct RuleTester: Sendable {
    /// The linter whose rules are tested (mitigations and combinations take part, as in real use).
    public let linter: Linter

    /// Creates a tester for `rules`.
    public init(rules: RuleSet) {
        var linter = Linter(rules: rules)
        linter.evaluatesAllSignals = true
        linter.reportsAllMitigations = true
        self.linter = linter
    }

    /// The variants each example is run in: a prefix added in front, as text.
    static let variants: [String] = ["", "🦄🦄 Ω 中文 ", "First line.\r\n"]

    /// Tests one rule; returns its failures (empty when it passes).
    public func test(_ rule: Rule) -> [ExampleFailure] {
        var failures: [ExampleFailure] = []
        let scratch = MatchScratch()
        for example in rule.examples {
            for prefix in Self.variants {
                let text = prefix + example.text
                let shift = prefix.utf8.count
                let hits = hitRanges(of: rule, in: text, scratch: scratch)
                let variant = prefix.isEmpty ? "" : " (with prefix \(prefix.debugDescription))"
                if hits.isEmpty {
                    failures.append(ExampleFailure(ruleID: rule.id, location: example.location, message: "example did not trigger\(variant): \(example.text.debugDescription)"))
                    break
                }
                if let span = example.expectedSpan {
                    let expected = (span.lowerBound + shift) ..< (span.upperBound + shift)
                    if !hits.contains(expected) {
                        let got = hits.map { r in "«" + String(decoding: Array(text.utf8)[r], as: UTF8.self) + "»" }.joined(separator: ", ")
                        failures.append(ExampleFailure(ruleID: rule.id, location: example.location, message: "expected the finding on «\(String(decoding: Array(example.text.utf8)[span], as: UTF8.self))»\(variant), got \(got)"))
                        break
                    }
                }
            }
        }
        for counter in rule.counterExamples {
            let hits = hitRanges(of: rule, in: counter.text, scratch: scratch)
            if !hits.isEmpty {
                let got = hits.map { r in "«" + String(decoding: Array(counter.text.utf8)[r], as: UTF8.self) + "»" }.joined(separator: ", ")
                failures.append(ExampleFailure(ruleID: rule.id, location: counter.location, message: "counter-example triggered on \(got): \(counter.text.debugDescription)"))
            }
        }
        for fix in rule.fixes {
            let result = Rewriter(linter: linter).rewriteOnly(rule: rule, text: fix.before)
            if result != fix.after {
                failures.append(ExampleFailure(ruleID: rule.id, location: fix.location, message: "rewrite gave \(result.debugDescription), expected \(fix.after.debugDescription)"))
            }
        }
        return failures
    }

    /// Tests every rule.
    public func testAll() -> [ExampleFailure] { linter.rules.rules.flatMap(test) }

    /// The byte ranges where `rule` fires in `text` (for mitigations: where it matches).
    func hitRanges(of rule: Rule, in text: String, scratch: MatchScratch) -> [Range<Int>] {
        var raw: [Linter.RawHit] = []
        var failures: [RuleFailure] = []
        linter.collect(segment: PromptSegment(text: text), index: 0, scratch: scratch, into: &raw, failures: &failures)
        guard let index = linter.rules.rules.firstIndex(where: { $0.id == rule.id }) else { return [] }
        return raw.filter { $0.rule == index }.map(\.range)
    }
}
