// Adjustments a configuration makes to rules and to assessments, kept apart from the linter itself.

extension Rule {
    /// A copy of the rule with another severity and weight (the configuration's re-levelling), sharing its compiled patterns.
    public func relevelled(severity: Severity? = nil, weight: Double? = nil) -> Rule {
        Rule(
            id: id, pack: pack, kind: kind, category: category, severity: severity ?? self.severity,
            weight: weight ?? self.weight, message: message, patterns: patterns, keywords: keywords, keywordGroups: keywordGroups, near: near,
            unless: unless, rewrite: rewrite, harmful: harmful, declares: declares, tags: tags, requires: requires,
            within: within, appliesTo: appliesTo, appliesToHarmful: appliesToHarmful, roles: roles,
            examples: examples, counterExamples: counterExamples, fixes: fixes, location: location, warnings: warnings,
            requiredLiterals: requiredLiterals)
    }
}

extension Assessment {
    /// This assessment with only the findings `keep` selects, scored again by the same formula as ``Linter``.
    ///
    /// Each rule counts once, with its strongest remaining finding; a rule all of whose findings are dropped no
    /// longer counts. Harmful intent holds while a kept harmful finding keeps at least `policy.harmfulFloor` of its
    /// weight. Mitigations are unchanged.
    public func keeping(_ keep: (Finding) -> Bool, policy: ScoringPolicy) -> Assessment {
        let kept = findings.filter(keep)
        guard kept.count != findings.count else { return self }
        var best: [String: Double] = [:]
        var harmful = false
        for f in kept {
            best[f.ruleID] = max(best[f.ruleID] ?? 0, f.effectiveWeight)
            if f.harmful, f.weight > 0, f.effectiveWeight / f.weight >= policy.harmfulFloor { harmful = true }
            if f.harmful, f.weight == 0 { harmful = true }
        }
        // The weight-0 case cannot tell its mitigation factor apart, so never claim intent the full assessment did not.
        harmful = harmful && harmfulIntent
        let (contributions, score) = policy.combine(self.contributions.filter { best[$0.ruleID] != nil }, harmfulIntent: harmful)
        return Assessment(
            score: score, level: policy.level(for: score), harmfulIntent: harmful, findings: kept,
            mitigations: mitigations, contributions: contributions, failures: failures)
    }
}
