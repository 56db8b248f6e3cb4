// MARK: - Content blocks

/// A `text` block.
public struct TextBlock: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Other members (`citations`, `cache_control`…), kept as sent.
    public var extra: [String: JSONValue]

    /// Creates a text block.
    public init(text: String, extra: [String: JSONValue] = [:]) {
        self.text = text
        self.extra = extra
    }
}

/// A `tool_use` block: the model calling a tool.
public struct ToolUseBlock: Sendable, Hashable {
    /// The call's id, quoted back in the `tool_result`.
    public var id: String
    /// The tool's name.
    public var name: String
    /// The arguments.
    public var input: JSONValue
    /// Other members (`caller`…), kept as sent.
    public var extra: [String: JSONValue]

    /// Creates a tool-use block.
    public init(id: String, name: String, input: JSONValue, extra: [String: JSONValue] = [:]) {
        self.id = id
        self.name = name
        self.input = input
        self.extra = extra
    }
}

/// A `thinking` block: the model's visible reasoning and its signature.
public struct ThinkingBlock: Sendable, Hashable {
    /// The reasoning text.
    public var thinking: String
    /// The signature that must be sent back unchanged with the block.
    public var signature: String
    /// Other members, kept as sent.
    public var extra: [String: JSONValue]

    /// Creates a thinking block.
    public init(thinking: String, signature: String, extra: [String: JSONValue] = [:]) {
        self.thinking = thinking
        self.signature = signature
        self.extra = extra
    }
}

/// One content block of a message; types this library does not model are kept as raw JSON.
public enum ContentBlock: Sendable, Hashable, Codable {
    /// Text.
    case text(TextBlock)
    /// A tool call.
    case toolUse(ToolUseBlock)
    /// Reasoning.
    case thinking(ThinkingBlock)
    /// Any other block (`image`, `tool_result`, `server_tool_use`, `fallback`, …), as received.
    case other(JSONValue)

    /// The block's `type`.
    public var type: String {
        switch self {
        case .text: return "text"
        case .toolUse: return "tool_use"
        case .thinking: return "thinking"
        case .other(let raw): return raw["type"]?.stringValue ?? "unknown"
        }
    }

    /// The text of a text block.
    public var text: String? {
        if case .text(let t) = self { return t.text }
        return nil
    }

    /// Decodes a block from its JSON object.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        self = try ContentBlock(json: raw)
    }

    /// Builds a block from its JSON object.
    ///
    /// - Throws: ``MessagesError/invalidResponse(_:)`` when a known type lacks a required member.
    public init(json raw: JSONValue) throws(MessagesError) {
        guard var members = raw.objectValue, let type = members["type"]?.stringValue else {
            throw .invalidResponse("content block without a 'type': \(raw.compactDescription)")
        }
        members["type"] = nil
        func take(_ key: String) throws(MessagesError) -> String {
            guard let s = members.removeValue(forKey: key)?.stringValue else {
                throw .invalidResponse("\(type) block without a string '\(key)'")
            }
            return s
        }
        switch type {
        case "text":
            self = .text(TextBlock(text: try take("text"), extra: members))
        case "tool_use":
            let id = try take("id"), name = try take("name")
            let input = members.removeValue(forKey: "input") ?? .object([:])
            self = .toolUse(ToolUseBlock(id: id, name: name, input: input, extra: members))
        case "thinking":
            let thinking = try take("thinking")
            let signature = members.removeValue(forKey: "signature")?.stringValue ?? ""
            self = .thinking(ThinkingBlock(thinking: thinking, signature: signature, extra: members))
        default:
            self = .other(raw)
        }
    }

    /// The block as a JSON object.
    public var json: JSONValue {
        switch self {
        case .text(let b):
            var o = b.extra
            o["type"] = .string("text")
            o["text"] = .string(b.text)
            return .object(o)
        case .toolUse(let b):
            var o = b.extra
            o["type"] = .string("tool_use")
            o["id"] = .string(b.id)
            o["name"] = .string(b.name)
            o["input"] = b.input
            return .object(o)
        case .thinking(let b):
            var o = b.extra
            o["type"] = .string("thinking")
            o["thinking"] = .string(b.thinking)
            o["signature"] = .string(b.signature)
            return .object(o)
        case .other(let raw):
            return raw
        }
    }

    /// Encodes the block as its JSON object.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

// MARK: - Stop reason and details

