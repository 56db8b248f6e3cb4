#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import PromptLintCore

/// Findings accepted once so that only new ones are reported: `--write-baseline FILE` records them, `--baseline FILE`
/// hides them. An entry is keyed on the rule id, the file and a hash of the matched text and its line's text, so it
/// survives edits elsewhere in the file; there are no line numbers or times to churn.
public struct Baseline: Sendable {
    /// One accepted finding (or `count` identical ones).
    public struct Entry: Sendable, Hashable {
        /// The rule id.
        public var rule: String
        /// The file, relative to the baseline file's folder.
        public var path: String
        /// ``Baseline/fingerprint(rule:match:lineText:)`` of the finding.
        public var hash: String
        /// How many findings share the key.
        public var count: Int
        /// Where the entry is written, for stale-entry warnings.
        public var location: SourceLocation?
    }

    /// The baseline file.
    public let path: String
    /// Its entries.
    public var entries: [Entry]

    /// The folder paths in the baseline are relative to.
    var directory: String { PathString.deletingLastComponent(absolutePath(path)) }

    /// A stable 64-bit FNV-1a hash (hex) of the rule id, the matched text and the text of its line, whitespace-trimmed.
    public static func fingerprint(rule: String, match: String, lineText: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [rule, match, lineText.trimming(.whitespace)] {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
            hash ^= 0xFF
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprint of a located finding in `report`.
    static func fingerprint(_ lf: LocatedFinding, in report: FileReport) -> String {
        fingerprint(rule: lf.finding.ruleID, match: lf.finding.matchedText, lineText: report.lines?.lineText(lf.line) ?? "")
    }

    /// `file` relative to the baseline's folder (`/`-separated), or its absolute path when outside.
    func key(for file: String) -> String {
        let absolute = absolutePath(file)
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// A baseline of every finding in `reports`, to be written at `path`.
    public static func recording(_ reports: [FileReport], path: String) -> Baseline {
        var baseline = Baseline(path: path, entries: [])
        var counts: [Entry: Int] = [:]
        for report in reports where report.isInput && report.path != "-" {
            for prompt in report.prompts {
                for lf in prompt.findings {
                    let e = Entry(rule: lf.finding.ruleID, path: baseline.key(for: report.path), hash: fingerprint(lf, in: report), count: 0)
                    counts[e, default: 0] += 1
                }
            }
        }
        baseline.entries = counts.map { e, n in var e = e; e.count = n; return e }
            .sorted { ($0.path, $0.rule, $0.hash) < ($1.path, $1.rule, $1.hash) }
        return baseline
    }

    /// The file's text: one entry per line, sorted, so that diffs of the baseline are readable.
    public var text: String {
        var out = "{\n  \"version\": 1,\n  \"tool\": \"prompt-lint\",\n  \"entries\": [\n"
        for (i, e) in entries.enumerated() {
            var o = JSONOut()
            o.object { w in
                w.member("rule", string: e.rule)
                w.member("path", string: e.path)
                w.member("hash", string: e.hash)
                w.member("count", int: e.count)
            }
            out += "    " + o.text + (i + 1 < entries.count ? ",\n" : "\n")
        }
        return out + "  ]\n}\n"
    }

    /// Reads a baseline file.
    ///
    /// - Throws: ``ConfigurationError`` naming the file, line and column of the problem.
    public static func load(path: String) throws(ConfigurationError) -> Baseline {
        func fail(_ offset: Int, _ message: String, _ bytes: [UInt8]) -> ConfigurationError {
            let (l, c) = LineIndex(bytes).position(of: offset)
            return ConfigurationError(location: SourceLocation(file: path, line: l, column: c), message: message)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(location: SourceLocation(file: path, line: 1, column: 1), message: "cannot read the baseline file")
        }
        let bytes = Array(data)
        let json: JSONSource
        do { json = try JSONSource.parse(bytes) } catch { throw fail(error.offset, "invalid JSON in the baseline: \(error.message)", bytes) }
        guard let items = json["entries"]?.arrayValue else {
            throw fail(0, "not a prompt-lint baseline: expected {\"version\": 1, \"entries\": [...]}", bytes)
        }
        var entries: [Entry] = []
        let index = LineIndex(bytes)
        for item in items {
            guard let rule = item["rule"]?.stringValue, let file = item["path"]?.stringValue, let hash = item["hash"]?.stringValue else {
                throw fail(0, "a baseline entry needs \"rule\", \"path\" and \"hash\" strings (entry \(entries.count + 1))", bytes)
            }
            var count = 1
            if case .number(let n)? = item["count"] { count = max(1, Int(n) ?? 1) }
            let (l, c) = index.position(of: max(0, (rule.sourceOffsets.first ?? 1) - 1))
            entries.append(Entry(rule: rule.text, path: file.text, hash: hash.text, count: count, location: SourceLocation(file: path, line: l, column: c)))
        }
        return Baseline(path: path, entries: entries)
    }
}
