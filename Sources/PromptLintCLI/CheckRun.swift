#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import PromptLintCore

/// Which files and lines `--changed` limits a run to.
public enum ChangedScope: Sendable, Hashable {
    /// The staged changes (`git diff --cached`), as a pre-commit hook sees them.
    case staged
    /// Everything changed since the merge base of the ref and `HEAD`, committed or not (a pull request).
    case ref(String)
}

/// A problem that stops a run before any file is linted (bad configuration, baseline or git state).
public struct CheckFailure: Error, Sendable, CustomStringConvertible {
    /// The message, with file, line and column where there are any.
    public let description: String
}

/// Everything `check` does between the command line and the reporter: finding files, configuration, linting,
/// suppressions from the configuration, the baseline, `--changed` and the verdict for each prompt.
public struct CheckRun: Sendable {
    /// Every rule that can be used (before the configuration turns any off).
    public var rules: RuleSet
    /// `--config FILE`: one configuration for every file, instead of looking for `.prompt-lint` files.
    public var configurationPath: String?
    /// `--no-config`: no configuration at all.
    public var usesConfiguration = true
    /// `--fail-on`, overriding the configuration.
    public var failOn: FailThreshold?
    /// `--max-score`, overriding the configuration.
    public var maxScore: Int?
    /// How to read `-` and unknown extensions.
    public var defaultKind = DocumentKind.text
    /// The JSON member holding the prompt in objects that are not requests.
    public var field = "text"
    /// `--baseline FILE`.
    public var baselinePath: String?
    /// `--write-baseline FILE`.
    public var writeBaselinePath: String?
    /// `--changed [REF]`.
    public var changed: ChangedScope?
    /// Whether folders are walked with `.gitignore` respected.
    public var respectsGitignore = true

    /// Creates a run over `rules`.
    public init(rules: RuleSet) { self.rules = rules }

