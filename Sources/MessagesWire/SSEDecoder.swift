/// One server-sent event: its name, its data lines joined with `\n`, and its optional id and retry.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` name; `nil` when the event had none (the spec's default `message`).
    public var event: String?
    /// The `data:` lines, joined with `\n`.
    public var data: String
    /// The `id:` field, if any.
    public var id: String?
    /// The `retry:` field in milliseconds, if any.
    public var retry: Int?

    /// Creates an event.
    public init(event: String?, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

/// An incremental decoder for `text/event-stream`: feed it bytes in chunks of any size, get events back.
///
/// Lines may end in `\r\n`, `\r` or `\n` (a `\r\n` split across two chunks counts once); one space after the
/// field's colon is removed; several `data:` lines are joined with `\n`; lines starting with `:` are comments;
/// unknown fields are ignored. An event is dispatched at a blank line, or by ``finish()`` when the stream ends
/// right after its last line (recorded streams often lack the final blank line).
public struct SSEDecoder: Sendable {
    private var line: [UInt8] = []
    private var afterCR = false
    private var atStart = true
    private var eventName: String?
    private var dataLines: [String] = []
    private var hasData = false
    private var id: String?
    private var retry: Int?
    /// The longest line accepted, in bytes; a longer one means the peer is not sending SSE.
    public var maxLineLength: Int

    /// Creates a decoder.
    public init(maxLineLength: Int = 16 << 20) { self.maxLineLength = maxLineLength }

    /// Decodes `bytes`, returning the events they complete.
    ///
    /// - Throws: ``MessagesError/malformedStream(_:)`` when a line exceeds ``maxLineLength``.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(MessagesError) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0D:
                afterCR = true
                if let e = endLine() { events.append(e) }
            case 0x0A:
                if let e = endLine() { events.append(e) }
            default:
                line.append(byte)
                if line.count > maxLineLength {
                    throw .malformedStream("a line longer than \(maxLineLength) bytes")
                }
            }
        }
        return events
    }

    /// Ends the stream: the last line and any event it completes are delivered.
    public mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !line.isEmpty, let e = endLine() { events.append(e) }
        if let e = dispatch() { events.append(e) }
        afterCR = false
        return events
    }

    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if atStart {
            atStart = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }  // a UTF-8 byte-order mark
        }
        if line.isEmpty { return dispatch() }
        if line[0] == UInt8(ascii: ":") { return nil }
        let colon = line.firstIndex(of: UInt8(ascii: ":"))
        let name = String(decoding: line[..<(colon ?? line.endIndex)], as: UTF8.self)
        var valueStart = colon.map { $0 + 1 } ?? line.endIndex
        if valueStart < line.endIndex, line[valueStart] == 0x20 { valueStart += 1 }
        let value = String(decoding: line[valueStart...], as: UTF8.self)
        switch name {
        case "event": eventName = value
        case "data":
            dataLines.append(value)
            hasData = true
        case "id": if !value.contains("\0") { id = value }
        case "retry": if let ms = Int(value), ms >= 0 { retry = ms }
        default: break
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            eventName = nil
            dataLines.removeAll()
            hasData = false
            retry = nil
        }
        guard hasData || eventName != nil else { return nil }
        return ServerSentEvent(event: eventName, data: dataLines.joined(separator: "\n"), id: id, retry: retry)
    }
}
