#!/usr/bin/env bash
# Checks prompt-lint-emulator against the official Anthropic Python SDK: that messages.create,
# messages.create(stream=True) and messages.stream parse its replies, and that the SDK retries its
# 429/529/500/dropped-connection faults (and not a mid-stream error) as it expects.
#
# Usage: scripts/sdk-conformance.sh            (builds into .build)
#        SCRATCH_PATH=.build-client scripts/sdk-conformance.sh
# Needs python3 with venv and pip, and PyPI for `pip install anthropic`.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${SCRATCH_PATH:-.build}"
venv="${CONFORMANCE_VENV:-.venv-conformance}"

echo "== building prompt-lint-emulator ($scratch)"
swift build --scratch-path "$scratch" --product prompt-lint-emulator
emulator="$(swift build --scratch-path "$scratch" --show-bin-path)/prompt-lint-emulator"

if [ ! -x "$venv/bin/python" ]; then
    echo "== creating $venv"
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --upgrade anthropic

work="$(mktemp -d)"
pid=""
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$venv/bin/python" scripts/sdk_conformance.py --print-config > "$work/config.json"
"$emulator" --port 0 --config "$work/config.json" --request-log "$work/requests.jsonl" > "$work/stdout" 2> "$work/stderr" &
pid=$!

base_url=""
for _ in $(seq 1 100); do
    base_url="$(sed -n 's/^listening on //p' "$work/stdout")"
    [ -n "$base_url" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "the emulator exited:" >&2
        cat "$work/stderr" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$base_url" ]; then
    echo "the emulator did not report its address within 10 s" >&2
    exit 1
fi

echo "== emulator at $base_url"
"$venv/bin/python" scripts/sdk_conformance.py --base-url "$base_url" --request-log "$work/requests.jsonl"
