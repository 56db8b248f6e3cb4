import PromptLintCore

// The formats for machines: JSON Lines, SARIF, GitHub annotations, JUnit and Checkstyle.
// Each is one small type behind ``Reporter``; none prints timings, so the output of a run is reproducible.

// MARK: - JSON Lines

/// One JSON object per line: `{"type":"finding",…}` for each finding, `{"type":"prompt",…}` for each prompt,
/// `{"type":"diagnostic",…}` for each input problem, then one `{"type":"summary",…}`.
public struct JSONLinesReporter: Reporter {
    /// `jsonl`.
    public static let identifier = "jsonl"

    /// Creates the reporter.
    public init() {}

    /// Renders the run.
    public func render(_ reports: [FileReport], summary: RunSummary) -> String {
        var out = ""
        func line(_ body: (inout JSONOut.ObjectWriter) -> Void) {
            var o = JSONOut()
            o.object(body)
            out += o.text + "\n"
        }
        for report in reports {
            for d in report.diagnostics {
                line { o in
                    o.member("type", string: "diagnostic")
                    o.member("path", string: d.path)
                    if let l = d.line { o.member("line", int: l) }
                    if let c = d.column { o.member("column", int: c) }
                    o.member("level", string: d.level.rawValue)
                    o.member("message", string: d.message)
                }
            }
            for prompt in report.prompts {
                for lf in prompt.findings {
                    let f = lf.finding
                    line { o in
                        o.member("type", string: "finding")
                        o.member("path", string: report.path)
                        if let l = prompt.jsonLine { o.member("jsonl_line", int: l) }
                        o.member("line", int: lf.line)
                        o.member("column", int: lf.column)
                        o.member("end_line", int: lf.endLine)
                        o.member("end_column", int: lf.endColumn)
                        o.member("rule", string: f.ruleID)
                        o.member("category", string: f.category.rawValue)
                        o.member("severity", string: f.severity.rawValue)
                        o.member("message", string: f.message)
                        o.member("match", string: f.matchedText)
                        if let s = f.suggestion { o.member("suggestion", string: s) }
                        o.member("harmful", bool: f.harmful)
                    }
                }
                line { o in
                    o.member("type", string: "prompt")
                    o.member("path", string: report.path)
                    if let l = prompt.jsonLine { o.member("jsonl_line", int: l) }
                    o.member("score", int: prompt.assessment.score)
                    o.member("level", string: prompt.assessment.level.rawValue)
                    o.member("harmful_intent", bool: prompt.assessment.harmfulIntent)
                    o.member("findings", int: prompt.findings.count)
                    o.member("suppressed", int: prompt.suppressed.count)
                    o.member("fails", bool: prompt.fails)
                }
            }
        }
        line { o in
            o.member("type", string: "summary")
            o.member("files", int: summary.files)
            o.member("prompts", int: summary.prompts)
            o.member("findings", int: summary.findings)
            o.member("suppressed", int: summary.suppressed)
            o.member("failing", int: summary.failing)
            for level in RiskLevel.allCases.reversed() { o.member(level.rawValue, int: summary.byLevel[level] ?? 0) }
            o.member("warnings", int: summary.warnings)
            o.member("errors", int: summary.errors)
        }
        return out
    }
}

// MARK: - SARIF

/// SARIF 2.1.0: the rules that fired with their help text, one result per finding with its region (columns in
/// Unicode code points, declared on the run), the suggested rewrite as a fix, a stable fingerprint, suppressed
/// findings marked as such, and input problems as tool notifications.
public struct SARIFReporter: Reporter {
    /// `sarif`.
    public static let identifier = "sarif"
    /// The rules and the folder paths are made relative to.
    public let context: ReportContext

    /// Creates the reporter.
    public init(context: ReportContext) { self.context = context }

