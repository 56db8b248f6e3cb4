#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public import PCRE2Kit
public import PromptLintCore

/// Finds the files to lint and reads them, turning every input problem into a ``Diagnostic``.
public struct InputCollector: Sendable {
    /// Folder names never descended into.
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".swiftpm"]

    /// Whether to skip what `.gitignore` ignores inside git work trees (files named on the command line are always read).
    public var respectsGitignore = true

    /// Creates a collector.
    public init() {}

    /// The files under `paths`: files as given, folders walked recursively for known prompt extensions.
    ///
    /// `-` stands for standard input. Missing paths become error diagnostics. In a git work tree, files and folders
    /// that git ignores are skipped (asked of `git ls-files --others --ignored --exclude-standard --directory`).
    public func collect(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            if path == "-" { files.append(path); continue }
            guard let isDirectory = FileIO.isDirectory(path) else {
                diagnostics.append(Diagnostic(level: .error, path: path, message: "no such file or directory"))
                continue
            }
            if !isDirectory { files.append(path); continue }
            let ignored = respectsGitignore ? Git(directory: path).ignoredPaths() : []
            var found: [String] = []
            walk(path, absolute: absolutePath(path), ignored: ignored, into: &found, diagnostics: &diagnostics, visited: [])
            files += found.sorted()
        }
        return (files, diagnostics)
    }

    private func walk(_ dir: String, absolute: String, ignored: Set<String>, into found: inout [String], diagnostics: inout [Diagnostic], visited: Set<String>) {
        let fm = FileManager.default
        let real = (try? fm.destinationOfSymbolicLink(atPath: dir)).map { _ in URL(fileURLWithPath: dir).resolvingSymlinksInPath().path } ?? URL(fileURLWithPath: dir).standardizedFileURL.path
        if visited.contains(real) {
            diagnostics.append(Diagnostic(level: .warning, path: dir, message: "symbolic link loop; skipped"))
            return
        }
        let entries: [String]
        do { entries = try fm.contentsOfDirectory(atPath: dir) } catch {
            diagnostics.append(Diagnostic(level: .error, path: dir, message: "cannot read directory: \(Self.reason(error))"))
            return
        }
        for name in entries.sorted() {
            let child = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            let childAbsolute = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
            if name.hasPrefix(".build") || Self.skippedFolders.contains(name) { continue }
            if !ignored.isEmpty, ignored.contains(childAbsolute) { continue }
            guard let isDirectory = FileIO.isDirectory(child) else { continue }  // dangling link
            if isDirectory {
                walk(child, absolute: childAbsolute, ignored: ignored, into: &found, diagnostics: &diagnostics, visited: visited.union([real]))
            } else if DocumentKind.forPath(name) != nil {
                found.append(child)
            }
        }
    }

    /// Why a file operation failed: the C library's message for the system error underneath, as the user sees it.
    static func reason(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError {
            if let posix = cocoa.underlying as? POSIXError { return SystemError(code: posix.code.rawValue).description }
            if cocoa.code == .fileReadNoPermission { return "permission denied" }
        }
        return "\(error)"
    }

    /// Reads a file (or standard input for `-`), refusing anything that is not a regular file.
    public static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        if path == "-" {
            do { return .success(try FileIO.readToEnd(FileIO.standardInput)) } catch {
                return .failure(Diagnostic(level: .error, path: path, message: "cannot read: \(error)"))
            }
        }
        var st = stat()
        guard stat(path, &st) == 0 else {
            return .failure(Diagnostic(level: .error, path: path, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Diagnostic(level: .warning, path: path, message: "not a regular file; skipped"))
        }
        do {
            let fd = try FileIO.openForReading(path)
            defer { close(fd) }
            return .success(try FileIO.readToEnd(fd, sizeHint: Int(st.st_size)))
        } catch {
            return .failure(Diagnostic(level: .error, path: path, message: "cannot read: \(error)"))
        }
    }
}

/// Lints files with a shared ``Linter``, several at a time.
public struct LintRunner: Sendable {
    /// The linter.
    public let linter: Linter
    /// How prompts are found in files whose kind cannot be told from the extension (and `-`).
    public var defaultKind: DocumentKind = .text
    /// The JSON member holding the prompt in objects that are not Messages API requests.
    public var field: String = "text"
    /// Every rule id that exists (enabled or not), to warn about suppressions naming an unknown rule; empty: no check.
    public var knownRuleIDs: Set<String> = []

