/// A one-pass literal prefilter (Aho–Corasick over bytes, ASCII case-insensitive) that tells which
/// rules have a keyword in the text, so only those rules run their patterns.
///
/// The automaton is stored the way fast multi-literal matchers store theirs: states near the root (where a
/// scan spends nearly all its time) have complete rows, one entry per byte class, so a step is one load; deeper
/// states keep only their own children and fall back along failure links. Building it is linear in the keywords'
/// total length plus the dense rows, which keeps process start-up short even with thousands of keywords.
struct Prefilter: Sendable {
    /// The automaton's tables in their in-memory layout (``layout(_:)``): compiled into the binary for the built-in
    /// rules, so a process uses them where they lie, or a private copy for an automaton built here.
    private let bytes: AutomatonBytes
    private let classCount: Int
    private let denseCount: Int           // states 0 ..< denseCount have complete rows in `dense`
    private let stateCount: Int
    // Byte offsets of the tables in `bytes`:
    private let classOf: Int              // byte → class (ASCII letters folded to lower case), 256 UInt8
    private let dense: Int                // state * classCount + class → next state | outputFlag, Int32
    private let sparseStart: Int          // state → start index in sparseClass/sparseNext; count = next start − start
    private let sparseClass: Int          // UInt8
    private let sparseNext: Int           // Int32
    private let fail: Int                 // state → failure state, Int32
    private let outputStart: Int          // state → start index in `outputs`; count = next start − start, Int32
    private let outputs: Int              // owner ids, Int32
    private let outputLengths: Int        // the keyword's length in bytes, per output, Int32
    /// One more than the largest owner id.
    let ownerBound: Int
    /// The fingerprint of the keyword list the automaton was built from (``fingerprint(_:)``).
    let keywordFingerprint: UInt64

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
        // A dense entry carries a flag when the state it leads to reports keywords, so the scan's common step is
        // one load and one test.
        for i in dense.indices where starts[Int(dense[i]) + 1] != starts[Int(dense[i])] { dense[i] |= Self.outputFlag }
        let layout = Self.layout(Tables(
            fingerprint: Self.fingerprint(keywords), classCount: classCount, denseCount: denseCount,
            ownerBound: (keywords.map(\.owner).max() ?? -1) + 1, classOf: classOf, dense: dense,
            sparseStart: sparseStart, sparseClass: sparseClass, sparseNext: sparseNext, fail: fail,
            outputStart: starts, outputs: outputs, outputLengths: lengths))
        // The tables were made above, so they pass the checks.
        self.init(checking: AutomatonBytes(copying: layout))!
    }

    /// Appends `(owner, start, end)` for every keyword occurrence in `text`, in text order of the keyword's end.
    func scan(_ text: UnsafeBufferPointer<UInt8>, occurrences: inout [(owner: Int32, start: Int32, end: Int32)]) {
        let base = bytes.base
        @inline(__always) func int32(_ table: Int, _ i: Int) -> Int32 {
            Int32(littleEndian: base.load(fromByteOffset: table &+ i &* 4, as: Int32.self))
        }
        @inline(__always) func byte(_ table: Int, _ i: Int) -> UInt8 { base.load(fromByteOffset: table &+ i, as: UInt8.self) }
        let (cls, d, os, ss, sc, sn, fl, out, lengths) = (classOf, dense, outputStart, sparseStart, sparseClass, sparseNext, fail, outputs, outputLengths)
        var state = 0
        let k = classCount, denseCount = denseCount
        var i = 0
        for b in text {
            let c = byte(cls, Int(b))
            var report = false
            while true {
                if state < denseCount {
                    let next = int32(d, state &* k &+ Int(c))
                    state = Int(next & ~Self.outputFlag)
                    report = next & Self.outputFlag != 0
                    break
                }
                var found = -1
                for j in Int(int32(ss, state)) ..< Int(int32(ss, state &+ 1)) where byte(sc, j) == c { found = Int(int32(sn, j)); break }
                if found >= 0 { state = found; report = int32(os, state) != int32(os, state &+ 1); break }
                state = Int(int32(fl, state))
            }
            if report {
                let s = int32(os, state), e = int32(os, state &+ 1)
                for j in Int(s) ..< Int(e) {
                    occurrences.append((int32(out, j), Int32(i + 1) - int32(lengths, j), Int32(i + 1)))
                }
            }
            i += 1
        }
    }
}

