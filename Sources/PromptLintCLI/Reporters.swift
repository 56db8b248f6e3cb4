#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import PromptLintCore

/// An output format for `prompt-lint check`: one small type per format, chosen by identifier.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    /// Renders the run: every file's prompts, findings and diagnostics, and the totals.
    func render(_ reports: [FileReport], summary: RunSummary) -> String
}

/// What reporters may need besides the reports: colour, the rules (for help texts) and the folder paths are relative to.
public struct ReportContext: Sendable {
    /// Whether to use ANSI colour (text only).
    public var color = false
    /// The rules in force, by id.
    public var rules: [String: Rule] = [:]
    /// The absolute folder relative paths are resolved against (SARIF's `%SRCROOT%`).
    public var rootDirectory: String

    /// Creates a context; `rootDirectory` defaults to the current folder.
    public init(color: Bool = false, rules: RuleSet? = nil, rootDirectory: String? = nil) {
        self.color = color
        self.rootDirectory = absolutePath(rootDirectory ?? FileManager.default.currentDirectoryPath)
        for r in rules?.rules ?? [] { self.rules[r.id] = r }
    }
}

/// The formats `--format` accepts.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Human-readable, like compilers and linters print.
    case text
    /// One JSON document (schema in the README).
    case json
    /// JSON Lines: one object per finding, per diagnostic, then a summary line.
    case jsonl
    /// SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps, IDEs).
    case sarif
    /// GitHub Actions workflow commands: annotations on the changed files of a pull request.
    case github
    /// JUnit XML: one test case per prompt.
    case junit
    /// Checkstyle XML.
    case checkstyle

    /// The reporter for this format.
    public func reporter(color: Bool) -> any Reporter { reporter(ReportContext(color: color)) }

    /// The reporter for this format in `context`.
    public func reporter(_ context: ReportContext) -> any Reporter {
        switch self {
        case .text: TextReporter(color: context.color)
        case .json: JSONReporter()
        case .jsonl: JSONLinesReporter()
        case .sarif: SARIFReporter(context: context)
        case .github: GitHubReporter()
        case .junit: JUnitReporter()
        case .checkstyle: CheckstyleReporter()
        }
    }
}

/// ANSI styling, used only when writing to a terminal.
struct Style {
    let enabled: Bool
    func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func red(_ s: String) -> String { wrap(s, "1;31") }
    func yellow(_ s: String) -> String { wrap(s, "1;33") }
    func cyan(_ s: String) -> String { wrap(s, "1;36") }
    func green(_ s: String) -> String { wrap(s, "1;32") }
    func severity(_ s: Severity) -> String {
        switch s {
        case .error: red("error")
        case .warning: yellow("warning")
        case .info: cyan("info")
        }
    }
    func level(_ l: RiskLevel) -> String {
        switch l {
        case .high: red("high")
        case .medium: yellow("medium")
        case .low: green("low")
        }
    }
}

/// Terminal columns a string takes (East Asian wide characters take two).
func displayWidth(_ s: Substring) -> Int {
    s.unicodeScalars.reduce(0) { width, u in
        let v = u.value
        let wide = (0x1100 ... 0x115F).contains(v) || (0x2E80 ... 0xA4CF).contains(v) || (0xAC00 ... 0xD7A3).contains(v)
            || (0xF900 ... 0xFAFF).contains(v) || (0xFE30 ... 0xFE4F).contains(v) || (0xFF00 ... 0xFF60).contains(v)
            || (0xFFE0 ... 0xFFE6).contains(v) || (0x1F300 ... 0x1FAFF).contains(v) || (0x20000 ... 0x3FFFD).contains(v)
        return width + (u.properties.generalCategory == .nonspacingMark ? 0 : wide ? 2 : 1)
    }
}

/// `path:line:col: severity [rule] message`, the source line with a caret under the match, the suggestion,
/// then the prompt's score, and a summary line.
public struct TextReporter: Reporter {
    /// `text`.
    public static let identifier = "text"
    /// Whether to use ANSI colour.
    public let color: Bool

    /// Creates the reporter.
    public init(color: Bool) { self.color = color }