    /// Creates a runner.
    public init(linter: Linter) { self.linter = linter }

    /// Lints each file with its own runner, several at a time; reports come back in input order.
    ///
    /// `progress` is called on the calling task after each file, with the number done and the total.
    public static func run(_ jobs: [(path: String, runner: LintRunner)], progress: (Int, Int) -> Void = { _, _ in }) async -> [FileReport] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var reports = [FileReport?](repeating: nil, count: jobs.count)
        await withTaskGroup(of: (Int, FileReport).self) { group in
            var next = 0
            var done = 0
            func launch() {
                let index = next
                let (path, runner) = jobs[index]
                next += 1
                group.addTask { (index, runner.lint(path: path)) }
            }
            while next < min(workers, jobs.count) { launch() }
            for await (index, report) in group {
                reports[index] = report
                done += 1
                progress(done, jobs.count)
                if next < jobs.count { launch() }
            }
        }
        return reports.compactMap { $0 }
    }

    /// Lints `paths` on all cores; reports come back in input order.
    public func run(_ paths: [String]) async -> [FileReport] {
        await Self.run(paths.map { ($0, self) })
    }

    /// Lints one file.
    public func lint(path: String, scratch: MatchScratch = MatchScratch()) -> FileReport {
        switch InputCollector.read(path) {
        case .failure(let d): return FileReport(path: path, prompts: [], diagnostics: [d], lines: nil)
        case .success(let bytes): return lint(bytes: bytes, path: path, scratch: scratch)
        }
    }

    /// Lints bytes as if read from `path`.
    public func lint(bytes: [UInt8], path: String, scratch: MatchScratch = MatchScratch()) -> FileReport {
        var diagnostics: [Diagnostic] = []
        let kind = DocumentKind.forPath(path) ?? defaultKind
        let lines = LineIndex(bytes)
        // Binary files: a NUL byte in the first 8 KiB, as git and ripgrep decide.
        if bytes.prefix(8192).contains(0) {
            let hint = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) ? " (UTF-16? convert it to UTF-8)" : ""
            diagnostics.append(Diagnostic(level: .warning, path: path, message: "binary file\(hint); skipped"))
            return FileReport(path: path, prompts: [], diagnostics: diagnostics, lines: nil)
        }
        if let bad = Self.firstInvalidUTF8(bytes) {
            let (l, c) = lines.position(of: bad)
            diagnostics.append(Diagnostic(level: .warning, path: path, line: l, column: c, message: "invalid UTF-8; the invalid bytes are never matched"))
        }
        let extracted: [ExtractedPrompt]
        do {
            extracted = try DocumentExtractor.extract(bytes, kind: kind, field: field) { line, error in
                diagnostics.append(Diagnostic(level: .warning, path: path, line: line, message: "\(error.message); line skipped"))
            }
        } catch {
            let position = error.offset.map { lines.position(of: $0) }
            diagnostics.append(Diagnostic(level: .error, path: path, line: position?.line, column: position?.column, message: error.message))
            return FileReport(path: path, prompts: [], diagnostics: diagnostics, lines: lines)
        }
        if kind == .request, let json = try? JSONSource.parse(Array(bytes[(bytes.starts(with: DocumentExtractor.bom) ? 3 : 0)...])) {
            let base = bytes.starts(with: DocumentExtractor.bom) ? 3 : 0
            for problem in RequestStructure.problems(in: json) {
                let position = problem.offset.map { lines.position(of: base + $0) }
                diagnostics.append(Diagnostic(level: .warning, path: path, line: position?.line, column: position?.column, message: "[\(problem.id)] \(problem.message)"))
            }
        }
        var prompts: [PromptReport] = []
        for item in extracted {
            let assessment = linter.assess(item.prompt, scratch: scratch)
            for failure in assessment.failures {
                diagnostics.append(Diagnostic(level: .warning, path: path, line: item.line, message: "\(failure); rule skipped for this prompt"))
            }
            let located = assessment.findings.map { f -> LocatedFinding in
                let r = item.sources[f.segment].fileRange(of: f.range)
                let (l, c) = lines.position(of: r.lowerBound)
                let (el, ec) = lines.position(of: r.upperBound)
                return LocatedFinding(finding: f, fileRange: r, line: l, column: c, endLine: el, endColumn: ec)
            }
            let mitigations = assessment.mitigations.map { m -> LocatedMitigation in
                let r = item.sources[m.segment].fileRange(of: m.range)
                let (l, c) = lines.position(of: r.lowerBound)
                return LocatedMitigation(mitigation: m, line: l, column: c)
            }
            prompts.append(PromptReport(jsonLine: item.line, assessment: assessment, findings: located, mitigations: mitigations))
        }
        applyInlineSuppressions(bytes: bytes, kind: kind, path: path, lines: lines, prompts: &prompts, diagnostics: &diagnostics)
        // In line order (stable: equal positions keep the order they were found in).
        diagnostics = diagnostics.enumerated().sorted { a, b in
            (a.element.line ?? 0, a.element.column ?? 0, a.offset) < (b.element.line ?? 0, b.element.column ?? 0, b.offset)
        }.map(\.element)
        return FileReport(path: path, prompts: prompts, diagnostics: diagnostics, lines: lines)
    }

    // MARK: - Suppressions in the file

    /// Applies template-comment directives (text files) and the `"prompt-lint"` member (JSON requests and JSON Lines):
    /// suppressed findings move to `suppressed` and the prompt is scored again; a directive that suppresses nothing,
    /// names an unknown rule or cannot be read is a warning at its line and column.
    func applyInlineSuppressions(bytes: [UInt8], kind: DocumentKind, path: String, lines: LineIndex, prompts: inout [PromptReport], diagnostics: inout [Diagnostic]) {
        func warn(_ offset: Int, _ message: String) {
            let (l, c) = lines.position(of: offset)
            diagnostics.append(Diagnostic(level: .warning, path: path, line: l, column: c, message: message))
        }
        func unknown(_ patterns: [String]) -> [String] {
            guard !knownRuleIDs.isEmpty else { return [] }
            return patterns.filter { p in !knownRuleIDs.contains { IDPattern.matches(p, $0) } }
        }
        switch kind {
        case .text:
            guard bytes.contains(0x7B) else { return }  // no '{', no template comment
            let (directives, errors) = SuppressionComments.directives(in: bytes)
            for e in errors { warn(e.offset, e.message) }
            guard !directives.isEmpty else { return }
            // Regions of disable … enable, as byte ranges.
            var regions: [(directive: Int, range: Range<Int>)] = []
            var open: [Int] = []
            for (i, d) in directives.enumerated() {
                switch d.action {
                case .disable: open.append(i)
                case .enable:
                    let closing = open.filter { d.rules.isEmpty || Set(directives[$0].rules) == Set(d.rules) }
                    if closing.isEmpty { warn(d.range.lowerBound, "'enable' without a matching 'disable' above it") }
                    for j in closing { regions.append((j, directives[j].range.upperBound ..< d.range.lowerBound)) }
                    open.removeAll { closing.contains($0) }
                case .disableLine, .disableNextLine: break
                }
            }
            for j in open { regions.append((j, directives[j].range.upperBound ..< bytes.count)) }
            var used = [Int](repeating: 0, count: directives.count)
            func covering(_ lf: LocatedFinding) -> Int? {
                var hit: Int?
                for (i, d) in directives.enumerated() where d.covers(lf.finding.ruleID) {
                    let first = lines.position(of: d.range.lowerBound).line
                    let last = lines.position(of: d.range.upperBound).line
                    let applies: Bool
                    switch d.action {
                    case .disableLine: applies = (first ... last).contains(lf.line)
                    case .disableNextLine: applies = lf.line == last + 1
                    case .disable: applies = regions.contains { $0.directive == i && $0.range.contains(lf.fileRange.lowerBound) }
                    case .enable: applies = false
                    }
                    if applies { used[i] += 1; hit = hit ?? i }
                }
                return hit
            }
            for p in prompts.indices {
                suppress(&prompts[p]) { lf in covering(lf).map { directives[$0].reason ?? "" } }
            }
            for (i, d) in directives.enumerated() where d.action != .enable {
                let bad = unknown(d.rules)
                if !bad.isEmpty {
                    warn(d.range.lowerBound, "suppression names no known rule: \(bad.joined(separator: ", "))")
                } else if used[i] == 0 {
                    let what = d.rules.isEmpty ? "no finding" : "no \(d.rules.joined(separator: ", ")) finding"
                    let place: String
                    switch d.action {
                    case .disableNextLine: place = "on line \(lines.position(of: d.range.upperBound).line + 1)"
                    case .disableLine: place = "on this line"
                    default: place = "in its region"
                    }
                    warn(d.range.lowerBound, "unused suppression '\(d.summary)': \(what) \(place)")
                }
            }
        case .request, .jsonLines:
            let key = Array("\"\(RequestBody.key)\"".utf8)
            guard bytes.count >= key.count, contains(bytes, key) else { return }
            // One JSON value per prompt: the whole file, or the prompt's line.
            var starts: [Int: Int] = [:]  // JSON Lines line number → byte offset
            if kind == .jsonLines {
                var line = 1
                starts[1] = 0
                for (i, b) in bytes.enumerated() where b == 0x0A { line += 1; starts[line] = i + 1 }
            }
            for p in prompts.indices {
                let start = kind == .request ? (bytes.starts(with: DocumentExtractor.bom) ? 3 : 0) : starts[prompts[p].jsonLine ?? 1] ?? 0
                var end = start
                if kind == .jsonLines { while end < bytes.count, bytes[end] != 0x0A { end += 1 } } else { end = bytes.count }
                let value = Array(bytes[start ..< end])
                guard contains(value, key) else { continue }
                let suppression: RequestSuppression?
                do { suppression = try RequestBody.suppression(in: value) } catch {
                    warn(start + error.offset, error.message)
                    continue
                }
                guard let suppression else { continue }
                var used = 0
                suppress(&prompts[p]) { lf in
                    guard suppression.covers(lf.finding.ruleID) else { return nil }
                    used += 1
                    return suppression.reason ?? ""
                }
                let bad = unknown(suppression.rules)
                if !bad.isEmpty {
                    warn(start + suppression.offset, "\"\(RequestBody.key)\" names no known rule: \(bad.joined(separator: ", "))")
                } else if used == 0 {
                    let what = suppression.rules.isEmpty ? "no finding" : "no \(suppression.rules.joined(separator: ", ")) finding"
                    warn(start + suppression.offset, "unused suppression \"\(RequestBody.key)\": \(what) in this request")
                }
            }
        }
    }

    /// Moves the findings `reason` returns a reason for into the prompt's suppressed list, and scores it again.
    func suppress(_ prompt: inout PromptReport, kind: SuppressedFinding.Kind = .inSource, _ reason: (LocatedFinding) -> String?) {
        var kept: [LocatedFinding] = []
        for lf in prompt.findings {
            if let r = reason(lf) {
                prompt.suppressed.append(SuppressedFinding(finding: lf, kind: kind, justification: r.isEmpty ? nil : r))
            } else {
                kept.append(lf)
            }
        }
        guard kept.count != prompt.findings.count else { return }
        let keptRanges = Set(kept.map { KeyedFinding($0.finding) })
        prompt.assessment = prompt.assessment.keeping({ keptRanges.contains(KeyedFinding($0)) }, policy: linter.policy)
        prompt.findings = kept
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first, haystack[i ..< i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The offset of the first invalid UTF-8 sequence, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let len: Int
            var minScalar: UInt32
            switch b {
            case 0xC2 ... 0xDF: len = 2; minScalar = 0x80
            case 0xE0 ... 0xEF: len = 3; minScalar = 0x800
            case 0xF0 ... 0xF4: len = 4; minScalar = 0x10000
            default: return i
            }
            guard i + len <= n else { return i }
            var scalar = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1 ..< len {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minScalar || scalar > 0x10FFFF || (0xD800 ... 0xDFFF).contains(scalar) { return i }
            minScalar = 0
            i += len
        }
        return nil
    }
}

/// A finding's identity within one assessment: rule, segment and range.
struct KeyedFinding: Hashable {
    let rule: String, segment: Int, lower: Int, upper: Int
    init(_ f: Finding) { rule = f.ruleID; segment = f.segment; lower = f.range.lowerBound; upper = f.range.upperBound }
}
