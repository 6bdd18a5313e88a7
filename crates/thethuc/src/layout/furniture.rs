//! What converters and sites leave around a document's text: front matter, file paths,
//! page-break markers, portal buttons and footers, images. The reader sets such lines aside:
//! they are reported once (DOC005) and never read as a component.

use crate::text::fold::skeleton;

/// What the reader set aside as not the document's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Furniture {
    /// A page number, a form feed, a Word field code: pagination, never reported.
    Page,
    /// A repository's or a site's front matter (`---` … `---` of `key: value` lines).
    FrontMatter,
    /// A file path or a converter's page-break marker.
    Converter,
    /// A portal's buttons and footers (`Tải về`, `Lược đồ`, `In văn bản`…).
    Portal,
    /// A Markdown image or an embedded picture.
    Image,
    /// A digital signature's stamp (`Ký bởi: …`, `Thời gian ký: …`) printed on the page.
    Stamp,
    /// A legal database's editorial note written into a line (`[Khoản này được sửa đổi bởi …]`).
    SiteNote,
    /// A table of contents (`MỤC LỤC`, then its entries with their pages): a long tờ trình's
    /// or report's first page, whose headings are not the document's own numbering.
    Contents,
}

/// The end (exclusive, a physical line index) of a front matter block opening the text:
/// `---`, then `key: value` lines, then `---` or `...`.
pub fn front_matter(lines: &[&str]) -> Option<usize> {
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return None;
    }
    let end = (1..lines.len().min(80)).find(|&k| matches!(lines[k].trim_end(), "---" | "..."))?;
    let body = &lines[1..end];
    let keyed = body
        .iter()
        .filter(|l| {
            let t = l.trim_start();
            let key = t.split(':').next().unwrap_or("");
            t.contains(':')
                && !key.is_empty()
                && key.len() < 40
                && key.chars().all(|c| {
                    crate::text::fold::is_letter_or_digit(c) || matches!(c, '_' | '-' | ' ')
                })
        })
        .count();
    let listed = body
        .iter()
        .filter(|l| l.trim_start().starts_with("- ") || l.trim().is_empty())
        .count();
    (keyed > 0 && keyed + listed == body.len()).then_some(end + 1)
}

/// Whether a physical line is a table of contents' heading: `MỤC LỤC` alone (any case, marks
/// or emphasis, a colon).
pub fn is_contents_heading(line: &str) -> bool {
    let t = line.trim().trim_matches(['*', '_', '#', ':', ' ']);
    t.len() <= 16 && t.starts_with(['M', 'm']) && skeleton(t) == "muc luc"
}

/// An entry of a table of contents: its heading, then the page it starts on after a tab, a
/// dot leader or a run of spaces (`1. Phạm vi điều chỉnh\t7`, `2. Bố cục………….7`).
fn is_contents_entry(line: &str) -> bool {
    let t = line.trim_end();
    let head = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = t.len() - head.len();
    if !(1..=3).contains(&digits) || !head.chars().any(crate::text::fold::is_letter) {
        return false;
    }
    let gap = head.len()
        - head
            .trim_end_matches(['\t', '.', '…', '_', ' ', '\u{a0}'])
            .len();
    let leader = &head[head.len() - gap..];
    head.ends_with('\t')
        || leader.contains('…')
        || leader.matches('.').count() >= 2
        || leader.matches(' ').count() >= 2
}

/// The end (exclusive, a physical line index) of a table of contents whose heading is line
/// `at`: its entries (at least two), blank lines between them, and an entry's title wrapped
/// onto a line of its own before the line with its page. The document's own text after it is
/// never an entry, so it ends there.
pub fn contents_end(lines: &[&str], at: usize) -> Option<usize> {
    let mut end = at + 1;
    let mut entries = 0;
    let mut k = at + 1;
    while k < lines.len() {
        let line = lines[k];
        if line.trim().is_empty() {
            k += 1;
            continue;
        }
        let wrapped = !is_contents_entry(line)
            && line.trim().len() < 200
            && lines.get(k + 1).is_some_and(|next| is_contents_entry(next));
        if !is_contents_entry(line) && !wrapped {
            break;
        }
        k += 1 + usize::from(wrapped);
        entries += 1;
        end = k;
    }
    (entries >= 2).then_some(end)
}

