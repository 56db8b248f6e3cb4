import PromptLintCore
import Testing

@Suite struct TextTests {
    @Test func placeholdersOfEveryStyleAreFound() {
        let text = "a {NAME} b {{ name }} c {$companyName} d ${name} e {% if x %} f {# note #} g {not a placeholder} {}"
        let bytes = Array(text.utf8)
        let found = Placeholders.spans(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(found == ["{NAME}", "{{ name }}", "{$companyName}", "${name}", "{% if x %}", "{# note #}"])
    }

    @Test func foldingMapsTraditionalToSimplifiedAndKeepsByteOffsets() throws {
        let folder = try ScriptFolder(table: "資资 訊讯\n# comment\n個个", file: "t.table")
        #expect(folder.count == 3)
        let text = "個人資訊 abc"
        let folded = folder.fold(bytes: Array(text.utf8))
        #expect(folded.count == text.utf8.count)
        #expect(String(decoding: folded, as: UTF8.self) == "个人资讯 abc")
        #expect(folder.fold("資") == "资")
    }

    @Test func foldingTableErrorsNameTheToken() {
        #expect(throws: RuleFileError.self) { try ScriptFolder(table: "資资资", file: "t.table") }
        do throws(RuleFileError) {
            _ = try ScriptFolder(table: "資资\n 個", file: "t.table")
        } catch {
            #expect(error.location.line == 2 && error.location.column == 2)
        }
    }

    @Test func builtinTablesLoad() throws {
        let folder = try ScriptFolder.builtinResult.get()
        #expect(folder.count > 10)
    }

    @Test func traditionalAndSimplifiedSpellingsBothMatch() throws {
        let folder = try ScriptFolder(table: "資资 訊讯 個个", file: "t.table")
        let set = try rules("""
        [zh.rule]
        category: privacy
        weight: 0.5
        message: m
        keywords: 个人资讯
        pattern: 個人資訊
        example: 查詢«個人資訊»
        example: 查询«个人资讯»
        counter: 公开信息
        """, folder: folder)
        let l = Linter(rules: set)
        #expect(l.assess("查詢他的個人資訊").score == 50)
        #expect(l.assess("查询他的个人资讯").score == 50)
        #expect(RuleTester(rules: set).testAll().isEmpty)
    }

    @Test func lineIndexCountsColumnsInCharacters() {
        let idx = LineIndex(Array("ab\r\n中文x\n🦄y".utf8))
        #expect(idx.position(of: 0) == (1, 1))
        #expect(idx.position(of: 4) == (2, 1))
        #expect(idx.position(of: 10) == (2, 3))
        #expect(idx.position(of: 16) == (3, 2))
        #expect(idx.lineText(1) == "ab")
    }

    @Test func caseStyleIsKept() {
        #expect(CaseStyle(of: "Confidential").apply(to: "public") == "Public")
        #expect(CaseStyle(of: "CONFIDENTIAL").apply(to: "public") == "PUBLIC")
        #expect(CaseStyle(of: "confidential").apply(to: "public") == "public")
        #expect(CaseStyle(of: "機密").apply(to: "公開") == "公開")
        // The ASCII fast path and the Unicode path agree: digits and punctuation are not letters.
        #expect(CaseStyle(of: "ID-42") == .upper)
        #expect(CaseStyle(of: "A") == .capitalized)
        #expect(CaseStyle(of: "4 Kill") == .capitalized)
        #expect(CaseStyle(of: "x") == .asWritten)
        #expect(CaseStyle(of: "ÉTAT") == .upper)
        #expect(CaseStyle(of: "Été") == .capitalized)
        #expect(CaseStyle(of: "ID-42 機密") == .upper)
    }
}

@Suite struct JSONSourceTests {
    @Test func stringsMapDecodedBytesBackToTheSource() throws {
        let source = #"{"messages":[{"role":"user","content":"a\nb \u4e2d \"x\""}]}"#
        let json = try JSONSource.parse(Array(source.utf8))
        let s = try #require(json["messages"]?.arrayValue?.first?["content"]?.stringValue)
        #expect(s.text == "a\nb 中 \"x\"")
        let bytes = Array(source.utf8)
        // "x" in the decoded text starts after the escaped quote.
        let decodedX = Array(s.text.utf8).firstIndex(of: UInt8(ascii: "x"))!
        let r = s.sourceRange(of: decodedX ..< decodedX + 1)
        #expect(String(decoding: bytes[r], as: UTF8.self) == "x")
        let han = s.sourceRange(of: 4 ..< 7)
        #expect(String(decoding: bytes[han], as: UTF8.self) == #"\u4e2d"#)
    }

    @Test func malformedAndDeepJSONAreErrorsNotCrashes() {
        for bad in ["{", "[1,]", #"{"a" 1}"#, "tru", #""\u12""#, "[1] x"] {
            #expect(throws: JSONSyntaxError.self, "\(bad)") { try JSONSource.parse(Array(bad.utf8)) }
        }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONSource.parse(Array(deep.utf8)) }
    }

    @Test func requestsYieldSystemAndMessageSegmentsWithRoles() throws {
        let body = #"{"model":"m","system":[{"type":"text","text":"sys"}],"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"text","text":"yo"},{"type":"tool_use","id":"x","name":"n","input":{}}]}]}"#
        let prompts = try DocumentExtractor.extract(Array(body.utf8), kind: .request)
        let segs = prompts[0].prompt.segments
        #expect(segs.map(\.role) == [.system, .user, .assistant])
        #expect(segs.map(\.text) == ["sys", "hi", "yo"])
    }

    @Test func jsonLinesReportBadLinesAndKeepTheRest() throws {
        let text = "{\"text\":\"a\"}\nnot json\n\n{\"other\":1}\n{\"text\":\"b\"}"
        var errors: [Int] = []
        let prompts = try DocumentExtractor.extract(Array(text.utf8), kind: .jsonLines) { line, _ in errors.append(line) }
        #expect(prompts.map(\.line) == [1, 5])
        #expect(errors == [2, 4])
    }

    @Test func byteOrderMarkIsSkippedAndOffsetsStayInTheFile() throws {
        let bytes = DocumentExtractor.bom + Array("hello".utf8)
        let p = try DocumentExtractor.extract(bytes, kind: .text)[0]
        #expect(p.prompt.segments[0].text == "hello")
        #expect(p.sources[0].fileRange(of: 0 ..< 5) == 3 ..< 8)
    }
}

@Suite struct RequestStructureTests {
    func ids(_ body: String) throws -> [String] {
        RequestStructure.problems(in: try JSONSource.parse(Array(body.utf8))).map(\.id)
    }

    @Test func textAfterAToolResultIsReported() throws {
        #expect(try ids(#"{"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"a","content":"1"},{"type":"text","text":"go on"}]}]}"#) == ["request.text-after-tool-result"])
        #expect(try ids(#"{"messages":[{"role":"user","content":[{"type":"text","text":"first"},{"type":"tool_result","tool_use_id":"a","content":"1"}]}]}"#).isEmpty)
    }

    @Test func aResentRefusedTurnIsReported() throws {
        #expect(try ids(#"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":[]},{"role":"user","content":"q"}]}"#) == ["request.resent-refused-turn"])
        #expect(try ids(#"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"},{"role":"user","content":"q"}]}"#).isEmpty)
    }

    @Test func aRequestEndingWithAFinishedAssistantTurnIsReported() throws {
        #expect(try ids(#"{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"done."}]}"#) == ["request.ends-with-assistant"])
        #expect(try ids(#"{"messages":[{"role":"user","content":"q"}]}"#).isEmpty)
    }
}
