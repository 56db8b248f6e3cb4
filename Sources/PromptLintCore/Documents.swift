/// How a file's bytes hold prompts.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The whole file is one user prompt (`.txt`, `.md`, `.prompt`, `.j2`, `.jinja`, `.tmpl`).
    case text
    /// A Messages API request body (`.json`): `system` and each message's text.
    case request
    /// JSON Lines (`.jsonl`): one request, or one object with a text field, per line.
    case jsonLines

    /// The kind for a file name, or `nil` for a file prompt-lint does not read when walking folders.
    public static func forPath(_ path: String) -> DocumentKind? {
        let lower = path.lowercased()
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "md", "prompt", "j2", "jinja", "jinja2", "tmpl", "mustache", "hbs": return .text
        case "json": return .request
        case "jsonl", "ndjson": return .jsonLines
        default: return nil
        }
    }
}

/// Where a segment's bytes are in the file, so offsets can be mapped back.
public enum SegmentSource: Sendable, Hashable {
    /// The segment is the file's bytes from `base` on, unchanged.
    case contiguous(base: Int)
    /// The segment is a decoded JSON string; `base` is the offset of the JSON text in the file (a JSONL line's start).
    case json(JSONString, base: Int)

    /// The file byte range of a segment byte range.
    public func fileRange(of range: Range<Int>) -> Range<Int> {
        switch self {
        case .contiguous(let base): return (base + range.lowerBound) ..< (base + range.upperBound)
        case .json(let string, let base):
            let r = string.sourceRange(of: range)
            return (base + r.lowerBound) ..< (base + r.upperBound)
        }
    }
}

/// One prompt found in a document, with the map from its segments back to the file.
public struct ExtractedPrompt: Sendable {
    /// The prompt.
    public var prompt: Prompt
    /// One source per segment.
    public var sources: [SegmentSource]
    /// For JSON Lines, the 1-based line the prompt is on.
    public var line: Int?
}

/// A document that cannot be read as its kind says.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The byte offset of the problem in the file, when known.
    public let offset: Int?

    /// The message.
    public var description: String { message }
}

/// Extracts prompts from document bytes. Pure: the caller reads the file.
public enum DocumentExtractor {
    /// The UTF-8 byte order mark.
    public static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The prompts in `bytes` read as `kind`.
    ///
    /// - Parameters:
    ///   - field: For JSON objects that are not Messages API requests, the member holding the prompt.
    /// - Throws: ``DocumentError`` for malformed JSON or JSON without prompt text. For JSON Lines, a bad line
    ///   is reported through `lineErrors` and the other lines are still read.
    public static func extract(
        _ bytes: [UInt8], kind: DocumentKind, field: String = "text",
        lineErrors: ((Int, DocumentError) -> Void)? = nil
    ) throws(DocumentError) -> [ExtractedPrompt] {
        let base = bytes.starts(with: bom) ? 3 : 0
        switch kind {
        case .text:
            return [ExtractedPrompt(prompt: Prompt(segments: [PromptSegment(bytes: Array(bytes[base...]))]), sources: [.contiguous(base: base)], line: nil)]
        case .request:
            let json: JSONSource
            do { json = try JSONSource.parse(Array(bytes[base...])) } catch {
                throw DocumentError(message: "invalid JSON: \(error.message)", offset: base + error.offset)
            }
            guard let prompt = prompt(from: json, field: field, base: base) else {
                throw DocumentError(message: "no prompt text: expected a Messages API request ('system', 'messages') or a '\(field)' string", offset: nil)
            }
            return [prompt]
        case .jsonLines:
            var result: [ExtractedPrompt] = []
            var lineNumber = 0
            var start = base
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let line = Array(bytes[start ..< end])
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                    do {
                        let json = try JSONSource.parse(line)
                        if var p = prompt(from: json, field: field, base: start) {
                            p.line = lineNumber
                            result.append(p)
                        } else {
                            lineErrors?(lineNumber, DocumentError(message: "no prompt text on this line (no 'messages', 'system' or '\(field)')", offset: start))
                        }
                    } catch {
                        lineErrors?(lineNumber, DocumentError(message: "invalid JSON: \(error.message)", offset: start + error.offset))
                    }
                }
                start = end + 1
            }
            return result
        }
    }

    /// The prompt in one JSON value: a Messages API request, or an object with a `field` string.
    public static func prompt(from json: JSONSource, field: String, base: Int) -> ExtractedPrompt? {
        var segments: [PromptSegment] = []
        var sources: [SegmentSource] = []
        func add(_ s: JSONString, _ role: Role) {
            segments.append(PromptSegment(role: role, bytes: s.bytes))
            sources.append(.json(s, base: base))
        }
        func addContent(_ value: JSONSource?, _ role: Role) {
            guard let value else { return }
            if let s = value.stringValue { add(s, role); return }
            for block in value.arrayValue ?? [] where block["type"]?.stringValue?.text == "text" {
                if let s = block["text"]?.stringValue { add(s, role) }
            }
        }
        let isRequest = json["messages"] != nil || json["system"] != nil
        if isRequest {
            addContent(json["system"], .system)
            for message in json["messages"]?.arrayValue ?? [] {
                let role = message["role"]?.stringValue.flatMap { Role(rawValue: $0.text) } ?? .user
                addContent(message["content"], role)
            }
        } else if let s = json[field]?.stringValue {
            add(s, .user)
        } else {
            return nil
        }
        return ExtractedPrompt(prompt: Prompt(segments: segments), sources: sources, line: nil)
    }
}

/// Maps byte offsets in a file to 1-based lines and columns (columns in Unicode scalars).
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    /// Indexes `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// The line and column of byte `offset`.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(0, offset), bytes.count)
        var lo = 0, hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        let line = lo - 1
        var column = 1
        var i = lineStarts[line]
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line + 1, column)
    }

    /// The text of the 1-based `line`, without its line ending.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start ..< end], as: UTF8.self)
    }
}
