internal import Foundation
internal import PCRE2Kit
internal import Synchronization

/// One request as the emulator received it, with what it answered: a line of the request log.
///
/// The API key is never recorded: only which header carried one.
public struct LoggedRequest: Sendable, Hashable, Codable {
    /// 1 for the first request the emulator received.
    public var sequence: Int
    /// When it arrived, ISO 8601 UTC.
    public var time: String
    /// The HTTP method.
    public var method: String
    /// The path, without the query.
    public var path: String
    /// `x-api-key`, `bearer` or `none`.
    public var auth: String
    /// The `anthropic-version` header.
    public var anthropicVersion: String?
    /// The `x-stainless-retry-count` header.
    public var retryCount: String?
    /// The requested model.
    public var model: String?
    /// Whether `"stream": true` was in the body.
    public var stream: Bool
    /// The text of the last user turn.
    public var lastUserText: String?
    /// The roles of the turns, in order.
    public var roles: [String]
    /// The body as received.
    public var body: String
    /// The status answered.
    public var status: Int
    /// `answered`, `refused`, `refused-as-text`, `fault:KIND` or `rejected:ERROR_TYPE`.
    public var outcome: String

    enum CodingKeys: String, CodingKey {
        case sequence, time, method, path, auth, anthropicVersion = "anthropic_version", retryCount = "retry_count"
        case model, stream, lastUserText = "last_user_text", roles, body, status, outcome
    }
}

/// What to send back for one request.
enum PlannedResponse: Sendable {
    /// A complete response.
    case json(status: Int, headers: [(String, String)], body: String)
    /// HTTP 200 and server-sent events, one write per element; then either end the response or drop the connection.
    case sse(headers: [(String, String)], events: [String], dropAfter: Bool)
    /// Close the connection without answering.
    case drop
    /// Keep the connection open and never answer.
    case hang
    /// A status line and headers, then `byte` once per `interval` until the client goes away (at most ten minutes).
    case trickle(headers: [(String, String)], byte: UInt8, interval: Duration)
    /// A status line and headers, `prefix`, then `filler` repeated until the client goes away (at most 1 GiB).
    case endless(headers: [(String, String)], prefix: String, filler: UInt8)
}

/// The emulator's request handling, free of networking so it can be reasoned about (and tested) alone.
final class EmulatorEngine: Sendable {
    let compiled: CompiledConfiguration
    private let state: Mutex<State>
    private let logFile: FileHandle?

    struct State {
        var sequence = 0
        var faultsLeft: [Int]
        var log: [LoggedRequest] = []
    }

    /// Creates an engine; `logPath` receives one JSON line per request.
    init(_ compiled: CompiledConfiguration, logPath: String?) throws(EmulatorError) {
        self.compiled = compiled
        state = Mutex(State(faultsLeft: compiled.configuration.faults.map(\.count)))
        if let logPath {
            if !FileManager.default.fileExists(atPath: logPath) {
                guard FileManager.default.createFile(atPath: logPath, contents: nil) else { throw .requestLog("cannot create '\(logPath)'") }
            }
            guard let handle = FileHandle(forWritingAtPath: logPath) else { throw .requestLog("cannot open '\(logPath)' for writing") }
            handle.seekToEndOfFile()
            logFile = handle
        } else {
            logFile = nil
        }
    }

    /// Every request so far.
    var requests: [LoggedRequest] { state.withLock { $0.log } }