/// Portal buttons, tabs and footers: whole lines, compared by skeleton.
const PORTAL: &str = concat!(
    "tai ve|tai van ban|tai file|tai file goc|tai ban day du|tai ban goc|",
    "tai van ban goc|tai xuong|tai tep|tep dinh kem|file dinh kem|luoc do|",
    "van ban goc|van ban lien quan|van ban tieng anh|thuoc tinh|thuoc tinh van ban|",
    "in van ban|in trang|ban in|chia se|xem them|xem chi tiet|quay lai|ve dau trang|",
    "len dau trang|dang nhap|dang ky|tinh trang hieu luc|theo doi van ban|",
    "luu van ban|gui email|chia se facebook|facebook|zalo|twitter|hieu luc van ban|",
    "trang chu|gioi thieu|lien he|tim kiem|tra cuu van ban|so do trang|con hieu luc|",
    "het hieu luc|hien thi chi tiet cap nhat|van ban phap luat trung uong|",
    "van ban phap luat dia phuong|van ban quy pham phap luat trung uong|",
    "van ban quy pham phap luat dia phuong|van ban hop nhat|",
    "van ban chi dao dieu hanh|dang tai van ban",
);

/// Openings of portal metadata and footer lines (`Tình trạng hiệu lực: Còn hiệu lực`,
/// `Nguồn tra cứu: …`, `Bản quyền thuộc …`).
const PORTAL_PREFIXES: &str = concat!(
    "tinh trang hieu luc:|ngay hieu luc:|ngay het hieu luc:|nguon tra cuu:|",
    "ban quyen thuoc|copyright|luot xem:|so luot xem|ngay dang:|ngay co hieu luc:|",
    "ngay cap nhat:",
);

/// What a non-empty line is, when it is not the document's own text.
pub fn classify(line: &str) -> Option<Furniture> {
    let t = line.trim();
    // No such line is long: prose is done at once.
    if t.is_empty() || t.len() > 240 {
        return None;
    }
    // Page-break markers hold `page`, `trang` or `ngắt` (in some case), or are a TeX command.
    // They are decorated (`---`, `===`, `<!--`, `[`, `\\`) or short.
    let decorated = ["--", "==", "**", "__", "[", "<!", "\\"]
        .iter()
        .any(|d| t.starts_with(d));
    let marker_word = t.len() <= 60 && (decorated || t.len() <= 16);
    if marker_word && is_page_break_marker(t) {
        return Some(Furniture::Converter);
    }
    if is_file_path(t) || is_url(t) {
        return Some(Furniture::Converter);
    }
    if is_generator_credit(t) {
        return Some(Furniture::Converter);
    }
    if is_gazette_running_head(t) {
        return Some(Furniture::Page);
    }
    // A signature's stamp on one line (`Số: 666/TTr-SNV; 22/12/2025; 18:56:39; +07:00`).
    if t.len() <= 160 && t.matches(';').count() >= 2 && is_signing_mark(t) {
        return Some(Furniture::Stamp);
    }
    if t.starts_with("![") && t.contains("](") && t.ends_with(')') {
        return Some(Furniture::Image);
    }
    if t.starts_with('#') && is_page_title(t.trim_start_matches('#')) {
        return Some(Furniture::Portal);
    }
    // A breadcrumb's separator on its own line, a zoom level.
    if matches!(t, ">" | "»" | "›") || t == "100%" {
        return Some(Furniture::Portal);
    }
    // A portal's button or menu opens with a capital (`Tải về`, `TRANG CHỦ`); a line in lower
    // case is a wrapped sentence going on (most short lines of a PDF's text).
    let capital = t
        .chars()
        .find(|c| crate::text::fold::is_letter_or_digit(*c))
        .is_some_and(|c| !crate::text::fold::is_lower(c));
    // The skeleton keeps one character for each: only a line as long as an entry can be one.
    let core = t.trim_matches(|c: char| !crate::text::fold::is_letter_or_digit(c));
    let as_long = |n: usize| PORTAL.split('|').any(|p| p.len() == n);
    if capital && t.len() <= 60 && as_long(core.chars().count()) {
        let sk = skeleton(core);
        let sk = sk.trim();
        if PORTAL.split('|').any(|p| p == sk) {
            return Some(Furniture::Portal);
        }
    }
    // A metadata line names its field before a colon near its start.
    if let Some(colon) = t.find(':').filter(|&c| c <= 40 && t.len() <= 200) {
        let sk = skeleton(&t[..=colon]);
        if PORTAL_PREFIXES.split('|').any(|p| sk.starts_with(p)) {
            return Some(Furniture::Portal);
        }
    }
    // A search box's placeholder over the page (`Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn
    // gọn của Văn Bản...`): a keyword field that trails off, which a document's own keywords
    // never do.
    if t.len() <= 120 && (t.ends_with("...") || t.ends_with('…')) {
        let sk = skeleton(t);
        if sk.trim_start().starts_with("tu khoa:") {
            return Some(Furniture::Portal);
        }
    }
    const FOOTERS: &str = "Bản quyền thuộc|BẢN QUYỀN THUỘC|Copyright|COPYRIGHT|©|Số lượt xem";
    // `©) Sở Xây dựng …` is an OCR's `c)`, a point of the text.
    if t.len() <= 200
        && FOOTERS
            .split('|')
            .any(|f| t.strip_prefix(f).is_some_and(|r| !r.starts_with(')')))
    {
        return Some(Furniture::Portal);
    }
    None
}

