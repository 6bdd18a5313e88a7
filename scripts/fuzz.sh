#!/usr/bin/env bash
# Runs every fuzz target (or the TARGETs named) for SECONDS seconds each (default 60), one after
# the other, from the committed seeds:  bash scripts/fuzz.sh [SECONDS] [TARGET…] Needs cargo-fuzz and the nightly toolchain; without them it says so and exits 0
# (CI runs the smoke only where the toolchain is present). A crash stops the run with exit 1 and
# leaves the input under fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
if ! cargo fuzz --version >/dev/null 2>&1 || ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz: cargo-fuzz or the nightly toolchain is missing; skipped" >&2
  exit 0
fi
targets=(check_utf8 check_bytes documents citations fix_idempotent docx html markdown)
if [ "$#" -gt 0 ]; then
  targets=("$@")
fi
log="$(mktemp)"
trap 'rm -f "${log}"' EXIT
for target in "${targets[@]}"; do
  corpus="fuzz/corpus/${target}"
  mkdir -p "${corpus}"
  case "${target}" in
    docx | html | markdown) seeds="fuzz/seeds/${target}" ;;
    *) seeds="fuzz/seeds/text" ;;
  esac
  cp -n "${seeds}"/* "${corpus}/" || true
  echo "==> fuzz ${target} for ${seconds} s"
  # -s none: no sanitizer (ASan slows the engine several times and finds nothing safe Rust hides).
  status=0
  cargo +nightly fuzz run -s none "${target}" "${corpus}" -- \
    -max_total_time="${seconds}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    > "${log}" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==|SUMMARY|thread '|Test unit written)" "${log}" || true
  if [ "${status}" -ne 0 ]; then
    grep -E "panicked|assert|Test unit written" "${log}" | head -5 >&2 || true
    echo "fuzz: ${target} failed (exit ${status}); the input is under fuzz/artifacts/${target}/" >&2
    exit 1
  fi
done
