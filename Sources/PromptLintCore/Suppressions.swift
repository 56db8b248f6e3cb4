// Suppressions that never reach the model: template comments, which the template engine removes, and the
// "prompt-lint" member of a JSON request body, which the API client strips before sending.
// Pure: the CLI maps the byte offsets found here to lines and applies them to findings.

// MARK: - Template comments

/// What a suppression directive does.
public enum SuppressionAction: String, Sendable, Hashable, CaseIterable, Codable {
    /// Suppresses findings that start on the line after the comment.
    case disableNextLine = "disable-next-line"
    /// Suppresses findings that start on the comment's own line(s).
    case disableLine = "disable-line"
    /// Suppresses findings from the comment to the next `enable` (or the end of the file).
    case disable
    /// Ends a `disable` region.
    case enable
}

/// One `prompt-lint:` directive found in a template comment.
///
/// Invariant: `range` is the whole comment (from `{#` or `{{!` through its closing delimiter).
public struct SuppressionDirective: Sendable, Hashable {
    /// The action.
    public let action: SuppressionAction
    /// The rule ids or id globs it names (`privacy.*`); empty means every rule.
    public let rules: [String]
    /// The text after ` -- `, if any.
    public let reason: String?
    /// The UTF-8 byte range of the comment in the scanned text.
    public let range: Range<Int>

    /// Creates a directive.
    public init(action: SuppressionAction, rules: [String], reason: String?, range: Range<Int>) {
        self.action = action
        self.rules = rules
        self.reason = reason
        self.range = range
    }

    /// Whether the directive names `ruleID` (or names no rule, which means every rule).
    public func covers(_ ruleID: String) -> Bool {
        rules.isEmpty || rules.contains { IDPattern.matches($0, ruleID) }
    }

    /// The directive as written, without the reason: `disable-next-line privacy.home-address`.
    public var summary: String { ([action.rawValue] + rules).joined(separator: " ") }
}

/// A `prompt-lint:` comment that could not be read, with the byte offset of the problem.
public struct SuppressionSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The byte offset of the comment in the scanned text.
    public let offset: Int

    /// The message.
    public var description: String { message }
}

/// Finds `prompt-lint:` directives in Jinja `{# … #}` and Mustache/Handlebars `{{! … }}` / `{{!-- … --}}` comments.
public enum SuppressionComments {
    /// The marker that starts a directive inside a comment.
    public static let marker = "prompt-lint:"

    /// The directives in `bytes`, in text order, and the malformed ones.
    ///
    /// A comment whose text does not start with `prompt-lint:` is ignored. The syntax inside is
    /// `prompt-lint: ACTION [RULE[, RULE…]] [-- REASON]`.
    public static func directives(in bytes: [UInt8]) -> (directives: [SuppressionDirective], errors: [SuppressionSyntaxError]) {
        var directives: [SuppressionDirective] = []
        var errors: [SuppressionSyntaxError] = []
        let n = bytes.count
        var i = 0
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= n else { return nil }
            var k = start
            while k + needle.count <= n {
                if bytes[k] == needle[0], Array(bytes[k ..< k + needle.count]) == needle { return k }
                k += 1
            }
            return nil
        }
        while i + 1 < n {
            guard bytes[i] == 0x7B else { i += 1; continue }  // {
            var contentStart: Int
            var close: [UInt8]
            if bytes[i + 1] == 0x23 {                                             // {#
                contentStart = i + 2
                close = Array("#}".utf8)
            } else if bytes[i + 1] == 0x7B, i + 2 < n, bytes[i + 2] == 0x21 {     // {{!
                contentStart = i + 3
                close = Array("}}".utf8)
                if i + 4 < n, bytes[i + 3] == 0x2D, bytes[i + 4] == 0x2D {       // {{!--
                    contentStart = i + 5
                    close = Array("--}}".utf8)
                }
            } else {
                i += 1
                continue
            }
            guard let end = find(close, from: contentStart) else { break }  // unterminated: the rest is not a comment
            let content = String(decoding: bytes[contentStart ..< end], as: UTF8.self)
            let range = i ..< end + close.count
            i = range.upperBound
            // Jinja whitespace control: {#- … -#}.
            var text = Substring(content).trimmingWhitespace()
            if text.hasPrefix("-") { text = text.dropFirst().trimmingWhitespace() }
            if text.hasSuffix("-") && !text.hasSuffix("--") { text = text.dropLast().trimmingWhitespace() }
            guard text.hasPrefix(marker) else { continue }
            switch parse(text.dropFirst(marker.count), range: range) {
            case .success(let d): directives.append(d)
            case .failure(let e): errors.append(e)
            }
        }
        return (directives, errors)
    }

    static func parse(_ body: Substring, range: Range<Int>) -> Result<SuppressionDirective, SuppressionSyntaxError> {
        var text = body.trimmingWhitespace()
        var reason: String?
        // The reason starts at the first "--" that begins the text or follows a space.
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i] == "-", next < text.endIndex, text[next] == "-", i == text.startIndex || text[text.index(before: i)].isWhitespace {
                let r = text[text.index(after: next)...].trimmingWhitespace()
                reason = r.isEmpty ? nil : String(r)
                text = text[..<i].trimmingWhitespace()
                break
            }
            i = next
        }
        let words = text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        guard let first = words.first else {
            return .failure(SuppressionSyntaxError(message: "'prompt-lint:' comment without an action; expected one of \(actionList)", offset: range.lowerBound))
        }
        guard let action = SuppressionAction(rawValue: first) else {
            return .failure(SuppressionSyntaxError(message: "unknown suppression action '\(first)'; expected one of \(actionList)", offset: range.lowerBound))
        }
        var rules = Array(words.dropFirst())
        if rules == ["all"] { rules = [] }
        return .success(SuppressionDirective(action: action, rules: rules, reason: reason, range: range))
    }

    static let actionList = SuppressionAction.allCases.map(\.rawValue).joined(separator: ", ")
}

