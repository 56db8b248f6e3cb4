import PCRE2Kit
import Dispatch
import Synchronization

/// An immutable, compiled collection of rules with its keyword prefilter; share one per process.
public struct RuleSet: Sendable {
    /// Every rule, in load order.
    public let rules: [Rule]
    /// The folder applied to text before matching.
    public let folder: ScriptFolder
    /// The keyword prefilters (usually one; `merging` adds one for the new rules' keywords instead of rebuilding).
    /// Their owner ids are `rule × ownerStride + slot`: ``keywordOwner(rule:group:)`` for a keyword group,
    /// ``literalOwner(rule:pattern:group:)`` for a group of a pattern's required literals.
    let keywordIndexes: [KeywordIndex]
    /// prompt-lint's own declaration sentences folded with ``folder``: masked from match rules.
    let declarations: DeclarationMask
    /// Indices of `match` and `mitigate` rules without keywords: they run on every text.
    let unfiltered: [Int]
    /// Indices of `combine` rules.
    let combiners: [Int]
    /// Each rule's tags as a bit set (bit i = the i-th distinct tag), when there are at most 64 tags.
    let tagMasks: [UInt64]?
    /// Each rule's required tags as a bit set (for `combine` rules).
    let requireMasks: [UInt64]
    /// Each rule's required tags' bits, in the order of ``Rule/requires`` (for `combine` rules; with ``tagMasks``).
    let requireBits: [[UInt64]]
    /// What matching reads about each rule, in flat arrays.
    let tables: RuleTables

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
    ///
    /// They come from the snapshot parsed ahead of time (``RuleSnapshot``) when it was made from the embedded files,
    /// and are parsed from those files otherwise.
    public static let builtinResult: Result<RuleSet, RuleFileError> = {
        do throws(RuleFileError) { return .success(try loadBuiltin()) } catch { return .failure(error) }
    }()