/// Why the model stopped; values this library does not know are kept.
public enum StopReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The reply is complete.
    case endTurn
    /// `max_tokens` was reached; the reply is truncated.
    case maxTokens
    /// One of the stop sequences was produced.
    case stopSequence
    /// The model called a tool.
    case toolUse
    /// A long-running turn was paused; send the content back to continue.
    case pauseTurn
    /// The model (or its classifier) refused.
    case refusal
    /// The context window filled up; the reply is truncated.
    case modelContextWindowExceeded
    /// A value added after this library was written.
    case unknown(String)

    /// Creates the value for a wire string.
    public init(rawValue: String) {
        switch rawValue {
        case "end_turn": self = .endTurn
        case "max_tokens": self = .maxTokens
        case "stop_sequence": self = .stopSequence
        case "tool_use": self = .toolUse
        case "pause_turn": self = .pauseTurn
        case "refusal": self = .refusal
        case "model_context_window_exceeded": self = .modelContextWindowExceeded
        default: self = .unknown(rawValue)
        }
    }

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .endTurn: return "end_turn"
        case .maxTokens: return "max_tokens"
        case .stopSequence: return "stop_sequence"
        case .toolUse: return "tool_use"
        case .pauseTurn: return "pause_turn"
        case .refusal: return "refusal"
        case .modelContextWindowExceeded: return "model_context_window_exceeded"
        case .unknown(let s): return s
        }
    }

    /// The wire string.
    public var description: String { rawValue }

    /// Decodes the wire string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the wire string.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// `stop_details`: more about a refusal. Its free-text `explanation` is kept but should never be parsed.
public struct StopDetails: Sendable, Hashable, Codable {
    /// The details' `type` (`refusal`).
    public var type: String?
    /// The refusal category (`cyber`, `bio`, `frontier_llm`, `reasoning_extraction`, `general_harms`), if given.
    public var category: String?
    /// A human-readable explanation; its wording changes, so do not match on it.
    public var explanation: String?
    /// Every other member (`recommended_model`, `fallback_credit_token`, …), as sent.
    public var extra: [String: JSONValue]

    /// Creates details.
    public init(type: String? = "refusal", category: String? = nil, explanation: String? = nil, extra: [String: JSONValue] = [:]) {
        self.type = type
        self.category = category
        self.explanation = explanation
        self.extra = extra
    }

    /// Decodes the details, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        guard var o = try JSONValue(from: decoder).objectValue else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "stop_details is not an object"))
        }
        type = o.removeValue(forKey: "type")?.stringValue
        category = o.removeValue(forKey: "category")?.stringValue
        explanation = o.removeValue(forKey: "explanation")?.stringValue
        extra = o
    }

    /// Encodes the details with their unknown members.
    public func encode(to encoder: any Encoder) throws {
        var o = extra
        o["type"] = type.map(JSONValue.string) ?? .null
        o["category"] = category.map(JSONValue.string) ?? .null
        o["explanation"] = explanation.map(JSONValue.string) ?? .null
        try JSONValue.object(o).encode(to: encoder)
    }
}

/// Token counts; members this library does not model are kept in ``extra``.
public struct Usage: Sendable, Hashable, Codable {
    /// Input tokens.
    public var inputTokens: Int?
    /// Output tokens.
    public var outputTokens: Int?
    /// Input tokens written to the cache.
    public var cacheCreationInputTokens: Int?
    /// Input tokens read from the cache.
    public var cacheReadInputTokens: Int?
    /// Every other member (`service_tier`, `iterations`, …), as sent.
    public var extra: [String: JSONValue]

    /// Creates usage.
    public init(inputTokens: Int? = nil, outputTokens: Int? = nil, cacheCreationInputTokens: Int? = nil,
                cacheReadInputTokens: Int? = nil, extra: [String: JSONValue] = [:]) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cacheCreationInputTokens = cacheCreationInputTokens
        self.cacheReadInputTokens = cacheReadInputTokens
        self.extra = extra
    }

    /// Decodes usage from a JSON object, tolerating unknown and null members.
    public init(json: JSONValue) {
        var o = json.objectValue ?? [:]
        func int(_ key: String) -> Int? {
            guard let value = o[key], let n = value.numberValue, let i = Int(exactly: n.rounded()) else { return nil }
            o[key] = nil
            return i
        }
        inputTokens = int("input_tokens")
        outputTokens = int("output_tokens")
        cacheCreationInputTokens = int("cache_creation_input_tokens")
        cacheReadInputTokens = int("cache_read_input_tokens")
        extra = o
    }

    /// This usage with every member `update` carries replacing its own (`message_delta` usage is cumulative).
    public func merged(with update: Usage) -> Usage {
        var u = self
        if let v = update.inputTokens { u.inputTokens = v }
        if let v = update.outputTokens { u.outputTokens = v }
        if let v = update.cacheCreationInputTokens { u.cacheCreationInputTokens = v }
        if let v = update.cacheReadInputTokens { u.cacheReadInputTokens = v }
        u.extra.merge(update.extra) { _, new in new }
        return u
    }

    /// The usage as a JSON object.
    public var json: JSONValue {
        var o = extra
        if let v = inputTokens { o["input_tokens"] = .number(Double(v)) }
        if let v = outputTokens { o["output_tokens"] = .number(Double(v)) }
        if let v = cacheCreationInputTokens { o["cache_creation_input_tokens"] = .number(Double(v)) }
        if let v = cacheReadInputTokens { o["cache_read_input_tokens"] = .number(Double(v)) }
        return .object(o)
    }

    /// Decodes usage.
    public init(from decoder: any Decoder) throws { self.init(json: try JSONValue(from: decoder)) }

    /// Encodes usage.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

