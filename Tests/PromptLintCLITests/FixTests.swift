import Foundation
import PromptLintCLI
import PromptLintCore
import Testing

@Suite(.serialized) struct FixTests {
    let rules = ["--no-builtin-rules", "--rules", fixtures + "/rules"]

    func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func read(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test func fixKeepsCRLFAndTheByteOrderMark() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crlf = try write(Array("Line one\r\nThe home address of Tom.\r\nBye\r\n".utf8), "crlf.txt", in: dir)
        let bom = try write([0xEF, 0xBB, 0xBF] + Array("Confidential notes".utf8), "bom.md", in: dir)
        let r = try run(["check", "--fix", dir.path] + rules)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("fixed \(crlf): refusal risk 50 → 0 (2 edits)"), "\(r.stderr)")
        #expect(String(decoding: try read(crlf), as: UTF8.self) == "Please use only publicly available information.\r\nLine one\r\nThe business address of Tom.\r\nBye\r\n")
        #expect(try read(bom) == [0xEF, 0xBB, 0xBF] + Array("Public notes".utf8))
        // A second run changes nothing.
        let again = try run(["check", "--fix", dir.path] + rules)
        #expect(!again.stderr.contains("fixed"))
    }

    @Test func fixKeepsPermissions() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(Array("the confidential plan".utf8), "p.txt", in: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        _ = try run(["check", "--fix", path] + rules)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(String(decoding: try read(path), as: UTF8.self) == "the public plan")
    }

    @Test func readOnlyFilesAreLeftUntouchedWithAClearError() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(Array("the confidential plan".utf8), "ro.txt", in: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let r = try run(["check", "--fix", path] + rules)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(path): error: file is read-only; not changed"), "\(r.stderr)")
        #expect(String(decoding: try read(path), as: UTF8.self) == "the confidential plan")
    }

    @Test func aFileChangedSinceItWasReadIsNotOverwritten() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(Array("the confidential plan".utf8), "race.txt", in: dir)
        let set = try RuleLoader.load(extra: [fixtures + "/rules"], includeBuiltin: false)
        let fixer = FileRewriter(rewriter: Rewriter(linter: Linter(rules: set)), options: .init())
        let plan = try fixer.plan(bytes: try read(path), path: path)
        #expect(plan.changed)
        try Data("someone else's edit".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FixError.self) { try FileRewriter.write(plan) }
        #expect(String(decoding: try read(path), as: UTF8.self) == "someone else's edit")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(leftovers == ["race.txt"], "no temporary file is left behind")
    }

    @Test func jsonRequestsChangeOnlyInTheirTextFields() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = """
        {
          "model": "m",   "max_tokens": 100,
          "metadata": {"note": "the confidential plan stays here"},
          "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Share the \\"confidential\\" plan and the confidential \\u0041 list"}]}
          ]
        }
        """
        let path = try write(Array(body.utf8), "req.json", in: dir)
        let r = try run(["check", "--fix", path] + rules)
        #expect(r.status == 0, "\(r.stderr)")
        let expected = body.replacingOccurrences(of: "plan and the confidential \\u0041", with: "plan and the public \\u0041")
        #expect(String(decoding: try read(path), as: UTF8.self) == expected)
        _ = try JSONSerialization.jsonObject(with: Data(try read(path)))
    }

    @Test func diffPrintsAUnifiedDiffAndChangesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(Array("a\nb\nthe confidential plan\nc\n".utf8), "d.txt", in: dir)
        let r = try run(["check", "--diff", path] + rules)
        #expect(r.stdout == "--- \(path)\n+++ \(path)\n@@ -1,4 +1,4 @@\n a\n b\n-the confidential plan\n+the public plan\n c\n")
        #expect(String(decoding: try read(path), as: UTF8.self) == "a\nb\nthe confidential plan\nc\n")
    }

    @Test func aFolderOfMixedFilesIsFixedWhereItCanBe() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures + "/mixed") {
            try FileManager.default.copyItem(atPath: fixtures + "/mixed/" + name, toPath: dir.appendingPathComponent(name).path)
        }
        let brokenBefore = try read(dir.appendingPathComponent("broken.json").path)
        let binaryBefore = try read(dir.appendingPathComponent("binary.txt").path)
        let r = try run(["check", "--fix", dir.path] + rules)
        #expect(r.status == 2, "broken.json cannot be fixed")
        #expect(r.stderr.contains("broken.json: error: invalid JSON"))
        #expect(try read(dir.appendingPathComponent("broken.json").path) == brokenBefore)
        #expect(try read(dir.appendingPathComponent("binary.txt").path) == binaryBefore)
        let jsonl = String(decoding: try read(dir.appendingPathComponent("batch.jsonl").path), as: UTF8.self)
        #expect(jsonl == "{\"text\":\"hello\"}\nnot json\n{\"text\":\"Please use only publicly available information. the business address of Tom\"}\n")
    }

    @Test func rewritePrintsTheRewrittenPromptAndBothScores() throws {
        let r = try run(["rewrite", "-", "--declare-sources"] + rules, stdin: "What is the home address of Tom?")
        #expect(r.stdout == "Please use only publicly available information. Use only public sources such as official registries, published reports and the organisation's own website. What is the business address of Tom?")
        #expect(r.stderr.contains("refusal risk: 50 → 0 (medium → low)"))
    }
}
