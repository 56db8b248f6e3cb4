/// A JSON value parsed from bytes, whose strings remember where each of their bytes came from in the source,
/// so findings in a JSON request point at the right line and column and rewrites can be spliced back in place.
public indirect enum JSONSource: Sendable {
    /// An object, keys in source order.
    case object([(key: String, value: JSONSource)])
    /// An array.
    case array([JSONSource])
    /// A string, decoded, with its source map.
    case string(JSONString)
    /// A number, as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// The member `key` of an object.
    public subscript(key: String) -> JSONSource? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    /// The decoded string, if this is a string.
    public var stringValue: JSONString? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONSource]? {
        if case .array(let a) = self { return a }
        return nil
    }
}

/// A decoded JSON string and the source offset of each of its decoded bytes.
public struct JSONString: Sendable, Hashable {
    /// The decoded UTF-8 bytes.
    public let bytes: [UInt8]
    /// `sourceOffsets[i]` is the source byte offset where decoded byte `i` starts; the last entry is where the
    /// string's content ends (just before the closing quote). Count = `bytes.count + 1`.
    public let sourceOffsets: [Int]

    /// The source byte range of the decoded range `range`.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        sourceOffsets[range.lowerBound] ..< sourceOffsets[range.upperBound]
    }

    /// The decoded text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A JSON syntax error with its byte offset.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The byte offset in the source.
    public let offset: Int

    /// The message.
    public var description: String { message }
}

extension JSONSource {
    /// The deepest nesting accepted, so hostile input cannot exhaust the stack.
    public static let maxDepth = 256

    /// Parses `bytes` as one JSON document (surrounding whitespace allowed).
    ///
    /// - Throws: ``JSONSyntaxError`` with the offset of the first problem.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONSource {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            var parser = JSONParser(bytes: buffer, position: 0)
            parser.skipWhitespace()
            let value = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            guard parser.position == buffer.count else { throw parser.error("unexpected data after the JSON value") }
            return value
        }
    }
}

struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int

    func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, offset: position) }

    mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONSource {
        guard depth < JSONSource.maxDepth else { throw error("JSON nested deeper than \(JSONSource.maxDepth) levels") }
        guard position < bytes.count else { throw error("unexpected end of JSON") }
        switch bytes[position] {
        case 0x7B: return try parseObject(depth: depth)
        case 0x5B: return try parseArray(depth: depth)
        case 0x22: return .string(try parseString())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30 ... 0x39:
            let start = position
            position += 1
            while position < bytes.count, ([0x2B, 0x2D, 0x2E, 0x45, 0x65] as [UInt8]).contains(bytes[position]) || (0x30 ... 0x39).contains(bytes[position]) { position += 1 }
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< position]), as: UTF8.self))
        default: throw error("unexpected character in JSON")
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count else { throw error("unexpected end of JSON") }
        for i in 0 ..< n where bytes[position + i] != word.utf8Start[i] { throw error("invalid literal") }
        position += n
    }

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONSource {
        position += 1
        var members: [(key: String, value: JSONSource)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == 0x7D { position += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == 0x22 else { throw error("expected a string key") }
            let key = try parseString().text
            skipWhitespace()
            guard position < bytes.count, bytes[position] == 0x3A else { throw error("expected ':'") }
            position += 1
            skipWhitespace()
            members.append((key, try parseValue(depth: depth + 1)))
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated object") }
            if bytes[position] == 0x2C { position += 1; continue }
            if bytes[position] == 0x7D { position += 1; return .object(members) }
            throw error("expected ',' or '}'")
        }
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONSource {
        position += 1
        var elements: [JSONSource] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == 0x5D { position += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated array") }
            if bytes[position] == 0x2C { position += 1; continue }
            if bytes[position] == 0x5D { position += 1; return .array(elements) }
            throw error("expected ',' or ']'")
        }
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0 ..< 4 {
            let c = bytes[position]
            let d: UInt32
            switch c {
            case 0x30 ... 0x39: d = UInt32(c - 0x30)
            case 0x41 ... 0x46: d = UInt32(c - 0x41 + 10)
            case 0x61 ... 0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("invalid \\u escape")
            }
            v = v << 4 | d
            position += 1
        }
        return v
    }

    mutating func parseString() throws(JSONSyntaxError) -> JSONString {
        position += 1  // opening quote
        var out: [UInt8] = []
        var offsets: [Int] = []
        while true {
            guard position < bytes.count else { throw error("unterminated string") }
            let b = bytes[position]
            if b == 0x22 {
                offsets.append(position)
                position += 1
                return JSONString(bytes: out, sourceOffsets: offsets)
            }
            if b < 0x20 { throw error("control character in string") }
            if b != 0x5C {
                out.append(b)
                offsets.append(position)
                position += 1
                continue
            }
            let start = position
            position += 1
            guard position < bytes.count else { throw error("unterminated escape") }
            let e = bytes[position]
            position += 1
            var scalar: UInt32
            switch e {
            case 0x22: scalar = 0x22
            case 0x5C: scalar = 0x5C
            case 0x2F: scalar = 0x2F
            case 0x62: scalar = 0x08
            case 0x66: scalar = 0x0C
            case 0x6E: scalar = 0x0A
            case 0x72: scalar = 0x0D
            case 0x74: scalar = 0x09
            case 0x75:
                scalar = try hex4()
                if (0xD800 ... 0xDBFF).contains(scalar), position + 6 <= bytes.count, bytes[position] == 0x5C, bytes[position + 1] == 0x75 {
                    let save = position
                    position += 2
                    let low = try hex4()
                    if (0xDC00 ... 0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = save
                    }
                }
                if (0xD800 ... 0xDFFF).contains(scalar) { scalar = 0xFFFD }  // lone surrogate
            default: throw error("invalid escape")
            }
            let encoded = Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            for byte in encoded {
                out.append(byte)
                offsets.append(start)
            }
        }
    }
}
