#!/usr/bin/env bash
# Runs the whole test suite. Tests start their own throw-away PostgreSQL cluster (one per test
# assembly) and never touch .data/; tests that need ../shared say so when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test --solution Catalog.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain form CI readers understand, summed over all test assemblies.
awk '/^ *total:/ {t+=$2} /^ *failed:/ {f+=$2} /^ *succeeded:/ {s+=$2} /^ *skipped:/ {k+=$2}
     END { printf "%d passed, %d failed, %d skipped\n", s, f, k }' "$log"
exit "$status"
