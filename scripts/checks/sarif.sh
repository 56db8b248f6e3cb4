#!/usr/bin/env bash
# SARIF output validates against the SARIF 2.1.0 JSON schema (../shared/schemas or $SARIF_SCHEMA), with Python's
# jsonschema in a virtual environment: the golden file the tests compare with, and a fresh run over Examples/.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch="${SCRATCH_PATH:-.build}"
schema="${SARIF_SCHEMA:-../shared/schemas/sarif-schema-2.1.0.json}"
if [ ! -f "$schema" ]; then
    echo "sarif: no SARIF schema found (set SARIF_SCHEMA); skipped"
    exit 0
fi
venv="$scratch/venv-checks"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check jsonschema
fi
swift build --scratch-path "$scratch" --product prompt-lint >/dev/null
bin="$scratch/debug/prompt-lint"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
set +e
"$bin" check Examples --format sarif > "$work/examples.sarif"
status=$?
set -e
[ "$status" -le 1 ] || { echo "sarif: prompt-lint exited $status"; exit 1; }
"$venv/bin/python" - "$schema" Tests/PromptLintCLITests/Fixtures/golden/check.sarif "$work/examples.sarif" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
validator = jsonschema.validators.validator_for(schema)(schema)
failed = False
# The validator must catch a broken document, or a pass means nothing.
broken = json.load(open(sys.argv[2]))
broken["runs"][0]["results"][0]["level"] = "fatal"
assert list(validator.iter_errors(broken)), "the schema check accepts an invalid level"
for path in sys.argv[2:]:
    doc = json.load(open(path))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    failed |= bool(errors)
    results = doc["runs"][0]["results"]
    assert doc["runs"][0]["columnKind"] == "unicodeCodePoints", path
    assert results, f"{path}: no results"
    print(f"sarif: {path}: valid, {len(results)} results")
sys.exit(1 if failed else 0)
PY
