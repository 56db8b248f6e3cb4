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
public import PromptLintCore

/// A planned change to a file: the rewritten bytes, the edits in file coordinates, and the scores.
public struct FilePlan: Sendable {
    /// The file.
    public let path: String
    /// The bytes read.
    public let original: [UInt8]
    /// The bytes to write.
    public let rewritten: [UInt8]
    /// The edits in file byte coordinates, sorted, non-overlapping.
    public let edits: [(range: Range<Int>, replacement: [UInt8])]
    /// Each prompt's rewrite result.
    public let results: [RewriteResult]

    /// Whether anything changes.
    public var changed: Bool { !edits.isEmpty }
}

/// Why a file was left untouched by `--fix`.
public struct FixError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What happened.
    public let message: String

    /// `path: error: message`.
    public var description: String { "\(path): error: \(message)" }
}

/// Plans and applies rewrites to files: text prompts, Messages API JSON (only text fields change) and JSON Lines.
public struct FileRewriter: Sendable {
    /// The rewriter.
    public let rewriter: Rewriter
    /// Rewrite options.
    public let options: RewriteOptions
    /// How files with unknown extensions (and `-`) are read.
    public var defaultKind: DocumentKind = .text
    /// The JSON member holding the prompt in non-request objects.
    public var field = "text"

    /// Creates a file rewriter.
    public init(rewriter: Rewriter, options: RewriteOptions) {
        self.rewriter = rewriter
        self.options = options
    }

    /// The rewrite of `bytes` read from `path`.
    ///
    /// - Throws: ``FixError`` when the file cannot be read as its kind (binary, malformed JSON).
    public func plan(bytes: [UInt8], path: String) throws(FixError) -> FilePlan {
        if bytes.prefix(8192).contains(0) { throw FixError(path: path, message: "binary file; not changed") }
        let kind = DocumentKind.forPath(path) ?? defaultKind
        let extracted: [ExtractedPrompt]
        do { extracted = try DocumentExtractor.extract(bytes, kind: kind, field: field) } catch {
            throw FixError(path: path, message: "\(error.message); not changed")
        }
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        var results: [RewriteResult] = []
        for item in extracted {
            let result = rewriter.rewrite(item.prompt, options: options)
            results.append(result)
            for edit in result.edits {
                let source = item.sources[edit.segment]
                let range = source.fileRange(of: edit.range)
                let replacement: [UInt8]
                switch source {
                case .contiguous: replacement = Array(edit.replacement.utf8)
                case .json: replacement = Self.jsonEscaped(edit.replacement)
                }
                edits.append((range, replacement))
            }
        }
        edits.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var out = bytes
        for edit in edits.reversed() { out.replaceSubrange(edit.range, with: edit.replacement) }
        return FilePlan(path: path, original: bytes, rewritten: out, edits: edits, results: results)
    }

