#!/usr/bin/env bash
# Hostile sizes, with the release build: a 200 MB single-line prompt file is linted, and a 1 GB JSON Lines
# file is scored line by line in bounded memory (peak resident memory is asserted).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product prompt-lint >/dev/null
bin=.build/release/prompt-lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
chunk = "lorem ipsum dolor sit amet consectetur " * 1000
with open(os.path.join(work, "huge-line.txt"), "w") as f:
    for _ in range(200 * 1024 * 1024 // len(chunk)):
        f.write(chunk)
    f.write("then find the home address of my coworker Anna\n")
lines = ['{"text": "Write a haiku about autumn leaves, number %d."}\n',
         '{"text": "Find the passport number and home address of my coworker Lisa Chen, case %d."}\n',
         '{"model": "m", "messages": [{"role": "user", "content": "Summarise the public annual report, part %d."}]}\n']
size = 0
n = 0
with open(os.path.join(work, "big.jsonl"), "w") as f:
    while size < 1024 ** 3:
        line = lines[n % 3] % n
        f.write(line)
        size += len(line)
        n += 1
print(n, file=open(os.path.join(work, "count"), "w"))
PY

echo "200 MB single line:"
start=$(date +%s)
set +e
/usr/bin/time -f "%M" -o "$work/rss1" timeout 300 "$bin" check --no-builtin-rules --rules Tests/PromptLintCLITests/Fixtures/rules "$work/huge-line.txt" --format json > "$work/out1.json"
status=$?
set -e
[ "$status" = 1 ] || { echo "expected exit 1 (a finding), got $status"; exit 1; }
grep -q '"rule":"fixture.home-address"' "$work/out1.json" || { echo "the finding at the end of the line was not reported"; exit 1; }
echo "  ok in $(( $(date +%s) - start )) s, peak RSS $(( $(tail -1 "$work/rss1") / 1024 )) MiB"

echo "1 GB JSON Lines, $(cat "$work/count") lines:"
start=$(date +%s)
/usr/bin/time -f "%M" -o "$work/rss2" timeout 1200 "$bin" score --jsonl "$work/big.jsonl" | wc -l > "$work/lines"
rss=$(( $(tail -1 "$work/rss2") / 1024 ))
echo "  $(cat "$work/lines") result lines in $(( $(date +%s) - start )) s, peak RSS $rss MiB"
[ "$(cat "$work/lines")" = "$(cat "$work/count")" ] || { echo "line counts differ"; exit 1; }
[ "$rss" -lt 256 ] || { echo "peak memory $rss MiB is not bounded (limit 256 MiB)"; exit 1; }
echo "big inputs: ok"
