public import PCRE2Kit

/// Assesses prompts against a ``RuleSet``: matching, conditions, combinations and the score.
///
/// A linter is an immutable value; share one across tasks. Each call takes a ``MatchScratch``
/// (or makes one), which must not be used by two calls at once.
public struct Linter: Sendable {
    /// The rules in force.
    public let rules: RuleSet
    /// The score formula's parameters.
    public let policy: ScoringPolicy
    /// The most findings one rule reports per segment.
    public var maxFindingsPerRule = 64
    /// Whether weight-0 signals run even when no combine rule could use them (for testing rules alone).
    public var evaluatesAllSignals = false
    /// Whether a pattern runs only where the literals every match of it contains occur (``Rule/requiredLiterals``);
    /// turning it off changes no result, only the speed (for tests and benchmarks that show so).
    public var usesRequiredLiterals = true
    /// Whether every mitigating phrase is searched and reported, even where no finding it could lower exists
    /// (for `explain` and rule tests; otherwise they are skipped, which changes no score).
    public var reportsAllMitigations = false

    /// Creates a linter.
    public init(rules: RuleSet, policy: ScoringPolicy = .default) {
        self.rules = rules
        self.policy = policy
    }

    /// Assesses a one-segment user prompt.
    public func assess(_ text: String, scratch: MatchScratch? = nil) -> Assessment {
        assess(Prompt(text), scratch: scratch)
    }

    /// Assesses a prompt of one or more segments.
    public func assess(_ prompt: Prompt, scratch: MatchScratch? = nil) -> Assessment {
        let scratch = scratch ?? MatchScratch()
        var raw: [RawHit] = []
        var failures: [RuleFailure] = []
        var work: [SegmentWork] = []
        work.reserveCapacity(prompt.segments.count)
        for (index, segment) in prompt.segments.enumerated() {
            // Worked on in place in the array (a segment's work is a dozen arrays to copy).
            work.append(prepare(segment: segment, index: index))
            run(work[index].findingRules, in: &work[index], scratch: scratch, into: &raw, failures: &failures)
            run(signalsStillNeeded(work[index]), in: &work[index], scratch: scratch, into: &raw, failures: &failures)
            combine(in: &work[index], into: &raw)
        }
        // Mitigating phrases only lower findings in their categories: those without such a finding are not searched.
        var categories: UInt8 = 0  // RuleCategory.bit of each
        var harmful = false
        for i in raw.indices {
            let rule = rules.rules[raw[i].rule]
            if rule.weight > 0 || rule.harmful { categories |= rule.category.bit }
            if rule.harmful { harmful = true }
        }
        if reportsAllMitigations || categories != 0 {
            for i in work.indices {
                let wanted = work[i].mitigationRules.filter { entry in
                    let rule = rules.rules[entry.rule]
                    return reportsAllMitigations || rule.appliesTo.contains { categories & $0.bit != 0 } || (harmful && rule.appliesToHarmful)
                }
                run(wanted, in: &work[i], scratch: scratch, into: &raw, failures: &failures)
            }
        }
        return score(raw: raw, failures: failures)
    }

    // MARK: - Matching

    /// A rule match before scoring.
    struct RawHit {
        var rule: Int
        var segment: Int
        var range: Range<Int>
        var text: String
        var suggestion: String?
    }

    /// How far before a keyword a match may start. A rule's match must contain one of its keywords (of each group); the
    /// pattern is only tried at starts from `keywordReach` bytes before each keyword occurrence up to it.
    public static let keywordReach = 96

