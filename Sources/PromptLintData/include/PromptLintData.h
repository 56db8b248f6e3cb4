// The data scripts/embed-rules makes from the built-in rules, compiled into the binary as it is, so a process
// uses it where it lies: no decoding at start-up, and only the pages a run touches are read from the binary.
#ifndef PROMPT_LINT_DATA_H
#define PROMPT_LINT_DATA_H

#include <stddef.h>

/// The built-in rules parsed ahead of time (RuleSnapshot's format); `*size` receives its length in bytes.
const unsigned char *prompt_lint_rules_snapshot(size_t *size);

/// The built-in rules' keyword prefilter in its layout (Prefilter's), 16-byte aligned; `*size` receives its length
/// in bytes.
const unsigned char *prompt_lint_prefilter(size_t *size);

#endif
