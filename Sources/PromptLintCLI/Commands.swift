public import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PCRE2Kit
import PromptLintCore

/// The `prompt-lint` command line.
public struct PromptLintCommand: AsyncParsableCommand {
    /// The command's configuration and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "prompt-lint",
        abstract: "Find the wording in LLM prompts that makes models refuse, score the risk, and suggest rewrites.",
        discussion: "Exit status: 0 below the threshold, 1 when a prompt reaches --fail-on or --max-score, 2 for usage, rule or I/O errors.",
        version: PromptLintVersion.string,
        subcommands: [Check.self, Rewrite.self, Score.self, Explain.self, Rules.self, Eval.self, SendForwarder.self, Stats.self],
        defaultSubcommand: Check.self
    )

    /// Creates the command (used by ArgumentParser).
    public init() {}
}

/// The version printed by `--version`.
public enum PromptLintVersion {
    /// The version string.
    public static let string = "0.1.0"
}

/// Exit codes shared by every subcommand.
enum Exit {
    static let findings = ExitCode(1)
    static let failure = ExitCode(2)
}

/// Whether standard output is a colour terminal (and `NO_COLOR` is unset).
func stdoutIsColorTerminal() -> Bool {
    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"
}

/// Options every linting subcommand shares.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Add or override rule packs from a folder of .rules files (repeatable).", valueName: "dir"))
    var ruleDirs: [String] = []

    @Flag(name: .customLong("no-builtin-rules"), help: "Use only the rules from --rules folders, not the built-in packs.")
    var noBuiltinRules = false

    func ruleSet() throws -> RuleSet {
        do { return try RuleLoader.load(extra: ruleDirs, includeBuiltin: !noBuiltinRules) } catch {
            printError(error.description)
            throw Exit.failure
        }
    }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

/// Options for rewriting, shared by `rewrite` and `check --fix`.
struct RewriteFlags: ParsableArguments {
    @Flag(help: "Only substitute wording; add no declaration.") var substitutionsOnly = false
    @Flag(help: "Also add a data-source limitation (official registries, published reports, the organisation's website).") var declareSources = false
    @Flag(help: "Turn {$name} and ${name} placeholders into {NAME}.") var normalizePlaceholders = false

    var options: RewriteOptions {
        RewriteOptions(level: substitutionsOnly ? .substitutions : declareSources ? .dataSources : .declaration, normalizePlaceholders: normalizePlaceholders)
    }

    func validate() throws {
        if substitutionsOnly && declareSources { throw ValidationError("--substitutions-only and --declare-sources exclude each other") }
    }
}
extension ReportFormat: ExpressibleByArgument {}
extension RiskLevel: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}

// MARK: - check

/// `prompt-lint check`: lint files and folders.
struct Check: AsyncParsableCommand {
    // `_superCommandName` marks `check` as a command of prompt-lint when ``PromptLintCommand/fastCheck(_:)`` parses
    // it as the root: ArgumentParser then skips its search for `--generate-completion-script` (two more parses of
    // the arguments, 40% of the parse; fastCheck leaves such calls to the full parser anyway). Under the root
    // command, as in every other call, the name has no effect.
    static let configuration = CommandConfiguration(
        commandName: "check",
        _superCommandName: "prompt-lint",
        abstract: "Lint prompt files and folders (the default subcommand).",
        discussion: """
        Settings come from the nearest .prompt-lint file above each linted file (see the README); \
        command-line options win over it. In a git work tree, folders are walked with .gitignore respected.
        """
    )

