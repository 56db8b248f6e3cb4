/// An immutable, compiled collection of rules with its keyword prefilter; share one per process.
public struct RuleSet: Sendable {
    /// Every rule, in load order.
    public let rules: [Rule]
    /// The folder applied to text before matching.
    public let folder: ScriptFolder
    let prefilter: Prefilter
    /// Indices of `match` and `mitigate` rules without keywords: they run on every text.
    let unfiltered: [Int]
    /// Indices of `combine` rules.
    let combiners: [Int]
    /// Each rule's tags as a bit set (bit i = the i-th distinct tag), when there are at most 64 tags.
    let tagMasks: [UInt64]?
    /// Each rule's required tags as a bit set (for `combine` rules).
    let requireMasks: [UInt64]

    /// A rule file's text and where it came from, for ``RuleSet/load(_:folder:)``.
    public struct Source: Sendable {
        /// The file name shown in errors.
        public var file: String
        /// The pack the file belongs to.
        public var pack: String
        /// The file's contents.
        public var text: String

        /// Creates a source.
        public init(file: String, pack: String, text: String) {
            self.file = file
            self.pack = pack
            self.text = text
        }
    }

    /// The built-in packs compiled into the binary, or the first error in them.
    public static let builtinResult: Result<RuleSet, RuleFileError> = {
        do throws(RuleFileError) {
            return .success(try load(builtinSources, folder: .builtin, deferCompilation: true))
        } catch {
            return .failure(error)
        }
    }()

    /// The built-in packs; a defect in them is a build error caught by the test suite.
    public static func builtin() throws(RuleFileError) -> RuleSet { try builtinResult.get() }

    /// The embedded rule files, as sources named `Rules/<path>`.
    public static var builtinSources: [Source] {
        EmbeddedRules.files.filter { $0.path.hasSuffix(".rules") }.map {
            Source(file: "Rules/" + $0.path, pack: packName(forPath: $0.path), text: $0.text)
        }
    }

    /// The pack a rule file belongs to: its folder under the rules root, or its file stem.
    public static func packName(forPath path: String) -> String {
        let parts = path.split(separator: "/")
        if parts.count > 1 { return String(parts[0]) }
        let name = parts.last.map(String.init) ?? path
        return name.hasSuffix(".rules") ? String(name.dropLast(6)) : name
    }

    /// Parses and compiles `sources` into a rule set.
    ///
    /// - Throws: ``RuleFileError`` for a malformed file, an invalid pattern, a duplicate id or a
    ///   `combine` rule requiring a tag no rule carries.
    public static func load(_ sources: [Source], folder: ScriptFolder = .builtin, deferCompilation: Bool = false) throws(RuleFileError) -> RuleSet {
        let parser = RuleParser(folder: folder, deferCompilation: deferCompilation)
        var rules: [Rule] = []
        for source in sources { rules += try parser.parse(source.text, file: source.file, pack: source.pack) }
        return try RuleSet(rules: rules, folder: folder)
    }

    /// Builds a rule set from compiled rules.
    ///
    /// - Throws: ``RuleFileError`` for duplicate ids or unknown required tags.
    public init(rules: [Rule], folder: ScriptFolder = .builtin) throws(RuleFileError) {
        var seen: [String: SourceLocation] = [:]
        for rule in rules {
            if let first = seen[rule.id] {
                throw RuleFileError(location: rule.location, message: "duplicate rule id '\(rule.id)' (first defined at \(first))")
            }
            seen[rule.id] = rule.location
        }
        let knownTags = Set(rules.flatMap(\.tags))
        for rule in rules where rule.kind == .combine {
            for tag in rule.requires where !knownTags.contains(tag) {
                throw RuleFileError(location: rule.location, message: "rule '\(rule.id)' requires tag '\(tag)' that no rule has")
            }
        }
        self.rules = rules
        self.folder = folder
        var keywords: [(keyword: [UInt8], owner: Int)] = []
        var unfiltered: [Int] = []
        var combiners: [Int] = []
        for (index, rule) in rules.enumerated() {
            switch rule.kind {
            case .combine: combiners.append(index)
            case .match, .mitigate:
                if rule.keywords.isEmpty { unfiltered.append(index) }
                for k in rule.keywords { keywords.append((Array(k.utf8), index)) }
            }
        }
        let allTags = Array(Set(rules.flatMap(\.tags)).union(rules.flatMap(\.requires))).sorted()
        if allTags.count <= 64 {
            var bit: [String: UInt64] = [:]
            for (i, t) in allTags.enumerated() { bit[t] = 1 << UInt64(i) }
            self.tagMasks = rules.map { $0.tags.reduce(0) { $0 | bit[$1]! } }
            self.requireMasks = rules.map { $0.requires.reduce(0) { $0 | bit[$1]! } }
        } else {
            self.tagMasks = nil
            self.requireMasks = []
        }
        self.prefilter = Prefilter(keywords: keywords)
        self.unfiltered = unfiltered
        self.combiners = combiners
    }

    /// This set with `overrides` added; a rule with an existing id replaces it in place.
    ///
    /// - Throws: ``RuleFileError`` if the result is inconsistent (see ``init(rules:folder:)``).
    public func merging(_ overrides: [Rule]) throws(RuleFileError) -> RuleSet {
        var byID: [String: Int] = [:]
        for (i, r) in rules.enumerated() { byID[r.id] = i }
        var merged = rules
        var seenOverride: Set<String> = []
        for rule in overrides {
            if seenOverride.contains(rule.id) {
                throw RuleFileError(location: rule.location, message: "duplicate rule id '\(rule.id)'")
            }
            seenOverride.insert(rule.id)
            if let i = byID[rule.id] { merged[i] = rule } else { merged.append(rule) }
        }
        return try RuleSet(rules: merged, folder: folder)
    }

    /// This set without the rules `isExcluded` picks.
    public func filtered(_ isExcluded: (Rule) -> Bool) -> RuleSet {
        // Removing rules cannot create duplicates; it can orphan a combine rule's tags, which is then dropped too.
        var kept = rules.filter { !isExcluded($0) }
        let tags = Set(kept.flatMap(\.tags))
        kept.removeAll { $0.kind == .combine && !$0.requires.allSatisfy(tags.contains) }
        return (try? RuleSet(rules: kept, folder: folder)) ?? self
    }

    /// The rule with `id`, if any.
    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
