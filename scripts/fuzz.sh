#!/usr/bin/env bash
# Fuzzes prompt-lint with libFuzzer and AddressSanitizer: the rule-file parser, the linter on arbitrary
# bytes (as a prompt file, a Messages API JSON file and JSON Lines), and the rewriter's properties
# (idempotent, placeholders kept, no text changed outside matched spans, score never raised), and the
# Messages API stream decoder (SSE events independent of chunking, then the event decoder and accumulator).
#
#   scripts/fuzz.sh [RUNS] [TARGET…]     RUNS defaults to 1000000; TARGETS to all
#
# Seeds come from Tests/FuzzCorpus/<target>/ (read-only); new inputs go to a temporary corpus. A crash
# leaves crash-* files in fuzz-out/<target>/: add each as a seed and a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(rules text json jsonl rewrite sse)
./scripts/setup
swift build -c release --scratch-path .build-fuzz --product prompt-lint-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" || true
bin=.build-fuzz/release/prompt-lint-fuzz
[ -x "$bin" ] || { echo "fuzz build failed"; exit 1; }
mkdir -p fuzz-out
for target in "${targets[@]}"; do
    work=$(mktemp -d)
    mkdir -p "fuzz-out/$target"
    echo "== $target: $runs runs"
    set +e
    FUZZ_TARGET=$target "$bin" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="fuzz-out/$target/" -print_final_stats=1 "$work" "Tests/FuzzCorpus/$target" > "fuzz-out/$target/log.txt" 2>&1
    status=$?
    set -e
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "fuzz-out/$target/log.txt" || true
    rm -rf "$work"
    if [ $status -ne 0 ]; then
        echo "$target: libFuzzer stopped with status $status; see fuzz-out/$target/log.txt"
        tail -30 "fuzz-out/$target/log.txt"
        exit 1
    fi
done
echo "fuzzing: no crash, no property violated"
