/// How far a rewrite goes; each level includes the ones before it.
public enum RewriteLevel: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Replace risky wording with the rules' suggestions.
    case substitutions = 1
    /// Also add, once, a sentence saying only publicly available information is wanted.
    case declaration = 2
    /// Also add a structured limitation to public data sources.
    case dataSources = 3

    /// Orders levels from the mildest.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// What a rewrite may do beyond its level.
public struct RewriteOptions: Sendable, Hashable {
    /// How far to go.
    public var level: RewriteLevel
    /// Turn `{$companyName}` and `${companyName}` into `{COMPANY_NAME}` (off unless asked for).
    public var normalizePlaceholders: Bool

    /// Creates options.
    public init(level: RewriteLevel = .declaration, normalizePlaceholders: Bool = false) {
        self.level = level
        self.normalizePlaceholders = normalizePlaceholders
    }
}

/// One change to a segment: replace `range` (UTF-8 bytes of the original segment) with `replacement`.
public struct TextEdit: Sendable, Hashable, Codable {
    /// The segment index.
    public let segment: Int
    /// The replaced byte range; empty for an insertion.
    public let range: Range<Int>
    /// The original text of the range.
    public let original: String
    /// The new text.
    public let replacement: String
    /// Why: a rule id, `declaration`, `data-sources` or `placeholder`.
    public let reason: String
}

/// The outcome of rewriting a prompt.
public struct RewriteResult: Sendable {
    /// The rewritten prompt.
    public let prompt: Prompt
    /// The edits, in segment and text order; applying them to the original gives `prompt`.
    public let edits: [TextEdit]
    /// The assessment before.
    public let before: Assessment
    /// The assessment after.
    public let after: Assessment
    /// Why nothing was rewritten, when nothing was.
    public let unchangedReason: String?

    /// The rewritten text of a one-segment prompt (all segments joined by blank lines otherwise).
    public var text: String { prompt.segments.map(\.text).joined(separator: "\n\n") }
    /// Whether the rewrite changed anything.
    public var changed: Bool { !edits.isEmpty }
}

/// Rewrites prompts so their wording stops tripping refusals: rules' substitutions (case kept), then a
/// public-information declaration and a data-source limitation, in the prompt's language.
///
/// Guarantees, checked by the tests: the result of rewriting a rewrite is the same text (idempotent); template
/// placeholders, code, quoted text and URLs are never changed; text outside matched spans and the inserted
/// sentences is never changed; the score never rises (a rewrite that would raise it is dropped); harmful-intent
/// prompts are never rewritten.
public struct Rewriter: Sendable {
    /// The linter that finds what to rewrite and scores the result.
    public let linter: Linter

    /// Creates a rewriter.
    public init(linter: Linter) { self.linter = linter }

    /// Rewrites a one-segment user prompt.
    public func rewrite(_ text: String, level: RewriteLevel = .declaration) -> RewriteResult {
        rewrite(Prompt(text), options: RewriteOptions(level: level))
    }

