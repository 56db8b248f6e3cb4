import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `prompt-lint stats LOG`: summarises a smart-retry refusal log (JSON Lines written by `send --log`).
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise a refusal log: refusal rates by model, category and rule, and which rewrite step recovered them."
    )

    @Argument(help: "A refusal log (JSON Lines from 'prompt-lint send --log' or SmartRetry's RefusalLog).") var log: String

    struct Counter {
        var attempts = 0, refusals = 0
        mutating func add(_ refused: Bool) { attempts += 1; if refused { refusals += 1 } }
        var rate: String { attempts == 0 ? "-" : Formatted.fixed(Double(refusals) / Double(attempts) * 100, digits: 1) + "%" }
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: log) else {
            printError("\(log): error: cannot read")
            throw Exit.failure
        }
        var byModel: [String: Counter] = [:]
        var byCategory: [String: Int] = [:]
        var byRule: [String: Counter] = [:]
        var recoveredAt: [String: Int] = [:]
        var sends = 0, answeredFirst = 0, stopped: [String: Int] = [:], errors = 0, bad = 0
        var lineNumber = 0
        // Blank lines are kept in the split (and skipped) so the line numbers in warnings are the file's.
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let o = JSONRow(line), let outcome = o.string("outcome"), let attempt = o.int("attempt") else {
                printError("\(log):\(lineNumber): warning: not a refusal-log event; skipped")
                bad += 1
                continue
            }
            if outcome == "error" { errors += 1; continue }
            let refused = outcome.hasPrefix("refused")
            let model = o.string("model") ?? "?"
            byModel[model, default: Counter()].add(refused)
            if refused { byCategory[o.string("refusal_category") ?? "(none given)", default: 0] += 1 }
            for rule in o.strings("rule_ids") ?? [] { byRule[rule, default: Counter()].add(refused) }
            if attempt == 1 { sends += 1 }
            if outcome == "answered" {
                if attempt == 1 { answeredFirst += 1 } else { recoveredAt[o.string("level") ?? "?", default: 0] += 1 }
            }
            if outcome.hasPrefix("refused-stopped") {
                stopped[String(outcome.dropFirst("refused-stopped:".count)), default: 0] += 1
            }
        }
        var out = "\(sends) sends, \(byModel.values.reduce(0) { $0 + $1.attempts }) attempts, \(errors) errors\n"
        out += "answered on the first attempt: \(answeredFirst)\n"
        out += "recovered after a refusal: \(recoveredAt.values.reduce(0, +))"
        if !recoveredAt.isEmpty { out += " (" + recoveredAt.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")" }
        out += "\ngave up: \(stopped.values.reduce(0, +))"
        if !stopped.isEmpty { out += " (" + stopped.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")" }
        out += "\n\nby model:            attempts  refused  rate\n"
        for (model, c) in byModel.sorted(by: { $0.key < $1.key }) {
            out += "  " + model.padded(toLength: 18) + Formatted.rightAligned(c.attempts, width: 9) + " " + Formatted.rightAligned(c.refusals, width: 8) + "  " + c.rate + "\n"
        }
        if !byCategory.isEmpty {
            out += "\nrefusals by category:\n"
            for (category, n) in byCategory.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) { out += "  \(category): \(n)\n" }
        }
        if !byRule.isEmpty {
            out += "\nby rule (attempts whose prompt it fired on):  attempts  refused  rate\n"
            for (rule, c) in byRule.sorted(by: { ($1.value.refusals, $0.key) < ($0.value.refusals, $1.key) }) {
                out += "  " + rule.padded(toLength: 42) + Formatted.rightAligned(c.attempts, width: 9) + " " + Formatted.rightAligned(c.refusals, width: 8) + "  " + c.rate + "\n"
            }
        }
        print(out, terminator: "")
        if bad > 0 && sends == 0 { throw Exit.failure }
    }
}
