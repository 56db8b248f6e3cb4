// MARK: - Events

/// A change to one content block during a stream.
public enum ContentDelta: Sendable, Hashable {
    /// `text_delta`: more text.
    case text(String)
    /// `input_json_delta`: more of a tool call's JSON arguments (the first piece is often empty).
    case inputJSON(String)
    /// `thinking_delta`: more reasoning.
    case thinking(String)
    /// `signature_delta`: the thinking block's signature.
    case signature(String)
    /// A delta type added after this library was written; ignored when building the message.
    case unknown(type: String, raw: JSONValue)
}

/// The `message_delta` payload: how the message ended, and the cumulative usage.
public struct MessageDelta: Sendable, Hashable {
    /// The stop reason.
    public var stopReason: StopReason?
    /// The stop sequence produced, if any.
    public var stopSequence: String?
    /// Refusal details, when given.
    public var stopDetails: StopDetails?
    /// Usage so far (cumulative: it replaces earlier counts).
    public var usage: Usage?
    /// Other members of `delta`, kept as sent.
    public var extra: [String: JSONValue]
}

/// One event of a Messages API stream, typed.
public enum MessageStreamEvent: Sendable, Hashable {
    /// `message_start`: the message with empty content and no stop reason yet.
    case messageStart(MessageResponse)
    /// `content_block_start`: a new block at `index`.
    case contentBlockStart(index: Int, block: ContentBlock)
    /// `content_block_delta`: more content for the block at `index`.
    case contentBlockDelta(index: Int, delta: ContentDelta)
    /// `content_block_stop`: the block at `index` is complete.
    case contentBlockStop(index: Int)
    /// `message_delta`: the stop reason (a refusal shows up here) and usage.
    case messageDelta(MessageDelta)
    /// `message_stop`: the stream is complete.
    case messageStop
    /// `ping`: keeps the connection alive.
    case ping
    /// `error`: the server failed after HTTP 200.
    case error(APIErrorBody)
    /// An event this library does not know; ignored.
    case unknown(name: String, data: String)

    /// Types a server-sent event.
    ///
    /// - Throws: ``MessagesError/malformedStream(_:)`` when a known event's data is not the JSON it should be.
    public init(_ sse: ServerSentEvent) throws(MessagesError) {
        let name = sse.event ?? "message"
        let known: Set<String> = [
            "message_start", "content_block_start", "content_block_delta", "content_block_stop",
            "message_delta", "message_stop", "ping", "error",
        ]
        guard known.contains(name) else {
            self = .unknown(name: name, data: sse.data)
            return
        }
        let json: JSONValue
        do {
            json = try JSONValue.parse(Array(sse.data.utf8), what: "the data of event '\(name)'")
        } catch {
            if name == "ping" { self = .ping; return }
            throw .malformedStream(error.reasonText)
        }
        func index() throws(MessagesError) -> Int {
            guard let n = json["index"]?.numberValue, n >= 0, n < 1_000_000, n == n.rounded() else {
                throw .malformedStream("event '\(name)' has no valid 'index'")
            }
            return Int(n)
        }
        switch name {
        case "message_start":
            guard let message = json["message"] else { throw .malformedStream("message_start without 'message'") }
            do { self = .messageStart(try MessageResponse(json: message)) } catch { throw .malformedStream(error.reasonText) }
        case "content_block_start":
            guard let block = json["content_block"] else { throw .malformedStream("content_block_start without 'content_block'") }
            do { self = .contentBlockStart(index: try index(), block: try ContentBlock(json: block)) } catch { throw .malformedStream(error.reasonText) }
        case "content_block_delta":
            guard let delta = json["delta"], let type = delta["type"]?.stringValue else {
                throw .malformedStream("content_block_delta without a typed 'delta'")
            }
            func string(_ key: String) throws(MessagesError) -> String {
                guard let s = delta[key]?.stringValue else { throw .malformedStream("\(type) without a string '\(key)'") }
                return s
            }
            let typed: ContentDelta
            switch type {
            case "text_delta": typed = .text(try string("text"))
            case "input_json_delta": typed = .inputJSON(try string("partial_json"))
            case "thinking_delta": typed = .thinking(try string("thinking"))
            case "signature_delta": typed = .signature(try string("signature"))
            default: typed = .unknown(type: type, raw: delta)
            }
            self = .contentBlockDelta(index: try index(), delta: typed)
        case "content_block_stop":
            self = .contentBlockStop(index: try index())
        case "message_delta":
            var delta = json["delta"]?.objectValue ?? [:]
            let stopReason = delta.removeValue(forKey: "stop_reason")?.stringValue.map(StopReason.init(rawValue:))
            let stopSequence = delta.removeValue(forKey: "stop_sequence")?.stringValue
            var details: StopDetails?
            if let raw = delta.removeValue(forKey: "stop_details"), raw != .null {
                guard raw.objectValue != nil, let d = try? JSONCoding.decode(StopDetails.self, from: raw) else {
                    throw .malformedStream("message_delta has a 'stop_details' that is not an object")
                }
                details = d
            }
            self = .messageDelta(MessageDelta(
                stopReason: stopReason, stopSequence: stopSequence, stopDetails: details,
                usage: json["usage"].map(Usage.init(json:)), extra: delta))
        case "message_stop":
            self = .messageStop
        case "ping":
            self = .ping
        default:  // "error"
            self = .error(APIErrorBody(json: json) ?? APIErrorBody(type: "unknown_error", message: sse.data))
        }
    }
}

