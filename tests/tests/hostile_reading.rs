#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Hostile input for the reading layer: web pages (`.html`) and Markdown as a careless converter
//! or a hostile sender makes them. Each must finish with a clear error or a sound report: no
//! panic, no hang. Sizes are kept so that the debug build runs them in seconds; the full sizes
//! (50 MB, 10,000-row tables, 20 MB lines, a million references) are measured by
//! `scripts/hostile-inputs.sh` on the release CLI.

use std::sync::mpsc;
use std::time::Duration;
use thethuc::{check, Config, DecodeError, InputFormat, Report, Source};

/// Runs `f` on a thread of its own; a run longer than `seconds` fails the test instead of
/// hanging it (a quadratic step shows as a timeout here).
fn within<T: Send + 'static>(
    seconds: u64,
    what: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(Duration::from_secs(seconds)) {
        Ok(v) => v,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{what}: not done after {seconds} s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what}: panicked"),
    }
}

/// Generous for a debug build on a busy 2-core machine; a quadratic step on these sizes takes
/// far longer.
const SECONDS: u64 = 60;

/// Every finding inside the text the rules see and inside the original, on character
/// boundaries; fixes well formed.
fn sound(report: &Report) {
    let text = report.source.text();
    let original = report.source.original();
    for d in &report.diagnostics {
        let (s, e) = (d.span.start as usize, d.span.end as usize);
        assert!(
            s <= e && e <= text.len(),
            "{}: span {s}..{e} of {}",
            d.code,
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{}",
            d.code
        );
        let (os, oe) = (
            report.source.to_original(d.span.start, false) as usize,
            report.source.to_original(d.span.end, true) as usize,
        );
        assert!(
            os <= oe && oe <= original.len(),
            "{}: original {os}..{oe}",
            d.code
        );
        assert!(
            original.is_char_boundary(os) && original.is_char_boundary(oe),
            "{}",
            d.code
        );
        for f in &d.fixes {
            assert!(f.is_well_formed(), "{}: fix", d.code);
            for edit in &f.edits {
                assert!(edit.span.end as usize <= text.len(), "{}: edit", d.code);
            }
        }
    }
}

fn html(page: String) -> Report {
    within(SECONDS, "html", move || {
        let source = Source::from_html(page.as_bytes()).unwrap();
        let report = check(source, InputFormat::Html, &Config::default());
        sound(&report);
        report
    })
}

fn as_text(text: String, format: InputFormat) -> Report {
    within(SECONDS, "text", move || {
        let report = check(Source::new(&text), format, &Config::default());
        sound(&report);
        report
    })
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.diagnostics.iter().map(|d| d.code).collect()
}

const HEADER_TABLE: &str = "<table><tr><td><p>ỦY BAN NHÂN DÂN<br>TỈNH LÀO CAI</p><p>Số: 12/QĐ-UBND</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Lào Cai, ngày 05 tháng 3 năm 2026</p></td></tr></table>";

#[test]
fn html_nested_a_hundred_thousand_levels_deep() {
    let n = 100_000;
    let report = html(format!(
        "{}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{}",
        "<div>".repeat(n),
        "</div>".repeat(n)
    ));
    assert!(report.document.header.quoc_hieu.is_some());
    html(format!("{}x", "<span><b><i>".repeat(n / 3)));
    html("<ul><li>".repeat(n / 2));
    html("<table>".repeat(n));
    html("<table><tr><td>".repeat(n));
    // Every level with its own text: each level used to move all the lines inside it up into
    // its cell again (100,000 levels took 94 s in release).
    let report = html("<table><tr><td>x".repeat(n));
    assert_eq!(report.source.text().matches('x').count(), n);
    html(format!(
        "{}{}",
        "<table><tr><td>x".repeat(n / 2),
        "</td></tr></table>".repeat(n / 2)
    ));
}