    /// Loads the built-in packs, from the snapshot when it is current (uncached: ``builtin()`` is the cached copy).
    package static func loadBuiltin() throws(RuleFileError) -> RuleSet {
        guard RuleSnapshot.isCurrent else { return try parsedBuiltin() }
        // The rules and their prefilter were written together from the same files, so the prefilter needs no
        // fingerprint check of its own; the two are decoded at once, on two cores.
        let decoded = Mutex<(rules: [Rule]?, prefilter: Prefilter?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let rules = RuleSnapshot.builtinRules()
                decoded.withLock { $0.rules = rules }
            } else {
                let prefilter = PrefilterSnapshot.embedded()
                decoded.withLock { $0.prefilter = prefilter }
            }
        }
        let (rules, prefilter) = decoded.withLock { $0 }
        guard let rules else { return try parsedBuiltin() }
        try validate(rules)
        // An owner id names a rule and a keyword group, so every id the prefilter reports must name a rule here.
        guard let prefilter, prefilter.ownerBound <= rules.count * ownerStride else {
            return RuleSet(validated: rules, folder: .builtin, keywordIndexes: nil)
        }
        return RuleSet(validated: rules, folder: .builtin, keywordIndexes: [KeywordIndex(prefilter: prefilter, owners: nil)])
    }

    /// The built-in packs parsed from the embedded rule files (what the snapshot is made from).
    static func parsedBuiltin() throws(RuleFileError) -> RuleSet {
        try load(builtinSources, folder: .builtin, deferCompilation: true)
    }

    /// The fingerprint of the embedded files, for `EmbedRules`.
    package static func embeddedFingerprint(_ files: [(path: String, text: String)]) -> UInt64 {
        RuleSnapshot.fingerprint(files)
    }

    /// The snapshot of the rules parsed from the embedded files, recording their fingerprint, for
    /// `EmbedRules --snapshot`.
    package static func builtinSnapshot() throws(RuleFileError) -> [UInt8] {
        RuleSnapshot.encode(try parsedBuiltin().rules, fingerprint: RuleSnapshot.fingerprint(EmbeddedRules.files))
    }

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
        // Files parse independently, so they are parsed on every core (loading is most of a short run's start-up);
        // the rules keep the sources' order and the first error in that order is the one reported.
        let parsed = Mutex([Result<[Rule], RuleFileError>?](repeating: nil, count: sources.count))
        DispatchQueue.concurrentPerform(iterations: sources.count) { i in
            let result: Result<[Rule], RuleFileError>
            do throws(RuleFileError) {
                result = .success(try parser.parse(sources[i].text, file: sources[i].file, pack: sources[i].pack))
            } catch {
                result = .failure(error)
            }
            parsed.withLock { $0[i] = result }
        }
        var rules: [Rule] = []
        for result in parsed.withLock({ $0 }) { rules += try result!.get() }
        return try RuleSet(rules: rules, folder: folder)
    }

    /// Builds a rule set from compiled rules.
    ///
    /// - Throws: ``RuleFileError`` for duplicate ids or unknown required tags.
    public init(rules: [Rule], folder: ScriptFolder = .builtin) throws(RuleFileError) {
        try Self.validate(rules)
        self.init(validated: rules, folder: folder, keywordIndexes: nil)
    }

    /// Throws for duplicate ids or required tags no rule carries.
    static func validate(_ rules: [Rule]) throws(RuleFileError) {
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
    }

    /// A set over checked rules, with the keyword prefilters given (their owners are rule indices) or built.
    init(validated rules: [Rule], folder: ScriptFolder, keywordIndexes: [KeywordIndex]?) {
        self.rules = rules
        self.folder = folder
        self.declarations = DeclarationMask(sentences: Declarations.folded(with: folder))
        var unfiltered: [Int] = []
        var combiners: [Int] = []
        for (index, rule) in rules.enumerated() {
            switch rule.kind {
            case .combine: combiners.append(index)
            case .match, .mitigate: if rule.keywordGroups.isEmpty { unfiltered.append(index) }
            }
        }
        let allTags = Array(Set(rules.flatMap(\.tags)).union(rules.flatMap(\.requires))).sorted()
        if allTags.count <= 64 {
            var bit: [String: UInt64] = [:]
            for (i, t) in allTags.enumerated() { bit[t] = 1 << UInt64(i) }
            self.tagMasks = rules.map { $0.tags.reduce(0) { $0 | bit[$1]! } }
            self.requireMasks = rules.map { $0.requires.reduce(0) { $0 | bit[$1]! } }
            self.requireBits = rules.map { $0.requires.map { bit[$0]! } }
        } else {
            self.tagMasks = nil
            self.requireMasks = []
            self.requireBits = []
        }
        // The built-in rules' prefilter was built when they were embedded; any other keyword list builds its own.
        self.keywordIndexes = keywordIndexes ?? {
            let keywords = Self.keywordList(rules)
            return [KeywordIndex(prefilter: PrefilterSnapshot.prefilter(for: keywords) ?? Prefilter(keywords: keywords), owners: nil)]
        }()
        self.unfiltered = unfiltered
        self.combiners = combiners
        self.tables = RuleTables(rules)
    }

    /// This set with `overrides` added; a rule with an existing id replaces it in place.
    ///
    /// - Throws: ``RuleFileError`` if the result is inconsistent (see ``init(rules:folder:)``).
    public func merging(_ overrides: [Rule]) throws(RuleFileError) -> RuleSet {
        var byID: [String: Int] = [:]
        for (i, r) in rules.enumerated() { byID[r.id] = i }
        var merged = rules
        var seenOverride: Set<String> = []
        // Rules whose keywords are new to the prefilters: a replacement with other keywords, or an added rule.
        var rekeyed: [Int] = []
        for rule in overrides {
            if seenOverride.contains(rule.id) {
                throw RuleFileError(location: rule.location, message: "duplicate rule id '\(rule.id)'")
            }
            seenOverride.insert(rule.id)
            if let i = byID[rule.id] {
                if merged[i].keywordGroups != rule.keywordGroups || merged[i].requiredLiterals != rule.requiredLiterals
                    || (merged[i].kind == .combine) != (rule.kind == .combine) { rekeyed.append(i) }
                merged[i] = rule
            } else {
                merged.append(rule)
                rekeyed.append(merged.count - 1)
            }
        }
        try Self.validate(merged)
        // The existing prefilters stay (building one is the costliest part of loading); a rekeyed rule is dropped
        // from them and found by one more prefilter over the new keywords.
        var indexes = keywordIndexes
        if !rekeyed.isEmpty {
            let dropped = Set(rekeyed)
            indexes = indexes.map { $0.remapped { dropped.contains($0) ? nil : $0 } }
            var keywords: [(keyword: [UInt8], owner: Int, boundaries: UInt8)] = []
            for i in rekeyed where merged[i].kind != .combine { keywords += Self.ownedKeywords(merged[i], index: i) }
            if !keywords.isEmpty { indexes.append(KeywordIndex(prefilter: Prefilter(keywords: keywords), owners: nil)) }
        }
        return RuleSet(validated: merged, folder: folder, keywordIndexes: indexes)
    }

    /// This set without the rules `isExcluded` picks.
    public func filtered(_ isExcluded: (Rule) -> Bool) -> RuleSet {
        // Removing rules cannot create duplicates; it can orphan a combine rule's tags, which is then dropped too.
        var keep = rules.map { !isExcluded($0) }
        let tags = Set(rules.indices.filter { keep[$0] }.flatMap { rules[$0].tags })
        for (i, rule) in rules.enumerated() where keep[i] && rule.kind == .combine && !rule.requires.allSatisfy(tags.contains) {
            keep[i] = false
        }
        var newIndex = [Int?](repeating: nil, count: rules.count)
        var kept: [Rule] = []
        for (i, rule) in rules.enumerated() where keep[i] {
            newIndex[i] = kept.count
            kept.append(rule)
        }
        // The prefilters are reused, their owners renumbered (building one is the costliest part of loading).
        return RuleSet(validated: kept, folder: folder, keywordIndexes: keywordIndexes.map { $0.remapped { newIndex[$0] } })
    }

    /// How many prefilter owner ids each rule has: one per keyword group (``Rule/maxKeywordGroups``), then one per
    /// group of required literals of each of its first ``Rule/maxFilteredPatterns`` patterns (two groups each).
    ///
    /// A literal 64 (a test checks that it is the sum above), so that splitting an owner id into rule and slot is a
    /// shift and a mask, not a division by a value loaded at run time (a tenth of the time spent expanding
    /// occurrences went to `div`).
    @inline(__always) static var ownerStride: Int { 1 << ownerShift }
    /// log2 of ``ownerStride``.
    @inline(__always) static var ownerShift: Int { 6 }

    /// The rule an owner id belongs to (a shift: ids are never negative).
    @inline(__always) static func rule(ofOwner id: Int) -> Int { id &>> ownerShift }
    /// The slot of an owner id within its rule: a keyword group, or a literal group (``literalSlot(_:)``).
    @inline(__always) static func slot(ofOwner id: Int) -> Int { id & (ownerStride - 1) }

    /// The prefilter owner id of a rule's keyword group: `rule × ownerStride + group`.
    static func keywordOwner(rule: Int, group: Int) -> Int { rule * ownerStride + group }

    /// The prefilter owner id of a group of a pattern's required literals: after the keyword groups' ids.
    static func literalOwner(rule: Int, pattern: Int, group: Int) -> Int {
        rule * ownerStride + Rule.maxKeywordGroups + 2 * pattern + group
    }

    /// Which pattern's required-literal group an owner slot (`owner % ownerStride`) names; nil for a keyword group.
    static func literalSlot(_ slot: Int) -> (pattern: Int, group: Int)? {
        slot < Rule.maxKeywordGroups ? nil : ((slot - Rule.maxKeywordGroups) / 2, (slot - Rule.maxKeywordGroups) % 2)
    }

    /// A rule's keywords and its patterns' required literals with their owner ids, for building a prefilter.
    /// A literal's word boundaries are kept with it (bit 0: none before, bit 1: none after), for the prefilter to
    /// check; keywords match anywhere.
    static func ownedKeywords(_ rule: Rule, index: Int) -> [(keyword: [UInt8], owner: Int, boundaries: UInt8)] {
        var owned = rule.keywordGroups.enumerated().flatMap { group, keywords in
            keywords.map { (Array($0.utf8), keywordOwner(rule: index, group: group), UInt8(0)) }
        }
        for (pattern, required) in rule.requiredLiterals.prefix(Rule.maxFilteredPatterns).enumerated() {
            for (group, literals) in required.groups.prefix(2).enumerated() {
                for literal in literals.literals {
                    let boundaries: UInt8 = (literal.wordStart ? 1 : 0) | (literal.wordEnd ? 2 : 0)
                    owned.append((Array(literal.bytes), literalOwner(rule: index, pattern: pattern, group: group), boundaries))
                }
            }
        }
        return owned
    }

    /// Appends `(owner, start, end)` for every occurrence in `text` of a keyword or required literal that can lead
    /// to a match there. Owners are ``keywordOwner(rule:group:)`` and ``literalOwner(rule:pattern:group:)``; the
    /// order is each prefilter's scan order, each keyword's owners in turn. Dropped, so they cost nothing later:
    /// - a literal whose owner needs a word boundary where an ASCII word character is (when `checkingBoundaries`;
    ///   the caller turns it off for text whose masking may have put a space next to a literal);
    /// - everything of a rule that cannot match: one without a keyword of each of its keyword groups, or (when
    ///   `gatingOnLiterals`) whose every pattern lacks a literal of one of its required groups;
    /// - a literal of a pattern that lacks a literal of one of its groups (when `gatingOnLiterals`; without it, no
    ///   literal is reported).
    func keywordOccurrences(in text: UnsafeBufferPointer<UInt8>, checkingBoundaries: Bool = true, gatingOnLiterals: Bool = true,
                            into occurrences: inout [(owner: Int32, start: Int32, end: Int32)]) {
        let t = tables
        var keywords: [(keyword: Int32, start: Int32, end: Int32)] = []
        keywords.reserveCapacity(min(text.count / 8, 4096))
        var ends: [Int] = []
        for index in keywordIndexes {
            index.prefilter.scan(text, keywords: &keywords)
            ends.append(keywords.count)
        }
        /// Whether the occurrence `start ..< end` meets the boundaries `entry` asks for.
        @inline(__always) func bounded(_ entry: UInt32, _ start: Int32, _ end: Int32) -> Bool {
            guard checkingBoundaries, entry & (Prefilter.startBoundary | Prefilter.endBoundary) != 0 else { return true }
            if entry & Prefilter.startBoundary != 0, start > 0, RequiredLiteral.isASCIIWord(text[Int(start) - 1]) { return false }
            if entry & Prefilter.endBoundary != 0, Int(end) < text.count, RequiredLiteral.isASCIIWord(text[Int(end)]) { return false }
            return true
        }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, rules.count)) { found in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, rules.count)) { state in
            found.initialize(repeating: 0)
            state.initialize(repeating: 0)  // 0: not yet known; 1: the rule can match; 2: it cannot
            // The slots (keyword groups and literal groups) each rule has an occurrence of.
            var from = 0
            for (i, index) in keywordIndexes.enumerated() {
                for k in keywords[from ..< ends[i]] {
                    for o in index.prefilter.owners(ofKeyword: Int(k.keyword)) {
                        let entry = index.prefilter.ownerEntry(at: o), id = index.owner(ofEntry: entry)
                        guard id >= 0, bounded(entry, k.start, k.end) else { continue }
                        found[Self.rule(ofOwner: id)] |= 1 &<< UInt64(Self.slot(ofOwner: id))
                    }
                }
                from = ends[i]
            }
            /// The bits of the literal groups of `rule`'s pattern `p`, which must all be found for it to match.
            @inline(__always) func patternMask(_ rule: Int, _ p: Int) -> UInt64 {
                let groups = min(2, Int(t.groupCounts[Int(t.patternBase[rule]) + p]))
                return ((1 &<< UInt64(groups)) &- 1) &<< UInt64(Rule.maxKeywordGroups + 2 * p)
            }
            /// Whether `rule` can match, from the slots found.
            func canMatch(_ rule: Int) -> Bool {
                let f = found[rule], keywordMask = UInt64(t.keywordGroupMasks[rule])
                guard f & keywordMask == keywordMask else { return false }
                guard gatingOnLiterals, t.flags[rule] & RuleTables.hasUnfilteredPattern == 0 else { return true }
                for p in 0 ..< Int(t.filteredCounts[rule]) where f & patternMask(rule, p) == patternMask(rule, p) { return true }
                return false
            }
            from = 0
            for (i, index) in keywordIndexes.enumerated() {
                for k in keywords[from ..< ends[i]] {
                    for o in index.prefilter.owners(ofKeyword: Int(k.keyword)) {
                        let entry = index.prefilter.ownerEntry(at: o), id = index.owner(ofEntry: entry)
                        guard id >= 0 else { continue }
                        let rule = Self.rule(ofOwner: id), slot = Self.slot(ofOwner: id)
                        if state[rule] == 0 { state[rule] = canMatch(rule) ? 1 : 2 }
                        guard state[rule] == 1 else { continue }
                        if slot >= Rule.maxKeywordGroups {
                            guard gatingOnLiterals else { continue }
                            let mask = patternMask(rule, (slot - Rule.maxKeywordGroups) / 2)
                            guard found[rule] & mask == mask else { continue }
                        }
                        guard bounded(entry, k.start, k.end) else { continue }
                        occurrences.append((Int32(id), k.start, k.end))
                    }
                }
                from = ends[i]
            }
        }}
    }

    /// The layout of the built-in rules' keyword prefilter (it records its keyword list's fingerprint), for
    /// `EmbedRules --snapshot`.
    ///
    /// Made from the rules parsed afresh, not from the rules snapshot in use: the keyword list includes what the
    /// code works out from each pattern (``Rule/requiredLiterals``), which a change of code alters without a
    /// change of the rule files.
    package static func builtinPrefilter() throws(RuleFileError) -> [UInt8] {
        PrefilterSnapshot.generate(for: keywordList(try parsedBuiltin().rules))
    }

    /// Every keyword of `rules` (combine rules have none) with its owner, in rule order: what one prefilter is built from.
    static func keywordList(_ rules: [Rule]) -> [(keyword: [UInt8], owner: Int, boundaries: UInt8)] {
        var keywords: [(keyword: [UInt8], owner: Int, boundaries: UInt8)] = []
        for (index, rule) in rules.enumerated() where rule.kind != .combine { keywords += ownedKeywords(rule, index: index) }
        return keywords
    }

    /// The rule with `id`, if any.
    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}

