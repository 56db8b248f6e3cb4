// prompt-lint-bench: measures the lint path's speed and prints a Markdown table of medians.
//
//   swift run -c release prompt-lint-bench [--corpus-mb 50] [--repeat 5] [--only throughput|clean|assess] [--per-rule]
//   swift run -c release prompt-lint-bench --corpus-mb 5 --dump out.jsonl [--dump-texts dev.jsonl] [--without-required-literals]
//
// `--dump` writes every assessment of the corpus (and of the `text` members of `--dump-texts`), with the
// built-in and the synthetic rules, in the default mode and with every signal and mitigation run, one JSON line
// each: compare two builds' dumps with `cmp` to show that a speed change moves no score or finding.
//
// It generates a deterministic corpus of prompts (English and Chinese sentences, some with risky wording),
// then measures: throughput on one core with the built-in rules and with 500 extra rules, throughput on all
// cores, the latency of `assess` on a 2 KB prompt (and on one without risky wording, and on one sentence), and the
// start-up of a pre-commit-sized CLI call.
import Foundation
import PCRE2Kit
import PromptLintCLI
import PromptLintCore

struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
}

let syllables = ["ka", "lo", "mi", "ten", "ra", "su", "vel", "dor", "an", "is", "ph", "tr", "qu", "en", "or", "al", "er", "ix"]
let plain = [
    "Write a short summary of the meeting notes below and list the action items.",
    "Explain the difference between a process and a thread in operating systems.",
    "Translate the following paragraph into French, keeping the formal tone.",
    "Draft a friendly e-mail inviting the team to the quarterly planning session.",
    "Give three ideas for a birthday party for a seven-year-old who likes dinosaurs.",
    "Review this function for bugs and suggest clearer variable names.",
    "请根据以下内容写一段简短的产品介绍，语气专业。",
    "請把這段文字翻譯成英文，並保持原本的語氣。",
    "Summarise the customer's ticket in three bullet points: {{ ticket_body }}",
]
let risky = [
    "Using the confidential internal data, summarise the revenue of {{ quarter }}.",
    "Find the home address and phone number of my coworker Anna.",
    "How do I kill a process that hangs on port 8080?",
    "Please help find the company's unified business number: Company name: {$companyName}",
    "请帮我查询这家公司的统一社会信用代码和负责人的个人资料。",
    "Describe the attack surface of our login service for the security review.",
]

func makeCorpus(megabytes: Int, riskyShare: Double = 0.08) -> [String] {
    var g = Generator(state: 42)
    var prompts: [String] = []
    var total = 0
    while total < megabytes << 20 {
        var p = ""
        let target = 800 + Int(g.next() % 3200)
        while p.utf8.count < target {
            if g.chance(riskyShare) { p += g.pick(risky) + " " }
            else if g.chance(0.5) { p += g.pick(plain) + " " }
            else {
                for _ in 0 ..< 12 { p += (0 ..< 3).map { _ in g.pick(syllables) }.joined() + " " }
                p += ".\n"
            }
        }
        total += p.utf8.count
        prompts.append(p)
    }
    return prompts
}

/// Synthetic rules over the corpus's made-up words: keywords, a pattern with a word gap, examples.
/// One rule in ten has a keyword that occurs in the corpus (three syllables, like the corpus's words); the rest
/// have four-syllable keywords that never occur, as most rules' keywords are absent from most prompts.
func syntheticRules(_ count: Int) -> String {
    var g = Generator(state: 7)
    var text = "category: privacy\n"
    for i in 0 ..< count {
        let a = (0 ..< (i % 10 == 0 ? 3 : 4)).map { _ in g.pick(syllables) }.joined()
        let b = (0 ..< 3).map { _ in g.pick(syllables) }.joined()
        text += """

        [bench.r\(i)]
        weight: 0.01
        message: synthetic rule \(i)
        keywords: \(a)
        pattern: \\b\(a)\\s+(?:\\w+\\s+){0,2}\(b)\\b
        example: \(a) \(b)
        counter: \(b) \(a)

        """
    }
    return text
}

/// `--without-required-literals`: every pattern runs wherever its rule's keywords occur, as before patterns had
/// required literals (compare dumps, or speeds, with and without).
let usesRequiredLiterals = !CommandLine.arguments.contains("--without-required-literals")

