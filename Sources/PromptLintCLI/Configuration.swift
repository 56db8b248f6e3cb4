#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import PromptLintCore

// MARK: - Globs

/// A path glob as in `.gitignore`: `*` and `?` within one path component, `[a-z]` classes, `**` for any
/// number of components. A glob without `/` matches a file or folder name at any depth; one with `/` is
/// matched from the configuration file's folder. A glob matching a folder matches everything inside it.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The glob as written.
    public let pattern: String
    private let segments: [String]
    private let anchored: Bool

    /// Parses `pattern` (leading `/` and `./` anchor it; a trailing `/` is ignored).
    public init(_ pattern: String) {
        self.pattern = pattern
        var p = Substring(pattern)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        anchored = p.contains("/")
        if p.hasPrefix("/") { p = p.dropFirst() }
        segments = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// The glob as written.
    public var description: String { pattern }

    /// Whether the `/`-separated `relativePath` (or one of the folders it is in) matches.
    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !anchored {
            return parts.contains { Self.component(Array((segments.first ?? "").unicodeScalars), Array($0.unicodeScalars)) }
        }
        for k in stride(from: parts.count, through: 1, by: -1) where Self.path(segments[...], parts[..<k]) {
            return true
        }
        return false
    }

    private static func path(_ pattern: ArraySlice<String>, _ parts: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for skip in 0 ... parts.count where path(rest, parts.dropFirst(skip)) { return true }
            return false
        }
        guard let part = parts.first, component(Array(first.unicodeScalars), Array(part.unicodeScalars)) else { return false }
        return path(pattern.dropFirst(), parts.dropFirst())
    }

    /// fnmatch on one component: `*`, `?`, `[…]` / `[!…]` with ranges, `\\` escapes.
    static func component(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> Bool {
        var pi = 0, si = 0, starP = -1, starS = 0
        func single(_ pi: inout Int, _ c: Unicode.Scalar) -> Bool? {
            // Matches one pattern element at `pi` against `c`; advances `pi`. nil when `pi` is a star.
            let t = p[pi]
            switch t {
            case "*": return nil
            case "?": pi += 1; return true
            case "[":
                var k = pi + 1
                var negate = false
                if k < p.count, p[k] == "!" || p[k] == "^" { negate = true; k += 1 }
                var matched = false
                var first = true
                while k < p.count, p[k] != "]" || first {
                    first = false
                    let lo = p[k]
                    if k + 2 < p.count, p[k + 1] == "-", p[k + 2] != "]" {
                        if lo.value <= c.value && c.value <= p[k + 2].value { matched = true }
                        k += 3
                    } else {
                        if lo == c { matched = true }
                        k += 1
                    }
                }
                guard k < p.count else { pi += 1; return c == "[" }  // no closing bracket: a literal '['
                pi = k + 1
                return matched != negate
            case "\\" where pi + 1 < p.count:
                pi += 2
                return p[pi - 1] == c
            default:
                pi += 1
                return t == c
            }
        }
        while si < s.count {
            if pi < p.count {
                var next = pi
                if let ok = single(&next, s[si]) {
                    if ok { pi = next; si += 1; continue }
                } else {
                    starP = pi; starS = si; pi += 1; continue
                }
            }
            guard starP >= 0 else { return false }
            pi = starP + 1
            starS += 1
            si = starS
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}

// MARK: - The configuration file

/// When a prompt makes the run fail: at a risk level, or never.
public enum FailThreshold: String, Sendable, Hashable, CaseIterable {
    /// Every prompt with a finding.
    case low
    /// Prompts at `medium` or `high` (the default).
    case medium
    /// Prompts at `high`.
    case high
    /// No prompt fails the run (exit 0 unless an input cannot be read).
    case never

    /// Whether a prompt with `assessment` fails: `low` means any prompt with a finding.
    public func fails(_ assessment: Assessment) -> Bool {
        switch self {
        case .never: false
        case .low: !assessment.findings.isEmpty || assessment.score > 0
        case .medium: assessment.level >= .medium
        case .high: assessment.level >= .high
        }
    }
}

/// A problem in a `.prompt-lint` or baseline file, at a file, line and column.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// Where.
    public let location: SourceLocation
    /// What is wrong.
    public let message: String

    /// `file:line:col: error: message`.
    public var description: String { "\(location): error: \(message)" }
}

/// Several configuration problems, reported together.
public struct ConfigurationErrors: Error, Sendable, CustomStringConvertible {
    /// Each problem.
    public let errors: [ConfigurationError]

    /// One line per problem.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// One change a block of settings makes to the rules, in file order.
enum RuleChange: Sendable, Hashable {
    case disable(String), enable(String), disablePack(String), enablePack(String)
    case severity(String, Severity), weight(String, Double)
}

/// The settings of one block: the top of the file or one `[path: …]` section.
struct SettingsBlock: Sendable {
    var changes: [RuleChange] = []
    var failOn: FailThreshold?
    var maxScore: Int?
    var mediumThreshold: Int?
    var highThreshold: Int?
}

/// A `[path: GLOB, …]` section: settings for the files its globs match.
struct PathSection: Sendable {
    var globs: [Glob]
    var settings = SettingsBlock()
    var location: SourceLocation
}

/// A `[suppress: GLOB, …]` section: findings of `rules` accepted in the files its globs match.
public struct ConfigSuppression: Sendable {
    /// The files.
    public var globs: [Glob]
    /// Rule ids or id globs.
    public var rules: [String] = []
    /// Why.
    public var reason: String?
    /// The section header.
    public var location: SourceLocation

    /// Whether the section names `ruleID`.
    public func covers(_ ruleID: String) -> Bool { rules.contains { IDPattern.matches($0, ruleID) } }
}

/// A parsed `.prompt-lint` file: plain `key: value` lines, `#` comments and `[section]` headers.
public struct Configuration: Sendable {
    /// The file name looked for in every folder above a linted file.
    public static let fileName = ".prompt-lint"

    /// The file's path.
    public let path: String
    /// The absolute, standardized folder the file is in; globs are relative to it.
    public let directory: String
    var global = SettingsBlock()
    /// Files to lint (all prompt files when empty).
    public var include: [Glob] = []
    /// Files never to lint.
    public var exclude: [Glob] = []
    var sections: [PathSection] = []
    /// The `[suppress: …]` sections.
    public var suppressions: [ConfigSuppression] = []

    /// The path of `file` relative to this configuration's folder, or nil when it is outside.
    public func relativePath(of file: String) -> String? {
        let absolute = absolutePath(file)
        if absolute == directory { return "" }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : nil
    }

    /// Whether `file` is linted under `include` and `exclude`.
    public func admits(_ file: String) -> Bool {
        guard let rel = relativePath(of: file) else { return true }
        if exclude.contains(where: { $0.matches(rel) }) { return false }
        return include.isEmpty || include.contains { $0.matches(rel) }
    }

    /// Parses configuration text, checking rule ids and pack names against `rules`.
    ///
    /// - Throws: ``ConfigurationErrors`` listing every problem with its line and column.
    public static func parse(_ text: String, path: String, rules: RuleSet) throws(ConfigurationErrors) -> Configuration {
        var config = Configuration(path: path, directory: PathString.deletingLastComponent(absolutePath(path)))
        var errors: [ConfigurationError] = []
        let ids = rules.rules.map(\.id)
        let packs = Set(rules.rules.map(\.pack))
        enum Block { case top, path(Int), suppress(Int) }
        var block = Block.top
        var seen: [String: Int] = [:]  // scalar keys already set in this block → line

        func fail(_ line: Int, _ column: Int, _ message: String) {
            errors.append(ConfigurationError(location: SourceLocation(file: path, line: line, column: column), message: message))
        }
        func suggestion(_ word: String, in candidates: [String]) -> String {
            let close = closestWords(to: word, in: candidates)
            return close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)"
        }

        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            // A comment starts with '#' first on a line or after a space.
            if let hash = line.indices.first(where: { line[$0] == "#" && ($0 == line.startIndex || line[line.index(before: $0)].isWhitespace) }) {
                line = line[..<hash]
            }
            let content = line.trimmingSpaces()
            if content.isEmpty { continue }
            let column = line.distance(from: line.startIndex, to: content.startIndex) + 1
            let location = SourceLocation(file: path, line: lineNumber, column: column)

            if content.hasPrefix("[") {
                guard content.hasSuffix("]") else { fail(lineNumber, column, "section header without ']'"); continue }
                let inner = content.dropFirst().dropLast()
                guard let colon = inner.firstIndex(of: ":") else {
                    fail(lineNumber, column, "unknown section '\(content)'; expected [path: GLOB, …] or [suppress: GLOB, …]")
                    continue
                }
                let kind = inner[..<colon].trimmingSpaces()
                let globs = inner[inner.index(after: colon)...].split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.map { Glob(String($0)) }
                if globs.isEmpty { fail(lineNumber, column, "section '[\(kind): …]' needs at least one glob") }
                seen = [:]
                switch kind {
                case "path":
                    config.sections.append(PathSection(globs: globs, location: location))
                    block = .path(config.sections.count - 1)
                case "suppress":
                    config.suppressions.append(ConfigSuppression(globs: globs, location: location))
                    block = .suppress(config.suppressions.count - 1)
                default:
                    fail(lineNumber, column + 1, "unknown section kind '\(kind)'; expected 'path' or 'suppress'")
                    block = .suppress(-1)  // skip its lines without more errors
                }
                continue
            }

            guard let colon = content.firstIndex(of: ":") else {
                fail(lineNumber, column, "expected 'key: value'")
                continue
            }
            let key = String(content[..<colon].trimmingSpaces())
            let valueText = content[content.index(after: colon)...]
            let value = String(valueText.trimmingSpaces())
            let valueColumn = column + content.distance(from: content.startIndex, to: colon) + 1
                + valueText.prefix(while: \.isWhitespace).count
            func list() -> [String] { value.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty } }
            func once() -> Bool {
                if let first = seen[key] {
                    fail(lineNumber, column, "'\(key)' is already set on line \(first)")
                    return false
                }
                seen[key] = lineNumber
                return true
            }
            func int(_ range: ClosedRange<Int>) -> Int? {
                guard let n = Int(value), range.contains(n) else {
                    fail(lineNumber, valueColumn, "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'")
                    return nil
                }
                return n
            }
            func checkRule(_ pattern: String, column: Int? = nil) -> Bool {
                if ids.contains(where: { IDPattern.matches(pattern, $0) }) { return true }
                let at = column ?? (valueColumn + (value.firstRange(of: pattern).map { value.distance(from: value.startIndex, to: $0.lowerBound) } ?? 0))
                fail(lineNumber, at, "no rule matches '\(pattern)'\(suggestion(pattern, in: ids))")
                return false
            }
            if value.isEmpty { fail(lineNumber, valueColumn, "'\(key)' needs a value"); continue }

            if case .suppress(let i) = block {
                guard i >= 0 else { continue }
                switch key {
                case "rules":
                    guard once() else { continue }
                    let names = list()
                    for n in names { _ = checkRule(n) }
                    config.suppressions[i].rules = names
                case "reason":
                    guard once() else { continue }
                    config.suppressions[i].reason = value
                default:
                    fail(lineNumber, column, "unknown key '\(key)' in a [suppress: …] section; expected 'rules' or 'reason'")
                }
                continue
            }

            var settings: SettingsBlock
            switch block {
            case .top: settings = config.global
            case .path(let i): settings = config.sections[i].settings
            case .suppress: continue
            }
            var parameter: String?
            var baseKey = key
            if let open = key.firstIndex(of: "("), key.hasSuffix(")") {
                baseKey = String(key[..<open])
                parameter = String(key[key.index(after: open) ..< key.index(before: key.endIndex)]).trimming(.whitespace)
            }
            switch baseKey {
            case "include", "exclude":
                guard case .top = block else {
                    fail(lineNumber, column, "'\(key)' belongs at the top of the file, before any section")
                    continue
                }
                if key == "include" { config.include += list().map(Glob.init) } else { config.exclude += list().map(Glob.init) }
            case "disable", "enable":
                for name in list() where checkRule(name) {
                    settings.changes.append(key == "disable" ? .disable(name) : .enable(name))
                }
            case "disable-pack", "enable-pack":
                for name in list() {
                    guard packs.contains(name) else {
                        fail(lineNumber, valueColumn, "no rule pack '\(name)'; packs: \(packs.sorted().joined(separator: ", "))")
                        continue
                    }
                    settings.changes.append(key == "disable-pack" ? .disablePack(name) : .enablePack(name))
                }
            case "severity" where parameter != nil:
                guard let id = parameter, checkRule(id, column: column + baseKey.count + 1) else { continue }
                guard let s = Severity(rawValue: value) else {
                    fail(lineNumber, valueColumn, "severity must be info, warning or error, not '\(value)'")
                    continue
                }
                settings.changes.append(.severity(id, s))
            case "weight" where parameter != nil:
                guard let id = parameter, checkRule(id, column: column + baseKey.count + 1) else { continue }
                guard let w = Double(value), (0 ... 1).contains(w) else {
                    fail(lineNumber, valueColumn, "weight must be a number from 0 to 1, not '\(value)'")
                    continue
                }
                settings.changes.append(.weight(id, w))
            case "fail-on":
                guard once() else { continue }
                guard let t = FailThreshold(rawValue: value) else {
                    fail(lineNumber, valueColumn, "fail-on must be low, medium, high or never, not '\(value)'")
                    continue
                }
                settings.failOn = t
            case "max-score":
                guard once() else { continue }
                settings.maxScore = int(0 ... 100)
            case "medium-threshold", "high-threshold":
                guard once() else { continue }
                if key == "medium-threshold" { settings.mediumThreshold = int(1 ... 100) } else { settings.highThreshold = int(1 ... 100) }
                if let m = settings.mediumThreshold, let h = settings.highThreshold, m >= h {
                    fail(lineNumber, valueColumn, "medium-threshold (\(m)) must be below high-threshold (\(h))")
                }
            default:
                let known = ["fail-on", "max-score", "medium-threshold", "high-threshold", "include", "exclude", "disable", "enable",
                             "disable-pack", "enable-pack", "severity(RULE)", "weight(RULE)"]
                fail(lineNumber, column, "unknown key '\(key)'\(suggestion(baseKey, in: known)); known keys: \(known.joined(separator: ", "))")
            }
            switch block {
            case .top: config.global = settings
            case .path(let i): config.sections[i].settings = settings
            case .suppress: break
            }
        }
        for s in config.suppressions where s.rules.isEmpty && !errors.contains(where: { $0.location.line == s.location.line }) {
            errors.append(ConfigurationError(location: s.location, message: "[suppress: …] section needs 'rules: RULE, …'"))
        }
        guard errors.isEmpty else { throw ConfigurationErrors(errors: errors.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }) }
        return config
    }

    /// Reads and parses the file at `path`.
    ///
    /// - Throws: ``ConfigurationErrors`` when it cannot be read or has problems.
    public static func load(path: String, rules: RuleSet) throws(ConfigurationErrors) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationErrors(errors: [ConfigurationError(location: SourceLocation(file: path, line: 1, column: 1), message: "cannot read the configuration file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let bytes = Array(data)
            let (l, c) = LineIndex(bytes).position(of: LintRunner.firstInvalidUTF8(bytes) ?? 0)
            throw ConfigurationErrors(errors: [ConfigurationError(location: SourceLocation(file: path, line: l, column: c), message: "the configuration file is not valid UTF-8")])
        }
        return try parse(text, path: path, rules: rules)
    }
}

