/// Structural problems in a Messages API request that lead to refusals or empty replies whatever the wording.
public enum RequestStructure {
    /// One problem, with the byte offset in the JSON text where it is (when known).
    public struct Problem: Sendable, Hashable {
        /// A stable id for the check.
        public let id: String
        /// What is wrong and what to do.
        public let message: String
        /// The byte offset in the JSON text.
        public let offset: Int?
    }

    /// The problems in a parsed request body.
    public static func problems(in json: JSONSource) -> [Problem] {
        guard let messages = json["messages"]?.arrayValue else { return [] }
        var problems: [Problem] = []
        func role(_ m: JSONSource) -> String? { m["role"]?.stringValue?.text }
        func offset(_ m: JSONSource) -> Int? { firstString(in: m)?.sourceOffsets.first.map { $0 - 1 } }
        func texts(_ m: JSONSource) -> [String] {
            if let s = m["content"]?.stringValue { return [s.text] }
            return (m["content"]?.arrayValue ?? []).compactMap { b in b["type"]?.stringValue?.text == "text" ? b["text"]?.stringValue?.text : nil }
        }
        func isEmpty(_ m: JSONSource) -> Bool {
            if let s = m["content"]?.stringValue { return s.bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D } }
            guard let blocks = m["content"]?.arrayValue else { return m["content"] == nil }
            return blocks.allSatisfy { b in b["type"]?.stringValue?.text == "text" && (b["text"]?.stringValue?.text.allSatisfy(\.isWhitespace) ?? true) }
        }
        for (i, m) in messages.enumerated() {
            if role(m) == "user", let blocks = m["content"]?.arrayValue {
                if let toolIndex = blocks.firstIndex(where: { $0["type"]?.stringValue?.text == "tool_result" }),
                   blocks[(toolIndex + 1)...].contains(where: { $0["type"]?.stringValue?.text == "text" }) {
                    problems.append(Problem(
                        id: "request.text-after-tool-result",
                        message: "text after a tool_result in the same user turn often gets an empty end_turn reply; put tool results first and the text in a turn of its own, or drop it",
                        offset: offset(m)))
                }
            }
            if role(m) == "user", i >= 2, role(messages[i - 1]) == "assistant", isEmpty(messages[i - 1]),
               role(messages[i - 2]) == "user", texts(messages[i - 2]) == texts(m), !texts(m).isEmpty {
                problems.append(Problem(
                    id: "request.resent-refused-turn",
                    message: "this user turn repeats the one before an empty assistant reply: resending a refused turn keeps getting refused; rephrase it (prompt-lint rewrite) or remove the refused exchange",
                    offset: offset(m)))
            }
        }
        if let last = messages.last, role(last) == "assistant", !isEmpty(last) {
            problems.append(Problem(
                id: "request.ends-with-assistant",
                message: "the request ends with an assistant turn: a finished reply sent back unchanged gets an empty end_turn; add a user turn (ignore this for a deliberate prefill)",
                offset: offset(last)))
        }
        return problems
    }

    static func firstString(in value: JSONSource) -> JSONString? {
        switch value {
        case .string(let s): return s
        case .object(let members):
            for (_, v) in members { if let s = firstString(in: v) { return s } }
            return nil
        case .array(let items):
            for v in items { if let s = firstString(in: v) { return s } }
            return nil
        default: return nil
        }
    }
}
