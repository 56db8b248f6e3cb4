/// A one-pass literal prefilter (Aho–Corasick over bytes, ASCII case-insensitive) that tells which
/// rules have a keyword in the text, so only those rules run their patterns.
///
/// The automaton is stored the way fast multi-literal matchers store theirs: states near the root (where a
/// scan spends nearly all its time) have complete rows, one entry per byte class, so a step is one load; deeper
/// states keep only their own children and fall back along failure links. Building it is linear in the keywords'
/// total length plus the dense rows, which keeps process start-up short even with thousands of keywords.
struct Prefilter: Sendable {
    private let classOf: [UInt8]          // byte → class (ASCII letters folded to lower case)
    private let classCount: Int
    private let denseCount: Int           // states 0 ..< denseCount have complete rows in `dense`
    private let dense: [Int32]            // state * classCount + class → next state
    private let sparseStart: [Int32]      // state → start index in sparseClass/sparseNext; count = next start − start
    private let sparseClass: [UInt8]
    private let sparseNext: [Int32]
    private let fail: [Int32]             // state → failure state
    private let outputStart: [Int32]      // state → start index in `outputs`; count = next start − start
    private let outputs: [Int32]          // owner ids
    private let outputLengths: [Int32]    // the keyword's length in bytes, per output
    /// One more than the largest owner id.
    let ownerBound: Int

    /// The bit set in a dense entry whose target state reports keywords.
    static let outputFlag: Int32 = 1 << 30

    /// States at most this deep get complete rows.
    static let denseDepth = 2

