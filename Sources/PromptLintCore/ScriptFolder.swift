/// Folds Traditional Chinese characters to their Simplified forms, one character for one, keeping byte offsets.
///
/// Rules are written once (in either script) and their patterns and keywords are folded at load time;
/// the text is folded the same way before matching. Every pair in the table has the same UTF-8 length
/// (both characters in U+0800…U+FFFF), so a byte offset in the folded text is the same offset in the original.
public struct ScriptFolder: Sendable {
    /// Lowest code point the lookup table covers.
    static let base: UInt32 = 0x3400
    /// One past the highest code point the lookup table covers.
    static let limit: UInt32 = 0xA000
    private let table: [UInt16]  // offset from `base` → Simplified code point (0 = unchanged)
    /// The pairs, Traditional → Simplified.
    public let pairs: [UInt32: UInt32]
    /// Simplified → Traditional; where several Traditional characters fold to one, the lowest code point.
    private let reverse: [UInt32: UInt32]

    /// The number of character pairs in the table.
    public let count: Int

    /// A folder that changes nothing.
    public static let identity = ScriptFolder(pairs: [:])

    /// The built-in Traditional → Simplified table: every `*.table` file under `Rules/`, merged.
    public static let builtin: ScriptFolder = (try? builtinResult.get()) ?? .identity

    /// The built-in table, or the first error in it (the test suite checks it; an error is a build defect).
    public static let builtinResult: Result<ScriptFolder, RuleFileError> = {
        var pairs: [UInt32: UInt32] = [:]
        for file in EmbeddedRules.files where file.path.hasSuffix(".table") {
            do throws(RuleFileError) {
                let table = try ScriptFolder.parsePairs(file.text, file: "Rules/" + file.path)
                for (t, s) in table {
                    if let existing = pairs[t], existing != s {
                        return .failure(RuleFileError(location: SourceLocation(file: "Rules/" + file.path, line: 1, column: 1), message: "\(String(Unicode.Scalar(t)!)) folds to \(String(Unicode.Scalar(s)!)) here and to \(String(Unicode.Scalar(existing)!)) in another table"))
                    }
                    pairs[t] = s
                }
            } catch {
                return .failure(error)
            }
        }
        return .success(ScriptFolder(pairs: pairs))
    }()

    init(pairs: [UInt32: UInt32]) {
        var table = [UInt16](repeating: 0, count: Int(Self.limit - Self.base))
        for (from, to) in pairs where from >= Self.base && from < Self.limit { table[Int(from - Self.base)] = UInt16(to) }
        self.table = table
        self.count = pairs.count
        self.pairs = pairs
        var reverse: [UInt32: UInt32] = [:]
        for (t, s) in pairs where reverse[s].map({ t < $0 }) ?? true { reverse[s] = t }
        self.reverse = reverse
    }

    /// This folder with the pairs of `table` added.
    ///
    /// - Throws: ``RuleFileError`` for a malformed table or a character that would fold two ways.
    public func adding(table text: String, file: String) throws(RuleFileError) -> ScriptFolder {
        var merged = pairs
        for (t, s) in try Self.parsePairs(text, file: file) {
            if let existing = merged[t], existing != s {
                throw RuleFileError(location: SourceLocation(file: file, line: 1, column: 1), message: "\(String(Unicode.Scalar(t)!)) folds to \(String(Unicode.Scalar(s)!)) here and to \(String(Unicode.Scalar(existing)!)) already")
            }
            merged[t] = s
        }
        return ScriptFolder(pairs: merged)
    }

    /// Whether `text` contains a character that folds (is written in Traditional script).
    public func isTraditional(_ text: String) -> Bool {
        text.unicodeScalars.contains { fold($0.value) != $0.value }
    }

    /// `text` with each Simplified character the table knows turned into its Traditional form.
    public func toTraditional(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars { scalars.append(reverse[s.value].flatMap(Unicode.Scalar.init) ?? s) }
        return String(scalars)
    }

