/// The `anthropic-version` a request is sent under.
public enum APIVersion: String, Sendable, Hashable, CaseIterable, Codable {
    /// The older generation, used with `x-api-key` (SDK 0.x and 1.x).
    case v2023_06_01 = "2023-06-01"
    /// The current generation, used with `Authorization: Bearer` (SDK 2.x); rejects `temperature`, `top_p`, `top_k`.
    case v2026_10_21 = "2026-10-21"

    /// Whether requests under this version may carry `temperature`, `top_p` and `top_k`.
    public var acceptsSamplingParameters: Bool { self == .v2023_06_01 }
}