    @Argument(help: "Files or folders to lint; '-' reads standard input.") var paths: [String] = ["."]
    @OptionGroup var rules: RuleOptions
    @Option(help: "Output format (the README shows each).") var format: ReportFormat = .text
    @Option(help: "Fail (exit 1) when a prompt reaches this level (low: any finding). Default: the configuration's fail-on, else medium.") var failOn: FailThreshold?
    @Option(help: "Fail (exit 1) when a prompt scores above this number.") var maxScore: Int?
    @Option(help: "Colour: auto (only on a terminal), always or never.") var color: ColorChoice = .auto
    @Option(help: "How to read '-' and files with unknown extensions: text, request or jsonLines.") var stdinKind: DocumentKind = .text
    @Option(help: "The JSON member that holds the prompt in objects that are not Messages API requests.") var field = "text"
    @Option(help: ArgumentHelp("Use this configuration file for every input instead of the nearest .prompt-lint.", valueName: "file")) var config: String?
    @Flag(help: "Ignore .prompt-lint files.") var noConfig = false
    @Flag(help: "Also walk into files and folders that .gitignore ignores.") var noIgnore = false
    @Option(help: ArgumentHelp("Hide the findings recorded in this baseline file; report its stale entries.", valueName: "file")) var baseline: String?
    @Option(help: ArgumentHelp("Record every current finding in this baseline file (then report as if it were --baseline).", valueName: "file")) var writeBaseline: String?
    @Option(name: .customLong("changed"), help: ArgumentHelp(
        "Lint only files and lines changed against a git ref (from its merge base with HEAD, uncommitted changes included); bare --changed: the staged changes.",
        valueName: "ref")) var changed: String?
    @Flag(help: "Rewrite files in place (atomically), then lint them again.") var fix = false
    @Flag(help: "Print the rewrites as a unified diff; change nothing.") var diff = false
    @OptionGroup var rewriteFlags: RewriteFlags

    /// The value `--changed` without a ref is turned into (see ``PromptLintCommand/normalizeChangedFlag(_:)``).
    static let stagedMarker = ":staged"

    func validate() throws {
        if fix && diff { throw ValidationError("--fix and --diff exclude each other") }
        if (fix || diff) && paths.contains("-") { throw ValidationError("--fix and --diff need files; use 'prompt-lint rewrite -' for standard input") }
        if writeBaseline != nil && changed != nil { throw ValidationError("--write-baseline records every finding; it cannot be combined with --changed") }
        if config != nil && noConfig { throw ValidationError("--config and --no-config exclude each other") }
        if let changed, changed.isEmpty { throw ValidationError("--changed= needs a ref, such as --changed=origin/main") }
    }

    func run() async throws {
        let start = Date()
        let ruleSet = try rules.ruleSet()
        if fix || diff {
            try applyFixes(Linter(rules: ruleSet))
            if diff { return }
        }
        var checkRun = CheckRun(rules: ruleSet)
        checkRun.configurationPath = config
        checkRun.usesConfiguration = !noConfig
        checkRun.failOn = failOn
        checkRun.maxScore = maxScore
        checkRun.defaultKind = stdinKind
        checkRun.field = field
        checkRun.baselinePath = baseline
        checkRun.writeBaselinePath = writeBaseline
        checkRun.respectsGitignore = !noIgnore
        if let changed { checkRun.changed = changed == Self.stagedMarker ? .staged : .ref(changed) }
        var progress = ProgressBar(enabled: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb", start: start)
        let reports: [FileReport]
        do { reports = try await checkRun.run(paths) { progress.update(done: $0, total: $1) } } catch {
            progress.clear()
            printError(error.description)
            throw Exit.failure
        }
        progress.clear()
        let summary = RunSummary(reports: reports, seconds: Date().timeIntervalSince(start))
        let useColor = color == .always || (color == .auto && stdoutIsColorTerminal())
        let context = ReportContext(color: useColor, rules: ruleSet)
        FileIO.write(format.reporter(context).render(reports, summary: summary), to: FileIO.standardOutput)
        if summary.errors > 0 { throw Exit.failure }
        if summary.failing > 0 { throw Exit.findings }
    }

    /// `--fix` and `--diff`: rewrites each file (or prints the diff) before the lint.
    func applyFixes(_ linter: Linter) throws {
        let (files, _) = InputCollector().collect(paths)
        var fixer = FileRewriter(rewriter: Rewriter(linter: linter), options: rewriteFlags.options)
        fixer.defaultKind = stdinKind
        fixer.field = field
        var failed = false
        for path in files {
            guard case .success(let bytes) = InputCollector.read(path) else { continue }  // the lint below reports it
            do {
                let plan = try fixer.plan(bytes: bytes, path: path)
                guard plan.changed else { continue }
                let scores = plan.results.filter(\.changed).map { "\($0.before.score) → \($0.after.score)" }.joined(separator: ", ")
                if diff {
                    FileIO.write(FileRewriter.unifiedDiff(plan), to: FileIO.standardOutput)
                } else {
                    try FileRewriter.write(plan)
                    printError("fixed \(path): refusal risk \(scores) (\(plan.edits.count) edit\(plan.edits.count == 1 ? "" : "s"))")
                }
            } catch {
                printError(error.description)
                failed = true
            }
        }
        if failed { throw Exit.failure }
    }
}

extension FailThreshold: ExpressibleByArgument {}

/// A one-line progress bar on standard error, for runs that take a while on a terminal; nothing otherwise.
struct ProgressBar {
    let enabled: Bool
    let start: Date
    private var shown = false
    private var lastDraw = Date.distantPast

