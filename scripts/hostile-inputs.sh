#!/usr/bin/env bash
# Hostile inputs: files made of one piece repeated (marks, commas, tabs, doubled words, brackets,
# legacy-looking bytes, …), a 50 MB line, a million lines, NUL bytes. Each is checked by the
# release CLI and must finish within LIMIT_SECONDS (default 20) and LIMIT_MB of memory (default
# 1024) with a clear result: exit 0 or 1 (checked) or 2 (refused with a message), never a
# panic, a hang or a blow-up. Prints a table; exits 1 if any input fails.
#   bash scripts/hostile-inputs.sh
# A quadratic step in a rule shows here as minutes on a 200 KB line (found this way: MA005,
# MA007, MA008, MA011). scripts/test-all.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
limit_seconds="${LIMIT_SECONDS:-20}"
limit_mb="${LIMIT_MB:-1024}"
cargo build --release --locked -q -p thethuc-cli
bin="${CARGO_TARGET_DIR:-target}/release/thethuc"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

python3 - "${work}" <<'EOF'
import sys
work = sys.argv[1]
one_line = {
    "marks-after-a-letter": "a" + "\u0301" * 200_000,
    "only-marks": "\u0301" * 200_000,
    "commas-between-letters": "a," * 100_000,
    "tabs": "a\t" * 100_000,
    "spaces": "a" + " " * 200_000 + "b",
    "dots": "a" + "." * 200_000,
    "open-brackets": "(" * 200_000,
    "nested-brackets": "(" * 100_000 + ")" * 100_000,
    "straight-quotes": '"' * 200_000,
    "curly-quotes": "“" * 100_000,
    "digits": "1" * 200_000,
    "doubled-word": "và " * 70_000,
    "doubled-capitals": "VÀ " * 70_000,
    "so-so": "số " * 60_000,
    "ngay": "ngày " * 40_000,
    "law-words": "Luật " * 40_000,
    "law-title": "Luật " + "Đất đai " * 30_000 + "ngày 1/1/2020",
    "type-words": "Quyết định " * 20_000,
    "citations": "Quyết định số 12/QĐ-UB ngày 1/2/2020 của Bộ X và " * 4_000,
    "place-then-date": "Hà Nội, " * 30_000 + "ngày 5/3/2026",
    "amounts": "1.000.000 đồng (" * 10_000,
    "numbered-dots": "1." * 100_000,
    "slashes": "1/" * 100_000,
    "dashes": "- " * 100_000,
    "no-break-spaces": "a\u00a0\u00a0" * 60_000,
    "telex": "ddaauf " * 30_000,
    "cyrillic": "а" * 100_000,
    "legacy-looking": "§Ò¸ " * 40_000,
    "cjk": "中" * 70_000,
    "emoji": "😀" * 50_000,
}
for name, body in one_line.items():
    with open(f"{work}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(body + "\n")
many_lines = {
    "lines-roman-I": "I.\n" * 1_000_000,
    "lines-dash": "- a\n" * 200_000,
    "lines-dieu": "Điều 1. A\n" * 100_000,
    "lines-khoan": "1. a\n" * 200_000,
    "lines-noi-nhan": "Nơi nhận:\n- Lưu: VT\n" * 50_000,
    "lines-quoc-hieu": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" * 50_000,
    "lines-open-bracket": "(\n" * 200_000,
    "lines-quote": '"\n' * 200_000,
    "lines-phu-luc": "Phụ lục I\n" * 100_000,
}
for name, body in many_lines.items():
    with open(f"{work}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(body)
with open(f"{work}/fifty-megabytes-on-one-line.txt", "w") as f:
    f.write("a" * 50_000_000)
with open(f"{work}/nul-bytes.txt", "wb") as f:
    f.write(b"\0" * 1_000_000)
with open(f"{work}/invalid-utf8.txt", "wb") as f:
    f.write(b"Quy\xe1t \xff\xfe\x80 \xc3" * 10_000)
EOF

failed=0
printf '%-32s %8s %9s %5s\n' input seconds "peak MB" exit
for file in "${work}"/*.txt; do
  name="$(basename "${file}" .txt)"
  status=0
  /usr/bin/time -f '%e %M' -o "${work}/time" timeout "$((limit_seconds * 3))" \
    "${bin}" check --format summary --fail-on never "${file}" > /dev/null 2> "${work}/stderr" || status=$?
  read -r seconds kilobytes < <(tail -n 1 "${work}/time")
  megabytes=$((kilobytes / 1024))
  verdict=""
  if [ "${status}" -gt 2 ]; then
    verdict="  <- exit ${status}: $(grep -m 1 -E 'panicked|error' "${work}/stderr" || true)"
  elif awk -v s="${seconds}" -v l="${limit_seconds}" 'BEGIN { exit !(s > l) }'; then
    verdict="  <- over ${limit_seconds} s"
  elif [ "${megabytes}" -gt "${limit_mb}" ]; then
    verdict="  <- over ${limit_mb} MB"
  fi
  printf '%-32s %8s %9s %5s%s\n' "${name}" "${seconds}" "${megabytes}" "${status}" "${verdict}"
  [ -z "${verdict}" ] || failed=1
done
if [ "${failed}" -ne 0 ]; then
  echo "hostile inputs: some input took too long, too much memory, or crashed" >&2
  exit 1
fi
echo "hostile inputs: every input finished within ${limit_seconds} s and ${limit_mb} MB"