    /// Builds the automaton for `keywords[i]` → owner `owners[i]`.
    init(keywords: [(keyword: [UInt8], owner: Int)]) {
        // Byte classes: every byte that occurs in a keyword gets its own class; the rest share class 0.
        var classOf = [UInt8](repeating: 0, count: 256)
        var next = 1
        for (keyword, _) in keywords {
            for b in keyword {
                let lower = (65 ... 90).contains(b) ? b + 32 : b
                if classOf[Int(lower)] == 0, next < 256 {
                    classOf[Int(lower)] = UInt8(next)
                    next += 1
                }
            }
        }
        for upper in UInt8(65) ... 90 { classOf[Int(upper)] = classOf[Int(upper + 32)] }
        let classCount = next

        // The trie in flat arrays (no allocation per state): each state's children form a linked list.
        var firstChild: [Int32] = [-1], nextSibling: [Int32] = [-1], edgeClass: [UInt8] = [0], depth: [Int32] = [0]
        var ownOutputs: [(state: Int32, entry: Int64)] = []  // entry: owner << 32 | keyword length
        let total = keywords.reduce(0) { $0 + $1.keyword.count } + 1
        firstChild.reserveCapacity(total); nextSibling.reserveCapacity(total); edgeClass.reserveCapacity(total); depth.reserveCapacity(total)
        // States near the root have many children (a hundred at the root): they also get a row indexed by class,
        // so finding a child there is one load instead of a walk along a long list.
        var rowOf: [Int32] = [0]
        var rows = [Int32](repeating: -1, count: classCount)
        rowOf.reserveCapacity(total)
        for (keyword, owner) in keywords where !keyword.isEmpty {
            var state = 0
            for b in keyword {
                let c = classOf[Int(b)]
                let row = Int(rowOf[state])
                var child: Int32
                if row >= 0 {
                    child = rows[row &* classCount &+ Int(c)]
                } else {
                    child = firstChild[state]
                    while child >= 0, edgeClass[Int(child)] != c { child = nextSibling[Int(child)] }
                }
                if child < 0 {
                    child = Int32(firstChild.count)
                    firstChild.append(-1)
                    nextSibling.append(firstChild[state])
                    edgeClass.append(c)
                    depth.append(depth[state] + 1)
                    firstChild[state] = child
                    if row >= 0 { rows[row &* classCount &+ Int(c)] = child }
                    if depth[state] + 1 <= Int32(Self.denseDepth) {
                        rowOf.append(Int32(rows.count / classCount))
                        rows.append(contentsOf: repeatElement(-1, count: classCount))
                    } else {
                        rowOf.append(-1)
                    }
                }
                state = Int(child)
            }
            ownOutputs.append((Int32(state), Int64(owner) << 32 | Int64(keyword.count)))
        }
        // Renumber breadth-first, so the dense states are 0 ..< denseCount and a state's failure comes before it.
        let stateCount = firstChild.count
        var order = [Int32](); order.reserveCapacity(stateCount)
        order.append(0)
        var head = 0
        while head < order.count {
            var child = firstChild[Int(order[head])]
            while child >= 0 { order.append(child); child = nextSibling[Int(child)] }
            head += 1
        }
        var number = [Int32](repeating: 0, count: stateCount)
        for (i, s) in order.enumerated() { number[Int(s)] = Int32(i) }
        let denseCount = order.firstIndex { depth[Int($0)] > Int32(Self.denseDepth) } ?? stateCount
        // Children of each state (new numbering), sorted by class, in flat arrays indexed by `childStart`.
        var childStart = [Int32](repeating: 0, count: stateCount + 1)
        var childClass = [UInt8](repeating: 0, count: max(0, stateCount - 1))
        var childState = [Int32](repeating: 0, count: max(0, stateCount - 1))
        var filled = 0
        for (i, s) in order.enumerated() {
            childStart[i] = Int32(filled)
            var child = firstChild[Int(s)]
            let begin = filled
            while child >= 0 {
                childClass[filled] = edgeClass[Int(child)]
                childState[filled] = number[Int(child)]
                filled += 1
                child = nextSibling[Int(child)]
            }
            // Insertion sort by class (lists are short).
            var a = begin + 1
            while a < filled {
                var b = a
                while b > begin, childClass[b - 1] > childClass[b] {
                    childClass.swapAt(b - 1, b); childState.swapAt(b - 1, b); b -= 1
                }
                a += 1
            }
        }
        childStart[stateCount] = Int32(filled)
        // Each state's own outputs (new numbering), in flat arrays: sorted by state, duplicates dropped.
        // Placed by a counting sort on the state; a state's few entries are checked for duplicates in place.
        var ownStart = [Int32](repeating: 0, count: stateCount + 1)
        for (state, _) in ownOutputs { ownStart[Int(number[Int(state)]) + 1] += 1 }
        for i in 0 ..< stateCount { ownStart[i + 1] += ownStart[i] }
        var ownEntries = [Int64](repeating: -1, count: ownOutputs.count)
        var fill = ownStart
        for (state, entry) in ownOutputs {
            let n = Int(number[Int(state)])
            let lo = Int(ownStart[n])
            var duplicate = false
            for j in lo ..< Int(fill[n]) where ownEntries[j] == entry { duplicate = true; break }
            if !duplicate { ownEntries[Int(fill[n])] = entry; fill[n] += 1 }
        }

        // Failure links and complete rows for the dense states, breadth-first.
        var dense = [Int32](repeating: 0, count: denseCount * classCount)
        var fail = [Int32](repeating: 0, count: stateCount)
        func child(of s: Int, _ c: UInt8) -> Int32? {
            for j in Int(childStart[s]) ..< Int(childStart[s + 1]) where childClass[j] == c { return childState[j] }
            return nil
        }
        func step(_ from: Int, _ c: UInt8) -> Int32 {
            var s = from
            while true {
                if s < denseCount { return dense[s * classCount + Int(c)] }
                if let next = child(of: s, c) { return next }
                s = Int(fail[s])
            }
        }
        for s in 0 ..< stateCount {
            if s < denseCount {
                // Complete row: own children, else the failure state's transition (the root's: itself).
                if s > 0 {
                    let f = Int(fail[s])
                    for c in 0 ..< classCount { dense[s * classCount + c] = dense[f * classCount + c] }
                }
                for j in Int(childStart[s]) ..< Int(childStart[s + 1]) { dense[s * classCount + Int(childClass[j])] = childState[j] }
            }
            for j in Int(childStart[s]) ..< Int(childStart[s + 1]) {
                let c = childClass[j], kid = Int(childState[j])
                let f = s == 0 ? 0 : Int(step(Int(fail[s]), c))
                fail[kid] = Int32(f)
            }
        }
        // A state reports its own keywords and those of its failure state (a proper suffix, so shorter: never a
        // duplicate). Failure states come earlier in breadth-first order, so theirs are complete when copied.
        var starts = [Int32](repeating: 0, count: stateCount + 1)
        var outputs = [Int32](), lengths = [Int32]()
        for state in 0 ..< stateCount {
            starts[state] = Int32(outputs.count)
            for j in Int(ownStart[state]) ..< Int(fill[state]) {
                outputs.append(Int32(ownEntries[j] >> 32))
                lengths.append(Int32(truncatingIfNeeded: ownEntries[j]))
            }
            if state > 0 {
                let f = Int(fail[state])
                for j in Int(starts[f]) ..< Int(starts[f + 1]) {
                    outputs.append(outputs[j])
                    lengths.append(lengths[j])
                }
            }
        }
        starts[stateCount] = Int32(outputs.count)

        // Deeper states keep only their own children.
        var sparseStart = [Int32](); sparseStart.reserveCapacity(stateCount + 1)
        var sparseClass = [UInt8](), sparseNext = [Int32]()
        for s in 0 ..< stateCount {
            sparseStart.append(Int32(sparseClass.count))
            if s >= denseCount {
                for j in Int(childStart[s]) ..< Int(childStart[s + 1]) { sparseClass.append(childClass[j]); sparseNext.append(childState[j]) }
            }
        }
        sparseStart.append(Int32(sparseClass.count))
        self.init(
            classOf: classOf, classCount: classCount, denseCount: denseCount, rows: dense, sparseStart: sparseStart,
            sparseClass: sparseClass, sparseNext: sparseNext, fail: fail, outputStart: starts, outputs: outputs,
            outputLengths: lengths, ownerBound: (keywords.map(\.owner).max() ?? -1) + 1)
    }

