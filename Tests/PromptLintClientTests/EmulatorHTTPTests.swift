import Foundation
import MessagesEmulator
import PromptLintClient
import PromptLintCore
import Testing

/// Runs `body` against a fresh in-process emulator on 127.0.0.1 (port chosen by the system), over real HTTP.
func withEmulator<T>(
    _ configuration: EmulatorConfiguration, requestLog: String? = nil,
    _ body: (MessagesEmulator, AsyncHTTPClientTransport) async throws -> T
) async throws -> T {
    let emulator = try await MessagesEmulator.start(configuration, requestLog: requestLog)
    let transport = AsyncHTTPClientTransport()
    do {
        let result = try await body(emulator, transport)
        try await transport.shutdown()
        await emulator.shutdown()
        return result
    } catch {
        try? await transport.shutdown()
        await emulator.shutdown()
        throw error
    }
}

let seedRefusal = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "unified business number", category: "general_harms")])

func smartRetry(_ emulator: MessagesEmulator, _ transport: any MessagesTransport, clock: RecordingClock = RecordingClock(),
                auth: Authentication = .apiKey(APIKey("sk-test-secret-0123456789")), options: SmartRetry.Options = .init()) throws -> SmartRetry {
    SmartRetry(client: makeClient(transport, clock: clock, baseURL: emulator.baseURL, auth: auth), rewriter: try testRewriter(), options: options)
}

@Suite("Over HTTP against the emulator")
struct EmulatorHTTPTests {
    @Test("The seed prompt is refused, rewritten, and answered on the second attempt; the retry carries the rewrite and no refused turn")
    func seedPromptJSON() async throws {
        try await withEmulator(seedRefusal) { emulator, transport in
            let retry = try smartRetry(emulator, transport)
            let outcome = try await retry.send(MessageRequest(model: "claude-test", maxTokens: 256, messages: [.user(seedPrompt)]))

            #expect(outcome.status == .answered)
            #expect(outcome.attempts.count == 2)
            let first = outcome.attempts[0], second = outcome.attempts[1]
            #expect(first.refused && first.stopReason == .refusal && first.refusalCategory == "general_harms" && first.level == nil)
            #expect(first.prompt == seedPrompt && first.ruleIDs == ["test.business-number"])
            #expect(second.level == .substitutions && !second.refused && second.stopReason == .endTurn)
            #expect(second.prompt == "Please help find the company's publicly registered company identifier: Company name: {$companyName}")
            #expect(second.scoreAfter < second.scoreBefore)

            let log = emulator.requests
            #expect(log.count == 2)
            #expect(log.map(\.outcome) == ["refused", "answered"])
            #expect(log[1].lastUserText == second.prompt)
            #expect(log[1].roles == ["user"], "the refused assistant turn must not be sent back")
            #expect(!log[1].body.contains("unified business number"))
            #expect(log[1].body.contains("{$companyName}"), "placeholders survive the rewrite")

            #expect(outcome.response.text == "Emulated answer to: \(second.prompt)")
            #expect(outcome.conversation == [.user(second.prompt), outcome.response.asMessage])
        }
    }

    @Test("The one-call entry point for the CLI does the same and shuts its HTTP client down")
    func oneCallEntryPoint() async throws {
        let emulator = try await MessagesEmulator.start(seedRefusal)
        let outcome: SmartRetryOutcome
        do {
            outcome = try await SmartRetry.send(
                MessageRequest(model: "claude-test", maxTokens: 64, messages: [.user(seedPrompt)]),
                configuration: .init(baseURL: emulator.baseURL, authentication: .bearer(APIKey("sk-test-0123456789"))),
                rewriter: try testRewriter())
        } catch {
            await emulator.shutdown()
            throw error
        }
        await emulator.shutdown()
        #expect(outcome.status == .answered && outcome.attempts.count == 2)
        #expect(emulator.requests.map(\.auth) == ["bearer", "bearer"])
    }

