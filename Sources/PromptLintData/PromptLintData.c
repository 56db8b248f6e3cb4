// The files beside this one are written by scripts/embed-rules; the test suite fails when they are stale.
#include "PromptLintData.h"

// `#embed` (C23) is what clang offers for this in every language mode; the warning only says it is C23.
#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char rules_snapshot[] __attribute__((aligned(16))) = {
#embed "rules.snapshot"
};

static const unsigned char prefilter[] __attribute__((aligned(16))) = {
#embed "prefilter.layout"
};

const unsigned char *prompt_lint_rules_snapshot(size_t *size) {
    *size = sizeof rules_snapshot;
    return rules_snapshot;
}

const unsigned char *prompt_lint_prefilter(size_t *size) {
    *size = sizeof prefilter;
    return prefilter;
}