/// Up to three of `candidates` within a small edit distance of `word` (for "did you mean" hints), closest first.
func closestWords(to word: String, in candidates: [String]) -> [String] {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0 ... b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
    let w = Array(word)
    let limit = max(1, w.count / 3)
    return candidates.map { ($0, distance(w, Array($0))) }.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}

/// An absolute, standardized path (`..` and `.` resolved, no trailing slash).
func absolutePath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

// MARK: - Settings for one file

/// What the rules and the verdict are for one file, after the configuration and the command line.
public struct FileSettings: Sendable, Hashable {
    /// What a linter is built from: two files with equal keys share one linter.
    public struct LinterKey: Sendable, Hashable {
        /// Rule ids turned off.
        public var disabled: Set<String> = []
        /// New severities by rule id.
        public var severity: [String: Severity] = [:]
        /// New weights by rule id.
        public var weight: [String: Double] = [:]
        /// The lowest score at `medium`.
        public var mediumThreshold = ScoringPolicy.default.mediumThreshold
        /// The lowest score at `high`.
        public var highThreshold = ScoringPolicy.default.highThreshold

        /// The linter for these settings over `rules`.
        public func linter(_ rules: RuleSet) throws(RuleFileError) -> Linter {
            var set = disabled.isEmpty ? rules : rules.filtered { disabled.contains($0.id) }
            let changed = Set(severity.keys).union(weight.keys).compactMap { set.rule(id: $0) }
            if !changed.isEmpty {
                set = try set.merging(changed.map { $0.relevelled(severity: severity[$0.id], weight: weight[$0.id]) })
            }
            let policy = ScoringPolicy(mediumThreshold: mediumThreshold, highThreshold: highThreshold, harmfulFloor: ScoringPolicy.default.harmfulFloor)
            return Linter(rules: set, policy: policy)
        }
    }

