internal import NIOCore
internal import NIOHTTP1
internal import NIOPosix

/// A Messages API emulator on loopback: `POST /v1/messages` with both auth generations, JSON or SSE replies,
/// refusal triggers, injected faults and a request log.
///
/// ```swift
/// let emulator = try await MessagesEmulator.start(EmulatorConfiguration(refusals: [.init(pattern: "unified business number")]))
/// defer { Task { await emulator.shutdown() } }
/// // talk to "http://127.0.0.1:\(emulator.port)"
/// ```
public final class MessagesEmulator: Sendable {
    /// The address it listens on.
    public let host: String
    /// The port it listens on (the one the system chose when started with port 0).
    public let port: Int
    private let engine: EmulatorEngine
    private let server: Task<Void, Never>

    private init(host: String, port: Int, engine: EmulatorEngine, server: Task<Void, Never>) {
        self.host = host
        self.port = port
        self.engine = engine
        self.server = server
    }

    /// The base URL clients should use: `http://HOST:PORT`.
    public var baseURL: String { host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)" }

    /// Every request received so far, in order.
    public var requests: [LoggedRequest] { engine.requests }

    /// Starts an emulator.
    ///
    /// - Parameters:
    ///   - configuration: Refusal triggers, faults, reply and key.
    ///   - host: A loopback address.
    ///   - port: The port, or 0 for any free one.
    ///   - requestLog: A file to append one JSON line per request to.
    /// - Throws: ``EmulatorError`` for a bad configuration or a non-loopback host; NIO's error when binding fails.
    public static func start(
        _ configuration: EmulatorConfiguration = EmulatorConfiguration(), host: String = "127.0.0.1", port: Int = 0,
        requestLog: String? = nil
    ) async throws -> MessagesEmulator {
        guard isLoopback(host) else { throw EmulatorError.notLoopback(host) }
        let engine = try EmulatorEngine(try configuration.compiled(), logPath: requestLog)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: host == "localhost" ? "127.0.0.1" : host, port: port) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(wrappingChannelSynchronously: child)
                }
            }
        let boundPort = channel.channel.localAddress?.port ?? port
        let server = Task<Void, Never> {
            await withDiscardingTaskGroup { group in
                try? await channel.executeThenClose { inbound in
                    for try await connection in inbound {
                        group.addTask { await serve(connection, engine: engine) }
                    }
                }
            }
        }
        return MessagesEmulator(host: host == "localhost" ? "127.0.0.1" : host, port: boundPort, engine: engine, server: server)
    }

    /// Stops listening and closes every connection.
    public func shutdown() async {
        server.cancel()
        await server.value
    }

    /// Whether `host` names a loopback address.
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "[::1]" { return true }
        let parts = host.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Serves one connection: requests in order, keep-alive until the client closes or a fault drops it.
    private static func serve(_ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, engine: EmulatorEngine) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body: [UInt8] = []
            var tooLarge = false
            for try await part in inbound {
                switch part {
                case .head(let h):
                    head = h
                    body = []
                    tooLarge = false
                case .body(let buffer):
                    if body.count + buffer.readableBytes > 32 << 20 { tooLarge = true } else { body += Array(buffer: buffer) }
                case .end:
                    guard let h = head else { continue }
                    let plan: PlannedResponse = tooLarge
                        ? .json(status: 413, headers: [], body: EmulatorEngine.errorBody("request_too_large", "the request body exceeds 32 MiB", "req_emu_too_large"))
                        : engine.handle(method: h.method.rawValue, uri: h.uri, headers: h.headers.map { ($0.name, $0.value) }, body: body)
                    let keepGoing = try await write(plan, version: h.version, keepAlive: h.isKeepAlive, to: outbound)
                    if !keepGoing || !h.isKeepAlive { return }
                    head = nil
                }
            }
        }
    }

    /// Writes a planned response; returns false when the connection must close.
    private static func write(
        _ plan: PlannedResponse, version: HTTPVersion, keepAlive: Bool,
        to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>
    ) async throws -> Bool {
        switch plan {
        case .drop:
            return false
        case .hang:
            // Silent until the client gives up (its request timeout) or the emulator shuts down (cancellation).
            try? await Task.sleep(for: .seconds(600))
            return false
        case .trickle(let extra, let byte, let interval):
            var headers = HTTPHeaders(extra)
            headers.add(name: "connection", value: "close")
            try await outbound.write(.head(HTTPResponseHead(version: version, status: .ok, headers: headers)))
            let chunk = byte == UInt8(ascii: ":") ? [byte, 0x0A] : [byte]
            let start = ContinuousClock.now
            while ContinuousClock.now - start < .seconds(600), !Task.isCancelled {
                try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: chunk))))
                try await Task.sleep(for: interval)
            }
            return false
        case .endless(let extra, let prefix, let filler):
            var headers = HTTPHeaders(extra)
            headers.add(name: "connection", value: "close")
            try await outbound.write(.head(HTTPResponseHead(version: version, status: .ok, headers: headers)))
            try await outbound.write(.body(.byteBuffer(ByteBuffer(string: prefix))))
            let block = ByteBuffer(repeating: filler, count: 64 << 10)
            var sent = 0
            while sent < 1 << 30, !Task.isCancelled {
                try await outbound.write(.body(.byteBuffer(block)))
                sent += block.readableBytes
            }
            return false
        case .json(let status, let extra, let text):
            var headers = HTTPHeaders([("content-type", "application/json"), ("content-length", String(text.utf8.count))])
            for (n, v) in extra { headers.add(name: n, value: v) }
            headers.add(name: "connection", value: keepAlive ? "keep-alive" : "close")
            try await outbound.write(.head(HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: status), headers: headers)))
            try await outbound.write(.body(.byteBuffer(ByteBuffer(string: text))))
            try await outbound.write(.end(nil))
            return true
        case .sse(let extra, let events, let dropAfter):
            var headers = HTTPHeaders()
            for (n, v) in extra { headers.add(name: n, value: v) }
            headers.add(name: "connection", value: keepAlive && !dropAfter ? "keep-alive" : "close")
            try await outbound.write(.head(HTTPResponseHead(version: version, status: .ok, headers: headers)))
            for event in events { try await outbound.write(.body(.byteBuffer(ByteBuffer(string: event)))) }
            if dropAfter { return false }
            try await outbound.write(.end(nil))
            return true
        }
    }
}
