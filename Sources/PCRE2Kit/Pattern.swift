internal import CPCRE2
import Synchronization

// MARK: - Options

/// Compile-time options for a ``Pattern``, beyond the UTF, UCP and invalid-UTF modes every pattern gets.
public struct PatternOptions: OptionSet, Sendable, Hashable {
    /// The raw option bits.
    public let rawValue: UInt32

    /// Creates options from raw bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Letters match regardless of case (Unicode case folding).
    public static let caseInsensitive = PatternOptions(rawValue: PCRE2_CASELESS)
    /// `^` and `$` match at line starts and ends.
    public static let multiline = PatternOptions(rawValue: PCRE2_MULTILINE)
    /// `.` also matches newlines.
    public static let dotAll = PatternOptions(rawValue: PCRE2_DOTALL)
}

// MARK: - Errors

/// A pattern PCRE2 refused to compile, with PCRE2's own message and where in the pattern it stopped.
public struct PatternCompileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// PCRE2's description of the problem.
    public let message: String
    /// The UTF-8 byte offset in the pattern at which PCRE2 stopped.
    public let offset: Int
    /// The pattern as given.
    public let pattern: String

    /// The offset counted in characters (Unicode scalars), as an editor counts them.
    public var characterOffset: Int {
        let bytes = Array(pattern.utf8.prefix(offset))
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.count
    }

    /// A one-line description: the message and the character offset.
    public var description: String { "\(message) at offset \(characterOffset)" }
}

/// Why a match attempt stopped without an answer.
public enum MatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The match limit (backtracking steps) was reached: the pattern is too costly on this text.
    case matchLimit
    /// The depth limit (nested backtracking) was reached.
    case depthLimit
    /// The JIT stack was too small for this pattern on this text.
    case jitStackLimit
    /// Any other PCRE2 match error, with its code and message.
    case other(code: Int32, message: String)

    /// A one-line description of the failure.
    public var description: String {
        switch self {
        case .matchLimit: "match limit exceeded (catastrophic backtracking?)"
        case .depthLimit: "depth limit exceeded"
        case .jitStackLimit: "JIT stack limit exceeded"
        case .other(let code, let message): "PCRE2 error \(code): \(message)"
        }
    }

    init(code: Int32) {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: self = .matchLimit
        case PCRE2_ERROR_DEPTHLIMIT: self = .depthLimit
        case PCRE2_ERROR_JIT_STACKLIMIT: self = .jitStackLimit
        default: self = .other(code: code, message: pcre2Message(code))
        }
    }
}

func pcre2Message(_ code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let n = buffer.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(code, $0.baseAddress, $0.count) }
    return n > 0 ? String(decoding: buffer.prefix(Int(n)), as: UTF8.self) : "unknown error \(code)"
}

// MARK: - Match

/// One match: byte ranges into the searched buffer for the whole match and each capture group.
///
/// Invariant: every range satisfies `lowerBound <= upperBound` and lies within the searched buffer.
public struct Match: Sendable, Equatable {
    /// The whole match, as UTF-8 byte offsets.
    public let range: Range<Int>
    /// Capture groups 1…n; `nil` for a group that did not take part in the match.
    public let groups: [Range<Int>?]
}

// MARK: - Pattern

/// A compiled PCRE2 pattern: immutable once built, and safe to share across tasks.
///
/// Every pattern is compiled in UTF mode with Unicode properties (`UCP`) and
/// `PCRE2_MATCH_INVALID_UTF`, so any byte sequence can be searched without a prior UTF-8 check.
/// JIT compilation is used when the library supports it; it happens once a pattern has been used
/// ``jitThreshold`` times, not at load: a short run (a pre-commit call on a few files) matches with the
/// interpreter instead of paying tens of microseconds per pattern for machine code it would hardly use,
/// and a long run JIT-compiles the patterns it keeps using. A pattern made
/// with ``init(deferring:options:jit:)`` is not even compiled until its first match: for patterns
/// already known to be valid (the built-in rules, checked by the test suite).
public final class Pattern: @unchecked Sendable {
    // Safe to share: all mutable state is in `state`, changed only under its lock, and only forwards
    // (source → compiled → JIT), and in three atomics set once under that lock (the published JIT code's address,
    // the capture count, the start filter's address, stored before the JIT code is published and immutable once
    // stored) that are read without it. A compiled code object is never mutated after it is published (PCRE2
    // documents compiled patterns as read-only during matching); JIT code is compiled on a private copy
    // before it is published. Everything is freed in `deinit`.
    private let state: Mutex<State>

