import PromptLintCore

/// A JSON value built for output, written as Foundation's `JSONSerialization` wrote this command line's documents
/// (options `.sortedKeys` and `.withoutEscapingSlashes`, and `.prettyPrinted` on request), byte for byte.
///
/// Strings escape `"`, `\`, the C0 controls (`\b`, `\t`, `\n`, `\f`, `\r` by name, others as lower-case `\u00xx`) and
/// nothing else; whole doubles lose their `.0` and others print as Swift's `description` (`0.84`, `1e-05`); object
/// keys come in ``keyPrecedes(_:_:)`` order; pretty output indents by two spaces, writes `"key" : value`, and an
/// empty array or object as its brackets around an empty line.
enum JSONNode: Sendable, Equatable {
    /// A string.
    case string(String)
    /// An integer.
    case int(Int)
    /// A double; a NaN or an infinity makes the whole document unwritable, as JSONSerialization threw for them.
    case double(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// An array.
    case array([JSONNode])
    /// An object, written with its keys sorted.
    case object([String: JSONNode])

    /// The JSON text; nil when a double in it is not finite.
    func serialized(pretty: Bool = false) -> String? {
        var out: [UInt8] = []
        guard write(into: &out, pretty: pretty, indent: 0) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int) -> Bool {
        switch self {
        case .string(let s): Self.writeString(s, into: &out)
        case .int(let n): out += String(n).utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .double(let d):
            guard d.isFinite else { return false }
            var text = d.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            out += text.utf8
        case .array(let items):
            out.append(UInt8(ascii: "["))
            if pretty { out.append(0x0A) }
            for (i, item) in items.enumerated() {
                if i > 0 { out += pretty ? [UInt8(ascii: ","), 0x0A] : [UInt8(ascii: ",")] }
                if pretty { out += repeatElement(UInt8(ascii: " "), count: indent + 2) }
                guard item.write(into: &out, pretty: pretty, indent: indent + 2) else { return false }
            }
            if pretty {
                out.append(0x0A)
                out += repeatElement(UInt8(ascii: " "), count: indent)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            if pretty { out.append(0x0A) }
            for (i, (key, value)) in members.sorted(by: { Self.keyPrecedes($0.key, $1.key) }).enumerated() {
                if i > 0 { out += pretty ? [UInt8(ascii: ","), 0x0A] : [UInt8(ascii: ",")] }
                if pretty { out += repeatElement(UInt8(ascii: " "), count: indent + 2) }
                Self.writeString(key, into: &out)
                out += pretty ? Array(" : ".utf8) : [UInt8(ascii: ":")]
                guard value.write(into: &out, pretty: pretty, indent: indent + 2) else { return false }
            }
            if pretty {
                out.append(0x0A)
                out += repeatElement(UInt8(ascii: " "), count: indent)
            }
            out.append(UInt8(ascii: "}"))
        }
        return true
    }

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out += [0x5C, UInt8(ascii: "\"")]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0 ..< 0x20: out += Array("\\u00".utf8) + Array(Formatted.hex(UInt32(b), digits: 2, uppercase: false).utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether object key `a` sorts before `b` as JSONSerialization's `.sortedKeys` sorted them: a comparison with
    /// the options numeric, case-insensitive and forced ordering, which collates as ICU's root locale does.
    ///
    /// For keys of printable ASCII that means: punctuation first (in the order `_ - , ; : ! ? . ' " ( ) [ ] { } @ *
    /// / \ & # % \` ^ + < = > | ~ $`), then runs of digits by their value, then letters ignoring case; when that ties,
    /// the first difference in case puts lower case first, then fewer leading zeros first, then code points decide.
    /// Other characters sort after letters, by code point.
    static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        let x = CollationKey(a), y = CollationKey(b)
        if x.primary != y.primary { return x.primary.lexicographicallyPrecedes(y.primary) }
        if x.cases != y.cases { return x.cases.lexicographicallyPrecedes(y.cases) }
        if x.zeros != y.zeros { return x.zeros.lexicographicallyPrecedes(y.zeros) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// The weights ``keyPrecedes(_:_:)`` compares, level by level.
    private struct CollationKey {
        /// One weight per character or run of digits.
        var primary: [Weight] = []
        /// 0 for a lower-case letter or any other character, 1 for an upper-case letter.
        var cases: [UInt8] = []
        /// The leading zeros of each run of digits.
        var zeros: [Int] = []

        /// A primary weight: its group (controls, punctuation, digits, letters, the rest), then its rank in the group.
        struct Weight: Comparable {
            var group: Int
            var rank: UInt32 = 0
            /// A digit run's digits without leading zeros, compared as a number.
            var digits: [UInt8] = []

            static func < (a: Weight, b: Weight) -> Bool {
                if a.group != b.group { return a.group < b.group }
                if a.digits.count != b.digits.count { return a.digits.count < b.digits.count }
                if a.digits != b.digits { return a.digits.lexicographicallyPrecedes(b.digits) }
                return a.rank < b.rank
            }
        }

        static let punctuation = Array("\t\n _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".utf8)

        init(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            var i = 0
            while i < scalars.count {
                let v = scalars[i].value
                var weight = Weight(group: 4, rank: v)
                var upper: UInt8 = 0
                switch v {
                case 0x30 ... 0x39:
                    var j = i
                    while j < scalars.count, (0x30 ... 0x39).contains(scalars[j].value) { j += 1 }
                    let run = scalars[i ..< j].map { UInt8($0.value) }
                    let significant = Array(run.drop { $0 == UInt8(ascii: "0") })
                    zeros.append(run.count - significant.count)
                    weight = Weight(group: 2, digits: significant)
                    i = j - 1
                case 0x41 ... 0x5A: weight = Weight(group: 3, rank: v + 0x20); upper = 1
                case 0x61 ... 0x7A: weight = Weight(group: 3, rank: v)
                case 0 ..< 0x80:
                    if let rank = Self.punctuation.firstIndex(of: UInt8(v)) {
                        weight = Weight(group: 1, rank: UInt32(rank))
                    } else {
                        weight = Weight(group: 0, rank: v)
                    }
                default: break
                }
                primary.append(weight)
                cases.append(upper)
                i += 1
            }
        }
    }
}

extension JSONNode: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A string literal.
    init(stringLiteral value: String) { self = .string(value) }
    /// An integer literal.
    init(integerLiteral value: Int) { self = .int(value) }
    /// `true` or `false`.
    init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An array literal.
    init(arrayLiteral elements: JSONNode...) { self = .array(elements) }
    /// A dictionary literal (a later duplicate key wins).
    init(dictionaryLiteral elements: (String, JSONNode)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// One line of a JSON Lines file read as the `eval` and `stats` commands read it with JSONSerialization: an object
/// in strict JSON (valid UTF-8, JSON's number grammar), a repeated key meaning its last value.
struct JSONRow {
    private let members: [(key: String, value: JSONSource)]

    /// The object on `line`; nil when the line is not one JSON object.
    init?(_ line: some Collection<UInt8>) {
        let bytes = Array(line)
        guard String(validating: bytes, as: UTF8.self) != nil,
              let value = try? JSONSource.parse(bytes), case .object(let members) = value,
              Self.numbersAreStrict(value)
        else { return nil }
        self.members = members
    }

    private func member(_ key: String) -> JSONSource? { members.last { $0.key == key }?.value }

    /// The string at `key`.
    func string(_ key: String) -> String? { member(key)?.stringValue?.text }

    /// The integer at `key`: a number with an integral value that fits in `Int` (`1.0` and `2e2` too), or a
    /// boolean as 1 or 0, which is what `as? Int` gave for JSONSerialization's numbers.
    func int(_ key: String) -> Int? {
        switch member(key) {
        case .number(let text)?:
            if let n = Int(text) { return n }
            guard let d = Double(text), d.rounded() == d, d >= -0x1p63, d < 0x1p63 else { return nil }
            return Int(d)
        case .bool(let b)?: return b ? 1 : 0
        default: return nil
        }
    }

    /// The array of strings at `key`; nil when it is not an array or holds anything but strings.
    func strings(_ key: String) -> [String]? {
        guard let items = member(key)?.arrayValue else { return nil }
        var out: [String] = []
        for item in items {
            guard let s = item.stringValue?.text else { return nil }
            out.append(s)
        }
        return out
    }

    /// Whether every number in `value` follows JSON's grammar (JSONSource's scanner accepts `01`, `1.` or `1-2`).
    private static func numbersAreStrict(_ value: JSONSource) -> Bool {
        switch value {
        case .number(let text): return isJSONNumber(Array(text.utf8))
        case .array(let items): return items.allSatisfy(numbersAreStrict)
        case .object(let members): return members.allSatisfy { numbersAreStrict($0.value) }
        default: return true
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    static func isJSONNumber(_ s: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < s.count, (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(s[i]) { i += 1 }
            return i - start
        }
        if i < s.count, s[i] == UInt8(ascii: "-") { i += 1 }
        if i < s.count, s[i] == UInt8(ascii: "0") {
            i += 1
        } else if digits() == 0 {
            return false
        }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return false }
        }
        if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { return false }
        }
        return i == s.count
    }
}
