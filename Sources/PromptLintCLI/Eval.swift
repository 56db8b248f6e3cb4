import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PCRE2Kit
import PromptLintCore

/// `prompt-lint eval`: measures how well the score separates refused prompts from answered ones.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the risk score on a labelled JSONL file: AUROC per language and category, and benign prompts flagged.",
        discussion: """
        Each line: {"text": …, "lang": "en"|"zh", "expected": "refuse"|"comply", "category": …}. \
        Category rows compare that category's refused prompts with all answered prompts of the same language.
        """
    )

    @Argument(help: "The labelled JSONL file.") var file: String
    @Option(help: "Score only one half of the rows (split by a hash of the id): a, b or all.") var split: String = "all"
    @Option(help: "List the N highest-scored answered prompts and N lowest-scored refused ones, to study errors.") var show: Int = 0
    @Option(help: "Only rows whose language is this.") var lang: String?
    @Flag(help: "Also rewrite every flagged (medium or above), non-harmful prompt and report the share that falls below medium.") var rewrites = false
    @OptionGroup var rules: RuleOptions

    struct Row: Sendable {
        var id: String, lang: String, category: String, refuse: Bool, text: String
        var score = 0, level = RiskLevel.low, rules: [String] = []
        var harmful = false, rewrittenLevel: RiskLevel?
    }

    func run() async throws {
        guard ["a", "b", "all"].contains(split) else { throw ValidationError("--split is a, b or all") }
        let linter = Linter(rules: try rules.ruleSet())
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("\(file): error: cannot read")
            throw Exit.failure
        }
        var rows: [Row] = []
        var lineNumber = 0
        // Blank lines are kept in the split (and skipped) so the line numbers in warnings are the file's.
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let o = JSONRow(line), let text = o.string("text"), let expected = o.string("expected") else {
                printError("\(file):\(lineNumber): warning: not a labelled row; skipped")
                continue
            }
            let id = o.string("id") ?? "\(lineNumber)"
            if split != "all" {
                let half = Self.fnv(id) % 2 == 0 ? "a" : "b"
                if half != split { continue }
            }
            let rowLang = o.string("lang") ?? "?"
            if let lang, rowLang != lang { continue }
            rows.append(Row(id: id, lang: rowLang, category: o.string("category") ?? "other", refuse: expected == "refuse", text: text))
        }
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(1, (rows.count + workers - 1) / workers)
        let input = rows
        await withTaskGroup(of: (Int, [Row]).self) { group in
            for start in stride(from: 0, to: input.count, by: chunk) {
                let slice = Array(input[start ..< min(input.count, start + chunk)])
                group.addTask {
                    let scratch = MatchScratch()
                    let rewriter = Rewriter(linter: linter)
                    return (start, slice.map { row in
                        var r = row
                        let a = linter.assess(Prompt(row.text), scratch: scratch)
                        r.score = a.score
                        r.level = a.level
                        r.rules = a.contributions.map(\.ruleID)
                        r.harmful = a.hasHarmfulFinding
                        if rewrites, a.level >= .medium, !a.hasHarmfulFinding {
                            r.rewrittenLevel = rewriter.rewrite(Prompt(row.text), options: .init(level: .dataSources)).after.level
                        }
                        return r
                    })
                }
            }
            for await (start, scored) in group {
                for (i, r) in scored.enumerated() { rows[start + i] = r }
            }
        }
        print(Self.table(rows))
        if rewrites {
            print("\n| language | flagged, not harmful | rewrite below medium |\n|---|---:|---:|")
            for lang in Set(rows.map(\.lang)).sorted() {
                let flagged = rows.filter { $0.lang == lang && $0.rewrittenLevel != nil }
                let fixed = flagged.filter { $0.rewrittenLevel! < .medium }
                let share = flagged.isEmpty ? 0 : Double(fixed.count) / Double(flagged.count) * 100
                print("| \(lang) | \(flagged.count) | \(fixed.count) (\(Formatted.fixed(share, digits: 1))%) |")
            }
        }
        if show > 0 {
            let fp = rows.filter { !$0.refuse }.sorted { $0.score > $1.score }.prefix(show)
            print("\nHighest-scored answered (comply) prompts:")
            for r in fp { print("  \(r.score) [\(r.rules.joined(separator: ","))] \(r.id): \(r.text.prefix(160).replacingAll("\n", with: " "))") }
            let fn = rows.filter(\.refuse).sorted { $0.score < $1.score }.prefix(show)
            print("\nLowest-scored refused prompts:")
            for r in fn { print("  \(r.score) \(r.id) [\(r.category)]: \(r.text.prefix(160).replacingAll("\n", with: " "))") }
        }
    }

    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// The markdown table of AUROC and flagged shares.
    static func table(_ rows: [Row]) -> String {
        var out = "| language | set | refuse | comply | AUROC | comply flagged ≥ medium | refuse flagged ≥ medium |\n"
        out += "|---|---|---:|---:|---:|---:|---:|\n"
        for lang in Set(rows.map(\.lang)).sorted() {
            let mine = rows.filter { $0.lang == lang }
            let comply = mine.filter { !$0.refuse }
            func line(_ name: String, _ refuse: [Row]) {
                guard !refuse.isEmpty, !comply.isEmpty else { return }
                let auc = auroc(positives: refuse.map(\.score), negatives: comply.map(\.score))
                let flagged = Double(comply.filter { $0.level >= .medium }.count) / Double(comply.count)
                let caught = Double(refuse.filter { $0.level >= .medium }.count) / Double(refuse.count)
                out += "| \(lang) | \(name) | \(refuse.count) | \(comply.count) | \(Formatted.fixed(auc, digits: 3)) | \(Formatted.fixed(flagged * 100, digits: 1))% | \(Formatted.fixed(caught * 100, digits: 1))% |\n"
            }
            line("all", mine.filter(\.refuse))
            for category in Set(mine.filter(\.refuse).map(\.category)).sorted() {
                line(category, mine.filter { $0.refuse && $0.category == category })
            }
        }
        return out
    }

    /// The probability that a random positive scores above a random negative (ties count half).
    static func auroc(positives: [Int], negatives: [Int]) -> Double {
        guard !positives.isEmpty, !negatives.isEmpty else { return .nan }
        var counts = [Int: (pos: Int, neg: Int)]()
        for p in positives { counts[p, default: (0, 0)].pos += 1 }
        for n in negatives { counts[n, default: (0, 0)].neg += 1 }
        var below = 0.0  // negatives strictly below the current score
        var total = 0.0
        for score in counts.keys.sorted() {
            let c = counts[score]!
            total += Double(c.pos) * (below + Double(c.neg) / 2)
            below += Double(c.neg)
        }
        return total / (Double(positives.count) * Double(negatives.count))
    }
}
