internal import PCRE2Kit

/// Recognises a refusal the model wrote as ordinary text ("I'm sorry, but I can't help with that").
///
/// Only the opening of the reply is read: refusals lead with the refusal, while answers that merely
/// contain "I can't" somewhere ("I'm sorry to hear that. Here is…", "I can't wait to…") are not refusals.
public struct RefusalTextMatcher: Sendable {
    /// The patterns tried, case-insensitively, against the start of the reply.
    public let patterns: [String]
    private let compiled: [Pattern]
    /// How many characters of the reply are read.
    public let prefixLength: Int

    /// The default patterns, English and Chinese.
    public static let defaultPatterns: [String] = [
        // "I can't help with that", "I cannot assist", "I won't provide", "I'm unable to share", "I must decline"
        #"^\W*I(?:'|’)?\s*(?:can(?:not|(?:'|’)?t)|won(?:'|’)?t|will\s+not|am\s+(?:not\s+able|unable)|(?:'|’)m\s+(?:not\s+able|unable)|must\s+decline|have\s+to\s+decline|do\s+not\s+feel\s+comfortable|don(?:'|’)t\s+feel\s+comfortable)\b(?!\s+(?:wait|stress|believe|emphasi[sz]e|recommend\s+enough|help\s+but))"#,
        // "I'm sorry, but I can't …", "Sorry, I cannot …", "Unfortunately, I'm unable to …", "I apologize, but I won't …"
        #"^\W*(?:I(?:'|’)?\s*(?:m|am)\s+(?:sorry|afraid)|sorry|unfortunately|I\s+apologi[sz]e)\b[^.!?\n]{0,20}?,?\s*(?:but\s+)?I(?:'|’)?\s*(?:can(?:not|(?:'|’)?t)|won(?:'|’)?t|will\s+not|am\s+(?:not\s+able|unable)|(?:'|’)?m\s+(?:not\s+able|unable)|must\s+decline)\b(?!\s+(?:wait|stress|believe|help\s+but))"#,
        // "抱歉，我无法…", "对不起，我不能…", "我无法提供…"
        #"^\W*(?:(?:很)?抱歉|对不起|對不起)[，,。\s]*(?:但)?(?:我)?(?:无法|無法|不能|没办法|沒辦法|不便)"#,
        #"^\W*我(?:无法|無法|不能)(?:提供|帮助|幫助|协助|協助|回答|满足|滿足)"#,
    ]

    /// Creates a matcher.
    ///
    /// - Parameters:
    ///   - patterns: PCRE2 patterns, matched case-insensitively against the reply's opening.
    ///   - prefixLength: How many characters of the reply to read.
    /// - Throws: `PatternCompileError` for an invalid pattern.
    public init(patterns: [String] = RefusalTextMatcher.defaultPatterns, prefixLength: Int = 300) throws {
        self.patterns = patterns
        self.compiled = try patterns.map { try Pattern($0, options: [.caseInsensitive]) }
        self.prefixLength = prefixLength
    }

    /// The matcher with the default patterns (which are tested to compile).
    public static var `default`: RefusalTextMatcher {
        // The default patterns are constants covered by the test suite; failing here is a programming error.
        try! RefusalTextMatcher()
    }

    /// Patterns for the message of an HTTP 400 that refuses the input itself (input or copyright validation), as
    /// opposed to a malformed request: read anywhere in the message's opening.
    public static let inputValidationPatterns: [String] = [
        #"\b(?:refus(?:e|ed|al)|declined|blocked|flagged)\b"#,
        #"\b(?:content|safety|input|output)\s+(?:filter(?:s|ing)?|polic(?:y|ies)|validation|classifier)\b"#,
        #"\busage\s+polic(?:y|ies)\b|\bcopyright(?:ed)?\b"#,
    ]

    /// The matcher for input-validation refusals (HTTP 400), with ``inputValidationPatterns``.
    public static var inputValidation: RefusalTextMatcher {
        // Constants covered by the test suite; failing here is a programming error.
        try! RefusalTextMatcher(patterns: inputValidationPatterns)
    }

    /// Whether `text` opens with a refusal.
    public func isRefusal(_ text: String) -> Bool {
        let opening = String(text.prefix(prefixLength))
        return compiled.contains { (try? $0.isMatch(opening)) == true }
    }
}
