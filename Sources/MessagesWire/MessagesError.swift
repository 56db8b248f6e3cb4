/// The `error` object of an API error body: `{"type":"error","error":{"type":T,"message":M},"request_id":…}`.
public struct APIErrorBody: Sendable, Hashable, Codable {
    /// The error type (`rate_limit_error`, `overloaded_error`, …).
    public var type: String
    /// The server's message.
    public var message: String
    /// The request id, when the body or the `request-id` header gave one.
    public var requestID: String?

    /// Creates an error body.
    public init(type: String, message: String, requestID: String? = nil) {
        self.type = type
        self.message = message
        self.requestID = requestID
    }

    /// Reads an error body from parsed JSON, if it has the API's shape.
    public init?(json: JSONValue) {
        guard let error = json["error"], let type = error["type"]?.stringValue else { return nil }
        self.type = type
        self.message = error["message"]?.stringValue ?? ""
        self.requestID = json["request_id"]?.stringValue
    }
}

/// Everything that can go wrong talking to the Messages API, each with a message a user can act on.
///
/// No case ever carries the API key: texts that could echo it (server messages) are scrubbed first.
public enum MessagesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The server answered with an error status (after any retries).
    case status(code: Int, error: APIErrorBody?, body: String)
    /// The connection could not be made or broke before a response arrived.
    case connection(String)
    /// The request or the connection timed out.
    case timeout(String)
    /// The stream delivered `event: error` after HTTP 200; the official SDKs raise it without retrying.
    case streamError(APIErrorBody)
    /// The stream ended (connection closed) before `message_stop`.
    case incompleteStream(String)
    /// The stream broke the SSE or event protocol (bad JSON in `data:`, events out of order).
    case malformedStream(String)
    /// The response body was not the JSON the API sends.
    case invalidResponse(String)
    /// The request could not be encoded or is not one the client can send.
    case invalidRequest(String)

    /// A message for people: what happened and, where it helps, what to do.
    public var description: String {
        switch self {
        case .status(let code, let error, let body):
            if let error {
                let id = error.requestID.map { " (request \($0))" } ?? ""
                return "the API answered HTTP \(code) \(error.type): \(error.message)\(id)"
            }
            let preview = body.count > 200 ? String(body.prefix(200)) + "…" : body
            return "the API answered HTTP \(code)" + (preview.isEmpty ? "" : ": \(preview)")
        case .connection(let why): return "could not talk to the API: \(why)"
        case .timeout(let why): return "the request timed out: \(why)"
        case .streamError(let error):
            let id = error.requestID.map { " (request \($0))" } ?? ""
            return "the stream reported an error after it started: \(error.type): \(error.message)\(id); not retried, as the official SDKs do"
        case .incompleteStream(let why): return "the stream ended before the message was complete: \(why)"
        case .malformedStream(let why): return "the stream is not valid server-sent events from the Messages API: \(why)"
        case .invalidResponse(let why): return "the API's response could not be read: \(why)"
        case .invalidRequest(let why): return "the request cannot be sent: \(why)"
        }
    }

    /// The HTTP status, for ``status(code:error:body:)``.
    public var statusCode: Int? {
        if case .status(let code, _, _) = self { return code }
        return nil
    }
}
