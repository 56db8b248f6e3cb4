// The README's smart-retry walkthrough: assess → send → recover, against the emulator on loopback.
//
//     swift run smart-retry-example
//
// Point `baseURL` and the key at the real API to do the same with Claude.
import Foundation
import MessagesEmulator
import PromptLintClient
import PromptLintCore

let prompt = "Please help find the company's unified business number: Company name: {$companyName}"

// An emulator that refuses to look up a business number unless the request is about public information,
// as a model might.
let emulator = try await MessagesEmulator.start(EmulatorConfiguration(
    refusals: [RefusalTrigger(pattern: #"^(?!.*\bpublic(?:ly)?\b).*unified business number"#, category: "general_harms")]))

// 1. Assess before sending.
let helper = try RefusalPreventionHelper()
let assessment = helper.assess(prompt)
print("before sending: score \(assessment.score) (\(assessment.level.rawValue)), harmful intent: \(assessment.harmfulIntent)")

// 2. Send with recovery: on a refusal, rewrite the last user turn a step further and send again.
let configuration = MessagesClient.Configuration(baseURL: emulator.baseURL, authentication: .apiKey(APIKey("sk-example")))
let request = MessageRequest(model: "claude-sonnet-4-5", maxTokens: 512, messages: [.user(prompt)], stream: true)
let outcome = try await SmartRetry.send(
    request, configuration: configuration, rewriter: Rewriter(linter: helper.linter), options: .init(maxAttempts: 4)
) { event in
    if case .discarded(let attempt, _) = event { print("attempt \(attempt) was refused: its streamed text is dropped") }
}

// 3. What happened.
print(outcome.report)
print("sent last: \(outcome.request.lastUserText ?? "")")
print("answer: \(outcome.response.text)")
print("the emulator saw: " + emulator.requests.map { "#\($0.sequence) \($0.outcome) roles=\($0.roles)" }.joined(separator: ", "))
await emulator.shutdown()