    init(enabled: Bool, start: Date) {
        self.enabled = enabled
        self.start = start
    }

    /// Redraws at most ten times a second, once the run has taken half a second and has more than a few files left.
    mutating func update(done: Int, total: Int) {
        guard enabled, total >= 16, done < total else { return }
        let now = Date()
        guard now.timeIntervalSince(start) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        shown = true
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileIO.write("\r\u{1B}[2Kprompt-lint \(bar) \(done)/\(total) files", to: FileIO.standardError)
    }

    /// Erases the bar, if it was drawn.
    mutating func clear() {
        guard shown else { return }
        shown = false
        FileIO.write("\r\u{1B}[2K", to: FileIO.standardError)
    }
}

// MARK: - rewrite

/// `prompt-lint rewrite FILE|-`: print the rewritten prompt.
struct Rewrite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rewrite", abstract: "Print a prompt rewritten to avoid refusals; the old and new scores go to standard error.")

    @Argument(help: "A prompt file, or '-' for standard input.") var path: String = "-"
    @OptionGroup var rules: RuleOptions
    @OptionGroup var rewriteFlags: RewriteFlags
    @Option(help: "How to read '-' and unknown extensions: text, request or jsonLines.") var stdinKind: DocumentKind = .text

    func run() async throws {
        var fixer = FileRewriter(rewriter: Rewriter(linter: Linter(rules: try rules.ruleSet())), options: rewriteFlags.options)
        fixer.defaultKind = stdinKind
        let bytes: [UInt8]
        switch InputCollector.read(path) {
        case .success(let b): bytes = b
        case .failure(let d):
            printError(d.description)
            throw Exit.failure
        }
        let plan: FilePlan
        do { plan = try fixer.plan(bytes: bytes, path: path) } catch {
            printError(error.description)
            throw Exit.failure
        }
        FileIO.write(plan.rewritten, to: FileIO.standardOutput)
        for (i, r) in plan.results.enumerated() {
            let label = plan.results.count > 1 ? " (prompt \(i + 1))" : ""
            if r.changed {
                printError("refusal risk\(label): \(r.before.score) → \(r.after.score) (\(r.before.level.rawValue) → \(r.after.level.rawValue))")
            } else {
                printError("refusal risk\(label): \(r.before.score) (\(r.before.level.rawValue)), unchanged: \(r.unchangedReason ?? "")")
            }
        }
    }
}

// MARK: - score