    /// The rules and scoring.
    public var linter = LinterKey()
    /// When a prompt fails the run.
    public var failOn = FailThreshold.medium
    /// A prompt scored above this fails the run.
    public var maxScore: Int?

    /// Whether a prompt with `assessment` fails the run.
    public func fails(_ assessment: Assessment) -> Bool {
        failOn.fails(assessment) || maxScore.map { assessment.score > $0 } ?? false
    }

    /// The settings for `file` under `configuration` (nil: none), with `rules` to resolve ids and packs.
    public static func resolve(for file: String, configuration: Configuration?, rules: RuleSet) -> FileSettings {
        var settings = FileSettings()
        guard let configuration else { return settings }
        var blocks = [configuration.global]
        if let rel = configuration.relativePath(of: file) {
            blocks += configuration.sections.filter { $0.globs.contains { $0.matches(rel) } }.map(\.settings)
        }
        for block in blocks {
            for change in block.changes {
                switch change {
                case .disable(let p): settings.linter.disabled.formUnion(rules.rules.map(\.id).filter { IDPattern.matches(p, $0) })
                case .enable(let p): settings.linter.disabled.subtract(rules.rules.map(\.id).filter { IDPattern.matches(p, $0) })
                case .disablePack(let p): settings.linter.disabled.formUnion(rules.rules.filter { $0.pack == p }.map(\.id))
                case .enablePack(let p): settings.linter.disabled.subtract(rules.rules.filter { $0.pack == p }.map(\.id))
                case .severity(let p, let s): for id in rules.rules.map(\.id) where IDPattern.matches(p, id) { settings.linter.severity[id] = s }
                case .weight(let p, let w): for id in rules.rules.map(\.id) where IDPattern.matches(p, id) { settings.linter.weight[id] = w }
                }
            }
            if let v = block.failOn { settings.failOn = v }
            if let v = block.maxScore { settings.maxScore = v }
            if let v = block.mediumThreshold { settings.linter.mediumThreshold = v }
            if let v = block.highThreshold { settings.linter.highThreshold = v }
        }
        return settings
    }
}

