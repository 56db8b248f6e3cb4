import Foundation
import Testing
@testable import PromptLintCLI

/// The replacements for what the CLI took from full Foundation: each is pinned to the exact bytes Foundation gave, and
/// where the test process has Foundation at hand, compared with it on many inputs.
@Suite struct JSONNodeTests {
    /// What `JSONSerialization` writes for `node` with the options the reporters used.
    static func foundation(_ node: JSONNode, pretty: Bool) -> String? {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: any(node), options: options) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func any(_ node: JSONNode) -> Any {
        switch node {
        case .string(let s): s
        case .int(let n): n
        case .double(let d): d
        case .bool(let b): b
        case .array(let items): items.map(any)
        case .object(let members): members.mapValues(any)
        }
    }

    @Test func compactOutputHasJSONSerializationsEscapesAndNumbers() {
        let node: JSONNode = [
            "s": .string("a/b \"q\" \\ \u{0}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F} é中😀\u{2028}"),
            "d": [.double(0.84), .double(1.2 * 0.7), .double(1), .double(-0.0), .double(1e-5), .double(1e16), .double(0.1 + 0.2), .double(2.5)],
            "i": [.int(0), .int(-7), .int(Int.max)],
            "b": [true, false],
        ]
        #expect(node.serialized() == #"{"b":[true,false],"d":[0.84,0.84,1,-0,1e-05,1e+16,0.30000000000000004,2.5],"i":[0,-7,9223372036854775807],"s":"a/b \"q\" \\ \u0000\b\t\n\u000b\f\r\u001f"# + "\u{7F} é中😀\u{2028}\"}")
    }

    @Test func prettyOutputIndentsByTwoAndWritesEmptyContainersOnTwoLines() {
        let node: JSONNode = ["a": [], "o": [:], "n": ["x": [], "y": [[:]]], "arr": [1, [2, 3], ["z": 1]]]
        let expected = """
            {
              "a" : [

              ],
              "arr" : [
                1,
                [
                  2,
                  3
                ],
                {
                  "z" : 1
                }
              ],
              "n" : {
                "x" : [

                ],
                "y" : [
                  {

                  }
                ]
              },
              "o" : {

              }
            }
            """
        #expect(node.serialized(pretty: true) == expected)
    }

    @Test func aNumberThatIsNotFiniteMakesTheDocumentUnwritable() {
        #expect(JSONNode.object(["k": .double(.nan)]).serialized() == nil)
        #expect(JSONNode.array([.double(.infinity)]).serialized(pretty: true) == nil)
    }

    @Test func keysSortAsJSONSerializationSortedThemNotByCodePoint() {
        let keys = ["end_line", "endLine", "end_column", "a10", "a9", "a09", "B", "b", "$schema", "%SRCROOT%", "_", "-x", "promptLint/v1", "x1y", "x01y", "X1y"]
        #expect(keys.sorted(by: JSONNode.keyPrecedes) == ["_", "-x", "%SRCROOT%", "$schema", "a9", "a09", "a10", "b", "B", "end_column", "end_line", "endLine", "promptLint/v1", "x1y", "x01y", "X1y"])
    }

    @Test func randomDocumentsMatchJSONSerializationByteForByte() {
        var generator = SplitMix(seed: 0x5EED)
        let keyCharacters = Array("aAbBzZ_-/$%.09 1~:\"(@#+=|y")
        func key() -> String { String((0 ..< Int.random(in: 1 ... 5, using: &generator)).map { _ in keyCharacters.randomElement(using: &generator)! }) }
        func value(_ depth: Int) -> JSONNode {
            switch Int.random(in: 0 ..< (depth > 2 ? 4 : 6), using: &generator) {
            case 0: return .int(Int.random(in: -1000 ... 1000, using: &generator))
            case 1: return .double(Double(Int.random(in: -100_000 ... 100_000, using: &generator)) / [1, 10, 100, 1000, 7][Int.random(in: 0 ..< 5, using: &generator)])
            case 2: return .string(String((0 ..< 6).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0 ... 0x7F, using: &generator))) }))
            case 3: return .bool(Bool.random(using: &generator))
            case 4: return .array((0 ..< Int.random(in: 0 ... 3, using: &generator)).map { _ in value(depth + 1) })
            default:
                var members: [String: JSONNode] = [:]
                for _ in 0 ..< Int.random(in: 0 ... 6, using: &generator) { members[key()] = value(depth + 1) }
                return .object(members)
            }
        }
        for _ in 0 ..< 500 {
            var members: [String: JSONNode] = [:]
            for _ in 0 ..< 8 { members[key()] = value(0) }
            let node = JSONNode.object(members)
            #expect(node.serialized() == Self.foundation(node, pretty: false))
            #expect(node.serialized(pretty: true) == Self.foundation(node, pretty: true))
        }
    }
}

