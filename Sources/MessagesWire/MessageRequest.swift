// MARK: - Messages

/// The author of a turn in a Messages API conversation.
public enum MessageRole: String, Sendable, Hashable, Codable {
    /// The person (or program) asking.
    case user
    /// The model.
    case assistant
}

/// A turn's content: a plain string, or a list of content blocks.
public enum MessageContent: Sendable, Hashable, Codable {
    /// A plain string, as most prompts are sent.
    case text(String)
    /// Content blocks (text, images, tool results, …).
    case blocks([ContentBlock])

    /// Decodes a string or an array of blocks.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let s = try? container.decode(String.self) {
            self = .text(s)
        } else {
            self = .blocks(try container.decode([ContentBlock].self))
        }
    }

    /// Encodes a string or an array of blocks.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let s): try container.encode(s)
        case .blocks(let b): try container.encode(b)
        }
    }

    /// The text of the content: the string, or the text blocks joined with blank lines.
    public var plainText: String {
        switch self {
        case .text(let s): return s
        case .blocks(let blocks): return blocks.compactMap(\.text).joined(separator: "\n\n")
        }
    }

    /// This content with its text replaced by `newText`: the string, or the first text block (others dropped).
    ///
    /// Non-text blocks (images, tool results) are kept in place.
    public func replacingText(with newText: String) -> MessageContent {
        switch self {
        case .text: return .text(newText)
        case .blocks(let blocks):
            var out: [ContentBlock] = []
            var placed = false
            for block in blocks {
                if case .text = block {
                    if !placed { out.append(.text(TextBlock(text: newText))); placed = true }
                } else {
                    out.append(block)
                }
            }
            if !placed { out.append(.text(TextBlock(text: newText))) }
            return .blocks(out)
        }
    }
}

/// One turn of a conversation.
public struct Message: Sendable, Hashable, Codable {
    /// Who wrote it.
    public var role: MessageRole
    /// What it says.
    public var content: MessageContent

    /// Creates a turn.
    public init(role: MessageRole, content: MessageContent) {
        self.role = role
        self.content = content
    }

    /// A user turn with plain text.
    public static func user(_ text: String) -> Message { Message(role: .user, content: .text(text)) }

    /// An assistant turn with plain text.
    public static func assistant(_ text: String) -> Message { Message(role: .assistant, content: .text(text)) }
}

/// A system prompt: a plain string or text blocks (for cache control and the like), encoded like a turn's content.
public typealias SystemPrompt = MessageContent

// MARK: - Request

/// A `POST /v1/messages` request body.
///
/// Fields this type does not model (`metadata`, `thinking`, `tool_choice`, betas…) go in ``extra`` and are sent
/// as given; a decoded request keeps every unknown field there.
public struct MessageRequest: Sendable, Hashable, Codable {
    /// The model to ask.
    public var model: String
    /// The most tokens the reply may have.
    public var maxTokens: Int
    /// The conversation so far; the last turn is usually the user's.
    public var messages: [Message]
    /// The system prompt.
    public var system: SystemPrompt?
    /// Strings that end the reply early.
    public var stopSequences: [String]?
    /// Tool definitions, as raw JSON objects.
    public var tools: [JSONValue]?
    /// Whether to stream the reply as server-sent events.
    public var stream: Bool?
    /// Sampling temperature (not sent under API version 2026-10-21, which rejects it).
    public var temperature: Double?
    /// Nucleus sampling (not sent under API version 2026-10-21).
    public var topP: Double?
    /// Top-k sampling (not sent under API version 2026-10-21).
    public var topK: Int?
    /// Every other field, sent and kept as raw JSON.
    public var extra: [String: JSONValue]