    /// Rewrites a prompt of one or more segments; declarations go to the last user segment.
    public func rewrite(_ prompt: Prompt, options: RewriteOptions = .init()) -> RewriteResult {
        let before = linter.assess(prompt)
        func unchanged(_ why: String) -> RewriteResult {
            RewriteResult(prompt: prompt, edits: [], before: before, after: before, unchangedReason: why)
        }
        // Mitigated or not: a story or game around a harmful request is not a reason to help it through.
        if before.hasHarmfulFinding { return unchanged("harmful intent: prompt-lint does not rewrite such requests") }
        var edits: [TextEdit] = []
        // 1. Substitutions outside protected regions: earliest, then longest match wins.
        var protected: [Int: [Range<Int>]] = [:]
        for (i, s) in prompt.segments.enumerated() {
            protected[i] = ProtectedRegions.spans(in: s.bytes) + Placeholders.spans(in: s.bytes)
        }
        let candidates = before.findings
            .filter { $0.suggestion != nil && !$0.harmful }
            .sorted { ($0.segment, $0.range.lowerBound, -$0.range.count) < ($1.segment, $1.range.lowerBound, -$1.range.count) }
        for f in candidates {
            guard let replacement = f.suggestion, replacement != f.matchedText else { continue }
            if let last = edits.last, last.segment == f.segment, last.range.upperBound > f.range.lowerBound { continue }
            if (protected[f.segment] ?? []).contains(where: { $0.overlaps(f.range) }) { continue }
            edits.append(TextEdit(segment: f.segment, range: f.range, original: f.matchedText, replacement: replacement, reason: f.ruleID))
        }
        // 2. Placeholder normalisation, only when asked for.
        if options.normalizePlaceholders {
            for (i, s) in prompt.segments.enumerated() {
                for span in Placeholders.spans(in: s.bytes) {
                    let original = String(decoding: s.bytes[span], as: UTF8.self)
                    if let normal = Placeholders.normalized(original), normal != original {
                        edits.append(TextEdit(segment: i, range: span, original: original, replacement: normal, reason: "placeholder"))
                    }
                }
            }
        }
        // 3. Declarations, once, at the start of the last user segment.
        let asksAboutPeople = before.findings.contains { $0.declares || $0.category == .privacy || $0.category == .identity }
        if options.level >= .declaration, asksAboutPeople,
           let target = prompt.segments.lastIndex(where: { $0.role == .user }) {
            let segment = prompt.segments[target]
            let language = Declarations.Language.detect(segment.bytes, folder: linter.rules.folder)
            var sentences: [(String, String)] = []
            let text = segment.text
            let declaration = Declarations.publicInformation(language)
            if !text.contains(declaration) { sentences.append((declaration, "declaration")) }
            if options.level >= .dataSources {
                let sources = Declarations.dataSources(language)
                if !text.contains(sources) { sentences.append((sources, "data-sources")) }
            }
            if !sentences.isEmpty {
                let separator = language == .english ? " " : ""
                // A line of its own when the prompt has lines, or starts with Markdown block syntax (a code fence or
                // a quote) that the sentence would otherwise break.
                let head = segment.bytes.drop { $0 == 0x20 || $0 == 0x09 }
                let startsBlock = head.starts(with: Array("```".utf8)) || head.starts(with: Array("~~~".utf8)) || head.first == 0x3E
                let lineBreak = segment.bytes.contains(0x0D) ? "\r\n" : (segment.bytes.contains(0x0A) || startsBlock) ? "\n" : separator
                let inserted = sentences.map(\.0).joined(separator: separator) + lineBreak
                edits.append(TextEdit(segment: target, range: 0 ..< 0, original: "", replacement: inserted, reason: sentences.map(\.1).joined(separator: "+")))
            }
        }
        guard !edits.isEmpty else {
            let why = before.findings.isEmpty ? "no findings" : "no rule offers a rewrite for these findings"
            return unchanged(why)
        }
        edits.sort { ($0.segment, $0.range.lowerBound, $0.range.upperBound) < ($1.segment, $1.range.lowerBound, $1.range.upperBound) }
        var segments = prompt.segments
        for i in segments.indices {
            segments[i].bytes = Self.apply(edits, to: segments[i].bytes, segment: i)
        }
        let rewritten = Prompt(segments: segments)
        let after = linter.assess(rewritten)
        if after.score > before.score {
            return unchanged("the rewrite would raise the score (\(before.score) → \(after.score)); left as it was")
        }
        return RewriteResult(prompt: rewritten, edits: edits, before: before, after: after, unchangedReason: nil)
    }

    /// Applies non-overlapping `edits` for `segment` to its bytes.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8], segment: Int) -> [UInt8] {
        var out = bytes
        let mine = edits.filter { $0.segment == segment }.sorted { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }
        for edit in mine { out.replaceSubrange(edit.range, with: Array(edit.replacement.utf8)) }
        return out
    }

    /// The text with only `rule`'s rewrite applied to its own hits (for the rule's `fix` examples).
    func rewriteOnly(rule: Rule, text: String) -> String {
        let bytes = Array(text.utf8)
        let protected = ProtectedRegions.spans(in: bytes) + Placeholders.spans(in: bytes)
        var edits: [TextEdit] = []
        for f in linter.assess(text).findings where f.ruleID == rule.id {
            guard let s = f.suggestion, !protected.contains(where: { $0.overlaps(f.range) }) else { continue }
            if let last = edits.last, last.range.upperBound > f.range.lowerBound { continue }
            edits.append(TextEdit(segment: 0, range: f.range, original: f.matchedText, replacement: s, reason: rule.id))
        }
        return String(decoding: Self.apply(edits, to: bytes, segment: 0), as: UTF8.self)
    }
}

