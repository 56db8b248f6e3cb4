/// A transport-level retry that is about to happen, for logs and progress displays.
public struct TransportRetry: Sendable, Hashable {
    /// The attempt that failed, from 1.
    public var failedAttempt: Int
    /// The HTTP status, when there was a response.
    public var status: Int?
    /// Why it failed, in words (never containing the API key).
    public var reason: String
    /// The wait before the next attempt, in seconds.
    public var delay: Double
}

/// A Messages API client: authentication, the SDKs' transport retries, JSON and streamed replies.
///
/// ```swift
/// let transport = AsyncHTTPClientTransport()
/// let client = MessagesClient(configuration: .init(authentication: .apiKey(APIKey(key))), transport: transport)
/// let reply = try await client.send(MessageRequest(model: "claude-sonnet-4-5", maxTokens: 512, messages: [.user("Hi")]))
/// ```
public struct MessagesClient: Sendable {
    /// What the client sends where, and how it retries.
    public struct Configuration: Sendable {
        /// The API's base URL, without `/v1/messages`.
        public var baseURL: String
        /// The authentication generation and key.
        public var authentication: Authentication
        /// The transport retry policy.
        public var retry: RetryPolicy
        /// The most time one attempt may take, body included (the SDKs use 600 s).
        public var timeout: Duration
        /// Extra header fields sent with every request (`anthropic-beta`, …).
        public var extraHeaders: HeaderFields
        /// The largest non-streamed response body accepted, in bytes.
        public var maxBodyBytes: Int

        /// Creates a configuration.
        public init(
            baseURL: String = "https://api.anthropic.com", authentication: Authentication,
            retry: RetryPolicy = .default, timeout: Duration = .seconds(600), extraHeaders: HeaderFields = [:],
            maxBodyBytes: Int = 64 << 20
        ) {
            self.baseURL = baseURL
            self.authentication = authentication
            self.retry = retry
            self.timeout = timeout
            self.extraHeaders = extraHeaders
            self.maxBodyBytes = maxBodyBytes
        }
    }

    /// The configuration.
    public let configuration: Configuration
    /// The HTTP transport.
    public let transport: any MessagesTransport
    /// The clock that times retry delays.
    public let clock: any RetryClock
    /// Called before each transport retry.
    public let onRetry: @Sendable (TransportRetry) -> Void

    /// Creates a client.
    public init(
        configuration: Configuration, transport: any MessagesTransport, clock: any RetryClock = SystemRetryClock(),
        onRetry: @escaping @Sendable (TransportRetry) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.onRetry = onRetry
    }

    /// The endpoint URL.
    public var messagesURL: String {
        var base = configuration.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/v1/messages"
    }

    /// Sends `request` and returns the complete reply, streamed or not as `request.stream` says.
    ///
    /// Connection errors, timeouts and retryable statuses are retried per ``Configuration/retry``; once a stream
    /// has started nothing is retried, and `event: error` is thrown as ``MessagesError/streamError(_:)``.
    ///
    /// - Parameter onEvent: Called with each stream event as it arrives (streamed requests only).
    /// - Returns: The final message; for a stream, the one its events build.
    /// - Throws: ``MessagesError`` or `CancellationError`.
    public func send(
        _ request: MessageRequest, isolation: isolated (any Actor)? = #isolation,
        onEvent: (MessageStreamEvent) async throws -> Void = { _ in }
    ) async throws -> MessageResponse {
        let body: [UInt8]
        do {
            body = try JSONCoding.encode(request.prepared(for: configuration.authentication.version))
        } catch {
            throw MessagesError.invalidRequest("it cannot be encoded as JSON: \(error)")
        }
        if request.isStreaming {
            let response = try await perform(body: body, readWholeBody: false).response
            return try await decodeStream(response.body, isolation: isolation, onEvent: onEvent)
        }
        let (response, bytes) = try await perform(body: body, readWholeBody: true)
        let json = try JSONValue.parse(bytes, what: "the response body (HTTP \(response.status))")
        if json["type"]?.stringValue == "error" {
            throw MessagesError.status(code: response.status, error: APIErrorBody(json: json).map { scrubbed($0, response) }, body: scrub(bytes))
        }
        return try MessageResponse(json: json)
    }

