import PCRE2Kit
import Testing

@Suite struct PatternTests {
    func ranges(_ pattern: Pattern, _ text: String) throws -> [Range<Int>] {
        try pattern.matches(in: Array(text.utf8), scratch: MatchScratch()).map(\.range)
    }

    @Test func findsAllNonOverlappingMatchesAsByteRanges() throws {
        let p = try Pattern(#"\bab+\b"#)
        #expect(try ranges(p, "ab abb x abbb") == [0 ..< 2, 3 ..< 6, 9 ..< 13])
    }

    @Test func caseInsensitiveIsUnicodeAware() throws {
        let p = try Pattern("straße|ΣΟΦΊΑ", options: .caseInsensitive)
        #expect(try p.isMatch("STRASSE") == false)  // no full case folding, as PCRE2 documents
        #expect(try p.isMatch("STRAßE"))
        #expect(try p.isMatch("σοφία"))
    }

    @Test func compileErrorsCarryMessageAndCharacterOffset() {
        #expect(throws: PatternCompileError.self) { try Pattern("abc(") }
        do {
            _ = try Pattern("中文(?<")
            Issue.record("expected a compile error")
        } catch {
            #expect(!error.message.isEmpty)
            #expect(error.offset > 6)  // a byte offset past the two 3-byte characters
            #expect(error.characterOffset >= 4 && error.characterOffset <= 5)
        }
    }

    @Test func invalidUTF8NeverMatchesAndNeverCrashes() throws {
        let p = try Pattern("a.c")
        let bytes: [UInt8] = [0x61, 0xFF, 0x63, 0x20, 0x61, 0x62, 0x63]
        let found = try p.matches(in: bytes, scratch: MatchScratch()).map(\.range)
        #expect(found == [4 ..< 7])
    }

    @Test func emptyMatchesAdvanceByWholeCharacters() throws {
        let p = try Pattern("x*")
        let found = try p.matches(in: Array("中x".utf8), scratch: MatchScratch())
        #expect(found.map(\.range).filter { !$0.isEmpty } == [3 ..< 4])
        #expect(found.count <= 4)
    }

    @Test func captureGroupsAreReportedAndUnsetGroupsAreNil() throws {
        let p = try Pattern("(a)|(b)")
        let m = try #require(try p.matches(in: Array("b".utf8), scratch: MatchScratch()).first)
        #expect(m.groups == [nil, 0 ..< 1])
    }

    @Test func catastrophicBacktrackingHitsTheMatchLimitInsteadOfHanging() throws {
        let p = try Pattern("(a+)+$", jit: false)
        let text = Array(String(repeating: "a", count: 40).utf8) + [0x21]
        let scratch = MatchScratch(matchLimit: 10_000)
        #expect(throws: MatchError.matchLimit) { _ = try p.matches(in: text, scratch: scratch) }
    }

    @Test func catastrophicBacktrackingIsBoundedWithJITToo() throws {
        let p = try Pattern(#"^(\w+\s?)*$"#)
        #expect(p.isJIT == PCRE2Library.jitAvailable)
        let text = Array(String(repeating: "a", count: 5_000).utf8) + [0x21]
        let scratch = MatchScratch(matchLimit: 100_000)
        #expect(throws: MatchError.self) { _ = try p.matches(in: text, scratch: scratch) }
    }

    @Test func jitCompilesOnlyAPatternThatKeepsBeingUsed() throws {
        let p = try Pattern(#"\bab+\b"#)
        let scratch = MatchScratch()
        let text = Array("x abb y".utf8)
        func first() throws -> Range<Int>? { try text.withUnsafeBufferPointer { try p.firstMatch(in: $0, scratch: scratch)?.range } }
        for _ in 0 ..< Pattern.jitThreshold {
            #expect(try first() == 2 ..< 5)
            #expect(!p.hasJITCode)
        }
        // The next use compiles machine code (where the library has a JIT); the results stay the same.
        #expect(try first() == 2 ..< 5)
        #expect(p.hasJITCode == PCRE2Library.jitAvailable)
        #expect(try first() == 2 ..< 5)
    }

    @Test func patternsAreSharedAcrossConcurrentTasks() async throws {
        let p = try Pattern(#"\d+"#)
        let counts = await withTaskGroup(of: Int.self) { group in
            for i in 0 ..< 8 {
                group.addTask {
                    let scratch = MatchScratch()
                    let text = Array(String(repeating: "x\(i) ", count: 1000).utf8)
                    return (try? p.matches(in: text, scratch: scratch).count) ?? -1
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 1000, count: 8))
    }

    @Test func manyCaptureGroupsGrowTheScratch() throws {
        let source = String(repeating: "(a)", count: 40)
        let p = try Pattern(source)
        let m = try #require(try p.matches(in: Array(String(repeating: "a", count: 40).utf8), scratch: MatchScratch()).first)
        #expect(m.groups.count == 40)
        #expect(m.groups.allSatisfy { $0 != nil })
    }

    @Test func libraryReportsItsVersion() {
        #expect(PCRE2Library.version.hasPrefix("10."))
    }
}
