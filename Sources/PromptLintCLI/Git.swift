#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The few questions prompt-lint asks git, each one `git` process started with `posix_spawn`.
struct Git: Sendable {
    /// The folder git runs in.
    let directory: String

    /// What one git command printed and returned.
    struct Output {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    /// Runs `git ARGS` in `directory`; nil when git cannot be started or `directory` is not a folder.
    func run(_ arguments: [String]) -> Output? {
        // `git -C` runs git as if started in the folder (posix_spawn has no portable way to set the child's); a
        // missing folder is "cannot start", as it was for a child process given that working folder.
        guard FileIO.isDirectory(directory) == true else { return nil }
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["LC_ALL"] = "C"
        guard let r = Subprocess.run("/usr/bin/env", ["/usr/bin/env", "git", "-C", directory] + arguments, environment: environment) else { return nil }
        return Output(status: r.status, stdout: r.stdout, stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    /// The work tree's top folder, or nil outside a git work tree.
    func topLevel() -> String? {
        guard let r = run(["rev-parse", "--show-toplevel"]), r.status == 0 else { return nil }
        let path = String(decoding: r.stdout, as: UTF8.self).trimming(.whitespaceAndNewlines)
        return path.isEmpty ? nil : absolutePath(path)
    }

    /// The absolute paths of files and folders under `directory` that `.gitignore` (and `.git/info/exclude`, the
    /// global excludes file) ignores and git does not track; empty outside a git work tree.
    func ignoredPaths() -> Set<String> {
        guard let r = run(["ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z"]), r.status == 0 else { return [] }
        let base = absolutePath(directory)
        var result = Set<String>()
        for raw in r.stdout.split(separator: 0) {
            var rel = String(decoding: raw, as: UTF8.self)
            while rel.hasSuffix("/") { rel.removeLast() }
            if rel.isEmpty || rel == "." { continue }
            result.insert(absolutePath(base + "/" + rel))
        }
        return result
    }

    /// A git problem a user can fix, such as an unknown ref.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The lines added or changed in each file, by absolute path: against `ref` (from its merge base with `HEAD`,
    /// including uncommitted changes), or the staged changes when `ref` is nil.
    func changedLines(against ref: String?) throws(Failure) -> [String: Set<Int>] {
        guard let top = topLevel() else { throw Failure(description: "--changed needs a git work tree; \(directory) is not in one") }
        var arguments = ["-c", "core.quotePath=off", "diff", "--no-color", "--no-ext-diff", "--unified=0", "--diff-filter=ACMR", "--find-renames"]
        if let ref {
            guard let mb = run(["merge-base", ref, "HEAD"]), mb.status == 0 else {
                throw Failure(description: "--changed: cannot find the merge base of '\(ref)' and HEAD: is '\(ref)' a branch, tag or commit here? (in CI, fetch it first: git fetch origin \(ref))")
            }
            arguments.append(String(decoding: mb.stdout, as: UTF8.self).trimming(.whitespaceAndNewlines))
        } else {
            arguments.append("--cached")
        }
        arguments.append("--")
        guard let diff = run(arguments) else { throw Failure(description: "--changed: cannot run git") }
        guard diff.status == 0 else { throw Failure(description: "--changed: git diff failed: \(diff.stderr.trimming(.whitespaceAndNewlines))") }
        var result: [String: Set<Int>] = [:]
        for (path, lines) in Self.parseUnifiedDiff(String(decoding: diff.stdout, as: UTF8.self)) {
            result[absolutePath(top + "/" + path), default: []].formUnion(lines)
        }
        return result
    }

    /// The new-side lines of each file in a `--unified=0` diff, by the path after `+++ b/`.
    static func parseUnifiedDiff(_ text: String) -> [(path: String, lines: Set<Int>)] {
        var result: [(path: String, lines: Set<Int>)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                var name = String(line.dropFirst(4))
                if name.hasPrefix("\"") { name = unquote(name) }
                if name == "/dev/null" { continue }
                if name.hasPrefix("b/") { name.removeFirst(2) }
                result.append((name, []))
            } else if line.hasPrefix("@@ "), !result.isEmpty {
                // @@ -a,b +c,d @@
                guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
                let numbers = plus.dropFirst().split(separator: ",")
                guard let start = numbers.first.flatMap({ Int($0) }) else { continue }
                let count = numbers.count > 1 ? Int(numbers[1]) ?? 1 : 1
                if count > 0 { result[result.count - 1].lines.formUnion(start ..< start + count) }
            }
        }
        return result
    }

    /// A C-quoted path as git prints it: `"a\tb"` → `a<TAB>b`; octal escapes are UTF-8 bytes.
    static func unquote(_ quoted: String) -> String {
        var bytes: [UInt8] = []
        let s = Array(quoted.utf8.dropFirst().dropLast(quoted.hasSuffix("\"") ? 1 : 0))
        var i = 0
        while i < s.count {
            guard s[i] == 0x5C, i + 1 < s.count else { bytes.append(s[i]); i += 1; continue }
            let c = s[i + 1]
            switch c {
            case 0x6E: bytes.append(0x0A); i += 2
            case 0x74: bytes.append(0x09); i += 2
            case 0x72: bytes.append(0x0D); i += 2
            case 0x30 ... 0x37 where i + 3 < s.count:
                let high = (Int(c) - 48) * 64
                let middle = (Int(s[i + 2]) - 48) * 8
                let low = Int(s[i + 3]) - 48
                bytes.append(UInt8(truncatingIfNeeded: high + middle + low))
                i += 4
            default: bytes.append(c); i += 2
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
