import Foundation
import MessagesEmulator
import PromptLintClient
import Testing

/// A client against `emulator` with a short request timeout, a small body limit and the SDK's retry policy.
private func faultClient(
    _ transport: any MessagesTransport, _ emulator: MessagesEmulator, timeout: Duration = .milliseconds(800),
    maxRetries: Int = 2, maxBodyBytes: Int = 1 << 20, clock: RecordingClock = RecordingClock()
) -> MessagesClient {
    MessagesClient(
        configuration: .init(
            baseURL: emulator.baseURL, authentication: .apiKey(APIKey("sk-test-secret-0123456789")),
            retry: RetryPolicy(maxRetries: maxRetries, jitter: { 1 }), timeout: timeout, maxBodyBytes: maxBodyBytes),
        transport: transport, clock: clock)
}

/// Seconds taken by `body`, on the wall clock.
private func elapsed(_ body: () async -> Void) async -> Double {
    let start = ContinuousClock.now
    await body()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

private var streamingRequest: MessageRequest {
    var r = simpleRequest
    r.stream = true
    return r
}

/// Each fault the issue names, over real HTTP on loopback: a clear error within the time limit, and a bounded number
/// of attempts. Every test also has an outer bound (`.timeLimit`), so a hang fails the test instead of the run.
@Suite("Network faults over HTTP", .timeLimit(.minutes(1)))
struct NetworkFaultTests {
    @Test("A server that never answers: a timeout per attempt, retried like the SDKs (3 attempts), then a clear error")
    func serverNeverAnswers() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .hang, count: 10)])) { emulator, transport in
            let clock = RecordingClock()
            let seconds = await elapsed {
                await #expect {
                    try await faultClient(transport, emulator, clock: clock).send(simpleRequest)
                } throws: { error in
                    guard case MessagesError.timeout(let why) = error else { return false }
                    return why.contains("within the request timeout") && why.contains("127.0.0.1:\(emulator.port)")
                }
            }
            #expect(emulator.requests.count == 3)
            #expect(clock.delays == [0.5, 1.0])
            #expect(seconds < 30, "three 0.8 s attempts took \(seconds) s (the bound is loose: CI machines are busy)")
        }
    }

    @Test("A slow-loris stream (a byte every 100 ms, forever) is cut at the request timeout and not retried once started")
    func slowLorisStream() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .slowLoris, count: 10)])) { emulator, transport in
            let seconds = await elapsed {
                await #expect {
                    try await faultClient(transport, emulator).send(streamingRequest)
                } throws: { error in
                    // Once a stream has started, a cut is reported as an incomplete stream, with the cause.
                    guard case MessagesError.incompleteStream(let why) = error else { return false }
                    return why.contains("took longer than the request timeout")
                }
            }
            #expect(emulator.requests.count == 1)
            #expect(seconds < 20, "took \(seconds) s")
        }
    }

    @Test("A slow-loris JSON body is cut at the request timeout too")
    func slowLorisJSON() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .slowLoris, count: 10)])) { emulator, transport in
            let seconds = await elapsed {
                await #expect {
                    try await faultClient(transport, emulator, maxRetries: 0).send(simpleRequest)
                } throws: { error in
                    guard case MessagesError.timeout = error else { return false }
                    return true
                }
            }
            #expect(emulator.requests.count == 1)
            #expect(seconds < 20, "took \(seconds) s")
        }
    }

    @Test("A response body that never ends stops at the body limit with a clear error, and is not retried")
    func hugeJSONBody() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .hugeBody, count: 10)])) { emulator, transport in
            await #expect {
                try await faultClient(transport, emulator, timeout: .seconds(30), maxBodyBytes: 1 << 20).send(simpleRequest)
            } throws: { error in
                guard case MessagesError.invalidResponse(let why) = error else { return false }
                return why.contains("larger than 1048576 bytes")
            }
            #expect(emulator.requests.count == 1)
        }
    }

    @Test("A stream whose one data line never ends stops at the SSE decoder's line limit")
    func hugeStreamLine() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .hugeBody, count: 10)])) { emulator, transport in
            await #expect {
                try await faultClient(transport, emulator, timeout: .seconds(30)).send(streamingRequest)
            } throws: { error in
                guard case MessagesError.malformedStream(let why) = error else { return false }
                return why.contains("a line longer than")
            }
            #expect(emulator.requests.count == 1)
        }
    }

    @Test("A stream that ends cleanly without message_stop is an incomplete-stream error, not a message")
    func streamWithoutMessageStop() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .truncated)])) { emulator, transport in
            var events: [String] = []
            do {
                _ = try await faultClient(transport, emulator, timeout: .seconds(30)).send(streamingRequest) { events.append($0.name) }
                Issue.record("expected an error")
            } catch let error as MessagesError {
                guard case .incompleteStream = error else { Issue.record("got \(error)"); return }
            }
            #expect(events.contains("content_block_delta"))
            #expect(!events.contains("message_stop"))
            #expect(emulator.requests.count == 1)
        }
    }

    @Test("Cancelling the task mid-stream stops at once with CancellationError, and nothing is retried")
    func cancelledMidStream() async throws {
        try await withEmulator(EmulatorConfiguration(faults: [Fault(kind: .slowLoris, count: 10)])) { emulator, transport in
            let client = faultClient(transport, emulator, timeout: .seconds(60))
            let task = Task { try await client.send(streamingRequest) }
            try await Task.sleep(for: .milliseconds(400))
            let seconds = await elapsed {
                task.cancel()
                let result = await task.result
                guard case .failure(let error) = result else { Issue.record("expected cancellation"); return }
                #expect(error is CancellationError, "got \(error)")
            }
            #expect(seconds < 10, "cancellation took \(seconds) s")
            #expect(emulator.requests.count == 1)
        }
    }
}