/// The bytes of an automaton's tables: static data compiled into the binary, or a copy owned here.
///
/// `@unchecked Sendable`: the bytes are never written after `init` (static data is read-only, and an owned copy
/// is made in `init` and only read afterwards), so any number of tasks may read them at once.
final class AutomatonBytes: @unchecked Sendable {
    /// The first byte (16-byte aligned).
    let base: UnsafeRawPointer
    /// The number of bytes.
    let count: Int
    private let owned: UnsafeMutableRawPointer?

    /// A private, aligned copy of `bytes`.
    init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        base = UnsafeRawPointer(memory)
        count = bytes.count
        owned = memory
    }

    /// Bytes that live as long as the process (the binary's own data), used where they lie.
    init(static buffer: UnsafeRawBufferPointer) {
        base = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 16)!
        count = buffer.count
        owned = nil
    }

    deinit { owned?.deallocate() }
}

// MARK: - The layout, and the copy built ahead of time

extension Prefilter {
    /// The bytes that begin an automaton's layout (and name its format).
    static let snapshotMagic: [UInt8] = Array("prompt-lint automaton 4\n".utf8)

    /// The parts of an automaton, as ``init(keywords:)`` makes them.
    struct Tables {
        var fingerprint: UInt64
        var classCount, denseCount, ownerBound: Int
        var classOf: [UInt8]
        var dense, sparseStart: [Int32]
        var sparseClass: [UInt8]
        var sparseNext, fail, outputStart, outputs, outputLengths: [Int32]
    }

    /// The header's fields after the magic, each a little-endian UInt64: a byte-order check, the keyword list's
    /// fingerprint, the class count, the dense state count, the owner bound, the state count, the sparse entry count
    /// and the output count.
    static let headerFields = 8
    static let byteOrderMark: UInt64 = 0x0102_0304_0506_0708

    /// The automaton's tables laid out as it uses them: the header, then `classOf`, `dense`, `sparseStart`,
    /// `sparseClass`, `sparseNext`, `fail`, `outputStart`, `outputs` and `outputLengths`, each little-endian and
    /// starting at a multiple of 8 bytes. The built-in rules' automaton is compiled into the binary in this form
    /// (`scripts/embed-rules`), so a process reads it where it lies instead of building or decoding it.
    static func layout(_ t: Tables) -> [UInt8] {
        var out = snapshotMagic
        func pad() { while out.count % 8 != 0 { out.append(0) } }
        func put64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func put(_ a: [Int32]) { for v in a { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }; pad() }
        pad()
        let stateCount = t.fail.count
        for v in [byteOrderMark, t.fingerprint, UInt64(t.classCount), UInt64(t.denseCount), UInt64(t.ownerBound),
                  UInt64(stateCount), UInt64(t.sparseClass.count), UInt64(t.outputs.count)] { put64(v) }
        out += t.classOf; pad()
        put(t.dense); put(t.sparseStart)
        out += t.sparseClass; pad()
        put(t.sparseNext); put(t.fail); put(t.outputStart); put(t.outputs); put(t.outputLengths)
        return out
    }

    /// The automaton's layout (``layout(_:)``), for the copy embedded in the binary and for tests.
    func serialized() -> [UInt8] { Array(UnsafeRawBufferPointer(start: bytes.base, count: bytes.count)) }

    /// Reads an automaton's layout (a copy is made); nil when `bytes` are not one.
    init?(serialized bytes: [UInt8]) { self.init(checking: AutomatonBytes(copying: bytes)) }