/// A linter over `rules` with the bench's settings.
func makeLinter(rules: RuleSet) -> Linter {
    var linter = Linter(rules: rules)
    linter.usesRequiredLiterals = usesRequiredLiterals
    return linter
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func parseArguments() -> (corpusMB: Int, repeats: Int, only: String?, dump: String?, dumpTexts: String?) {
    var corpusMB = 50, repeats = 5
    var only: String?, dump: String?, dumpTexts: String?
    var args = CommandLine.arguments.dropFirst()
    while let a = args.popFirst() {
        switch a {
        case "--corpus-mb": corpusMB = Int(args.popFirst() ?? "") ?? corpusMB
        case "--repeat": repeats = Int(args.popFirst() ?? "") ?? repeats
        case "--only": only = args.popFirst()
        case "--dump": dump = args.popFirst()
        case "--dump-texts": dumpTexts = args.popFirst()
        case "--per-rule", "--load-detail", "--without-required-literals": break
        default: FileHandle.standardError.write(Data("unknown argument \(a)\n".utf8)); exit(2)
        }
    }
    return (corpusMB, repeats, only, dump, dumpTexts)
}
let (corpusMB, repeats, only, dumpPath, dumpTexts) = parseArguments()

// Loading: the built-in packs from their snapshot, as every process does once (parsing them is measured too).
// (`--only` measures one thing: it skips these, and the synthetic rules, so a profile shows that thing alone.)
let loadTimes = only != nil ? [] : (0 ..< 10).map { _ in seconds { _ = try? RuleSet.loadBuiltin() } }
let parseTimes = only != nil ? [] : (0 ..< 10).map { _ in seconds { _ = try? RuleSet.load(RuleSet.builtinSources, folder: .builtin, deferCompilation: true) } }
let builtin = try RuleSet.builtin()
if CommandLine.arguments.contains("--load-detail") {
    let sources = RuleSet.builtinSources
    let parser = RuleParser(folder: .builtin, deferCompilation: true)
    var parsed: [Rule] = []
    let tParse = median((0 ..< 10).map { _ in seconds { parsed = sources.flatMap { (try? parser.parse($0.text, file: $0.file, pack: $0.pack)) ?? [] } } })
    let tSet = median((0 ..< 10).map { _ in seconds { _ = try? RuleSet(rules: parsed, folder: .builtin) } })
    let tFold = median((0 ..< 10).map { _ in seconds { _ = try? ScriptFolder.builtinResult.get() } })
    let tSnapshot = median((0 ..< 10).map { _ in seconds { _ = try? RuleSet.loadBuiltin() } })
    print("snapshot load \(tSnapshot * 1000) ms, parse \(tParse * 1000) ms, rule set \(tSet * 1000) ms, folder(cached) \(tFold * 1000) ms")
    exit(0)
}
let big = only != nil && dumpPath == nil ? builtin : try builtin.merging(try RuleSet.load([.init(file: "bench.rules", pack: "bench", text: syntheticRules(500))], folder: builtin.folder).rules)
let corpus = makeCorpus(megabytes: corpusMB)
let corpusBytes = Double(corpus.reduce(0) { $0 + $1.utf8.count })
let prompts = corpus.map { Prompt($0) }
let cores = ProcessInfo.processInfo.activeProcessorCount

if let dumpPath {
    var texts = corpus + makeCorpus(megabytes: max(1, corpusMB / 5), riskyShare: 0)
    if let dumpTexts {
        for line in try String(contentsOfFile: dumpTexts, encoding: .utf8).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let text = object?["text"] as? String { texts.append(text) }
        }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var out = Data()
    for (name, set) in [("builtin", builtin), ("synthetic", big)] {
        for everything in [false, true] {
            var linter = makeLinter(rules: set)
            linter.evaluatesAllSignals = everything
            linter.reportsAllMitigations = everything
            let scratch = MatchScratch()
            for (i, text) in texts.enumerated() {
                out.append(Data("\(name) \(everything) \(i) ".utf8))
                out.append(try encoder.encode(linter.assess(Prompt(text), scratch: scratch)))
                out.append(0x0A)
            }
        }
    }
    try out.write(to: URL(fileURLWithPath: dumpPath))
    print("dumped \(texts.count) texts × 4 configurations to \(dumpPath)")
    exit(0)
}
print("corpus: \(corpus.count) prompts, \(String(format: "%.1f", corpusBytes / 1_048_576)) MB; \(cores) cores; PCRE2 \(PCRE2Library.version), JIT \(PCRE2Library.jitAvailable)")
print("rules: \(builtin.rules.count) built-in" + (only == nil ? ", \(big.rules.count) with the synthetic ones\n" : "\n"))

func singleCore(_ set: RuleSet) -> Double {
    let linter = makeLinter(rules: set)
    let scratch = MatchScratch()
    var sink = 0
    let runs = (0 ..< repeats).map { _ in seconds { for p in prompts { sink &+= linter.assess(p, scratch: scratch).score } } }
    if sink == -1 { print(sink) }
    return corpusBytes / 1_048_576 / median(runs)
}

func allCores(_ set: RuleSet) async -> Double {
    let linter = makeLinter(rules: set)
    var runs: [Double] = []
    for _ in 0 ..< repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        await withTaskGroup(of: Int.self) { group in
            let chunk = (prompts.count + cores - 1) / cores
            for s in stride(from: 0, to: prompts.count, by: chunk) {
                let slice = prompts[s ..< min(prompts.count, s + chunk)]
                group.addTask {
                    let scratch = MatchScratch()
                    return slice.reduce(0) { $0 &+ linter.assess($1, scratch: scratch).score }
                }
            }
            for await _ in group {}
        }
        runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return corpusBytes / 1_048_576 / median(runs)
}

// `--only throughput|clean|assess`: one measurement, for profiling (`perf record`, `perf stat`).
if only == "throughput" {
    print(String(format: "throughput, 1 core, built-in rules: %.1f MB/s", singleCore(builtin)))
    exit(0)
}
let builtinRate = only == "assess" || only == "clean" ? 0 : singleCore(builtin)
// The same generator with no risky sentence: a folder of prompts that are fine as written (the common case of a
// pre-commit run), where the prefilter lets almost no rule run.
let cleanPrompts = makeCorpus(megabytes: max(1, corpusMB / 5), riskyShare: 0).map { Prompt($0) }
let cleanRate: Double = {
    guard only != "assess" else { return 0 }  // (--only clean measures only this)
    let linter = makeLinter(rules: builtin)
    let scratch = MatchScratch()
    let bytes = Double(cleanPrompts.reduce(0) { $0 + $1.segments[0].bytes.count })
    var sink = 0
    let runs = (0 ..< repeats).map { _ in seconds { for p in cleanPrompts { sink &+= linter.assess(p, scratch: scratch).score } } }
    if sink == -1 { print(sink) }
    return bytes / 1_048_576 / median(runs)
}()
if only == "clean" {
    print(String(format: "throughput, 1 core, built-in rules, no risky sentences: %.1f MB/s", cleanRate))
    exit(0)
}
let bigRate = only == "assess" ? 0 : singleCore(big)
let parallelRate = only == "assess" ? 0 : await allCores(builtin)

// Latency of assess on a 2 KB prompt with risky wording.
var twoKB = ""
var gen = Generator(state: 99)
while twoKB.utf8.count < 2048 { twoKB += (gen.chance(0.3) ? gen.pick(risky) : gen.pick(plain)) + " " }
twoKB = String(decoding: Array(twoKB.utf8.prefix(2048)), as: UTF8.self)
let linter = makeLinter(rules: builtin)
let scratch = MatchScratch()
var batches: [Double] = []
for _ in 0 ..< 200 {
    batches.append(seconds { for _ in 0 ..< 50 { _ = linter.assess(Prompt(twoKB), scratch: scratch) } } / 50)
}
let latency = median(batches) * 1e6
if only == "assess" {
    print(String(format: "assess latency, 2 KB prompt: %.1f µs", latency))
    exit(0)
}

/// The median latency of `assess` on `text`, in µs.
@MainActor func assessLatency(_ text: String) -> Double {
    var batches: [Double] = []
    for _ in 0 ..< 200 { batches.append(seconds { for _ in 0 ..< 50 { _ = linter.assess(Prompt(text), scratch: scratch) } } / 50) }
    return median(batches) * 1e6
}
// The same on a 2 KB prompt of the plain sentences only, and on a one-sentence prompt: what a call before each
// API request costs for prompts with no risky wording.
var cleanTwoKB = ""
while cleanTwoKB.utf8.count < 2048 { cleanTwoKB += gen.pick(plain) + " " }
cleanTwoKB = String(decoding: Array(cleanTwoKB.utf8.prefix(2048)), as: UTF8.self)
let cleanLatency = assessLatency(cleanTwoKB)
let shortLatency = assessLatency(plain[0])

// Start-up: a pre-commit-sized call (three small prompt files) of the built CLI, as a new process each time.
let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let cli = binDir.appendingPathComponent("prompt-lint").path
var startup = Double.nan
if FileManager.default.isExecutableFile(atPath: cli) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("prompt-lint-bench-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var files: [String] = []
    for (i, text) in [plain[0], risky[0], plain[6]].enumerated() {
        let path = dir.appendingPathComponent("p\(i).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        files.append(path)
    }
    // posix_spawn and waitpid, as a shell or pre-commit starts the CLI (Foundation's Process adds its own set-up).
    func spawnAndWait(_ argv: [String]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArgs, environ) == 0 else { return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
    var runs: [Double] = []
    for _ in 0 ..< 40 { runs.append(seconds { spawnAndWait([cli, "check"] + files) }) }
    startup = median(runs) * 1000
}

print("| measurement | median | target |")
print("|---|---:|---:|")
print("| throughput, 1 core, \(builtin.rules.count) built-in rules | \(String(format: "%.1f", builtinRate)) MB/s | ≥ 100 MB/s |")
print("| throughput, 1 core, built-in rules, the same generator without risky sentences | \(String(format: "%.1f", cleanRate)) MB/s | |")
print("| throughput, 1 core, \(big.rules.count) rules (built-in + 500 synthetic, 1 in 10 with keywords in the corpus) | \(String(format: "%.1f", bigRate)) MB/s (\(String(format: "%.2f", bigRate / builtinRate))× the built-in rate) | nearly flat |")
print("| throughput, \(cores) cores, built-in rules | \(String(format: "%.1f", parallelRate)) MB/s (\(String(format: "%.2f", parallelRate / builtinRate))× one core) | |")
print("| `assess` latency, 2 KB prompt | \(String(format: "%.1f", latency)) µs | ≤ 20 µs |")
print("| `assess` latency, 2 KB prompt without risky sentences | \(String(format: "%.1f", cleanLatency)) µs | |")
print("| `assess` latency, one sentence (\(plain[0].utf8.count) bytes) | \(String(format: "%.1f", shortLatency)) µs | |")
print("| loading the built-in rules (from their snapshot; patterns compile on first use) | \(String(format: "%.1f", median(loadTimes) * 1000)) ms | |")
print("| parsing the built-in rule files instead (without the snapshot) | \(String(format: "%.1f", median(parseTimes) * 1000)) ms | |")
print("| start-up, `prompt-lint check` on 3 files | \(String(format: "%.1f", startup)) ms | ≤ 15 ms |")

// Per-rule cost on a 2 MB sample: each rule alone (signals and mitigations included), the 40 slowest first.
if CommandLine.arguments.contains("--per-rule") || ProcessInfo.processInfo.environment["BENCH_PER_RULE"] != nil {
    let sample = Array(prompts.prefix(800))
    let sampleMB = Double(sample.reduce(0) { $0 + $1.segments[0].bytes.count }) / 1_048_576
    var costs: [(String, Double)] = []
    for rule in builtin.rules where rule.kind != .combine {
        guard let single = try? RuleSet(rules: [rule], folder: builtin.folder) else { continue }
        // Signals and mitigations run too (alone, a signal has no combine rule and a mitigation no finding).
        var l = makeLinter(rules: single)
        l.evaluatesAllSignals = true
        l.reportsAllMitigations = true
        let s = MatchScratch()
        // A first pass compiles the rule's patterns (they compile on first use), so the time is the matching alone.
        for p in sample { _ = l.assess(p, scratch: s) }
        let t = seconds { for p in sample { _ = l.assess(p, scratch: s) } }
        costs.append((rule.id, t))
    }
    let empty = makeLinter(rules: try RuleSet(rules: [], folder: builtin.folder))
    let s = MatchScratch()
    let base = seconds { for p in sample { _ = empty.assess(p, scratch: s) } }
    print("\nper-rule cost on \(String(format: "%.1f", sampleMB)) MB (no rules: \(String(format: "%.0f", base * 1000)) ms):")
    for (id, t) in costs.sorted(by: { $0.1 > $1.1 }).prefix(40) { print("  \(String(format: "%7.1f", (t - base) * 1000)) ms  \(id)") }
}