    /// Renders the run.
    public func render(_ reports: [FileReport], summary: RunSummary) -> String {
        var ruleIDs: [String] = []
        for r in reports {
            for p in r.prompts {
                ruleIDs += p.findings.map(\.finding.ruleID)
                ruleIDs += p.suppressed.map(\.finding.finding.ruleID)
            }
        }
        let ids = Array(Set(ruleIDs)).sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var results: [JSONNode] = []
        var notifications: [JSONNode] = []
        for report in reports {
            let json = DocumentKind.forPath(report.path).map { $0 != .text } ?? false
            for d in report.diagnostics {
                var n: [String: JSONNode] = ["level": d.level == .error ? "error" : "warning", "message": ["text": .string(d.message)]]
                var physical: [String: JSONNode] = ["artifactLocation": artifact(d.path)]
                if let l = d.line {
                    var region: [String: JSONNode] = ["startLine": .int(l)]
                    if let c = d.column { region["startColumn"] = .int(c) }
                    physical["region"] = .object(region)
                }
                n["locations"] = [["physicalLocation": .object(physical)]]
                notifications.append(.object(n))
            }
            for prompt in report.prompts {
                for lf in prompt.findings {
                    results.append(result(lf, prompt: prompt, report: report, ruleIndex: index[lf.finding.ruleID] ?? 0, escapeJSON: json, suppression: nil))
                }
                for s in prompt.suppressed {
                    results.append(result(s.finding, prompt: prompt, report: report, ruleIndex: index[s.finding.finding.ruleID] ?? 0, escapeJSON: json, suppression: s))
                }
            }
        }
        let driver: JSONNode = [
            "name": "prompt-lint",
            "version": .string(PromptLintVersion.string),
            "semanticVersion": .string(PromptLintVersion.string),
            "rules": .array(ids.map(ruleDescriptor)),
        ]
        var root = context.rootDirectory
        if !root.hasSuffix("/") { root += "/" }
        var invocation: [String: JSONNode] = ["executionSuccessful": .bool(summary.errors == 0)]
        if !notifications.isEmpty { invocation["toolExecutionNotifications"] = .array(notifications) }
        let run: JSONNode = [
            "tool": ["driver": driver],
            "invocations": [.object(invocation)],
            "originalUriBaseIds": ["%SRCROOT%": ["uri": .string("file://" + Self.percentEncode(root))]],
            "columnKind": "unicodeCodePoints",
            "results": .array(results),
        ]
        let document: JSONNode = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        guard let text = document.serialized(pretty: true) else { return "{}\n" }
        return text + "\n"
    }

    func result(_ lf: LocatedFinding, prompt: PromptReport, report: FileReport, ruleIndex: Int, escapeJSON: Bool, suppression: SuppressedFinding?) -> JSONNode {
        let f = lf.finding
        let level: String
        switch f.severity {
        case .error: level = "error"
        case .warning: level = "warning"
        case .info: level = "note"
        }
        var message = f.message
        if f.harmful { message += " Harmful intent: no rewrite is offered." } else if let s = f.suggestion { message += " Suggestion: \u{201C}\(s)\u{201D}." }
        let region: JSONNode = [
            "startLine": .int(lf.line), "startColumn": .int(lf.column), "endLine": .int(lf.endLine), "endColumn": .int(lf.endColumn),
            "snippet": ["text": .string(f.matchedText)],
        ]
        var r: [String: JSONNode] = [
            "ruleId": .string(f.ruleID),
            "ruleIndex": .int(ruleIndex),
            "level": .string(level),
            "message": ["text": .string(message)],
            "locations": [["physicalLocation": ["artifactLocation": artifact(report.path), "region": region]]],
            "partialFingerprints": ["promptLint/v1": .string(Baseline.fingerprint(lf, in: report))],
            "properties": ["category": .string(f.category.rawValue), "score": .int(prompt.assessment.score), "riskLevel": .string(prompt.assessment.level.rawValue)],
        ]
        if let s = f.suggestion, !f.harmful {
            var inserted = s
            if escapeJSON {
                var o = JSONOut()
                o.string(s)
                inserted = String(o.text.dropFirst().dropLast())
            }
            let deleted: JSONNode = ["startLine": .int(lf.line), "startColumn": .int(lf.column), "endLine": .int(lf.endLine), "endColumn": .int(lf.endColumn)]
            r["fixes"] = [[
                "description": ["text": .string("Replace \u{201C}\(f.matchedText)\u{201D} with \u{201C}\(s)\u{201D}")],
                "artifactChanges": [["artifactLocation": artifact(report.path), "replacements": [["deletedRegion": deleted, "insertedContent": ["text": .string(inserted)]]]]],
            ]]
        }
        if let suppression {
            var why = suppression.kind == .baseline ? "in the baseline" : suppression.kind == .configuration ? "suppressed in the configuration" : "suppressed in the file"
            if let j = suppression.justification { why += ": " + j }
            r["suppressions"] = [["kind": suppression.kind == .inSource ? "inSource" : "external", "status": "accepted", "justification": .string(why)]]
        }
        return .object(r)
    }

