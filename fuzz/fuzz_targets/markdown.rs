#![no_main]
//! Markdown shaped like what converters write: the bytes choose pieces of pipe tables (`|`,
//! delimiter rows, `<br>` in cells, escaped bars), pandoc grid tables (borders whole, broken
//! or misaligned), simple and multiline tables (runs of dashes), HTML tables, front matter,
//! emphasis and header lines. Checked as Markdown and fixed: the reports are sound.
//! (`check_bytes` gives raw bytes to the Markdown reader too; this target reaches its tables.)
use libfuzzer_sys::fuzz_target;
use thethuc::{check, fix, Config, InputFormat, Source};
mod common;

const PIECES: &[&str] = &[
    "|",
    "| ",
    " |",
    "|---|---|",
    "|:--|--:|",
    "\\|",
    "\\",
    "<br>",
    "<br/>",
    "<BR />",
    "<br",
    "+",
    "+---+---+",
    "+===+===+",
    "+:--+",
    "+-+",
    "-",
    "------",
    "---  ---",
    "   ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "---\ntitle: x\n---\n",
    ":::",
    "::: {.class}",
    "**",
    "*",
    "_",
    "#",
    "## ",
    "<table>",
    "</table>",
    "<tr>",
    "<td>",
    "</td>",
    "<p>",
    "&amp;",
    "&nbsp;",
    "[",
    "](x)",
    "![",
    "{.underline}",
    "\u{a0}",
    "\t",
    "ô",
    "ỦY BAN NHÂN DÂN",
    "TỈNH LÀO CAI",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/QĐ-UBND",
    "Lào Cai, ngày 05 tháng 3 năm 2026",
    "QUYẾT ĐỊNH",
    "V/v tổ chức",
    "Kính gửi:",
    "Căn cứ Luật",
    "Điều 1.",
    "Nơi nhận:",
    "- Như trên;",
    "KT. CHỦ TỊCH",
    "Nguyễn Văn A",
    "PHỤ LỤC",
    "Tải về",
    "--- PAGE BREAK ---",
    "C:\\x.docx",
    "Trang 2",
];

fuzz_target!(|data: &[u8]| {
    let config = Config::default();
    let text: String = data
        .iter()
        .take(1024)
        .map(|&b| PIECES[usize::from(b) % PIECES.len()])
        .collect();
    common::assert_report_is_sound(&check(Source::new(&text), InputFormat::Markdown, &config));
    let fixed = fix(&text, InputFormat::Markdown, &config, true);
    common::assert_report_is_sound(&fixed.report);
    // The seeds (real Markdown files) as they are.
    if let Ok(text) = std::str::from_utf8(data) {
        common::assert_report_is_sound(&check(Source::new(text), InputFormat::Markdown, &config));
    }
});