    /// Stores the parts of an automaton, `rows` being the complete rows of the dense states without output flags.
    private init(
        classOf: [UInt8], classCount: Int, denseCount: Int, rows: [Int32], sparseStart: [Int32], sparseClass: [UInt8],
        sparseNext: [Int32], fail: [Int32], outputStart: [Int32], outputs: [Int32], outputLengths: [Int32], ownerBound: Int
    ) {
        var dense = rows
        // A dense entry carries a flag when the state it leads to reports keywords, so the scan's common step is
        // one load and one test.
        for i in dense.indices where outputStart[Int(dense[i]) + 1] != outputStart[Int(dense[i])] { dense[i] |= Self.outputFlag }
        self.classOf = classOf
        self.classCount = classCount
        self.denseCount = denseCount
        self.dense = dense
        self.sparseStart = sparseStart
        self.sparseClass = sparseClass
        self.sparseNext = sparseNext
        self.fail = fail
        self.outputStart = outputStart
        self.outputs = outputs
        self.outputLengths = outputLengths
        self.ownerBound = ownerBound
    }

    /// Appends `(owner, start, end)` for every keyword occurrence in `text`, in text order of the keyword's end.
    func scan(_ text: UnsafeBufferPointer<UInt8>, occurrences: inout [(owner: Int32, start: Int32, end: Int32)]) {
        dense.withUnsafeBufferPointer { d in
        classOf.withUnsafeBufferPointer { cls in
        outputStart.withUnsafeBufferPointer { os in
        sparseStart.withUnsafeBufferPointer { ss in
        sparseClass.withUnsafeBufferPointer { sc in
        sparseNext.withUnsafeBufferPointer { sn in
        fail.withUnsafeBufferPointer { fl in
        outputs.withUnsafeBufferPointer { out in
        outputLengths.withUnsafeBufferPointer { lengths in
            var state = 0
            let k = classCount, denseCount = denseCount
            var i = 0
            for b in text {
                let c = cls[Int(b)]
                var report = false
                while true {
                    if state < denseCount {
                        let next = d[state &* k &+ Int(c)]
                        state = Int(next & ~Self.outputFlag)
                        report = next & Self.outputFlag != 0
                        break
                    }
                    var found = -1
                    for j in Int(ss[state]) ..< Int(ss[state &+ 1]) where sc[j] == c { found = Int(sn[j]); break }
                    if found >= 0 { state = found; report = os[state] != os[state &+ 1]; break }
                    state = Int(fl[state])
                }
                if report {
                    let s = os[state], e = os[state &+ 1]
                    for j in Int(s) ..< Int(e) {
                        occurrences.append((out[j], Int32(i + 1) - lengths[j], Int32(i + 1)))
                    }
                }
                i += 1
            }
        }}}}}}}}}
    }
}

