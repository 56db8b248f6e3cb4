internal import CPCRE2

/// Per-task match state: PCRE2 match data, a match context with resource limits, and a bounded JIT stack.
///
/// A scratch is cheap to reuse and must not be shared between concurrent searches: create one per
/// task (or per worker thread) and pass it to every ``Pattern`` match call that task makes.
public final class MatchScratch {
    // Deliberately not Sendable: PCRE2 match data and JIT stacks are mutated by every match.
    private(set) var matchData: OpaquePointer
    private var pairs: Int
    let context: OpaquePointer
    private let jitStack: OpaquePointer?

    /// The match limit in force (PCRE2's count of backtracking steps).
    public let matchLimit: UInt32

    /// Creates match state with resource limits.
    ///
    /// - Parameters:
    ///   - matchLimit: The most backtracking steps one match call may take.
    ///   - depthLimit: The deepest nested backtracking one match call may reach.
    ///   - jitStackSize: The most memory (bytes) the JIT stack may grow to.
    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000, jitStackSize: Int = 1 << 20) {
        self.matchLimit = matchLimit
        self.pairs = 16
        self.matchData = pcre2_match_data_create_8(16, nil)!
        self.context = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        if PCRE2Library.jitAvailable, let stack = pcre2_jit_stack_create_8(32 * 1024, max(32 * 1024, jitStackSize), nil) {
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
            self.jitStack = stack
        } else {
            self.jitStack = nil
        }
    }

    private var offsetLimit: Int?

    /// Sets the match context's offset limit (where a match may start at the latest), only when it changes.
    func setOffsetLimit(_ limit: Int?) {
        guard limit != offsetLimit else { return }
        offsetLimit = limit
        pcre2_set_offset_limit_8(context, limit ?? cpcre2_unset())
    }

    func ensureCapacity(_ neededPairs: Int) {
        guard neededPairs > pairs else { return }
        pcre2_match_data_free_8(matchData)
        pairs = neededPairs
        matchData = pcre2_match_data_create_8(UInt32(neededPairs), nil)!
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }
}
