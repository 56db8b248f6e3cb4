/// A small, fast JSON writer for output: strings escaped as RFC 8259 requires, keys in the order given.
public struct JSONOut: Sendable {
    /// The JSON text written so far.
    public private(set) var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Appends `s` as a JSON string literal.
    public mutating func string(_ s: String) {
        text += "\""
        var plainStart = s.utf8.startIndex
        var index = plainStart
        let utf8 = s.utf8
        while index != utf8.endIndex {
            let b = utf8[index]
            if b == 0x22 || b == 0x5C || b < 0x20 {
                text += String(s[plainStart ..< index])
                switch b {
                case 0x22: text += "\\\""
                case 0x5C: text += "\\\\"
                case 0x0A: text += "\\n"
                case 0x0D: text += "\\r"
                case 0x09: text += "\\t"
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    text += "\\u00" + String(decoding: [hex[Int(b >> 4)], hex[Int(b & 0xF)]], as: UTF8.self)
                }
                index = utf8.index(after: index)
                plainStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        text += String(s[plainStart...])
        text += "\""
    }

    /// Appends raw JSON (a number, `true`, `null`, or an already-encoded value).
    public mutating func raw(_ json: String) { text += json }

    /// Appends an object whose members are written by `body` through the `member` function it is given.
    public mutating func object(_ body: (inout ObjectWriter) -> Void) {
        var writer = ObjectWriter()
        body(&writer)
        text += "{" + writer.out.text + "}"
    }

    /// Appends an array of `items`, each written by `body`.
    public mutating func array<T>(_ items: [T], _ body: (inout JSONOut, T) -> Void) {
        text += "["
        for (i, item) in items.enumerated() {
            if i > 0 { text += "," }
            body(&self, item)
        }
        text += "]"
    }

    /// Writes the members of one object.
    public struct ObjectWriter {
        var out = JSONOut()
        var first = true

        /// Writes `"key":` followed by the value `body` writes.
        public mutating func member(_ key: String, _ body: (inout JSONOut) -> Void) {
            if !first { out.raw(",") }
            first = false
            out.string(key)
            out.raw(":")
            body(&out)
        }

        /// Writes a string member.
        public mutating func member(_ key: String, string value: String) { member(key) { $0.string(value) } }
        /// Writes an integer member.
        public mutating func member(_ key: String, int value: Int) { member(key) { $0.raw(String(value)) } }
        /// Writes a boolean member.
        public mutating func member(_ key: String, bool value: Bool) { member(key) { $0.raw(value ? "true" : "false") } }
    }
}