/// Text a rewrite must never change: fenced and inline code, block quotes, quoted text and URLs.
public enum ProtectedRegions {
    /// The protected byte ranges in `bytes` (sorted by start; they may overlap).
    public static func spans(in bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let n = bytes.count
        var i = 0
        var lineStart = true
        func startsWith(_ s: [UInt8], at j: Int) -> Bool {
            guard j + s.count <= n, bytes[j] == s[0] else { return false }
            for k in 1 ..< s.count where bytes[j + k] != s[k] { return false }
            return true
        }
        let fence: [UInt8] = Array("```".utf8), tilde: [UInt8] = Array("~~~".utf8)
        let http: [UInt8] = Array("http://".utf8), https: [UInt8] = Array("https://".utf8)
        let quotes: [([UInt8], [UInt8])] = [
            (Array("\u{201C}".utf8), Array("\u{201D}".utf8)), (Array("「".utf8), Array("」".utf8)),
            (Array("『".utf8), Array("』".utf8)), (Array("\"".utf8), Array("\"".utf8)),
        ]
        func lineEnd(_ j: Int) -> Int { var k = j; while k < n, bytes[k] != 0x0A { k += 1 }; return k }
        while i < n {
            if lineStart {
                var j = i
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                if startsWith(fence, at: j) || startsWith(tilde, at: j) {
                    let marker = Array(bytes[j ..< j + 3])
                    var k = lineEnd(j) + 1
                    var end = n
                    while k < n {
                        var m = k
                        while m < n, bytes[m] == 0x20 || bytes[m] == 0x09 { m += 1 }
                        if startsWith(marker, at: m) { end = lineEnd(m); break }
                        k = lineEnd(k) + 1
                    }
                    spans.append(i ..< min(n, end))
                    i = min(n, end)
                    lineStart = false
                    continue
                }
                if j < n, bytes[j] == 0x3E /* > */ {
                    let end = lineEnd(j)
                    spans.append(i ..< end)
                    i = end
                    lineStart = false
                    continue
                }
            }
            let b = bytes[i]
            if b == 0x0A { lineStart = true; i += 1; continue }
            lineStart = false
            if b == 0x60 /* ` */ {
                var k = i + 1
                while k < n, bytes[k] != 0x60, bytes[k] != 0x0A { k += 1 }
                if k < n, bytes[k] == 0x60 { spans.append(i ..< k + 1); i = k + 1; continue }
            }
            if startsWith(http, at: i) || startsWith(https, at: i) {
                var k = i
                while k < n, bytes[k] > 0x20, bytes[k] != 0x22, bytes[k] != 0x3E, bytes[k] != 0x29 { k += 1 }
                spans.append(i ..< k)
                i = k
                continue
            }
            var matchedQuote = false
            for (open, close) in quotes where startsWith(open, at: i) {
                var k = i + open.count
                let limit = min(n, i + 400)
                while k < limit, bytes[k] != 0x0A, !startsWith(close, at: k) { k += 1 }
                if k < limit, startsWith(close, at: k) {
                    spans.append(i ..< k + close.count)
                    i = k + close.count
                    matchedQuote = true
                }
                break
            }
            if !matchedQuote { i += 1 }
        }
        return spans
    }
}

extension Placeholders {
    /// `{$companyName}` or `${company_name}` as `{COMPANY_NAME}`; `nil` for other placeholder styles.
    public static func normalized(_ placeholder: String) -> String? {
        var name: Substring
        if placeholder.hasPrefix("{$"), placeholder.hasSuffix("}") {
            name = placeholder.dropFirst(2).dropLast()
        } else if placeholder.hasPrefix("${"), placeholder.hasSuffix("}") {
            name = placeholder.dropFirst(2).dropLast()
        } else {
            return nil
        }
        var out = ""
        var previousLower = false
        for ch in name {
            if ch == "-" || ch == "." || ch == "_" { out += "_"; previousLower = false; continue }
            if ch.isUppercase, previousLower { out += "_" }
            out += ch.uppercased()
            previousLower = ch.isLowercase || ch.isNumber
        }
        return "{\(out)}"
    }
}

/// The sentences a rewrite adds, in the prompt's language.
public enum Declarations {
    /// The languages declarations are written in.
    public enum Language: Sendable, Hashable {
        /// English (and any language without CJK text).
        case english
        /// Simplified Chinese.
        case simplifiedChinese
        /// Traditional Chinese.
        case traditionalChinese

