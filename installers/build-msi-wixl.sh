#!/usr/bin/env bash
# Build the MSI with wixl (msitools) on Linux: the CI check that the WiX source compiles.
# Usage: installers/build-msi-wixl.sh PAYLOAD_DIR VERSION OUT.msi
# The real payload is the frozen app from installers/build-msi.ps1 on Windows.
set -euo pipefail
payload=$(cd "$1" && pwd); version=$2; out=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/harvest.py" "$payload" "$work/payload.wxs"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
cd "$payload"  # the fragment's sources are relative to the payload folder
wixl --arch x64 -D Version="$version" -o "$out" "$here/wix/FeedbackDesk.wxs" "$work/payload.wxs"
