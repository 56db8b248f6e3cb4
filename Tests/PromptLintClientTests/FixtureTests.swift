import Foundation
import PromptLintClient
import Testing

/// What a fixture must decode to.
struct FixtureExpectation: Sendable, CustomTestStringConvertible {
    var file: String
    var events: [String]
    var check: @Sendable (MessageResponse) throws -> Void
    var testDescription: String { file }
}

func names(_ spec: String) -> [String] {
    // "ms cbs p d*3 cbe md stop" shorthand → wire names.
    let map = [
        "ms": "message_start", "cbs": "content_block_start", "d": "content_block_delta", "cbe": "content_block_stop",
        "md": "message_delta", "stop": "message_stop", "p": "ping", "err": "error",
    ]
    return spec.split(separator: " ").flatMap { token -> [String] in
        let parts = token.split(separator: "*")
        let name = map[String(parts[0])] ?? String(parts[0])
        return Array(repeating: name, count: parts.count > 1 ? Int(parts[1])! : 1)
    }
}

let sharedExpectations: [FixtureExpectation] = [
    FixtureExpectation(file: "basic_response.sse", events: names("ms cbs p d*3 cbe md stop")) { m in
        #expect(m.id == "msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK")
        #expect(m.model == "claude-3-opus-latest")
        #expect(m.text == "Hello there!")
        #expect(m.stopReason == .endTurn)
        #expect(m.usage.inputTokens == 11 && m.usage.outputTokens == 6)
    },
    FixtureExpectation(file: "fallback_response.sse", events: names("ms cbs cbe cbs d cbe md stop")) { m in
        #expect(m.model == "claude-opus-4-7")
        #expect(m.content.map(\.type) == ["fallback", "text"])
        guard case .other(let raw) = m.content[0] else { Issue.record("fallback block not kept raw"); return }
        #expect(raw["to"]?["model"]?.stringValue == "claude-sonnet-4-5")
        #expect(raw["trigger"]?["type"]?.stringValue == "refusal")
        #expect(m.text == "Hello there!")
        #expect(m.stopReason == .endTurn && m.usage.outputTokens == 8)
    },
    FixtureExpectation(file: "incomplete_partial_json_response.sse", events: names("ms cbs p d*5 cbe cbs d*4 md stop")) { m in
        #expect(m.text == "I'll create a comprehensive tax guide for someone with multiple W2s and save it in a file called taxes.txt. Let me do that for you now.")
        guard case .toolUse(let tool) = m.content[1] else { Issue.record("no tool_use block"); return }
        #expect(tool.id == "toolu_01EKqbqmZrGRXy18eN7m9kvY" && tool.name == "make_file")
        // The block never stopped: the complete part of its JSON is kept, the unfinished string is dropped.
        #expect(tool.input == .object([
            "filename": .string("taxes.txt"),
            "lines_of_text": .array([.string("# COMPREHENSIVE TAX GUIDE FOR INDIVIDUALS WITH MULTIPLE W-2s"), .string(""), .string("## INTRODUCTION"), .string("")]),
        ]))
        #expect(m.stopReason == .maxTokens)
        #expect(m.usage.inputTokens == 450 && m.usage.outputTokens == 124 && m.usage.extra["service_tier"] == .string("standard"))
    },
    FixtureExpectation(file: "refusal_response.sse", events: names("ms cbs cbe md stop")) { m in
        #expect(m.isRefusal)
        #expect(m.stopDetails?.category == "cyber")
        #expect(m.stopDetails?.type == "refusal")
        #expect(m.text == "")
        #expect(m.usage.outputTokens == 0)
    },
    FixtureExpectation(file: "stream-a-refusal.sse", events: names("ms cbs p d*5 cbe cbs d cbe md stop")) { m in
        #expect(m.model == "claude-fable-5")
        guard case .thinking(let t) = m.content[0] else { Issue.record("no thinking block"); return }
        #expect(t.thinking == "Simple educational question about what a solar eclipse is. This is benign general knowledge — definitions are fine. Also the user called me \"claudius\" — I'm Claude. Minor correction or just roll with it politely.")
        #expect(t.signature == "c3ludGhldGljLXNpZ25hdHVyZS1maXh0dXJlLWEtbm90LWEtcmVhbC1zaWduYXR1cmU=")
        #expect(m.text == "Hi")
        #expect(m.stopReason == .refusal)
        #expect(m.stopDetails?.category == nil)
        #expect(m.stopDetails?.extra["fallback_credit_token"] == .string("tok_synthetic_fixture_a"))
        #expect(m.stopDetails?.extra["fallback_has_prefill_claim"] == .bool(true))
        #expect(m.usage.inputTokens == 28 && m.usage.outputTokens == 106)
        #expect(m.usage.extra["output_tokens_details"]?["thinking_tokens"] == .number(67))
    },
    FixtureExpectation(file: "stream-a-toolrefusal.sse", events: names("ms cbs d*8 cbe cbs cbe cbs d cbe md stop")) { m in
        #expect(m.content.map(\.type) == ["server_tool_use", "web_search_tool_result", "text"])
        guard case .other(let tool) = m.content[0] else { Issue.record("server_tool_use not kept raw"); return }
        #expect(tool["input"] == .object(["query": .string("solar eclipse viewing safety news 2026")]))
        #expect(m.content[1].json["content"]?.arrayValue?.count == 2)
        #expect(m.text == "Here's a summary of this year's solar eclipses and how")
        #expect(m.isRefusal)
    },
    FixtureExpectation(file: "stream-b-fallback.sse", events: names("ms cbs p d*15 cbe md stop")) { m in
        #expect(m.model == "claude-opus-4-8")
        #expect(m.text.hasPrefix(" there! Happy to explain.\n\n**Solar eclipses** happen when the Moon passes"))
        #expect(m.text.hasSuffix("Just let me know what's sparking your interest!"))
        #expect(m.stopReason == .endTurn && m.stopDetails == nil)
        #expect(m.usage.outputTokens == 547)
    },
    FixtureExpectation(file: "tool_use_response.sse", events: names("ms cbs p d*2 cbe cbs d*5 cbe md stop")) { m in
        #expect(m.text == "I'll check the current weather in Paris for you.")
        guard case .toolUse(let tool) = m.content[1] else { Issue.record("no tool_use block"); return }
        #expect(tool.name == "get_weather" && tool.input == .object(["location": .string("Paris")]))
        #expect(tool.extra["caller"] == .object(["type": .string("direct")]))
        #expect(m.stopReason == .toolUse && m.usage.outputTokens == 65)
    },
]

