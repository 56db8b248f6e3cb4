#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import PromptLintCore

/// Loads the built-in packs plus the packs in `--rules` folders, turning every problem into a message with file:line:col.
public enum RuleLoader {
    /// The rule sources in `dir`: `*.rules` files, pack named by top folder or file stem.
    public static func sources(in dir: String) throws(RuleFileError) -> [RuleSet.Source] {
        guard let isDirectory = FileIO.isDirectory(dir) else {
            throw RuleFileError(location: SourceLocation(file: dir, line: 1, column: 1), message: "no such rules directory")
        }
        if !isDirectory {
            return [try source(path: dir, relative: URL(fileURLWithPath: dir).lastPathComponent)]
        }
        var result: [RuleSet.Source] = []
        for r in subpaths(of: dir).filter({ $0.hasSuffix(".rules") }).sorted() {
            result.append(try source(path: PathString.appending(r, to: dir), relative: r))
        }
        return result
    }

    /// The `*.table` files in `dir` (a folder; none for a single rule file), as path and text.
    static func tables(in dir: String) throws(RuleFileError) -> [(String, String)] {
        guard FileIO.isDirectory(dir) == true else { return [] }
        var result: [(String, String)] = []
        for r in subpaths(of: dir).filter({ $0.hasSuffix(".table") }).sorted() {
            let s = try source(path: PathString.appending(r, to: dir), relative: r)
            result.append((s.file, s.text))
        }
        return result
    }

    /// Every file and folder under `dir`, as paths relative to it; none when it cannot be read.
    static func subpaths(of dir: String) -> [String] {
        (try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? []
    }

    static func source(path: String, relative: String) throws(RuleFileError) -> RuleSet.Source {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileError(location: SourceLocation(file: path, line: 1, column: 1), message: "cannot read rule file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let bytes = Array(data)
            let bad = LintRunner.firstInvalidUTF8(bytes) ?? 0
            let (l, c) = LineIndex(bytes).position(of: bad)
            throw RuleFileError(location: SourceLocation(file: path, line: l, column: c), message: "rule file is not valid UTF-8")
        }
        return RuleSet.Source(file: path, pack: RuleSet.packName(forPath: relative), text: text)
    }

    /// The built-in rules (unless `includeBuiltin` is false) merged with the rules in `dirs`.
    public static func load(extra dirs: [String], includeBuiltin: Bool = true) throws(RuleFileError) -> RuleSet {
        var builtin = includeBuiltin ? try RuleSet.builtin() : try RuleSet(rules: [])
        guard !dirs.isEmpty else { return builtin }
        // Character tables in the extra folders widen the folding for every rule, built-in ones included.
        var folder = builtin.folder
        var tableAdded = false
        for dir in dirs {
            for (path, text) in try tables(in: dir) {
                folder = try folder.adding(table: text, file: path)
                tableAdded = true
            }
        }
        if tableAdded {
            // The set's folder is what the text is folded with: it must be the widened one.
            builtin = includeBuiltin
                ? try RuleSet.load(RuleSet.builtinSources, folder: folder, deferCompilation: true)
                : try RuleSet(rules: [], folder: folder)
        }
        var extra: [Rule] = []
        let parser = RuleParser(folder: folder)
        for dir in dirs {
            for s in try sources(in: dir) { extra += try parser.parse(s.text, file: s.file, pack: s.pack) }
        }
        for warning in extra.flatMap(\.warnings) {
            printError("\(warning.location): warning: \(warning.message)")
        }
        return try builtin.merging(extra)
    }
}