#[test]
fn html_left_open_to_the_end_of_the_file() {
    let tails = [
        "<!-- a comment never closed <p>Kính gửi: Sở Tài chính</p>",
        "<script>var a = '<p>Nơi nhận:</p>';",
        "<style>p { color: red }",
        "<svg><text>logo",
        "<a href=\"https://example.vn/<p>Nơi nhận:</p>",
        "<p title='never closed>Kính gửi: Sở Tài chính</p>",
        "<table><tr><td>Nơi nhận:<br>- Như trên;<td>GIÁM ĐỐC",
        "<![CDATA[ never closed",
        "<?xml never closed",
        "<!DOCTYPE never closed",
        "<p",
        "<",
        "</",
        "&",
        "&#",
        "&#x1EA",
    ];
    for tail in tails {
        let report = html(format!("{HEADER_TABLE}{tail}"));
        // What came before the open construct is read as before.
        assert!(report.document.header.so.is_some(), "{tail}");
        assert!(report.document.header.quoc_hieu.is_some(), "{tail}");
        // And the construct alone, and repeated to the end.
        html(tail.to_owned());
        html(tail.repeat(2_000));
    }
    // A comment left open hides the rest, as in a browser.
    let report = html(format!("{HEADER_TABLE}<!--<p>Kính gửi: Sở Tài chính</p>"));
    assert!(!report.source.text().contains("Kính gửi"));
}

#[test]
fn many_hidden_elements_are_skipped_in_one_pass() {
    // Each `<script>` searched the rest of the page for its closing tag, lower-casing a copy
    // of it: 100,000 of them took minutes on a 10 MB page.
    html("<script>".repeat(100_000));
    let report = html(format!(
        "{HEADER_TABLE}{}",
        "<script>zzq</script><STYLE>zzq</style><svg>zzq</SVG>".repeat(30_000)
    ));
    assert!(report.document.header.so.is_some());
    assert!(!report.source.text().contains("zzq"));
}

#[test]
fn a_huge_table_reads_cell_by_cell() {
    let rows = 2_000;
    let row = format!("<tr>{}</tr>", "<td>Độc lập</td>".repeat(50));
    let report = html(format!("{HEADER_TABLE}<table>{}</table>", row.repeat(rows)));
    assert!(report.document.header.so.is_some());
    // The same table as Markdown, pipe and grid.
    let pipe_row = format!("|{}\n", " ô |".repeat(50));
    as_text(
        format!(
            "{}|{}\n{}",
            pipe_row,
            "---|".repeat(50),
            pipe_row.repeat(rows)
        ),
        InputFormat::Markdown,
    );
    let border = format!("+{}\n", "---+".repeat(50));
    let grid_row = format!("|{}\n{border}", " ô |".repeat(50));
    as_text(
        format!("{border}{}", grid_row.repeat(rows)),
        InputFormat::Markdown,
    );
}

#[test]
fn entity_floods_and_references_to_no_character() {
    let report = html(format!("<p>{}</p>", "&amp;".repeat(200_000)));
    assert_eq!(report.source.text().matches('&').count(), 200_000);
    html("&nbsp;&#160;&#x00A0;".repeat(50_000));
    html("&#7897;&agrave;&Dstrok;&shy;".repeat(50_000));
    html("&".repeat(200_000));
    html("&#".repeat(200_000));
    html("&#x1EA1".repeat(100_000));
    // References to no character (NUL, a surrogate, past U+10FFFF, too long, empty, negative)
    // are left as written, never decoded to U+FFFD or a NUL.
    let bad = [
        "&#0;",
        "&#x0;",
        "&#xD800;",
        "&#55296;",
        "&#xDFFF;",
        "&#99999999;",
        "&#x110000;",
        "&#xFFFFFFFFFF;",
        "&#-1;",
        "&#;",
        "&#x;",
        "&;",
        "&nosuchname;",
    ];
    for r in bad {
        let source = Source::from_html(format!("<p>a{r}b</p>").as_bytes()).unwrap();
        assert!(
            source.text().contains(&format!("a{r}b")),
            "{r}: {:?}",
            source.text()
        );
        html(format!("<p>{}</p>", r.repeat(20_000)));
    }
    // Decoded references next to the ones left alone, in a Vietnamese line: offsets map back.
    let report = html(format!(
        "{HEADER_TABLE}<p>C&#7897;ng h&ograve;a &#0; x&#xD800; h&#7897;i &#99999999;</p>"
    ));
    assert!(report.source.text().contains("Cộng hòa &#0; x&#xD800; hội"));
}

