#!/usr/bin/env bash
# Builds the Go side of the differential test: a scratch Go module in "$WORK/go" that holds
# scripts/go-diff/go/harness.go and, copied out of git snapshots at run time, the upstream
# packages it calls. Nothing upstream is kept in the repository.
#
#   GO          the go binary of a Go 1.26 toolchain (default: go)
#   CM_GIT      git directory of cert-manager          (CM_REF,   default HEAD)
#   LDAP_GIT    git directory of go-ldap/ldap          (LDAP_REF, default v3.4.14)
#   BER_GIT     git directory of go-asn1-ber/asn1-ber  (BER_REF,  default v1.5.8)
#   APIM_GIT    git directory of kubernetes/apimachinery (APIM_REF, default v0.36.3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${WORK:?set WORK to a scratch directory}" "${CM_GIT:?}" "${LDAP_GIT:?}" "${BER_GIT:?}" "${APIM_GIT:?}"
GO="${GO:-go}"
CM_REF="${CM_REF:-HEAD}" LDAP_REF="${LDAP_REF:-v3.4.14}" BER_REF="${BER_REF:-v1.5.8}" APIM_REF="${APIM_REF:-v0.36.3}"

module="$WORK/go"
rm -rf "$module"
mkdir -p "$module/gosrc"

# copy_dir GIT REF DIR TARGET: the non-test .go files of DIR at REF into gosrc/TARGET
copy_dir() {
  local git="$1" ref="$2" dir="$3" target="$module/gosrc/$4"
  mkdir -p "$target"
  local listing=("$ref")
  [ -n "$dir" ] && listing+=("$dir/")
  git --git-dir="$git" ls-tree --name-only "${listing[@]}" | grep '\.go$' | grep -v '_test\.go$' | while read -r path; do
    git --git-dir="$git" show "$ref:$path" > "$target/$(basename "$path")"
  done
}

copy_dir "$CM_GIT" "$CM_REF" internal/cron cron
mkdir -p "$module/gosrc/nameserver"
git --git-dir="$CM_GIT" show "$CM_REF:internal/apis/certmanager/validation/util/nameserver.go" > "$module/gosrc/nameserver/nameserver.go"
mkdir -p "$module/gosrc/ldap"
git --git-dir="$LDAP_GIT" show "$LDAP_REF:v3/dn.go" > "$module/gosrc/ldap/dn.go"
copy_dir "$BER_GIT" "$BER_REF" "" ber
copy_dir "$APIM_GIT" "$APIM_REF" pkg/api/validate/content content
copy_dir "$APIM_GIT" "$APIM_REF" pkg/api/validate/constraints constraints

# The copies import each other by their upstream module paths; point those at this module.
sed -i 's#"github.com/go-asn1-ber/asn1-ber"#"godiff/gosrc/ber"#' "$module/gosrc/ldap/dn.go"
sed -i 's#"k8s.io/apimachinery/pkg/api/validate/constraints"#"godiff/gosrc/constraints"#' "$module"/gosrc/content/*.go

cp "$here/go/harness.go" "$module/main.go"
# `go 1.26.0`, the line of cert-manager's webhook module: the GODEBUG defaults
# (urlstrictcolons, rsa1024min, ...) are then the webhook's.
printf 'module godiff\n\ngo 1.26.0\n' > "$module/go.mod"
(cd "$module" && GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off "$GO" build -o "$WORK/go-harness" .)
echo "go-diff: built $WORK/go-harness ($("$GO" version))" >&2