/// `prompt-lint score --jsonl`: one result line per input line, streaming.
struct Score: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "score", abstract: "Score JSON Lines in bulk: one output line per input line, in order, in constant memory.")

    @Flag(help: "Read JSON Lines (required; one request or object per line).") var jsonl = false
    @Option(help: "The member holding the prompt in objects that are not Messages API requests.") var field = "text"
    @Argument(help: "A JSON Lines file, or '-' for standard input.") var input: String = "-"
    @OptionGroup var rules: RuleOptions

    func validate() throws {
        guard jsonl else { throw ValidationError("score reads JSON Lines: pass --jsonl") }
    }

    func run() async throws {
        let linter = Linter(rules: try rules.ruleSet())
        let fd: Int32
        if input == "-" { fd = FileIO.standardInput } else {
            do { fd = try FileIO.openForReading(input) } catch {
                printError("\(input): error: cannot read: \(error)")
                throw Exit.failure
            }
        }
        defer { if fd != FileIO.standardInput { close(fd) } }
        let scorer = LineScorer(linter: linter, field: field)
        do { try await scorer.stream(from: fd) { FileIO.write($0, to: FileIO.standardOutput) } } catch {
            printError("\(input): error: cannot read: \(error)")
            throw Exit.failure
        }
    }
}

/// Scores JSON Lines from a file descriptor in batches, on all cores, keeping input order and bounded memory.
struct LineScorer: Sendable {
    let linter: Linter
    let field: String
    /// The longest line kept in memory; longer lines are reported as errors and skipped.
    var maxLineBytes = 64 << 20

    func stream(from fd: Int32, write: (String) -> Void) async throws(SystemError) {
        var pending: [UInt8] = []
        var batch: [[UInt8]?] = []  // nil = a line that was too long
        var overlong = false
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        func flush() async {
            guard !batch.isEmpty else { return }
            let lines = batch
            batch.removeAll(keepingCapacity: true)
            let chunk = (lines.count + workers - 1) / workers
            var outputs = [String](repeating: "", count: lines.count)
            await withTaskGroup(of: (Int, [String]).self) { group in
                for start in stride(from: 0, to: lines.count, by: chunk) {
                    let end = min(lines.count, start + chunk)
                    let slice = Array(lines[start ..< end])
                    group.addTask {
                        let scratch = MatchScratch()
                        return (start, slice.map { self.score(line: $0, scratch: scratch) })
                    }
                }
                for await (start, results) in group {
                    for (i, r) in results.enumerated() { outputs[start + i] = r }
                }
            }
            write(outputs.joined())
        }
        while true {
            let bytes = try FileIO.read(fd, upTo: 1 << 20)
            if bytes.isEmpty { break }
            var start = 0
            while start < bytes.count {
                let newline = bytes[start...].firstIndex(of: 0x0A)
                let end = newline ?? bytes.count
                if !overlong {
                    if pending.count + (end - start) > maxLineBytes {
                        overlong = true
                        pending = []
                    } else {
                        pending.append(contentsOf: bytes[start ..< end])
                    }
                }
                guard newline != nil else { break }
                batch.append(overlong ? nil : pending)
                pending.removeAll(keepingCapacity: true)
                overlong = false
                start = end + 1
                if batch.count >= 4096 { await flush() }
            }
        }
        if !pending.isEmpty || overlong { batch.append(overlong ? nil : pending) }
        await flush()
    }

    func score(line: [UInt8]?, scratch: MatchScratch) -> String {
        func failure(_ message: String) -> String {
            var out = JSONOut()
            out.object { $0.member("error", string: message) }
            return out.text + "\n"
        }
        guard let line else { return failure("line longer than the limit; not scored") }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return failure("empty line") }
        let json: JSONSource
        do { json = try JSONSource.parse(line) } catch { return failure("invalid JSON: \(error.message)") }
        guard let extracted = DocumentExtractor.prompt(from: json, field: field, base: 0) else {
            return failure("no prompt text (no 'messages', 'system' or '\(field)')")
        }
        let a = linter.assess(extracted.prompt, scratch: scratch)
        var out = JSONOut()
        out.object { o in
            o.member("findings") { $0.array(a.findings) { out, f in
                out.object { $0.member("category", string: f.category.rawValue); $0.member("rule", string: f.ruleID) }
            } }
            o.member("level", string: a.level.rawValue)
            o.member("score", int: a.score)
        }
        return out.text + "\n"
    }
}

// MARK: - explain

