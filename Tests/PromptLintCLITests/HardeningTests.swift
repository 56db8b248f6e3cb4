import Foundation
import PromptLintCLI
import PromptLintCore
import Testing

@Suite(.serialized) struct HardeningTests {
    let rules = ["--no-builtin-rules", "--rules", fixtures + "/rules"]

    /// Kills `check --fix` at random moments, many times: every file must hold either its old or its new text.
    @Test func fixSurvivesSIGKILLAtRandomMoments() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let set = try RuleLoader.load(extra: [fixtures + "/rules"], includeBuiltin: false)
        let fixer = FileRewriter(rewriter: Rewriter(linter: Linter(rules: set)), options: .init())
        var originals: [String: [UInt8]] = [:]
        var rewritten: [String: [UInt8]] = [:]
        for i in 0 ..< 40 {
            let body = String(repeating: "Line \(i) with the confidential plan and the home address of Tom.\n", count: 100)
            let name = "p\(i).txt"
            originals[name] = Array(body.utf8)
            rewritten[name] = try fixer.plan(bytes: Array(body.utf8), path: name).rewritten
        }
        // Time one whole run, then kill at random moments within it.
        for (name, bytes) in originals { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        let start = Date()
        _ = try run(["check", "--fix", dir.path] + rules)
        let window = UInt32(max(0.05, Date().timeIntervalSince(start)) * 1_000_000)
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        for _ in 0 ..< 40 {
            for (name, bytes) in originals { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["check", "--fix", dir.path] + rules
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0 ... window, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            var fixed = 0
            for (name, old) in originals {
                let now = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
                #expect(now == old || now == rewritten[name], "\(name) is neither the old nor the new text")
                if now == rewritten[name] { fixed += 1 }
            }
            if fixed > 0 && fixed < originals.count { killedMidway += 1 }
            // Leftover temporary files are hidden and never linted.
            for leftover in try FileManager.default.contentsOfDirectory(atPath: dir.path) where !originals.keys.contains(leftover) {
                #expect(leftover.hasPrefix(".p") && leftover.contains(".prompt-lint-"))
                try FileManager.default.removeItem(at: dir.appendingPathComponent(leftover))
            }
        }
        // Not an assertion on timing: just record how often a kill landed mid-run.
        print("SIGKILL test: 40 kills, \(killedMidway) landed while files were being fixed")
    }

    @Test func hostileFilesAreReportedOrSkippedAndTheRestIsLinted() throws {
        let dir = try temporaryDirectory()
        defer {
            chmod(dir.appendingPathComponent("unreadable.txt").path, 0o644)
            try? FileManager.default.removeItem(at: dir)
        }
        func put(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        try put("good.txt", Array("the home address of Tom".utf8))
        try put("nul.txt", Array("abc\0def home address".utf8))
        try put("utf16.txt", [0xFF, 0xFE] + Array("home address".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try put("bom.txt", [0xEF, 0xBB, 0xBF] + Array("home address".utf8))
        try put("invalid.txt", [0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, 0x28] + Array(" home address".utf8))
        try put("deep.json", Array((String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)).utf8))
        try put("malformed.jsonl", Array("{\"text\": \"home address\"}\n{\"text\": \n\u{1}\n[1,2\n{\"text\": \"fine\"}\n".utf8))
        try put("unreadable.txt", Array("home address".utf8))
        chmod(dir.appendingPathComponent("unreadable.txt").path, 0o000)
        mkfifo(dir.appendingPathComponent("fifo.txt").path, 0o644)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("loop"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop/again").path, withDestinationPath: dir.path)
        let r = try run(["check", dir.path, "--format", "json"] + rules)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let results = try #require(doc["results"] as? [[String: Any]])
        let diagnostics = try #require(doc["diagnostics"] as? [[String: Any]])
        func message(_ suffix: String) -> String? {
            diagnostics.first { ($0["path"] as? String)?.hasSuffix(suffix) == true }?["message"] as? String
        }
        #expect(results.contains { ($0["path"] as? String)?.hasSuffix("/good.txt") == true && $0["score"] as? Int == 50 })
        #expect(results.contains { ($0["path"] as? String)?.hasSuffix("/bom.txt") == true && $0["score"] as? Int == 50 })
        #expect(message("nul.txt") == "binary file; skipped")
        #expect(message("utf16.txt")?.contains("UTF-16") == true)
        #expect(message("invalid.txt")?.contains("invalid UTF-8") == true)
        #expect(message("deep.json")?.contains("nested deeper") == true)
        #expect(message("fifo.txt") == "not a regular file; skipped")
        #expect(message("loop/again") == "symbolic link loop; skipped" || message("again") != nil)
        if getuid() != 0 { #expect(message("unreadable.txt")?.contains("Permission denied") == true) }
        let jsonlResults = results.filter { ($0["path"] as? String)?.hasSuffix("malformed.jsonl") == true }
        #expect(jsonlResults.map { $0["jsonl_line"] as? Int } == [1, 5])
    }
}
