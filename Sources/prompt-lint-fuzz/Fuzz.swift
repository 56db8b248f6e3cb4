// prompt-lint-fuzz: libFuzzer targets for the parts that read untrusted bytes.
//
// Built two ways:
// - normally (no flags): a plain program that runs each target once over files or folders given on the
//   command line, e.g. the committed seed corpus, as a regression check;
// - for fuzzing (scripts/fuzz.sh): `-sanitize=fuzzer,address -D FUZZING`, where libFuzzer drives it.
//
// The target is chosen by the FUZZ_TARGET environment variable: rules, text, json, jsonl, rewrite, sse.
import MessagesWire
import PCRE2Kit
import PromptLintCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a line to standard error (file descriptor 2, without the C `stderr` global).
func printError(_ message: String) {
    var line = Array((message + "\n").utf8)
    _ = line.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// The fuzz targets.
enum Target: String, CaseIterable {
    case rules, text, json, jsonl, rewrite, sse
}

/// The target chosen for this process, read once.
let selected: Target = {
    guard let raw = getenv("FUZZ_TARGET").map({ String(cString: $0) }), let t = Target(rawValue: raw) else {
        printError("set FUZZ_TARGET to one of: \(Target.allCases.map(\.rawValue).joined(separator: ", "))")
        exit(2)
    }
    return t
}()

/// The built-in rules, loaded once per process (immutable).
let linter: Linter = {
    guard let rules = try? RuleSet.builtin() else { fatalError("built-in rules do not load") }
    return Linter(rules: rules)
}()

/// Stops the process with a message: libFuzzer records the input that led here.
func violated(_ property: String, _ input: [UInt8]) -> Never {
    fatalError("property violated: \(property) on \(String(decoding: input.prefix(200), as: UTF8.self).debugDescription)")
}

/// Runs the selected target on one input.
func run(_ bytes: [UInt8]) {
    switch selected {
    case .rules:
        // Arbitrary bytes as a rule file: an error or rules, never a crash; loaded rules run on their examples.
        let text = String(decoding: bytes, as: UTF8.self)
        if let set = try? RuleSet.load([.init(file: "fuzz.rules", pack: "fuzz", text: text)]) {
            _ = RuleTester(rules: set).testAll()
        }
    case .text, .json, .jsonl:
        let kind: DocumentKind = selected == .text ? .text : selected == .json ? .request : .jsonLines
        guard let prompts = try? DocumentExtractor.extract(bytes, kind: kind) else { return }
        for p in prompts {
            let a = linter.assess(p.prompt)
            guard (0 ... 100).contains(a.score) else { violated("score out of range", bytes) }
            for f in a.findings {
                let segment = p.prompt.segments[f.segment].bytes
                guard f.range.lowerBound >= 0, f.range.upperBound <= segment.count, !f.range.isEmpty else {
                    violated("finding range outside its segment", bytes)
                }
                let fileRange = p.sources[f.segment].fileRange(of: f.range)
                guard fileRange.lowerBound >= 0, fileRange.upperBound <= bytes.count, fileRange.lowerBound <= fileRange.upperBound else {
                    violated("finding maps outside the file", bytes)
                }
            }
        }
    case .rewrite:
        let text = String(decoding: bytes, as: UTF8.self)
        let rewriter = Rewriter(linter: linter)
        for level in RewriteLevel.allCases {
            let once = rewriter.rewrite(Prompt(text), options: .init(level: level))
            let twice = rewriter.rewrite(once.prompt, options: .init(level: level))
            if twice.changed { violated("not idempotent at \(level)", bytes) }
            if once.after.score > once.before.score { violated("score rose", bytes) }
            if once.before.hasHarmfulFinding, once.changed { violated("harmful intent rewritten", bytes) }
            let original = Array(text.utf8)
            let after = once.prompt.segments[0].bytes
            let before = Placeholders.spans(in: original).map { Array(original[$0]) }
            let kept = Placeholders.spans(in: after).map { Array(after[$0]) }
            if before != kept { violated("placeholders changed", bytes) }
            // Outside the edits, the text is unchanged.
            var old = 0, new = 0
            for edit in once.edits {
                let keep = edit.range.lowerBound - old
                let replacement = Array(edit.replacement.utf8)
                guard keep >= 0, new + keep + replacement.count <= after.count,
                      original[old ..< edit.range.lowerBound].elementsEqual(after[new ..< new + keep]),
                      after[(new + keep) ..< (new + keep + replacement.count)].elementsEqual(replacement)
                else { violated("text outside the edits changed", bytes) }
                old = edit.range.upperBound
                new += keep + replacement.count
            }
            if !original[old...].elementsEqual(after[new...]) { violated("text after the last edit changed", bytes) }
        }
    case .sse:
        // Arbitrary bytes as a text/event-stream body (after a first byte that sets the chunk sizes): the events
        // must not depend on how the body is split into chunks, and a too-long line must fail either way. Every
        // event then goes through the stream decoder and accumulator, which may reject it but never crash.
        guard let first = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        let limit = 512
        var whole = SSEDecoder(maxLineLength: limit)
        let all = try? whole.feed(body) + whole.finish()
        var chunked = SSEDecoder(maxLineLength: limit)
        var events: [ServerSentEvent]? = []
        var start = 0, step = Int(first % 13) + 1
        do {
            while start < body.count {
                let end = min(body.count, start + step)
                events! += try chunked.feed(body[start ..< end])
                start = end
                step = step % 5 + 1
            }
            events! += chunked.finish()
        } catch {
            events = nil
        }
        if (all == nil) != (events == nil) { violated("a too-long line is caught in one chunking only", bytes) }
        if let all, let events, all != events { violated("the events depend on the chunking", bytes) }
        var accumulator = MessageAccumulator()
        for sse in all ?? [] {
            guard let event = try? MessageStreamEvent(sse) else { continue }
            do throws(MessagesError) { try accumulator.apply(event) } catch { break }
        }
        if let message = try? accumulator.finish(requireStop: false) {
            _ = try? JSONCoding.encode(message)
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM renames an executable's entry point to `<module>_main`; under libFuzzer it starts the driver.
@_cdecl("prompt_lint_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    _ = selected
    return runDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
}
#else
/// Without libFuzzer: run the selected target once on every file named (folders are read one level deep).
@main
struct Replay {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            for file in files(path) {
                guard let bytes = read(file) else { printError("cannot read \(file)"); exit(2) }
                run(bytes)
                count += 1
            }
        }
        print("\(selected.rawValue): \(count) inputs replayed, no property violated")
    }

    static func files(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [path] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(path + "/" + name) }
        }
        return names.sorted()
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            out += buffer[0 ..< n]
        }
        return out
    }
}
#endif
