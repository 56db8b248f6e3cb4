import PromptLintClient
import Testing

let simpleRequest = MessageRequest(model: "m", maxTokens: 16, messages: [.user("hello")])

@Suite("Transport retries (the official SDKs' policy)")
struct RetryTests {
    @Test("429 with retry-after waits what the server asks, then succeeds")
    func rateLimitedWithRetryAfter() async throws {
        let transport = FakeTransport([FakeTransport.error(429, "rate_limit_error", ["retry-after": "2"]), FakeTransport.json(200, FakeTransport.okBody)])
        let clock = RecordingClock()
        let reply = try await makeClient(transport, clock: clock).send(simpleRequest)
        #expect(reply.text == "ok")
        #expect(clock.delays == [2])
        #expect(transport.requests.count == 2)
    }

    @Test("529 and 500 are retried with exponential backoff 0.5 s, 1 s (jitter 1)")
    func backoff() async throws {
        let transport = FakeTransport([FakeTransport.error(529, "overloaded_error"), FakeTransport.error(500, "api_error"), FakeTransport.json(200, FakeTransport.okBody)])
        let clock = RecordingClock()
        _ = try await makeClient(transport, clock: clock).send(simpleRequest)
        #expect(clock.delays == [0.5, 1.0])
    }

    @Test("Backoff is capped at 8 s and the jitter factor stays in [0.75, 1]")
    func cappedBackoffAndJitter() {
        let policy = RetryPolicy(maxRetries: 10, jitter: { 1 })
        #expect((0 ..< 7).map { policy.delay(retriesTaken: $0, headers: nil, now: 0) } == [0.5, 1, 2, 4, 8, 8, 8])
        let random = RetryPolicy()
        for n in 0 ..< 200 {
            let d = random.delay(retriesTaken: n % 6, headers: nil, now: 0)
            let base = min(0.5 * Double(1 << (n % 6)), 8)
            #expect(d >= base * 0.75 && d <= base)
        }
    }

    @Test("retry-after-ms wins over retry-after; an HTTP date counts from now; waits over 60 s fall back to backoff")
    func retryAfterForms() {
        let policy = RetryPolicy(jitter: { 1 })
        #expect(policy.delay(retriesTaken: 0, headers: ["retry-after-ms": "1500", "retry-after": "9"], now: 0) == 1.5)
        #expect(policy.delay(retriesTaken: 0, headers: ["Retry-After": "3"], now: 0) == 3)
        let now = 784_111_777.0 - 5
        #expect(policy.delay(retriesTaken: 0, headers: ["retry-after": "Sun, 06 Nov 1994 08:49:37 GMT"], now: now) == 5)
        #expect(policy.delay(retriesTaken: 1, headers: ["retry-after": "120"], now: 0) == 1)
        #expect(policy.delay(retriesTaken: 1, headers: ["retry-after": "0"], now: 0) == 1)
        #expect(policy.delay(retriesTaken: 0, headers: ["retry-after": "garbage"], now: 0) == 0.5)
    }

