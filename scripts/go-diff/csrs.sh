#!/usr/bin/env bash
# Writes a small corpus of real CSRs (DER) made with openssl into $1: RSA, RSA-PSS, EC, Ed25519
# and DSA keys, with and without extensions. Keys are made afresh on every run.
set -euo pipefail
dir="${1:?directory}"
mkdir -p "$dir"
cd "$dir"
subj='/CN=go-diff.example.com/O=go-diff'
csr() { # name, key options..., then -- request options...
  local name="$1"; shift
  local keyopts=() reqopts=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do keyopts+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  reqopts=("$@")
  openssl genpkey "${keyopts[@]}" -out "$name.key" 2>/dev/null || return 0
  openssl req -new -key "$name.key" -subj "$subj" "${reqopts[@]}" -outform DER -out "$name.der" 2>/dev/null || rm -f "$name.der"
}
csr rsa2048 -algorithm RSA -pkeyopt rsa_keygen_bits:2048
csr rsa2048-san -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -- -addext 'subjectAltName=DNS:a.example.com,IP:192.0.2.1,email:a@example.com'
csr rsa1024 -algorithm RSA -pkeyopt rsa_keygen_bits:1024
csr rsa2048-sha512 -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -- -sha512
csr rsa-pss -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048
csr rsa2048-pss-sig -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -- -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
csr p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256
csr p384 -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -- -sha384
csr p521 -algorithm EC -pkeyopt ec_paramgen_curve:P-521 -- -sha512
csr p256-ca -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -- -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=keyCertSign'
csr ed25519 -algorithm ED25519
openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out dsa.param 2>/dev/null && csr dsa -paramfile dsa.param
rm -f ./*.key ./*.param
ls ./*.der | wc -l
