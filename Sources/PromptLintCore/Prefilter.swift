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
    /// The number of automaton states.
    let stateCount: Int
    /// One more than the largest owner id.
    let ownerBound: Int

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

        // The trie, with each state's children as (class, child) lists, states numbered breadth-first so the
        // dense states are 0 ..< denseCount.
        var children: [[(UInt8, Int32)]] = [[]]
        var depth: [Int] = [0]
        var out: [[Int64]] = [[]]  // owner << 32 | keyword length
        for (keyword, owner) in keywords where !keyword.isEmpty {
            var state = 0
            for b in keyword {
                let c = classOf[Int(b)]
                if let child = children[state].first(where: { $0.0 == c }) {
                    state = Int(child.1)
                } else {
                    let new = children.count
                    children.append([])
                    depth.append(depth[state] + 1)
                    out.append([])
                    children[state].append((c, Int32(new)))
                    state = new
                }
            }
            let entry = Int64(owner) << 32 | Int64(keyword.count)
            if !out[state].contains(entry) { out[state].append(entry) }
        }
        // Renumber breadth-first.
        var order = [0]
        order.reserveCapacity(children.count)
        var head = 0
        while head < order.count {
            for (_, child) in children[order[head]] { order.append(Int(child)) }
            head += 1
        }
        var number = [Int32](repeating: 0, count: children.count)
        for (i, s) in order.enumerated() { number[s] = Int32(i) }
        let stateCount = order.count
        var kids: [[(UInt8, Int32)]] = order.map { s in children[s].map { ($0.0, number[Int($0.1)]) } }
        var outs: [[Int64]] = order.map { out[$0] }
        let depths = order.map { depth[$0] }
        let denseCount = depths.firstIndex { $0 > Self.denseDepth } ?? stateCount
        children = []
        out = []

        // Failure links and complete rows for the dense states, breadth-first (a state's failure is shallower).
        var dense = [Int32](repeating: 0, count: denseCount * classCount)
        var fail = [Int32](repeating: 0, count: stateCount)
        func step(_ from: Int, _ c: UInt8) -> Int32 {
            var s = from
            while true {
                if s < denseCount { return dense[s * classCount + Int(c)] }
                if let child = kids[s].first(where: { $0.0 == c }) { return child.1 }
                s = Int(fail[s])
            }
        }
        for (c, child) in kids[0] { dense[Int(c)] = child }
        for s in 0 ..< stateCount {
            if s > 0, s < denseCount {
                // Complete row: own children, else the failure state's transition.
                let f = Int(fail[s])
                for c in 0 ..< classCount { dense[s * classCount + c] = dense[f * classCount + c] }
                for (c, child) in kids[s] { dense[s * classCount + Int(c)] = child }
            }
            for (c, child) in kids[s] {
                let f = s == 0 ? 0 : Int(step(Int(fail[s]), c))
                fail[Int(child)] = Int32(f)
                for o in outs[f] where !outs[Int(child)].contains(o) { outs[Int(child)].append(o) }
            }
        }
        kids = kids.map { $0.sorted { $0.0 < $1.0 } }

        var sparseStart = [Int32](); sparseStart.reserveCapacity(stateCount + 1)
        var sparseClass = [UInt8](), sparseNext = [Int32]()
        for s in 0 ..< stateCount {
            sparseStart.append(Int32(sparseClass.count))
            if s >= denseCount {
                for (c, child) in kids[s] { sparseClass.append(c); sparseNext.append(child) }
            }
        }
        sparseStart.append(Int32(sparseClass.count))
        var starts = [Int32](); starts.reserveCapacity(stateCount + 1)
        var outputs = [Int32](), lengths = [Int32]()
        for o in outs {
            starts.append(Int32(outputs.count))
            for entry in o {
                outputs.append(Int32(entry >> 32))
                lengths.append(Int32(truncatingIfNeeded: entry))
            }
        }
        starts.append(Int32(outputs.count))
        self.classOf = classOf
        self.classCount = classCount
        self.denseCount = denseCount
        self.dense = dense
        self.sparseStart = sparseStart
        self.sparseClass = sparseClass
        self.sparseNext = sparseNext
        self.fail = fail
        self.outputStart = starts
        self.outputs = outputs
        self.outputLengths = lengths
        self.stateCount = stateCount
        self.ownerBound = (keywords.map(\.owner).max() ?? -1) + 1
    }

    /// Appends `(owner, start)` for every keyword occurrence in `text`, in text order of the keyword's end.
    func scan(_ text: UnsafeBufferPointer<UInt8>, occurrences: inout [(rule: Int32, start: Int32)]) {
        dense.withUnsafeBufferPointer { d in
        classOf.withUnsafeBufferPointer { cls in
        outputStart.withUnsafeBufferPointer { os in
        sparseStart.withUnsafeBufferPointer { ss in
        sparseClass.withUnsafeBufferPointer { sc in
        sparseNext.withUnsafeBufferPointer { sn in
        fail.withUnsafeBufferPointer { fl in
            var state = 0
            let k = classCount, denseCount = denseCount
            var i = 0
            for b in text {
                let c = cls[Int(b)]
                while true {
                    if state < denseCount { state = Int(d[state &* k &+ Int(c)]); break }
                    var found = -1
                    for j in Int(ss[state]) ..< Int(ss[state &+ 1]) where sc[j] == c { found = Int(sn[j]); break }
                    if found >= 0 { state = found; break }
                    state = Int(fl[state])
                }
                let s = os[state], e = os[state &+ 1]
                if s != e {
                    for j in Int(s) ..< Int(e) {
                        occurrences.append((outputs[j], Int32(i + 1) - outputLengths[j]))
                    }
                }
                i += 1
            }
        }}}}}}}
    }
}