    /// Lints `paths` and returns one report per file, plus reports for configuration and baseline files that have
    /// warnings (stale suppressions or entries); `progress` gets (files done, total).
    ///
    /// - Throws: ``CheckFailure`` for a configuration, baseline or git problem.
    public func run(_ paths: [String], progress: (Int, Int) -> Void = { _, _ in }) async throws(CheckFailure) -> [FileReport] {
        // 1. Files.
        var files: [String]
        var inputDiagnostics: [Diagnostic] = []
        var changedLines: [String: Set<Int>] = [:]
        if let changed {
            let git = Git(directory: FileManager.default.currentDirectoryPath)
            do {
                switch changed {
                case .staged: changedLines = try git.changedLines(against: nil)
                case .ref(let ref): changedLines = try git.changedLines(against: ref)
                }
            } catch { throw CheckFailure(description: "error: \(error.description)") }
            files = Self.changedFiles(changedLines.keys, within: paths)
            if paths.contains("-") { files.insert("-", at: 0) }
        } else {
            var collector = InputCollector()
            collector.respectsGitignore = respectsGitignore
            (files, inputDiagnostics) = collector.collect(paths)
        }

        // 2. Configuration and settings for each file.
        var finder = ConfigurationFinder(rules: rules)
        var explicit: Configuration?
        if let configurationPath {
            do { explicit = try Configuration.load(path: configurationPath, rules: rules) } catch { throw CheckFailure(description: error.description) }
        }
        var jobs: [(path: String, runner: LintRunner)] = []
        var settingsByFile: [FileSettings] = []
        var configByFile: [Configuration?] = []
        var runners: [FileSettings.LinterKey: LintRunner] = [:]
        let known = Set(rules.rules.map(\.id))
        for file in files {
            var configuration: Configuration?
            if usesConfiguration {
                if let explicit { configuration = explicit } else {
                    do { configuration = try finder.configuration(for: file) } catch { throw CheckFailure(description: error.description) }
                }
            }
            if let configuration, file != "-", !configuration.admits(file) { continue }
            var settings = FileSettings.resolve(for: file, configuration: configuration, rules: rules)
            if let failOn { settings.failOn = failOn }
            if let maxScore { settings.maxScore = maxScore }
            let runner: LintRunner
            if let existing = runners[settings.linter] { runner = existing } else {
                do {
                    var r = LintRunner(linter: try settings.linter.linter(rules))
                    r.defaultKind = defaultKind
                    r.field = field
                    r.knownRuleIDs = known
                    runner = r
                } catch { throw CheckFailure(description: error.description) }
                runners[settings.linter] = runner
            }
            jobs.append((file, runner))
            settingsByFile.append(settings)
            configByFile.append(configuration)
        }

        // 3. Lint.
        var reports = await LintRunner.run(jobs, progress: progress)

        // 4. Suppressions from the configuration.
        var extra: [FileReport] = []
        var usage: [String: (config: Configuration, matched: [Bool], used: [Int])] = [:]
        for (i, configuration) in configByFile.enumerated() {
            guard let configuration, !configuration.suppressions.isEmpty, let rel = configuration.relativePath(of: reports[i].path) else { continue }
            var entry = usage[configuration.path] ?? (configuration, Array(repeating: false, count: configuration.suppressions.count), Array(repeating: 0, count: configuration.suppressions.count))
            let applicable = configuration.suppressions.indices.filter { configuration.suppressions[$0].globs.contains { $0.matches(rel) } }
            for k in applicable { entry.matched[k] = true }
            for p in reports[i].prompts.indices {
                jobs[i].runner.suppress(&reports[i].prompts[p], kind: .configuration) { lf in
                    guard let k = applicable.first(where: { configuration.suppressions[$0].covers(lf.finding.ruleID) }) else { return nil }
                    entry.used[k] += 1
                    return configuration.suppressions[k].reason ?? ""
                }
            }
            usage[configuration.path] = entry
        }
        for (path, entry) in usage.sorted(by: { $0.key < $1.key }) {
            var diagnostics: [Diagnostic] = []
            for (k, s) in entry.config.suppressions.enumerated() where entry.matched[k] && entry.used[k] == 0 {
                diagnostics.append(Diagnostic(level: .warning, path: path, line: s.location.line, column: s.location.column,
                                              message: "unused suppression: no \(s.rules.joined(separator: ", ")) finding in the files matching \(s.globs.map(\.pattern).joined(separator: ", "))"))
            }
            if !diagnostics.isEmpty { extra.append(FileReport(path: path, prompts: [], diagnostics: diagnostics, lines: nil, isInput: false)) }
        }

        // 5. The baseline.
        var baseline: Baseline?
        if let writeBaselinePath {
            let recorded = Baseline.recording(reports, path: writeBaselinePath)
            do { try Data(recorded.text.utf8).write(to: URL(fileURLWithPath: writeBaselinePath), options: .atomic) } catch {
                throw CheckFailure(description: "\(writeBaselinePath): error: cannot write the baseline: \(InputCollector.reason(error))")
            }
            baseline = recorded
        } else if let baselinePath {
            do { baseline = try Baseline.load(path: baselinePath) } catch { throw CheckFailure(description: error.description) }
        }
        if let baseline {
            struct Key: Hashable { let path: String, rule: String, hash: String }
            var remaining: [Key: Int] = [:]
            for e in baseline.entries { remaining[Key(path: e.path, rule: e.rule, hash: e.hash), default: 0] += e.count }
            var linted = Set<String>()
            for i in reports.indices where reports[i].path != "-" {
                let file = baseline.key(for: reports[i].path)
                linted.insert(file)
                let report = reports[i]
                for p in reports[i].prompts.indices {
                    jobs[i].runner.suppress(&reports[i].prompts[p], kind: .baseline) { lf in
                        let key = Key(path: file, rule: lf.finding.ruleID, hash: Baseline.fingerprint(lf, in: report))
                        guard let n = remaining[key], n > 0 else { return nil }
                        remaining[key] = n - 1
                        return ""
                    }
                }
            }
            var diagnostics: [Diagnostic] = []
            for e in baseline.entries where linted.contains(e.path) {
                let key = Key(path: e.path, rule: e.rule, hash: e.hash)
                guard let left = remaining[key], left > 0 else { continue }
                remaining[key] = max(0, left - e.count)
                let unmatched = min(left, e.count)
                let what = unmatched == e.count ? "no longer matches" : "matches \(e.count - unmatched) of its \(e.count) findings"
                diagnostics.append(Diagnostic(level: .warning, path: baseline.path, line: e.location?.line, column: e.location?.column,
                                              message: "stale baseline entry: \(e.rule) in \(e.path) \(what); remove it or rerun --write-baseline"))
            }
            if !diagnostics.isEmpty { extra.append(FileReport(path: baseline.path, prompts: [], diagnostics: diagnostics, lines: nil, isInput: false)) }
        }

        // 6. Only changed lines.
        if changed != nil {
            for i in reports.indices where reports[i].path != "-" {
                let lines = changedLines[absolutePath(reports[i].path)] ?? []
                func touched(_ lf: LocatedFinding) -> Bool { (lf.line ... max(lf.line, lf.endLine)).contains { lines.contains($0) } }
                for p in reports[i].prompts.indices {
                    reports[i].prompts[p].findings.removeAll { !touched($0) }
                    reports[i].prompts[p].suppressed.removeAll { !touched($0.finding) }
                }
            }
        }

        // 7. The verdict.
        for i in reports.indices {
            for p in reports[i].prompts.indices {
                let prompt = reports[i].prompts[p]
                reports[i].prompts[p].fails = settingsByFile[i].fails(prompt.assessment) && (changed == nil || !prompt.findings.isEmpty)
            }
        }
        let inputs = inputDiagnostics.map { FileReport(path: $0.path, prompts: [], diagnostics: [$0], lines: nil) }
        return inputs + reports + extra
    }

    /// The changed files (absolute paths) that lie under `paths` and are prompt files (or named exactly), sorted,
    /// shown relative to the current folder.
    static func changedFiles(_ changed: some Sequence<String>, within paths: [String]) -> [String] {
        let roots = paths.filter { $0 != "-" }.map(absolutePath)
        var result: [String] = []
        for file in changed {
            guard FileIO.isDirectory(file) == false else { continue }  // deleted since
            let named = roots.contains(file)
            let inside = roots.contains { file.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
            guard named || (inside && DocumentKind.forPath(file) != nil) else { continue }
            result.append(displayPath(file))
        }
        return result.sorted()
    }
}
