// MARK: - Header fields

/// HTTP header fields in order, looked up without regard to case.
public struct HeaderFields: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One field.
    public struct Field: Sendable, Hashable {
        /// The name as sent.
        public var name: String
        /// The value.
        public var value: String
    }

    /// The fields, in order.
    public private(set) var fields: [Field]

    /// Creates fields from name-value pairs.
    public init(_ pairs: [(String, String)] = []) { fields = pairs.map { Field(name: $0.0, value: $0.1) } }

    /// Creates fields from a literal.
    public init(dictionaryLiteral elements: (String, String)...) { self.init(elements) }

    /// The first value of `name`, any case.
    public subscript(name: String) -> String? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    /// Sets `name` to `value`, replacing every earlier value.
    public mutating func set(_ name: String, _ value: String) {
        let lower = name.lowercased()
        fields.removeAll { $0.name.lowercased() == lower }
        fields.append(Field(name: name, value: value))
    }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}

// MARK: - Transport

/// One HTTP request as the transport sends it.
public struct TransportRequest: Sendable {
    /// The absolute URL.
    public var url: String
    /// The method.
    public var method: String
    /// The header fields.
    public var headers: HeaderFields
    /// The body.
    public var body: [UInt8]
    /// The most time the whole exchange may take, body included.
    public var timeout: Duration

    /// Creates a request.
    public init(url: String, method: String = "POST", headers: HeaderFields, body: [UInt8], timeout: Duration) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// A response body delivered in chunks as they arrive.
public struct ResponseBody: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = [UInt8]

    private let make: @Sendable () -> AsyncIterator

    /// Wraps any sendable sequence of byte chunks.
    public init<S: AsyncSequence & Sendable>(_ sequence: S) where S.Element == [UInt8] {
        make = {
            var iterator = sequence.makeAsyncIterator()
            return AsyncIterator { try await iterator.next() }
        }
    }

    /// A body already in memory, delivered in chunks of `chunkSize` bytes (for fakes and tests).
    public init(bytes: [UInt8], chunkSize: Int = .max) {
        make = {
            var offset = 0
            return AsyncIterator {
                guard offset < bytes.count else { return nil }
                let end = Swift.min(bytes.count, offset + Swift.max(1, Swift.min(chunkSize, bytes.count)))
                defer { offset = end }
                return Array(bytes[offset ..< end])
            }
        }
    }

    /// Iterates the chunks.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let nextChunk: () async throws -> [UInt8]?

        /// The next chunk, or `nil` at the end.
        public mutating func next() async throws -> [UInt8]? { try await nextChunk() }
    }

    /// Starts iterating.
    public func makeAsyncIterator() -> AsyncIterator { make() }

    /// The whole body, up to `limit` bytes.
    ///
    /// - Throws: ``MessagesError/invalidResponse(_:)`` past the limit, or the transport's error.
    public func collect(upTo limit: Int) async throws -> [UInt8] {
        var out: [UInt8] = []
        for try await chunk in self {
            out += chunk
            if out.count > limit { throw MessagesError.invalidResponse("the response body is larger than \(limit) bytes") }
        }
        return out
    }
}

/// One HTTP response: status and headers, with the body still to be read.
public struct TransportResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields.
    public var headers: HeaderFields
    /// The body.
    public var body: ResponseBody

    /// Creates a response.
    public init(status: Int, headers: HeaderFields, body: ResponseBody) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Sends one HTTP request; the Messages client adds auth, retries and decoding on top.
///
/// Implementations throw ``MessagesError/connection(_:)`` when no response arrives (refused, reset,
/// closed), ``MessagesError/timeout(_:)`` when a time limit runs out, and `CancellationError` when the
/// task is cancelled. Errors while reading the body come from its iterator. Tests inject fakes.
public protocol MessagesTransport: Sendable {
    /// Sends `request` and returns as soon as the status and headers are in.
    func send(_ request: TransportRequest) async throws -> TransportResponse
}

// MARK: - Clock

/// The time source for retry delays, injectable so tests never really sleep.
public protocol RetryClock: Sendable {
    /// Seconds since 1970-01-01 UTC (to turn a `retry-after` HTTP date into a delay).
    func now() -> Double
    /// Waits `seconds`; throws `CancellationError` if the task is cancelled meanwhile.
    func sleep(seconds: Double) async throws
}

/// The real clock: wall time for dates, `Task.sleep` for waiting.
public struct SystemRetryClock: RetryClock {
    /// Creates the clock.
    public init() {}

    /// The current wall-clock time.
    public func now() -> Double { WallClock.secondsSince1970() }

    /// Sleeps with `Task.sleep`, which ends early with `CancellationError` on cancellation.
    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return try Task.checkCancellation() }
        try await Task.sleep(for: .milliseconds(Int64((seconds * 1000).rounded())))
    }
}