    func ruleDescriptor(_ id: String) -> JSONNode {
        guard let rule = context.rules[id] else {
            return ["id": .string(id), "shortDescription": ["text": .string(id)], "help": ["text": .string("Run prompt-lint rules explain \(id) for this rule.")]]
        }
        let level = rule.severity == .error ? "error" : rule.severity == .warning ? "warning" : "note"
        let example = rule.examples.first.map { $0.text.replacingAll("«", with: "").replacingAll("»", with: "") }
        let counter = rule.counterExamples.first?.text
        var text = rule.message
        var markdown = rule.message
        if rule.harmful {
            text += "\n\nThis rule marks harmful intent: the prompt is scored high and no rewrite is offered."
            markdown += "\n\nThis rule marks **harmful intent**: the prompt is scored high and no rewrite is offered."
        } else if let rw = rule.rewrite {
            let note = rw.contains("$") ? " ($0 is the matched text, $1… its groups)" : ""
            text += "\n\nSuggested rewrite: replace the match with \u{201C}\(rw)\u{201D}\(note). `prompt-lint check --fix` applies it."
            markdown += "\n\nSuggested rewrite: replace the match with `\(rw)`\(note). `prompt-lint check --fix` applies it."
        }
        if let example {
            text += "\nFlags: \(example)"
            markdown += "\n\n- Flags: \(example)"
        }
        if let counter {
            text += "\nDoes not flag: \(counter)"
            markdown += "\n- Does not flag: \(counter)"
        }
        let tail = "Category \(rule.category.rawValue), weight \(rule.weight), pack \(rule.pack). Details: prompt-lint rules explain \(id)."
        text += "\n\n" + tail
        markdown += "\n\n" + tail
        return [
            "id": .string(id),
            "name": .string(Self.camelName(id)),
            "shortDescription": ["text": .string(rule.message)],
            "fullDescription": ["text": .string(rule.message + " (" + rule.category.rawValue + ", weight \(rule.weight))")],
            "help": ["text": .string(text), "markdown": .string(markdown)],
            "defaultConfiguration": ["level": .string(level)],
            "properties": ["category": .string(rule.category.rawValue), "pack": .string(rule.pack), "weight": .double(rule.weight), "tags": ["prompt-lint", .string(rule.category.rawValue)]],
        ]
    }

    /// `privacy.home-address` → `PrivacyHomeAddress`, SARIF's readable rule name.
    static func camelName(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    func artifact(_ path: String) -> JSONNode {
        if path == "-" { return ["uri": "stdin"] }
        let absolute = absolutePath(path)
        let root = context.rootDirectory.hasSuffix("/") ? context.rootDirectory : context.rootDirectory + "/"
        if absolute.hasPrefix(root) {
            return ["uri": .string(Self.percentEncode(String(absolute.dropFirst(root.count)))), "uriBaseId": "%SRCROOT%"]
        }
        return ["uri": .string("file://" + Self.percentEncode(absolute))]
    }

    /// Percent-encodes everything but unreserved characters and `/`.
    static func percentEncode(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case 0x41 ... 0x5A, 0x61 ... 0x7A, 0x30 ... 0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "%" + Formatted.hex(UInt32(b), digits: 2, uppercase: true)
            }
        }
        return out
    }
}

