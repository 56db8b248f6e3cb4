public import PromptLintCore

/// One attempt of a ``SmartRetry`` send, as reported to the caller.
public struct SmartRetryAttempt: Sendable, Hashable {
    /// The attempt number, from 1.
    public var number: Int
    /// The model asked.
    public var model: String
    /// The rewrite level of the last user turn sent; `nil` for the prompt as written.
    public var level: RewriteLevel?
    /// The last user turn as sent.
    public var prompt: String
    /// The original prompt's score.
    public var scoreBefore: Int
    /// The score of the prompt sent.
    public var scoreAfter: Int
    /// The rules that fired on the prompt sent.
    public var ruleIDs: [String]
    /// How the reply ended.
    public var stopReason: StopReason?
    /// `stop_details.category`, when given.
    public var refusalCategory: String?
    /// Whether the reply was refused (by stop reason, or as text when text detection is on).
    public var refused: Bool
    /// Whether the refusal was recognised in the text of an otherwise normal reply.
    public var refusedAsText: Bool
}

/// Why a ``SmartRetry`` send gave up on a refused prompt.
public enum SmartRetryStop: String, Sendable, Hashable, Codable {
    /// prompt-lint found harmful intent: such prompts are never rewritten or retried.
    case harmfulIntent = "harmful-intent"
    /// ``SmartRetry/Options/maxAttempts`` attempts were made.
    case maxAttempts = "max-attempts"
    /// No further rewrite (or model switch) would change the request; identical requests are never resent.
    case rewriteUnchanged = "rewrite-unchanged"
    /// The request has no user turn to rewrite.
    case noUserTurn = "no-user-turn"
}

/// How a ``SmartRetry`` send ended.
public enum SmartRetryStatus: Sendable, Hashable {
    /// The last attempt was answered.
    case answered
    /// The last attempt was refused and no further attempt was made, for the reason given.
    case refused(SmartRetryStop)
}

/// What a ``SmartRetry`` send did and got.
public struct SmartRetryOutcome: Sendable {
    /// Answered, or refused and why it stopped.
    public var status: SmartRetryStatus
    /// The reply to the last attempt (for a refusal, the refused reply).
    public var response: MessageResponse
    /// The last request sent.
    public var request: MessageRequest
    /// The assessment of the original last user turn.
    public var assessment: Assessment
    /// Every attempt, in order.
    public var attempts: [SmartRetryAttempt]

    /// The model to use for the rest of the conversation (the fallback, once switched to).
    public var model: String { request.model }

    /// The conversation to continue from: the messages sent, plus the reply when it was answered.
    ///
    /// Refused replies are never part of it, so the next turn does not carry the refused context.
    public var conversation: [Message] {
        status == .answered ? request.messages + [response.asMessage] : request.messages
    }
}

