// prompt-lint-send: `prompt-lint send` — assess a prompt, send it to the Messages API, and recover from refusals.
// A separate binary so the lint path never links the HTTP client; `prompt-lint send` runs it.
import ArgumentParser
import Foundation
import PromptLintClient
import PromptLintCore

struct Send: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt-lint send",
        abstract: "Assess a prompt, send it to the Messages API, and on a refusal rewrite and resend it (smart retry).",
        discussion: """
        The key comes from ANTHROPIC_API_KEY and is never printed or logged. Plain http:// is refused except to \
        loopback. Exit status: 0 answered, 1 refused (harmful intent, attempts used up, or nothing left to rewrite), \
        2 for usage, input, network or API errors.
        """
    )

    @Argument(help: "A prompt file or a Messages API request (.json), or '-' for standard input.") var input: String = "-"
    @Option(help: "The model (required for a plain prompt; overrides a request file's model).") var model: String?
    @Option(help: "A model to switch to after a refusal, kept for the rest of the conversation.") var fallbackModel: String?
    @Option(help: "The most attempts, the first included.") var maxAttempts: Int = 4
    @Option(help: "max_tokens for a plain prompt.") var maxTokens: Int = 1024
    @Flag(help: "Stream the reply (server-sent events).") var stream = false
    @Option(help: "The API base URL (default: ANTHROPIC_BASE_URL, else https://api.anthropic.com).") var baseURL: String?
    @Option(help: "2023-06-01 (x-api-key) or 2026-10-21 (Authorization: Bearer).") var apiVersion: String = "2023-06-01"
    @Option(help: "Append one JSON line per attempt to this refusal log.") var log: String?
    @Flag(help: "Include prompt text in the refusal log.") var logPrompts = false
    @Flag(help: "Also treat replies that open with a written refusal as refusals.") var detectTextRefusals = false
    @Option(help: "Output: text or json.") var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format) else { throw ValidationError("--format is text or json") }
        guard APIVersion(rawValue: apiVersion) != nil else { throw ValidationError("--api-version is 2023-06-01 or 2026-10-21") }
        guard maxAttempts >= 1 else { throw ValidationError("--max-attempts must be at least 1") }
    }

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("prompt-lint send: error: \(message)\n".utf8))
        return ExitCode(2)
    }

    /// Whether `url` may be used: https anywhere, http only to loopback.
    static func allowed(_ url: String) -> Bool {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), let host = u.host?.lowercased() else { return false }
        if scheme == "https" { return true }
        guard scheme == "http" else { return false }
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    mutating func run() async throws { try await execute() }

    func execute() async throws {
        let env = ProcessInfo.processInfo.environment
        guard let key = env["ANTHROPIC_API_KEY"], !key.isEmpty else { throw fail("set ANTHROPIC_API_KEY") }
        let base = baseURL ?? env["ANTHROPIC_BASE_URL"] ?? "https://api.anthropic.com"
        guard Self.allowed(base) else {
            throw fail("\(base): only https:// URLs, or http:// to loopback (127.0.0.1, localhost, ::1), are allowed")
        }
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: input) else { throw fail("\(input): cannot read") }
            data = d
        }
        var request: MessageRequest
        let trimmed = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if input.hasSuffix(".json") || trimmed.first == UInt8(ascii: "{") {
            do { request = try JSONDecoder().decode(MessageRequest.self, from: data) } catch {
                throw fail("\(input): not a Messages API request: \(error)")
            }
            // prompt-lint's own suppression key never reaches the model.
            request.extra["prompt-lint"] = nil
            if let model { request.model = model }
            if stream { request.stream = true }
        } else {
            guard let model else { throw fail("a plain prompt needs --model") }
            guard let text = String(data: data, encoding: .utf8) else { throw fail("\(input): not valid UTF-8") }
            request = MessageRequest(model: model, maxTokens: maxTokens, messages: [.user(text)], stream: stream ? true : nil)
        }
        let version = APIVersion(rawValue: apiVersion)!
        let authentication: Authentication = version == .v2023_06_01 ? .apiKey(APIKey(key)) : .bearer(APIKey(key))
        let configuration = MessagesClient.Configuration(baseURL: base, authentication: authentication)
        let refusalLog: RefusalLog?
        if let log {
            do { refusalLog = RefusalLog(sink: try JSONLinesRefusalLog(path: log), includePrompts: logPrompts) } catch {
                throw fail("\(log): \(error)")
            }
        } else {
            refusalLog = nil
        }
        let options = SmartRetry.Options(maxAttempts: maxAttempts, fallbackModel: fallbackModel, detectTextRefusals: detectTextRefusals, refusalLog: refusalLog)
        let rewriter = Rewriter(linter: try RefusalPreventionHelper().linter)
        let printing = format == "text"
        let outcome: SmartRetryOutcome
        do {
            // Streamed text is not printed as it arrives: a refusal can come mid-stream, and the text of a refused
            // attempt must never reach the output. The answer is printed once the last attempt is known.
            outcome = try await SmartRetry.send(request, configuration: configuration, rewriter: rewriter, options: options) { event in
                if printing, case .discarded(let attempt, _) = event {
                    FileHandle.standardError.write(Data("attempt \(attempt) was refused; its text is discarded\n".utf8))
                }
            }
        } catch {
            throw fail("\(error)")
        }
        if printing {
            if case .answered = outcome.status {
                let text = outcome.response.content.compactMap { block -> String? in
                    if case .text(let t) = block { return t.text }
                    return nil
                }.joined()
                FileHandle.standardOutput.write(Data((text + "\n").utf8))
            }
            FileHandle.standardError.write(Data((outcome.report.hasSuffix("\n") ? outcome.report : outcome.report + "\n").utf8))
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var out = JSONOut()
            out.object { o in
                switch outcome.status {
                case .answered: o.member("status", string: "answered")
                case .refused(let why): o.member("status", string: "refused"); o.member("stop", string: why.rawValue)
                }
                o.member("model", string: outcome.model)
                o.member("attempts") { $0.array(outcome.attempts) { out, a in
                    out.object { o in
                        o.member("number", int: a.number)
                        o.member("model", string: a.model)
                        o.member("level", string: a.level.map { "\($0)" } ?? "original")
                        o.member("score_before", int: a.scoreBefore)
                        o.member("score_after", int: a.scoreAfter)
                        o.member("stop_reason", string: a.stopReason.map { "\($0)" } ?? "")
                        if let c = a.refusalCategory { o.member("refusal_category", string: c) }
                        o.member("refused", bool: a.refused)
                        o.member("rules") { $0.array(a.ruleIDs) { $0.string($1) } }
                    }
                } }
                if let response = try? encoder.encode(outcome.response) {
                    o.member("response") { $0.raw(String(decoding: response, as: UTF8.self)) }
                }
            }
            FileHandle.standardOutput.write(Data((out.text + "\n").utf8))
        }
        if case .refused = outcome.status { throw ExitCode(1) }
    }
}

// Parse and run explicitly: the synchronous `main()` overload would be chosen here and refuse to run an async command.
do {
    let command = try Send.parse()
    try await command.execute()
    Send.exit()
} catch {
    if Send.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((Send.fullMessage(for: error) + "\n").utf8))
        Send.exit(withError: ExitCode(2))
    }
    Send.exit(withError: error)
}
