internal import Foundation
internal import Synchronization

/// One line of the refusal log: what one attempt sent, how it ended, and what prompt-lint found in it.
///
/// The prompt text is present only when the log was asked to include it; the API key never is.
public struct RefusalLogEvent: Sendable, Hashable, Codable {
    /// When the attempt ended, ISO 8601 UTC.
    public var time: String
    /// The model asked.
    public var model: String
    /// The attempt number, from 1.
    public var attempt: Int
    /// The rewrite level of the prompt sent (`original`, `substitutions`, `declaration`, `data-sources`).
    public var level: String
    /// The stop reason, when a reply came.
    public var stopReason: String?
    /// `stop_details.category`, when given.
    public var refusalCategory: String?
    /// Whether the refusal was recognised in the reply's text rather than its stop reason.
    public var refusedAsText: Bool
    /// The ids of the rules that fired on the prompt sent.
    public var ruleIDs: [String]
    /// The prompt's refusal-risk score (0…100).
    public var score: Int
    /// Whether prompt-lint found harmful intent.
    public var harmfulIntent: Bool
    /// `answered`, `refused-retrying`, `refused-stopped:REASON` or `error`.
    public var outcome: String
    /// The error, for `error` outcomes.
    public var error: String?
    /// The last user turn as sent, only when the log includes prompts.
    public var prompt: String?

    enum CodingKeys: String, CodingKey {
        case time, model, attempt, level, stopReason = "stop_reason", refusalCategory = "refusal_category"
        case refusedAsText = "refused_as_text", ruleIDs = "rule_ids", score, harmfulIntent = "harmful_intent"
        case outcome, error, prompt
    }
}

/// Where refusal-log events go.
public protocol RefusalLogSink: Sendable {
    /// Records one event.
    func record(_ event: RefusalLogEvent)
}

/// The refusal log as configured for a ``SmartRetry``.
public struct RefusalLog: Sendable {
    /// Where events go.
    public var sink: any RefusalLogSink
    /// Whether events carry the prompt text (off unless asked for: prompts may hold personal data).
    public var includePrompts: Bool

    /// Creates a log configuration.
    public init(sink: any RefusalLogSink, includePrompts: Bool = false) {
        self.sink = sink
        self.includePrompts = includePrompts
    }
}

/// Appends events to a file as JSON Lines, creating it if needed.
public final class JSONLinesRefusalLog: RefusalLogSink {
    // FileHandle is used only under the mutex, so lines from concurrent tasks never interleave.
    private let handle: Mutex<FileHandle>

    /// Opens (or creates) `path` for appending.
    ///
    /// - Throws: ``MessagesError/invalidRequest(_:)`` when the file cannot be created or opened.
    public init(path: String) throws(MessagesError) {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw .invalidRequest("cannot create the refusal log '\(path)'")
            }
        }
        guard let h = FileHandle(forWritingAtPath: path) else { throw .invalidRequest("cannot open the refusal log '\(path)' for writing") }
        h.seekToEndOfFile()
        handle = Mutex(h)
    }

    /// Appends one JSON line.
    public func record(_ event: RefusalLogEvent) {
        guard let line = try? JSONCoding.encode(event) else { return }
        handle.withLock { $0.write(Data(line + [0x0A])) }
    }
}

/// Keeps events in memory (for tests and callers that forward them elsewhere).
public final class InMemoryRefusalLog: RefusalLogSink {
    private let storage = Mutex<[RefusalLogEvent]>([])

    /// Creates an empty log.
    public init() {}

    /// The events recorded so far.
    public var events: [RefusalLogEvent] { storage.withLock { $0 } }

    /// Records one event.
    public func record(_ event: RefusalLogEvent) { storage.withLock { $0.append(event) } }
}

enum Timestamp {
    /// `seconds` since 1970 as ISO 8601 UTC with milliseconds.
    static func iso8601(_ seconds: Double) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date(timeIntervalSince1970: seconds))
    }
}