/// A small seeded generator, so a failing random case is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct JSONRowTests {
    @Test func readsObjectsAsJSONSerializationDidForEvalAndStats() throws {
        let row = try #require(JSONRow(Array(#"{"attempt": 2, "a": 1, "a": "last", "ids": ["x", "y"], "mixed": ["x", 1], "t": "x\u0041\ud83d\ude00"}"#.utf8)))
        #expect(row.int("attempt") == 2)
        #expect(row.string("a") == "last")
        #expect(row.strings("ids") == ["x", "y"])
        #expect(row.strings("mixed") == nil)
        #expect(row.string("t") == "xA😀")
        #expect(row.string("missing") == nil)
    }

    @Test func integersAreWhatAsIntGaveForJSONSerializationsNumbers() {
        let cases: [(String, Int?)] = [
            ("1", 1), ("1.0", 1), ("1e0", 1), ("2E2", 200), ("-0", 0), ("-3", -3), ("1.5", nil), ("true", 1), ("false", 0),
            ("\"1\"", nil), ("null", nil), ("10000000000000000000", nil), ("[1]", nil),
        ]
        for (text, expected) in cases {
            #expect(JSONRow(Array("{\"n\": \(text)}".utf8))?.int("n") == expected, "\(text)")
        }
    }

    @Test func rejectsWhatJSONSerializationRejected() {
        for text in ["{\"a\":1} x", "[1]", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1-2}", "{\"a\":\"\u{1}\"}", "\"s\"", ""] {
            #expect(JSONRow(Array(text.utf8)) == nil, "\(text)")
        }
        #expect(JSONRow([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D]) == nil, "invalid UTF-8")
        #expect(JSONRow(Array(" {\"a\":1} ".utf8))?.int("a") == 1)
    }
}

@Suite struct TextHelperTests {
    @Test func pathsSplitAndJoinAsNSStringDid() {
        // (path, deletingLastPathComponent, lastPathComponent, appendingPathComponent("c")), as Foundation gave them.
        let table: [(String, String, String, String)] = [
            ("", "", "", "c"), ("/", "/", "/", "/c"), ("//", "", "", "//c"), ("ab", "", "ab", "ab/c"), ("ab/", "", "ab", "ab/c"),
            ("/a", "/", "a", "/a/c"), ("/a/", "/", "a", "/a/c"), ("/a/b", "/a", "b", "/a/b/c"), ("a//b", "a", "b", "a//b/c"),
            ("/a//b//", "/a", "b", "/a//b//c"), ("./a", ".", "a", "./a/c"), ("../a/b", "../a", "b", "../a/b/c"), ("///", "", "", "///c"),
        ]
        for (path, parent, last, appended) in table {
            #expect(PathString.deletingLastComponent(path) == parent, "\(path)")
            #expect(PathString.lastComponent(path) == last, "\(path)")
            #expect(PathString.appending("c", to: path) == appended, "\(path)")
            #expect(PathString.appending("", to: path) == path)
            #expect((path as NSString).appendingPathComponent("c") == appended)
        }
        #expect(PathString.deletingLastComponent("a") == "", "one character (Foundation trapped on this)")
    }

    @Test func blanksAreFoundationsWhitespaceSetsScalarByScalar() {
        for v in 0 ... 0x3100 {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(Blanks.whitespace.contains(u) == CharacterSet.whitespaces.contains(u), "U+\(String(v, radix: 16))")
            #expect(Blanks.whitespaceAndNewlines.contains(u) == CharacterSet.whitespacesAndNewlines.contains(u), "U+\(String(v, radix: 16))")
        }
        #expect(" \u{200B}x\u{85} \t".trimming(.whitespace) == "x\u{85}")
        #expect("\r\n x \u{2028}".trimming(.whitespaceAndNewlines) == "x")
        #expect(" \u{301}x ".trimming(.whitespace) == "\u{301}x", "a combining mark after a space stays")
        #expect(" \t ".trimming(.whitespace).isEmpty)
    }

