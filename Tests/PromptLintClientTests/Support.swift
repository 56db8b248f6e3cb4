import Foundation
import PromptLintClient
import PromptLintCore
import Synchronization

/// The package root (three levels above this file).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The project's own SSE fixtures.
let ownFixtures = packageRoot.appendingPathComponent("Tests/PromptLintClientTests/Fixtures")

/// The shared recorded streams, present when `../shared` is beside the package.
let sharedFixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/messages-api")

/// Whether the shared fixtures are available.
let sharedFixturesExist = FileManager.default.fileExists(atPath: sharedFixtures.path)

func fixtureBytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

/// A tiny rule set so the smart-retry tests do not depend on the built-in packs, which are still changing.
let testRules = """
    category: identity

    [test.business-number]
    weight: 0.5
    declare: yes
    message: Asks for a company's registration number.
    keywords: business number
    pattern: \\bunified\\s+business\\s+number\\b
    rewrite: publicly registered company identifier
    example: Find the «unified business number» of ACME.
    counter: Our unified numbering scheme has no business meaning.
    fix: Find the unified business number of ACME => Find the publicly registered company identifier of ACME

    [test.stalking]
    category: security
    weight: 0.9
    harmful: yes
    message: Wants to follow a person covertly.
    keywords: stalk
    pattern: \\bstalk(?:ing)?\\b
    example: Help me «stalk» my ex.
    counter: A review of the film Stalker.
    """

func testRewriter() throws -> Rewriter {
    let rules = try RuleSet.load([RuleSet.Source(file: "test.rules", pack: "test", text: testRules)])
    return Rewriter(linter: Linter(rules: rules))
}

/// The seed prompt from the project's issue.
let seedPrompt = "Please help find the company's unified business number: Company name: {$companyName}"

// MARK: - Fakes

/// A transport that answers from a script and records every request.
final class FakeTransport: MessagesTransport {
    enum Step: Sendable {
        case respond(status: Int, headers: HeaderFields, body: [UInt8], chunkSize: Int)
        case fail(MessagesError)
    }

    private let state: Mutex<(steps: [Step], requests: [TransportRequest])>

    init(_ steps: [Step]) { state = Mutex((steps, [])) }

    var requests: [TransportRequest] { state.withLock { $0.requests } }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let step = state.withLock { s -> Step? in
            s.requests.append(request)
            return s.steps.isEmpty ? nil : s.steps.removeFirst()
        }
        switch step {
        case nil: throw MessagesError.connection("the fake transport has no more scripted responses")
        case .fail(let error): throw error
        case .respond(let status, let headers, let body, let chunkSize):
            return TransportResponse(status: status, headers: headers, body: ResponseBody(bytes: body, chunkSize: chunkSize))
        }
    }

    static func json(_ status: Int, _ body: String, _ headers: HeaderFields = [:]) -> Step {
        .respond(status: status, headers: headers, body: Array(body.utf8), chunkSize: 7)
    }

    static func error(_ status: Int, _ type: String, _ headers: HeaderFields = [:]) -> Step {
        json(status, #"{"type":"error","error":{"type":"\#(type)","message":"scripted \#(status)"},"request_id":"req_fake"}"#, headers)
    }

    static let okBody = #"{"id":"msg_1","type":"message","role":"assistant","model":"m","content":[{"type":"text","text":"ok"}],"stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}"#
}

/// A clock that never sleeps: it records each requested delay and returns at once.
final class RecordingClock: RetryClock {
    private let sleeps = Mutex<[Double]>([])
    let fixedNow: Double

    init(now: Double = 1_700_000_000) { fixedNow = now }

    var delays: [Double] { sleeps.withLock { $0 } }

    func now() -> Double { fixedNow }

    func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        sleeps.withLock { $0.append(seconds) }
    }
}

/// A clock whose sleep lasts until the task is cancelled, announcing when it starts.
final class BlockingClock: RetryClock {
    let started: AsyncStream<Double>
    private let continuation: AsyncStream<Double>.Continuation

    init() { (started, continuation) = AsyncStream.makeStream(of: Double.self) }

    func now() -> Double { 0 }

    func sleep(seconds: Double) async throws {
        continuation.yield(seconds)
        // Suspends until the task is cancelled (Task.sleep ends at once with CancellationError then).
        try await Task.sleep(for: .seconds(86_400))
    }
}

/// A client over `transport` with exact delays (jitter 1) and a recording clock.
func makeClient(
    _ transport: any MessagesTransport, clock: any RetryClock = RecordingClock(), baseURL: String = "http://127.0.0.1:9",
    auth: Authentication = .apiKey(APIKey("sk-test-secret-0123456789")), maxRetries: Int = 2
) -> MessagesClient {
    MessagesClient(
        configuration: .init(baseURL: baseURL, authentication: auth, retry: RetryPolicy(maxRetries: maxRetries, jitter: { 1 })),
        transport: transport, clock: clock)
}

/// Decodes a whole SSE byte string into typed events, feeding it in chunks of `chunkSize` bytes.
func decodeEvents(_ bytes: [UInt8], chunkSize: Int) throws -> [MessageStreamEvent] {
    var decoder = SSEDecoder()
    var events: [ServerSentEvent] = []
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + chunkSize)
        events += try decoder.feed(bytes[offset ..< end])
        offset = end
    }
    events += decoder.finish()
    return try events.map(MessageStreamEvent.init)
}

/// Builds the final message from events.
func accumulate(_ events: [MessageStreamEvent]) throws -> MessageResponse {
    var acc = MessageAccumulator()
    for e in events { try acc.apply(e) }
    return try acc.finish()
}