extension Substring {
    /// The text without leading and trailing whitespace, line breaks included.
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}

/// Rule id patterns: an id, or a glob where `*` stands for any run of characters (`privacy.*`).
public enum IDPattern {
    /// Whether `id` matches `pattern`.
    public static func matches(_ pattern: String, _ id: String) -> Bool {
        guard pattern.contains("*") else { return pattern == id }
        let p = Array(pattern.unicodeScalars), s = Array(id.unicodeScalars)
        // Classic wildcard matching with backtracking to the last star: linear in practice.
        var pi = 0, si = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] != "*", p[pi] == s[si] {
                pi += 1; si += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi; mark = si; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}


// MARK: - JSON request bodies

/// The `"prompt-lint"` member of a JSON request body: `{"prompt-lint": {"disable": ["rule-id"], "reason": "…"}, …}`.
public struct RequestSuppression: Sendable, Hashable {
    /// The rule ids or id globs it disables; empty means every rule.
    public let rules: [String]
    /// Why, if given.
    public let reason: String?
    /// The byte offset of the `"prompt-lint"` key in the scanned bytes.
    public let offset: Int

    /// Whether it names `ruleID` (or names no rule, which means every rule).
    public func covers(_ ruleID: String) -> Bool {
        rules.isEmpty || rules.contains { IDPattern.matches($0, ruleID) }
    }
}

/// Reads and removes the `"prompt-lint"` member of JSON request bodies, so the settings never reach the model.
public enum RequestBody {
    /// The top-level member that holds prompt-lint's settings.
    public static let key = "prompt-lint"

    /// One member of a JSON object, with where it is in the source.
    struct MemberSpan {
        var key: String
        /// The offset of the key's opening quote.
        var start: Int
        /// The offset just after the member's value.
        var end: Int
        var valueStart: Int
        var value: JSONSource
    }

    /// The members of the object starting at `offset` (the `{`), in source order.
    static func members(_ bytes: UnsafeBufferPointer<UInt8>, objectAt offset: Int) throws(JSONSyntaxError) -> [MemberSpan] {
        var parser = JSONParser(bytes: bytes, position: offset + 1)
        var spans: [MemberSpan] = []
        parser.skipWhitespace()
        if parser.position < bytes.count, bytes[parser.position] == 0x7D { return [] }
        while true {
            parser.skipWhitespace()
            guard parser.position < bytes.count, bytes[parser.position] == 0x22 else { throw parser.error("expected a string key") }
            let start = parser.position
            let key = try parser.parseString().text
            parser.skipWhitespace()
            guard parser.position < bytes.count, bytes[parser.position] == 0x3A else { throw parser.error("expected ':'") }
            parser.position += 1
            parser.skipWhitespace()
            let valueStart = parser.position
            let value = try parser.parseValue(depth: 1)
            spans.append(MemberSpan(key: key, start: start, end: parser.position, valueStart: valueStart, value: value))
            parser.skipWhitespace()
            guard parser.position < bytes.count else { throw parser.error("unterminated object") }
            if bytes[parser.position] == 0x2C { parser.position += 1; continue }
            if bytes[parser.position] == 0x7D { return spans }
            throw parser.error("expected ',' or '}'")
        }
    }

