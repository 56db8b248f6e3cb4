import ArgumentParser
import Foundation
import MessagesEmulator

/// `prompt-lint-emulator`: runs the Messages API emulator on loopback until interrupted.
@main
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt-lint-emulator",
        abstract: "A Messages API emulator on loopback, with refusal triggers and injected faults.",
        discussion: """
            Serves POST /v1/messages with either auth generation (x-api-key or Authorization: Bearer; \
            anthropic-version 2023-06-01 or 2026-10-21) and answers JSON, or server-sent events when the body \
            says "stream": true. Prints 'listening on http://HOST:PORT' once ready.

            A fault is KIND[,count=N][,match=REGEX][,retry-after=V][,retry-after-ms=V][,should-retry=true|false] \
            with KIND one of 429, 529, 500, stream-error, drop, malformed-sse, hang, slow-loris, huge-body, truncated. \
            Faults are used in order; each hits \
            `count` requests (only those whose last user turn matches REGEX, when given).
            """
    )

    @Option(help: "The loopback address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port; 0 picks a free one.")
    var port = 0

    @Option(help: "A JSON configuration file (refusals, faults, reply, api_key, chunk_size).")
    var config: String?

    @Option(name: .customLong("refuse"), help: "Refuse requests whose last user turn matches this regex (repeatable).")
    var refusals: [String] = []

    @Option(help: "stop_details.category for --refuse triggers (cyber, bio, general_harms, …).")
    var refusalCategory: String?

    @Option(help: "Refuse only when the request asks for this model (repeatable; default: every model).")
    var refuseModel: [String] = []

    @Option(name: .customLong("fault"), help: "Inject a fault (repeatable); see the discussion.")
    var faults: [String] = []

    @Option(help: "The answer text; {prompt} stands for the start of the last user turn.")
    var reply: String?

    @Option(help: "Accept only this API key (default: any non-empty key).")
    var apiKey: String?

    @Option(help: "Append one JSON line per request received to this file.")
    var requestLog: String?

    func run() async throws {
        var configuration = EmulatorConfiguration()
        if let config {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: config)) } catch {
                throw ValidationError("cannot read --config '\(config)': \(error.localizedDescription)")
            }
            do { configuration = try JSONDecoder().decode(EmulatorConfiguration.self, from: data) } catch {
                throw ValidationError("--config '\(config)' is not a valid configuration: \(error)")
            }
        }
        for pattern in refusals {
            configuration.refusals.append(RefusalTrigger(
                pattern: pattern, category: refusalCategory, models: refuseModel.isEmpty ? nil : refuseModel))
        }
        for spec in faults {
            do { configuration.faults.append(try Fault(spec: spec)) } catch { throw ValidationError(error.description) }
        }
        if let reply { configuration.reply = reply }
        if let apiKey { configuration.apiKey = apiKey }
        let emulator: MessagesEmulator
        do {
            emulator = try await MessagesEmulator.start(configuration, host: host, port: port, requestLog: requestLog)
        } catch let error as EmulatorError {
            throw ValidationError(error.description)
        }
        FileHandle.standardOutput.write(Data("listening on \(emulator.baseURL)\n".utf8))
        // Serve until the process is interrupted or terminated.
        while !Task.isCancelled {
            try await Task.sleep(for: .seconds(3600))
        }
        await emulator.shutdown()
    }
}