#[test]
fn pages_in_legacy_encodings_get_a_clear_error_or_ma002() {
    // A page saved in windows-1258 (its meta charset says so): decoded, its combining tone
    // marks composed.
    let cp1258: Vec<u8> = b"<html><head><meta charset=\"windows-1258\"></head><body><p>C\xd4\xf2NG HO\xccA XA\xde H\xd4\xf2I</p></body></html>".to_vec();
    let source = Source::from_html(&cp1258).unwrap();
    assert!(
        source.text().contains("CỘNG HÒA XÃ HỘI"),
        "{:?}",
        source.text()
    );
    // TCVN3 bytes as the font wrote them (one byte a letter) under a charset of that name:
    // refused, naming it, at the byte where the page stops being UTF-8.
    let tcvn3: Vec<u8> = b"<meta charset=\"TCVN3\"><p>b\xe9 t\xb5i ch\xddnh</p>".to_vec();
    let first = tcvn3.iter().position(|&b| b >= 0x80).unwrap();
    match Source::from_html(&tcvn3) {
        Err(e @ DecodeError::UnsupportedCharset { offset, .. }) => {
            assert_eq!(offset, first);
            assert!(e.to_string().contains("TCVN3"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    // The same bytes in a page a Western Word saved (windows-1252): read as Latin-1, the
    // TCVN3 text under it converted and reported by MA002.
    let mut western =
        b"<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"><p>".to_vec();
    western.extend(
        "céng hoµ x· héi chñ nghÜa ViÖt nam<br>§éc lËp - Tù do - H¹nh phóc"
            .chars()
            .map(|c| c as u8),
    );
    let report = check(
        Source::from_html(&western).unwrap(),
        InputFormat::Html,
        &Config::default(),
    );
    sound(&report);
    assert!(report.source.text().contains("Độc lập - Tự do - Hạnh phúc"));
    assert!(report.diagnostics.iter().any(|d| d.code == "MA002"));
    // UTF-16 and binary junk saved as .html.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("<p>Số: 12</p>".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(Source::from_html(&utf16).unwrap_err(), DecodeError::Utf16);
    let mut junk: Vec<u8> = (0..4096u32)
        .map(|k| (k.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    junk[100] = 0;
    assert!(Source::from_html(&junk).is_err());
    // TCVN3 text read as Unicode (what a page made from an old .doc holds), some of its letters
    // written as references: converted, reported by MA002, and its span maps into the page.
    let legacy = "bé tµi chÝnh<br>Sè: 144/2002/Q§/BTC</td><td>céng hoµ x· héi chñ nghÜa ViÖt nam<br>§éc lËp - Tù do - H¹nh phóc";
    let page = format!(
        "<html><body><table><tr><td>{}</td></tr></table><p>quyÕt ®Þnh</p></body></html>",
        legacy.replace('µ', "&#181;").replace('§', "&#167;")
    );
    let report = html(page.clone());
    let ma002 = report
        .diagnostics
        .iter()
        .find(|d| d.code == "MA002")
        .expect("MA002");
    let (a, b) = report.source.original_range(ma002.span);
    assert!(a < b && (b as usize) <= page.len());
}

#[test]
fn markdown_tables_out_of_shape() {
    let md = |s: String| as_text(s, InputFormat::Markdown);
    // One row of 100,000 bars, alone, and as a header row with its delimiter row.
    md("|".repeat(100_000));
    md(format!("{}\n|---|---|\n", "|".repeat(100_000)));
    md(format!(
        "| a |\n|{}\n{}\n",
        "---|".repeat(20_000),
        "| b ".repeat(20_000)
    ));
    md(format!("{}\n", "\\|".repeat(50_000)));
    md(format!(
        "| a | b\\\n|---|---|\n| c |{}\n",
        "\\".repeat(1001)
    ));
    // Grid tables with broken borders: a border never closed, bars off the border's columns,
    // a border with no bars under it, rows longer than the border, wide characters.
    let cases = [
        "+---+---+\n| a | b |\n| c | d |\n",
        "+---+---+\n| a | b | c | d |\n+---+---+\n",
        "+---+---+\n|a|b|\n+---+\n| x |\n+-------+\n",
        "+---+---+\n|   |   |\n+---+---+\n",
        "+---+---+\n| Độc | lập |\n+---+---+\n",
        "+---+---+\n| a | b\n+---+---+\n",
        "+===+===+\n+---+---+\n",
        "+-+\n|\n+-+\n",
        "+:--:+\n|ô|\n+:--:+\n",
        "+---+---+\n| a |\n|\n+---+---+\n| Số: 12/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n",
    ];
    for case in cases {
        md(case.to_owned());
        md(case.repeat(300));
        md(format!("{}{case}", "+---+---+\n".repeat(300)));
    }
    // Simple and multiline tables: dashes with nothing after them, a wide row.
    md("------\n".repeat(2_000));
    md(format!(
        "{}\n{}\n{}\n\n",
        "-".repeat(60),
        "a  b  ".repeat(20_000),
        "-".repeat(60)
    ));
    md(format!("---  ---\n{}\n", "a    b\n".repeat(3_000)));
    // `<br>` in cells and lines, closed and not.
    md(format!("| a | {} |\n|---|---|\n", "x<br>".repeat(20_000)));
    md(format!("{}\n", "<br/>".repeat(20_000)));
}

/// A grid border or a run of borders with no closing border under it, and `<br` tags left
/// open on a long Markdown line: each was searched again from every line (or every `<`) to the
/// end, so 100,000 border lines (600 KB) did not finish in 60 s in release.
#[test]
fn markdown_tables_out_of_shape_at_scale() {
    let md = |s: String| as_text(s, InputFormat::Markdown);
    md("+---+\n".repeat(30_000));
    md(format!("{}|a|\n", "+---+\n|a|\n".repeat(20_000)));
    md(format!("+---+\n{}", "|a|\n".repeat(30_000)));
    md(format!("{}\n", "<br".repeat(100_000)));
    md(format!("| a | {} |\n|---|---|\n", "<br".repeat(100_000)));
    // A grid border of 100,000 columns and a row under it, aligned and not.
    let border = format!("+{}\n", "-+".repeat(100_000));
    md(format!("{border}{}|\n{border}", "|a".repeat(100_000)));
    md(format!("{border}{}|\n{border}", "|ab".repeat(50_000)));
    // Multiline table: a wide row over many short lines.
    md(format!(
        "{}\n{}\n{}{}\n\n",
        "-".repeat(60),
        "a  b  ".repeat(50_000),
        "c\n".repeat(150),
        "-".repeat(60)
    ));
}

/// A row of thousands of cells is read into a bounded number of cells: what lies past the
/// last one stays in it, so every word of the row is still read.
#[test]
fn thousands_of_columns() {
    let n = 5_000;
    // Markdown: a header row, its delimiter row, and body rows of 5,000 cells.
    let row = |w: &str| format!("|{}\n", format!(" {w} |").repeat(n));
    let report = as_text(
        format!("{}|{}\n{}", row("h"), "---|".repeat(n), row("ô").repeat(20)),
        InputFormat::Markdown,
    );
    assert_eq!(report.source.text().matches('ô').count(), 20 * n);
    // A document under a row far past the bound reads as under a row just past it.
    let doc = std::fs::read_to_string(
        thethuc_tests::fixtures().join("corpus/real/01_tb-1894-sct-laocai.txt"),
    )
    .unwrap();
    let under = |bars: usize| {
        codes(&as_text(
            format!("{}\n\n{doc}", "|x".repeat(bars)),
            InputFormat::Markdown,
        ))
    };
    assert_eq!(under(n), under(40));
    // HTML: a row of 5,000 cells, a table of 1,000 columns, cells never closed.
    html(format!(
        "{HEADER_TABLE}<table><tr>{}</tr></table>",
        "<td>Độc lập</td>".repeat(n)
    ));
    html(format!(
        "<table>{}</table>",
        format!("<tr>{}</tr>", "<td>a</td>".repeat(1_000)).repeat(20)
    ));
    html(format!("<table><tr>{}", "<td>x".repeat(50_000)));
    html(format!("<table>{}", "<th>".repeat(50_000)));
    // Plain text: thousands of tab-separated columns on a line.
    as_text("a\t".repeat(50_000), InputFormat::Text);
}

#[test]
fn nul_bytes_and_binary_junk() {
    // As bytes: a NUL makes the file binary, refused with the offset of the first one.
    let mut page = format!("{HEADER_TABLE}<p>Kính gửi").into_bytes();
    let at = page.len();
    page.extend_from_slice(b"\0\0<p>x</p>");
    match Source::from_html(&page) {
        Err(DecodeError::Binary { offset }) => assert_eq!(offset, at),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        Source::from_html(&[0u8; 100_000]),
        Err(DecodeError::Binary { offset: 0 })
    ));
    // Every byte value after an HTML start: refused, never read.
    let junk: Vec<u8> = b"<html>"
        .iter()
        .copied()
        .chain((0..=255u8).cycle().take(1 << 20))
        .collect();
    assert!(Source::from_html(&junk).is_err());
    // NUL characters in text already decoded (an editor's buffer, the WASM widget): read and
    // checked, soundly, in every format.
    let text = format!(
        "CỘNG HÒA XÃ HỘI\0 CHỦ NGHĨA VIỆT NAM\n{}\n| a\0 | b |\n|---|---|\n",
        "\0".repeat(10_000)
    );
    for format in [InputFormat::Text, InputFormat::Markdown] {
        as_text(text.clone(), format);
    }
    within(SECONDS, "html text with NUL", move || {
        let report = check(
            Source::new(&format!("<p>{text}</p><table><tr><td>\0</td></tr></table>")),
            InputFormat::Html,
            &Config::default(),
        );
        sound(&report);
    });
}

/// A real Word page in windows-1252 (trimmed of head blocks the reader skips) reads as the
/// dev set's hand-made UTF-8 copy of it: the same components, the same findings.
#[test]
fn a_windows_1252_word_page_reads_as_its_utf8_copy() {
    use thethuc_tests::eval::{check_file, components_of};
    let config = Config::default();
    let fixtures = thethuc_tests::fixtures();
    let page =
        fixtures.join("html-charset/qd-mttq-luongminh-2026-to-tiep-cong-dan.windows-1252.htm");
    let copy = fixtures.join("devset/html/qd-mttq-luongminh-2026-to-tiep-cong-dan.html");
    assert!(std::str::from_utf8(&std::fs::read(&page).unwrap()).is_err());
    let (page, copy) = (
        check_file(&page, &config).unwrap(),
        check_file(&copy, &config).unwrap(),
    );
    sound(&page);
    let read = components_of(&page);
    assert_eq!(read, components_of(&copy));
    for (component, want) in [
        ("quoc_hieu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("tieu_ngu", "Độc lập - Tự do - Hạnh phúc"),
        ("place_date", "Lương Minh, ngày 12 tháng 01 năm 2026"),
        ("type_name", "QUYẾT ĐỊNH"),
        ("authority", "TM. BAN THƯỜNG TRỰC"),
        ("position", "CHỦ TỊCH"),
        ("signer", "Lan Thị Vân"),
    ] {
        assert_eq!(
            read[component]
                .as_deref()
                .map(thethuc_tests::eval::normalise)
                .as_deref(),
            Some(want),
            "{component}"
        );
    }
    let codes = |r: &Report| r.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
    assert_eq!(codes(&page), codes(&copy));
}

#[test]
fn encodings_declared_in_meta_do_not_decide() {
    // The bytes decide first: a page whose first declaration says UTF-8 but that holds a
    // windows-1258 paragraph is refused at its first byte that is not UTF-8 ...
    let mut page = format!(
        "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>{HEADER_TABLE}"
    )
    .into_bytes();
    let at = page.len() + 4;
    page.extend_from_slice(b"<p>C\xd4NG V\xc3N</p></body></html>");
    match Source::from_html(&page) {
        Err(e @ DecodeError::InvalidUtf8 { offset }) => {
            assert_eq!(offset, at);
            assert!(e.to_string().contains("UTF-8"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    // ... and one that says windows-1258 or TCVN3 but is UTF-8 is read as the UTF-8 it is.
    for charset in ["windows-1258", "TCVN3", "VNI-Windows", "x-user-defined", ""] {
        let report = html(format!(
            "\u{feff}<meta charset=\"{charset}\"><body>{HEADER_TABLE}<p>Kính gửi: Sở Tài chính</p>"
        ));
        assert!(report.document.header.quoc_hieu.is_some(), "{charset}");
        assert!(report.document.header.so.is_some(), "{charset}");
    }
}

/// A whole document many times over in one page (what a careless converter makes of a
/// folder): a few megabytes, read and checked in one go.
#[test]
fn a_page_of_a_few_megabytes() {
    let doc = std::fs::read_to_string(
        thethuc_tests::fixtures().join("corpus/real/01_tb-1894-sct-laocai.txt"),
    )
    .unwrap();
    let once = format!(
        "<table><tr><td>{}</td></tr></table>",
        doc.lines()
            .map(|l| format!("<p>{l}</p>"))
            .collect::<String>()
    );
    let page = once.repeat((2 << 20) / once.len() + 1);
    assert!(page.len() > 2 << 20);
    let report = html(page);
    assert!(report.document.header.quoc_hieu.is_some());
    // Over the size limit (10 MB by default): not checked, and DOC004 says so.
    let big = format!("<p>{}</p>", "a ".repeat(6 << 20));
    let report = html(big);
    assert_eq!(codes(&report), ["DOC004"]);
}

#[test]
fn long_single_lines() {
    // A whole text on one line over max_line_bytes, too long for the reader to cut at its
    // components (over 2 MB): read as a plain paragraph, and DOC004 says so. (A shorter one is
    // cut where its components start, and its pieces are read.)
    let line = "Số: 12/QĐ-UBND Lào Cai, ngày 5 tháng 3 năm 2026 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Nơi nhận: ";
    let repeats = (2 << 20) / line.len() + 1;
    for format in [InputFormat::Text, InputFormat::Markdown] {
        let report = as_text(line.repeat(repeats), format);
        assert!(codes(&report).contains(&"DOC004"));
    }
    let report = html(format!("<p>{}</p>", line.repeat(repeats)));
    assert!(codes(&report).contains(&"DOC004"));
    // A page on one line with no tags: the same.
    html(line.repeat(10_000));
}

#[test]
fn crlf_and_lone_cr_line_ends() {
    let lf = std::fs::read_to_string(
        thethuc_tests::fixtures().join("corpus/real/01_tb-1894-sct-laocai.txt"),
    )
    .unwrap();
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    for format in [InputFormat::Text, InputFormat::Markdown] {
        let want = codes(&as_text(lf.clone(), format));
        assert_eq!(codes(&as_text(crlf.clone(), format)), want, "{format:?}");
        as_text(cr.clone(), format);
    }
    let page = |ends: &str| {
        format!(
            "<html>{ends}<body>{ends}{}</body></html>",
            lf.lines()
                .map(|l| format!("<p>{l}</p>{ends}"))
                .collect::<String>()
        )
    };
    let want = codes(&html(page("\n")));
    assert_eq!(codes(&html(page("\r\n"))), want);
    assert_eq!(codes(&html(page("\r"))), want);
    // Line ends alone, many of them.
    as_text("\r".repeat(200_000), InputFormat::Text);
    as_text("\r\n".repeat(100_000), InputFormat::Markdown);
    as_text("\r\r\n\n\r".repeat(40_000), InputFormat::Markdown);
    html("\r".repeat(200_000));
}

/// A text whose lines end in a lone CR (classic Mac OS, some exporters) reads as the same text
/// with LF: the same findings (it used to be one line, with "missing" Nơi nhận and signature).
#[test]
fn lone_cr_line_ends_read_as_lf() {
    let lf = std::fs::read_to_string(
        thethuc_tests::fixtures().join("corpus/real/01_tb-1894-sct-laocai.txt"),
    )
    .unwrap();
    let cr = lf.replace('\n', "\r");
    assert_eq!(
        codes(&as_text(cr, InputFormat::Text)),
        codes(&as_text(lf, InputFormat::Text))
    );
}

#[test]
fn only_no_break_spaces() {
    let nbsp = '\u{a0}';
    for format in [InputFormat::Text, InputFormat::Markdown] {
        let report = as_text(nbsp.to_string().repeat(200_000), format);
        assert!(codes(&report).contains(&"DOC001"), "{format:?}");
        as_text(
            format!("{}\n", nbsp.to_string().repeat(20)).repeat(20_000),
            format,
        );
        as_text(format!("|{nbsp}|{nbsp}|\n").repeat(20_000), format);
        as_text(format!("+---+\n|{nbsp}|\n+---+\n").repeat(5_000), format);
    }
    let report = html("&nbsp;".repeat(200_000));
    assert!(codes(&report).contains(&"DOC001"));
    html(format!(
        "<table>{}</table>",
        "<tr><td>&nbsp;</td><td>\u{a0}</td></tr>".repeat(20_000)
    ));
    html(format!(
        "<p>{}</p>",
        "\u{a0}&nbsp;\u{2007}\u{202f}\u{3000}".repeat(50_000)
    ));
}