// MARK: - A copy built ahead of time

extension Prefilter {
    /// The bytes that begin a serialized automaton (and name its format).
    static let snapshotMagic: [UInt8] = Array("prompt-lint automaton 3\n".utf8)

    /// The automaton as bytes, for a copy built ahead of time and embedded in the binary (``AutomatonSnapshot``).
    ///
    /// Only what cannot be worked out again is written, in variable-length integers: for each state its number of
    /// children and their byte classes (states are numbered breadth-first, so a state's children are the next
    /// numbers after the previous states' children), its failure link (as the distance back), and its own
    /// outputs (those it inherits along failure links are copied again when read). Reading rebuilds the complete
    /// rows near the root and the sparse lists below; this is a third of the bytes the arrays take.
    func serialized() -> [UInt8] {
        var out = Self.snapshotMagic
        func put(_ v: Int) {
            var v = UInt64(v)
            while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            out.append(UInt8(v))
        }
        let stateCount = fail.count
        // Each state's children (number, class): a dense entry is a child when it leads one level deeper (states
        // are numbered breadth-first, so a state's failure targets, never deeper, already have a depth).
        var depth = [Int32](repeating: -1, count: stateCount)
        depth[0] = 0
        var children = [[(next: Int, cls: Int)]](repeating: [], count: stateCount)
        for s in 0 ..< stateCount {
            if s < denseCount {
                for c in 0 ..< classCount {
                    let t = Int(dense[s * classCount + c] & ~Self.outputFlag)
                    guard t != 0, depth[t] < 0 else { continue }
                    depth[t] = depth[s] + 1
                    children[s].append((t, c))
                }
            } else {
                for j in Int(sparseStart[s]) ..< Int(sparseStart[s + 1]) {
                    depth[Int(sparseNext[j])] = depth[s] + 1
                    children[s].append((Int(sparseNext[j]), Int(sparseClass[j])))
                }
            }
            children[s].sort { $0.next < $1.next }
        }
        put(classCount); put(denseCount); put(ownerBound); put(stateCount); put(outputs.count)
        out.append(contentsOf: classOf)
        var expected = 1
        for s in 0 ..< stateCount {
            put(children[s].count)
            for (next, cls) in children[s] {
                precondition(next == expected, "automaton states are not numbered breadth-first")
                expected += 1
                out.append(UInt8(cls))
            }
        }
        for s in 1 ..< max(1, stateCount) { put(s - Int(fail[s])) }
        for s in 0 ..< stateCount {
            // Own outputs come first in a state's list, then its failure state's (see init(keywords:)).
            let inherited = s == 0 ? 0 : Int(outputStart[Int(fail[s]) + 1] - outputStart[Int(fail[s])])
            let lo = Int(outputStart[s]), own = Int(outputStart[s + 1]) - lo - inherited
            put(own)
            for j in lo ..< lo + own { put(Int(outputs[j])); put(Int(outputLengths[j])) }
        }
        return out
    }

