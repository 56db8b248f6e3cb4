import PCRE2Kit

/// The built-in rules parsed ahead of time: `scripts/embed-rules` writes them, already folded and checked, into
/// `Sources/PromptLintData/rules.snapshot`, compiled into the binary, so a process reads them back instead of
/// parsing the rule files at every start-up.
///
/// A snapshot is used only for the exact embedded files it was made from: it records their fingerprint (the 8
/// bytes after the magic), and
/// `EmbeddedRules.fingerprint` is that of the files compiled into the binary (a test checks that it is theirs).
/// Anything else (extra variant tables, `--rules` folders) is parsed as usual.
enum RuleSnapshot {
    /// The bytes that begin a rule snapshot (and name its format).
    static let magic: [UInt8] = Array("prompt-lint rules 4\n".utf8)

    /// A 64-bit FNV-1a hash of embedded files (paths and texts, in order): the freshness key of a snapshot.
    package static func fingerprint(_ files: [(path: String, text: String)]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for (path, text) in files {
            for b in path.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            h = (h ^ 0xFF) &* 0x0000_0100_0000_01B3
            for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            h = (h ^ 0xFE) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The fingerprint a snapshot records, or nil when `bytes` do not begin like one.
    static func recordedFingerprint(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        guard bytes.count >= magic.count + 8, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: magic.count, as: UInt64.self))
    }

    /// Whether the embedded snapshot was made from the embedded files.
    static var isCurrent: Bool {
        recordedFingerprint(EmbeddedData.rulesSnapshot) == EmbeddedRules.fingerprint
    }

    /// The built-in rules from the embedded snapshot, or nil when it is missing, stale or unreadable.
    static func builtinRules() -> [Rule]? {
        guard isCurrent else { return nil }
        // One copy, which the rules' literals then share as slices.
        return decode(Array(EmbeddedData.rulesSnapshot))
    }

    // MARK: - Writing

    /// `rules` as bytes; the rules must have been parsed with deferred compilation (their patterns keep the folded
    /// source) and without warnings.
    static func encode(_ rules: [Rule], fingerprint: UInt64) -> [UInt8] {
        var w = Writer()
        w.out = magic
        withUnsafeBytes(of: fingerprint.littleEndian) { w.out.append(contentsOf: $0) }
        // File names are written once, in a table; locations refer to them by index.
        var files: [String] = []
        var fileIndex: [String: Int] = [:]
        func file(_ name: String) -> Int {
            if let i = fileIndex[name] { return i }
            fileIndex[name] = files.count
            files.append(name)
            return files.count - 1
        }
        for rule in rules {
            _ = file(rule.location.file)
            for e in rule.examples + rule.counterExamples { _ = file(e.location.file) }
            for f in rule.fixes { _ = file(f.location.file) }
            for warning in rule.warnings { _ = file(warning.location.file) }
        }
        w.strings(files)
        func location(_ l: SourceLocation) { w.int(fileIndex[l.file]!); w.int(l.line); w.int(l.column) }
        func pattern(_ p: Pattern) { w.string(p.source); w.int(Int(p.options.rawValue)) }
        func conditions(_ cs: [Condition]) {
            w.int(cs.count)
            for c in cs { pattern(c.pattern); w.optionalInt(c.window) }
        }
        func examples(_ es: [RuleExample]) {
            w.int(es.count)
            for e in es {
                w.string(e.text)
                if let span = e.expectedSpan { w.int(1); w.int(span.lowerBound); w.int(span.upperBound) } else { w.int(0) }
                location(e.location)
            }
        }
        w.int(rules.count)
        for r in rules {
            w.string(r.id); w.string(r.pack)
            w.string(r.kind.rawValue); w.string(r.category.rawValue); w.string(r.severity.rawValue)
            w.double(r.weight); w.string(r.message)
            w.int(r.patterns.count)
            for p in r.patterns { pattern(p) }
            // The keywords are the groups' keywords (read back as such, so each string is decoded once).
            precondition(r.keywords == r.keywordGroups.flatMap { $0 }, "a rule's keywords are its groups' keywords")
            w.int(r.keywordGroups.count)
            for g in r.keywordGroups { w.strings(g) }
            conditions(r.near); conditions(r.unless)
            w.optionalString(r.rewrite)
            w.int(r.harmful ? 1 : 0); w.int(r.declares ? 1 : 0)
            w.strings(r.tags.sorted()); w.strings(r.requires); w.optionalInt(r.within)
            w.strings(r.appliesTo.map(\.rawValue).sorted()); w.int(r.appliesToHarmful ? 1 : 0)
            w.strings(r.roles.map(\.rawValue).sorted())
            examples(r.examples); examples(r.counterExamples)
            w.int(r.fixes.count)
            for f in r.fixes { w.string(f.before); w.string(f.after); location(f.location) }
            location(r.location)
            w.int(r.warnings.count)
            for warning in r.warnings { location(warning.location); w.string(warning.message) }
            // Each pattern's required literals, worked out once here rather than at every start-up.
            for required in r.requiredLiterals {
                w.int(required.groups.count)
                for group in required.groups {
                    w.optionalInt(group.maxOffset)
                    w.int(group.spaceRuns)
                    w.int(group.otherRuns)
                    w.int(group.literals.count)
                    for literal in group.literals {
                        w.int(literal.bytes.count)
                        w.out.append(contentsOf: literal.bytes)
                        w.int((literal.wordStart ? 1 : 0) | (literal.wordEnd ? 2 : 0))
                    }
                }
            }
        }
        return w.out
    }

