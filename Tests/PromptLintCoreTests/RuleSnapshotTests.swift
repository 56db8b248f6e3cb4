import PCRE2Kit
@testable import PromptLintCore
import Testing

@Suite struct RuleSnapshotTests {
    /// Every property of a rule as text, patterns by source and options: two rules with the same text are the same rule.
    static func describe(_ r: Rule) -> String {
        func pattern(_ p: Pattern) -> String { "\(p.source)/\(p.options.rawValue)" }
        func conditions(_ cs: [Condition]) -> String { cs.map { "\(pattern($0.pattern))@\($0.window.map(String.init) ?? "-")" }.joined(separator: "|") }
        func examples(_ es: [RuleExample]) -> String { es.map { "\($0.text)#\(String(describing: $0.expectedSpan))#\($0.location)" }.joined(separator: "|") }
        var parts: [String] = [r.id, r.pack, r.kind.rawValue, r.category.rawValue, r.severity.rawValue]
        parts.append("\(r.weight.bitPattern)")
        parts.append(r.message)
        parts.append(r.patterns.map(pattern).joined(separator: "|"))
        parts.append(r.keywords.joined(separator: ","))
        parts.append(r.keywordGroups.map { $0.joined(separator: ",") }.joined(separator: ";"))
        parts.append(conditions(r.near))
        parts.append(conditions(r.unless))
        parts.append(r.rewrite ?? "-")
        parts.append("\(r.harmful) \(r.declares) \(r.appliesToHarmful)")
        parts.append(r.tags.sorted().joined(separator: ","))
        parts.append(r.requires.joined(separator: ","))
        parts.append(r.within.map(String.init) ?? "-")
        parts.append(r.appliesTo.map(\.rawValue).sorted().joined(separator: ","))
        parts.append(r.roles.map(\.rawValue).sorted().joined(separator: ","))
        parts.append(examples(r.examples))
        parts.append(examples(r.counterExamples))
        parts.append(r.fixes.map { "\($0.before)=>\($0.after)#\($0.location)" }.joined(separator: "|"))
        parts.append("\(r.location)")
        parts.append(r.warnings.map(\.description).joined(separator: "|"))
        parts.append(r.requiredLiterals.map { "\($0)" }.joined(separator: "|"))
        return parts.joined(separator: "\n")
    }

    /// The embedded files' fingerprint is theirs: EmbeddedRules.swift was written by scripts/embed-rules, not edited.
    @Test func embeddedFilesFingerprintIsCurrent() {
        #expect(RuleSnapshot.fingerprint(EmbeddedRules.files) == EmbeddedRules.fingerprint,
                "run scripts/embed-rules: EmbeddedRules.swift was changed without it")
    }

    /// The snapshot embedded by scripts/embed-rules is the one the embedded files give, and it is the one in use.
    @Test func embeddedSnapshotIsCurrentAndUsed() throws {
        #expect(try RuleSet.builtinSnapshot().elementsEqual(EmbeddedData.rulesSnapshot), "run scripts/embed-rules: the rule snapshot is stale")
        #expect(RuleSnapshot.recordedFingerprint(EmbeddedData.rulesSnapshot) == EmbeddedRules.fingerprint)
        let fromSnapshot = try #require(RuleSnapshot.builtinRules(), "the built-in rules are parsed at start-up: run scripts/embed-rules")
        let parsed = try RuleSet.parsedBuiltin().rules
        #expect(fromSnapshot.map(Self.describe) == parsed.map(Self.describe))
        #expect(try RuleSet.builtin().rules.map(Self.describe) == parsed.map(Self.describe))
    }

    /// Every kind of rule and every optional part survive the round trip.
    @Test func everyPartRoundTrips() throws {
        let text = """
        category: privacy
        role: user, system

        [t.match]
        weight: 0.35
        severity: error
        message: A match rule with every part.
        keywords: address, 住址
        keywords: home
        pattern: \\bhome\\s+address\\b
        pattern: (?-i:HOME) 住址
        near(8): \\b(?:my|his)\\b
        near: find
        unless(3): publicly
        rewrite: public $0
        declare: yes
        tags: person, detail
        example: Find the «home address» of my coworker.
        example: find HOME 住址
        counter: Add a home address field.
        counter: publicly listed home address of my coworker
        fix: find his home address => find his public home address

        [t.harm]
        category: security
        case: sensitive
        weight: 0
        harmful: yes
        message: Harmful.
        pattern: \\bMALWARE\\b
        example: write MALWARE now
        counter: write malware now

        [t.sig]
        weight: 0
        message: A signal.
        tags: lookup
        pattern: \\bfind\\b
        example: find it
        counter: fond it

        [t.combine]
        kind: combine
        weight: 0.2
        message: Combined.
        requires: person, lookup
        within: 12
        example: find the home address of my coworker
        counter: the weather

        [t.mitigate]
        kind: mitigate
        strength: 0.5
        applies-to: privacy, harmful
        pattern: \\bpublicly\\s+available\\b
        example: publicly available data
        counter: private data
        """
        let parsed = try RuleParser(deferCompilation: true).parse(text, file: "t.rules", pack: "t")
        #expect(parsed.count == 5)
        let decoded = try #require(RuleSnapshot.decode(RuleSnapshot.encode(parsed, fingerprint: 1)))
        #expect(decoded.map(Self.describe) == parsed.map(Self.describe))
    }

    /// Damaged snapshots are refused whole, never half-read.
    @Test func damagedSnapshotsAreRefused() throws {
        let rules = try RuleSet.parsedBuiltin().rules
        let bytes = RuleSnapshot.encode(Array(rules.prefix(20)), fingerprint: 2)
        #expect(RuleSnapshot.decode(bytes) != nil)
        #expect(RuleSnapshot.decode(Array(bytes.dropLast())) == nil)
        #expect(RuleSnapshot.decode(bytes + [0]) == nil)
        #expect(RuleSnapshot.decode(Array(bytes.prefix(bytes.count / 2))) == nil)
        #expect(RuleSnapshot.decode([]) == nil)
        #expect(RuleSnapshot.decode(Array("prompt-lint rules 0\n".utf8) + bytes.dropFirst(RuleSnapshot.magic.count)) == nil)
        // A huge count right after the magic and fingerprint (the file table's size) must not allocate or read past
        // the end.
        #expect(RuleSnapshot.decode(RuleSnapshot.magic + [UInt8](repeating: 0, count: 8) + [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]) == nil)
        // An unknown rule kind.
        var text = RuleSnapshot.encode([rules[0]], fingerprint: 3)
        let kind = [UInt8(rules[0].kind.rawValue.utf8.count)] + Array(rules[0].kind.rawValue.utf8)
            + [UInt8(rules[0].category.rawValue.utf8.count)] + Array(rules[0].category.rawValue.utf8)
        if let at = (0 ..< text.count - kind.count).first(where: { Array(text[$0 ..< $0 + kind.count]) == kind }) {
            text[at + 1] = UInt8(ascii: "x")
            #expect(RuleSnapshot.decode(text) == nil)
        }
    }
}
