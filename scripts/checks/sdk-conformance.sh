#!/usr/bin/env bash
# The official Python SDK parses the emulator's replies and retries its faults as it expects (issue 5).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./scripts/sdk-conformance.sh