    /// Renders the run.
    public func render(_ reports: [FileReport], summary: RunSummary) -> String {
        let style = Style(enabled: color)
        var out = ""
        for report in reports {
            for d in report.diagnostics {
                var loc = report.path
                if let l = d.line { loc += ":\(l)" }
                if let c = d.column { loc += ":\(c)" }
                let level = d.level == .error ? style.red("error") : style.yellow("warning")
                out += "\(style.bold(loc + ":")) \(level): \(d.message)\n"
            }
            for prompt in report.prompts where !prompt.findings.isEmpty {
                for lf in prompt.findings {
                    let f = lf.finding
                    out += "\(style.bold("\(report.path):\(lf.line):\(lf.column):")) \(style.severity(f.severity)) \(style.dim("[\(f.ruleID)]")) \(f.message)\n"
                    if let lines = report.lines {
                        let source = lines.lineText(lf.line)
                        let chars = Array(source.unicodeScalars)
                        let startCol = min(lf.column - 1, chars.count)
                        let endCol = lf.endLine == lf.line ? min(max(lf.endColumn - 1, startCol + 1), chars.count) : chars.count
                        let shown = String(String.UnicodeScalarView(chars)).replacingAll("\t", with: " ")
                        let lead = displayWidth(Substring(String(String.UnicodeScalarView(chars[0 ..< startCol]))))
                        let width = max(1, displayWidth(Substring(String(String.UnicodeScalarView(chars[startCol ..< max(startCol, endCol)])))))
                        out += "    \(shown)\n"
                        out += "    " + String(repeating: " ", count: lead) + style.green("^" + String(repeating: "~", count: width - 1)) + "\n"
                    }
                    if f.harmful {
                        out += "    = harmful intent: no rewrite is offered\n"
                    } else if let s = f.suggestion {
                        out += "    = suggestion: \(s.debugDescription)\n"
                    }
                }
                let where_ = prompt.jsonLine.map { "\(report.path):\($0)" } ?? report.path
                let a = prompt.assessment
                out += "\(style.bold(where_ + ":")) refusal risk \(a.score)/100 (\(style.level(a.level)))"
                if !prompt.mitigations.isEmpty {
                    out += style.dim(", lowered by " + Set(prompt.mitigations.map(\.mitigation.ruleID)).sorted().joined(separator: ", "))
                }
                out += "\n\n"
            }
        }
        out += summaryLine(summary, style: style) + "\n"
        let fixable = reports.reduce(0) { n, r in
            n + r.prompts.reduce(0) { $0 + $1.findings.filter { $0.finding.suggestion != nil && !$0.finding.harmful }.count }
        }
        if fixable > 0 {
            let what = fixable == 1 ? "1 finding has" : "\(fixable) findings have"
            out += style.dim("\(what) a suggested rewrite: --diff shows the rewrites, --fix applies them.") + "\n"
        }
        return out
    }

    func summaryLine(_ s: RunSummary, style: Style) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = ["\(plural(s.files, "file")), \(plural(s.prompts, "prompt")), \(plural(s.findings, "finding"))"]
        let levels = RiskLevel.allCases.reversed().map { "\(s.byLevel[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        parts.append("prompts by risk: \(levels)")
        if s.suppressed > 0 { parts.append("\(s.suppressed) suppressed") }
        if s.warnings > 0 { parts.append(plural(s.warnings, "warning")) }
        if s.errors > 0 { parts.append(plural(s.errors, "error")) }
        parts.append(Formatted.fixed(s.seconds * 1000, digits: 0) + " ms")
        return style.bold(parts.joined(separator: "; "))
    }
}

/// One JSON document: `{"version":1,"results":[…],"diagnostics":[…],"summary":{…}}` (schema in the README).
public struct JSONReporter: Reporter {
    /// `json`.
    public static let identifier = "json"

    /// Creates the reporter.
    public init() {}

    /// Renders the run.
    public func render(_ reports: [FileReport], summary: RunSummary) -> String {
        var results: [JSONNode] = []
        var diagnostics: [JSONNode] = []
        for report in reports {
            for d in report.diagnostics {
                var o: [String: JSONNode] = ["path": .string(d.path), "level": .string(d.level.rawValue), "message": .string(d.message)]
                if let l = d.line { o["line"] = .int(l) }
                if let c = d.column { o["column"] = .int(c) }
                diagnostics.append(.object(o))
            }
            for prompt in report.prompts {
                var r: [String: JSONNode] = [
                    "path": .string(report.path),
                    "score": .int(prompt.assessment.score),
                    "level": .string(prompt.assessment.level.rawValue),
                    "harmful_intent": .bool(prompt.assessment.harmfulIntent),
                    "fails": .bool(prompt.fails),
                    "suppressed": .int(prompt.suppressed.count),
                    "findings": .array(prompt.findings.map(Self.finding)),
                    "mitigations": .array(prompt.mitigations.map { m in
                        [
                            "rule": .string(m.mitigation.ruleID), "line": .int(m.line), "column": .int(m.column),
                            "match": .string(m.mitigation.matchedText), "strength": .double(m.mitigation.strength),
                        ]
                    }),
                ]
                if let l = prompt.jsonLine { r["jsonl_line"] = .int(l) }
                results.append(.object(r))
            }
        }
        let document: JSONNode = [
            "version": 1,
            "results": .array(results),
            "diagnostics": .array(diagnostics),
            "summary": [
                "files": .int(summary.files), "prompts": .int(summary.prompts), "findings": .int(summary.findings),
                "suppressed": .int(summary.suppressed), "failing": .int(summary.failing),
                "high": .int(summary.byLevel[.high] ?? 0), "medium": .int(summary.byLevel[.medium] ?? 0), "low": .int(summary.byLevel[.low] ?? 0),
            ],
        ]
        return (document.serialized() ?? "{}") + "\n"
    }

    static func finding(_ lf: LocatedFinding) -> JSONNode {
        let f = lf.finding
        var o: [String: JSONNode] = [
            "rule": .string(f.ruleID), "category": .string(f.category.rawValue), "severity": .string(f.severity.rawValue),
            "line": .int(lf.line), "column": .int(lf.column), "end_line": .int(lf.endLine), "end_column": .int(lf.endColumn),
            "message": .string(f.message), "match": .string(f.matchedText), "weight": .double(f.weight),
            "effective_weight": .double(f.effectiveWeight), "harmful": .bool(f.harmful),
        ]
        if let s = f.suggestion { o["suggestion"] = .string(s) }
        return .object(o)
    }
}