    /// Appends integers (LEB128) and length-prefixed strings.
    struct Writer {
        var out: [UInt8] = []

        mutating func int(_ v: Int) {
            precondition(v >= 0, "snapshot integers are not negative")
            var v = UInt64(v)
            while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            out.append(UInt8(v))
        }
        mutating func optionalInt(_ v: Int?) { if let v { int(1); int(v) } else { int(0) } }
        mutating func double(_ v: Double) { withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) } }
        mutating func string(_ s: String) { int(s.utf8.count); out.append(contentsOf: s.utf8) }
        mutating func optionalString(_ s: String?) { if let s { int(1); string(s) } else { int(0) } }
        mutating func strings(_ a: [String]) { int(a.count); for s in a { string(s) } }
    }

    // MARK: - Reading

    /// The rules `bytes` hold, or nil when they are not a snapshot (wrong format, truncated, a bad value).
    static func decode(_ bytes: [UInt8]) -> [Rule]? {
        bytes.withUnsafeBufferPointer { buffer -> [Rule]? in
            var r = Reader(bytes: buffer, storage: bytes, at: 0)
            guard buffer.count >= magic.count + 8, buffer.starts(with: magic) else { return nil }
            r.at = magic.count + 8
            return try? r.rules()
        }
    }

    /// A malformed snapshot.
    struct Malformed: Error {}

    /// Reads what ``Writer`` wrote; every read is bounds-checked and throws ``Malformed`` past the end.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The array `bytes` points into: literals are slices of it, sharing its storage (one allocation for all).
        let storage: [UInt8]
        var at: Int

        mutating func int() throws(Malformed) -> Int {
            var v: UInt64 = 0, shift: UInt64 = 0
            while true {
                guard at < bytes.count, shift < 63 else { throw Malformed() }
                let b = bytes[at]
                at += 1
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
            }
            guard v <= UInt64(Int.max) else { throw Malformed() }
            return Int(v)
        }
        mutating func count() throws(Malformed) -> Int {
            let n = try int()
            guard n <= bytes.count - at else { throw Malformed() }  // every item takes at least one byte
            return n
        }
        mutating func flag() throws(Malformed) -> Bool {
            switch try int() {
            case 0: return false
            case 1: return true
            default: throw Malformed()
            }
        }
        mutating func optionalInt() throws(Malformed) -> Int? { try flag() ? try int() : nil }
        mutating func double() throws(Malformed) -> Double {
            guard bytes.count - at >= 8 else { throw Malformed() }
            var bits: UInt64 = 0
            for i in 0 ..< 8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
            at += 8
            return Double(bitPattern: bits)
        }
        mutating func string() throws(Malformed) -> String {
            let n = try count()
            defer { at += n }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[at ..< at + n]), as: UTF8.self)
        }
        mutating func optionalString() throws(Malformed) -> String? { try flag() ? try string() : nil }
        mutating func strings() throws(Malformed) -> [String] {
            let n = try count()
            var a: [String] = []
            a.reserveCapacity(n)
            for _ in 0 ..< n { a.append(try string()) }
            return a
        }
        mutating func choice<T: RawRepresentable>(_: T.Type) throws(Malformed) -> T where T.RawValue == String {
            guard let v = T(rawValue: try string()) else { throw Malformed() }
            return v
        }

        mutating func rules() throws(Malformed) -> [Rule] {
            let files = try strings()
            func location(_ r: inout Reader) throws(Malformed) -> SourceLocation {
                let f = try r.int()
                guard f < files.count else { throw Malformed() }
                return SourceLocation(file: files[f], line: try r.int(), column: try r.int())
            }
            func pattern(_ r: inout Reader) throws(Malformed) -> Pattern {
                let source = try r.string()
                let options = try r.int()
                guard options <= Int(UInt32.max) else { throw Malformed() }
                return Pattern(deferring: source, options: PatternOptions(rawValue: UInt32(options)))
            }
            func conditions(_ r: inout Reader) throws(Malformed) -> [Condition] {
                let n = try r.count()
                var cs: [Condition] = []
                for _ in 0 ..< n { cs.append(Condition(pattern: try pattern(&r), window: try r.optionalInt())) }
                return cs
            }
            func exampleList(_ r: inout Reader) throws(Malformed) -> [RuleExample] {
                let n = try r.count()
                var es: [RuleExample] = []
                es.reserveCapacity(n)
                for _ in 0 ..< n {
                    let text = try r.string()
                    var span: Range<Int>?
                    if try r.flag() {
                        let lo = try r.int(), hi = try r.int()
                        guard lo <= hi, hi <= text.utf8.count else { throw Malformed() }
                        span = lo ..< hi
                    }
                    es.append(RuleExample(text: text, expectedSpan: span, location: try location(&r)))
                }
                return es
            }
            let n = try count()
            var rules: [Rule] = []
            rules.reserveCapacity(n)
            for _ in 0 ..< n {
                let id = try string(), pack = try string()
                let kind = try choice(RuleKind.self), category = try choice(RuleCategory.self), severity = try choice(Severity.self)
                let weight = try double(), message = try string()
                var patterns: [Pattern] = []
                for _ in 0 ..< (try count()) { patterns.append(try pattern(&self)) }
                var groups: [[String]] = []
                for _ in 0 ..< (try count()) { groups.append(try strings()) }
                let keywords = groups.flatMap { $0 }
                guard groups.count <= Rule.maxKeywordGroups else { throw Malformed() }
                let near = try conditions(&self), unless = try conditions(&self)
                let rewrite = try optionalString()
                let harmful = try flag(), declares = try flag()
                let tags = Set(try strings()), requires = try strings(), within = try optionalInt()
                var appliesTo: Set<RuleCategory> = []
                for name in try strings() {
                    guard let c = RuleCategory(rawValue: name) else { throw Malformed() }
                    appliesTo.insert(c)
                }
                let appliesToHarmful = try flag()
                var roles: Set<Role> = []
                for name in try strings() {
                    guard let role = Role(rawValue: name) else { throw Malformed() }
                    roles.insert(role)
                }
                let examples = try exampleList(&self), counters = try exampleList(&self)
                var fixes: [RuleFix] = []
                for _ in 0 ..< (try count()) { fixes.append(RuleFix(before: try string(), after: try string(), location: try location(&self))) }
                let ruleLocation = try location(&self)
                var warnings: [RuleFileError] = []
                for _ in 0 ..< (try count()) { warnings.append(RuleFileError(location: try location(&self), message: try string())) }
                var required: [RequiredLiterals] = []
                required.reserveCapacity(patterns.count)
                for _ in patterns.indices {
                    var groups: [LiteralGroup] = []
                    let groupCount = try count()
                    groups.reserveCapacity(groupCount)
                    for _ in 0 ..< groupCount {
                        let maxOffset = try optionalInt()
                        let spaceRuns = try int(), otherRuns = try int()
                        var group: [RequiredLiteral] = []
                        let literalCount = try count()
                        group.reserveCapacity(literalCount)
                        for _ in 0 ..< literalCount {
                            let n = try count()
                            let bytes = storage[at ..< at + n]
                            at += n
                            let flags = try int()
                            guard !bytes.isEmpty, flags < 4 else { throw Malformed() }
                            group.append(RequiredLiteral(bytes: bytes, wordStart: flags & 1 != 0, wordEnd: flags & 2 != 0))
                        }
                        groups.append(LiteralGroup(literals: group, maxOffset: maxOffset, spaceRuns: spaceRuns, otherRuns: otherRuns))
                    }
                    required.append(RequiredLiterals(groups: groups))
                }
                rules.append(Rule(
                    id: id, pack: pack, kind: kind, category: category, severity: severity, weight: weight,
                    message: message, patterns: patterns, keywords: keywords, keywordGroups: groups, near: near, unless: unless,
                    rewrite: rewrite, harmful: harmful, declares: declares, tags: tags, requires: requires, within: within,
                    appliesTo: appliesTo, appliesToHarmful: appliesToHarmful, roles: roles, examples: examples,
                    counterExamples: counters, fixes: fixes, location: ruleLocation, warnings: warnings,
                    requiredLiterals: required))
            }
            guard at == bytes.count else { throw Malformed() }
            return rules
        }
    }
}
