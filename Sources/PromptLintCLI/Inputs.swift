import Foundation
public import PCRE2Kit
public import PromptLintCore

/// Finds the files to lint and reads them, turning every input problem into a ``Diagnostic``.
public struct InputCollector: Sendable {
    /// Folder names never descended into.
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".swiftpm"]

    /// Creates a collector.
    public init() {}

    /// The files under `paths`: files as given, folders walked recursively for known prompt extensions.
    ///
    /// `-` stands for standard input. Missing paths become error diagnostics.
    public func collect(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                diagnostics.append(Diagnostic(level: .error, path: path, message: "no such file or directory"))
                continue
            }
            if !isDir.boolValue { files.append(path); continue }
            var found: [String] = []
            walk(path, into: &found, diagnostics: &diagnostics, visited: [])
            files += found.sorted()
        }
        return (files, diagnostics)
    }

    private func walk(_ dir: String, into found: inout [String], diagnostics: inout [Diagnostic], visited: Set<String>) {
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
            if name.hasPrefix(".build") || Self.skippedFolders.contains(name) { continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: child, isDirectory: &isDir) else { continue }  // dangling link
            if isDir.boolValue {
                walk(child, into: &found, diagnostics: &diagnostics, visited: visited.union([real]))
            } else if DocumentKind.forPath(name) != nil {
                found.append(child)
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }

    /// Reads a file (or standard input for `-`), refusing anything that is not a regular file.
    public static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        if path == "-" {
            return .success(Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        var st = stat()
        guard stat(path, &st) == 0 else {
            return .failure(Diagnostic(level: .error, path: path, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            return .failure(Diagnostic(level: .warning, path: path, message: "not a regular file; skipped"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Diagnostic(level: .error, path: path, message: "cannot read: \(String(cString: strerror(errno)))"))
        }
        defer { try? handle.close() }
        do {
            return .success(Array(try handle.readToEnd() ?? Data()))
        } catch {
            return .failure(Diagnostic(level: .error, path: path, message: "cannot read: \(reason(error))"))
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

    /// Creates a runner.
    public init(linter: Linter) { self.linter = linter }

    /// Lints `paths` on all cores; reports come back in input order.
    public func run(_ paths: [String]) async -> [FileReport] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var reports = [FileReport?](repeating: nil, count: paths.count)
        await withTaskGroup(of: (Int, FileReport).self) { group in
            var next = 0
            func launch() {
                let index = next
                let path = paths[index]
                next += 1
                group.addTask { (index, self.lint(path: path)) }
            }
            while next < min(workers, paths.count) { launch() }
            for await (index, report) in group {
                reports[index] = report
                if next < paths.count { launch() }
            }
        }
        return reports.compactMap { $0 }
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
        return FileReport(path: path, prompts: prompts, diagnostics: diagnostics, lines: lines)
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
