/// A one-pass literal prefilter (Aho–Corasick over bytes, ASCII case-insensitive) that tells which
/// rules have a keyword in the text, so only those rules run their patterns.
struct Prefilter: Sendable {
    private let classOf: [UInt8]          // byte → class (ASCII letters folded to lower case)
    private let classCount: Int
    private let transitions: [Int32]      // state * classCount + class → next state
    private let outputStart: [Int32]      // state → start index in `outputs`; count = next start − start
    private let outputs: [Int32]          // rule indices
    private let outputLengths: [Int32]    // the keyword's length in bytes, per output
    /// The number of automaton states.
    let stateCount: Int

    /// Builds the automaton for `keywords[i]` → rule `owners[i]`.
    init(keywords: [(keyword: [UInt8], owner: Int)]) {
        // Byte classes: every byte that occurs in a keyword gets its own class; the rest share class 0.
        var classOf = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        var overflow = false
        for (keyword, _) in keywords {
            for b in keyword where classOf[Int(b)] == 0 {
                if next == 255 { overflow = true; break }
                classOf[Int(b)] = next
                next += 1
            }
        }
        if overflow {  // more than 254 distinct bytes: fall back to the identity map
            for i in 0 ..< 256 { classOf[i] = UInt8(i) }
            next = 255
        }
        for upper in UInt8(65) ... 90 { classOf[Int(upper)] = classOf[Int(upper + 32)] }
        let classCount = overflow ? 256 : Int(next)

        // Trie, stored flat: row `state` is transitions[state * classCount ..< (state + 1) * classCount].
        var goto = [Int32](repeating: -1, count: classCount)
        var out: [[Int64]] = [[]]  // owner << 32 | keyword length
        var stateCount = 1
        for (keyword, owner) in keywords where !keyword.isEmpty {
            var state = 0
            for b in keyword {
                let c = Int(classOf[Int(b)])
                if goto[state * classCount + c] < 0 {
                    goto[state * classCount + c] = Int32(stateCount)
                    goto.append(contentsOf: repeatElement(-1, count: classCount))
                    out.append([])
                    stateCount += 1
                }
                state = Int(goto[state * classCount + c])
            }
            let entry = Int64(owner) << 32 | Int64(keyword.count)
            if !out[state].contains(entry) { out[state].append(entry) }
        }
        // Breadth-first failure links, folded into a complete DFA.
        var fail = [Int](repeating: 0, count: stateCount)
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        for c in 0 ..< classCount {
            if goto[c] < 0 { goto[c] = 0 } else { queue.append(Int(goto[c])) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]; head += 1
            let failRow = fail[state] * classCount
            for c in 0 ..< classCount {
                let child = goto[state * classCount + c]
                if child < 0 {
                    goto[state * classCount + c] = goto[failRow + c]
                } else {
                    let f = Int(goto[failRow + c])
                    fail[Int(child)] = f
                    if !out[f].isEmpty {
                        for o in out[f] where !out[Int(child)].contains(o) { out[Int(child)].append(o) }
                    }
                    queue.append(Int(child))
                }
            }
        }
        var starts = [Int32](); starts.reserveCapacity(stateCount + 1)
        var outputs = [Int32]()
        var lengths = [Int32]()
        for o in out {
            starts.append(Int32(outputs.count))
            for entry in o {
                outputs.append(Int32(entry >> 32))
                lengths.append(Int32(truncatingIfNeeded: entry))
            }
        }
        starts.append(Int32(outputs.count))
        self.outputLengths = lengths
        let flat = goto
        self.classOf = classOf
        self.classCount = classCount
        self.transitions = flat
        self.outputStart = starts
        self.outputs = outputs
        self.stateCount = stateCount
    }

    /// Appends `(rule, start)` for every keyword occurrence in `text`, in text order of the keyword's end.
    func scan(_ text: UnsafeBufferPointer<UInt8>, occurrences: inout [(rule: Int32, start: Int32)]) {
        transitions.withUnsafeBufferPointer { t in
            classOf.withUnsafeBufferPointer { cls in
                outputStart.withUnsafeBufferPointer { os in
                    var state = 0
                    let k = classCount
                    var i = 0
                    for b in text {
                        state = Int(t[state &* k &+ Int(cls[Int(b)])])
                        let s = os[state], e = os[state &+ 1]
                        if s != e {
                            for j in Int(s) ..< Int(e) {
                                occurrences.append((outputs[j], Int32(i + 1) - outputLengths[j]))
                            }
                        }
                        i += 1
                    }
                }
            }
        }
    }
}