    /// Parses a table: lines of whitespace-separated two-character tokens, Traditional then Simplified; `#` comments.
    ///
    /// - Throws: ``RuleFileError`` naming the line and column of a malformed token.
    public init(table text: String, file: String) throws(RuleFileError) {
        self.init(pairs: try Self.parsePairs(text, file: file))
    }

    static func parsePairs(_ text: String, file: String) throws(RuleFileError) -> [UInt32: UInt32] {
        var pairs: [UInt32: UInt32] = [:]
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Substring.init) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var column = 1
            var token: [Unicode.Scalar] = []
            var tokenColumn = 1
            func flush() throws(RuleFileError) {
                defer { token.removeAll() }
                guard !token.isEmpty else { return }
                let loc = SourceLocation(file: file, line: lineNumber, column: tokenColumn)
                guard token.count == 2 else {
                    throw RuleFileError(location: loc, message: "expected a pair of two characters (Traditional then Simplified), found \(token.count) characters")
                }
                let (t, s) = (token[0].value, token[1].value)
                guard t >= Self.base, t < Self.limit, s >= 0x800, s <= 0xFFFF else {
                    throw RuleFileError(location: loc, message: "pair \(String(token[0]))\(String(token[1])) is outside the folded range U+3400…U+9FFF")
                }
                if let existing = pairs[t], existing != s {
                    throw RuleFileError(location: loc, message: "\(String(token[0])) is already folded to \(String(Unicode.Scalar(existing)!))")
                }
                pairs[t] = s
            }
            for scalar in line.unicodeScalars {
                if scalar == " " || scalar == "\t" || scalar == "\r" {
                    try flush()
                } else {
                    if token.isEmpty { tokenColumn = column }
                    token.append(scalar)
                }
                column += 1
            }
            try flush()
        }
        return pairs
    }

    /// Folds one scalar.
    @inline(__always)
    func fold(_ scalar: UInt32) -> UInt32 {
        guard scalar >= Self.base, scalar < Self.limit else { return scalar }
        let mapped = table[Int(scalar - Self.base)]
        return mapped == 0 ? scalar : UInt32(mapped)
    }

    /// Folds a string (used for patterns and keywords).
    public func fold(_ string: String) -> String {
        // Every folded character is a three-byte UTF-8 sequence (U+3400…U+9FFF) and folds to another one.
        guard count > 0, string.utf8.containsByte(where: { $0 >= 0xE3 && $0 <= 0xE9 }) else { return string }
        return String(decoding: fold(bytes: Array(string.utf8)), as: UTF8.self)
    }

    /// Folds UTF-8 bytes in place of a copy; invalid sequences are copied unchanged. The result has the same length.
    public func fold(bytes: [UInt8]) -> [UInt8] {
        // Three-byte sequences with lead E3…E9 cover U+3000…U+9FFF. Most text has no such lead: no copy then.
        guard count > 0 else { return bytes }
        let n = bytes.count
        var i = bytes.withUnsafeBufferPointer { ByteScan.nextNonASCII(in: $0, between: 0xE3, and: 0xE9, from: 0) }
        guard i < n else { return bytes }
        var out = bytes
        out.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { b in
                while i < n {
                    i = ByteScan.nextNonASCII(in: b, between: 0xE3, and: 0xE9, from: i)
                    guard i < n else { break }
                    let lead = b[i]
                    guard i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { i += 1; continue }
                    let scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                    let folded = fold(scalar)
                    if folded != scalar {
                        out[i] = 0xE0 | UInt8(folded >> 12)
                        out[i + 1] = 0x80 | UInt8((folded >> 6) & 0x3F)
                        out[i + 2] = 0x80 | UInt8(folded & 0x3F)
                    }
                    i += 3
                }
            }
        }
        return out
    }
}

extension String.UTF8View {
    /// Whether any byte satisfies `predicate`, scanning the contiguous storage directly when there is one (the
    /// generic iteration over a string's UTF-8 view is several times slower; rule loading does this for every
    /// pattern and keyword).
    @inline(__always)
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? contains(where: predicate)
    }
}
