import Foundation
import PromptLintClient
import Testing

/// A small deterministic generator (SplitMix64), so every run checks the same cases.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Properties")
struct PropertyTests {
    @Test("Every prefix of valid JSON parses as partial JSON, and the whole gives the exact value")
    func prefixesOfValidJSON() throws {
        let documents = [
            #"{"company": "ACME \"Ltd\"", "fields": ["id", "name"], "limit": 2, "nested": {"a": [true, false, null, -1.5e3]}}"#,
            ##"{"filename": "taxes.txt", "lines_of_text": ["# GUIDE", "", "\u00e9\ud83d\ude00 \\ / \n"]}"##,
            #"[1, {"k": "統一編號"}, [], {}]"#,
        ]
        for doc in documents {
            let full = try JSONDecoder().decode(JSONValue.self, from: Data(doc.utf8))
            #expect(try PartialJSON.parse(doc) == full)
            var prefix = ""
            for ch in doc {
                prefix.append(ch)
                #expect(throws: Never.self, "prefix \(prefix)") { _ = try PartialJSON.parse(prefix) }
            }
        }
    }

    @Test("Hostile streams never crash the decoder or the accumulator: they decode or fail with a MessagesError")
    func hostileStreams() throws {
        var rng = SplitMix(state: 42)
        let fragments = [
            "event: message_start\n", "event: content_block_delta\n", "event: content_block_stop\n", "event: content_block_start\n", "event: message_delta\n", "event: error\n", "event: ping\n",
            "data: {\"type\":\"message_start\",\"message\":{\"id\":\"a\",\"model\":\"m\",\"content\":[]}}\n",
            "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n",
            "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"x\"}}\n",
            "data: {\"type\":\"content_block_delta\",\"index\":7,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\"}}\n",
            "data: {\"index\":-1}\n", "data: {\"index\":1e300}\n", "data: [1,2\n", "data: \u{FFFD}\u{0}\n", "\n", "\r", "\r\n", ": c\n",
            "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"refusal\",\"stop_details\":7}}\n",
        ]
        var outcomes = (decoded: 0, failed: 0)
        for _ in 0 ..< 400 {
            var bytes: [UInt8] = []
            for _ in 0 ..< Int.random(in: 1 ... 24, using: &rng) {
                if Int.random(in: 0 ..< 10, using: &rng) == 0 {
                    bytes += (0 ..< Int.random(in: 1 ... 8, using: &rng)).map { _ in UInt8.random(in: 0 ... 255, using: &rng) }
                } else {
                    bytes += Array(fragments.randomElement(using: &rng)!.utf8)
                }
            }
            do {
                _ = try accumulate(try decodeEvents(bytes, chunkSize: Int.random(in: 1 ... 16, using: &rng)))
                outcomes.decoded += 1
            } catch is MessagesError {
                outcomes.failed += 1
            }
        }
        #expect(outcomes.decoded + outcomes.failed == 400)
        #expect(outcomes.failed > 0)
    }
}