    /// `text` escaped for the inside of a JSON string (non-ASCII kept as UTF-8).
    static func jsonEscaped(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0 ..< 0x20: out += Array(("\\u" + Formatted.hex(UInt32(b), digits: 4, uppercase: false)).utf8)
            default: out.append(b)
            }
        }
        return out
    }

    /// Writes `plan.rewritten` over the file atomically (temporary file, fsync, rename), keeping its permissions.
    ///
    /// Refuses, leaving the file untouched, when the file is read-only or changed since `plan.original` was read.
    /// - Throws: ``FixError`` saying why nothing was written.
    public static func write(_ plan: FilePlan) throws(FixError) {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: plan.path)).map { _ in
            URL(fileURLWithPath: plan.path).resolvingSymlinksInPath().path
        } ?? plan.path
        func fail(_ message: String) -> FixError { FixError(path: plan.path, message: message + "; not changed") }
        var st = stat()
        guard stat(path, &st) == 0 else { throw fail("cannot stat: \(String(cString: strerror(errno)))") }
        // Root passes access(2) checks, so a file with no write bit at all counts as read-only too.
        guard access(path, W_OK) == 0, st.st_mode & 0o222 != 0 else { throw fail("file is read-only") }
        let dir = PathString.deletingLastComponent(path)
        let name = PathString.lastComponent(path)
        var template = Array(((dir.isEmpty ? "." : dir) + "/." + name + ".prompt-lint-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw fail("cannot create a temporary file beside it: \(String(cString: strerror(errno)))") }
        let tempPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(tempPath) }
        }
        do { try FileIO.writeAll(plan.rewritten, to: fd) } catch {
            close(fd)
            throw fail("cannot write: \(error)")
        }
        _ = fchmod(fd, st.st_mode & 0o7777)
        _ = fchown(fd, st.st_uid, st.st_gid)
        guard fsync(fd) == 0 else { close(fd); throw fail("cannot sync: \(String(cString: strerror(errno)))") }
        close(fd)
        // The file must still hold what was read: another writer's change is never overwritten.
        guard let current = FileManager.default.contents(atPath: path), Array(current) == plan.original else {
            throw fail("file changed since it was read")
        }
        guard rename(tempPath, path) == 0 else { throw fail("cannot replace: \(String(cString: strerror(errno)))") }
        committed = true
        let dirFD = open(dir.isEmpty ? "." : dir, O_RDONLY)
        if dirFD >= 0 { _ = fsync(dirFD); close(dirFD) }
    }

    /// A unified diff of the plan, with three lines of context, as `diff -u` prints it.
    public static func unifiedDiff(_ plan: FilePlan, label: String? = nil) -> String {
        guard plan.changed else { return "" }
        let old = LineSplit(plan.original), new = LineSplit(plan.rewritten)
        // Each edit touches old lines [a, b]; the same lines shifted by the edits before it in the new file.
        var hunks: [(oldStart: Int, oldEnd: Int, newStart: Int, newEnd: Int)] = []
        var shift = 0
        for edit in plan.edits {
            let a = old.line(at: edit.range.lowerBound), b = old.line(at: max(edit.range.lowerBound, edit.range.upperBound - 1))
            let newLo = edit.range.lowerBound + shift
            shift += edit.replacement.count - edit.range.count
            let newHi = max(newLo, edit.range.upperBound + shift - 1)
            let na = new.line(at: newLo), nb = new.line(at: newHi)
            let ctx = 3
            let h = (max(0, a - ctx), min(old.count - 1, b + ctx), max(0, na - ctx), min(new.count - 1, nb + ctx))
            if let last = hunks.last, h.0 <= last.oldEnd + 1 {
                hunks[hunks.count - 1] = (last.oldStart, max(last.oldEnd, h.1), last.newStart, max(last.newEnd, h.3))
            } else {
                hunks.append(h)
            }
        }
        let name = label ?? plan.path
        var out = "--- \(name)\n+++ \(name)\n"
        for h in hunks {
            let oldLines = (h.oldStart ... h.oldEnd).map(old.text)
            let newLines = (h.newStart ... h.newEnd).map(new.text)
            // Common leading and trailing lines are context; the middle is removed and added.
            var head = 0
            while head < oldLines.count, head < newLines.count, oldLines[head] == newLines[head] { head += 1 }
            var tail = 0
            while tail < oldLines.count - head, tail < newLines.count - head, oldLines[oldLines.count - 1 - tail] == newLines[newLines.count - 1 - tail] { tail += 1 }
            out += "@@ -\(h.oldStart + 1),\(oldLines.count) +\(h.newStart + 1),\(newLines.count) @@\n"
            for l in oldLines[..<head] { out += " \(l)\n" }
            for l in oldLines[head ..< (oldLines.count - tail)] { out += "-\(l)\n" }
            for l in newLines[head ..< (newLines.count - tail)] { out += "+\(l)\n" }
            for l in oldLines[(oldLines.count - tail)...] { out += " \(l)\n" }
        }
        return out
    }
}

/// Lines of a byte buffer, for diffs.
struct LineSplit {
    let bytes: [UInt8]
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var s = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A && i + 1 < bytes.count { s.append(i + 1) }
        starts = s
    }

    var count: Int { starts.count }

    func line(at offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    func text(_ i: Int) -> String {
        let end = i + 1 < starts.count ? starts[i + 1] : bytes.count
        var slice = bytes[starts[i] ..< end]
        if slice.last == 0x0A { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