extension MessagesError {
    /// The reason without the case's own prefix, for wrapping into another case.
    var reasonText: String {
        switch self {
        case .invalidResponse(let s), .malformedStream(let s), .incompleteStream(let s), .connection(let s),
             .timeout(let s), .invalidRequest(let s):
            return s
        default:
            return description
        }
    }
}

// MARK: - Accumulator

/// Builds the final ``MessageResponse`` from a stream's events, as the official SDKs do.
///
/// Text, thinking and signature deltas extend their blocks; `input_json_delta` pieces are concatenated and
/// parsed when the block stops (or, if it never does, when the message is finished, keeping the complete
/// part); `message_delta` sets the stop reason, details and cumulative usage; `event: error` is thrown.
public struct MessageAccumulator: Sendable {
    /// The message so far; `nil` before `message_start`.
    public private(set) var message: MessageResponse?
    /// Whether `message_stop` arrived.
    public private(set) var isComplete = false
    /// The events applied so far (pings and unknown events included).
    public private(set) var eventCount = 0
    private var partialJSON: [Int: String] = [:]

    /// Creates an empty accumulator.
    public init() {}

    /// Whether a `message_delta` said the model refused.
    public var isRefusal: Bool { message?.stopReason == .refusal }

    /// The tool-call JSON received so far for the block at `index`.
    public func partialInput(at index: Int) -> String? { partialJSON[index] }