    // The pointers inside are owned by the pattern and only touched under `state`'s lock (see above).
    private enum State: @unchecked Sendable {
        case source
        /// Compiled, not JIT-compiled: `uses` counts matches so far (`Int.max` once JIT was tried and failed).
        case compiled(OpaquePointer, uses: Int)
        case jit(interpreted: OpaquePointer, jitted: OpaquePointer)
        case invalid(PatternCompileError)
    }

    /// The pattern source as written.
    public let source: String
    /// The options it was compiled with (besides the fixed UTF modes).
    public let options: PatternOptions
    private let wantsJIT: Bool
    private let captures: Mutex<Int?>
    /// The JIT-compiled code's address once it is published (0 before): read without the lock on every match, so
    /// the common case, a pattern long since JIT-compiled, takes no lock and calls PCRE2's JIT entry point directly.
    /// Stored under `state`'s lock with release ordering after the code is complete, and read with acquire ordering.
    private let published = Atomic<UInt>(0)
    /// The capture count once known (−1 before), read without a lock.
    private let knownCaptures = Atomic<Int>(-1)
    /// The address of the pattern's ``StartFilter`` (0 when it has none, or before it is JIT-compiled): worked out
    /// when the pattern is JIT-compiled, stored before the JIT code is published, and freed in `deinit`.
    private let startFilter = Atomic<UInt>(0)

    /// Compiles `source` now; throws PCRE2's message and the offset where it failed.
    ///
    /// - Parameters:
    ///   - source: The PCRE2 pattern.
    ///   - options: Extra compile options.
    ///   - jit: Whether to JIT-compile (on first use) when available.
    /// - Throws: ``PatternCompileError`` when the pattern is invalid.
    public init(_ source: String, options: PatternOptions = [], jit: Bool = true) throws(PatternCompileError) {
        self.source = source
        self.options = options
        self.wantsJIT = jit && PCRE2Library.jitAvailable
        let code = try Self.compile(source, options)
        self.state = Mutex(.compiled(code, uses: 0))
        let count = Self.captureCount(code)
        self.captures = Mutex(count)
        self.knownCaptures.store(count, ordering: .releasing)
    }

    /// Keeps `source` and compiles it on first use; for patterns already known to be valid.
    ///
    /// If it turns out to be invalid, every match attempt throws ``MatchError/other(code:message:)``.
    public init(deferring source: String, options: PatternOptions = [], jit: Bool = true) {
        self.source = source
        self.options = options
        self.wantsJIT = jit && PCRE2Library.jitAvailable
        self.state = Mutex(.source)
        self.captures = Mutex(nil)
    }