    /// Reads an automaton written by ``serialized()``; nil when `bytes` are not one (wrong format, truncated, or
    /// states, classes and owners out of range).
    init?(serialized bytes: [UInt8]) {
        guard let parts = bytes.withUnsafeBufferPointer({ Self.read($0) }) else { return nil }
        self.init(
            classOf: parts.classOf, classCount: parts.k, denseCount: parts.denseCount, rows: parts.rows,
            sparseStart: parts.sparseStart, sparseClass: parts.sparseClass, sparseNext: parts.sparseNext, fail: parts.fail,
            outputStart: parts.outputStart, outputs: parts.outputs, outputLengths: parts.outputLengths,
            ownerBound: parts.ownerBound)
    }

    /// The parts ``serialized()`` wrote, checked, with the rows, sparse lists and inherited outputs rebuilt.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        classOf: [UInt8], k: Int, denseCount: Int, ownerBound: Int, rows: [Int32], sparseStart: [Int32], sparseClass: [UInt8],
        sparseNext: [Int32], fail: [Int32], outputStart: [Int32], outputs: [Int32], outputLengths: [Int32]
    )? {
        guard bytes.count >= snapshotMagic.count, bytes.starts(with: snapshotMagic) else { return nil }
        var r = VarintReader(bytes: bytes, at: snapshotMagic.count)
        let k = r.int(), denseCount = r.int(), ownerBound = r.int(), stateCount = r.int(), outputTotal = r.int()
        guard !r.bad, k > 0, k <= 256, denseCount >= 1, denseCount <= stateCount, stateCount <= bytes.count,
              ownerBound <= Int(Int32.max), outputTotal <= 64 * bytes.count, bytes.count - r.at >= 256 else { return nil }
        let classOf = Array(bytes[r.at ..< r.at + 256])
        r.at += 256
        guard classOf.allSatisfy({ Int($0) < k }) else { return nil }
        // Children: counts and classes; a state's children are numbered after the previous states' children.
        var childStart = [Int32](repeating: 0, count: stateCount + 1)
        var childClass = [UInt8](repeating: 0, count: stateCount - 1)
        var filled = 0
        var badClass = false
        childStart.withUnsafeMutableBufferPointer { childStart in
            childClass.withUnsafeMutableBufferPointer { childClass in
                for s in 0 ..< stateCount {
                    childStart[s] = Int32(filled)
                    let n = r.int()
                    guard !r.bad, n <= stateCount - 1 - filled, bytes.count - r.at >= n,
                          n == 0 || filled + 1 > s  // a child comes after its parent
                    else { r.bad = true; return }
                    for j in 0 ..< n {
                        let c = bytes[r.at + j]
                        badClass = badClass || Int(c) >= k
                        childClass[filled + j] = c
                    }
                    r.at += n
                    filled += n
                }
                childStart[stateCount] = Int32(filled)
            }
        }
        // Every state but the root is somebody's child.
        guard !r.bad, !badClass, filled == stateCount - 1 else { return nil }
        var fail = [Int32](repeating: 0, count: stateCount)
        fail.withUnsafeMutableBufferPointer { fail in
            for s in 1 ..< max(1, stateCount) {
                let back = r.int()
                guard !r.bad, back >= 1, back <= s else { r.bad = true; return }
                fail[s] = Int32(s - back)
            }
        }
        guard !r.bad else { return nil }
        // Outputs: a state's own, then its failure state's (which comes earlier and is complete).
        var outputStart = [Int32](repeating: 0, count: stateCount + 1)
        var outputs = [Int32](repeating: 0, count: outputTotal), lengths = [Int32](repeating: 0, count: outputTotal)
        var written = 0
        outputStart.withUnsafeMutableBufferPointer { outputStart in
        outputs.withUnsafeMutableBufferPointer { outputs in
        lengths.withUnsafeMutableBufferPointer { lengths in
        fail.withUnsafeBufferPointer { fail in
            for s in 0 ..< stateCount {
                outputStart[s] = Int32(written)
                let n = r.int()
                let f = Int(fail[s])
                let inherited = s == 0 ? 0 : Int(outputStart[f + 1] - outputStart[f])
                guard !r.bad, n <= outputTotal - written, inherited <= outputTotal - written - n else { r.bad = true; return }
                for _ in 0 ..< n {
                    let owner = r.int(), length = r.int()
                    guard !r.bad, owner < ownerBound, length >= 1, length <= Int(Int32.max) else { r.bad = true; return }
                    outputs[written] = Int32(owner)
                    lengths[written] = Int32(length)
                    written += 1
                }
                if s > 0 {
                    for j in Int(outputStart[f]) ..< Int(outputStart[f + 1]) {
                        outputs[written] = outputs[j]
                        lengths[written] = lengths[j]
                        written += 1
                    }
                }
            }
            outputStart[stateCount] = Int32(written)
        }}}}
        guard !r.bad, written == outputTotal, r.at == bytes.count else { return nil }
        // Complete rows for the dense states: the failure state's row with the state's own children set; sparse
        // lists (the children, numbered in order) for the others.
        var rows = [Int32](repeating: 0, count: denseCount * k)
        let sparseTotal = stateCount - 1 - Int(childStart[denseCount])
        var sparseStart = [Int32](repeating: 0, count: stateCount + 1)
        var sparseClass = [UInt8](repeating: 0, count: sparseTotal), sparseNext = [Int32](repeating: 0, count: sparseTotal)
        rows.withUnsafeMutableBufferPointer { rows in
            for s in 0 ..< denseCount {
                if s > 0 {
                    let f = Int(fail[s])
                    for c in 0 ..< k { rows[s &* k &+ c] = rows[f &* k &+ c] }
                }
                for j in Int(childStart[s]) ..< Int(childStart[s + 1]) { rows[s &* k &+ Int(childClass[j])] = Int32(j + 1) }
            }
        }
        let base = Int(childStart[denseCount])
        for s in 0 ..< stateCount { sparseStart[s] = s < denseCount ? 0 : childStart[s] - Int32(base) }
        sparseStart[stateCount] = Int32(sparseTotal)
        for j in 0 ..< sparseTotal {
            sparseClass[j] = childClass[base + j]
            sparseNext[j] = Int32(base + j + 1)
        }
        return (classOf, k, denseCount, ownerBound, rows, sparseStart, sparseClass, sparseNext, fail, outputStart, outputs, lengths)
    }

    /// Reads LEB128 integers from a buffer; `bad` is set past the end or on an overlong one.
    private struct VarintReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at: Int
        var bad = false

        @inline(__always) mutating func int() -> Int {
            var v = 0, shift = 0
            while at < bytes.count, shift < 35 {
                let b = bytes[at]
                at += 1
                v |= Int(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
            bad = true
            return 0
        }
    }

    /// A 64-bit FNV-1a hash of the keywords and their owners, in order: two lists with the same fingerprint build
    /// the same automaton.
    static func fingerprint(_ keywords: [(keyword: [UInt8], owner: Int)]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ b: UInt8) { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        for b in snapshotMagic { mix(b) }
        for (keyword, owner) in keywords {
            for b in keyword { mix(b) }
            mix(0xFF)
            withUnsafeBytes(of: Int64(owner).littleEndian) { for b in $0 { mix(b) } }
        }
        return h
    }
}

