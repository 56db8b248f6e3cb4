/// Static checks on a pattern's source that warn about likely catastrophic backtracking.
public enum PatternCheck {
    /// The character offsets of groups that repeat an unbounded quantifier without bound, like `(a+)+` or `(\w+\s?)*`.
    ///
    /// A heuristic: it looks for a group containing `+`, `*` or `{n,}` that is itself followed by one of them.
    public static func nestedQuantifiers(in source: String) -> [Int] {
        let chars = Array(source.unicodeScalars)
        var stack: [(start: Int, unbounded: Bool)] = []
        var found: [Int] = []
        var i = 0
        var inClass = false
        func unboundedQuantifier(at j: Int) -> Int? {
            guard j < chars.count else { return nil }
            if chars[j] == "+" || chars[j] == "*" { return 1 }
            if chars[j] == "{" {
                var k = j + 1
                while k < chars.count, ("0" ... "9").contains(chars[k]) { k += 1 }
                if k > j + 1, k + 1 < chars.count, chars[k] == ",", chars[k + 1] == "}" { return k + 2 - j }
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\\" { i += 2; continue }
            if inClass {
                if c == "]" { inClass = false }
                i += 1
                continue
            }
            switch c {
            case "[":
                inClass = true
                if i + 1 < chars.count, chars[i + 1] == "]" { i += 1 }
            case "(":
                stack.append((i, false))
            case ")":
                guard let group = stack.popLast() else { break }
                if group.unbounded, unboundedQuantifier(at: i + 1) != nil { found.append(group.start) }
                if !stack.isEmpty, group.unbounded || unboundedQuantifier(at: i + 1) != nil { stack[stack.count - 1].unbounded = true }
            default:
                if unboundedQuantifier(at: i) != nil, !stack.isEmpty { stack[stack.count - 1].unbounded = true }
            }
            i += 1
        }
        return found
    }
}
