/// What matching reads about each rule for every prompt, in flat arrays of numbers built with the rule set.
///
/// Preparing a prompt looks at hundreds of rules and literal groups. Reading those facts from the rules themselves
/// (shared objects holding arrays of arrays) costs a reference-count update for each object and array touched;
/// reading them from these arrays costs a load each. Only rules that go on to run a pattern are read as rules.
struct RuleTables: Sendable {
    /// Bits of ``flags``.
    static let isMatch: UInt8 = 1, isMitigate: UInt8 = 2, isSignal: UInt8 = 4
    /// A bit of ``flags``: the rule has a pattern that no group of required literals narrows (so it may match
    /// wherever its keywords occur, whatever literals do).
    static let hasUnfilteredPattern: UInt8 = 8

    /// For each rule: ``isMatch``, ``isMitigate``, ``isSignal`` and ``hasUnfilteredPattern`` as they apply.
    let flags: [UInt8]
    /// For each rule: the roles it reads, as ``Role/bit``s (0: every role).
    let roleMasks: [UInt8]
    /// For each rule: its keyword groups as a bit set (bit i = group i; 0 for a rule without keywords, which always
    /// runs).
    let keywordGroupMasks: [UInt8]
    /// For each rule: how many patterns it has.
    let patternCounts: [Int32]
    /// For each rule: how many of its patterns the prefilter narrows (at most ``Rule/maxFilteredPatterns``).
    let filteredCounts: [Int32]
    /// For each rule: where its first narrowed pattern's entry is in ``groupCounts`` (its literal groups' entries
    /// are at twice that, two per pattern, in ``reach``).
    let patternBase: [Int32]
    /// For each narrowed pattern: how many groups of required literals it has.
    let groupCounts: [UInt8]
    /// For each literal group (two per narrowed pattern): the most bytes a match starts before the literal, besides
    /// the runs below, −1 when that is unbounded (``LiteralGroup/reach(_:)``).
    let reach: [Int32]
    /// For each literal group: how many runs of white space, and of other characters, may come before the literal.
    let reachSpaces: [Int32]
    let reachOthers: [Int32]

    init(_ rules: [Rule]) {
        var flags: [UInt8] = [], roleMasks: [UInt8] = [], keywordGroupMasks: [UInt8] = []
        var patternCounts: [Int32] = [], filteredCounts: [Int32] = [], patternBase: [Int32] = []
        var groupCounts: [UInt8] = [], reach: [Int32] = []
        var reachSpaces: [Int32] = [], reachOthers: [Int32] = []
        for rule in rules {
            let filtered = min(rule.requiredLiterals.count, Rule.maxFilteredPatterns)
            let unfiltered = rule.patterns.count > filtered || rule.requiredLiterals.prefix(filtered).contains { $0.groups.isEmpty }
            flags.append((rule.kind == .match ? Self.isMatch : 0) | (rule.kind == .mitigate ? Self.isMitigate : 0)
                | (rule.isSignal ? Self.isSignal : 0) | (unfiltered ? Self.hasUnfilteredPattern : 0))
            roleMasks.append(rule.roles.reduce(0) { $0 | $1.bit })
            keywordGroupMasks.append(UInt8((1 << rule.keywordGroups.count) - 1))
            patternCounts.append(Int32(rule.patterns.count))
            filteredCounts.append(Int32(filtered))
            patternBase.append(Int32(groupCounts.count))
            for required in rule.requiredLiterals.prefix(filtered) {
                groupCounts.append(UInt8(min(required.groups.count, 255)))
                for g in 0 ..< 2 {
                    let group = g < required.groups.count ? required.groups[g] : nil
                    reach.append(group?.maxOffset.map { Int32(clamping: $0) } ?? -1)
                    reachSpaces.append(Int32(clamping: group?.spaceRuns ?? 0))
                    reachOthers.append(Int32(clamping: group?.otherRuns ?? 0))
                }
            }
        }
        (self.flags, self.roleMasks, self.keywordGroupMasks, self.patternCounts, self.filteredCounts, self.patternBase) =
            (flags, roleMasks, keywordGroupMasks, patternCounts, filteredCounts, patternBase)
        (self.groupCounts, self.reach, self.reachSpaces, self.reachOthers) = (groupCounts, reach, reachSpaces, reachOthers)
    }

    /// Whether `rule` reads text of `role`.
    @inline(__always)
    func reads(_ rule: Int, _ role: Role) -> Bool {
        let mask = roleMasks[rule]
        return mask == 0 || mask & role.bit != 0
    }
}

extension Role {
    /// A bit of its own, for sets of roles as bit masks.
    var bit: UInt8 {
        switch self {
        case .system: 1
        case .user: 2
        case .assistant: 4
        }
    }
}