/// A keyword prefilter and how its owner ids map to the rule set's owner ids (``RuleSet/keywordOwner(rule:group:)``).
struct KeywordIndex: Sendable {
    /// The prefilter; its owners are the owner ids of the set it was built for.
    let prefilter: Prefilter
    /// Prefilter owner id → current owner id, −1 for a rule no longer in the set; nil when they are the same.
    let owners: [Int32]?

    /// The current owner id of a prefilter owner entry (``Prefilter/ownerEntry(at:)``); −1 for a dropped rule.
    @inline(__always)
    func owner(ofEntry entry: UInt32) -> Int {
        let id = Int(entry & (Prefilter.startBoundary - 1))
        guard let owners else { return id }
        return Int(owners[id])
    }

    /// This index with every owner's rule index passed through `map` (nil drops the rule); groups are kept.
    func remapped(_ map: (Int) -> Int?) -> KeywordIndex {
        let count = owners?.count ?? prefilter.ownerBound
        let stride = RuleSet.ownerStride
        let new = (0 ..< count).map { id -> Int32 in
            let current = owners.map { Int($0[id]) } ?? id
            guard current >= 0, let rule = map(current / stride) else { return -1 }
            return Int32(rule * stride + current % stride)
        }
        return KeywordIndex(prefilter: prefilter, owners: new)
    }
}
