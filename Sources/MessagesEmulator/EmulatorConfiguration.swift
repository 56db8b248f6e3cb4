internal import PCRE2Kit

/// When and how the emulator refuses: a regular expression over the last user turn.
public struct RefusalTrigger: Sendable, Hashable, Codable {
    /// How the refusal is delivered.
    public enum Style: String, Sendable, Hashable, Codable {
        /// `stop_reason: "refusal"` with `stop_details` (mid-stream, after some text, when streaming).
        case stopReason = "stop_reason"
        /// An ordinary `end_turn` reply whose text declines, as models sometimes write.
        case text
        /// HTTP 400 `invalid_request_error` saying input validation refused the request.
        case inputValidation = "http-400"
    }

    /// A PCRE2 pattern, matched case-insensitively against the last user turn's text.
    public var pattern: String
    /// `stop_details.category` (`cyber`, `bio`, `general_harms`, …); `nil` sends `null`.
    public var category: String?
    /// Only requests for these models are refused; `nil` refuses on every model.
    public var models: [String]?
    /// The text streamed before the refusal arrives; `nil` uses a default.
    public var partialText: String?
    /// How to refuse; `nil` means ``Style/stopReason``.
    public var style: Style?

    enum CodingKeys: String, CodingKey {
        case pattern, category, models, partialText = "partial_text", style
    }

    /// Creates a trigger.
    public init(pattern: String, category: String? = nil, models: [String]? = nil, partialText: String? = nil, style: Style? = nil) {
        self.pattern = pattern
        self.category = category
        self.models = models
        self.partialText = partialText
        self.style = style
    }
}