// MARK: - GitHub Actions

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, one per
/// finding and input problem, shown as annotations on the pull request; then the summary as a plain line.
public struct GitHubReporter: Reporter {
    /// `github`.
    public static let identifier = "github"

    /// Creates the reporter.
    public init() {}

    /// Renders the run.
    public func render(_ reports: [FileReport], summary: RunSummary) -> String {
        var out = ""
        for report in reports {
            for d in report.diagnostics {
                var props = ["file=\(Self.property(displayPath(d.path)))"]
                if let l = d.line { props.append("line=\(l)") }
                if let c = d.column { props.append("col=\(c)") }
                props.append("title=\(Self.property("prompt-lint"))")
                out += "::\(d.level == .error ? "error" : "warning") \(props.joined(separator: ","))::\(Self.data(d.message))\n"
            }
            for prompt in report.prompts {
                for lf in prompt.findings {
                    let f = lf.finding
                    let command: String
                    switch f.severity {
                    case .error: command = "error"
                    case .warning: command = "warning"
                    case .info: command = "notice"
                    }
                    var message = f.message
                    if f.harmful { message += "\nHarmful intent: no rewrite is offered." } else if let s = f.suggestion { message += "\nSuggestion: \"\(s)\"" }
                    message += "\nRefusal risk of this prompt: \(prompt.assessment.score)/100 (\(prompt.assessment.level.rawValue))"
                    let props = [
                        "file=\(Self.property(displayPath(report.path)))", "line=\(lf.line)", "col=\(lf.column)",
                        "endLine=\(lf.endLine)", "endColumn=\(lf.endColumn)", "title=\(Self.property("prompt-lint [\(f.ruleID)]"))",
                    ]
                    out += "::\(command) \(props.joined(separator: ","))::\(Self.data(message))\n"
                }
            }
        }
        let levels = RiskLevel.allCases.reversed().map { "\(summary.byLevel[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        out += "prompt-lint: \(plural(summary.files, "file")), \(plural(summary.prompts, "prompt")), \(plural(summary.findings, "finding"))"
            + " (\(summary.suppressed) suppressed); prompts by risk: \(levels)\n"
        return out
    }

    /// Escapes a command's message: `%`, CR and LF.
    static func data(_ s: String) -> String {
        s.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// Escapes a command property: also `:` and `,`.
    static func property(_ s: String) -> String {
        data(s).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

// MARK: - XML formats

/// Escapes text for XML attributes and content.
func xmlEscape(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        case "\t": out += "&#9;"
        default:
            // Characters XML 1.0 forbids are dropped.
            if u.value < 0x20 || (0xFFFE ... 0xFFFF).contains(u.value) { continue }
            out.unicodeScalars.append(u)
        }
    }
    return out
}

/// JUnit XML: one test suite per file, one test case per prompt that fails when the prompt fails the run
/// (`--fail-on`, `--max-score`, the configuration); findings of prompts that pass are listed in `system-out`;
/// files that cannot be read are test cases with an `error`.
public struct JUnitReporter: Reporter {
    /// `junit`.
    public static let identifier = "junit"

    /// Creates the reporter.
    public init() {}

    /// Renders the run.
    public func render(_ reports: [FileReport], summary: RunSummary) -> String {
        var suites = ""
        var tests = 0, failures = 0, errors = 0
        for report in reports {
            var cases = ""
            var suiteTests = 0, suiteFailures = 0, suiteErrors = 0
            let name = xmlEscape(report.path)
            for d in report.diagnostics where d.level == .error {
                suiteTests += 1
                suiteErrors += 1
                cases += "    <testcase classname=\"prompt-lint\" name=\"\(name)\">\n"
                cases += "      <error message=\"\(xmlEscape(d.message))\">\(xmlEscape(d.description))</error>\n"
                cases += "    </testcase>\n"
            }
            for prompt in report.prompts {
                suiteTests += 1
                let caseName = prompt.jsonLine.map { "\(report.path):\($0)" } ?? report.path
                let verdict = "refusal risk \(prompt.assessment.score)/100 (\(prompt.assessment.level.rawValue))"
                let lines = prompt.findings.map { lf in
                    "\(report.path):\(lf.line):\(lf.column): \(lf.finding.severity.rawValue) [\(lf.finding.ruleID)] \(lf.finding.message)"
                        + (lf.finding.suggestion.map { " Suggestion: \"\($0)\"" } ?? "")
                }.joined(separator: "\n")
                if prompt.fails {
                    suiteFailures += 1
                    cases += "    <testcase classname=\"prompt-lint\" name=\"\(xmlEscape(caseName))\">\n"
                    cases += "      <failure type=\"\(prompt.assessment.level.rawValue)\" message=\"\(xmlEscape(verdict))\">\(xmlEscape(lines))</failure>\n"
                    cases += "    </testcase>\n"
                } else if !prompt.findings.isEmpty {
                    cases += "    <testcase classname=\"prompt-lint\" name=\"\(xmlEscape(caseName))\">\n"
                    cases += "      <system-out>\(xmlEscape(verdict + "\n" + lines))</system-out>\n"
                    cases += "    </testcase>\n"
                } else {
                    cases += "    <testcase classname=\"prompt-lint\" name=\"\(xmlEscape(caseName))\"/>\n"
                }
            }
            let warnings = report.diagnostics.filter { $0.level == .warning }.map(\.description).joined(separator: "\n")
            guard suiteTests > 0 || !warnings.isEmpty else { continue }
            tests += suiteTests
            failures += suiteFailures
            errors += suiteErrors
            suites += "  <testsuite name=\"\(name)\" tests=\"\(suiteTests)\" failures=\"\(suiteFailures)\" errors=\"\(suiteErrors)\">\n"
            suites += cases
            if !warnings.isEmpty { suites += "    <system-err>\(xmlEscape(warnings))</system-err>\n" }
            suites += "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"prompt-lint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            + suites + "</testsuites>\n"
    }
}

/// Checkstyle XML (version 4.3): one `file` element per file with an `error` element per finding and input problem.
public struct CheckstyleReporter: Reporter {
    /// `checkstyle`.
    public static let identifier = "checkstyle"

    /// Creates the reporter.
    public init() {}

    /// Renders the run.
    public func render(_ reports: [FileReport], summary: RunSummary) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for report in reports {
            out += "  <file name=\"\(xmlEscape(report.path))\">\n"
            for d in report.diagnostics {
                out += "    <error line=\"\(d.line ?? 1)\"\(d.column.map { " column=\"\($0)\"" } ?? "") severity=\"\(d.level.rawValue)\" message=\"\(xmlEscape(d.message))\" source=\"prompt-lint.input\"/>\n"
            }
            for prompt in report.prompts {
                for lf in prompt.findings {
                    let f = lf.finding
                    var message = f.message
                    if let s = f.suggestion, !f.harmful { message += " Suggestion: \"\(s)\"" }
                    message += " (refusal risk \(prompt.assessment.score)/100, \(prompt.assessment.level.rawValue))"
                    out += "    <error line=\"\(lf.line)\" column=\"\(lf.column)\" severity=\"\(f.severity.rawValue)\" message=\"\(xmlEscape(message))\" source=\"prompt-lint.\(xmlEscape(f.ruleID))\"/>\n"
                }
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