/// The automaton of the built-in rules, built when the rules were embedded (`scripts/embed-rules`) so a process
/// need not build it at start-up. It is used only for the exact keyword list it was built from (its fingerprint
/// says which); any other list, such as built-in rules folded with extra tables, builds its own.
enum AutomatonSnapshot {
    /// The embedded automaton when it was built from `keywords`.
    static func prefilter(for keywords: [(keyword: [UInt8], owner: Int)]) -> Prefilter? {
        guard EmbeddedSnapshot.fingerprint != 0, Prefilter.fingerprint(keywords) == EmbeddedSnapshot.fingerprint,
              let bytes = Base64.decode(EmbeddedSnapshot.automaton), let prefilter = Prefilter(serialized: bytes),
              prefilter.ownerBound == (keywords.map(\.owner).max() ?? -1) + 1
        else { return nil }
        return prefilter
    }

    /// The embedded automaton without a fingerprint check: only for the rules written with it (``RuleSet/loadBuiltin()``).
    static func embedded() -> Prefilter? {
        Base64.decode(EmbeddedSnapshot.automaton).flatMap(Prefilter.init(serialized:))
    }

    /// The fingerprint and Base64 text of the automaton for `keywords`, for the generated `EmbeddedSnapshot.swift`.
    static func generate(for keywords: [(keyword: [UInt8], owner: Int)]) -> (fingerprint: UInt64, base64: String) {
        (Prefilter.fingerprint(keywords), Base64.encode(Prefilter(keywords: keywords).serialized()))
    }
}