/// `prompt-lint explain FILE`: how each finding and mitigation moved the score.
struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show how each finding and each mitigating phrase moved a prompt's score.")

    @Argument(help: "A prompt file, or '-' for standard input.") var path: String
    @OptionGroup var rules: RuleOptions
    @Option(help: "How to read '-' and unknown extensions: text, request or jsonLines.") var stdinKind: DocumentKind = .text

    func run() async throws {
        var linter = Linter(rules: try rules.ruleSet())
        linter.reportsAllMitigations = true
        var runner = LintRunner(linter: linter)
        runner.defaultKind = stdinKind
        let report = runner.lint(path: path)
        for d in report.diagnostics { printError(d.description) }
        if report.diagnostics.contains(where: { $0.level == .error }) { throw Exit.failure }
        print(Explanation.render(report, policy: runner.linter.policy))
    }
}

/// Renders the score formula's terms for each prompt of a file.
enum Explanation {
    static func render(_ report: FileReport, policy: ScoringPolicy) -> String {
        var out = ""
        for prompt in report.prompts {
            let a = prompt.assessment
            let header = prompt.jsonLine.map { "\(report.path):\($0)" } ?? report.path
            out += "\(header): refusal risk \(a.score)/100 (\(a.level.rawValue))\n"
            if a.contributions.isEmpty { out += "  no rule fired\n" }
            out += "  findings (score = 100 × (1 − Π(1 − w × m)), each rule once, strongest first):\n"
            for c in a.contributions {
                let at = prompt.findings.first { $0.finding.ruleID == c.ruleID }
                let loc = at.map { "\($0.line):\($0.column) \($0.finding.matchedText.debugDescription)" } ?? ""
                var line = "    → " + Formatted.fixed(c.scoreAfter, digits: 1, width: 5) + "  w=" + Formatted.fixed(c.weight, digits: 2)
                if c.mitigationFactor < 1 {
                    line += " × m=" + Formatted.fixed(c.mitigationFactor, digits: 2) + " (" + c.mitigatedBy.joined(separator: ", ") + ") = "
                        + Formatted.fixed(c.effective, digits: 2)
                }
                out += "\(line)  [\(c.ruleID)] \(loc)\n"
            }
            if !prompt.mitigations.isEmpty {
                out += "  mitigating context (each multiplies the weights it applies to by 1 − strength):\n"
                for m in prompt.mitigations {
                    let applies = m.mitigation.appliesTo.map(\.rawValue).joined(separator: ", ") + (m.mitigation.appliesToHarmful ? ", harmful" : "")
                    out += "    −" + Formatted.fixed(m.mitigation.strength * 100, digits: 0) + "%  [\(m.mitigation.ruleID)] \(m.line):\(m.column) \(m.mitigation.matchedText.debugDescription) → \(applies)\n"
                }
            }
            if a.harmfulIntent {
                out += "  harmful intent: raised to at least \(policy.highThreshold); no rewrite, no retry\n"
            }
            out += "  levels: low < \(policy.mediumThreshold) ≤ medium < \(policy.highThreshold) ≤ high\n"
        }
        return out
    }
}

// MARK: - rules