    /// The automaton `bytes` hold, after checking every table entry (sizes, states, classes, owners, lengths), so
    /// a scan can never read outside the tables; nil when they are not an automaton's layout (wrong format or byte
    /// order, truncated, or an entry out of range). The check reads each entry once: for the built-in automaton it
    /// is a fraction of a millisecond, and it does not trust even the binary's own data.
    init?(checking bytes: AutomatonBytes) {
        let base = bytes.base, total = bytes.count
        let magic = Self.snapshotMagic
        let headerEnd = (magic.count + 7) / 8 * 8 + Self.headerFields * 8
        guard total >= headerEnd,
              magic.indices.allSatisfy({ base.load(fromByteOffset: $0, as: UInt8.self) == magic[$0] }) else { return nil }
        func field(_ i: Int) -> UInt64 { UInt64(littleEndian: base.loadUnaligned(fromByteOffset: (magic.count + 7) / 8 * 8 + 8 * i, as: UInt64.self)) }
        let limit = UInt64(Int32.max)
        guard field(0) == Self.byteOrderMark, (1 ... 256).contains(field(2)), field(3) >= 1, field(3) <= field(5),
              field(4) <= limit, field(5) <= limit, field(6) <= limit, field(7) <= limit else { return nil }
        let k = Int(field(2)), denseCount = Int(field(3)), ownerBound = Int(field(4)), stateCount = Int(field(5))
        let sparseTotal = Int(field(6)), outputTotal = Int(field(7))
        var at = headerEnd
        var padding = [Range<Int>]()
        func table(_ size: Int) -> Int {
            defer { padding.append(at + size ..< at + (size + 7) / 8 * 8); at += (size + 7) / 8 * 8 }
            return at
        }
        let classOf = table(256), dense = table(4 * denseCount * k), sparseStart = table(4 * (stateCount + 1))
        let sparseClass = table(sparseTotal), sparseNext = table(4 * sparseTotal), fail = table(4 * stateCount)
        let outputStart = table(4 * (stateCount + 1)), outputs = table(4 * outputTotal), outputLengths = table(4 * outputTotal)
        guard at == total, Int(bitPattern: base) % 8 == 0 else { return nil }
        for range in padding { for i in range where base.load(fromByteOffset: i, as: UInt8.self) != 0 { return nil } }
        func int32(_ t: Int, _ i: Int) -> Int { Int(Int32(littleEndian: base.load(fromByteOffset: t + 4 * i, as: Int32.self))) }
        func byte(_ t: Int, _ i: Int) -> Int { Int(base.load(fromByteOffset: t + i, as: UInt8.self)) }
        // Classes, rows (a target state, perhaps flagged), sparse lists (ascending starts, in-range entries),
        // failure links (to an earlier state: breadth-first order), outputs (ascending starts, owners, lengths).
        for b in 0 ..< 256 where byte(classOf, b) >= k { return nil }
        for i in 0 ..< denseCount * k {
            let v = int32(dense, i) & ~Int(Self.outputFlag)
            guard v >= 0, v < stateCount else { return nil }
        }
        guard int32(sparseStart, 0) == 0, int32(sparseStart, stateCount) == sparseTotal else { return nil }
        for s in 0 ..< stateCount {
            let lo = int32(sparseStart, s), hi = int32(sparseStart, s + 1)
            guard lo >= 0, lo <= hi, hi <= sparseTotal else { return nil }
            let f = int32(fail, s)
            guard f >= 0, s == 0 ? f == 0 : f < s else { return nil }
            let a = int32(outputStart, s), z = int32(outputStart, s + 1)
            guard a >= 0, a <= z, z <= outputTotal else { return nil }
        }
        guard int32(outputStart, 0) == 0, int32(outputStart, stateCount) == outputTotal else { return nil }
        for j in 0 ..< sparseTotal {
            let next = int32(sparseNext, j)
            guard byte(sparseClass, j) < k, next > 0, next < stateCount else { return nil }
        }
        for j in 0 ..< outputTotal {
            let owner = int32(outputs, j), length = int32(outputLengths, j)
            guard owner >= 0, owner < ownerBound, length >= 1 else { return nil }
        }
        self.bytes = bytes
        self.classCount = k
        self.denseCount = denseCount
        self.stateCount = stateCount
        self.classOf = classOf
        self.dense = dense
        self.sparseStart = sparseStart
        self.sparseClass = sparseClass
        self.sparseNext = sparseNext
        self.fail = fail
        self.outputStart = outputStart
        self.outputs = outputs
        self.outputLengths = outputLengths
        self.ownerBound = ownerBound
        self.keywordFingerprint = field(1)
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

/// The automaton of the built-in rules, built when the rules were embedded (`scripts/embed-rules`) and compiled
/// into the binary in its in-memory layout, so a process need not build it at start-up. It is used only for the
/// exact keyword list it was built from (its fingerprint says which); any other list, such as built-in rules
/// folded with extra tables, builds its own.
enum AutomatonSnapshot {
    /// The embedded automaton when it was built from `keywords`.
    static func prefilter(for keywords: [(keyword: [UInt8], owner: Int)]) -> Prefilter? {
        guard let prefilter = embedded(), prefilter.keywordFingerprint == Prefilter.fingerprint(keywords),
              prefilter.ownerBound == (keywords.map(\.owner).max() ?? -1) + 1
        else { return nil }
        return prefilter
    }

    /// The embedded automaton without a fingerprint check: only for the rules written with it (``RuleSet/loadBuiltin()``).
    static func embedded() -> Prefilter? {
        Prefilter(checking: AutomatonBytes(static: EmbeddedData.automaton))
    }

    /// The layout of the automaton for `keywords`, for the embedded copy.
    static func generate(for keywords: [(keyword: [UInt8], owner: Int)]) -> [UInt8] {
        Prefilter(keywords: keywords).serialized()
    }
}