/// The credit a PDF generator prints at a page's foot (`Powered by TCPDF (www.tcpdf.org)`,
/// `Generated by …`): a short line in English alone, which no Vietnamese document writes as
/// its own text.
fn is_generator_credit(t: &str) -> bool {
    const CREDITS: [&str; 5] = [
        "Powered by ",
        "Generated by ",
        "Created with ",
        "Produced by ",
        "Created by ",
    ];
    t.len() <= 80
        && t.is_ascii()
        && CREDITS.iter().any(|c| {
            t.strip_prefix(c)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
}

/// A site's page title over the document, as a Markdown heading: a type name in sentence case,
/// then the document's number (`Công văn số 5115/LĐTBXH-KHTC v/v …`, `Quyết định 986/QĐ-UBND
/// năm 2024 …`). The document's own type name is in capitals and its number on the Số line.
pub(crate) fn is_page_title(h: &str) -> bool {
    let mut words = h.split_whitespace();
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    a.starts_with(crate::text::fold::is_capital)
        && b.starts_with(crate::text::fold::is_lower)
        && words
            .take(2)
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('/'))
}

/// `--- PAGE BREAK ---`, `<!-- PageBreak -->`, `\newpage`, `[Page 2]`, `=== Trang 2 ===`.
fn is_page_break_marker(t: &str) -> bool {
    let inner = t
        .trim_matches(|c: char| {
            matches!(c, '-' | '=' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | ' ')
        })
        .trim();
    let sk = skeleton(inner);
    let sk = sk.trim();
    let decorated = t.len() != inner.len();
    matches!(sk, "page break" | "pagebreak" | "new page" | "ngat trang")
        || t == "\\newpage"
        || t == "\\pagebreak"
        || (decorated
            && ["page ", "trang "].iter().any(|p| {
                sk.strip_prefix(p).is_some_and(|n| {
                    n.split('/')
                        .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
                })
            }))
}

/// A page number written out: `Trang 2`, `Trang 2/5`, `- 2 -`, `Page 3 of 7`.
pub fn is_page_label(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 24 || !t.starts_with(['T', 't', 'P', 'p', '-']) {
        return false;
    }
    if let Some(n) = t.strip_prefix("- ").and_then(|r| r.strip_suffix(" -")) {
        return !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit());
    }
    let sk = skeleton(t);
    let rest = sk
        .strip_prefix("trang ")
        .or_else(|| sk.strip_prefix("page "));
    rest.is_some_and(|r| {
        let r = r
            .replace(" of ", "/")
            .replace(" tren ", "/")
            .replace(' ', "");
        !r.is_empty()
            && r.len() <= 9
            && r.split('/')
                .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The Official Gazette's running head over each page of its copy: `CÔNG BÁO/Số 59 + 60/Ngày
/// 15-01-2022`, with the page number before or after it.
fn is_gazette_running_head(t: &str) -> bool {
    let inner = t.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    if inner.len() > 80 || !inner.starts_with(['C', 'c']) {
        return false;
    }
    let sk = skeleton(inner);
    sk.starts_with("cong bao/so ") && sk.contains("/ngay ")
}

fn is_file_path(t: &str) -> bool {
    let b = t.as_bytes();
    let drive = b.len() > 3
        && b[0].is_ascii_alphabetic()
        && b[1] == b':'
        && (b[2] == b'\\' || b[2] == b'/');
    let unix = ["/home/", "/Users/", "/mnt/", "/tmp/", "file://", "~/"]
        .iter()
        .any(|p| t.starts_with(p));
    let unc = t.starts_with("\\\\");
    (drive || unix || unc) && !t.contains("  ")
}

/// A line that is only a web address, yet the document's own words: the sentence above runs
/// on into it (`… được công khai tại địa chỉ:` / `https://lamdong.gov.vn/…`, `… cho TP qua link`
/// / `https://bit.ly/….`) or it ends the sentence with its stop. A portal's or a page's
/// address stands alone.
pub fn url_in_sentence(line: &str, above: Option<&str>) -> bool {
    let t = line.trim();
    if !is_url(t) {
        return false;
    }
    if t.ends_with(['.', ';', ',']) {
        return true;
    }
    let Some(above) = above.map(str::trim_end) else {
        return false;
    };
    let last = above
        .rsplit(char::is_whitespace)
        .next()
        .map(crate::text::fold::skeleton)
        .unwrap_or_default();
    above.ends_with(':')
        || matches!(
            last.as_str(),
            "link" | "chi" | "tai" | "website" | "web" | "va" | "hoac" | "trang" | "theo"
        )
}

fn is_url(t: &str) -> bool {
    (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        && !t.contains(' ')
}

/// The length of a digital signature's stamp on one line (`Số: 666/TTr-SNV; 22/12/2025;
/// 18:56:39; +07:00`) that opens `t`, run on with the text after it (a document run together):
/// the number, the signing date and the clock, each after a `;`, and the time zone if any.
/// `classify` sets the same stamp aside when it stands on a line of its own.
pub(crate) fn stamp_at_start(t: &str) -> Option<usize> {
    let rest = t.strip_prefix("Số:")?;
    let mut at = t.len() - rest.len();
    let field = |at: &mut usize, ok: &dyn Fn(&str) -> bool| -> Option<()> {
        let r = &t[*at..];
        let lead = r.len() - r.trim_start().len();
        // The field ends at a `;` before a space: an HTML entity's own (`CCHC&amp;VTLT`) is
        // inside it.
        let end = r[lead..]
            .match_indices(';')
            .map(|(i, _)| i)
            .find(|&i| r[lead + i + 1..].starts_with(char::is_whitespace))?;
        let value = r[lead..lead + end].trim();
        (ok(value) && !value.contains(char::is_whitespace)).then(|| *at += lead + end + 1)
    };
    // Counted as they come rather than collected: no Vec to build for a yes or no.
    let digits_sep = |v: &str, sep: u8, parts: usize| {
        let mut fields = 0;
        v.split(sep as char).all(|f| {
            fields += 1;
            !f.is_empty() && f.len() <= 4 && f.bytes().all(|b| b.is_ascii_digit())
        }) && fields == parts
    };
    field(&mut at, &|v| v.contains('/') && v.len() <= 60)?;
    field(&mut at, &|v| digits_sep(v, b'/', 3))?;
    // The clock, its `;` lost at the end of the stamp.
    let r = &t[at..];
    let lead = r.len() - r.trim_start().len();
    let clock = r[lead..].get(..8).filter(|c| is_clock(c.as_bytes()))?;
    at += lead + clock.len();
    if t[at..].starts_with(';') {
        at += 1;
    }
    let r = &t[at..];
    let lead = r.len() - r.trim_start().len();
    if r[lead..].starts_with('+') && r[lead..].get(1..6).is_some_and(|z| digits_sep(z, b':', 2)) {
        at += lead + 6;
    }
    Some(at)
}

/// Lines of a digital signature's stamp, by the skeleton of their opening.
const STAMP_OPENINGS: &[&str] = &[
    "ky boi:",
    "ky boi ",
    "thoi gian ky",
    "co quan:",
    "email:",
    "ngay ky:",
    "nguoi ky:",
    "chuc vu:",
    "to chuc:",
    // Adobe's stamp, as a PDF signed abroad or with its tools shows it.
    "digitally signed by",
    "date:",
    "dn:",
    "reason:",
    "location:",
];

/// A portal's name and owner, which open its footer and never a document's text.
/// A line of a digital signature's stamp (`Người ký:`, `Thời gian ký:`, …).
pub(crate) fn is_stamp_line(text: &str) -> bool {
    let sk = skeleton(text.trim());
    STAMP_OPENINGS.iter().any(|o| sk.starts_with(o)) || sk.contains("thoi gian ky")
}

/// A signature stamp's clock, exactly `HH:MM:SS` (`14:32:05`): the one reader of it for the
/// stamp's line, its wrapped values and the one-line cutter.
pub(crate) fn is_clock(b: &[u8]) -> bool {
    b.len() == 8
        && b.iter().enumerate().all(|(i, &c)| {
            if i % 3 == 2 {
                c == b':'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// A line of a signature or copy stamp: its openings, `SAO Y`, or a signing time
/// (`14:01:26`, `+07:00`).
pub(crate) fn is_signing_mark(text: &str) -> bool {
    let t = text.trim();
    if t.len() > 200 {
        return false;
    }
    let sk = skeleton(t);
    let clock = t.as_bytes().windows(8).any(is_clock);
    clock
        || t.contains("+07:00")
        || sk.starts_with("sao y")
        || sk.starts_with("saoy")
        || is_stamp_line(t) && t.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_is_two_figures_three_times() {
        assert!(is_clock(b"14:32:05"));
        assert!(!is_clock(b"14:32:5"));
        assert!(!is_clock("Ký: bởi".as_bytes()));
        assert!(!is_clock(b"1:234:56"));
        assert!(!is_clock(b"14-32-05"));
    }

    #[test]
    fn front_matter_is_keys_between_rules() {
        let lines = [
            "---",
            "title: \"Quyết định 12\"",
            "so_hieu: 12/QĐ-UBND",
            "---",
            "UBND",
        ];
        assert_eq!(front_matter(&lines), Some(4));
        let lines = ["---", "Căn cứ Luật", "---"];
        assert_eq!(front_matter(&lines), None);
    }

    /// A tờ trình's first page (Ban soạn thảo Luật Chuyển đổi giới tính, 16/TTr-BST): the
    /// contents end where the header begins.
    #[test]
    fn a_table_of_contents_ends_where_the_header_begins() {
        let lines = [
            "MỤC LỤC",
            "I. SỰ CẦN THIẾT BAN HÀNH LUẬT\t3",
            "1. Về căn cứ chính trị, pháp lý………………………………………………….3",
            "3.3. Quy định công nhận các trường hợp đã can thiệp y học để chuyển đổi giới tính",
            "trước ngày Luật có hiệu lực ......... 15",
            "",
            "VII. NHỮNG NỘI DUNG CÒN CÓ Ý KIẾN KHÁC NHAU     22",
            "",
            "BAN SOẠN THẢO",
            "LUẬT CHUYỂN ĐỔI GIỚI TÍNH",
            "Số: 16/TTr-BST",
        ];
        assert!(is_contents_heading(lines[0]));
        assert!(is_contents_heading("**Mục lục:**"));
        assert_eq!(contents_end(&lines, 0), Some(7));
        // A heading with one entry, or with prose under it, is not a table of contents.
        assert_eq!(contents_end(&lines[..3], 0), Some(3));
        assert_eq!(
            contents_end(&["MỤC LỤC", "I. SỰ CẦN THIẾT\t3", "BAN SOẠN THẢO"], 0),
            None
        );
        assert_eq!(
            contents_end(&["Mục lục", "Năm 2025 thu được 12", "chỉ tiêu 3 đạt 5"], 0),
            None
        );
        assert!(!is_contents_heading("MỤC LỤC CÁC VĂN BẢN"));
    }

    #[test]
    fn converter_and_portal_lines() {
        for (line, want) in [
            ("--- PAGE BREAK ---", Some(Furniture::Converter)),
            ("<!-- PageBreak -->", Some(Furniture::Converter)),
            ("D:\\Van ban\\2026\\QD 12.docx", Some(Furniture::Converter)),
            (
                "https://vanban.chinhphu.vn/?pageid=27160&docid=212345",
                Some(Furniture::Converter),
            ),
            ("Tải về", Some(Furniture::Portal)),
            ("  Lược đồ ", Some(Furniture::Portal)),
            ("Tình trạng hiệu lực: Còn hiệu lực", Some(Furniture::Portal)),
            // A legal portal's menu and breadcrumb.
            ("TRANG CHỦ", Some(Furniture::Portal)),
            (">", Some(Furniture::Portal)),
            ("VĂN BẢN PHÁP LUẬT TRUNG ƯƠNG", Some(Furniture::Portal)),
            (
                "Văn bản quy phạm pháp luật Trung ương",
                Some(Furniture::Portal),
            ),
            ("Ngày có hiệu lực:22/08/2025", Some(Furniture::Portal)),
            ("Còn hiệu lực", Some(Furniture::Portal)),
            // A legal portal's search box and loading placeholder over the document.
            (
                "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...",
                Some(Furniture::Portal),
            ),
            ("Đang tải văn bản...", Some(Furniture::Portal)),
            // A PDF generator's credit at a page's foot.
            (
                "Powered by TCPDF (www.tcpdf.org)",
                Some(Furniture::Converter),
            ),
            ("Created by Nguyễn Văn An", None),
            ("Từ khóa: chuyển đổi số, dữ liệu mở.", None),
            ("VĂN BẢN QUY PHẠM PHÁP LUẬT", None),
            ("Giới thiệu chung về dự án", None),
            ("![](media/image1.png)", Some(Furniture::Image)),
            // A portal's page title naming the document by its number.
            (
                "# Công văn số 5115/LĐTBXH-KHTC v/v thí điểm thực hiện chi trả",
                Some(Furniture::Portal),
            ),
            (
                "## Quyết định 986/QĐ-UBND năm 2024 ban hành Kế hoạch",
                Some(Furniture::Portal),
            ),
            ("# Nghị quyết số 12/2025/NQ-HĐND", Some(Furniture::Portal)),
            ("# QUYẾT ĐỊNH", None),
            ("## Điều 5. Số 12/2025 của", None),
            ("# Căn cứ Nghị định 30/2020/NĐ-CP", None),
            ("Nơi nhận:", None),
            ("NỘI DUNG", None),
            ("Tải trọng trục xe", None),
            (
                "© 2025 Cổng thông tin điện tử tỉnh Cao Bằng",
                Some(Furniture::Portal),
            ),
            // An OCR's `c)`: a point of the text, not a copyright line.
            ("©) Sở Xây dựng có trách nhiệm hướng dẫn:", None),
        ] {
            assert_eq!(classify(line), want, "{line}");
        }
        assert!(is_page_label("Trang 2/5"));
        assert!(is_page_label("- 12 -"));
        assert!(!is_page_label("Trang phục"));
        assert_eq!(
            classify("92      CÔNG BÁO/Số 59 + 60/Ngày 15-01-2022"),
            Some(Furniture::Page)
        );
        assert_eq!(
            classify("CÔNG BÁO/Số 146/Ngày 11-03-2026        101"),
            Some(Furniture::Page)
        );
        assert_eq!(classify("Công báo số 146 đăng ngày 11-03-2026"), None);
        assert_eq!(
            classify("Số: 2775/SNV-CCHC&amp;VTLT; 10/11/2025; 11:00:27;"),
            Some(Furniture::Stamp)
        );
        assert_eq!(classify("Số: 2775/SNV-CCHC"), None);
        // An address the sentence above runs on into, or that ends its sentence, is text.
        let url = "https://lamdong.gov.vn/sites/bdhvs/Tao_QRCode/index.html";
        assert!(url_in_sentence(
            url,
            Some("công cụ được công khai tại địa chỉ:")
        ));
        assert!(url_in_sentence(
            url,
            Some("Nộp dự án cho thành phố qua link")
        ));
        assert!(url_in_sentence(
            "http://tuyensinh.hus.vnu.edu.vn./.",
            Some("")
        ));
        assert!(!url_in_sentence(url, Some("Điều 5. Hiệu lực thi hành.")));
        assert!(!url_in_sentence(url, None));
        // The reader keeps such a line in the text, and sets a lone one aside.
        let text = format!("BÁO CÁO\nKết quả\n\nCông cụ tạo QR code được công khai tại địa chỉ:\n{url}\nCác đơn vị triển khai.\n");
        assert!(crate::parse(&text).furniture.is_empty());
        let text = format!("BÁO CÁO\nKết quả\n\nCác đơn vị triển khai.\n{url}\n");
        assert_eq!(crate::parse(&text).furniture.len(), 1);
    }

    /// A signature's stamp on one line run on with the document after it (a copy run
    /// together): its end, past the clock and the time zone; a Số line is no stamp.
    #[test]
    fn a_one_line_stamp_run_on_ends_at_its_clock() {
        let stamp = "Số: 666/TTr-SNV; 22/12/2025; 18:56:39; +07:00";
        assert_eq!(
            stamp_at_start(&format!("{stamp} Phụ lục TỔNG HỢP Ý KIẾN")),
            Some(stamp.len())
        );
        let stamp = "Số: 2775/SNV-CCHC&amp;VTLT; 10/11/2025; 11:00:27;";
        assert_eq!(
            stamp_at_start(&format!("{stamp} Phụ lục II: HƯỚNG DẪN")),
            Some(stamp.len())
        );
        assert_eq!(
            stamp_at_start("Số: 12/UBND-VX; V/v triển khai kế hoạch năm 2026"),
            None
        );
        assert_eq!(
            stamp_at_start("Số: 12/QĐ-UBND Lào Cai, ngày 05/3/2026"),
            None
        );
    }
}