/// `prompt-lint rules`: list, explain and test rules.
struct Rules: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and test rules.",
        subcommands: [List.self, ExplainRule.self, Test.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every rule: id, kind, category, weight, pack.")
        @OptionGroup var rules: RuleOptions

        func run() async throws {
            let set = try rules.ruleSet()
            let width = set.rules.map(\.id.count).max() ?? 10
            for r in set.rules {
                let pad = String(repeating: " ", count: max(0, width - r.id.count))
                let category = r.kind == .mitigate ? "lowers " + r.appliesTo.sorted().map(\.rawValue).joined(separator: ",") : r.category.rawValue
                print("\(r.id)\(pad)  \(r.kind.rawValue.padded(toLength: 8)) \(Formatted.fixed(r.weight, digits: 2))  \(r.harmful ? "harmful " : "")\(category)  (\(r.pack))")
            }
            print("\(set.rules.count) rules")
        }
    }

    struct ExplainRule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show one rule in full, with its examples.")
        @Argument(help: "The rule id.") var id: String
        @OptionGroup var rules: RuleOptions

        func run() async throws {
            let set = try rules.ruleSet()
            guard let r = set.rule(id: id) else {
                let close = set.rules.map(\.id).filter { $0.contains(id) || id.contains($0) }.prefix(5)
                printError("error: no rule '\(id)'" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
                throw Exit.failure
            }
            var out = "\(r.id) (\(r.kind.rawValue), pack \(r.pack), \(r.location))\n"
            if r.kind == .mitigate {
                out += "  lowers: \(r.appliesTo.sorted().map(\.rawValue).joined(separator: ", "))\(r.appliesToHarmful ? ", harmful" : "") by \(Int(r.weight * 100))%\n"
            } else {
                out += "  category: \(r.category.rawValue), severity: \(r.severity.rawValue), weight: \(r.weight)\(r.harmful ? ", harmful intent" : "")\n"
                out += "  message: \(r.message)\n"
            }
            for (i, p) in r.patterns.enumerated() {
                out += "  pattern: \(p.source)\n"
                // What the prefilter looks for before the pattern runs (worked out from the pattern).
                let groups = i < Rule.maxFilteredPatterns ? r.requiredLiterals[i].groups : []
                if groups.isEmpty {
                    out += "    prefilter: no required literal; runs near the rule's keywords\(r.keywords.isEmpty ? " (none: everywhere)" : "")\n"
                }
                for g in groups {
                    let literals = g.literals.map { l in
                        (l.wordStart ? "\\b" : "") + String(decoding: Array(l.bytes), as: UTF8.self) + (l.wordEnd ? "\\b" : "")
                    }
                    let offset = g.maxOffset.map { fixed in
                        var parts = ["\(fixed) bytes"]
                        if g.spaceRuns > 0 { parts.append("\(g.spaceRuns) run\(g.spaceRuns == 1 ? "" : "s") of white space") }
                        if g.otherRuns > 0 { parts.append("\(g.otherRuns) run\(g.otherRuns == 1 ? "" : "s") of other characters") }
                        return "at most " + parts.joined(separator: " + ") + " into the match"
                    } ?? "anywhere in the match"
                    out += "    prefilter: needs one of \(literals.joined(separator: " "))  (\(offset))\n"
                }
            }
            if !r.keywords.isEmpty { out += "  keywords: \(r.keywords.joined(separator: ", "))\n" }
            for c in r.near { out += "  near\(c.window.map { "(\($0))" } ?? ""): \(c.pattern.source)\n" }
            for c in r.unless { out += "  unless\(c.window.map { "(\($0))" } ?? ""): \(c.pattern.source)\n" }
            if !r.requires.isEmpty { out += "  requires: \(r.requires.joined(separator: ", "))\(r.within.map { " within \($0) words" } ?? "")\n" }
            if let rw = r.rewrite { out += "  rewrite: \(rw)\n" }
            for e in r.examples { out += "  example: \(e.text)\n" }
            for e in r.counterExamples { out += "  counter: \(e.text)\n" }
            for f in r.fixes { out += "  fix: \(f.before) => \(f.after)\n" }
            print(out, terminator: "")
        }
    }

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "test", abstract: "Run every rule's examples (all rules, or only those in DIR).")
        @Argument(help: "A folder of .rules files to test together with the built-in packs.") var dir: String?

        func run() async throws {
            let set: RuleSet
            do { set = try RuleLoader.load(extra: dir.map { [$0] } ?? []) } catch {
                printError(error.description)
                throw Exit.failure
            }
            let tester = RuleTester(rules: set)
            var selected = set.rules
            if let dir {
                let files = Set((try? RuleLoader.sources(in: dir))?.map(\.file) ?? [])
                selected = set.rules.filter { files.contains($0.location.file) }
            }
            var failures: [ExampleFailure] = []
            var examples = 0
            for rule in selected {
                examples += rule.examples.count + rule.counterExamples.count + rule.fixes.count
                failures += tester.test(rule)
            }
            for f in failures { print("\(f.location): error: [\(f.ruleID)] \(f.message)") }
            print("\(selected.count) rules, \(examples) examples: \(failures.isEmpty ? "all passed" : "\(failures.count) failed")")
            if !failures.isEmpty { throw Exit.findings }
        }
    }
}