    private static func compile(_ source: String, _ options: PatternOptions) throws(PatternCompileError) -> OpaquePointer {
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = options.rawValue | PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_USE_OFFSET_LIMIT
        let bytes = Array(source.utf8)
        let compiled: OpaquePointer? = bytes.withUnsafeBufferPointer { buf in
            pcre2_compile_8(buf.baseAddress, buf.count, flags, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PatternCompileError(message: pcre2Message(errorCode), offset: errorOffset, pattern: source)
        }
        return compiled
    }

    private static func captureCount(_ code: OpaquePointer) -> Int {
        var count: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        return Int(count)
    }

    /// The number of capture groups (compiling the pattern if it was deferred; 0 if it is invalid).
    public var captureCount: Int {
        let fast = knownCaptures.load(ordering: .acquiring)
        if fast >= 0 { return fast }
        if let known = captures.withLock({ $0 }) { return known }
        guard case .success(let code) = matchCode() else { return 0 }
        let n = Self.captureCount(code)
        captures.withLock { $0 = n }
        knownCaptures.store(n, ordering: .releasing)
        return n
    }

    /// How many matches a pattern runs with the interpreter before it is JIT-compiled. JIT-compiling a rule's
    /// pattern costs about as much as a few dozen interpreted searches of a sentence-sized window.
    public static let jitThreshold = 32

    /// Whether matching uses JIT-compiled code (JIT-compiling it now if it has not been yet).
    public var isJIT: Bool {
        _ = matchCode(forceJIT: true)
        return state.withLock { if case .jit = $0 { true } else { false } }
    }

    /// Whether JIT code exists already (without compiling it).
    public var hasJITCode: Bool { state.withLock { if case .jit = $0 { true } else { false } } }

    /// The code to match with, moving the state forward: compiled on first use, JIT-compiled at the threshold.
    private func matchCode(forceJIT: Bool = false) -> Result<OpaquePointer, PatternCompileError> {
        state.withLock { state in
            if case .source = state {
                do throws(PatternCompileError) {
                    state = .compiled(try Self.compile(source, options), uses: 0)
                } catch {
                    state = .invalid(error)
                    return .failure(error)
                }
            }
            switch state {
            case .jit(_, let jitted): return .success(jitted)
            case .invalid(let error): return .failure(error)
            case .source: return .failure(PatternCompileError(message: "unreachable", offset: 0, pattern: source))
            case .compiled(let code, let uses):
                guard wantsJIT, uses != .max, forceJIT || uses >= Self.jitThreshold else {
                    if uses != .max { state = .compiled(code, uses: uses + 1) }
                    return .success(code)
                }
                if let copy = pcre2_code_copy_8(code) {
                    if pcre2_jit_compile_8(copy, PCRE2_JIT_COMPLETE) == 0 {
                        state = .jit(interpreted: code, jitted: copy)
                        if !Self.scansOnItsOwn(copy), let filter = StartFilter.of(source, caseless: options.contains(.caseInsensitive)) {
                            let box = UnsafeMutablePointer<StartFilter>.allocate(capacity: 1)
                            box.initialize(to: filter)
                            startFilter.store(UInt(bitPattern: box), ordering: .releasing)
                        }
                        published.store(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(copy))), ordering: .releasing)
                        return .success(copy)
                    }
                    pcre2_code_free_8(copy)
                }
                state = .compiled(code, uses: .max)
                return .success(code)
            }
        }
    }

    /// Whether PCRE2 has a fast scan of its own for `code`: a first code unit it searches for, or a later one every
    /// match needs (a search fails at once where it is missing). A start filter only adds calls to such a pattern.
    private static func scansOnItsOwn(_ code: OpaquePointer) -> Bool {
        var first: UInt32 = 0, last: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODETYPE), &first)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_LASTCODETYPE), &last)
        return first != 0 || last != 0
    }

    deinit {
        if let box = UnsafeMutablePointer<StartFilter>(bitPattern: startFilter.load(ordering: .acquiring)) {
            box.deinitialize(count: 1)
            box.deallocate()
        }
        state.withLock { state in
            switch state {
            case .compiled(let code, _): pcre2_code_free_8(code)
            case .jit(let code, let jitted):
                pcre2_code_free_8(code)
                pcre2_code_free_8(jitted)
            case .source, .invalid: break
            }
        }
    }

    /// How many positions a search with a start filter tries one by one before it searches the rest in one call.
    static let singleTries = 8

    /// Finds the first match at or after byte offset `start`.
    ///
    /// - Parameters:
    ///   - text: The UTF-8 bytes to search (invalid sequences never match).
    ///   - start: The byte offset to start from.
    ///   - startLimit: When given, the match must start at or before this offset (the rest of the text is
    ///     still seen by lookarounds and by the match itself), so a search can be confined to a window.
    ///   - starts: `text`'s ``CandidateStarts``, when the caller searches it often: a pattern whose matches all
    ///     begin at a word boundary then looks only at those positions (the result is the same without).
    ///   - scratch: Per-task match state; see ``MatchScratch``.
    /// - Returns: The match, or `nil` when there is none.
    /// - Throws: ``MatchError`` when a resource limit stops the search.
    public func firstMatch(
        in text: UnsafeBufferPointer<UInt8>, from start: Int = 0, startingAtMost startLimit: Int? = nil,
        starts: CandidateStarts? = nil, scratch: MatchScratch
    ) throws(MatchError) -> Match? {
        precondition(start >= 0 && start <= text.count, "start offset out of bounds")
        if let startLimit, startLimit < start { return nil }
        let code: OpaquePointer
        let jitted = published.load(ordering: .acquiring)
        if jitted != 0 {
            code = OpaquePointer(bitPattern: jitted)!
        } else {
            switch matchCode() {
            case .success(let c): code = c
            case .failure(let error): throw MatchError.other(code: 0, message: "invalid pattern: \(error)")
            }
        }
        let captureCount = self.captureCount
        scratch.ensureCapacity(captureCount + 1)
        var start = start
        // With a start filter, the matcher is entered only where a match can start, one position at a time; after
        // a few such tries fail, the rest is one search from the next such position (where candidates are dense,
        // PCRE2's own scan is cheaper than a call for each).
        if jitted != 0, let filter = UnsafePointer<StartFilter>(bitPattern: startFilter.load(ordering: .acquiring)), let base = text.baseAddress {
            let last = startLimit ?? text.count
            var tries = 0
            while true {
                guard let candidate = filter.pointee.next(in: text, from: start, through: last, starts: starts) else { return nil }
                start = candidate
                if tries == Self.singleTries { break }
                tries += 1
                scratch.setOffsetLimit(candidate)
                let rc = pcre2_jit_match_8(code, base, text.count, candidate, 0, scratch.matchData, scratch.context)
                if rc != PCRE2_ERROR_NOMATCH { return try Self.match(rc, start: candidate, captureCount: captureCount, scratch: scratch) }
                start = candidate + 1
            }
        }
        scratch.setOffsetLimit(startLimit)
        // An empty buffer may have a nil base address; PCRE2 needs a valid pointer.
        let rc: Int32 = withExtendedLifetime(text) {
            if let base = text.baseAddress {
                // JIT code is entered directly: in invalid-UTF mode `pcre2_match` checks nothing more before it
                // calls the JIT entry point for such a subject and offset (both checked above).
                if jitted != 0 { return pcre2_jit_match_8(code, base, text.count, start, 0, scratch.matchData, scratch.context) }
                return pcre2_match_8(code, base, text.count, start, 0, scratch.matchData, scratch.context)
            }
            var empty: UInt8 = 0
            return pcre2_match_8(code, &empty, 0, 0, 0, scratch.matchData, scratch.context)
        }
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        return try Self.match(rc, start: start, captureCount: captureCount, scratch: scratch)
    }

    /// The match PCRE2 reported with `rc` (not "no match") for a search from `start`.
    @inline(__always)
    private static func match(_ rc: Int32, start: Int, captureCount: Int, scratch: MatchScratch) throws(MatchError) -> Match {
        if rc < 0 { throw MatchError(code: rc) }
        let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
        let unset = cpcre2_unset()
        func range(_ i: Int) -> Range<Int>? {
            let lo = ovector[2 * i], hi = ovector[2 * i + 1]
            if lo == unset || hi == unset { return nil }
            // \K can set a start after the end; clamp to keep the invariant.
            return Int(lo) ..< max(Int(lo), Int(hi))
        }
        var groups: [Range<Int>?] = []
        if captureCount > 0 {
            groups.reserveCapacity(captureCount)
            for i in 1 ... captureCount { groups.append(i < Int(rc) || rc == 0 ? range(i) : nil) }
        }
        return Match(range: range(0) ?? start ..< start, groups: groups)
    }

    /// Calls `body` for every non-overlapping match from the start of `text`; `body` returns false to stop.
    ///
    /// - Throws: ``MatchError`` when a resource limit stops the search.
    public func forEachMatch(
        in text: UnsafeBufferPointer<UInt8>, scratch: MatchScratch, _ body: (Match) -> Bool
    ) throws(MatchError) {
        var position = 0
        while position <= text.count {
            guard let match = try firstMatch(in: text, from: position, scratch: scratch) else { return }
            if !body(match) { return }
            if match.range.isEmpty {
                // Step over one whole character so an empty match cannot repeat forever.
                var next = match.range.upperBound + 1
                while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
                position = next
            } else {
                position = match.range.upperBound
            }
        }
    }

    /// All non-overlapping matches in `bytes`.
    ///
    /// - Throws: ``MatchError`` when a resource limit stops the search.
    public func matches(in bytes: [UInt8], scratch: MatchScratch) throws(MatchError) -> [Match] {
        var result: [Match] = []
        try bytes.withUnsafeBufferPointer { (buf) throws(MatchError) in
            try forEachMatch(in: buf, scratch: scratch) { result.append($0); return true }
        }
        return result
    }

    /// Whether `string` contains a match, with a fresh scratch; convenient, not fast.
    ///
    /// - Throws: ``MatchError`` when a resource limit stops the search.
    public func isMatch(_ string: String) throws(MatchError) -> Bool {
        let bytes = Array(string.utf8)
        let scratch = MatchScratch()
        return try bytes.withUnsafeBufferPointer { (buf) throws(MatchError) in
            try firstMatch(in: buf, scratch: scratch) != nil
        }
    }
}

// MARK: - Library facts

/// Facts about the linked PCRE2 library.
public enum PCRE2Library {
    /// Whether the linked PCRE2 was built with JIT support.
    public static let jitAvailable: Bool = {
        var value: UInt32 = 0
        pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &value)
        return value == 1
    }()

    /// The library's version string, such as `10.42 2022-12-11`.
    public static let version: String = {
        let n = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), nil)
        guard n > 0 else { return "unknown" }
        var buffer = [UInt8](repeating: 0, count: Int(n))
        buffer.withUnsafeMutableBytes { _ = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), $0.baseAddress) }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }()
}
