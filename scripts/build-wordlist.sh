#!/usr/bin/env bash
# Rebuilds assets/english-words/ from Debian's packages: the SCOWL word lists of wamerican and
# wbritish (size 50, the packages' default), merged and lower-cased. Search corrects a typo only
# when the word is in neither this list nor the corpus, so a real English word is never "fixed"
# into a different word of the declaration. Pinned versions and checksums.
#
#   bash scripts/build-wordlist.sh            rebuild and check against SHA256SUMS
#   bash scripts/build-wordlist.sh --update   rebuild and rewrite SHA256SUMS
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="2020.12.07-2"
declare -A SHA256=(
    [wamerican]="c8f8e2b2ad0d37bfdd41f0e40f1e4c8e5f907467d768a1d3698b164e9617f0b4"
    [wbritish]="f80571f14aa987ef0d727e2077d4f2abd84adf92492af494e7de04882c53be3f"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for package in wamerican wbritish; do
    apt-get download --quiet "$package=$VERSION" >/dev/null 2>&1
    echo "${SHA256[$package]}  ${package}_${VERSION}_all.deb" | sha256sum --check --quiet
    dpkg-deb -x "${package}_${VERSION}_all.deb" extracted
done
cd - >/dev/null

out=assets/english-words
mkdir -p "$out"
# Possessives ("Asia's") add nothing: the search strips them before looking a word up.
cat "$work/extracted/usr/share/dict/american-english" "$work/extracted/usr/share/dict/british-english" \
    | grep -v "'s$" | tr '[:upper:]' '[:lower:]' | LC_ALL=C sort -u > "$out/words.txt"
cp "$work/extracted/usr/share/doc/wamerican/copyright" "$out/COPYRIGHT"

if [[ "${1:-}" == "--update" ]]; then
    (cd "$out" && sha256sum words.txt COPYRIGHT > SHA256SUMS)
    echo "SHA256SUMS rewritten"
else
    (cd "$out" && sha256sum --check SHA256SUMS)
fi
