#!/usr/bin/env bash
# Hostile inputs: files made of one piece repeated (marks, commas, tabs, doubled words, brackets,
# legacy-looking bytes, …), a 50 MB line, a million lines, NUL bytes; web pages (.html) nested
# 100,000 deep, left open to the end (comments, scripts, attributes), tables of 10,000 rows,
# floods of character references, pages in windows-1258 or TCVN3 bytes, a 50 MB page; Markdown
# (.md) tables out of shape (a row of 100,000 bars, grid borders never closed, 10 MB rows);
# lines ended by CR alone, text of nothing but no-break spaces; and, under a size limit raised
# to 64 MB, a 50 MB page, a 20 MB line, 50 MB of documents. Each is checked by the
# release CLI and must finish within LIMIT_SECONDS (default 20) and LIMIT_MB of memory (default
# 1024) with a clear result: exit 0 or 1 (checked) or 2 (refused with a message), never a
# panic, a hang or a blow-up. Prints a table; exits 1 if any input fails.
#   bash scripts/hostile-inputs.sh
# A quadratic step in a rule shows here as minutes on a 200 KB line (found this way: MA005,
# MA007, MA008, MA011; the HTML reader's hidden elements and nested tables; Markdown grid tables
# never closed, `<br` left open, rows of a million cells). scripts/test-all.sh runs it.
# Inputs named in KNOWN_FAILING (space-separated names) are known to break the limits and not
# fixed yet: they run with a short timeout, show as "known", and do not fail the run; one that
# passes says so, to be taken off the list.
set -euo pipefail
cd "$(dirname "$0")/.."
limit_seconds="${LIMIT_SECONDS:-20}"
limit_mb="${LIMIT_MB:-1024}"
# None today. The last two, txt-double-spaces-10mb and md-multiline-10mb-row (a 10 MB run of
# "a  b  "), broke the memory limit (3.6 GB) because MA006 built every finding before
# check::run_rules kept max_findings_per_rule of them; past the cap it now counts them instead
# (Ctx::over_cap). (txt-doubled-word-10mb passes since MA007 leaves runs of three or more alone.)
known_failing=" ${KNOWN_FAILING-} "
cargo build --release --locked -q -p thethuc-cli
bin="${CARGO_TARGET_DIR:-target}/release/thethuc"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

python3 - "${work}" <<'EOF'
import os
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

def write(name, body):
    with open(f"{work}/{name}", "w", encoding="utf-8", newline="") as f:
        f.write(body)


document = open("fixtures/corpus/real/01_tb-1894-sct-laocai.txt", encoding="utf-8").read()
header = (
    "<table><tr><td><p>ỦY BAN NHÂN DÂN<br>TỈNH LÀO CAI</p><p>Số: 12/QĐ-UBND</p></td>"
    "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>"
)
row_of_50 = "<tr>" + "<td>Số 1</td>" * 50 + "</tr>"
sentence = "Cộng hòa xã hội chủ nghĩa Việt Nam, độc lập tự do hạnh phúc. "
pages = {
    "nested-divs": "<div>" * 100_000 + "CỘNG HÒA" + "</div>" * 100_000,
    "nested-inline": "<span><b><i>" * 100_000 + "x",
    "nested-tables-with-text": "<table><tr><td>x" * 100_000,
    "nested-tables-closed": "<table><tr><td>x" * 100_000 + "</td></tr></table>" * 100_000,
    "comment-left-open": header + "<!--" + "<p>Nơi nhận:</p>" * 500_000,
    "script-left-open": header + "<script>" + "a<p>b</p>" * 1_000_000,
    "attribute-left-open": header + '<a href="' + "x<p>" * 2_000_000,
    "scripts-left-open": "<script>" * 1_000_000,
    "scripts-closed": "<script>a</script><STYLE>b</style><p>c</p>" * 200_000,
    "tags-left-open": "<p" * 3_000_000,
    "lt-only": "<" * 9_000_000,
    "table-10k-rows-50-cells": header + "<table>" + row_of_50 * 10_000 + "</table>",
    "table-1m-rows": "<table>" + "<tr><td>x" * 1_000_000,
    "row-1m-cells": "<table><tr>" + "<td>x" * 1_000_000,
    "amp-flood": "<p>" + "&amp;" * 1_000_000 + "</p>",
    "references-to-no-character": "<p>" + "&#0;&#xD800;&#99999999;&#x110000;&#;&" * 200_000 + "</p>",
    "references-left-open": "&#x1EA1" * 1_000_000,
    "paragraphs-1m": "<p>x</p>" * 1_000_000,
    "br-2m": "<br>" * 2_000_000,
    "one-paragraph-9mb": "<p>" + sentence * 120_000 + "</p>",
    "nbsp-only": "&nbsp;" * 1_500_000,
    "cr-only": ("<p>" + document.replace("\n", "</p>\r<p>") + "</p>") * 100,
    "document-in-cells": ("<table><tr><td>" + document.replace("\n", "<br>") + "</td></tr></table>") * 300,
}
for name, body in pages.items():
    write(f"html-{name}.html", body)
