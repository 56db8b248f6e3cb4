internal import AsyncHTTPClient
internal import Foundation
public import Logging
internal import NIOCore
internal import NIOHTTP1
internal import NIOPosix

/// The production transport: async-http-client with a 5-second connect timeout.
///
/// The overall timeout of each request covers the whole exchange: the head must arrive by the deadline, and
/// while the body streams, every chunk must too (an idle connection is cut by the read timeout, which is the
/// same length). Call ``shutdown()`` when done.
public final class AsyncHTTPClientTransport: MessagesTransport {
    private let client: HTTPClient
    private let logger: Logger?

    /// Creates a transport with its own HTTP client.
    ///
    /// - Parameters:
    ///   - connectTimeout: The most time to open a connection (the SDKs use 5 s).
    ///   - readTimeout: The longest silence allowed while waiting for bytes (the SDKs use 600 s).
    ///   - logger: Receives async-http-client's connection and request logs (at its own levels); none by default.
    public init(connectTimeout: Duration = .seconds(5), readTimeout: Duration = .seconds(600), logger: Logger? = nil) {
        self.logger = logger
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .init(connectTimeout), read: .init(readTimeout))
        configuration.decompression = .disabled
        configuration.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Shuts the HTTP client down; the transport cannot be used afterwards.
    public func shutdown() async throws { try await client.shutdown() }

    /// Sends `request`; see ``MessagesTransport``.
    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        var http = HTTPClientRequest(url: request.url)
        http.method = HTTPMethod(rawValue: request.method)
        for field in request.headers { http.headers.add(name: field.name, value: field.value) }
        http.body = .bytes(request.body)
        let deadline = NIODeadline.now() + TimeAmount(request.timeout)
        let response: HTTPClientResponse
        do {
            response = try await client.execute(http, deadline: deadline, logger: logger)
        } catch {
            throw Self.translate(error, phase: "before a response arrived", url: request.url)
        }
        let headers = HeaderFields(response.headers.map { ($0.name, $0.value) })
        let chunks = TranslatedBody(base: response.body, deadline: deadline, url: request.url)
        return TransportResponse(status: Int(response.status.code), headers: headers, body: ResponseBody(chunks))
    }

    /// Maps async-http-client and NIO errors to ``MessagesError`` (or `CancellationError`).
    static func translate(_ error: any Error, phase: String, url: String) -> any Error {
        if error is CancellationError { return error }
        if let e = error as? MessagesError { return e }
        if let e = error as? HTTPClientError {
            switch e {
            case .cancelled: return CancellationError()
            case .connectTimeout: return MessagesError.timeout("could not connect to \(hostPart(url)) within the connect timeout")
            case .deadlineExceeded: return MessagesError.timeout("no complete response from \(hostPart(url)) within the request timeout")
            case .readTimeout: return MessagesError.timeout("\(hostPart(url)) sent nothing for longer than the read timeout \(phase)")
            case .remoteConnectionClosed: return MessagesError.connection("\(hostPart(url)) closed the connection \(phase)")
            case .invalidURL, .emptyHost, .emptyScheme: return MessagesError.invalidRequest("'\(url)' is not a valid URL")
            default: return MessagesError.connection("\(hostPart(url)): \(e) \(phase)")
            }
        }
        if let e = error as? IOError {
            if e.errnoCode == ECONNREFUSED {
                return MessagesError.connection("could not connect to \(hostPart(url)): connection refused (is the server running and the URL right?)")
            }
            return MessagesError.connection("\(hostPart(url)): \(strerror(e.errnoCode).map { String(cString: $0) } ?? "I/O error \(e.errnoCode)") \(phase)")
        }
        if let e = error as? NIOConnectionError {
            let causes = e.connectionErrors.map { "\($0.error)" }
            return MessagesError.connection("could not connect to \(hostPart(url)): \(causes.first ?? "\(e)")")
        }
        if case ChannelError.connectTimeout = error {
            return MessagesError.timeout("could not connect to \(hostPart(url)) within the connect timeout")
        }
        return MessagesError.connection("\(hostPart(url)): \(error) \(phase)")
    }

    /// `scheme://host:port` of `url`, without path or query.
    static func hostPart(_ url: String) -> String {
        guard let u = URL(string: url), let host = u.host else { return url }
        return "\(u.scheme ?? "http")://\(host)\(u.port.map { ":\($0)" } ?? "")"
    }
}

/// The response body as byte chunks, with errors translated and the overall deadline enforced between chunks.
struct TranslatedBody: AsyncSequence, Sendable {
    typealias Element = [UInt8]
    let base: HTTPClientResponse.Body
    let deadline: NIODeadline
    let url: String

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: HTTPClientResponse.Body.AsyncIterator
        let deadline: NIODeadline
        let url: String

        mutating func next() async throws -> [UInt8]? {
            let chunk: ByteBuffer?
            do {
                chunk = try await base.next()
            } catch {
                throw AsyncHTTPClientTransport.translate(error, phase: "while the response was streaming", url: url)
            }
            if chunk != nil, NIODeadline.now() > deadline {
                throw MessagesError.timeout("the response from \(AsyncHTTPClientTransport.hostPart(url)) took longer than the request timeout")
            }
            return chunk.map { Array(buffer: $0) }
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), deadline: deadline, url: url)
    }
}

extension TimeAmount {
    /// The same span as a `Duration`, to the nanosecond.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// The wall clock, read through Foundation.
enum WallClock {
    /// Seconds since 1970-01-01 UTC.
    static func secondsSince1970() -> Double { Date().timeIntervalSince1970 }
}

extension MessagesClient {
    /// Runs `body` with a client on a new ``AsyncHTTPClientTransport``, shut down afterwards whatever happens.
    ///
    /// ```swift
    /// let outcome = try await MessagesClient.withHTTPTransport(configuration: config) { client in
    ///     try await SmartRetry(client: client).send(request)
    /// }
    /// ```
    public static func withHTTPTransport<T: Sendable>(
        configuration: Configuration, clock: any RetryClock = SystemRetryClock(),
        isolation: isolated (any Actor)? = #isolation, _ body: (MessagesClient) async throws -> T
    ) async throws -> T {
        let transport = AsyncHTTPClientTransport(readTimeout: configuration.timeout)
        let client = MessagesClient(configuration: configuration, transport: transport, clock: clock)
        do {
            let result = try await body(client)
            try await transport.shutdown()
            return result
        } catch {
            try? await transport.shutdown()
            throw error
        }
    }
}