/// Finds the `.prompt-lint` file for each linted file by walking up from its folder, reading each file once.
public struct ConfigurationFinder: Sendable {
    /// The rules ids and packs are checked against.
    public let rules: RuleSet
    private var byDirectory: [String: Configuration?] = [:]

    /// Creates a finder.
    public init(rules: RuleSet) { self.rules = rules }

    /// The configuration nearest to `file` (`-` looks from the current folder).
    ///
    /// - Throws: ``ConfigurationErrors`` for a configuration file with problems.
    public mutating func configuration(for file: String) throws(ConfigurationErrors) -> Configuration? {
        let start = file == "-" ? FileManager.default.currentDirectoryPath : PathString.deletingLastComponent(absolutePath(file))
        var visited: [String] = []
        var dir = start
        var found: Configuration?
        while true {
            if let cached = byDirectory[dir] { found = cached; break }
            visited.append(dir)
            let candidate = PathString.appending(Configuration.fileName, to: dir)
            if FileIO.isDirectory(candidate) == false {
                found = try Configuration.load(path: displayPath(candidate), rules: rules)
                break
            }
            let parent = PathString.deletingLastComponent(dir)
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        for v in visited { byDirectory[v] = .some(found) }
        return found
    }
}

/// `path` relative to the current folder when it is inside it, else as given.
func displayPath(_ path: String) -> String {
    let absolute = absolutePath(path)
    let cwd = absolutePath(FileManager.default.currentDirectoryPath)
    let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
    return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
}