    /// Applies one event.
    ///
    /// - Throws: ``MessagesError/streamError(_:)`` for `event: error`; ``MessagesError/malformedStream(_:)``
    ///   for events out of order or deltas that do not fit their block.
    public mutating func apply(_ event: MessageStreamEvent) throws(MessagesError) {
        eventCount += 1
        switch event {
        case .ping, .unknown:
            return
        case .error(let body):
            throw .streamError(body)
        case .messageStart(let start):
            guard message == nil else { throw .malformedStream("a second message_start") }
            message = start
            return
        default:
            break
        }
        guard var m = message else { throw .malformedStream("\(event.name) before message_start") }
        defer { message = m }
        switch event {
        case .contentBlockStart(let index, let block):
            if index == m.content.count {
                m.content.append(block)
            } else if index < m.content.count {
                m.content[index] = block
            } else {
                throw .malformedStream("content_block_start for index \(index) while the message has \(m.content.count) blocks")
            }
        case .contentBlockDelta(let index, let delta):
            guard index < m.content.count else { throw .malformedStream("content_block_delta for block \(index), which has not started") }
            switch (delta, m.content[index]) {
            case (.text(let t), .text(var b)):
                b.text += t
                m.content[index] = .text(b)
            case (.thinking(let t), .thinking(var b)):
                b.thinking += t
                m.content[index] = .thinking(b)
            case (.signature(let s), .thinking(var b)):
                b.signature = s
                m.content[index] = .thinking(b)
            case (.inputJSON(let piece), .toolUse), (.inputJSON(let piece), .other):
                partialJSON[index, default: ""] += piece
            case (.unknown, _):
                break
            default:
                throw .malformedStream("a \(delta.name) for block \(index), which is a \(m.content[index].type) block")
            }
        case .contentBlockStop(let index):
            guard index < m.content.count else { throw .malformedStream("content_block_stop for block \(index), which has not started") }
            try resolveInput(at: index, in: &m)
        case .messageDelta(let delta):
            if let r = delta.stopReason { m.stopReason = r }
            if let s = delta.stopSequence { m.stopSequence = s }
            if let d = delta.stopDetails { m.stopDetails = d }
            if let u = delta.usage { m.usage = m.usage.merged(with: u) }
            m.extra.merge(delta.extra) { _, new in new }
        case .messageStop:
            isComplete = true
        case .messageStart, .ping, .unknown, .error:
            break
        }
    }

    /// Parses the JSON collected for the block at `index` into its `input`.
    private mutating func resolveInput(at index: Int, in m: inout MessageResponse) throws(MessagesError) {
        guard let json = partialJSON.removeValue(forKey: index) else { return }
        let input: JSONValue
        do {
            input = try PartialJSON.parse(json) ?? .object([:])
        } catch {
            throw .malformedStream("the tool input of block \(index) is not valid JSON (\(error)): \(json.prefix(120))")
        }
        switch m.content[index] {
        case .toolUse(var b):
            b.input = input
            m.content[index] = .toolUse(b)
        case .other(.object(var o)):
            o["input"] = input
            m.content[index] = .other(.object(o))
        default:
            break
        }
    }

    /// The finished message.
    ///
    /// - Parameter requireStop: Whether `message_stop` must have arrived; without it, a stream cut short after
    ///   its `message_delta` still gives the message (its stop reason is known).
    /// - Throws: ``MessagesError/incompleteStream(_:)`` when `message_start` or a required `message_stop` never came.
    public mutating func finish(requireStop: Bool = true) throws(MessagesError) -> MessageResponse {
        guard var m = message else {
            throw .incompleteStream(eventCount == 0 ? "no events were received" : "no message_start among \(eventCount) events")
        }
        guard isComplete || (!requireStop && m.stopReason != nil) else {
            throw .incompleteStream("the connection closed after \(eventCount) events without message_stop")
        }
        for index in partialJSON.keys.sorted() where index < m.content.count { try resolveInput(at: index, in: &m) }
        message = m
        return m
    }
}

extension MessageStreamEvent {
    /// The event's wire name.
    public var name: String {
        switch self {
        case .messageStart: return "message_start"
        case .contentBlockStart: return "content_block_start"
        case .contentBlockDelta: return "content_block_delta"
        case .contentBlockStop: return "content_block_stop"
        case .messageDelta: return "message_delta"
        case .messageStop: return "message_stop"
        case .ping: return "ping"
        case .error: return "error"
        case .unknown(let name, _): return name
        }
    }
}

extension ContentDelta {
    /// The delta's wire type.
    public var name: String {
        switch self {
        case .text: return "text_delta"
        case .inputJSON: return "input_json_delta"
        case .thinking: return "thinking_delta"
        case .signature: return "signature_delta"
        case .unknown(let type, _): return type
        }
    }
}