with open(f"{work}/html-fifty-megabytes.html", "w") as f:
    f.write("<p>" + "a" * 50_000_000 + "</p>")
vn = "<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Độc lập - Tự do - Hạnh phúc. Số: 12/QĐ-UBND</p>\n"
with open(f"{work}/html-windows-1258.html", "wb") as f:
    page = '<html><head><meta charset="windows-1258"></head><body>' + vn * 20_000 + "</body></html>"
    f.write(page.encode("cp1258", errors="replace"))
with open(f"{work}/html-tcvn3-bytes.html", "wb") as f:
    f.write(b'<meta charset="TCVN3"><p>b\xe9 t\xb5i ch\xddnh</p>' * 100_000)
with open(f"{work}/html-binary.html", "wb") as f:
    f.write(b"<html>" + bytes(range(256)) * 40_000)

markdown = {
    "pipe-row-100k-bars": "|" * 100_000 + "\n",
    "pipe-row-100k-bars-and-delimiter": "|" * 100_000 + "\n|---|---|\n" + "| a | b |\n" * 1_000,
    "pipe-table-500k-rows": "| a | b |\n|---|---|\n" + "| x | y |\n" * 500_000,
    "pipe-row-10mb": "|a" * 5_000_000 + "|\n",
    "grid-borders-only": "+---+\n" * 100_000,
    "grid-never-closed": "+---+\n|a|\n" * 50_000 + "|a|\n",
    "grid-bars-off-the-border": ("+---+---+\n|a|b|c|d|\n" + "| x |\n" * 10 + "+-------+\n") * 10_000,
    "grid-row-1m-columns": "+" + "-+" * 1_000_000 + "\n" + "|a" * 1_000_000 + "|\n" + "+" + "-+" * 1_000_000 + "\n",
    "br-left-open": "<br" * 3_000_000 + "\n",
    "br-in-cells": ("| a | " + "x<br>" * 200 + " |\n") * 10_000,
    "dash-lines": "------\n" * 1_450_000,
    "multiline-10mb-row": "-" * 60 + "\n" + "a  b  " * 1_700_000 + "\n" + "c\n" * 150 + "-" * 60 + "\n\n",
    "cr-only": document.replace("\n", "\r") * 1_000,
    "nbsp-cells": "|\u00a0|\u00a0|\n" * 1_000_000,
}
for name, body in markdown.items():
    write(f"md-{name}.md", body)

text = {
    "twenty-megabytes-on-one-line": "Cộng hòa xã hội chủ nghĩa Việt Nam " * 500_000,
    "one-line-of-words-9mb": sentence * 120_000,
    "one-line-of-a-document": (" ".join(document.split()) + " ") * 1_000,
    "crlf": document.replace("\n", "\r\n") * 1_000,
    "cr-only": document.replace("\n", "\r") * 1_000,
    "nbsp-only": "\u00a0" * 3_000_000,
    "nbsp-lines": ("\u00a0" * 20 + "\n") * 200_000,
    "doubled-word-10mb": "xy " * 3_400_000,
    "double-spaces-10mb": "a  b  " * 1_700_000,
}
for name, body in text.items():
    write(f"txt-{name}.txt", body)