    /// The offset of the first non-whitespace byte, if it opens an object.
    static func objectStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i < bytes.count && bytes[i] == 0x7B ? i : nil
    }

    /// `body` without its top-level `"prompt-lint"` member; every other byte is kept as it was.
    ///
    /// A body that is not a JSON object, or has no such member, is returned unchanged.
    /// - Throws: ``JSONSyntaxError`` when `body` is not valid JSON.
    public static func strippingSettings(_ body: [UInt8]) throws(JSONSyntaxError) -> [UInt8] {
        _ = try JSONSource.parse(body)
        let cut: Range<Int>? = try body.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> Range<Int>? in
            guard let open = objectStart(buffer) else { return nil }
            let spans = try members(buffer, objectAt: open)
            guard let i = spans.firstIndex(where: { $0.key == key }) else { return nil }
            if i + 1 < spans.count { return spans[i].start ..< spans[i + 1].start }  // the member, its comma and the space after
            if i > 0 { return spans[i - 1].end ..< spans[i].end }                     // the comma before the last member
            return spans[i].start ..< spans[i].end
        }
        guard let cut else { return body }
        var out = body
        out.removeSubrange(cut)
        // Stripping every "prompt-lint" key: a duplicate key is legal JSON, so repeat until none is left.
        return cut.isEmpty ? out : try strippingSettings(out)
    }

    /// `body` as a string without its top-level `"prompt-lint"` member (see ``strippingSettings(_:)-([UInt8])``).
    ///
    /// - Throws: ``JSONSyntaxError`` when `body` is not valid JSON.
    public static func strippingSettings(_ body: String) throws(JSONSyntaxError) -> String {
        String(decoding: try strippingSettings(Array(body.utf8)), as: UTF8.self)
    }

    /// The suppression in the top-level `"prompt-lint"` member of `bytes`, if there is one.
    ///
    /// - Throws: ``SuppressionSyntaxError`` (with the offset of the offending key or value) when the member is
    ///   not `{"disable": [ids…] or "id", "reason": "…"}`; ``JSONSyntaxError`` is never thrown for a body the
    ///   caller already parsed.
    public static func suppression(in bytes: [UInt8]) throws(SuppressionSyntaxError) -> RequestSuppression? {
        let result: Result<RequestSuppression?, SuppressionSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            guard let open = objectStart(buffer), let spans = try? members(buffer, objectAt: open),
                  let member = spans.first(where: { $0.key == key }) else { return .success(nil) }
            func fail(_ message: String, _ offset: Int) -> Result<RequestSuppression?, SuppressionSyntaxError> {
                .failure(SuppressionSyntaxError(message: message, offset: offset))
            }
            guard case .object = member.value, let inner = try? members(buffer, objectAt: member.valueStart) else {
                return fail("\"\(key)\" must be an object such as {\"disable\": [\"rule-id\"], \"reason\": \"…\"}", member.valueStart)
            }
            var rules: [String]?
            var reason: String?
            for m in inner {
                switch m.key {
                case "disable":
                    if let s = m.value.stringValue {
                        rules = [s.text]
                    } else if let items = m.value.arrayValue, !items.isEmpty, items.allSatisfy({ $0.stringValue != nil }) {
                        rules = items.compactMap { $0.stringValue?.text }
                    } else {
                        return fail("\"disable\" must be a rule id, \"all\" or a non-empty list of rule ids", m.valueStart)
                    }
                case "reason":
                    guard let s = m.value.stringValue else { return fail("\"reason\" must be a string", m.valueStart) }
                    reason = s.text
                default:
                    return fail("unknown key '\(m.key)' in \"\(key)\"; expected \"disable\" or \"reason\"", m.start)
                }
            }
            guard let rules else { return fail("\"\(key)\" needs \"disable\": a rule id or a list of rule ids", member.start) }
            return .success(RequestSuppression(rules: rules == ["all"] ? [] : rules, reason: reason, offset: member.start))
        }
        return try result.get()
    }
}
