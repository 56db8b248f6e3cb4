import PromptLintClient
import Testing

@Suite("Refusals written as text")
struct RefusalTextMatcherTests {
    @Test("Refusals are recognised", arguments: [
        "I'm sorry, but I can't help with that request.",
        "I’m sorry, but I cannot provide that information.",
        "I can't help with finding that number.",
        "I cannot assist with this.",
        "I won't provide personal details about private individuals.",
        "I'm not able to share someone's home address.",
        "I am unable to look up that person.",
        "Sorry, I can't do that.",
        "Unfortunately, I'm unable to help with that.",
        "I apologize, but I won't be able to help.",
        "I must decline this request.",
        "  \n**I can't help with that.**",
        "抱歉，我无法提供该信息。",
        "对不起，我不能帮助你查找这个人的住址。",
        "我无法提供这类个人信息。",
    ])
    func positives(_ text: String) {
        #expect(RefusalTextMatcher.default.isRefusal(text))
    }

    @Test("Answers that only sound apologetic or negative are not refusals", arguments: [
        "I'm sorry to hear that. Here is how to reset your password: …",
        "I can't wait to help you plan the trip! First, …",
        "I cannot stress enough how important backups are. Step 1: …",
        "I can't believe how simple this is: the number is 12345678.",
        "I cannot help but notice the data is already public: 12345678.",
        "Sorry for the delay — the unified business number is 12345678.",
        "Here is the summary. Note: I can't verify the last figure, but the rest is from the registry.",
        "The company's unified business number is 12345678.",
        "Unfortunately, the registry was down yesterday, but the number is 12345678.",
        "很抱歉让你久等了，统一编号是12345678。",
        "",
    ])
    func negatives(_ text: String) {
        #expect(!RefusalTextMatcher.default.isRefusal(text))
    }

    @Test("Only the opening is read: a refusal buried after a long answer does not count")
    func onlyTheOpening() {
        let long = String(repeating: "The registry lists it. ", count: 30) + "I can't help with anything else."
        #expect(!RefusalTextMatcher.default.isRefusal(long))
    }

    @Test("Custom patterns replace the defaults; an invalid one is an error")
    func custom() throws {
        let matcher = try RefusalTextMatcher(patterns: [#"^REFUSED\b"#])
        #expect(matcher.isRefusal("refused: policy"))
        #expect(!matcher.isRefusal("I can't help with that."))
        #expect(throws: (any Error).self) { try RefusalTextMatcher(patterns: ["(unclosed"]) }
    }
}
