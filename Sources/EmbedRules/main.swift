// Build-time tool: embeds the text rule packs and data tables of Rules/ into the binary as
// Swift string literals, so `prompt-lint` works from any directory without the repository.
//
// Usage: EmbedRules OUTPUT.swift RULES_DIR
//        EmbedRules --snapshot DIRECTORY      (after a build with the new EmbeddedRules.swift: writes the built-in
//                                             rules parsed ahead of time and their keyword prefilter into DIRECTORY
//                                             as rules.snapshot and prefilter.layout, compiled into the binary, so a
//                                             process need not parse the rule files or build the prefilter)
import Foundation
import PromptLintCore

let arguments = CommandLine.arguments
if arguments.count == 3, arguments[1] == "--snapshot" {
    do {
        // Written only when changed, so an unchanged snapshot does not rebuild the package.
        let directory = URL(fileURLWithPath: arguments[2])
        for (name, bytes) in [("rules.snapshot", try RuleSet.builtinSnapshot()), ("prefilter.layout", try RuleSet.builtinPrefilter())] {
            let output = directory.appendingPathComponent(name)
            if FileManager.default.contents(atPath: output.path) != Data(bytes) {
                try Data(bytes).write(to: output, options: .atomic)
            }
        }
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedRules OUTPUT.swift RULES_DIR | EmbedRules --snapshot DIRECTORY\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[1])
let root = URL(fileURLWithPath: arguments[2])

/// Every embeddable file under `root`: `*.rules` and `*.table`, sorted by relative path.
func files(under root: URL) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
        if relative.hasSuffix(".rules") || relative.hasSuffix(".table") { found.append(relative) }
    }
    return found.sorted()
}

/// A raw string literal that holds `text` exactly, whatever `#` or quotes it contains.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

var embedded: [(path: String, text: String)] = []
var source = "// Generated from Rules/ by scripts/embed-rules. Do not edit: edit Rules/ and rerun the script.\n// The test suite fails when this file and Rules/ disagree.\n\n"
source += "enum EmbeddedRules {\n    /// Each embedded file: its path relative to Rules/, and its text.\n"
source += "    static let files: [(path: String, text: String)] = [\n"
for relative in files(under: root) {
    let url = root.appendingPathComponent(relative)
    guard let data = FileManager.default.contents(atPath: url.path),
          let text = String(data: data, encoding: .utf8)
    else {
        FileHandle.standardError.write(Data("error: \(url.path): unreadable or not UTF-8\n".utf8))
        exit(1)
    }
    source += "        (path: \(literal(relative).replacingOccurrences(of: "\n", with: "\n        ")),\n"
    source += "         text: \(literal(text))),\n"
    embedded.append((relative, text))
}
source += "    ]\n"
source += "    /// The fingerprint of `files`: a rule snapshot (`rules.snapshot`) is used only when it was made from them.\n"
source += "    static let fingerprint: UInt64 = 0x\(String(RuleSet.embeddedFingerprint(embedded), radix: 16))\n}\n"

let existing = FileManager.default.contents(atPath: output.path)
if existing != Data(source.utf8) {
    do { try Data(source.utf8).write(to: output, options: .atomic) } catch {
        FileHandle.standardError.write(Data("error: cannot write \(output.path): \(error)\n".utf8))
        exit(1)
    }
}