// MARK: - Response

/// A complete reply from `POST /v1/messages` (or the message a stream builds).
public struct MessageResponse: Sendable, Hashable, Codable {
    /// The message id.
    public var id: String
    /// The model that answered.
    public var model: String
    /// Always `assistant`.
    public var role: MessageRole
    /// The content blocks, unknown types included.
    public var content: [ContentBlock]
    /// Why the model stopped; `nil` only while a stream is still running.
    public var stopReason: StopReason?
    /// The stop sequence produced, if that is why it stopped.
    public var stopSequence: String?
    /// More about a refusal, when given.
    public var stopDetails: StopDetails?
    /// Token counts.
    public var usage: Usage
    /// Every other top-level member, as sent.
    public var extra: [String: JSONValue]

    /// Creates a response.
    public init(id: String, model: String, role: MessageRole = .assistant, content: [ContentBlock], stopReason: StopReason?,
                stopSequence: String? = nil, stopDetails: StopDetails? = nil, usage: Usage = Usage(), extra: [String: JSONValue] = [:]) {
        self.id = id
        self.model = model
        self.role = role
        self.content = content
        self.stopReason = stopReason
        self.stopSequence = stopSequence
        self.stopDetails = stopDetails
        self.usage = usage
        self.extra = extra
    }

    /// The text blocks joined together.
    public var text: String { content.compactMap(\.text).joined() }

    /// Whether the model refused (`stop_reason: "refusal"`).
    public var isRefusal: Bool { stopReason == .refusal }

    /// Builds a response from its JSON object.
    ///
    /// - Throws: ``MessagesError/invalidResponse(_:)`` naming the first missing or mistyped member.
    public init(json: JSONValue) throws(MessagesError) {
        guard var o = json.objectValue else { throw .invalidResponse("the message is not a JSON object") }
        if let type = o["type"]?.stringValue, type != "message" {
            throw .invalidResponse("expected an object of type 'message', got '\(type)'")
        }
        o["type"] = nil
        guard let id = o.removeValue(forKey: "id")?.stringValue else { throw .invalidResponse("the message has no string 'id'") }
        guard let model = o.removeValue(forKey: "model")?.stringValue else { throw .invalidResponse("the message has no string 'model'") }
        self.id = id
        self.model = model
        role = MessageRole(rawValue: o.removeValue(forKey: "role")?.stringValue ?? "assistant") ?? .assistant
        var blocks: [ContentBlock] = []
        for raw in o.removeValue(forKey: "content")?.arrayValue ?? [] { blocks.append(try ContentBlock(json: raw)) }
        content = blocks
        stopReason = o.removeValue(forKey: "stop_reason")?.stringValue.map(StopReason.init(rawValue:))
        stopSequence = o.removeValue(forKey: "stop_sequence")?.stringValue
        stopDetails = try o.removeValue(forKey: "stop_details").flatMap { (v) throws(MessagesError) -> StopDetails? in
            if v == .null { return nil }
            guard v.objectValue != nil else { throw .invalidResponse("stop_details is not an object") }
            return try? JSONCoding.decode(StopDetails.self, from: v)
        }
        usage = Usage(json: o.removeValue(forKey: "usage") ?? .object([:]))
        extra = o
    }

    /// The response as a JSON object, in the API's shape.
    public var json: JSONValue {
        var o = extra
        o["type"] = .string("message")
        o["id"] = .string(id)
        o["model"] = .string(model)
        o["role"] = .string(role.rawValue)
        o["content"] = .array(content.map(\.json))
        o["stop_reason"] = stopReason.map { .string($0.rawValue) } ?? .null
        o["stop_sequence"] = stopSequence.map(JSONValue.string) ?? .null
        o["stop_details"] = stopDetails.flatMap { try? JSONCoding.value(of: $0) } ?? .null
        o["usage"] = usage.json
        return .object(o)
    }

    /// Decodes a response.
    public init(from decoder: any Decoder) throws { try self.init(json: JSONValue(from: decoder)) }

    /// Encodes a response.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }

    /// The assistant turn to append to a conversation to continue from this reply.
    public var asMessage: Message { Message(role: .assistant, content: .blocks(content)) }
}