# Past the default size limit (10 MB), which refuses them at once: checked again under a raised
# limit, to measure the reader on them.
os.makedirs(f"{work}/raised")
with open(f"{work}/raised/thethuc.toml", "w") as f:
    f.write("[limits]\nmax_input_bytes = 67108864\n")
in_cells = "<table><tr><td>" + "".join(f"<p>{l}</p>" for l in document.splitlines()) + "</td></tr></table>\n"
raised = {
    "page-one-paragraph-50mb.html": "<p>" + "a" * 50_000_000 + "</p>",
    "page-of-documents-50mb.html": in_cells * (50_000_000 // len(in_cells.encode())),
    "line-20mb.txt": "Cộng hòa xã hội chủ nghĩa Việt Nam " * 600_000,
    "documents-50mb.txt": document * (50_000_000 // len(document.encode())),
    "pipe-table-20mb.md": "| a | b |\n|---|---|\n" + "| Số: 12/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n" * 290_000,
}
for name, body in raised.items():
    write(f"raised/{name}", body)
EOF

failed=0
# One input: checked by the release CLI within `limit_s` seconds and `limit_m` MB, one line of
# the table.
check_one() {
  local file="$1" name="$2" limit_s="$3" limit_m="$4"
  local known="" timeout_seconds="$((limit_s * 3))" status=0 verdict="" seconds kilobytes megabytes
  if [[ "${known_failing}" == *" ${name} "* ]]; then
    known=1
    timeout_seconds="$((limit_s + 1))"
  fi
  /usr/bin/time -f '%e %M' -o "${work}/time" timeout "${timeout_seconds}" \
    "${bin}" check --format summary --fail-on never "${file}" > /dev/null 2> "${work}/stderr" || status=$?
  read -r seconds kilobytes < <(tail -n 1 "${work}/time")
  megabytes=$((kilobytes / 1024))
  if [ "${status}" -gt 2 ]; then
    verdict="  <- exit ${status}: $(grep -m 1 -E 'panicked|error' "${work}/stderr" || true)"
  elif awk -v s="${seconds}" -v l="${limit_s}" 'BEGIN { exit !(s > l) }'; then
    verdict="  <- over ${limit_s} s"
  elif [ "${megabytes}" -gt "${limit_m}" ]; then
    verdict="  <- over ${limit_m} MB"
  fi
  if [ -n "${known}" ]; then
    if [ -n "${verdict}" ]; then
      verdict="${verdict} (known)"
    else
      verdict="  <- known to fail, but passed: take it off KNOWN_FAILING"
    fi
  else
    [ -z "${verdict}" ] || failed=1
  fi
  printf '%-40s %8s %9s %5s%s\n' "${name}" "${seconds}" "${megabytes}" "${status}" "${verdict}"
}
printf '%-40s %8s %9s %5s\n' input seconds "peak MB" exit
for file in "${work}"/*.txt "${work}"/*.md "${work}"/*.html; do
  name="$(basename "${file}")"
  check_one "${file}" "${name%.*}" "${limit_seconds}" "${limit_mb}"
done
# Under the raised size limit: three times the time and twice the memory (the engine holds about
# 20 bytes per byte of a page of documents).
for file in "${work}"/raised/*.txt "${work}"/raised/*.md "${work}"/raised/*.html; do
  name="$(basename "${file}")"
  check_one "${file}" "raised-${name%.*}" "$((limit_seconds * 3))" "$((limit_mb * 2))"
done
if [ "${failed}" -ne 0 ]; then
  echo "hostile inputs: some input took too long, too much memory, or crashed" >&2
  exit 1
fi
echo "hostile inputs: every input finished within ${limit_seconds} s and ${limit_mb} MB (under the raised size limit: $((limit_seconds * 3)) s and $((limit_mb * 2)) MB)"