let ownExpectations: [FixtureExpectation] = [
    FixtureExpectation(file: "crlf_multiline_unknowns.sse", events: names("ms future_event cbs p d*3 cbe md stop")) { m in
        #expect(m.id == "msg_own_crlf")
        #expect(m.text == "Line one\nline two: 統一編號")
        #expect(m.stopReason == .unknown("some_future_reason"))
        #expect(m.stopReason?.rawValue == "some_future_reason")
        #expect(m.extra["container"] == .object(["id": .string("c1")]))
        #expect(m.usage.extra["future_usage_key"] == .object(["x": .number(1)]))
        #expect(m.usage.outputTokens == 12)
    },
    FixtureExpectation(file: "thinking_tool_use.sse", events: names("ms cbs d*3 cbe cbs d*4 cbe md stop")) { m in
        guard case .thinking(let t) = m.content[0], case .toolUse(let tool) = m.content[1] else {
            Issue.record("expected thinking then tool_use"); return
        }
        #expect(t.thinking == "Look up the registry." && t.signature == "c2lnLW93bi1maXh0dXJl")
        #expect(tool.input == .object([
            "company": .string("ACME \"Ltd\""), "fields": .array([.string("id"), .string("name")]), "limit": .number(2),
        ]))
        #expect(m.stopReason == .toolUse)
    },
]

/// The same bytes with every line ending changed to `eol`.
func withLineEndings(_ bytes: [UInt8], _ eol: String) -> [UInt8] {
    let text = String(decoding: bytes, as: UTF8.self).replacing("\r\n", with: "\n")
    return Array(text.replacing("\n", with: eol).utf8)
}

func checkFixture(_ url: URL, _ expectation: FixtureExpectation) throws {
    let bytes = try fixtureBytes(url)
    let whole = try decodeEvents(bytes, chunkSize: .max)
    #expect(whole.map(\.name) == expectation.events)
    // Chunk boundaries anywhere: byte by byte, and in odd sizes, give the same events.
    for size in [1, 3, 17, 256] {
        #expect(try decodeEvents(bytes, chunkSize: size) == whole, "chunk size \(size)")
    }
    // Other line endings give the same events.
    for eol in ["\n", "\r", "\r\n"] {
        #expect(try decodeEvents(withLineEndings(bytes, eol), chunkSize: 5) == whole, "line ending \(eol.debugDescription)")
    }
    try expectation.check(try accumulate(whole))
}

@Suite("Recorded streams")
struct FixtureTests {
    @Test("Every shared recorded stream decodes to the right events and final message",
          .enabled(if: sharedFixturesExist, "../shared is not beside the package"), arguments: sharedExpectations)
    func shared(_ expectation: FixtureExpectation) throws {
        try checkFixture(sharedFixtures.appendingPathComponent(expectation.file), expectation)
    }

    @Test("Every file in the shared fixture folder has an expectation",
          .enabled(if: sharedFixturesExist, "../shared is not beside the package"))
    func sharedCoverage() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: sharedFixtures.path).filter { $0.hasSuffix(".sse") }
        #expect(Set(files) == Set(sharedExpectations.map(\.file)))
    }

    @Test("The project's own fixtures decode to the right events and final message", arguments: ownExpectations)
    func own(_ expectation: FixtureExpectation) throws {
        try checkFixture(ownFixtures.appendingPathComponent(expectation.file), expectation)
    }

    @Test("event: error after HTTP 200 is surfaced as a stream error")
    func errorAfter200() throws {
        let events = try decodeEvents(try fixtureBytes(ownFixtures.appendingPathComponent("error_after_200.sse")), chunkSize: 4)
        #expect(events.map(\.name) == names("ms cbs d err"))
        #expect(throws: MessagesError.streamError(APIErrorBody(type: "overloaded_error", message: "Overloaded", requestID: "req_own_err"))) {
            _ = try accumulate(events)
        }
    }

    @Test("A refusal is visible at message_delta, before message_stop")
    func refusalAtMessageDelta() throws {
        let sse = """
            event: message_start
            data: {"type":"message_start","message":{"id":"m","type":"message","role":"assistant","model":"x","content":[],"stop_reason":null,"usage":{}}}

            event: message_delta
            data: {"type":"message_delta","delta":{"stop_reason":"refusal","stop_details":{"type":"refusal","category":"bio","explanation":null}},"usage":{"output_tokens":0}}

            event: message_stop
            data: {"type":"message_stop"}


            """
        var acc = MessageAccumulator()
        var sawDelta = false
        for event in try decodeEvents(Array(sse.utf8), chunkSize: 9) {
            try acc.apply(event)
            if case .messageDelta = event {
                sawDelta = true
                #expect(acc.isRefusal)
                #expect(!acc.isComplete)
                #expect(acc.message?.stopDetails?.category == "bio")
            }
        }
        #expect(sawDelta)
    }
}
