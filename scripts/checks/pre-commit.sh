#!/usr/bin/env bash
# The pre-commit hook works for real: pre-commit (from PyPI, in a virtual environment) runs `try-repo` on this
# repository against a scratch git repository. pre-commit clones this repository, builds it with
# `swift build -c release` (its Swift support) and runs the hook on the staged files: it must pass with only a clean
# prompt staged, and fail, naming the file and the rule, once a risky prompt is staged too.
# The hook uses the built-in rule packs (no --rules): the risky prompt is flagged by the confidentiality and
# privacy packs. try-repo takes uncommitted changes into a shadow commit and always installs into a temporary
# store, so each of the two runs builds prompt-lint in release mode (about a minute each on two cores once
# SwiftPM's dependency cache is warm).
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

git add clean.txt notes.log
echo "== staged: clean.txt (and notes.log, which the hook's files pattern leaves out)"
if ! "$venv/bin/pre-commit" try-repo "$repo" prompt-lint --color never > out-clean.txt 2>&1; then
    cat out-clean.txt
    echo "pre-commit: the hook failed on a clean prompt"
    exit 1
fi
grep -q "prompt-lint.*Passed" out-clean.txt || { cat out-clean.txt; echo "pre-commit: the hook did not run"; exit 1; }

git add risky.md
echo "== staged: clean.txt and risky.md"
if "$venv/bin/pre-commit" try-repo "$repo" prompt-lint --color never > out-risky.txt 2>&1; then
    cat out-risky.txt
    echo "pre-commit: the hook passed a risky prompt"
    exit 1
fi
cat out-risky.txt
grep -q "prompt-lint.*Failed" out-risky.txt || { echo "pre-commit: the hook did not fail as a hook"; exit 1; }
grep -q "risky.md:1:11: warning \[confidentiality.confidential\]" out-risky.txt || { echo "pre-commit: the finding is missing"; exit 1; }
if grep -q "clean.txt:" out-risky.txt; then echo "pre-commit: clean.txt was flagged"; exit 1; fi
if grep -q "notes.log" out-risky.txt; then echo "pre-commit: notes.log was linted"; exit 1; fi
echo "pre-commit: ok"
