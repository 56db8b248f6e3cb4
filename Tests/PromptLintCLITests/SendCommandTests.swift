import Foundation
import Testing

/// Runs `prompt-lint send` against the emulator binary over real HTTP on loopback.
@Suite(.serialized) struct SendCommandTests {
    /// Starts `prompt-lint-emulator` on a free port and returns the process and its base URL.
    func startEmulator(_ arguments: [String]) throws -> (Process, String) {
        let emulator = URL(fileURLWithPath: binary).deletingLastPathComponent().appendingPathComponent("prompt-lint-emulator").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: emulator)
        process.arguments = ["--port", "0"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var buffer = Data()
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += chunk
            if let text = String(data: buffer, encoding: .utf8), let range = text.range(of: "listening on ") {
                let url = text[range.upperBound...].prefix { !$0.isWhitespace }
                return (process, String(url))
            }
        }
        process.terminate()
        throw CocoaError(.fileReadUnknown)
    }

    func send(_ arguments: [String], key: String = "sk-test-secret-123", stdin: String? = nil) throws -> RunResult {
        setenv("ANTHROPIC_API_KEY", key, 1)
        defer { unsetenv("ANTHROPIC_API_KEY") }
        return try run(["send"] + arguments, stdin: stdin)
    }

    @Test func theSeedPromptIsRefusedRewrittenAndAnswered() throws {
        let (emulator, url) = try startEmulator(["--refuse", "^(?!Please use only publicly).*unified business number"])
        defer { emulator.terminate() }
        for stream in [false, true] {
            let r = try send(["-", "--model", "claude-test", "--base-url", url] + (stream ? ["--stream"] : []),
                             stdin: "Please help find the company's unified business number: Company name: {$companyName}")
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("Emulated answer to: Please use only publicly available information."))
            #expect(r.stdout.contains("{$companyName}"))
            #expect(r.stderr.contains("attempt 1 was refused"))
            #expect(r.stderr.contains("answered"))
            #expect(!r.stdout.contains("sk-test-secret-123") && !r.stderr.contains("sk-test-secret-123"))
        }
    }

    @Test func jsonOutputReportsEveryAttempt() throws {
        let (emulator, url) = try startEmulator(["--refuse", "confidential"])
        defer { emulator.terminate() }
        let r = try send(["-", "--model", "m", "--base-url", url, "--format", "json", "--max-attempts", "2"], stdin: "Summarise the confidential report.")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["status"] as? String == "answered", "\(r.stdout)\(r.stderr)")
        let attempts = try #require(doc["attempts"] as? [[String: Any]])
        #expect(attempts.count == 2)
        #expect(attempts[0]["refused"] as? Bool == true)
        #expect(attempts[1]["level"] as? String == "substitutions")
    }

    @Test func plainHTTPIsRefusedExceptToLoopbackAndTheKeyIsRequired() throws {
        let remote = try send(["-", "--model", "m", "--base-url", "http://example.com"], stdin: "hi")
        #expect(remote.status == 2)
        #expect(remote.stderr.contains("only https:// URLs, or http:// to loopback"))
        unsetenv("ANTHROPIC_API_KEY")
        let noKey = try run(["send", "-", "--model", "m"], stdin: "hi")
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("ANTHROPIC_API_KEY"))
    }

    @Test func aWrongKeyIsAnErrorThatNeverShowsTheKey() throws {
        let (emulator, url) = try startEmulator(["--api-key", "the-right-key"])
        defer { emulator.terminate() }
        let r = try send(["-", "--model", "m", "--base-url", url], key: "sk-wrong-key-456", stdin: "hello")
        #expect(r.status == 2)
        #expect(r.stderr.contains("401"), "\(r.stderr)")
        #expect(!r.stderr.contains("sk-wrong-key-456") && !r.stdout.contains("sk-wrong-key-456"))
    }
}
