#!/usr/bin/env bash
# CI's share of fuzzing: replays the committed seed corpus through every target (normal build), then fuzzes
# each target briefly with libFuzzer and AddressSanitizer (scripts/fuzz.sh runs the long campaigns).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --product prompt-lint-fuzz >/dev/null
for target in rules text json jsonl rewrite sse; do
    FUZZ_TARGET=$target .build/debug/prompt-lint-fuzz "Tests/FuzzCorpus/$target"
done
./scripts/fuzz.sh "${FUZZ_RUNS:-5000}"
