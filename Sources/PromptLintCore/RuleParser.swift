import PCRE2Kit

/// An error in a rule file, naming the file, line and column and what is wrong.
public struct RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:col: error: message`, the form editors and terminals link.
    public var description: String { "\(location): error: \(message)" }
}

/// Parses the plain-text rule format documented in `Rules/README.md` into compiled ``Rule`` values.
public struct RuleParser: Sendable {
    /// The folder applied to patterns and keywords so one spelling matches both Chinese scripts.
    public let folder: ScriptFolder

    /// Whether patterns are compiled on first use instead of now: only for rules already known to be valid
    /// (the built-in packs, which the test suite compiles and runs); user rules are compiled at load so a bad
    /// pattern is reported with its file, line and column. Deferred rules also skip the nested-quantifier warning.
    public let deferCompilation: Bool

    /// Creates a parser that folds with `folder`.
    public init(folder: ScriptFolder = .builtin, deferCompilation: Bool = false) {
        self.folder = folder
        self.deferCompilation = deferCompilation
    }

    /// The keys a rule block may use, with whether they may repeat.
    static let keys: [String: Bool] = [
        "kind": false, "category": false, "severity": false, "weight": false, "strength": false,
        "message": false, "pattern": true, "keywords": true, "near": true, "unless": true,
        "case": false, "harmful": false, "declare": false, "rewrite": false, "tags": true,
        "requires": false, "within": false, "applies-to": false, "role": false,
        "example": true, "counter": true, "fix": true,
    ]
    /// Keys allowed before the first rule, as defaults for the file.
    static let defaultKeys: Set<String> = ["category", "severity", "case", "role"]

    /// One `key: value` line.
    struct Field {
        var key: String
        var argument: Int?
        var value: String
        var line: Int
        var keyColumn: Int
        var valueColumn: Int
    }

    /// Parses one rule file.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The file name used in locations and errors.
    ///   - pack: The pack the rules belong to.
    /// - Returns: The rules in file order.
    /// - Throws: ``RuleFileError`` for the first problem found.
    public func parse(_ text: String, file: String, pack: String) throws(RuleFileError) -> [Rule] {
        var defaults: [String: Field] = [:]
        var blocks: [(id: String, location: SourceLocation, fields: [Field])] = []
        var lineNumber = 0
        // The file is read as UTF-8 bytes: every character the syntax gives meaning to is ASCII, and
        // character-level (grapheme) work on a whole file is what made start-up slow.
        let bytes = Array(text.utf8)
        // Line ends found in one tight pass over the buffer (the indexed loop was a tenth of loading the packs).
        let lineEnds: [Int] = bytes.withUnsafeBufferPointer { buffer in
            var ends: [Int] = []
            ends.reserveCapacity(buffer.count / 32)
            for i in 0 ..< buffer.count where buffer[i] == 0x0A { ends.append(i) }
            ends.append(buffer.count)
            return ends
        }
        var ids: [String: Int] = [:]
        var next = 0
        for lineEnd in lineEnds {
            let start = next
            var end = lineEnd
            next = end + 1
            lineNumber += 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            var first = start
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            let indent = first - start
            if first == end || bytes[first] == UInt8(ascii: "#") { continue }
            let loc = SourceLocation(file: file, line: lineNumber, column: indent + 1)
            if bytes[first] == UInt8(ascii: "[") {
                var last = end
                while last > first + 1, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
                guard last > first + 1, bytes[last - 1] == UInt8(ascii: "]") else {
                    throw RuleFileError(location: loc, message: "rule header must end with ']'")
                }
                let id = String(decoding: bytes[(first + 1) ..< (last - 1)], as: UTF8.self)
                guard Self.isValidID(id) else {
                    throw RuleFileError(location: loc.shifted(by: 1), message: "invalid rule id '\(id)': use lower-case letters, digits, '.', '-' and '_', starting with a letter")
                }
                if let previous = ids[id] {
                    throw RuleFileError(location: loc.shifted(by: 1), message: "duplicate rule id '\(id)' (first defined at line \(previous))")
                }
                ids[id] = lineNumber
                blocks.append((id, loc, []))
                continue
            }
            let field = try parseField(bytes[first ..< end], line: lineNumber, indent: indent, file: file)
            if blocks.isEmpty {
                guard Self.defaultKeys.contains(field.key) else {
                    throw RuleFileError(location: loc, message: "'\(field.key)' outside a rule: start a rule with [rule-id] (only \(Self.defaultKeys.sorted().joined(separator: ", ")) may be set as file defaults)")
                }
                defaults[field.key] = field
            } else {
                blocks[blocks.count - 1].fields.append(field)
            }
        }
        var rules: [Rule] = []
        rules.reserveCapacity(blocks.count)
        for block in blocks {
            rules.append(try buildRule(id: block.id, location: block.location, fields: block.fields, defaults: defaults, file: file, pack: pack))
        }
        return rules
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a" ... "z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a" ... "z").contains($0) || ("0" ... "9").contains($0) || $0 == "." || $0 == "-" || $0 == "_" }
    }

    /// The characters (as editors count them) in `bytes`: the byte count when they are ASCII.
    static func columns(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.allSatisfy { $0 < 0x80 } ? bytes.count : String(decoding: bytes, as: UTF8.self).count
    }

    func parseField(_ body: ArraySlice<UInt8>, line: Int, indent: Int, file: String) throws(RuleFileError) -> Field {
        let loc = SourceLocation(file: file, line: line, column: indent + 1)
        guard let colon = body.firstIndex(of: UInt8(ascii: ":")) else {
            throw RuleFileError(location: loc, message: "expected 'key: value' or '[rule-id]'")
        }
        var keyEnd = colon
        while keyEnd > body.startIndex, body[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        let keyPart = body[body.startIndex ..< keyEnd]
        var argument: Int?
        var key = String(decoding: keyPart, as: UTF8.self)
        if let open = keyPart.firstIndex(of: UInt8(ascii: "(")), keyPart.last == UInt8(ascii: ")") {
            key = String(decoding: keyPart[..<open], as: UTF8.self)
            let inner = String(decoding: keyPart[(open + 1) ..< (keyEnd - 1)], as: UTF8.self)
            guard let n = Int(inner), n >= 0, n <= 10_000 else {
                throw RuleFileError(location: loc.shifted(by: Self.columns(keyPart[..<open]) + 1), message: "'\(inner)' is not a word count: write \(key)(N) with N a whole number")
            }
            argument = n
        }
        guard Self.keys[key] != nil else {
            let known = Self.keys.keys.sorted().joined(separator: ", ")
            throw RuleFileError(location: loc, message: "unknown key '\(key)' (known keys: \(known))")
        }
        if argument != nil, key != "near", key != "unless" {
            throw RuleFileError(location: loc, message: "only 'near' and 'unless' take a word window, not '\(key)'")
        }
        var valueStart = colon + 1
        while valueStart < body.endIndex, body[valueStart] == 0x20 || body[valueStart] == 0x09 { valueStart += 1 }
        var valueEnd = body.endIndex
        while valueEnd > valueStart, body[valueEnd - 1] == 0x20 || body[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        let valueColumn = indent + Self.columns(body[body.startIndex ..< colon]) + 1 + (valueStart - colon)
        guard valueEnd > valueStart else {
            throw RuleFileError(location: SourceLocation(file: file, line: line, column: valueColumn), message: "'\(key)' has no value")
        }
        return Field(key: key, argument: argument, value: String(decoding: body[valueStart ..< valueEnd], as: UTF8.self), line: line, keyColumn: indent + 1, valueColumn: valueColumn)
    }

    // MARK: - Building a rule

    func buildRule(id: String, location: SourceLocation, fields: [Field], defaults: [String: Field], file: String, pack: String) throws(RuleFileError) -> Rule {
        func loc(_ f: Field, value: Bool = true) -> SourceLocation {
            SourceLocation(file: file, line: f.line, column: value ? f.valueColumn : f.keyColumn)
        }
        var single: [String: Field] = defaults
        var seenInBlock: Set<String> = []
        for f in fields where Self.keys[f.key] == false {
            if seenInBlock.contains(f.key) {
                throw RuleFileError(location: loc(f, value: false), message: "'\(f.key)' given twice in rule '\(id)'")
            }
            seenInBlock.insert(f.key)
            single[f.key] = f
        }
        func all(_ key: String) -> [Field] { fields.filter { $0.key == key } }
        func missing(_ key: String) -> RuleFileError {
            RuleFileError(location: location, message: "rule '\(id)' needs '\(key):'")
        }
        func choice<T: RawRepresentable>(_ key: String, _ type: T.Type, default value: T) throws(RuleFileError) -> T where T.RawValue == String, T: CaseIterable {
            guard let f = single[key] else { return value }
            guard let v = T(rawValue: f.value) else {
                throw RuleFileError(location: loc(f), message: "'\(f.value)' is not a valid \(key) (use \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return v
        }
        func flag(_ key: String) throws(RuleFileError) -> Bool {
            guard let f = single[key] else { return false }
            switch f.value {
            case "yes", "true": return true
            case "no", "false": return false
            default: throw RuleFileError(location: loc(f), message: "'\(key)' must be yes or no, not '\(f.value)'")
            }
        }
        func number(_ key: String) throws(RuleFileError) -> Double? {
            guard let f = single[key] else { return nil }
            guard let v = Double(f.value), v >= 0, v <= 1 else {
                throw RuleFileError(location: loc(f), message: "'\(key)' must be a number from 0 to 1, not '\(f.value)'")
            }
            return v
        }
        func list(_ f: Field) -> [String] {
            // On the contiguous bytes: the generic split of a UTF-8 view was a tenth of loading the built-in rules.
            var value = f.value
            return value.withUTF8 { bytes in
                var items: [String] = []
                var start = 0
                for end in 0 ... bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ",") {
                    var lo = start, hi = end
                    while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
                    while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
                    if lo < hi { items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo ..< hi]), as: UTF8.self)) }
                    start = end + 1
                }
                return items
            }
        }

        let kind = try choice("kind", RuleKind.self, default: .match)
        let severity = try choice("severity", Severity.self, default: .warning)
        let caseSensitive: Bool
        switch single["case"]?.value {
        case nil, "insensitive": caseSensitive = false
        case "sensitive": caseSensitive = true
        case let other?: throw RuleFileError(location: loc(single["case"]!), message: "'case' must be sensitive or insensitive, not '\(other)'")
        }
        let options: PatternOptions = caseSensitive ? [] : [.caseInsensitive]

        var warnings: [RuleFileError] = []
        func compile(_ f: Field) throws(RuleFileError) -> Pattern {
            // The check runs on rules compiled at load (user rules); the built-in packs, loaded deferred at every
            // start-up, are checked by a test instead.
            for offset in deferCompilation ? [] : PatternCheck.nestedQuantifiers(in: f.value) {
                warnings.append(RuleFileError(
                    location: SourceLocation(file: file, line: f.line, column: f.valueColumn + offset),
                    message: "rule '\(id)': a repeated group that repeats inside can backtrack catastrophically; prefer a bounded or possessive form"))
            }
            let folded = folder.fold(f.value)
            if deferCompilation { return Pattern(deferring: folded, options: options) }
            do {
                return try Pattern(folded, options: options)
            } catch {
                let where_ = SourceLocation(file: file, line: f.line, column: f.valueColumn + error.characterOffset)
                throw RuleFileError(location: where_, message: "invalid pattern: \(error.message)")
            }
        }

        let patterns = try all("pattern").map { (f) throws(RuleFileError) in try compile(f) }
        let near = try all("near").map { (f) throws(RuleFileError) in Condition(pattern: try compile(f), window: f.argument) }
        let unless = try all("unless").map { (f) throws(RuleFileError) in Condition(pattern: try compile(f), window: f.argument) }
        // Each `keywords:` line is one group: any of its keywords must occur, and every group must.
        let keywordLines = all("keywords")
        if keywordLines.count > Rule.maxKeywordGroups {
            throw RuleFileError(location: loc(keywordLines[Rule.maxKeywordGroups], value: false), message: "rule '\(id)' has more than \(Rule.maxKeywordGroups) 'keywords:' lines (each line is a group that must occur)")
        }
        for line in keywordLines where list(line).isEmpty {
            throw RuleFileError(location: loc(line), message: "rule '\(id)': 'keywords:' lists no keyword (a comma-separated list of literals)")
        }
        let keywordGroups = keywordLines.map { list($0).map { folder.fold($0).asciiLowercased() } }
        let keywords = keywordGroups.flatMap { $0 }
        let tags = Set(all("tags").flatMap(list))

        var category = RuleCategory.privacy
        var appliesTo: Set<RuleCategory> = []
        var appliesToHarmful = false
        var weight = 0.0
        var message = ""
        var requires: [String] = []
        var within: Int?

        switch kind {
        case .match, .combine:
            guard single["category"] != nil else { throw missing("category") }
            category = try choice("category", RuleCategory.self, default: .privacy)
            guard let w = try number("weight") else { throw missing("weight") }
            weight = w
            guard let m = single["message"] else { throw missing("message") }
            message = m.value
            if kind == .match, patterns.isEmpty { throw missing("pattern") }
            if kind == .combine {
                guard let r = single["requires"] else { throw missing("requires") }
                requires = list(r)
                guard requires.count >= 2 else {
                    throw RuleFileError(location: loc(r), message: "'requires' needs at least two tags")
                }
                if let w = single["within"] {
                    guard let n = Int(w.value), n > 0 else {
                        throw RuleFileError(location: loc(w), message: "'within' must be a positive word count, not '\(w.value)'")
                    }
                    within = n
                }
                if !patterns.isEmpty {
                    throw RuleFileError(location: loc(all("pattern")[0], value: false), message: "a combine rule has no patterns: it combines the findings of rules with the tags it requires")
                }
            }
            if let s = single["strength"] { throw RuleFileError(location: loc(s, value: false), message: "'strength' is for mitigate rules; use 'weight'") }
        case .mitigate:
            guard let a = single["applies-to"] else { throw missing("applies-to") }
            for name in list(a) {
                if name == "all" { appliesTo.formUnion(RuleCategory.allCases); continue }
                if name == "harmful" { appliesToHarmful = true; continue }
                guard let c = RuleCategory(rawValue: name) else {
                    throw RuleFileError(location: loc(a), message: "'\(name)' is not a category (use \(RuleCategory.allCases.map(\.rawValue).joined(separator: ", ")), all or harmful)")
                }
                appliesTo.insert(c)
            }
            guard let s = try number("strength") else { throw missing("strength") }
            weight = s
            category = appliesTo.min() ?? .security
            message = single["message"]?.value ?? "mitigating context"
            if patterns.isEmpty { throw missing("pattern") }
            if let w = single["weight"] { throw RuleFileError(location: loc(w, value: false), message: "a mitigate rule has a 'strength', not a 'weight'") }
        }

        var roles: Set<Role> = []
        if let r = single["role"] {
            for name in list(r) where name != "any" {
                guard let role = Role(rawValue: name) else {
                    throw RuleFileError(location: loc(r), message: "'\(name)' is not a role (use system, user, assistant or any)")
                }
                roles.insert(role)
            }
        }

        let examples = try all("example").map { (f) throws(RuleFileError) in try parseExample(f, file: file) }
        let counters = try all("counter").map { (f) throws(RuleFileError) in try parseExample(f, file: file) }
        let fixes = try all("fix").map { (f) throws(RuleFileError) -> RuleFix in
            let parts = f.value.splitOnce(" => ")
            guard let parts, !parts[1].contains(" => ") else {
                throw RuleFileError(location: loc(f), message: "a fix is written 'before => after' with exactly one ' => '")
            }
            return RuleFix(before: parts[0], after: parts[1], location: loc(f))
        }
        guard !examples.isEmpty else {
            throw RuleFileError(location: location, message: "rule '\(id)' has no 'example:' (every rule needs text that triggers it)")
        }
        guard !counters.isEmpty else {
            throw RuleFileError(location: location, message: "rule '\(id)' has no 'counter:' (every rule needs text that must not trigger it)")
        }
        let rewrite = single["rewrite"]?.value
        let harmful = try flag("harmful")
        if harmful, let r = single["rewrite"] {
            throw RuleFileError(location: loc(r, value: false), message: "a harmful-intent rule gets no rewrite")
        }
        if !fixes.isEmpty, rewrite == nil {
            throw RuleFileError(location: loc(all("fix")[0], value: false), message: "'fix' examples need a 'rewrite'")
        }

        return Rule(
            id: id, pack: pack, kind: kind, category: category, severity: severity, weight: weight,
            message: message, patterns: patterns, keywords: keywords, keywordGroups: keywordGroups, near: near, unless: unless,
            rewrite: rewrite, harmful: harmful, declares: try flag("declare"), tags: tags,
            requires: requires, within: within, appliesTo: appliesTo, appliesToHarmful: appliesToHarmful,
            roles: roles, examples: examples, counterExamples: counters, fixes: fixes, location: location,
            warnings: warnings
        )
    }

    func parseExample(_ f: Field, file: String) throws(RuleFileError) -> RuleExample {
        let loc = SourceLocation(file: file, line: f.line, column: f.valueColumn)
        // « is C2 AB and » is C2 BB in UTF-8; work on bytes (this runs for every example of every rule at start-up).
        let bytes = Array(f.value.utf8)
        guard bytes.contains(0xC2) else { return RuleExample(text: f.value, expectedSpan: nil, location: loc) }
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var open: Int?
        var span: Range<Int>?
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAB {
                guard open == nil, span == nil else { throw RuleFileError(location: loc, message: "an example marks at most one span with « »") }
                open = text.count
                i += 2
            } else if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xBB {
                guard let o = open else { throw RuleFileError(location: loc, message: "'»' without a matching '«'") }
                span = o ..< text.count
                open = nil
                i += 2
            } else {
                text.append(bytes[i])
                i += 1
            }
        }
        if open != nil { throw RuleFileError(location: loc, message: "'«' without a matching '»'") }
        return RuleExample(text: String(decoding: text, as: UTF8.self), expectedSpan: span, location: loc)
    }
}

extension SourceLocation {
    func shifted(by columns: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + columns)
    }
}

extension String {
    /// The text before and after the first occurrence of `separator`.
    func splitOnce(_ separator: String) -> [String]? {
        let s = Array(utf8), sep = Array(separator.utf8)
        guard s.count >= sep.count else { return nil }
        for i in 0 ... (s.count - sep.count) where s[i ..< i + sep.count].elementsEqual(sep) {
            return [String(decoding: s[..<i], as: UTF8.self), String(decoding: s[(i + sep.count)...], as: UTF8.self)]
        }
        return nil
    }

    /// Lower-cases ASCII letters only, so byte offsets never move.
    func asciiLowercased() -> String {
        guard utf8.containsByte(where: { $0 >= 65 && $0 <= 90 }) else { return self }
        return String(decoding: utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