    /// Creates a request.
    public init(
        model: String, maxTokens: Int, messages: [Message], system: SystemPrompt? = nil,
        stopSequences: [String]? = nil, tools: [JSONValue]? = nil, stream: Bool? = nil,
        temperature: Double? = nil, topP: Double? = nil, topK: Int? = nil, extra: [String: JSONValue] = [:]
    ) {
        self.model = model
        self.maxTokens = maxTokens
        self.messages = messages
        self.system = system
        self.stopSequences = stopSequences
        self.tools = tools
        self.stream = stream
        self.temperature = temperature
        self.topP = topP
        self.topK = topK
        self.extra = extra
    }

    /// Whether the reply will be streamed.
    public var isStreaming: Bool { stream == true }

    /// The index of the last user turn, if any.
    public var lastUserIndex: Int? { messages.lastIndex { $0.role == .user } }

    /// The text of the last user turn, if any.
    public var lastUserText: String? { lastUserIndex.map { messages[$0].content.plainText } }

    enum Key: String, CaseIterable {
        case model, maxTokens = "max_tokens", messages, system, stopSequences = "stop_sequences", tools, stream
        case temperature, topP = "top_p", topK = "top_k"
    }

    /// Decodes a request, keeping unknown fields in ``extra``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        model = try c.decode(String.self, forKey: AnyKey(Key.model.rawValue))
        maxTokens = try c.decode(Int.self, forKey: AnyKey(Key.maxTokens.rawValue))
        messages = try c.decode([Message].self, forKey: AnyKey(Key.messages.rawValue))
        system = try c.decodeIfPresent(SystemPrompt.self, forKey: AnyKey(Key.system.rawValue))
        stopSequences = try c.decodeIfPresent([String].self, forKey: AnyKey(Key.stopSequences.rawValue))
        tools = try c.decodeIfPresent([JSONValue].self, forKey: AnyKey(Key.tools.rawValue))
        stream = try c.decodeIfPresent(Bool.self, forKey: AnyKey(Key.stream.rawValue))
        temperature = try c.decodeIfPresent(Double.self, forKey: AnyKey(Key.temperature.rawValue))
        topP = try c.decodeIfPresent(Double.self, forKey: AnyKey(Key.topP.rawValue))
        topK = try c.decodeIfPresent(Int.self, forKey: AnyKey(Key.topK.rawValue))
        let known = Set(Key.allCases.map(\.rawValue))
        var extra: [String: JSONValue] = [:]
        for key in c.allKeys where !known.contains(key.stringValue) {
            extra[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
        }
        self.extra = extra
    }

    /// Encodes the request with its ``extra`` fields; modelled fields win over extra ones of the same name.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        let known = Set(Key.allCases.map(\.rawValue))
        for (key, value) in extra where !known.contains(key) { try c.encode(value, forKey: AnyKey(key)) }
        try c.encode(model, forKey: AnyKey(Key.model.rawValue))
        try c.encode(maxTokens, forKey: AnyKey(Key.maxTokens.rawValue))
        try c.encode(messages, forKey: AnyKey(Key.messages.rawValue))
        try c.encodeIfPresent(system, forKey: AnyKey(Key.system.rawValue))
        try c.encodeIfPresent(stopSequences, forKey: AnyKey(Key.stopSequences.rawValue))
        try c.encodeIfPresent(tools, forKey: AnyKey(Key.tools.rawValue))
        try c.encodeIfPresent(stream, forKey: AnyKey(Key.stream.rawValue))
        try c.encodeIfPresent(temperature, forKey: AnyKey(Key.temperature.rawValue))
        try c.encodeIfPresent(topP, forKey: AnyKey(Key.topP.rawValue))
        try c.encodeIfPresent(topK, forKey: AnyKey(Key.topK.rawValue))
    }

    /// This request as sent under `version`: sampling fields the version rejects are left out.
    public func prepared(for version: APIVersion) -> MessageRequest {
        guard !version.acceptsSamplingParameters else { return self }
        var copy = self
        copy.temperature = nil
        copy.topP = nil
        copy.topK = nil
        for key in ["temperature", "top_p", "top_k"] { copy.extra[key] = nil }
        return copy
    }
}

/// A coding key for any member name.
struct AnyKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
