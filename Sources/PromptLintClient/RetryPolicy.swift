/// The transport retry policy of the official SDKs: what to retry and how long to wait.
///
/// Retried: connection errors, timeouts, 408, 409, 429 and every status ≥ 500, unless the response says
/// `x-should-retry: false` (and `x-should-retry: true` forces a retry). The wait is `retry-after-ms`, else
/// `retry-after` (seconds or an HTTP date) when it is in (0, 60] seconds, else `min(0.5 × 2ⁿ, 8)` seconds
/// times a jitter factor in [0.75, 1], where n is the number of retries already made.
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt (the SDKs' default is 2, so at most 3 attempts).
    public var maxRetries: Int
    /// The first backoff delay in seconds.
    public var initialDelay: Double
    /// The longest backoff delay in seconds.
    public var maxDelay: Double
    /// The jitter factor, in [0.75, 1]; injectable so tests get exact delays.
    public var jitter: @Sendable () -> Double

    /// Creates a policy; the defaults are the official SDKs'.
    public init(
        maxRetries: Int = 2, initialDelay: Double = 0.5, maxDelay: Double = 8,
        jitter: @escaping @Sendable () -> Double = { 1 - 0.25 * Double.random(in: 0 ..< 1) }
    ) {
        self.maxRetries = max(0, maxRetries)
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.jitter = jitter
    }

    /// The SDKs' policy.
    public static var `default`: RetryPolicy { RetryPolicy() }

    /// No retries at all.
    public static var none: RetryPolicy { RetryPolicy(maxRetries: 0) }

    /// Whether a response with `status` and `headers` should be retried (retries left permitting).
    public func shouldRetry(status: Int, headers: HeaderFields) -> Bool {
        switch headers["x-should-retry"] {
        case "true": return true
        case "false": return false
        default: break
        }
        return status == 408 || status == 409 || status == 429 || status >= 500
    }

    /// The server's requested wait in seconds, from `retry-after-ms` or `retry-after`, if it gave one.
    ///
    /// - Parameters:
    ///   - headers: The response's headers.
    ///   - now: Seconds since 1970, to turn an HTTP date into a delay.
    public static func retryAfter(_ headers: HeaderFields, now: Double) -> Double? {
        if let ms = headers["retry-after-ms"].flatMap({ Double($0.trimmed) }) { return ms / 1000 }
        guard let value = headers["retry-after"]?.trimmed else { return nil }
        if let seconds = Double(value) { return seconds }
        return HTTPDate.parse(value).map { $0 - now }
    }

    /// How long to wait before the next attempt, in seconds.
    ///
    /// - Parameters:
    ///   - retriesTaken: Retries already made (0 before the first retry).
    ///   - headers: The failed response's headers, if there was a response.
    ///   - now: Seconds since 1970, for HTTP-date `retry-after` values.
    public func delay(retriesTaken: Int, headers: HeaderFields?, now: Double) -> Double {
        if let headers, let wait = Self.retryAfter(headers, now: now), wait > 0, wait <= 60 {
            return wait
        }
        let n = Double(min(retriesTaken, 1000))
        let backoff = min(initialDelay * Double.pow2(n), maxDelay)
        let factor = min(1, max(0.75, jitter()))
        return max(0, backoff * factor)
    }
}

extension Double {
    /// 2ⁿ for whole n ≥ 0, without Foundation.
    static func pow2(_ n: Double) -> Double {
        var r = 1.0
        var i = 0.0
        while i < n, r < 1e300 { r *= 2; i += 1 }
        return r
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmed: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Parses HTTP dates (RFC 9110: IMF-fixdate, the obsolete RFC 850 form and asctime) into seconds since 1970.
public enum HTTPDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Seconds since 1970 for `text`, or `nil` when it is not an HTTP date.
    public static func parse(_ text: String) -> Double? {
        // Tokens split on spaces, commas and dashes: "Sun, 06 Nov 1994 08:49:37 GMT",
        // "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994".
        let tokens = text.lowercased().split { $0 == " " || $0 == "," || $0 == "-" }.map(String.init)
        var day: Int?, month: Int?, year: Int?, time: (Int, Int, Int)?
        for token in tokens {
            if token.allSatisfy(\.isLetter) {
                if let m = months.firstIndex(of: String(token.prefix(3))), token.count == 3 || isMonthName(token) { month = m + 1 }
                continue  // a weekday, a month or the zone name
            }
            if token.contains(":") {
                let parts = token.split(separator: ":").compactMap { Int($0) }
                guard parts.count == 3 else { return nil }
                time = (parts[0], parts[1], parts[2])
                continue
            }
            if let n = Int(token) {
                if token.count <= 2, day == nil { day = n } else if year == nil { year = token.count == 2 ? (n < 70 ? 2000 + n : 1900 + n) : n }
            }
        }
        guard let day, let month, let year, let (h, mi, s) = time,
              (1 ... 31).contains(day), (1 ... 9999).contains(year), (0 ... 23).contains(h), (0 ... 59).contains(mi), (0 ... 60).contains(s) else { return nil }
        return Double(daysFromCivil(year: year, month: month, day: day) * 86400 + h * 3600 + mi * 60 + s)
    }

    static func isMonthName(_ token: String) -> Bool {
        ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"].contains(token)
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
