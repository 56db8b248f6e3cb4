/// An API key that never shows itself: printing, logging or dumping it gives `<redacted>`.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret; read it only to build the request header.
    let secret: String

    /// Wraps a key.
    public init(_ secret: String) { self.secret = secret }

    /// Always `<redacted>`.
    public var description: String { "<redacted>" }
    /// Always `<redacted>`.
    public var debugDescription: String { "<redacted>" }
    /// A mirror without the secret.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

/// How requests authenticate: the caller picks one of the two live generations.
public enum Authentication: Sendable, Hashable, CustomStringConvertible {
    /// `x-api-key: KEY` with `anthropic-version: 2023-06-01`.
    case apiKey(APIKey)
    /// `Authorization: Bearer KEY` with `anthropic-version: 2026-10-21`.
    case bearer(APIKey)

    /// The API version that goes with the generation.
    public var version: APIVersion {
        switch self {
        case .apiKey: return .v2023_06_01
        case .bearer: return .v2026_10_21
        }
    }

    /// The authentication and version headers.
    public var headers: [(String, String)] {
        switch self {
        case .apiKey(let key): return [("x-api-key", key.secret), ("anthropic-version", version.rawValue)]
        case .bearer(let key): return [("authorization", "Bearer \(key.secret)"), ("anthropic-version", version.rawValue)]
        }
    }

    /// `x-api-key (2023-06-01)` or `bearer (2026-10-21)`; never the key.
    public var description: String {
        switch self {
        case .apiKey: return "x-api-key (\(version.rawValue))"
        case .bearer: return "bearer (\(version.rawValue))"
        }
    }

    /// The key itself, to scrub it from any text that might echo it.
    var secret: String {
        switch self {
        case .apiKey(let k), .bearer(let k): return k.secret
        }
    }

    /// `text` with every occurrence of the key replaced by `<redacted>`.
    func scrub(_ text: String) -> String {
        let s = secret
        guard s.count >= 4 else { return text }
        return text.replacing(s, with: "<redacted>")
    }
}