        /// The language of `bytes`: Chinese when a fifth of its letters are CJK; Traditional when any character folds.
        public static func detect(_ bytes: [UInt8], folder: ScriptFolder) -> Language {
            var cjk = 0, letters = 0, traditional = 0
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                let v = scalar.value
                if (0x3400 ... 0x9FFF).contains(v) {
                    cjk += 1
                    letters += 1
                    if folder.fold(v) != v { traditional += 1 }
                } else if scalar.properties.isAlphabetic {
                    letters += 1
                }
            }
            guard letters > 0, cjk * 5 >= letters else { return .english }
            return traditional > 0 ? .traditionalChinese : .simplifiedChinese
        }
    }

    /// Every declaration sentence folded with `folder`, as bytes, longest first.
    static func folded(with folder: ScriptFolder) -> [[UInt8]] {
        let languages: [Language] = [.english, .simplifiedChinese, .traditionalChinese]
        let sentences = languages.flatMap { [publicInformation($0), dataSources($0)] }
        return Array(Set(sentences.map { Array(folder.fold($0).utf8) })).sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// `folded` with every one of `sentences` (``folded(with:)``) blanked out (same length), or `nil` when it holds none.
    static func masked(_ folded: [UInt8], sentences: [[UInt8]]) -> [UInt8]? {
        DeclarationMask(sentences: sentences).apply(to: folded)
    }
    /// The public-information declaration.
    public static func publicInformation(_ language: Language) -> String {
        switch language {
        case .english: "Please use only publicly available information."
        case .simplifiedChinese: "请仅使用公开可得的信息。"
        case .traditionalChinese: "請僅使用公開可得的資訊。"
        }
    }

    /// The data-source limitation.
    public static func dataSources(_ language: Language) -> String {
        switch language {
        case .english: "Use only public sources such as official registries, published reports and the organisation's own website."
        case .simplifiedChinese: "仅使用官方登记机构、已发布的报告和机构官网等公开来源。"
        case .traditionalChinese: "僅使用官方登記機關、已發布的報告和機構官網等公開來源。"
        }
    }
}

/// Blanks out prompt-lint's own declaration sentences (``Declarations/folded(with:)``) in a folded text; made once
/// per rule set, applied to every segment.
struct DeclarationMask: Sendable {
    /// The sentences, longest first (a longer one wins over its prefix).
    let sentences: [[UInt8]]
    /// Byte → whether a sentence starts with it.
    private let startsWith: [Bool]
    /// The first three bytes of every sentence (a Chinese sentence's first character), when all have three: most
    /// bytes that start a sentence's first character start no sentence, and this rules them out without walking
    /// the list.
    private let heads: [UInt32]?

    /// The bytes sentences start with (``ByteScan/needles(_:)``), when there are at most four (the text is then
    /// searched for them eight bytes at a time); else nil.
    private let firstBytes: [UInt64]?

    /// The mask for `sentences`, tried in their order.
    init(sentences: [[UInt8]]) {
        self.sentences = sentences
        var startsWith = [Bool](repeating: false, count: 256)
        for sentence in sentences { if let b = sentence.first { startsWith[Int(b)] = true } }
        self.startsWith = startsWith
        let firsts = (0 ..< 256).filter { startsWith[$0] }
        firstBytes = firsts.count <= 4 ? ByteScan.needles(firsts.map(UInt8.init)) : nil
        heads = sentences.allSatisfy { $0.count >= 3 }
            ? sentences.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) } : nil
    }

    /// `folded` with every sentence blanked out (same length), or `nil` when it holds none.
    ///
    /// One pass over the text: a byte that starts no sentence is skipped after one table look-up, and at a byte that
    /// does, the sentences are tried in order.
    func apply(to folded: [UInt8]) -> [UInt8]? {
        var result: [UInt8]?
        folded.withUnsafeBufferPointer { text in
        startsWith.withUnsafeBufferPointer { startsWith in
            var i = 0
            next: while i < text.count {
                if let firstBytes {
                    i = ByteScan.next(oneOf: firstBytes, in: text, from: i)
                    if i == text.count { break }
                }
                guard startsWith[Int(text[i])] else { i += 1; continue }
                if let heads {
                    guard text.count - i >= 3 else { break }
                    let head = UInt32(text[i]) << 16 | UInt32(text[i + 1]) << 8 | UInt32(text[i + 2])
                    guard heads.contains(head) else { i += 1; continue }
                }
                for sentence in sentences where !sentence.isEmpty && sentence[0] == text[i] && text.count - i >= sentence.count {
                    var k = 1
                    while k < sentence.count, text[i + k] == sentence[k] { k += 1 }
                    guard k == sentence.count else { continue }
                    if result == nil { result = folded }
                    for j in i ..< i + sentence.count { result![j] = 0x20 }
                    i += sentence.count
                    continue next
                }
                i += 1
            }
        }}
        return result
    }
}
