internal import Foundation

/// Foundation's JSON coders configured once for this library: sorted keys, no escaped slashes.
package enum JSONCoding {
    /// Encodes `value` as compact JSON bytes.
    package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Encodes `value` as a compact JSON string.
    package static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }

    /// Decodes `type` from JSON bytes.
    package static func decode<T: Decodable>(_ type: T.Type, from bytes: some Collection<UInt8>) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }

    /// Decodes `type` from an already parsed value.
    package static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try decode(type, from: encode(value))
    }

    /// The JSON value an encodable value encodes to.
    package static func value<T: Encodable>(of value: T) throws -> JSONValue {
        try decode(JSONValue.self, from: encode(value))
    }

    /// A short, readable reason for a decoding failure (no coding-path noise, no payload dump).
    package static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c):
            return c.underlyingError.map { "\($0.localizedDescription)" } ?? c.debugDescription
        case DecodingError.keyNotFound(let key, _):
            return "missing member '\(key.stringValue)'"
        case DecodingError.typeMismatch(let type, let c):
            return "member '\(c.codingPath.map(\.stringValue).joined(separator: "."))' is not \(type)"
        case DecodingError.valueNotFound(let type, let c):
            return "member '\(c.codingPath.map(\.stringValue).joined(separator: "."))' is null, expected \(type)"
        default:
            return "\(error)"
        }
    }
}

extension JSONValue {
    /// The value as compact JSON, cut to 200 characters, for error messages.
    var compactDescription: String {
        let s = (try? JSONCoding.string(self)) ?? "<unprintable>"
        return s.count > 200 ? String(s.prefix(200)) + "…" : s
    }

    /// Parses JSON text.
    ///
    /// - Throws: ``MessagesError/invalidResponse(_:)`` with the parser's reason.
    package static func parse(_ bytes: some Collection<UInt8>, what: String) throws(MessagesError) -> JSONValue {
        do {
            return try JSONCoding.decode(JSONValue.self, from: bytes)
        } catch {
            let preview = String(decoding: bytes.prefix(120), as: UTF8.self)
            throw .invalidResponse("\(what) is not valid JSON (\(JSONCoding.reason(error))): \(preview)\(bytes.count > 120 ? "…" : "")")
        }
    }
}
