#!/usr/bin/env bash
# cmapi's differential test: its Go ports (src/go/) against the real Go code.
#   scripts/go-diff/run.sh [random inputs per function, default 3000] [seeds, default "1 2 3"] [functions, default all]
# Environment: GO (a Go 1.26 go binary), CM_GIT, LDAP_GIT, BER_GIT, APIM_GIT (git directories of
# the upstream repositories; see README.md), WORK (scratch directory, default a new temporary one).
# Prints one table per seed and a total; exits 1 when an accept/reject or value difference
# remains outside the known non-differences.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
N="${1:-3000}"
SEEDS="${2:-1 2 3}"
FNS="${3:-}"
WORK="${WORK:-$(mktemp -d -t cmapi-go-diff.XXXXXX)}"
export WORK
mkdir -p "$WORK"

"$here/setup-go.sh"
"$root/node_modules/.bin/esbuild" "$here/node/harness.ts" --bundle --platform=node --format=esm \
  --outfile="$WORK/node-harness.mjs" --log-level=warning
if [ -z "$FNS" ] || [[ ",$FNS," == *,csr,* ]]; then
  rm -rf "$WORK/csr"
  echo "go-diff: $("$here/csrs.sh" "$WORK/csr") CSRs made with $(openssl version | cut -d' ' -f1-2)" >&2
fi

status=0
for seed in $SEEDS; do
  node "$here/inputs.mjs" "$N" "$seed" "$WORK/csr" "$FNS" > "$WORK/inputs-$seed.jsonl"
  echo "## seed $seed"
  node "$here/compare.mjs" "$WORK/inputs-$seed.jsonl" "$WORK/go-harness" "$WORK/node-harness.mjs" "$WORK/out-$seed"
  awk -F'|' 'NR > 2 && ($4 + 0 > 0 || $5 + 0 > 0) { found = 1 } END { exit found }' "$WORK/out-$seed/summary.md" || status=1
done
echo "go-diff: results in $WORK (out-<seed>/summary.md, differences.json)" >&2
exit "$status"
