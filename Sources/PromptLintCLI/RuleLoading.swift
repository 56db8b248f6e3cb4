import Foundation
public import PromptLintCore

/// Loads the built-in packs plus the packs in `--rules` folders, turning every problem into a message with file:line:col.
public enum RuleLoader {
    /// The rule sources in `dir`: `*.rules` files, pack named by top folder or file stem.
    public static func sources(in dir: String) throws(RuleFileError) -> [RuleSet.Source] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir) else {
            throw RuleFileError(location: SourceLocation(file: dir, line: 1, column: 1), message: "no such rules directory")
        }
        if !isDir.boolValue {
            return [try source(path: dir, relative: URL(fileURLWithPath: dir).lastPathComponent)]
        }
        guard let walker = fm.enumerator(atPath: dir) else { return [] }
        var relatives: [String] = []
        while let r = walker.nextObject() as? String { if r.hasSuffix(".rules") { relatives.append(r) } }
        var result: [RuleSet.Source] = []
        for r in relatives.sorted() {
            result.append(try source(path: (dir as NSString).appendingPathComponent(r), relative: r))
        }
        return result
    }

    /// The `*.table` files in `dir` (a folder; none for a single rule file), as path and text.
    static func tables(in dir: String) throws(RuleFileError) -> [(String, String)] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue,
              let walker = FileManager.default.enumerator(atPath: dir) else { return [] }
        var result: [(String, String)] = []
        var relatives: [String] = []
        while let r = walker.nextObject() as? String { if r.hasSuffix(".table") { relatives.append(r) } }
        for r in relatives.sorted() {
            let s = try source(path: (dir as NSString).appendingPathComponent(r), relative: r)
            result.append((s.file, s.text))
        }
        return result
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
            FileHandle.standardError.write(Data("\(warning.location): warning: \(warning.message)\n".utf8))
        }
        return try builtin.merging(extra)
    }
}
