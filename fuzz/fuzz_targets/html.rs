#![no_main]
//! Any bytes as a web page (`.html`): decoded or refused with an error; what decodes is cleaned
//! (hidden parts left out, references decoded), read from its tags and checked, soundly. The
//! same bytes also choose pieces of HTML (tags left open, nested tables, references to no
//! character, hidden elements, Vietnamese header lines) put together into a page: the cleaned
//! page maps back into the page in order, and the page checks soundly.
use libfuzzer_sys::fuzz_target;
use thethuc::{check, Config, InputFormat, Source};
mod common;

const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<div>",
    "</div>",
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th>",
    "<b>",
    "</b>",
    "<i>",
    "<span>",
    "</span>",
    "<h1>",
    "<li>",
    "<script>",
    "</script>",
    "<style>",
    "</STYLE>",
    "<svg>",
    "</svg>",
    "<head>",
    "</head>",
    "<!--",
    "-->",
    "<!DOCTYPE html>",
    "<?xml ?>",
    "<a href=\"",
    "\">",
    "'",
    "<td a='>'>",
    "<",
    ">",
    "</",
    "&",
    ";",
    "&amp;",
    "&nbsp;",
    "&#160;",
    "&#7897;",
    "&#x1EA1;",
    "&agrave;",
    "&Dstrok;",
    "&#0;",
    "&#xD800;",
    "&#99999999;",
    "&#x110000;",
    "&#",
    "&#x",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u{a0}",
    "\u{301}",
    "ô",
    "Độc lập",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ỦY BAN NHÂN DÂN",
    "TỈNH LÀO CAI",
    "Số: 12/QĐ-UBND",
    "Lào Cai, ngày 05 tháng 3 năm 2026",
    "QUYẾT ĐỊNH",
    "Về việc",
    "Kính gửi:",
    "Căn cứ Luật",
    "Điều 1.",
    "Nơi nhận:",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn A",
    "Tải về",
    "Trang 2",
    "bé tµi chÝnh",
    "céng hoµ",
    "Sè:",
];

fuzz_target!(|data: &[u8]| {
    let config = Config::default();
    if let Ok(source) = Source::from_html(data) {
        common::assert_report_is_sound(&check(source, InputFormat::Html, &config));
    }
    let page: String = data
        .iter()
        .take(1024)
        .map(|&b| PIECES[usize::from(b) % PIECES.len()])
        .collect();
    let cleaned = thethuc::internals::clean_html(&page);
    let mut last = 0;
    for (o, _) in cleaned
        .text
        .char_indices()
        .chain(std::iter::once((cleaned.text.len(), ' ')))
    {
        let p = cleaned.to_page(o as u32, false);
        assert!(
            p as usize <= page.len() && p >= last,
            "cleaned offset {o} maps to {p}"
        );
        last = p;
    }
    if let Ok(source) = Source::from_html(page.as_bytes()) {
        common::assert_report_is_sound(&check(source, InputFormat::Html, &config));
    }
});