extension SmartRetryOutcome {
    /// A short report for people: the assessment, one line per attempt, and how it ended.
    ///
    /// ```
    /// assessment: score 50 (medium), rules: identity.business-number
    /// attempt 1  claude-x  original       score 50  refusal (general_harms)  refused, retrying
    /// attempt 2  claude-x  substitutions  score 0   end_turn                 answered
    /// ```
    public var report: String {
        let rules = assessment.findings.map(\.ruleID).uniqued()
        var lines = ["assessment: score \(assessment.score) (\(assessment.level.rawValue))"
            + (assessment.harmfulIntent ? ", harmful intent" : "")
            + (rules.isEmpty ? ", no rules fired" : ", rules: \(rules.joined(separator: ", "))")]
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        let modelWidth = attempts.map(\.model.count).max() ?? 0
        for (i, a) in attempts.enumerated() {
            var stop = a.stopReason?.rawValue ?? "-"
            if a.refusedAsText { stop += " (refusal as text)" } else if let c = a.refusalCategory { stop += " (\(c))" }
            let last = i == attempts.count - 1
            let result: String
            switch (a.refused, last, status) {
            case (false, _, _): result = "answered"
            case (true, false, _): result = "refused, retrying"
            case (true, true, .refused(let why)): result = "refused, stopped: \(why.rawValue)"
            case (true, true, .answered): result = "refused"
            }
            lines.append("attempt \(a.number)  \(pad(a.model, modelWidth))  \(pad(a.level?.name ?? "original", 13))  score \(pad(String(a.scoreAfter), 3))  \(pad(stop, 24))  \(result)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Something that happened during a ``SmartRetry`` send, in order, for progress displays and streaming UIs.
public enum SmartRetryEvent: Sendable {
    /// An attempt is about to be sent.
    case attemptStarted(number: Int, model: String, level: RewriteLevel?)
    /// A stream event of the current attempt.
    case stream(attempt: Int, event: MessageStreamEvent)
    /// The attempt was refused: drop everything streamed for it.
    case discarded(attempt: Int, report: SmartRetryAttempt)
}

/// Sends a request and recovers from refusals: assess, send, and on a refusal rewrite the last user turn a
/// step further (substitutions, then a public-information declaration, then a data-source limitation),
/// optionally switch to a fallback model, and send again without the refused reply.
///
/// It stops when an attempt is answered, when prompt-lint finds harmful intent (no retry is ever sent for
/// such a prompt), after ``Options/maxAttempts`` attempts, or when no rewrite would change the request.
/// Transport failures are retried by the ``MessagesClient`` below it, exactly as the official SDKs do.
public struct SmartRetry: Sendable {
    /// How far a send may go.
    public struct Options: Sendable {
        /// The most attempts, the first included.
        public var maxAttempts: Int
        /// A model to switch to after a refusal; once used it is kept for the rest of the conversation.
        public var fallbackModel: String?
        /// How many refusals before switching to ``fallbackModel``.
        public var fallbackAfterRefusals: Int
        /// Whether a normal reply that opens with a refusal counts as one.
        public var detectTextRefusals: Bool
        /// The matcher for refusals written as text.
        public var textRefusalMatcher: RefusalTextMatcher
        /// Where to log attempts, if anywhere.
        public var refusalLog: RefusalLog?
        /// Recognises an HTTP 400 whose error message says the input itself was refused (input or copyright
        /// validation): such an attempt is rewritten and retried like a `refusal` stop; `nil` treats every 400 as
        /// an error. When no further attempt can be made, the 400 is thrown as before.
        public var inputRefusalMatcher: RefusalTextMatcher?

        /// Creates options.
        public init(
            maxAttempts: Int = 4, fallbackModel: String? = nil, fallbackAfterRefusals: Int = 1,
            detectTextRefusals: Bool = false, textRefusalMatcher: RefusalTextMatcher = .default, refusalLog: RefusalLog? = nil,
            inputRefusalMatcher: RefusalTextMatcher? = .inputValidation
        ) {
            self.maxAttempts = max(1, maxAttempts)
            self.fallbackModel = fallbackModel
            self.fallbackAfterRefusals = max(1, fallbackAfterRefusals)
            self.detectTextRefusals = detectTextRefusals
            self.textRefusalMatcher = textRefusalMatcher
            self.refusalLog = refusalLog
            self.inputRefusalMatcher = inputRefusalMatcher
        }
    }

    /// The client that sends each attempt.
    public let client: MessagesClient
    /// The rewriter (and, through it, the linter) that assesses and rewrites prompts.
    public let rewriter: Rewriter
    /// How far a send may go.
    public let options: Options

    /// Creates a smart retry.
    public init(client: MessagesClient, rewriter: Rewriter, options: Options = Options()) {
        self.client = client
        self.rewriter = rewriter
        self.options = options
    }

    /// Creates a smart retry that uses the built-in rule packs.
    ///
    /// - Throws: ``RuleFileError`` only if the built-in packs are defective.
    public init(client: MessagesClient, options: Options = Options()) throws(RuleFileError) {
        self.init(client: client, rewriter: Rewriter(linter: Linter(rules: try RuleSet.builtin())), options: options)
    }

    /// The escalation steps, mildest first.
    static let levels: [RewriteLevel] = [.substitutions, .declaration, .dataSources]

    /// Sends `request`, recovering from refusals as described on ``SmartRetry``.
    ///
    /// - Parameters:
    ///   - request: The request; its last user turn is the one assessed and rewritten.
    ///   - isolation: The caller's actor, on which `onEvent` runs (inferred).
    ///   - onEvent: Progress: attempts, stream events, and which attempts to discard.
    /// - Returns: The outcome, answered or refused, with every attempt.
    /// - Throws: ``MessagesError`` when an attempt fails for a reason other than a refusal (after the
    ///   transport's own retries), or `CancellationError`.
    public func send(
        _ request: MessageRequest, isolation: isolated (any Actor)? = #isolation,
        onEvent: (SmartRetryEvent) async throws -> Void = { _ in }
    ) async throws -> SmartRetryOutcome {
        let userIndex = request.lastUserIndex
        let original = userIndex.map { request.messages[$0].content.plainText } ?? ""
        let assessment = rewriter.linter.assess(original)
        var current = request
        var currentText = original
        var currentAssessment = assessment
        var level: RewriteLevel?
        var attempts: [SmartRetryAttempt] = []
        var sent: Set<[UInt8]> = []
        var refusals = 0

        /// The next request after a refusal: the next rewrite level that changes the text, and the fallback model
        /// when due; `nil` when it would repeat a request already sent.
        func nextAttempt() -> (request: MessageRequest, text: String, level: RewriteLevel?, assessment: Assessment)? {
            var next = request
            next.model = current.model
            if let fallback = options.fallbackModel, refusals >= options.fallbackAfterRefusals { next.model = fallback }
            var nextText = currentText
            var nextLevel = level
            var nextAssessment = currentAssessment
            // Levels that would not change the text are skipped; if none does, the text (and its level) stay.
            for candidate in Self.levels where level.map({ candidate > $0 }) ?? true {
                let result = rewriter.rewrite(original, level: candidate)
                if result.changed, result.text != currentText {
                    nextText = result.text
                    nextLevel = candidate
                    nextAssessment = result.after
                    break
                }
            }
            if nextText != original, let userIndex {
                next.messages[userIndex].content = request.messages[userIndex].content.replacingText(with: nextText)
            }
            guard !sent.contains((try? JSONCoding.encode(next)) ?? []) else { return nil }
            return (next, nextText, nextLevel, nextAssessment)
        }

        while true {
            let number = attempts.count + 1
            sent.insert((try? JSONCoding.encode(current)) ?? [])
            try await onEvent(.attemptStarted(number: number, model: current.model, level: level))
            let response: MessageResponse
            do {
                response = try await client.send(current, isolation: isolation) { event in try await onEvent(.stream(attempt: number, event: event)) }
            } catch let error as MessagesError {
                // An input-validation refusal (HTTP 400) is retried like a refusal stop while a retry is possible.
                guard case .status(400, let body?, _) = error, let matcher = options.inputRefusalMatcher, matcher.isRefusal(body.message) else {
                    log(number: number, model: current.model, level: level, text: currentText, assessment: currentAssessment,
                        response: nil, refusedAsText: false, outcome: "error", error: "\(error)")
                    throw error
                }
                let report = SmartRetryAttempt(
                    number: number, model: current.model, level: level, prompt: currentText, scoreBefore: assessment.score,
                    scoreAfter: currentAssessment.score, ruleIDs: currentAssessment.findings.map(\.ruleID).uniqued(),
                    stopReason: nil, refusalCategory: "input_validation", refused: true, refusedAsText: false)
                attempts.append(report)
                try await onEvent(.discarded(attempt: number, report: report))
                refusals += 1
                let next = userIndex == nil || assessment.hasHarmfulFinding || number >= options.maxAttempts ? nil : nextAttempt()
                guard let next else {
                    log(number: number, model: current.model, level: level, text: currentText, assessment: currentAssessment,
                        response: nil, refusedAsText: false, outcome: "refused-stopped:input-validation", error: "\(error)")
                    throw error
                }
                log(number: number, model: current.model, level: level, text: currentText, assessment: currentAssessment,
                    response: nil, refusedAsText: false, outcome: "refused-retrying", error: "\(error)")
                (current, currentText, level, currentAssessment) = next
                continue
            } catch {
                log(number: number, model: current.model, level: level, text: currentText, assessment: currentAssessment,
                    response: nil, refusedAsText: false, outcome: "error", error: "\(error)")
                throw error
            }
            let refusedAsText = options.detectTextRefusals && response.stopReason != .refusal
                && options.textRefusalMatcher.isRefusal(response.text)
            let refused = response.stopReason == .refusal || refusedAsText
            let report = SmartRetryAttempt(
                number: number, model: current.model, level: level, prompt: currentText, scoreBefore: assessment.score,
                scoreAfter: currentAssessment.score, ruleIDs: currentAssessment.findings.map(\.ruleID).uniqued(),
                stopReason: response.stopReason, refusalCategory: response.stopDetails?.category, refused: refused,
                refusedAsText: refusedAsText)
            attempts.append(report)
            func finish(_ status: SmartRetryStatus) -> SmartRetryOutcome {
                let outcome: String
                switch status {
                case .answered: outcome = "answered"
                case .refused(let why): outcome = "refused-stopped:\(why.rawValue)"
                }
                log(number: number, model: current.model, level: level, text: currentText, assessment: currentAssessment,
                    response: response, refusedAsText: refusedAsText, outcome: outcome, error: nil)
                return SmartRetryOutcome(status: status, response: response, request: current, assessment: assessment, attempts: attempts)
            }
            guard refused else { return finish(.answered) }
            try await onEvent(.discarded(attempt: number, report: report))
            refusals += 1
            guard userIndex != nil else { return finish(.refused(.noUserTurn)) }
            if assessment.hasHarmfulFinding { return finish(.refused(.harmfulIntent)) }
            if number >= options.maxAttempts { return finish(.refused(.maxAttempts)) }
            guard let next = nextAttempt() else { return finish(.refused(.rewriteUnchanged)) }
            log(number: number, model: current.model, level: level, text: currentText, assessment: currentAssessment,
                response: response, refusedAsText: refusedAsText, outcome: "refused-retrying", error: nil)
            (current, currentText, level, currentAssessment) = next
        }
    }

    private func log(
        number: Int, model: String, level: RewriteLevel?, text: String, assessment: Assessment, response: MessageResponse?,
        refusedAsText: Bool, outcome: String, error: String?
    ) {
        guard let log = options.refusalLog else { return }
        let scrub = client.configuration.authentication.scrub
        log.sink.record(RefusalLogEvent(
            time: Timestamp.iso8601(client.clock.now()), model: model, attempt: number, level: level?.name ?? "original",
            stopReason: response?.stopReason?.rawValue, refusalCategory: response?.stopDetails?.category,
            refusedAsText: refusedAsText, ruleIDs: assessment.findings.map(\.ruleID).uniqued(), score: assessment.score,
            harmfulIntent: assessment.harmfulIntent, outcome: outcome, error: error.map(scrub),
            prompt: log.includePrompts ? text : nil))
    }
}

extension SmartRetry {
    /// Sends `request` with smart retry over a new HTTP client, shut down afterwards: the one call `prompt-lint send` needs.
    ///
    /// - Parameters:
    ///   - request: The request; its last user turn is assessed and, after a refusal, rewritten.
    ///   - configuration: Where to send it, with which key and transport retry policy.
    ///   - rewriter: The rewriter (with the linter and rules) to assess and rewrite with.
    ///   - options: Attempts, fallback model, text-refusal detection and refusal log.
    ///   - isolation: The caller's actor, on which `onEvent` runs (inferred).
    ///   - onEvent: Progress: attempts, stream events, and which attempts to discard.
    /// - Returns: The outcome, answered or refused, with every attempt.
    /// - Throws: ``MessagesError`` for failures other than refusals, or `CancellationError`.
    public static func send(
        _ request: MessageRequest, configuration: MessagesClient.Configuration, rewriter: Rewriter,
        options: Options = Options(), isolation: isolated (any Actor)? = #isolation,
        onEvent: (SmartRetryEvent) async throws -> Void = { _ in }
    ) async throws -> SmartRetryOutcome {
        try await MessagesClient.withHTTPTransport(configuration: configuration, isolation: isolation) { client in
            try await SmartRetry(client: client, rewriter: rewriter, options: options).send(request, isolation: isolation, onEvent: onEvent)
        }
    }
}

extension RewriteLevel {
    /// `substitutions`, `declaration` or `data-sources`.
    public var name: String {
        switch self {
        case .substitutions: return "substitutions"
        case .declaration: return "declaration"
        case .dataSources: return "data-sources"
        }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
