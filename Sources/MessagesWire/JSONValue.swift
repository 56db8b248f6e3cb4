/// Any JSON value, kept as parsed so fields this library does not model survive a round trip.
///
/// Objects are unordered (keys are written sorted); numbers are `Double`, written without a fraction
/// when they are whole and fit in 64 bits.
public enum JSONValue: Sendable, Hashable, Codable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? container.decode(Double.self) {
            self = .number(n)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else if let o = try? container.decode([String: JSONValue].self) {
            self = .object(o)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    /// Encodes the value as JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .number(let n):
            if n.rounded() == n, abs(n) < 9.0e15 { try container.encode(Int64(n)) } else { try container.encode(n) }
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }

    /// The member `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, when this is a number.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The members, when this is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
}

// MARK: - Partial JSON

/// Parses the JSON prefix a stream has delivered so far, as the official SDKs do for `input_json_delta`.
///
/// Complete members are kept; a trailing member whose value is cut off (an unfinished string, number or
/// literal) is dropped, and open arrays and objects are closed. `{"a": [1, 2], "b": "unfin` gives
/// `{"a": [1, 2]}`.
public enum PartialJSON {
    /// An error for text that is not the beginning of any JSON value.
    public struct InvalidJSON: Error, Sendable, Equatable, CustomStringConvertible {
        /// The byte offset of the first character that cannot continue a JSON value.
        public let offset: Int
        /// What was expected there.
        public let expected: String

        /// `invalid JSON at byte N: expected …`.
        public var description: String { "invalid JSON at byte \(offset): expected \(expected)" }
    }

    /// The value the complete part of `text` describes; an empty or blank text gives `nil`.
    ///
    /// - Throws: ``InvalidJSON`` when `text` cannot be the beginning of a JSON document.
    public static func parse(_ text: String) throws(InvalidJSON) -> JSONValue? {
        var parser = Parser(bytes: Array(text.utf8))
        parser.skipSpace()
        if parser.atEnd { return nil }
        let value = try parser.value()
        parser.skipSpace()
        if !parser.atEnd { throw InvalidJSON(offset: parser.index, expected: "end of input") }
        switch value {
        case .complete(let v), .partial(let v): return v
        case .cut: return nil
        }
    }

    /// A parsed value: complete, a container cut off after some complete members, or nothing usable.
    enum Parsed {
        case complete(JSONValue)
        case partial(JSONValue)
        case cut
    }

    struct Parser {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index >= bytes.count }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value() throws(InvalidJSON) -> Parsed {
            skipSpace()
            guard index < bytes.count else { return .cut }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""):
                guard let s = try string() else { return .cut }
                return .complete(.string(s))
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"): return try number()
            default: throw InvalidJSON(offset: index, expected: "a JSON value")
            }
        }

        mutating func literal(_ word: String, _ value: JSONValue) throws(InvalidJSON) -> Parsed {
            for (k, b) in word.utf8.enumerated() {
                guard index + k < bytes.count else { index = bytes.count; return .cut }
                guard bytes[index + k] == b else { throw InvalidJSON(offset: index + k, expected: "'\(word)'") }
            }
            index += word.utf8.count
            return .complete(value)
        }

        mutating func number() throws(InvalidJSON) -> Parsed {
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            // A number that reaches the end of the input may still be growing: treat it as cut off.
            if index >= bytes.count { return .cut }
            let text = String(decoding: bytes[start ..< index], as: UTF8.self)
            guard let n = Double(text) else { throw InvalidJSON(offset: start, expected: "a number") }
            return .complete(.number(n))
        }

        /// A complete string, or `nil` when the input ends inside it.
        mutating func string() throws(InvalidJSON) -> String? {
            index += 1
            var out: [UInt8] = []
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") { index += 1; return String(decoding: out, as: UTF8.self) }
                if b == UInt8(ascii: "\\") {
                    guard index + 1 < bytes.count else { index = bytes.count; return nil }
                    let e = bytes[index + 1]
                    index += 2
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else {
                            if index + 4 > bytes.count { index = bytes.count; return nil }
                            throw InvalidJSON(offset: index, expected: "four hex digits")
                        }
                        var scalar = unit
                        if (0xD800 ..< 0xDC00).contains(unit) {
                            // A high surrogate needs its low half: `\uDC00`…`\uDFFF`.
                            if index + 6 > bytes.count { index = bytes.count; return nil }
                            guard bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                                throw InvalidJSON(offset: index, expected: "a low surrogate")
                            }
                            index += 2
                            guard let low = hex4(), (0xDC00 ..< 0xE000).contains(low) else {
                                throw InvalidJSON(offset: index, expected: "a low surrogate")
                            }
                            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        }
                        out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                    default: throw InvalidJSON(offset: index - 1, expected: "an escape character")
                    }
                    continue
                }
                out.append(b)
                index += 1
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            guard let v = UInt32(String(decoding: bytes[index ..< index + 4], as: UTF8.self), radix: 16) else { return nil }
            index += 4
            return v
        }

        mutating func array() throws(InvalidJSON) -> Parsed {
            index += 1
            var items: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .complete(.array([])) }
            while true {
                switch try value() {
                case .complete(let v): items.append(v)
                case .partial(let v): items.append(v); return .partial(.array(items))
                case .cut: return .partial(.array(items))
                }
                skipSpace()
                guard index < bytes.count else { return .partial(.array(items)) }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .complete(.array(items)) }
                throw InvalidJSON(offset: index, expected: "',' or ']'")
            }
        }

        mutating func object() throws(InvalidJSON) -> Parsed {
            index += 1
            var members: [String: JSONValue] = [:]
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .complete(.object([:])) }
            while true {
                skipSpace()
                guard index < bytes.count else { return .partial(.object(members)) }
                guard bytes[index] == UInt8(ascii: "\"") else { throw InvalidJSON(offset: index, expected: "a member name") }
                guard let key = try string() else { return .partial(.object(members)) }
                skipSpace()
                guard index < bytes.count else { return .partial(.object(members)) }
                guard bytes[index] == UInt8(ascii: ":") else { throw InvalidJSON(offset: index, expected: "':'") }
                index += 1
                switch try value() {
                case .complete(let v): members[key] = v
                case .partial(let v): members[key] = v; return .partial(.object(members))
                case .cut: return .partial(.object(members))
                }
                skipSpace()
                guard index < bytes.count else { return .partial(.object(members)) }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .complete(.object(members)) }
                throw InvalidJSON(offset: index, expected: "',' or '}'")
            }
        }
    }
}
