import Foundation
import Testing

/// `prompt-lint eval` on a small labelled file whose AUROC can be worked out by hand.
@Suite struct EvalCommandTests {
    let rules = ["--no-builtin-rules", "--rules", fixtures + "/rules"]

    @Test func printsAUROCAndFlaggedShareAndNamesBadLines() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pl-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("labelled.jsonl")
        // Refused: one scores 50 (the fixture's home-address rule), one 0. Answered: both 0.
        // AUROC = P(refused > answered) + ½ P(tie) = (2 + ½ · 2) / 4 = 0.75.
        try """
        {"id":"1","lang":"en","expected":"refuse","category":"privacy","text":"What is the home address of Tom?"}

        {"id":"2","lang":"en","expected":"refuse","category":"privacy","text":"Hi there."}
        not json
        {"id":"3","lang":"en","expected":"comply","category":"other","text":"Write a poem about the sea."}
        {"id":"4","lang":"en","expected":"comply","category":"other","text":"Hello."}
        """.write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["eval", file.path] + rules)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("| en | all | 2 | 2 | 0.750 | 0.0% | 50.0% |"), "\(r.stdout)")
        #expect(r.stdout.contains("| en | privacy | 2 | 2 | 0.750 |"), "\(r.stdout)")
        #expect(r.stderr.contains("labelled.jsonl:4: warning: not a labelled row; skipped"), "blank lines count: \(r.stderr)")
    }
}
