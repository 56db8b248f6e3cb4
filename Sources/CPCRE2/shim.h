#ifndef PROMPT_LINT_CPCRE2_SHIM_H
#define PROMPT_LINT_CPCRE2_SHIM_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Swift cannot import macros whose value is an expression; these inline helpers
   expose the two sentinels and the 8-bit entry points under stable names. */
static inline PCRE2_SIZE cpcre2_unset(void) { return PCRE2_UNSET; }
static inline PCRE2_SIZE cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }

#endif
