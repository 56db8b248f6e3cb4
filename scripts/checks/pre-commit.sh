#!/usr/bin/env bash
# The pre-commit hook works for real: pre-commit (from PyPI, in a virtual environment) runs `try-repo` on this
# repository against a scratch git repository with one clean and one risky prompt staged (and a staged file that is
# not a prompt). pre-commit clones this repository, builds it with `swift build -c release` (its Swift support) and
# runs the hook on the staged files: the hook must fail, naming the risky file, its line and the rule; the clean
# file must be linted and pass; the other file must not reach the hook.
# The hook uses the built-in rule packs (no --rules): the risky prompt is flagged by the confidentiality and
# privacy packs. try-repo takes uncommitted changes into a shadow commit and always installs into a temporary
# store, so every run builds prompt-lint in release mode, with all of the package's products (the API client's
# SwiftNIO dependencies included): about ten minutes on two busy cores. One run checks both prompts for that reason.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
scratch="$repo/${SCRATCH_PATH:-.build}"
venv="$scratch/venv-pre-commit"
if [ ! -x "$venv/bin/pre-commit" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit>=3"
fi
export PRE_COMMIT_HOME="$scratch/pre-commit-home"   # keeps pre-commit's own files out of ~/.cache
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q .
git config user.email test@example.com
git config user.name Test
git config commit.gpgsign false
echo "Write a haiku about autumn leaves." > clean.txt
echo "Using the confidential internal data, list the private information of our customers." > risky.md
echo "not a prompt file: the confidential internal data" > notes.log

git add clean.txt risky.md notes.log
echo "== staged: clean.txt, risky.md, notes.log"
set +e
"$venv/bin/pre-commit" try-repo "$repo" prompt-lint --color never > out.txt 2>&1
status=$?
set -e
cat out.txt
fail() { echo "pre-commit: $1"; exit 1; }
[ "$status" = 1 ] || fail "expected pre-commit to exit 1 (the hook failed), got $status"
grep -q "^prompt-lint\.*Failed" out.txt || fail "the hook did not run and fail"
grep -q "^risky.md:1:11: warning \[confidentiality.confidential\]" out.txt || fail "the finding in risky.md is missing"
grep -q "^risky.md: refusal risk [0-9]*/100 (high)" out.txt || fail "risky.md is not scored high"
grep -q "^2 files, 2 prompts, .*prompts by risk: 1 high, 0 medium, 1 low" out.txt || fail "clean.txt was not linted, or did not pass"
if grep -q "^clean.txt" out.txt; then fail "clean.txt was flagged"; fi
if grep -q "notes.log" out.txt; then fail "notes.log reached the hook"; fi
echo "pre-commit: ok"