extension PromptLintCommand {
    /// Turns a bare `--changed` (no ref after it) into `--changed=:staged`, since an option's value cannot be optional.
    ///
    /// The word after `--changed` is its ref unless it starts with `-` or names an existing file or folder;
    /// `--changed=REF` is never ambiguous.
    public static func normalizeChangedFlag(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { out += arguments[i...]; break }
            if a == "--changed" {
                if i + 1 < arguments.count, !arguments[i + 1].hasPrefix("-"), !FileManager.default.fileExists(atPath: arguments[i + 1]) {
                    out.append("--changed=" + arguments[i + 1])
                    i += 2
                    continue
                }
                out.append("--changed=" + Check.stagedMarker)
            } else {
                out.append(a)
            }
            i += 1
        }
        return out
    }

    /// `prompt-lint check …` parsed by the `check` command alone, or nil to take the usual way.
    ///
    /// The root command has no options of its own, so this gives the same command as parsing through the root, without
    /// ArgumentParser first building the argument tables of every subcommand. Help, completion scripts (and
    /// ArgumentParser's `--experimental-…` flags) and every error take the usual way, so their messages are unchanged.
    static func fastCheck(_ arguments: [String]) -> (any ParsableCommand)? {
        guard arguments.first == Check.configuration.commandName,
              !arguments.contains(where: { $0 == "help" || $0.hasPrefix("--generate-completion") || $0.hasPrefix("--experimental") })
        else { return nil }
        return try? Check.parse(Array(arguments.dropFirst()))
    }

    /// Parses the process arguments and runs the chosen subcommand, exiting with its status.
    public static func runMain() async -> Never {
        // Loading the built-in rules is the largest fixed cost of a run; it starts now, on another core, while the
        // arguments are parsed (commands that need the rules then find them loaded or wait for the load to end).
        let arguments = CommandLine.arguments.dropFirst()
        let helpOnly = arguments.contains { ["-h", "--help", "--version", "help"].contains($0) }
        if !helpOnly, !arguments.contains("--no-builtin-rules") {
            DetachedThread.start { _ = try? RuleSet.builtin() }
        }
        do {
            let normalized = normalizeChangedFlag(Array(CommandLine.arguments.dropFirst()))
            var command = try fastCheck(normalized) ?? parseAsRoot(normalized)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit()
        } catch {
            // Usage errors exit 2, like the other errors a user can cause (ArgumentParser's default is 64).
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                exit(withError: Exit.failure)
            }
            exit(withError: error)
        }
    }
}

// MARK: - send

/// `prompt-lint send`: runs the `prompt-lint-send` binary installed beside this one, so the lint path never
/// links the HTTP client. All arguments are passed through.
struct SendForwarder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Assess a prompt, send it to the Messages API, and recover from refusals (runs prompt-lint-send).",
        discussion: "Options: --model, --fallback-model, --max-attempts, --stream, --base-url, --api-version, --log, --format text|json. See 'prompt-lint-send --help'."
    )

    @Argument(parsing: .captureForPassthrough, help: "Arguments for prompt-lint-send.") var arguments: [String] = []

    func run() throws {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [exe.deletingLastPathComponent().appendingPathComponent("prompt-lint-send").path]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/prompt-lint-send" }
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            printError("prompt-lint send: error: the prompt-lint-send binary is not beside prompt-lint or on PATH (build it with 'swift build -c release --product prompt-lint-send')")
            throw Exit.failure
        }
        let argv = [path] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        execv(path, &cArgs)
        printError("prompt-lint send: error: cannot run \(path): \(String(cString: strerror(errno)))")
        throw Exit.failure
    }
}