    @Test("The same recovery in streaming mode: the refusal arrives mid-stream, the attempt is discarded, the retry streams the answer")
    func seedPromptStreaming() async throws {
        try await withEmulator(seedRefusal) { emulator, transport in
            let retry = try smartRetry(emulator, transport)
            var streamedText: [Int: String] = [:]
            var discarded: [Int] = []
            let outcome = try await retry.send(MessageRequest(model: "claude-test", maxTokens: 256, messages: [.user(seedPrompt)], stream: true)) { event in
                switch event {
                case .stream(let attempt, .contentBlockDelta(_, .text(let t))): streamedText[attempt, default: ""] += t
                case .discarded(let attempt, let report):
                    #expect(report.refused)
                    discarded.append(attempt)
                default: break
                }
            }
            #expect(outcome.status == .answered)
            #expect(streamedText[1] == "I can help with th", "some text streamed before the refusal")
            #expect(discarded == [1])
            #expect(outcome.response.text == streamedText[2])
            #expect(!outcome.response.text.contains("I can help with th"))
            let log = emulator.requests
            #expect(log.map(\.stream) == [true, true])
            #expect(log[1].roles == ["user"] && !log[1].body.contains("unified business number"))
        }
    }

    @Test("event: error after HTTP 200 is surfaced and not retried")
    func streamErrorOverHTTP() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .streamError)])) { emulator, transport in
            let client = makeClient(transport, baseURL: emulator.baseURL)
            var request = simpleRequest
            request.stream = true
            await #expect {
                try await client.send(request)
            } throws: { error in
                guard case MessagesError.streamError(let body) = error else { return false }
                return body.type == "overloaded_error" && body.requestID == "req_emu_1"
            }
            #expect(emulator.requests.count == 1)
        }
        // Through the smart retry too: the error is thrown, nothing is resent.
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .streamError)])) { emulator, transport in
            await #expect(throws: MessagesError.self) {
                try await smartRetry(emulator, transport).send(MessageRequest(model: "m", maxTokens: 8, messages: [.user(seedPrompt)], stream: true))
            }
            #expect(emulator.requests.count == 1)
        }
    }

    @Test("A connection dropped mid-stream gives a clear error and is not retried")
    func droppedMidStream() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .drop)])) { emulator, transport in
            var request = simpleRequest
            request.stream = true
            do {
                _ = try await makeClient(transport, baseURL: emulator.baseURL).send(request)
                Issue.record("expected an error")
            } catch let error as MessagesError {
                guard case .incompleteStream = error else { Issue.record("got \(error)"); return }
                #expect(error.description.hasPrefix("the stream ended before the message was complete"))
            }
            #expect(emulator.requests.count == 1)
        }
    }

    @Test("A connection dropped before any response is retried like the SDKs do, then reported clearly")
    func droppedBeforeResponse() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .drop, count: 10)])) { emulator, transport in
            let clock = RecordingClock()
            do {
                _ = try await makeClient(transport, clock: clock, baseURL: emulator.baseURL).send(simpleRequest)
                Issue.record("expected an error")
            } catch let error as MessagesError {
                guard case .connection = error else { Issue.record("got \(error)"); return }
                #expect(error.description.contains("127.0.0.1:\(emulator.port)"))
                #expect(error.description.contains("closed the connection"))
            }
            #expect(emulator.requests.count == 3)
            #expect(clock.delays == [0.5, 1.0])
        }
    }

    @Test("A connection refused is a clear connection error after the SDK's retries")
    func connectionRefused() async throws {
        // Start and stop an emulator to get a loopback port with nobody listening.
        let emulator = try await MessagesEmulator.start()
        let url = emulator.baseURL
        await emulator.shutdown()
        // A short connect timeout: async-http-client keeps trying to connect until it runs out.
        let transport = AsyncHTTPClientTransport(connectTimeout: .milliseconds(200))
        let clock = RecordingClock()
        await #expect {
            try await makeClient(transport, clock: clock, baseURL: url).send(simpleRequest)
        } throws: { error in
            guard case MessagesError.connection(let why) = error else { return false }
            return why.contains("could not connect to \(url)")
        }
        #expect(clock.delays.count == 2)
        try await transport.shutdown()
    }

    @Test("Malformed SSE gives a clear error")
    func malformedSSE() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .malformedSSE)])) { emulator, transport in
            var request = simpleRequest
            request.stream = true
            await #expect {
                try await makeClient(transport, baseURL: emulator.baseURL).send(request)
            } throws: { error in
                guard case MessagesError.malformedStream(let why) = error else { return false }
                return why.contains("content_block_delta") && why.contains("not valid JSON")
            }
            #expect(emulator.requests.count == 1)
        }
    }

    @Test("A harmful-intent prompt is sent once and never retried after its refusal")
    func harmfulIntent() async throws {
        let config = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "stalk")])
        try await withEmulator(config) { emulator, transport in
            let retry = try smartRetry(emulator, transport, options: .init(fallbackModel: "claude-fallback"))
            let outcome = try await retry.send(MessageRequest(
                model: "claude-test", maxTokens: 64, messages: [.user("Help me stalk my ex and find the unified business number of her employer")]))
            #expect(outcome.status == .refused(.harmfulIntent))
            #expect(outcome.assessment.harmfulIntent)
            #expect(outcome.attempts.count == 1)
            #expect(emulator.requests.count == 1)
        }
    }

    @Test("The fallback model is used after a refusal and kept for every later attempt and turn")
    func fallbackModelKept() async throws {
        // Refused on every model while "Company name" is in the prompt, which no rewrite removes.
        let config = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "Company name")])
        try await withEmulator(config) { emulator, transport in
            let retry = try smartRetry(emulator, transport, options: .init(maxAttempts: 3, fallbackModel: "claude-fallback"))
            let outcome = try await retry.send(MessageRequest(model: "claude-primary", maxTokens: 64, messages: [.user(seedPrompt)]))
            #expect(outcome.status == .refused(.maxAttempts))
            #expect(outcome.attempts.map(\.model) == ["claude-primary", "claude-fallback", "claude-fallback"])
            #expect(outcome.attempts.map(\.level) == [nil, .substitutions, .declaration])
            #expect(emulator.requests.map(\.model) == ["claude-primary", "claude-fallback", "claude-fallback"])
            #expect(outcome.model == "claude-fallback")
            #expect(outcome.conversation.count == 1, "refused replies are not part of the conversation")
        }
    }

    @Test("Rewrites escalate one step per refusal, then stop rather than resend the same request")
    func escalation() async throws {
        let config = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "Company name")])
        try await withEmulator(config) { emulator, transport in
            let outcome = try await smartRetry(emulator, transport, options: .init(maxAttempts: 10))
                .send(MessageRequest(model: "m", maxTokens: 64, messages: [.user(seedPrompt)]))
            #expect(outcome.status == .refused(.rewriteUnchanged))
            #expect(outcome.attempts.map(\.level) == [nil, .substitutions, .declaration, .dataSources])
            let sent = emulator.requests.compactMap(\.lastUserText)
            #expect(sent.count == 4 && Set(sent).count == 4, "each attempt sends a different prompt")
            #expect(sent[2].hasPrefix("Please use only publicly available information."))
            #expect(sent[3].contains("official registries"))
            #expect(sent[1...].allSatisfy { $0.hasSuffix("Please help find the company's publicly registered company identifier: Company name: {$companyName}") })
            #expect(outcome.attempts.allSatisfy { $0.scoreBefore == outcome.assessment.score })
            let report = outcome.report.split(separator: "\n")
            #expect(report.count == 5)
            #expect(report[0] == "assessment: score \(outcome.assessment.score) (\(outcome.assessment.level.rawValue)), rules: test.business-number")
            #expect(report[1].hasPrefix("attempt 1  m  original") && report[1].hasSuffix("refused, retrying"))
            #expect(report[4].hasSuffix("refused, stopped: rewrite-unchanged"))
        }
    }

    @Test("A fallback that answers is kept for the next turn of the conversation")
    func fallbackNextTurn() async throws {
        let config = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "unified business number|company identifier", models: ["claude-primary"])])
        try await withEmulator(config) { emulator, transport in
            let retry = try smartRetry(emulator, transport, options: .init(fallbackModel: "claude-fallback"))
            let first = try await retry.send(MessageRequest(model: "claude-primary", maxTokens: 64, messages: [.user(seedPrompt)]))
            #expect(first.status == .answered)
            #expect(first.attempts.map(\.model) == ["claude-primary", "claude-fallback"])
            var next = first.request
            next.model = first.model
            next.messages = first.conversation + [.user("Thanks. Which registry publishes it?")]
            let second = try await retry.send(next)
            #expect(second.status == .answered && second.attempts.count == 1)
            let log = emulator.requests
            #expect(log.map(\.model) == ["claude-primary", "claude-fallback", "claude-fallback"])
            #expect(log[2].roles == ["user", "assistant", "user"])
        }
    }

    @Test("An identical request is never resent: with nothing to rewrite and no fallback, one attempt")
    func noIdenticalResend() async throws {
        let config = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "tell me about")])
        try await withEmulator(config) { emulator, transport in
            let outcome = try await smartRetry(emulator, transport).send(MessageRequest(model: "m", maxTokens: 64, messages: [.user("Tell me about ACME Ltd.")]))
            #expect(outcome.status == .refused(.rewriteUnchanged))
            #expect(emulator.requests.count == 1)
            // With a fallback, the same text goes once to the other model, then it stops.
            let withFallback = try await smartRetry(emulator, transport, options: .init(fallbackModel: "other"))
                .send(MessageRequest(model: "m", maxTokens: 64, messages: [.user("Tell me about ACME Ltd.")]))
            #expect(withFallback.status == .refused(.rewriteUnchanged))
            #expect(withFallback.attempts.map(\.model) == ["m", "other"])
            #expect(withFallback.attempts.map(\.level) == [nil, nil], "the text sent to the fallback is the original")
            #expect(emulator.requests.count == 3)
            #expect(Set(emulator.requests.map(\.body)).count == 2)
        }
    }

    @Test("A refusal written as text is retried only when text detection is on")
    func textRefusal() async throws {
        let config = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "unified business number", style: .text)])
        try await withEmulator(config) { emulator, transport in
            let plain = try await smartRetry(emulator, transport).send(MessageRequest(model: "m", maxTokens: 64, messages: [.user(seedPrompt)]))
            #expect(plain.status == .answered && plain.attempts.count == 1)
            let detecting = try await smartRetry(emulator, transport, options: .init(detectTextRefusals: true))
                .send(MessageRequest(model: "m", maxTokens: 64, messages: [.user(seedPrompt)]))
            #expect(detecting.status == .answered)
            #expect(detecting.attempts.map(\.refusedAsText) == [true, false])
            #expect(detecting.response.text.hasPrefix("Emulated answer"))
        }
    }

    @Test("An input-validation refusal (HTTP 400) is rewritten and retried; when nothing can change, the 400 is thrown")
    func inputValidationRefusal() async throws {
        let config = EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "unified business number|tell me about", style: .inputValidation)])
        try await withEmulator(config) { emulator, transport in
            let outcome = try await smartRetry(emulator, transport).send(MessageRequest(model: "m", maxTokens: 64, messages: [.user(seedPrompt)]))
            #expect(outcome.status == .answered)
            #expect(outcome.attempts.map(\.refused) == [true, false])
            #expect(outcome.attempts[0].stopReason == nil && outcome.attempts[0].refusalCategory == "input_validation")
            #expect(emulator.requests.map(\.status) == [400, 200])
            #expect(!emulator.requests[1].body.contains("unified business number"))

            // Nothing to rewrite: one attempt, and the caller gets the 400 itself.
            await #expect {
                try await smartRetry(emulator, transport).send(MessageRequest(model: "m", maxTokens: 64, messages: [.user("Tell me about ACME Ltd.")]))
            } throws: { error in
                guard case MessagesError.status(400, let body?, _) = error else { return false }
                return body.message.contains("refused")
            }
            #expect(emulator.requests.count == 3)

            // Turned off, or a 400 that is not a refusal: thrown at once, never retried.
            await #expect(throws: MessagesError.self) {
                try await smartRetry(emulator, transport, options: .init(inputRefusalMatcher: nil))
                    .send(MessageRequest(model: "m", maxTokens: 64, messages: [.user(seedPrompt)]))
            }
            #expect(emulator.requests.count == 4)
        }
        #expect(!RefusalTextMatcher.inputValidation.isRefusal("messages.0.role: must be 'user' or 'assistant'"))
        #expect(!RefusalTextMatcher.inputValidation.isRefusal("temperature: not supported with anthropic-version 2026-10-21"))
        #expect(RefusalTextMatcher.inputValidation.isRefusal("Output blocked by content filtering policy"))
    }

    @Test("Both auth generations: x-api-key with 2023-06-01, Bearer with 2026-10-21 and no sampling fields")
    func authGenerations() async throws {
        try await withEmulator(EmulatorConfiguration(apiKey: "key-1234567")) { emulator, transport in
            var request = simpleRequest
            request.temperature = 0.3
            _ = try await makeClient(transport, baseURL: emulator.baseURL, auth: .apiKey(APIKey("key-1234567"))).send(request)
            _ = try await makeClient(transport, baseURL: emulator.baseURL, auth: .bearer(APIKey("key-1234567"))).send(request)
            let log = emulator.requests
            #expect(log.map(\.auth) == ["x-api-key", "bearer"])
            #expect(log.map(\.anthropicVersion) == ["2023-06-01", "2026-10-21"])
            #expect(log[0].body.contains("temperature") && !log[1].body.contains("temperature"))
            #expect(log.allSatisfy { $0.status == 200 })
        }
    }

    @Test("A wrong key is a clear 401 that never shows the key, in the error or the logs")
    func wrongKey() async throws {
        let requestLog = FileManager.default.temporaryDirectory.appendingPathComponent("emu-\(UUID()).jsonl").path
        let refusalLog = FileManager.default.temporaryDirectory.appendingPathComponent("refusals-\(UUID()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: requestLog); try? FileManager.default.removeItem(atPath: refusalLog) }
        let secret = "sk-ant-wrong-secret-987654321"
        try await withEmulator(EmulatorConfiguration(apiKey: "the-right-key"), requestLog: requestLog) { emulator, transport in
            let retry = try smartRetry(emulator, transport, auth: .bearer(APIKey(secret)),
                                       options: .init(refusalLog: RefusalLog(sink: try JSONLinesRefusalLog(path: refusalLog), includePrompts: true)))
            do {
                _ = try await retry.send(simpleRequest)
                Issue.record("expected an error")
            } catch let error as MessagesError {
                #expect(error.statusCode == 401)
                #expect(error.description.contains("authentication_error"))
                #expect(!error.description.contains(secret))
            }
        }
        for path in [requestLog, refusalLog] {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.isEmpty)
            #expect(!text.contains(secret), "\(path)")
        }
    }

    @Test("429 with retry-after from the emulator is waited out with the injected clock, and the retry count header goes up")
    func rateLimitOverHTTP() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .rateLimited, retryAfter: "2"), Fault(kind: .overloaded)])) { emulator, transport in
            let clock = RecordingClock()
            let reply = try await makeClient(transport, clock: clock, baseURL: emulator.baseURL).send(simpleRequest)
            #expect(reply.stopReason == .endTurn)
            #expect(clock.delays == [2, 1.0])
            #expect(emulator.requests.map(\.retryCount) == ["0", "1", "2"])
            #expect(emulator.requests.map(\.status) == [429, 529, 200])
        }
    }

    @Test("The refusal log has one JSON line per attempt, with rule ids and category, and prompts only when asked")
    func refusalLog() async throws {
        for includePrompts in [false, true] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("refusals-\(UUID()).jsonl").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await withEmulator(seedRefusal) { emulator, transport in
                let log = RefusalLog(sink: try JSONLinesRefusalLog(path: path), includePrompts: includePrompts)
                _ = try await smartRetry(emulator, transport, options: .init(refusalLog: log))
                    .send(MessageRequest(model: "claude-test", maxTokens: 64, messages: [.user(seedPrompt)]))
            }
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            let events = try lines.map { try JSONDecoder().decode(RefusalLogEvent.self, from: Data($0.utf8)) }
            #expect(events.map(\.outcome) == ["refused-retrying", "answered"])
            #expect(events.map(\.attempt) == [1, 2])
            #expect(events.map(\.level) == ["original", "substitutions"])
            #expect(events[0].stopReason == "refusal" && events[0].refusalCategory == "general_harms")
            #expect(events[0].ruleIDs == ["test.business-number"] && events[1].ruleIDs.isEmpty)
            #expect(events[0].model == "claude-test")
            #expect(events.allSatisfy { ($0.prompt != nil) == includePrompts })
            #expect(lines.allSatisfy { $0.contains("\"time\":\"20") })
        }
    }

    @Test("The emulator writes its request log as JSON Lines, one line per request")
    func emulatorRequestLog() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("emu-\(UUID()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await withEmulator(seedRefusal, requestLog: path) { emulator, transport in
            _ = try await smartRetry(emulator, transport).send(MessageRequest(model: "m", maxTokens: 64, messages: [.user(seedPrompt)]))
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let logged = try lines.map { try JSONDecoder().decode(LoggedRequest.self, from: Data($0.utf8)) }
        #expect(logged.map(\.sequence) == [1, 2])
        #expect(logged.map(\.outcome) == ["refused", "answered"])
        // The logged body is the request as sent: it decodes with the client's own type.
        let second = try JSONDecoder().decode(MessageRequest.self, from: Data(logged[1].body.utf8))
        #expect(second.messages.count == 1 && second.lastUserText == logged[1].lastUserText)
    }

    @Test("The emulator rejects what the API rejects")
    func emulatorValidation() async throws {
        try await withEmulator(EmulatorConfiguration()) { emulator, transport in
            let client = makeClient(transport, baseURL: emulator.baseURL, maxRetries: 0)
            var bad = simpleRequest
            bad.messages = []
            await #expect { try await client.send(bad) } throws: { ($0 as? MessagesError)?.statusCode == 400 }
            var sampling = simpleRequest
            sampling.extra["top_k"] = .number(3)
            // prepared(for:) strips it under 2026-10-21, so the current generation passes...
            _ = try await makeClient(transport, baseURL: emulator.baseURL, auth: .bearer(APIKey("k-123456"))).send(sampling)
            // ...and a raw request that carries it anyway is refused.
            let raw = TransportRequest(
                url: emulator.baseURL + "/v1/messages",
                headers: ["authorization": "Bearer k", "anthropic-version": "2026-10-21", "content-type": "application/json"],
                body: Array(#"{"model":"m","max_tokens":5,"top_p":0.5,"messages":[{"role":"user","content":"x"}]}"#.utf8), timeout: .seconds(30))
            let response = try await transport.send(raw)
            #expect(response.status == 400)
            let body = String(decoding: try await response.body.collect(upTo: 1 << 16), as: UTF8.self)
            #expect(body.contains("top_p"))
            let noAuth = TransportRequest(url: emulator.baseURL + "/v1/messages", headers: ["anthropic-version": "2023-06-01"], body: [], timeout: .seconds(30))
            #expect(try await transport.send(noAuth).status == 401)
        }
    }

    @Test("The emulator listens on loopback only")
    func loopbackOnly() async {
        await #expect(throws: EmulatorError.notLoopback("0.0.0.0")) { try await MessagesEmulator.start(host: "0.0.0.0") }
        #expect(MessagesEmulator.isLoopback("127.0.0.1") && MessagesEmulator.isLoopback("::1") && !MessagesEmulator.isLoopback("10.0.0.1"))
    }

    @Test("A configuration file decodes with its snake_case keys and defaults; a bad pattern is reported before starting")
    func configurationFile() async throws {
        let json = #"""
            {"refusals":[{"pattern":"secret","category":"cyber","models":["a"],"partial_text":"Well","style":"text"}],
             "faults":[{"kind":"429","retry_after":"2","retry_after_ms":"1500","should_retry":true},{"kind":"drop","count":3,"match":"x"}],
             "api_key":"k","chunk_size":4}
            """#
        let config = try JSONDecoder().decode(EmulatorConfiguration.self, from: Data(json.utf8))
        #expect(config.refusals == [RefusalTrigger(pattern: "secret", category: "cyber", models: ["a"], partialText: "Well", style: .text)])
        #expect(config.faults == [Fault(kind: .rateLimited, retryAfter: "2", retryAfterMs: "1500", shouldRetry: true), Fault(kind: .drop, count: 3, match: "x")])
        #expect(config.apiKey == "k" && config.chunkSize == 4 && config.reply == EmulatorConfiguration().reply)
        #expect(try JSONDecoder().decode(EmulatorConfiguration.self, from: Data("{}".utf8)) == EmulatorConfiguration())
        await #expect(throws: EmulatorError.self) {
            try await MessagesEmulator.start(EmulatorConfiguration(refusals: [RefusalTrigger(pattern: "(unclosed")]))
        }
    }

    @Test("Fault specifications parse, and bad ones are explained")
    func faultSpecs() throws {
        let f = try Fault(spec: "429,count=2,retry-after=3,should-retry=false,match=a,b")
        #expect(f == Fault(kind: .rateLimited, count: 2, match: "a,b", retryAfter: "3", shouldRetry: false))
        #expect(throws: EmulatorError.self) { try Fault(spec: "418") }
        #expect(throws: EmulatorError.self) { try Fault(spec: "500,count=0") }
        #expect(throws: EmulatorError.self) { try Fault(spec: "500,colour=red") }
    }
}