    /// The offset of the character after the one at `offset` (one past the end stays there).
    static func nextCharacter(after offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < text.count, text[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    /// Sorts occurrences by owner, then start: two stable counting sorts (by slot, then by rule; owners are
    /// `rule × ownerStride + slot`), which leave each owner's occurrences in the scan's order, then an insertion sort
    /// of each owner's run by start (the scan's order is by end, so a run is nearly sorted already; a long one gets
    /// a comparison sort). Much quicker than a comparison sort of the whole list, which was a fifth of the time
    /// spent on a prompt, and than one counting sort by rule, whose runs interleave a rule's owners.
    static func sortByOwner(_ occurrences: inout [(owner: Int32, start: Int32, end: Int32)], ruleCount: Int) {
        let n = occurrences.count
        guard n > 1 else { return }
        if n <= 32 {
            // Few: one insertion sort by owner and start (stable, as the counting sorts are), which does not touch
            // a bucket for each rule.
            occurrences.withUnsafeMutableBufferPointer { out in
                for i in 1 ..< n {
                    let x = out[i]
                    var j = i
                    while j > 0, out[j - 1].owner > x.owner || (out[j - 1].owner == x.owner && out[j - 1].start > x.start) {
                        out[j] = out[j - 1]
                        j -= 1
                    }
                    out[j] = x
                }
            }
            return
        }
        let stride = RuleSet.ownerStride
        var bySlot = occurrences
        occurrences.withUnsafeMutableBufferPointer { out in
        bySlot.withUnsafeMutableBufferPointer { tmp in
            // Stable counting sort of `from` into `to` by `key`, with `keys` buckets.
            func countingSort(_ from: UnsafeMutableBufferPointer<(owner: Int32, start: Int32, end: Int32)>,
                              _ to: UnsafeMutableBufferPointer<(owner: Int32, start: Int32, end: Int32)>,
                              keys: Int, _ key: (Int32) -> Int) {
                withUnsafeTemporaryAllocation(of: Int.self, capacity: keys + 1) { starts in
                    starts.initialize(repeating: 0)
                    for o in from { starts[key(o.owner) + 1] += 1 }
                    for k in 0 ..< keys { starts[k + 1] += starts[k] }
                    for o in from {
                        let k = key(o.owner)
                        to[starts[k]] = o
                        starts[k] += 1
                    }
                }
            }
            countingSort(out, tmp, keys: stride) { RuleSet.slot(ofOwner: Int($0)) }
            countingSort(tmp, out, keys: ruleCount) { RuleSet.rule(ofOwner: Int($0)) }
            var lo = 0
            while lo < n {
                var hi = lo + 1
                while hi < n, out[hi].owner == out[lo].owner { hi += 1 }
                if hi - lo > 32 {
                    // A long run (a keyword repeated throughout a huge line) gets an O(n log n) sort instead.
                    var run = UnsafeMutableBufferPointer(rebasing: out[lo ..< hi])
                    run.sort { $0.start < $1.start }
                } else if hi - lo > 1 {
                    for i in lo + 1 ..< hi {
                        let x = out[i]
                        var j = i
                        while j > lo, out[j - 1].start > x.start {
                            out[j] = out[j - 1]
                            j -= 1
                        }
                        out[j] = x
                    }
                }
                lo = hi
            }
        }}
    }

    /// A rule that may match, the run of windows its matches may start in (``WindowStore``), and for each of its
    /// patterns the run of windows where that pattern may match, as a range of ``SegmentWork/patternRuns`` (nil:
    /// `spans` for every pattern).
    typealias Candidate = (rule: Int, spans: Range<Int>, patterns: Range<Int>?)

    /// The windows of match starts of a segment's candidates, all in one buffer: a run is a range of window indices,
    /// its windows (`lo[i] ... hi[i]`, inclusive) sorted and disjoint. Runs that are no longer needed stay in the
    /// buffer, which is dropped with the segment: a handful of arrays per segment instead of several per rule.
    struct WindowStore {
        var lo: [Int] = []
        var hi: [Int] = []

        /// The index the next run starts at.
        var end: Int { lo.count }

        /// Adds the window `l ... h` (clamped at 0) to the run that starts at `run`, merging it with the run's last
        /// window when they touch; windows come in order of their upper bounds.
        mutating func add(_ l: Int, _ h: Int, run: Int) {
            let l = max(0, l)
            if lo.count > run, l <= hi[hi.count - 1] + 1 {
                lo[lo.count - 1] = min(lo[lo.count - 1], l)
                hi[hi.count - 1] = max(hi[hi.count - 1], h)
            } else {
                lo.append(l)
                hi.append(h)
            }
        }

        /// Appends the positions in both runs as a new run, and returns it.
        mutating func intersect(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
            let start = end
            var i = a.lowerBound, j = b.lowerBound
            while i < a.upperBound, j < b.upperBound {
                let l = max(lo[i], lo[j]), h = min(hi[i], hi[j])
                if l <= h { lo.append(l); hi.append(h) }
                if hi[i] < hi[j] { i += 1 } else { j += 1 }
            }
            return start ..< end
        }

        /// A run's windows as ranges (for tests).
        func ranges(_ run: Range<Int>) -> [ClosedRange<Int>] { run.map { lo[$0] ... hi[$0] } }
    }

    /// For each filtered pattern of `rule` (index < `runs.count`), the run of starts where a match containing a
    /// literal of every one of its required groups may begin, from the occurrences of those literals (all of them
    /// `rule`'s, sorted by owner and start); nil where a group's literal is missing. `runs` and `groupsSeen` are
    /// working space of at least ``Rule/maxFilteredPatterns`` entries, overwritten.
    ///
    /// (The occurrences are those ``RuleSet/keywordOccurrences(in:checkingBoundaries:gatingOnLiterals:into:)`` kept:
    /// their word boundaries are checked already.) A match starts at most the group's offset before the literal it
    /// contains, its runs counted with `textRuns` (the longest runs of white space and of other characters, worked
    /// out on first need).
    func requiredLiteralWindows(rule: Int, _ occurrences: ArraySlice<(owner: Int32, start: Int32, end: Int32)>,
                                folded text: UnsafeBufferPointer<UInt8>, masked: [UInt8]?, textRuns: inout TextRuns?,
                                store: inout WindowStore, runs: inout [Range<Int>?], groupsSeen: inout [Int]) {
        let t = rules.tables
        let patternCount = Int(t.filteredCounts[rule])
        let base = Int(t.patternBase[rule])
        for p in 0 ..< patternCount { runs[p] = nil; groupsSeen[p] = 0 }
        var i = occurrences.startIndex
        while i < occurrences.endIndex {
            let owner = Int(occurrences[i].owner)
            var j = i
            while j < occurrences.endIndex, Int(occurrences[j].owner) == owner { j += 1 }
            defer { i = j }
            guard let (p, g) = RuleSet.literalSlot(RuleSet.slot(ofOwner: owner)), p < patternCount, g < Int(t.groupCounts[base + p]) else { continue }
            let entry = 2 * (base + p) + g
            // How far before the literal a match may start, in this text (its longest runs bound `\s+` and `\w+`).
            var reach = Int(t.reach[entry])
            let spaces = Int(t.reachSpaces[entry]), others = Int(t.reachOthers[entry])
            if reach >= 0, spaces != 0 || others != 0 {
                let r = textRuns ?? Self.runs(folded: text, masked: masked)
                textRuns = r
                reach += spaces * r.space + others * r.other
            }
            let run = store.end
            for o in occurrences[i ..< j] {
                let s = Int(o.start)
                store.add(reach >= 0 ? s - reach : 0, s, run: run)
            }
            // Groups are met in order (owner ids ascend); a pattern needs every one.
            if g == 0 {
                runs[p] = run ..< store.end
                groupsSeen[p] = 1
            } else if groupsSeen[p] == g, let earlier = runs[p] {
                runs[p] = store.intersect(earlier, run ..< store.end)
                groupsSeen[p] = g + 1
            }
        }
        // A pattern whose groups were not all met has no window.
        for p in 0 ..< patternCount where groupsSeen[p] < min(2, Int(t.groupCounts[base + p])) { runs[p] = nil }
    }

    /// The longest runs of white space and of other characters in the texts the patterns read: masking blanks
    /// declarations with spaces, so the masked text's white space and the folded text's other runs are the longest.
    static func runs(folded: UnsafeBufferPointer<UInt8>, masked: [UInt8]?) -> TextRuns {
        var runs = TextRuns(folded)
        if let masked { runs.space = max(runs.space, masked.withUnsafeBufferPointer { TextRuns($0).space }) }
        return runs
    }

    /// One segment's text as the rules see it, and the rules that may match it with where their matches may start.
    struct SegmentWork {
        var segment: PromptSegment
        var index: Int
        var original: [UInt8]
        var folded: [UInt8]
        var masked: [UInt8]?
        var placeholders: [Range<Int>]
        var words: WordIndex?
        /// The candidate starts (``CandidateStarts``) of `folded` and of `masked`, worked out on first need.
        var foldedStarts: CandidateStarts? = nil
        var maskedStarts: CandidateStarts? = nil
        var findingRules: [Candidate]
        var signalRules: [Candidate]
        var mitigationRules: [Candidate]
        /// The candidates' windows.
        var windows: WindowStore
        /// Each narrowed candidate's runs, one per pattern (``Candidate/patterns`` is a range of this).
        var patternRuns: [Range<Int>]
        var hits: [RawHit] = []

        /// The windows a candidate's matches may start in (for tests).
        func spans(_ c: Candidate) -> [ClosedRange<Int>] { windows.ranges(c.spans) }

        /// The windows a candidate's pattern may match in (for tests).
        func spans(_ c: Candidate, pattern p: Int) -> [ClosedRange<Int>] {
            windows.ranges(c.patterns.map { patternRuns[$0.lowerBound + p] } ?? c.spans)
        }
    }

    /// Adds `rule` as a candidate running in `spans`, each pattern with required literals narrowed to where they
    /// occur (`literals`: the runs by pattern, nil where none occurs); nothing when no pattern can match.
    func addCandidate(_ rule: Int, _ spans: Range<Int>, _ literals: [Range<Int>?]?, store: inout WindowStore,
                      patternRuns: inout [Range<Int>], to candidates: inout [Candidate]) {
        guard usesRequiredLiterals else { candidates.append((rule, spans, nil)); return }
        let t = rules.tables
        let first = patternRuns.count
        let filtered = Int(t.filteredCounts[rule]), base = Int(t.patternBase[rule])
        var narrowed = false, any = false
        for p in 0 ..< Int(t.patternCounts[rule]) {
            var run = spans
            if p < filtered, t.groupCounts[base + p] > 0 {
                let found = literals.flatMap { $0[p] } ?? (store.end ..< store.end)
                run = store.intersect(spans, found)
                narrowed = true
            }
            if !run.isEmpty { any = true }
            patternRuns.append(run)
        }
        if !narrowed { patternRuns.removeSubrange(first...) }
        if any { candidates.append((rule, spans, narrowed ? first ..< patternRuns.count : nil)) }
    }

    func prepare(segment: PromptSegment, index: Int) -> SegmentWork {
        let original = segment.bytes
        let folded = rules.folder.fold(bytes: original)
        // prompt-lint's own declaration sentences are invisible to match rules and their conditions (so adding one
        // can never create a finding), and visible to mitigations (which is what they are for).
        let masked = rules.declarations.apply(to: folded)
        var occurrences: [(owner: Int32, start: Int32, end: Int32)] = []
        occurrences.reserveCapacity(min(folded.count / 4, 4096))
        // (Masking can put a space next to a literal, so where it did, literals' word boundaries are not checked.)
        folded.withUnsafeBufferPointer {
            rules.keywordOccurrences(in: $0, checkingBoundaries: masked == nil, gatingOnLiterals: usesRequiredLiterals, into: &occurrences)
        }
        Self.sortByOwner(&occurrences, ruleCount: rules.rules.count)
        // Each candidate rule with the windows its matches may start in (merged, in order): for each keyword group,
        // the starts at most `keywordReach` bytes before one of its keywords; a rule with several groups needs
        // every group, and its windows are their intersection. Each pattern with required literals then runs only
        // where all its literal groups occur as well (``RequiredLiterals``), and not at all where one is missing.
        let t = rules.tables
        var store = WindowStore()
        store.lo.reserveCapacity(2 * occurrences.count + 16)
        store.hi.reserveCapacity(2 * occurrences.count + 16)
        var patternRuns: [Range<Int>] = []
        patternRuns.reserveCapacity(64)
        var windows: [Candidate] = []
        windows.reserveCapacity(32)
        var literalRuns = [Range<Int>?](repeating: nil, count: Rule.maxFilteredPatterns)
        var groupsSeen = [Int](repeating: 0, count: Rule.maxFilteredPatterns)
        // Unfiltered rules (no keywords) with literal occurrences: their literal windows, by rule.
        var unfilteredLiterals: [(rule: Int, runs: [Range<Int>?])] = []
        let keywordSlots = Rule.maxKeywordGroups
        let everywhere = store.end ..< store.end + 1
        store.lo.append(0)
        store.hi.append(folded.count)

        var textRuns: TextRuns?  // worked out when a literal group first needs them
        var k = 0
        folded.withUnsafeBufferPointer { foldedText in
        while k < occurrences.count {
            let rule = RuleSet.rule(ofOwner: Int(occurrences[k].owner))
            var spans: Range<Int> = store.end ..< store.end
            var groupsFound = 0
            while k < occurrences.count, RuleSet.rule(ofOwner: Int(occurrences[k].owner)) == rule,
                  RuleSet.slot(ofOwner: Int(occurrences[k].owner)) < keywordSlots {
                let owner = occurrences[k].owner
                let run = store.end
                while k < occurrences.count, occurrences[k].owner == owner {
                    let s = Int(occurrences[k].start)
                    store.add(s - Self.keywordReach, s, run: run)
                    k += 1
                }
                spans = groupsFound == 0 ? run ..< store.end : store.intersect(spans, run ..< store.end)
                groupsFound += 1
            }
            let groupMask = t.keywordGroupMasks[Int(rule)]
            let groupCount = groupMask.nonzeroBitCount
            var hasLiterals = false
            if k < occurrences.count, RuleSet.rule(ofOwner: Int(occurrences[k].owner)) == rule {
                var end = k + 1
                while end < occurrences.count, RuleSet.rule(ofOwner: Int(occurrences[end].owner)) == rule { end += 1 }
                // Only for a rule that runs: one without keywords, or with every keyword group found.
                if usesRequiredLiterals, groupCount == 0 || (groupsFound == groupCount && !spans.isEmpty) {
                    requiredLiteralWindows(rule: Int(rule), occurrences[k ..< end], folded: foldedText, masked: masked, textRuns: &textRuns,
                                           store: &store, runs: &literalRuns, groupsSeen: &groupsSeen)
                    hasLiterals = true
                }
                k = end
            }
            let literals = hasLiterals ? literalRuns : nil
            if groupCount == 0 {
                if let literals { unfilteredLiterals.append((Int(rule), literals)) }
                continue
            }
            if groupsFound == groupCount, !spans.isEmpty {
                addCandidate(Int(rule), spans, literals, store: &store, patternRuns: &patternRuns, to: &windows)
            }
        }
        }
        var u = 0
        for i in rules.unfiltered {
            while u < unfilteredLiterals.count, unfilteredLiterals[u].rule < i { u += 1 }
            let literals = u < unfilteredLiterals.count && unfilteredLiterals[u].rule == i ? unfilteredLiterals[u].runs : nil
            addCandidate(i, everywhere, literals, store: &store, patternRuns: &patternRuns, to: &windows)
        }
        windows.removeAll { !t.reads($0.rule, segment.role) }
        // Weight-0 signals matter only to combine rules that can still fire: those whose every required tag
        // belongs to a rule with a keyword in this text. Other signals are skipped.
        if evaluatesAllSignals {
            // Every rule runs.
        } else if !rules.combiners.isEmpty, let masks = rules.tagMasks {
            var available: UInt64 = 0
            for w in windows { available |= masks[w.rule] }
            var needed: UInt64 = 0
            for c in rules.combiners where rules.requireMasks[c] & ~available == 0 { needed |= rules.requireMasks[c] }
            windows.removeAll { w in t.flags[w.rule] & RuleTables.isSignal != 0 && masks[w.rule] & needed == 0 }
        } else if !rules.combiners.isEmpty {
            var available = Set<String>()
            for w in windows { available.formUnion(rules.rules[w.rule].tags) }
            var needed = Set<String>()
            for c in rules.combiners where rules.rules[c].requires.allSatisfy(available.contains) {
                needed.formUnion(rules.rules[c].requires)
            }
            windows.removeAll { w in
                let r = rules.rules[w.rule]
                return r.isSignal && r.tags.isDisjoint(with: needed)
            }
        } else {
            windows.removeAll { t.flags[$0.rule] & RuleTables.isSignal != 0 }
        }
        return SegmentWork(
            segment: segment, index: index, original: original, folded: folded, masked: masked,
            placeholders: Placeholders.spans(in: original), words: nil,
            findingRules: windows.filter { t.flags[$0.rule] & (RuleTables.isMatch | RuleTables.isSignal) == RuleTables.isMatch },
            signalRules: windows.filter { t.flags[$0.rule] & RuleTables.isSignal != 0 },
            mitigationRules: windows.filter { t.flags[$0.rule] & RuleTables.isMitigate != 0 },
            windows: store, patternRuns: patternRuns)
    }

    /// The signals that a combine rule can still use once the segment's other findings are known: a combine rule
    /// whose required tag has neither a finding nor a signal left to run cannot fire, so its signals are skipped.
    func signalsStillNeeded(_ work: SegmentWork) -> [Candidate] {
        guard !work.signalRules.isEmpty, !evaluatesAllSignals, let masks = rules.tagMasks else { return work.signalRules }
        var found: UInt64 = 0
        for hit in work.hits { found |= masks[hit.rule] }
        var pending: UInt64 = 0
        for s in work.signalRules { pending |= masks[s.rule] }
        var needed: UInt64 = 0
        for c in rules.combiners {
            let roles = rules.rules[c].roles
            if !roles.isEmpty, !roles.contains(work.segment.role) { continue }
            let required = rules.requireMasks[c]
            // All its tags, found ones included: a combine rule with `within` may need a signal nearer the anchor.
            if required & ~(found | pending) == 0 { needed |= required }
        }
        return work.signalRules.filter { masks[$0.rule] & needed != 0 }
    }

    /// Runs `candidates` over the segment, appending their hits to `raw` (and, for match rules, to the segment's).
    func run(_ candidates: [Candidate], in work: inout SegmentWork, scratch: MatchScratch,
             into raw: inout [RawHit], failures: inout [RuleFailure]) {
        let original = work.original
        let placeholders = work.placeholders
        var words = work.words
        var foldedStarts = work.foldedStarts, maskedStarts = work.maskedStarts
        let masking = work.masked != nil
        var found: [Match] = []
        work.folded.withUnsafeBufferPointer { foldedText in
          (work.masked ?? work.folded).withUnsafeBufferPointer { maskedText in
            for (ruleIndex, ruleSpans, patternRuns) in candidates {
                let rule = rules.rules[ruleIndex]
                let text = rule.kind == .mitigate ? foldedText : maskedText
                // The text's candidate starts, worked out on first need (the two texts share them without masking).
                let starts: CandidateStarts
                if rule.kind == .mitigate || !masking {
                    if foldedStarts == nil { foldedStarts = CandidateStarts(foldedText) }
                    starts = foldedStarts!
                } else {
                    if maskedStarts == nil { maskedStarts = CandidateStarts(maskedText) }
                    starts = maskedStarts!
                }
                do throws(MatchError) {
                    found.removeAll(keepingCapacity: true)
                    // One match of a mitigating phrase is enough to lower the score; `explain` wants them all.
                    let wanted = rule.kind == .mitigate && !reportsAllMitigations ? 1 : maxFindingsPerRule
                    var accepted = 0
                    var anywhere: [Int: Bool] = [:]
                    // Conditions without a window are searched once for the whole segment.
                    func holds(_ condition: Condition, key: Int, around m: Match) throws(MatchError) -> Bool {
                        if condition.window != nil, words == nil { words = WordIndex(original) }
                        guard let window = condition.window, let words else {
                            if let known = anywhere[key] { return known }
                            let result = try condition.pattern.firstMatch(in: text, starts: starts, scratch: scratch) != nil
                            anywhere[key] = result
                            return result
                        }
                        let (lo, hi) = words.byteWindow(around: m.range, words: window + 1, limit: text.count)
                        var position = max(0, lo - Self.keywordReach)
                        while position <= hi {
                            guard let c = try condition.pattern.firstMatch(in: text, from: position, startingAtMost: hi, starts: starts, scratch: scratch) else { return false }
                            if !c.range.isEmpty, !Placeholders.overlaps(c.range, placeholders), words.distance(c.range, m.range) <= window { return true }
                            position = c.range.isEmpty ? Self.nextCharacter(after: c.range.upperBound, in: text) : c.range.upperBound
                        }
                        return false
                    }
                    func accepts(_ m: Match) throws(MatchError) -> Bool {
                        for (i, condition) in rule.unless.enumerated() where try holds(condition, key: -1 - i, around: m) { return false }
                        for (i, condition) in rule.near.enumerated() where !(try holds(condition, key: i, around: m)) { return false }
                        return true
                    }
                    patterns: for (p, pattern) in rule.patterns.enumerated() {
                        let run = patternRuns.map { work.patternRuns[$0.lowerBound + p] } ?? ruleSpans
                        var searchedTo = 0
                        for w in run {
                            let lo = work.windows.lo[w], hi = work.windows.hi[w]
                            var position = max(lo, searchedTo)
                            while position <= hi {
                                guard let m = try pattern.firstMatch(in: text, from: position, startingAtMost: hi, starts: starts, scratch: scratch) else { break }
                                // A match blocks later overlapping ones whether or not its conditions hold.
                                if !m.range.isEmpty, !Placeholders.overlaps(m.range, placeholders), !found.contains(where: { $0.range.overlaps(m.range) }) {
                                    found.append(m)
                                    if try accepts(m) {
                                        let matched = String(decoding: original[m.range], as: UTF8.self)
                                        // Only a finding shows a suggestion: none for signals (weight 0), harmful
                                        // rules or mitigating phrases.
                                        let shown = rule.kind == .match && rule.weight > 0 && !rule.harmful
                                        let suggestion = shown ? rule.rewrite.map { RewriteTemplate.expand($0, match: m, in: original, folder: rules.folder) } : nil
                                        let hit = RawHit(rule: ruleIndex, segment: work.index, range: m.range, text: matched, suggestion: suggestion)
                                        raw.append(hit)
                                        if rule.kind == .match { work.hits.append(hit) }
                                        accepted += 1
                                        if accepted >= wanted { break patterns }
                                    }
                                    if found.count >= maxFindingsPerRule { break patterns }
                                }
                                position = m.range.isEmpty ? Self.nextCharacter(after: m.range.upperBound, in: text) : m.range.upperBound
                                searchedTo = position
                            }
                        }
                    }
                } catch {
                    failures.append(RuleFailure(ruleID: rule.id, location: rule.location, reason: error.description))
                }
            }
          }
        }
        work.words = words
        (work.foldedStarts, work.maskedStarts) = (foldedStarts, maskedStarts)
    }

    /// Every hit in one segment, mitigations included whatever the findings (for rule tests).
    func collect(segment: PromptSegment, index: Int, scratch: MatchScratch, into raw: inout [RawHit], failures: inout [RuleFailure]) {
        var work = prepare(segment: segment, index: index)
        run(work.findingRules, in: &work, scratch: scratch, into: &raw, failures: &failures)
        run(work.signalRules, in: &work, scratch: scratch, into: &raw, failures: &failures)
        combine(in: &work, into: &raw)
        run(work.mitigationRules, in: &work, scratch: scratch, into: &raw, failures: &failures)
    }

    /// Adds the segment's combination findings: tagged match findings that occur together.
    func combine(in work: inout SegmentWork, into raw: inout [RawHit]) {
        // The tags the segment's findings carry, as a bit set when the rule set has one: a combine rule with a
        // required tag no finding has cannot fire, and is passed over without looking at the findings' tags.
        var found: UInt64 = 0
        if let masks = rules.tagMasks { for hit in work.hits { found |= masks[hit.rule] } }
        for combinerIndex in rules.combiners {
            if rules.tagMasks != nil, rules.requireMasks[combinerIndex] & ~found != 0 { continue }
            let rule = rules.rules[combinerIndex]
            if !rule.roles.isEmpty, !rule.roles.contains(work.segment.role) { continue }
            guard !rule.requires.isEmpty else { continue }
            if rule.within != nil, work.words == nil { work.words = WordIndex(work.original) }
            let words = work.words
            // Whether the hit of rule `r` carries the i-th required tag.
            let carries: (Int, Int) -> Bool
            if let masks = rules.tagMasks {
                let bits = rules.requireBits[combinerIndex]
                carries = { r, i in masks[r] & bits[i] != 0 }
            } else {
                guard rule.requires.allSatisfy({ tag in work.hits.contains { rules.rules[$0.rule].tags.contains(tag) } }) else { continue }
                carries = { r, i in rules.rules[r].tags.contains(rule.requires[i]) }
            }
            // Anchor on each hit of the first tag; every other tag needs a hit within the window (the nearest one,
            // the first of equals, is taken). (Hits are read in place, by index: a copy of one is two strings'
            // reference counts.)
            let hitCount = work.hits.count
            for a in 0 ..< hitCount where carries(work.hits[a].rule, 0) {
                let anchor = work.hits[a].range
                var span = anchor
                var ok = true
                for i in 1 ..< rule.requires.count {
                    var pick: Range<Int>?
                    var nearest = Int.max
                    for o in 0 ..< hitCount where carries(work.hits[o].rule, i) {
                        let other = work.hits[o].range
                        if let within = rule.within, words!.distance(anchor, other) > within { continue }
                        let d = abs(other.lowerBound - anchor.lowerBound)
                        if d < nearest { nearest = d; pick = other }
                    }
                    guard let pick else {
                        ok = false
                        break
                    }
                    span = min(span.lowerBound, pick.lowerBound) ..< max(span.upperBound, pick.upperBound)
                }
                if ok {
                    let text = String(decoding: work.original[span], as: UTF8.self)
                    let hit = RawHit(rule: combinerIndex, segment: work.index, range: span, text: text, suggestion: nil)
                    work.hits.append(hit)
                    if let masks = rules.tagMasks { found |= masks[combinerIndex] }  // a later combine rule may need its tags
                    raw.append(hit)
                    break
                }
            }
        }
    }

    // MARK: - Scoring

    /// `items` sorted by `less` (which compares the items at two indices), stably: indices are sorted, not the items.
    static func ordered<T>(_ items: [T], by less: (UnsafeBufferPointer<T>, Int, Int) -> Bool) -> [T] {
        guard items.count > 1 else { return items }
        return items.withUnsafeBufferPointer { buffer in
            var order = Array(buffer.indices)
            order.sort { a, b in less(buffer, a, b) || (!less(buffer, b, a) && a < b) }
            if order.elementsEqual(buffer.indices) { return items }
            return order.map { buffer[$0] }
        }
    }

    /// Applies the documented formula (README, "The score"):
    /// each finding's effective weight is `w × Π(1 − s)` over the mitigations that apply to it; each rule counts
    /// once, with its strongest finding; the risk is `1 − Π(1 − effective)`; the score is `round(100 × risk)`,
    /// raised to the `high` threshold when a harmful-intent finding keeps at least `harmfulFloor` of its weight.
    func score(raw: [RawHit], failures: [RuleFailure]) -> Assessment {
        var mitigations: [Mitigation] = []
        var mitigatorsFound: [Int] = []
        let t = rules.tables
        // (Closures read this list, not `rules.rules`: one that reads `self` copies the whole linter.)
        let ruleList = rules.rules
        for i in raw.indices where t.flags[raw[i].rule] & RuleTables.isMitigate != 0 {
            let hit = raw[i]
            let rule = ruleList[hit.rule]
            mitigations.append(Mitigation(
                ruleID: rule.id, message: rule.message, segment: hit.segment, range: hit.range, matchedText: hit.text,
                strength: rule.weight, appliesTo: rule.appliesTo.sorted(), appliesToHarmful: rule.appliesToHarmful))
            mitigatorsFound.append(hit.rule)
        }
        // A finding's factor depends only on its category and whether it is harmful: worked out once for each.
        mitigatorsFound.sort()
        var mitigators: [Int] = []
        for m in mitigatorsFound where mitigators.last != m { mitigators.append(m) }
        // For each category, harmful or not: the factor (NaN until worked out) and the ids of the mitigations in it.
        let slots = 2 * RuleCategory.allCases.count
        var factors = [Double](repeating: .nan, count: slots), factorIDs = [[String]](repeating: [], count: slots)
        /// The factor of `rule`'s findings, and its slot in `factors` (``RuleCategory/bit`` numbers categories).
        func factor(for rule: Rule) -> (Double, Int) {
            let slot = 2 * rule.category.bit.trailingZeroBitCount + (rule.harmful ? 1 : 0)
            if !factors[slot].isNaN { return (factors[slot], slot) }
            var f = 1.0
            var ids: [String] = []
            for m in mitigators {
                let mitigator = ruleList[m]
                guard mitigator.appliesTo.contains(rule.category) else { continue }
                if rule.harmful, !mitigator.appliesToHarmful { continue }
                f *= 1 - mitigator.weight
                ids.append(mitigator.id)
            }
            factors[slot] = f
            factorIDs[slot] = ids
            return (f, slot)
        }
        var findings: [Finding] = []
        findings.reserveCapacity(raw.count)
        // Each rule's strongest finding: its entry in `best` (first found wins a tie), by rule index.
        var best: [(rule: Int, effective: Double, factor: Double, slot: Int)] = []
        var bestOf = [Int32](repeating: -1, count: ruleList.count)
        var harmfulIntent = false
        for i in raw.indices where t.flags[raw[i].rule] & RuleTables.isMitigate == 0 {
            let hit = raw[i]
            let rule = ruleList[hit.rule]
            let (f, factorSlot) = factor(for: rule)
            let effective = rule.weight * f
            if rule.harmful, f >= policy.harmfulFloor { harmfulIntent = true }
            let slot = Int(bestOf[hit.rule])
            if slot < 0 {
                bestOf[hit.rule] = Int32(best.count)
                best.append((hit.rule, effective, f, factorSlot))
            } else if effective > best[slot].effective {
                best[slot] = (hit.rule, effective, f, factorSlot)
            }
            guard rule.weight > 0 || rule.harmful else { continue }  // weight-0 rules are signals for combine rules
            findings.append(Finding(
                ruleID: rule.id, category: rule.category, severity: rule.severity, message: rule.message,
                segment: hit.segment, range: hit.range, matchedText: hit.text, harmful: rule.harmful,
                weight: rule.weight, effectiveWeight: effective, suggestion: rule.harmful ? nil : hit.suggestion,
                declares: rule.declares))
        }
        // By segment, start and rule id (mitigations without the id), equals as they were: indices are sorted and
        // the items placed in their order (an item is large, and ids are compared only on a tie).
        findings = Self.ordered(findings) { f, a, b in
            if f[a].segment != f[b].segment { return f[a].segment < f[b].segment }
            if f[a].range.lowerBound != f[b].range.lowerBound { return f[a].range.lowerBound < f[b].range.lowerBound }
            return f[a].ruleID < f[b].ruleID
        }
        mitigations = Self.ordered(mitigations) { m, a, b in
            m[a].segment != m[b].segment ? m[a].segment < m[b].segment : m[a].range.lowerBound < m[b].range.lowerBound
        }

        var terms: [Contribution] = []
        best.sort { a, b in
            a.effective != b.effective ? a.effective > b.effective : ruleList[a.rule].id < ruleList[b.rule].id
        }
        for entry in best {
            let rule = ruleList[entry.rule]
            guard rule.weight > 0 else { continue }
            terms.append(Contribution(
                ruleID: rule.id, weight: rule.weight, mitigationFactor: entry.factor, mitigatedBy: factorIDs[entry.slot],
                effective: entry.effective, scoreAfter: 0))
        }
        let (contributions, score) = policy.combine(terms, harmfulIntent: harmfulIntent)
        return Assessment(
            score: score, level: policy.level(for: score), harmfulIntent: harmfulIntent, findings: findings,
            mitigations: mitigations, contributions: contributions, failures: failures)
    }
}

extension RuleCategory {
    /// A bit of its own, for sets of categories as bit masks.
    var bit: UInt8 {
        switch self {
        case .privacy: 1
        case .confidentiality: 2
        case .identity: 4
        case .security: 8
        }
    }
}

extension ScoringPolicy {
    /// The last steps of the formula, shared by every place that scores: `score = round(100 × (1 − Π(1 − e)))` over
    /// `terms` (in order; each term's `scoreAfter` is filled in), raised to `highThreshold` for harmful intent.
    public func combine(_ terms: [Contribution], harmfulIntent: Bool) -> (contributions: [Contribution], score: Int) {
        var remaining = 1.0
        let contributions = terms.map { c in
            remaining *= 1 - c.effective
            return Contribution(
                ruleID: c.ruleID, weight: c.weight, mitigationFactor: c.mitigationFactor, mitigatedBy: c.mitigatedBy,
                effective: c.effective, scoreAfter: 100 * (1 - remaining))
        }
        var score = Int((100 * (1 - remaining)).rounded())
        if harmfulIntent { score = max(score, highThreshold) }
        return (contributions, min(100, max(0, score)))
    }
}

/// Expands `$0`…`$9` and `${n}` in a rewrite template and keeps the case of the text it replaces.
public enum RewriteTemplate {
    /// The replacement for `match` in `bytes`: capture references expanded, then the original's case and
    /// Chinese script applied (a replacement for Traditional text is written in Traditional characters).
    public static func expand(_ template: String, match: Match, in bytes: [UInt8], folder: ScriptFolder = .identity) -> String {
        let original = String(decoding: bytes[match.range], as: UTF8.self)
        // Most templates have no capture reference, and most matches are ASCII (no Chinese script to keep).
        let out = template.utf8.contains(UInt8(ascii: "$")) ? expandReferences(template, match: match, in: bytes) : template
        let ascii = original.utf8.allSatisfy { $0 < 0x80 }
        return CaseStyle(of: original).apply(to: !ascii && folder.isTraditional(original) ? folder.toTraditional(out) : out)
    }

    /// `template` with `$0`…`$9` and `${n}` replaced by the match's text and groups.
    static func expandReferences(_ template: String, match: Match, in bytes: [UInt8]) -> String {
        var out = ""
        var chars = template.unicodeScalars[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "$", let next = chars.first else { out.unicodeScalars.append(c); continue }
            var digits = ""
            if next == "{" {
                let body = chars.dropFirst().prefix { $0 != "}" }
                if !body.isEmpty, body.allSatisfy({ ("0" ... "9").contains($0) }), chars.dropFirst(body.count + 1).first == "}" {
                    digits = String(String.UnicodeScalarView(body))
                    chars = chars.dropFirst(body.count + 2)
                }
            } else if ("0" ... "9").contains(next) {
                digits = String(next)
                chars = chars.dropFirst()
            } else if next == "$" {
                out += "$"
                chars = chars.dropFirst()
                continue
            }
            guard let n = Int(digits) else { out.unicodeScalars.append(c); continue }
            let range = n == 0 ? match.range : (n <= match.groups.count ? match.groups[n - 1] : nil)
            if let range { out += String(decoding: bytes[range], as: UTF8.self) }
        }
        return out
    }
}

/// The letter case of a piece of text: kept when a rewrite replaces it.
public enum CaseStyle: Sendable, Equatable {
    /// ALL CAPS (two or more letters, none lower-case).
    case upper
    /// First letter capitalised, the next letter lower-case.
    case capitalized
    /// Anything else: the replacement is used as written.
    case asWritten

    /// The style of `text`.
    public init(of text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most matches): no Unicode property look-ups.
            var upper = 0, lower = 0
            var first: UInt8?
            for b in text.utf8 {
                if (0x41 ... 0x5A).contains(b) { upper += 1; if first == nil { first = b } }
                else if (0x61 ... 0x7A).contains(b) { lower += 1; if first == nil { first = b } }
            }
            if upper + lower >= 2, lower == 0 { self = .upper }
            else if let first, (0x41 ... 0x5A).contains(first) { self = .capitalized }
            else { self = .asWritten }
            return
        }
        // Cased letters: how many, how many upper case, and whether the first is. CJK ideographs have no case, so
        // they skip the Unicode property look-ups.
        var letters = 0, upper = 0
        var firstIsUpper = false
        for s in text.unicodeScalars where !(0x3400 ... 0x9FFF).contains(s.value) {
            let p = s.properties
            guard p.isAlphabetic, p.isUppercase || p.isLowercase else { continue }
            if letters == 0 { firstIsUpper = p.isUppercase }
            letters += 1
            if p.isUppercase { upper += 1 }
        }
        if letters >= 2, upper == letters {
            self = .upper
        } else if letters > 0, firstIsUpper {
            self = .capitalized
        } else {
            self = .asWritten
        }
    }

    /// `replacement` in this style.
    public func apply(to replacement: String) -> String {
        switch self {
        case .upper: return replacement.uppercased()
        case .capitalized:
            guard let first = replacement.first, first.isLowercase else { return replacement }
            return first.uppercased() + replacement.dropFirst()
        case .asWritten: return replacement
        }
    }
}