/// Base64 (RFC 4648, with padding, no line breaks) for the embedded snapshots (the rules and their automaton).
enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` as Base64 text.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = bytes[i], b1 = n > 1 ? bytes[i + 1] : 0, b2 = n > 2 ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(n > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(n > 2 ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each character's 6-bit value placed for the four positions of a group, or `invalid` for a non-Base64 character.
    static let tables: [[UInt32]] = (0 ..< 4).map { position in
        var table = [UInt32](repeating: invalid, count: 256)
        for (value, c) in alphabet.enumerated() { table[Int(c)] = UInt32(value) << UInt32(18 - 6 * position) }
        return table
    }
    /// The bit a table entry has when the character is not Base64 (never set by a valid group).
    static let invalid: UInt32 = 1 << 31

    /// The bytes `text` encodes, or nil when it is not Base64.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        // Every four characters make three bytes (fewer in the padded end). The embedded snapshots are megabytes
        // decoded at every start-up, so the groups before the last one are decoded without a branch.
        return text.withUTF8 { input -> [UInt8]? in
            guard input.count % 4 == 0 else { return nil }
            guard !input.isEmpty else { return [] }
            var padding = 0
            if input[input.count - 1] == UInt8(ascii: "=") { padding = input[input.count - 2] == UInt8(ascii: "=") ? 2 : 1 }
            let groups = input.count / 4
            let size = groups * 3 - padding
            var bad: UInt32 = 0
            let out = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                tables[0].withUnsafeBufferPointer { t0 in
                tables[1].withUnsafeBufferPointer { t1 in
                tables[2].withUnsafeBufferPointer { t2 in
                tables[3].withUnsafeBufferPointer { t3 in
                    var i = 0, o = 0
                    for _ in 0 ..< groups - 1 {
                        let n = t0[Int(input[i])] | t1[Int(input[i + 1])] | t2[Int(input[i + 2])] | t3[Int(input[i + 3])]
                        bad |= n
                        buffer[o] = UInt8(truncatingIfNeeded: n >> 16)
                        buffer[o + 1] = UInt8(truncatingIfNeeded: n >> 8)
                        buffer[o + 2] = UInt8(truncatingIfNeeded: n)
                        i += 4
                        o += 3
                    }
                    // The last group: "xx==" makes one byte, "xxx=" two, "xxxx" three.
                    let c = padding == 2 ? 0 : t2[Int(input[i + 2])]
                    let d = padding >= 1 ? 0 : t3[Int(input[i + 3])]
                    let n = t0[Int(input[i])] | t1[Int(input[i + 1])] | c | d
                    bad |= n
                    buffer[o] = UInt8(truncatingIfNeeded: n >> 16)
                    if padding < 2 { buffer[o + 1] = UInt8(truncatingIfNeeded: n >> 8) }
                    if padding < 1 { buffer[o + 2] = UInt8(truncatingIfNeeded: n) }
                }}}}
                count = size
            }
            return bad & invalid == 0 ? out : nil
        }
    }
}