    /// Plans the response to one request and records it.
    func handle(method: String, uri: String, headers: [(String, String)], body: [UInt8]) -> PlannedResponse {
        func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name }?.1 }
        let sequence = state.withLock { s -> Int in s.sequence += 1; return s.sequence }
        let path = String(uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        let bearer = header("authorization").flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let apiKey = header("x-api-key")
        let bodyText = String(decoding: body, as: UTF8.self)
        let json = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        let messages = json?["messages"] as? [[String: Any]] ?? []
        let lastUser = messages.last { $0["role"] as? String == "user" }.map { Self.text(of: $0["content"]) }
        var entry = LoggedRequest(
            sequence: sequence, time: Self.timestamp(), method: method, path: path,
            auth: apiKey != nil ? "x-api-key" : bearer != nil ? "bearer" : "none",
            anthropicVersion: header("anthropic-version"), retryCount: header("x-stainless-retry-count"),
            model: json?["model"] as? String, stream: json?["stream"] as? Bool == true, lastUserText: lastUser,
            roles: messages.map { $0["role"] as? String ?? "?" }, body: bodyText, status: 200, outcome: "answered")
        let requestID = "req_emu_\(sequence)"
        let plan = plan(&entry, requestID: requestID, json: json, apiKey: apiKey ?? bearer, lastUser: lastUser ?? "")
        record(entry)
        return plan
    }

    private func plan(_ entry: inout LoggedRequest, requestID: String, json: [String: Any]?, apiKey: String?, lastUser: String) -> PlannedResponse {
        func reject(_ status: Int, _ type: String, _ message: String, extra: [(String, String)] = []) -> PlannedResponse {
            entry.status = status
            entry.outcome = "rejected:\(type)"
            return .json(status: status, headers: [("request-id", requestID)] + extra, body: Self.errorBody(type, message, requestID))
        }
        guard entry.path == "/v1/messages" else { return reject(404, "not_found_error", "no route for \(entry.path); the emulator serves /v1/messages") }
        guard entry.method == "POST" else { return reject(405, "invalid_request_error", "use POST for /v1/messages") }
        guard let key = apiKey, !key.isEmpty else {
            return reject(401, "authentication_error", "send an x-api-key header or Authorization: Bearer")
        }
        if let expected = compiled.configuration.apiKey, key != expected {
            return reject(401, "authentication_error", "invalid API key")
        }
        guard let version = entry.anthropicVersion else { return reject(400, "invalid_request_error", "anthropic-version: header is required") }
        guard ["2023-06-01", "2026-10-21"].contains(version) else {
            return reject(400, "invalid_request_error", "anthropic-version: '\(version)' is not a supported version (2023-06-01, 2026-10-21)")
        }
        guard let json else { return reject(400, "invalid_request_error", "the body is not a JSON object") }
        guard entry.model != nil else { return reject(400, "invalid_request_error", "model: field required") }
        guard json["max_tokens"] is NSNumber else { return reject(400, "invalid_request_error", "max_tokens: field required") }
        guard let messages = json["messages"] as? [[String: Any]], !messages.isEmpty else {
            return reject(400, "invalid_request_error", "messages: at least one message is required")
        }
        for (i, m) in messages.enumerated() {
            guard let role = m["role"] as? String, role == "user" || role == "assistant" else {
                return reject(400, "invalid_request_error", "messages.\(i).role: must be 'user' or 'assistant'")
            }
            guard m["content"] is String || m["content"] is [Any] else {
                return reject(400, "invalid_request_error", "messages.\(i).content: must be a string or a list of blocks")
            }
        }
        if version == "2026-10-21" {
            for field in ["temperature", "top_p", "top_k"] where json[field] != nil {
                return reject(400, "invalid_request_error", "\(field): not supported with anthropic-version 2026-10-21")
            }
        }

        let streaming = entry.stream
        if let fault = takeFault(lastUser: lastUser, streaming: streaming) {
            entry.outcome = "fault:\(fault.kind.rawValue)"
            var extra: [(String, String)] = [("request-id", requestID)]
            if let v = fault.retryAfter { extra.append(("retry-after", v)) }
            if let v = fault.retryAfterMs { extra.append(("retry-after-ms", v)) }
            if let v = fault.shouldRetry { extra.append(("x-should-retry", v ? "true" : "false")) }
            switch fault.kind {
            case .rateLimited:
                entry.status = 429
                return .json(status: 429, headers: extra, body: Self.errorBody("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit (emulated)", requestID))
            case .overloaded:
                entry.status = 529
                return .json(status: 529, headers: extra, body: Self.errorBody("overloaded_error", "Overloaded (emulated)", requestID))
            case .serverError:
                entry.status = 500
                return .json(status: 500, headers: extra, body: Self.errorBody("api_error", "Internal server error (emulated)", requestID))
            case .drop:
                entry.status = 0
                guard streaming else { return .drop }
                let events = Array(streamEvents(entry, requestID: requestID, text: "The answer is on its w", stop: "end_turn", details: nil).prefix(4))
                entry.status = 200
                return .sse(headers: Self.sseHeaders(requestID), events: events, dropAfter: true)
            case .streamError:
                let events = Array(streamEvents(entry, requestID: requestID, text: "Let me look that up", stop: "end_turn", details: nil).prefix(4))
                let error = Self.event("error", ["type": "error", "error": ["type": "overloaded_error", "message": "Overloaded (emulated, after HTTP 200)"], "request_id": requestID])
                return .sse(headers: Self.sseHeaders(requestID), events: events + [error], dropAfter: false)
            case .hang:
                entry.status = 0
                return .hang
            case .slowLoris:
                return streaming
                    ? .trickle(headers: Self.sseHeaders(requestID), byte: UInt8(ascii: ":"), interval: .milliseconds(100))
                    : .trickle(headers: [("content-type", "application/json"), ("request-id", requestID)], byte: 0x20, interval: .milliseconds(100))
            case .hugeBody:
                return streaming
                    ? .endless(headers: Self.sseHeaders(requestID), prefix: "event: content_block_delta\ndata: ", filler: UInt8(ascii: "x"))
                    : .endless(headers: [("content-type", "application/json"), ("request-id", requestID)], prefix: "{\"type\":\"message\",\"padding\":\"", filler: UInt8(ascii: "x"))
            case .truncated:
                let events = streamEvents(entry, requestID: requestID, text: "The answer is", stop: "end_turn", details: nil)
                let cut = events.filter { !$0.hasPrefix("event: message_delta") && !$0.hasPrefix("event: message_stop") }
                return .sse(headers: Self.sseHeaders(requestID), events: cut, dropAfter: false)
            case .malformedSSE:
                let events = Array(streamEvents(entry, requestID: requestID, text: "Fine", stop: "end_turn", details: nil).prefix(2))
                let broken = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"cut\n\n"
                return .sse(headers: Self.sseHeaders(requestID), events: events + [broken], dropAfter: false)
            }
        }

        // Refusals.
        for (trigger, pattern) in zip(compiled.configuration.refusals, compiled.refusalPatterns) {
            if let models = trigger.models, !models.contains(entry.model ?? "") { continue }
            guard (try? pattern.isMatch(lastUser)) == true else { continue }
            if trigger.style == .inputValidation {
                entry.outcome = "refused-400"
                entry.status = 400
                return .json(status: 400, headers: [("request-id", requestID)], body: Self.errorBody(
                    "invalid_request_error", "Input validation blocked this request: it was refused by the content filter (emulated).", requestID))
            }
            if trigger.style == .text {
                entry.outcome = "refused-as-text"
                return answer(entry, requestID: requestID, text: "I'm sorry, but I can't help with that request.", stop: "end_turn", details: nil)
            }
            entry.outcome = "refused"
            let details: [String: Any] = [
                "type": "refusal", "category": trigger.category.map { $0 as Any } ?? NSNull(),
                "explanation": "This request was refused by the emulator's trigger.",
            ]
            let partial = trigger.partialText ?? "I can help with th"
            return answer(entry, requestID: requestID, text: streaming ? partial : "", stop: "refusal", details: details)
        }
        let prefix = String(lastUser.prefix(200))
        let reply = compiled.configuration.reply.replacingOccurrences(of: "{prompt}", with: prefix)
        return answer(entry, requestID: requestID, text: reply, stop: "end_turn", details: nil)
    }

    /// The first fault with uses left that matches, used once.
    private func takeFault(lastUser: String, streaming: Bool) -> Fault? {
        let faults = compiled.configuration.faults
        return state.withLock { s -> Fault? in
            for i in faults.indices where s.faultsLeft[i] > 0 && faults[i].applies(streaming: streaming) {
                if let p = compiled.faultPatterns[i], (try? p.isMatch(lastUser)) != true { continue }
                s.faultsLeft[i] -= 1
                return faults[i]
            }
            return nil
        }
    }

    private func answer(_ entry: LoggedRequest, requestID: String, text: String, stop: String, details: [String: Any]?) -> PlannedResponse {
        if entry.stream {
            return .sse(headers: Self.sseHeaders(requestID), events: streamEvents(entry, requestID: requestID, text: text, stop: stop, details: details), dropAfter: false)
        }
        var message = messageObject(entry, requestID: requestID)
        message["content"] = text.isEmpty ? [] : [["type": "text", "text": text]]
        message["stop_reason"] = stop
        message["stop_details"] = details.map { $0 as Any } ?? NSNull()
        message["usage"] = ["input_tokens": Self.tokens(entry.lastUserText ?? ""), "output_tokens": Self.tokens(text)]
        return .json(status: 200, headers: [("request-id", requestID)], body: Self.serialize(message))
    }

    private func messageObject(_ entry: LoggedRequest, requestID: String) -> [String: Any] {
        [
            "id": "msg_emu_\(entry.sequence)", "type": "message", "role": "assistant", "model": entry.model ?? "",
            "content": [Any](), "stop_reason": NSNull(), "stop_sequence": NSNull(), "stop_details": NSNull(),
            "usage": ["input_tokens": Self.tokens(entry.lastUserText ?? ""), "output_tokens": 1],
        ]
    }

    /// The events of a streamed reply: start, one text block in chunks, the stop reason, stop.
    private func streamEvents(_ entry: LoggedRequest, requestID: String, text: String, stop: String, details: [String: Any]?) -> [String] {
        var events = [Self.event("message_start", ["type": "message_start", "message": messageObject(entry, requestID: requestID)])]
        events.append(Self.event("content_block_start", ["type": "content_block_start", "index": 0, "content_block": ["type": "text", "text": ""]]))
        events.append(Self.event("ping", ["type": "ping"]))
        var rest = Substring(text)
        while !rest.isEmpty {
            let piece = rest.prefix(compiled.configuration.chunkSize)
            rest = rest.dropFirst(piece.count)
            events.append(Self.event("content_block_delta", ["type": "content_block_delta", "index": 0, "delta": ["type": "text_delta", "text": String(piece)]]))
        }
        events.append(Self.event("content_block_stop", ["type": "content_block_stop", "index": 0]))
        events.append(Self.event("message_delta", [
            "type": "message_delta",
            "delta": ["stop_reason": stop, "stop_sequence": NSNull(), "stop_details": details.map { $0 as Any } ?? NSNull()],
            "usage": ["output_tokens": Self.tokens(text)],
        ]))
        events.append(Self.event("message_stop", ["type": "message_stop"]))
        return events
    }

    private func record(_ entry: LoggedRequest) {
        state.withLock { s in
            s.log.append(entry)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let logFile, let line = try? encoder.encode(entry) {
                logFile.write(line + Data([0x0A]))
            }
        }
    }

    // MARK: - Helpers

    static func sseHeaders(_ requestID: String) -> [(String, String)] {
        [("content-type", "text/event-stream; charset=utf-8"), ("cache-control", "no-cache"), ("request-id", requestID)]
    }

    static func event(_ name: String, _ data: [String: Any]) -> String {
        "event: \(name)\ndata: \(serialize(data))\n\n"
    }

    static func errorBody(_ type: String, _ message: String, _ requestID: String) -> String {
        serialize(["type": "error", "error": ["type": type, "message": message], "request_id": requestID])
    }

    static func serialize(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of a `content` value: the string, or its text blocks joined with blank lines.
    static func text(of content: Any?) -> String {
        if let s = content as? String { return s }
        let blocks = content as? [[String: Any]] ?? []
        return blocks.compactMap { block -> String? in block["type"] as? String == "text" ? block["text"] as? String : nil }.joined(separator: "\n\n")
    }

    /// A rough token count: words.
    static func tokens(_ text: String) -> Int { max(1, text.split { $0 == " " || $0 == "\n" }.count) }

    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }
}