/// A fault injected into some requests' responses.
public struct Fault: Sendable, Hashable, Codable {
    /// What goes wrong.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// HTTP 429 `rate_limit_error` (with `retry-after` if configured).
        case rateLimited = "429"
        /// HTTP 529 `overloaded_error`.
        case overloaded = "529"
        /// HTTP 500 `api_error`.
        case serverError = "500"
        /// HTTP 200, a few events, then `event: error` (`overloaded_error`); streaming requests only.
        case streamError = "stream-error"
        /// The connection is closed: before any response, or mid-stream for streaming requests.
        case drop
        /// HTTP 200, then an event whose data is not JSON; streaming requests only.
        case malformedSSE = "malformed-sse"
        /// The request is read and never answered: the connection stays open and silent.
        case hang
        /// HTTP 200 headers, then one byte every 100 ms (an SSE comment line, or JSON white space) for up to ten
        /// minutes: a slow-loris response that never completes.
        case slowLoris = "slow-loris"
        /// HTTP 200 and a body that never ends: JSON that keeps growing, or for a stream one `data:` line that
        /// never ends (stopped after 1 GiB, or when the client goes away).
        case hugeBody = "huge-body"
        /// HTTP 200 and a stream that ends cleanly after its text, without `message_delta` or `message_stop`;
        /// streaming requests only.
        case truncated
    }

    /// What goes wrong.
    public var kind: Kind
    /// How many matching requests it hits (then it is used up).
    public var count: Int
    /// A PCRE2 pattern over the last user turn; `nil` hits any request.
    public var match: String?
    /// The `retry-after` header value to send (seconds or an HTTP date).
    public var retryAfter: String?
    /// The `retry-after-ms` header value to send.
    public var retryAfterMs: String?
    /// The `x-should-retry` header to send.
    public var shouldRetry: Bool?

    /// Creates a fault.
    public init(kind: Kind, count: Int = 1, match: String? = nil, retryAfter: String? = nil, retryAfterMs: String? = nil, shouldRetry: Bool? = nil) {
        self.kind = kind
        self.count = count
        self.match = match
        self.retryAfter = retryAfter
        self.retryAfterMs = retryAfterMs
        self.shouldRetry = shouldRetry
    }

    enum CodingKeys: String, CodingKey {
        case kind, count, match, retryAfter = "retry_after", retryAfterMs = "retry_after_ms", shouldRetry = "should_retry"
    }

    /// Decodes a fault from a configuration file; `count` defaults to 1.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        count = try c.decodeIfPresent(Int.self, forKey: .count) ?? 1
        match = try c.decodeIfPresent(String.self, forKey: .match)
        retryAfter = try c.decodeIfPresent(String.self, forKey: .retryAfter)
        retryAfterMs = try c.decodeIfPresent(String.self, forKey: .retryAfterMs)
        shouldRetry = try c.decodeIfPresent(Bool.self, forKey: .shouldRetry)
    }

    /// Whether the fault can hit a request of this kind.
    func applies(streaming: Bool) -> Bool {
        switch kind {
        case .streamError, .malformedSSE, .truncated: return streaming
        default: return true
        }
    }

    /// Parses the command-line form `KIND[,count=N][,match=REGEX][,retry-after=V][,retry-after-ms=V][,should-retry=true|false]`.
    ///
    /// - Throws: ``EmulatorError/invalidConfiguration(_:)`` naming the bad part.
    public init(spec: String) throws(EmulatorError) {
        var parts = spec.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // A match pattern may itself contain commas: everything after `match=` up to the next known key belongs to it.
        guard !parts.isEmpty, let kind = Kind(rawValue: parts.removeFirst()) else {
            throw .invalidConfiguration("fault '\(spec)': the kind must be one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.init(kind: kind)
        let keys = ["count", "match", "retry-after", "retry-after-ms", "should-retry"]
        var pairs: [(String, String)] = []
        for part in parts {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 2, keys.contains(kv[0]) {
                pairs.append((kv[0], kv[1]))
            } else if let last = pairs.last, last.0 == "match" {
                pairs[pairs.count - 1].1 += "," + part
            } else {
                throw .invalidConfiguration("fault '\(spec)': '\(part)' is not one of \(keys.map { $0 + "=…" }.joined(separator: ", "))")
            }
        }
        for (key, value) in pairs {
            switch key {
            case "count":
                guard let n = Int(value), n > 0 else { throw .invalidConfiguration("fault '\(spec)': count must be a positive whole number") }
                count = n
            case "match": match = value
            case "retry-after": retryAfter = value
            case "retry-after-ms": retryAfterMs = value
            default:
                guard value == "true" || value == "false" else { throw .invalidConfiguration("fault '\(spec)': should-retry is true or false") }
                shouldRetry = value == "true"
            }
        }
    }
}

/// Everything the emulator can be told: refusal triggers, faults, the answer text and the accepted key.
public struct EmulatorConfiguration: Sendable, Hashable, Codable {
    /// Refusal triggers, tried in order.
    public var refusals: [RefusalTrigger]
    /// Faults, tried in order; each hits `count` matching requests.
    public var faults: [Fault]
    /// The answer text; `{prompt}` is replaced by the first 200 characters of the last user turn.
    public var reply: String
    /// The API key requests must carry; `nil` accepts any non-empty key.
    public var apiKey: String?
    /// Characters per `text_delta` when streaming.
    public var chunkSize: Int

    /// Creates a configuration.
    public init(refusals: [RefusalTrigger] = [], faults: [Fault] = [], reply: String = "Emulated answer to: {prompt}", apiKey: String? = nil, chunkSize: Int = 12) {
        self.refusals = refusals
        self.faults = faults
        self.reply = reply
        self.apiKey = apiKey
        self.chunkSize = chunkSize
    }

    enum CodingKeys: String, CodingKey {
        case refusals, faults, reply, apiKey = "api_key", chunkSize = "chunk_size"
    }

    /// Decodes a configuration file; every member is optional.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = EmulatorConfiguration()
        refusals = try c.decodeIfPresent([RefusalTrigger].self, forKey: .refusals) ?? []
        faults = try c.decodeIfPresent([Fault].self, forKey: .faults) ?? []
        reply = try c.decodeIfPresent(String.self, forKey: .reply) ?? defaults.reply
        apiKey = try c.decodeIfPresent(String.self, forKey: .apiKey)
        chunkSize = try c.decodeIfPresent(Int.self, forKey: .chunkSize) ?? defaults.chunkSize
    }

    /// Compiles every pattern, so a bad one is reported before the server starts.
    ///
    /// - Throws: ``EmulatorError/invalidConfiguration(_:)`` with PCRE2's message.
    func compiled() throws(EmulatorError) -> CompiledConfiguration {
        func compile(_ p: String, _ what: String) throws(EmulatorError) -> Pattern {
            do {
                return try Pattern(p, options: [.caseInsensitive])
            } catch {
                throw .invalidConfiguration("\(what) pattern '\(p)': \(error)")
            }
        }
        var refusalPatterns: [Pattern] = []
        for r in refusals { refusalPatterns.append(try compile(r.pattern, "refusal")) }
        var faultPatterns: [Pattern?] = []
        for f in faults { faultPatterns.append(try f.match.map { (m) throws(EmulatorError) in try compile(m, "fault") }) }
        guard chunkSize > 0 else { throw .invalidConfiguration("chunk_size must be positive") }
        return CompiledConfiguration(configuration: self, refusalPatterns: refusalPatterns, faultPatterns: faultPatterns)
    }
}

/// A configuration with its patterns compiled.
struct CompiledConfiguration: Sendable {
    let configuration: EmulatorConfiguration
    let refusalPatterns: [Pattern]
    let faultPatterns: [Pattern?]
}

/// Errors the emulator reports to whoever starts it.
public enum EmulatorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A configuration value is wrong.
    case invalidConfiguration(String)
    /// The host is not a loopback address.
    case notLoopback(String)
    /// The request log cannot be written.
    case requestLog(String)

    /// A message for people.
    public var description: String {
        switch self {
        case .invalidConfiguration(let s): return "invalid emulator configuration: \(s)"
        case .notLoopback(let h): return "the emulator listens on loopback only (127.0.0.1, ::1 or localhost), not '\(h)'"
        case .requestLog(let s): return "cannot write the request log: \(s)"
        }
    }
}
