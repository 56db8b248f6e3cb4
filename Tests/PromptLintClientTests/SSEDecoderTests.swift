import PromptLintClient
import Testing

@Suite("SSE decoder")
struct SSEDecoderTests {
    func decode(_ text: String, chunkSize: Int = .max) throws -> [ServerSentEvent] {
        let bytes = Array(text.utf8)
        var decoder = SSEDecoder()
        var out: [ServerSentEvent] = []
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + max(1, min(chunkSize, bytes.count)))
            out += try decoder.feed(bytes[i ..< end])
            i = end
        }
        return out + decoder.finish()
    }

    @Test("\\n, \\r\\n and \\r line endings give the same events", arguments: ["\n", "\r\n", "\r"])
    func lineEndings(_ eol: String) throws {
        let text = ["event: a", "data: 1", "", "event: b", "data: 2", "", ""].joined(separator: eol)
        let events = try decode(text)
        #expect(events == [ServerSentEvent(event: "a", data: "1"), ServerSentEvent(event: "b", data: "2")])
    }

    @Test("A \\r\\n split across two chunks is one line ending, not two")
    func splitCRLF() throws {
        var decoder = SSEDecoder()
        var events = try decoder.feed(Array("data: x\r".utf8))
        events += try decoder.feed(Array("\ndata: y\r\n\r\n".utf8))
        #expect(events == [ServerSentEvent(event: nil, data: "x\ny")])
    }

    @Test("Exactly one space after the colon is removed")
    func oneSpace() throws {
        let events = try decode("data:no-space\ndata:  two\ndata: one\n\n")
        #expect(events.map(\.data) == ["no-space\n two\none"])
    }

    @Test("Several data lines are joined with \\n; comments, ids, retry and unknown fields are handled")
    func fields() throws {
        let events = try decode(": a comment\nid: 7\nretry: 1500\nfoo: bar\nevent: x\ndata: {\"a\":\ndata: 1}\n\n")
        #expect(events == [ServerSentEvent(event: "x", data: "{\"a\":\n1}", id: "7", retry: 1500)])
    }

    @Test("Blank lines without fields dispatch nothing; a field line without a colon is a field with an empty value")
    func emptyEvents() throws {
        #expect(try decode("\n\n\n").isEmpty)
        #expect(try decode("data\n\n") == [ServerSentEvent(event: nil, data: "")])
    }

    @Test("The last event is delivered at the end of the stream even without a final blank line")
    func finalEventWithoutBlankLine() throws {
        #expect(try decode("event: message_stop\ndata: {}") == [ServerSentEvent(event: "message_stop", data: "{}")])
    }

    @Test("A byte-order mark before the first line is ignored; multi-byte text survives any chunking")
    func bomAndUnicode() throws {
        let text = "\u{FEFF}event: t\ndata: 統一編號 — ok ✓\n\n"
        for size in [1, 2, 3, 5, 64] {
            #expect(try decode(text, chunkSize: size) == [ServerSentEvent(event: "t", data: "統一編號 — ok ✓")], "chunk size \(size)")
        }
    }

    @Test("A line longer than the limit is an error, not unbounded memory")
    func lineLimit() {
        var decoder = SSEDecoder(maxLineLength: 16)
        #expect(throws: MessagesError.self) { try decoder.feed(Array(String(repeating: "x", count: 40).utf8)) }
    }
}
