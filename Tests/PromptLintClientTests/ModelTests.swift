import Foundation
import PromptLintClient
import Testing

@Suite("Request and response types")
struct ModelTests {
    func roundTrip<T: Codable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test("A request keeps unknown fields, string and block content, and round-trips")
    func requestRoundTrip() throws {
        let json = #"""
            {"model":"claude-x","max_tokens":64,"system":"Be brief.","stop_sequences":["END"],"stream":true,
             "metadata":{"user_id":"u1"},"thinking":{"type":"enabled","budget_tokens":1024},
             "tools":[{"name":"lookup","input_schema":{"type":"object"}}],
             "messages":[{"role":"user","content":"Hi"},
                         {"role":"assistant","content":[{"type":"text","text":"Hello"},{"type":"tool_use","id":"t1","name":"lookup","input":{"q":"x"}}]},
                         {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":"42"},{"type":"text","text":"And?"}]}]}
            """#
        let request = try JSONDecoder().decode(MessageRequest.self, from: Data(json.utf8))
        #expect(request.model == "claude-x" && request.maxTokens == 64 && request.isStreaming)
        #expect(request.system == .text("Be brief."))
        #expect(request.stopSequences == ["END"])
        #expect(request.extra["metadata"] == .object(["user_id": .string("u1")]))
        #expect(request.extra["thinking"]?["budget_tokens"] == .number(1024))
        #expect(request.tools?.first?["name"] == .string("lookup"))
        #expect(request.messages[0].content == .text("Hi"))
        #expect(request.lastUserIndex == 2)
        #expect(request.lastUserText == "And?")
        guard case .blocks(let blocks) = request.messages[2].content else { Issue.record("blocks expected"); return }
        #expect(blocks.map(\.type) == ["tool_result", "text"])
        #expect(try roundTrip(request) == request)
        // The encoded JSON has the wire names.
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any]
        #expect(encoded?["max_tokens"] as? Int == 64)
        #expect(encoded?["metadata"] != nil)
    }

    @Test("Replacing a turn's text keeps its non-text blocks")
    func replacingText() {
        let content = MessageContent.blocks([
            .other(.object(["type": .string("image"), "source": .string("…")])), .text(TextBlock(text: "old")), .text(TextBlock(text: "more")),
        ])
        let replaced = content.replacingText(with: "new")
        #expect(replaced == .blocks([.other(.object(["type": .string("image"), "source": .string("…")])), .text(TextBlock(text: "new"))]))
        #expect(MessageContent.text("a").replacingText(with: "b") == .text("b"))
    }

    @Test("Under 2026-10-21 temperature, top_p and top_k are not sent; under 2023-06-01 they are")
    func samplingParameters() {
        var request = MessageRequest(model: "m", maxTokens: 1, messages: [.user("x")], temperature: 0.2, topP: 0.9, topK: 5)
        request.extra["top_k"] = .number(3)
        let current = request.prepared(for: .v2026_10_21)
        #expect(current.temperature == nil && current.topP == nil && current.topK == nil && current.extra["top_k"] == nil)
        let older = request.prepared(for: .v2023_06_01)
        #expect(older.temperature == 0.2 && older.topP == 0.9 && older.topK == 5)
    }

    @Test("A response keeps unknown block types, unknown stop reasons, stop_details extras and unknown usage keys")
    func responseDecoding() throws {
        let json = #"""
            {"id":"msg_1","type":"message","role":"assistant","model":"m",
             "content":[{"type":"thinking","thinking":"hm","signature":"sig"},{"type":"text","text":"Hi","citations":null},
                        {"type":"tool_use","id":"t","name":"n","input":{"a":[1,true,null]}},{"type":"fallback","to":{"model":"b"}}],
             "stop_reason":"brand_new_reason","stop_sequence":null,
             "stop_details":{"type":"refusal","category":"general_harms","explanation":"x","recommended_model":"m2"},
             "usage":{"input_tokens":3,"output_tokens":4,"service_tier":"standard","server_tool_use":{"web_search_requests":1}},
             "container":{"id":"c"}}
            """#
        let m = try JSONDecoder().decode(MessageResponse.self, from: Data(json.utf8))
        #expect(m.content.map(\.type) == ["thinking", "text", "tool_use", "fallback"])
        #expect(m.stopReason == .unknown("brand_new_reason"))
        #expect(m.stopDetails?.category == "general_harms")
        #expect(m.stopDetails?.extra["recommended_model"] == .string("m2"))
        #expect(m.usage.inputTokens == 3 && m.usage.extra["service_tier"] == .string("standard"))
        #expect(m.extra["container"] == .object(["id": .string("c")]))
        let again = try roundTrip(m)
        #expect(again == m)
        #expect(again.stopReason?.rawValue == "brand_new_reason")
    }

    @Test("Usage tolerates odd values: non-integers and out-of-range numbers stay in extra instead of trapping")
    func oddUsage() throws {
        let usage = Usage(json: try JSONDecoder().decode(JSONValue.self, from: Data(#"{"input_tokens":1e300,"output_tokens":"7","cache_read_input_tokens":3}"#.utf8)))
        #expect(usage.inputTokens == nil && usage.outputTokens == nil && usage.cacheReadInputTokens == 3)
        #expect(usage.extra["input_tokens"] == .number(1e300) && usage.extra["output_tokens"] == .string("7"))
    }

    @Test("Every documented stop reason maps to its case and back", arguments: [
        ("end_turn", StopReason.endTurn), ("max_tokens", .maxTokens), ("stop_sequence", .stopSequence), ("tool_use", .toolUse),
        ("pause_turn", .pauseTurn), ("refusal", .refusal), ("model_context_window_exceeded", .modelContextWindowExceeded),
    ])
    func stopReasons(_ raw: String, _ reason: StopReason) {
        #expect(StopReason(rawValue: raw) == reason)
        #expect(reason.rawValue == raw)
    }

    @Test("A null or missing stop_details decodes to nil; an empty content refusal is a refusal")
    func nullStopDetails() throws {
        let m = try MessageResponse(json: JSONDecoder().decode(JSONValue.self, from: Data(#"{"id":"a","model":"m","content":[],"stop_reason":"refusal","stop_details":null,"usage":{}}"#.utf8)))
        #expect(m.stopDetails == nil && m.isRefusal && m.text.isEmpty)
    }

    @Test("Partial JSON keeps complete members and drops a cut-off one", arguments: [
        (#"{"a": [1, 2], "b": "unfin"#, JSONValue.object(["a": .array([.number(1), .number(2)])])),
        (#"{"a": {"b": tr"#, .object(["a": .object([:])])),
        (#"{"a": 12"#, .object([:])),
        (#"{"a": 12}"#, .object(["a": .number(12)])),
        (#"{"s": "\u00e9\n", "t": nul"#, .object(["s": .string("é\n")])),
        (#"["x", "y"#, .array([.string("x")])),
    ])
    func partialJSON(_ text: String, _ expected: JSONValue) throws {
        #expect(try PartialJSON.parse(text) == expected)
    }

    @Test("Partial JSON rejects text that cannot start a JSON value")
    func partialJSONInvalid() {
        #expect(throws: PartialJSON.InvalidJSON.self) { try PartialJSON.parse(#"{"key": "value", "incomplete_field": bad_value"#) }
        #expect(throws: PartialJSON.InvalidJSON.self) { try PartialJSON.parse(#"{"a" 1}"#) }
    }

    @Test("The API key never shows in descriptions, dumps or reflection")
    func keyRedaction() {
        let secret = "sk-ant-very-secret-key-123"
        let auth = Authentication.bearer(APIKey(secret))
        var dumped = ""
        dump(auth, to: &dumped)
        for text in ["\(auth)", String(describing: auth), String(reflecting: auth), dumped, "\(APIKey(secret))", String(reflecting: APIKey(secret))] {
            #expect(!text.contains(secret), "\(text)")
        }
        #expect(auth.headers.contains { $0 == ("authorization", "Bearer \(secret)") })
        #expect(auth.headers.contains { $0 == ("anthropic-version", "2026-10-21") })
        #expect(Authentication.apiKey(APIKey(secret)).headers.contains { $0 == ("anthropic-version", "2023-06-01") })
    }

    @Test("HTTP dates in all three forms parse to the same instant")
    func httpDates() {
        let expected = 784_111_777.0  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == expected)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == expected)
        #expect(HTTPDate.parse("Sun Nov  6 08:49:37 1994") == expected)
        #expect(HTTPDate.parse("soon") == nil)
        #expect(HTTPDate.parse("Sun, 06 Nov 9223372036854775807 08:49:37 GMT") == nil)
    }
}