    /// Decodes a server-sent event body into the final message, reporting each event.
    ///
    /// A refusal counts from its `message_delta`: a stream that ends after it without `message_stop` still
    /// gives the refused message, while any other stream cut short is an error.
    ///
    /// - Throws: ``MessagesError`` for stream errors, broken SSE and streams cut short.
    public static func decodeStream(
        _ body: ResponseBody, isolation: isolated (any Actor)? = #isolation,
        onEvent: (MessageStreamEvent) async throws -> Void = { _ in }
    ) async throws -> MessageResponse {
        var decoder = SSEDecoder()
        var accumulator = MessageAccumulator()
        func handle(_ events: [ServerSentEvent]) async throws {
            for sse in events {
                let event = try MessageStreamEvent(sse)
                try accumulator.apply(event)
                try await onEvent(event)
            }
        }
        do {
            for try await chunk in body {
                try await handle(try decoder.feed(chunk))
                if accumulator.isComplete { break }
            }
        } catch let error as MessagesError {
            switch error {
            case .connection(let why), .timeout(let why):
                // A refusal is known from its message_delta: a connection lost after it loses nothing.
                if accumulator.isRefusal { return try accumulator.finish(requireStop: false) }
                throw MessagesError.incompleteStream("\(why), after \(accumulator.eventCount) events")
            default:
                throw error
            }
        }
        try await handle(decoder.finish())
        return try accumulator.finish(requireStop: !accumulator.isRefusal)
    }

    private func decodeStream(
        _ body: ResponseBody, isolation: isolated (any Actor)?, onEvent: (MessageStreamEvent) async throws -> Void
    ) async throws -> MessageResponse {
        do {
            return try await Self.decodeStream(body, isolation: isolation, onEvent: onEvent)
        } catch let error as MessagesError {
            if case .streamError(let e) = error { throw MessagesError.streamError(scrubbed(e, nil)) }
            throw error
        }
    }

    // MARK: - Retries

    /// Sends the body with the SDKs' retry policy; returns the first successful response.
    func perform(body: [UInt8], readWholeBody: Bool) async throws -> (response: TransportResponse, bytes: [UInt8]) {
        let policy = configuration.retry
        var retriesTaken = 0
        while true {
            try Task.checkCancellation()
            var headers = HeaderFields([("content-type", "application/json"), ("accept", "application/json")])
            for (name, value) in configuration.authentication.headers { headers.set(name, value) }
            for field in configuration.extraHeaders { headers.set(field.name, field.value) }
            headers.set("x-stainless-retry-count", String(retriesTaken))
            let request = TransportRequest(url: messagesURL, headers: headers, body: body, timeout: configuration.timeout)
            let failure: (status: Int?, headers: HeaderFields?, error: MessagesError)
            do {
                let response = try await transport.send(request)
                if (200 ..< 300).contains(response.status) {
                    guard readWholeBody else { return (response, []) }
                    return (response, try await response.body.collect(upTo: configuration.maxBodyBytes))
                }
                let bytes = (try? await response.body.collect(upTo: 1 << 20)) ?? []
                let json = try? JSONValue.parse(bytes, what: "the error body")
                var apiError = json.flatMap(APIErrorBody.init(json:)).map { scrubbed($0, response) }
                if apiError == nil, let id = response.headers["request-id"] {
                    apiError = APIErrorBody(type: "http_\(response.status)", message: scrub(bytes), requestID: id)
                }
                let error = MessagesError.status(code: response.status, error: apiError, body: scrub(bytes))
                guard retriesTaken < policy.maxRetries, policy.shouldRetry(status: response.status, headers: response.headers) else {
                    throw error
                }
                failure = (response.status, response.headers, error)
            } catch let error as MessagesError {
                switch error {
                case .connection, .timeout:
                    guard retriesTaken < policy.maxRetries else { throw scrubbed(error) }
                    failure = (nil, nil, scrubbed(error))
                default:
                    throw error
                }
            }
            let delay = policy.delay(retriesTaken: retriesTaken, headers: failure.headers, now: clock.now())
            onRetry(TransportRetry(failedAttempt: retriesTaken + 1, status: failure.status, reason: failure.error.description, delay: delay))
            try await clock.sleep(seconds: delay)
            retriesTaken += 1
        }
    }

    // MARK: - Keeping the key out of errors

    private func scrub(_ bytes: [UInt8]) -> String {
        configuration.authentication.scrub(String(decoding: bytes.prefix(4096), as: UTF8.self))
    }

    private func scrubbed(_ e: APIErrorBody, _ response: TransportResponse?) -> APIErrorBody {
        var e = e
        e.message = configuration.authentication.scrub(e.message)
        if e.requestID == nil { e.requestID = response?.headers["request-id"] }
        return e
    }

    private func scrubbed(_ error: MessagesError) -> MessagesError {
        let auth = configuration.authentication
        switch error {
        case .connection(let s): return .connection(auth.scrub(s))
        case .timeout(let s): return .timeout(auth.scrub(s))
        default: return error
        }
    }
}