    @Test("Which statuses are retried, and x-should-retry overriding both ways")
    func whatIsRetried() {
        let policy = RetryPolicy()
        for status in [408, 409, 429, 500, 502, 503, 504, 529] { #expect(policy.shouldRetry(status: status, headers: [:]), "\(status)") }
        for status in [400, 401, 402, 403, 404, 413, 422] { #expect(!policy.shouldRetry(status: status, headers: [:]), "\(status)") }
        #expect(!policy.shouldRetry(status: 500, headers: ["x-should-retry": "false"]))
        #expect(policy.shouldRetry(status: 400, headers: ["X-Should-Retry": "true"]))
    }

    @Test("x-should-retry: false on a 500 stops at once; true on a 400 retries")
    func shouldRetryHeader() async throws {
        let noRetry = FakeTransport([FakeTransport.error(500, "api_error", ["x-should-retry": "false"]), FakeTransport.json(200, FakeTransport.okBody)])
        await #expect(throws: MessagesError.self) { try await makeClient(noRetry).send(simpleRequest) }
        #expect(noRetry.requests.count == 1)
        let forced = FakeTransport([FakeTransport.error(400, "invalid_request_error", ["x-should-retry": "true"]), FakeTransport.json(200, FakeTransport.okBody)])
        _ = try await makeClient(forced).send(simpleRequest)
        #expect(forced.requests.count == 2)
    }

    @Test("maxRetries is never exceeded, and the last error is reported", arguments: [0, 1, 2, 5])
    func maxRetries(_ retries: Int) async throws {
        let transport = FakeTransport(Array(repeating: FakeTransport.error(503, "overloaded_error"), count: 10))
        let clock = RecordingClock()
        do {
            _ = try await makeClient(transport, clock: clock, maxRetries: retries).send(simpleRequest)
            Issue.record("expected an error")
        } catch let error as MessagesError {
            #expect(error.statusCode == 503)
            #expect(error.description.contains("overloaded_error"))
        }
        #expect(transport.requests.count == retries + 1)
        #expect(clock.delays.count == retries)
    }

    @Test("x-stainless-retry-count is 0, 1, 2 on successive attempts; auth and version headers on every attempt")
    func retryCountHeader() async throws {
        let transport = FakeTransport([FakeTransport.error(429, "rate_limit_error"), FakeTransport.error(500, "api_error"), FakeTransport.json(200, FakeTransport.okBody)])
        _ = try await makeClient(transport).send(simpleRequest)
        #expect(transport.requests.map { $0.headers["x-stainless-retry-count"] } == ["0", "1", "2"])
        #expect(transport.requests.allSatisfy { $0.headers["x-api-key"] == "sk-test-secret-0123456789" && $0.headers["anthropic-version"] == "2023-06-01" })
        #expect(transport.requests.allSatisfy { $0.url == "http://127.0.0.1:9/v1/messages" })
    }

    @Test("Connection errors and timeouts are retried")
    func connectionErrors() async throws {
        let transport = FakeTransport([.fail(.connection("refused")), .fail(.timeout("slow")), FakeTransport.json(200, FakeTransport.okBody)])
        let clock = RecordingClock()
        #expect(try await makeClient(transport, clock: clock).send(simpleRequest).text == "ok")
        #expect(clock.delays == [0.5, 1.0])
    }

    @Test("400 is not retried and its message is clear")
    func badRequest() async throws {
        let transport = FakeTransport([FakeTransport.error(400, "invalid_request_error"), FakeTransport.json(200, FakeTransport.okBody)])
        await #expect(throws: MessagesError.status(code: 400, error: APIErrorBody(type: "invalid_request_error", message: "scripted 400", requestID: "req_fake"),
                                                    body: #"{"type":"error","error":{"type":"invalid_request_error","message":"scripted 400"},"request_id":"req_fake"}"#)) {
            try await makeClient(transport).send(simpleRequest)
        }
        #expect(transport.requests.count == 1)
    }

    @Test("event: error after HTTP 200 is raised and not retried")
    func streamErrorNotRetried() async throws {
        let body = try fixtureBytes(ownFixtures.appendingPathComponent("error_after_200.sse"))
        let transport = FakeTransport([.respond(status: 200, headers: ["content-type": "text/event-stream"], body: body, chunkSize: 11), FakeTransport.json(200, FakeTransport.okBody)])
        var streamed: [String] = []
        var request = simpleRequest
        request.stream = true
        do {
            _ = try await makeClient(transport).send(request) { streamed.append($0.name) }
            Issue.record("expected the stream error")
        } catch let error as MessagesError {
            guard case .streamError(let body) = error else { Issue.record("got \(error)"); return }
            #expect(body.type == "overloaded_error")
            #expect(error.description.contains("not retried"))
        }
        #expect(transport.requests.count == 1)
        #expect(streamed == ["message_start", "content_block_start", "content_block_delta"])
    }

    @Test("A refusal counts from message_delta: a stream cut after it still gives the refused message; other cut streams are errors")
    func refusalBeforeMessageStop() async throws {
        func stream(stop: String) -> [UInt8] {
            Array("""
                event: message_start
                data: {"type":"message_start","message":{"id":"m1","type":"message","role":"assistant","model":"x","content":[],"stop_reason":null,"usage":{}}}

                event: content_block_start
                data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Sure, the"}}

                event: message_delta
                data: {"type":"message_delta","delta":{"stop_reason":"\(stop)","stop_details":{"type":"refusal","category":"cyber"}},"usage":{"output_tokens":3}}


                """.utf8)
        }
        var request = simpleRequest
        request.stream = true
        let refused = FakeTransport([.respond(status: 200, headers: [:], body: stream(stop: "refusal"), chunkSize: 13)])
        let reply = try await makeClient(refused).send(request)
        #expect(reply.isRefusal && reply.stopDetails?.category == "cyber" && reply.text == "Sure, the")
        let cut = FakeTransport([.respond(status: 200, headers: [:], body: stream(stop: "end_turn"), chunkSize: 13)])
        await #expect(throws: MessagesError.self) { try await makeClient(cut).send(request) }
        #expect(cut.requests.count == 1)
    }

    @Test("Cancelling the task during a retry delay stops at once, with no further attempt")
    func cancellation() async throws {
        let transport = FakeTransport(Array(repeating: FakeTransport.error(529, "overloaded_error"), count: 5))
        let clock = BlockingClock()
        let client = makeClient(transport, clock: clock)
        let task = Task { try await client.send(simpleRequest) }
        var iterator = clock.started.makeAsyncIterator()
        #expect(await iterator.next() == 0.5)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(transport.requests.count == 1)
    }

    @Test("Bearer auth sends the 2026-10-21 version and leaves out temperature")
    func bearer() async throws {
        let transport = FakeTransport([FakeTransport.json(200, FakeTransport.okBody)])
        var request = simpleRequest
        request.temperature = 0.5
        _ = try await makeClient(transport, auth: .bearer(APIKey("tok-123456"))).send(request)
        let sent = transport.requests[0]
        #expect(sent.headers["authorization"] == "Bearer tok-123456")
        #expect(sent.headers["x-api-key"] == nil)
        #expect(sent.headers["anthropic-version"] == "2026-10-21")
        #expect(!String(decoding: sent.body, as: UTF8.self).contains("temperature"))
    }

    @Test("A server message echoing the key is scrubbed from the error")
    func keyScrubbed() async throws {
        let echo = #"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key sk-test-secret-0123456789"}}"#
        let transport = FakeTransport([FakeTransport.json(401, echo)])
        do {
            _ = try await makeClient(transport).send(simpleRequest)
            Issue.record("expected an error")
        } catch {
            #expect(!"\(error)".contains("sk-test-secret-0123456789"))
            #expect("\(error)".contains("<redacted>"))
        }
    }
}