    @Test func replacingAndPaddingWorkOnScalarsAndUTF16() {
        #expect("a\r\nb%".replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A") == "a%0D%0Ab%25")
        #expect("x«\u{301}y»".replacingAll("«", with: "").replacingAll("»", with: "") == "x\u{301}y")
        #expect("abc".padded(toLength: 2) == "ab")
        #expect("中文".padded(toLength: 4) == "中文  ")
        #expect("😀a".padded(toLength: 1) == "\u{FFFD}")
        var generator = SplitMix(seed: 7)
        for _ in 0 ..< 300 {
            let s = String(String.UnicodeScalarView((0 ..< Int.random(in: 0 ... 10, using: &generator)).map { _ in
                Unicode.Scalar(UInt32.random(in: 0 ... 0x3000, using: &generator)) ?? "x"
            }))
            #expect(s.replacingAll("\n", with: "%0A") == s.replacingOccurrences(of: "\n", with: "%0A"))
            #expect(s.padded(toLength: 6) == s.padding(toLength: 6, withPad: " ", startingAt: 0))
            #expect(s.trimming(.whitespace) == s.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func numbersFormatAsStringFormatDid() {
        #expect(Formatted.fixed(12.5, digits: 0) == "12")
        #expect(Formatted.fixed(99.5, digits: 0) == "100")
        #expect(Formatted.fixed(0.125, digits: 2) == "0.12")
        #expect(Formatted.fixed(7.25, digits: 1, width: 5) == "  7.2")
        #expect(Formatted.fixed(33.333, digits: 1) == "33.3")
        #expect(Formatted.rightAligned(12, width: 9) == "       12")
        #expect(Formatted.hex(0xAB, digits: 2, uppercase: true) == "AB")
        #expect(Formatted.hex(7, digits: 4, uppercase: false) == "0007")
        for value in [0, 0.0005, 1.5, 2.5, -3.14159, 1234.5678, 1e20, 0.05, 0.15, 0.25] {
            for digits in 0 ... 3 { #expect(Formatted.fixed(value, digits: digits) == String(format: "%.\(digits)f", value)) }
            #expect(Formatted.fixed(value, digits: 1, width: 5) == String(format: "%5.1f", value))
        }
    }
}

@Suite struct SystemIOTests {
    @Test func filesAreWrittenAndReadWhole() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big").path
        let bytes = (0 ..< 3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        try FileIO.writeAll(bytes, to: fd)
        close(fd)
        #expect(try FileIO.readFile(path) == bytes)
        #expect(FileIO.isDirectory(path) == false)
        #expect(FileIO.isDirectory(dir.path) == true)
        #expect(FileIO.isDirectory(path + "-missing") == nil)
        #expect(throws: SystemError(code: ENOENT)) { try FileIO.readFile(path + "-missing") }
        #expect(SystemError(code: EACCES).description == "Permission denied")
    }

    @Test func fileErrorsReadAsTheSystemsMessage() {
        let denied = CocoaError(.fileReadNoPermission, userInfo: [NSUnderlyingErrorKey: POSIXError(.EACCES)])
        #expect(InputCollector.reason(denied) == "Permission denied")
        #expect(InputCollector.reason(CocoaError(.fileReadNoPermission)) == "permission denied")
        #expect(InputCollector.reason(CocoaError(.fileNoSuchFile, userInfo: [NSUnderlyingErrorKey: POSIXError(.ENOENT)])) == "No such file or directory")
    }

    @Test func aChildsOutputStatusAndSignalAreCollected() throws {
        let env = ProcessInfo.processInfo.environment
        let r = try #require(Subprocess.run("/bin/sh", ["sh", "-c", "printf out; printf err >&2; exit 3"], environment: env))
        #expect(r.status == 3)
        #expect(r.stdout == Array("out".utf8))
        #expect(r.stderr == Array("err".utf8))
        // Both pipes fill far beyond their buffers: reading one to its end first would stall the child.
        let big = try #require(Subprocess.run("/bin/sh", ["sh", "-c", "head -c 300000 /dev/zero; head -c 300000 /dev/zero >&2; cat"], environment: env))
        #expect(big.status == 0)
        #expect(big.stdout.count == 300_000 && big.stderr.count == 300_000, "standard input is /dev/null, so cat ends at once")
        let killed = try #require(Subprocess.run("/bin/sh", ["sh", "-c", "kill -9 $$"], environment: env))
        #expect(killed.status == 9)
        #expect(Subprocess.run("/nonexistent/program", ["program"], environment: env) == nil)
    }

    @Test func gitRunsInItsFolderAndNotAtAllInAMissingOne() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let git = Git(directory: dir.path)
        #expect(git.run(["init", "-q"])?.status == 0)
        let top = try #require(git.topLevel())
        #expect(top == URL(fileURLWithPath: dir.path).resolvingSymlinksInPath().path)
        #expect(Git(directory: dir.path + "/missing").run(["status"]) == nil)
    }

    @Test func aDetachedThreadRunsInParallelWithItsStarter() async {
        // The thread waits for a signal given only after `start` returns: run in line, it would time out.
        let go = DispatchSemaphore(value: 0)
        let sawSignal: Bool = await withCheckedContinuation { continuation in
            let started = DetachedThread.start { continuation.resume(returning: go.wait(timeout: .now() + 10) == .success) }
            #expect(started)
            go.signal()
        }
        #expect(sawSignal)
    }
}
