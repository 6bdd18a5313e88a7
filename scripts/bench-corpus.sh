#!/usr/bin/env bash
# The corpus benchmark: a batch of COUNT documents (default 10,000) made of copies of the
# repository's corpus texts, checked by the release CLI on all cores. Prints wall time, peak
# memory, files/s and MB/s. Reproducible: the same files every time; only the machine varies.
# FORMAT (default summary) is the output format: human, json, sarif or summary. The binary is
# built into and run from CARGO_TARGET_DIR (default target/).
#   bash scripts/bench-corpus.sh [COUNT] [FORMAT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
format="${2:-summary}"
target_dir="${CARGO_TARGET_DIR:-target}"
cargo build --release --locked -q -p thethuc-cli
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
mapfile -t sources < <(find fixtures/corpus -name '*.txt' ! -name '*.converted.txt' | sort)
for ((i = 0; i < count; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  mkdir -p "${work}/$((i / 1000))"
  cp "${src}" "${work}/$((i / 1000))/doc-${i}.txt"
done
bytes=$(du -sb "${work}" | cut -f1)
echo "batch: ${count} documents, $((bytes / 1024 / 1024)) MB, from ${#sources[@]} corpus texts; --format ${format}"
/usr/bin/time -f "wall %e s, peak memory %M KB" \
  "${target_dir}/release/thethuc" check --stats --format "${format}" --fail-on never "${work}" > /dev/null
