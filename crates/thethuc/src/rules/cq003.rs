use crate::diagnostic::Severity;
use crate::rules::common::header::is_abbreviation;
use crate::rules::common::header::issuer_lines;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "CQ003",
    name: "issuer-abbreviated",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.2",
    default_on: true,
    summary_vi: docs!("Tên cơ quan ban hành bị viết tắt."),
    summary_en: docs!("The issuing body's own name is abbreviated (`UBND`, `HĐND`, `SỞ GD&ĐT`); only the parent-body line may use common abbreviations."),
    docs_vi: docs!("Tên cơ quan, tổ chức ban hành văn bản phải là tên chính thức, đầy đủ; chỉ tên cơ quan \
chủ quản trực tiếp (dòng trên) được viết tắt những cụm từ thông dụng như `UBND TỈNH LÀO CAI` (Phụ lục I \
Nghị định 30/2020/NĐ-CP, mục II.2). Quy tắc xét các dòng tên của chính cơ quan ban hành: khi phần tên \
cơ quan gồm từ hai cơ quan trở lên thì cơ quan đầu là cơ quan chủ quản và không bị xét (một tên xuống dòng \
vẫn là một cơ quan); khi chỉ có một cơ quan thì đó là cơ quan ban hành. Được coi là viết tắt: từ có dấu `&` (`GD&ĐT`, `KH&CN`), từ in hoa từ hai \
chữ cái trở lên không có nguyên âm (`HĐND`, `SCT`, `TP.`), và các chữ viết tắt thông dụng `UBND`, \
`UBMTTQ`, `TAND`… Số hiệu văn bản trong tên (như `SỐ 1050/QĐ-SCT` của một đoàn kiểm tra) và số La Mã \
không bị coi là viết tắt; tên doanh nghiệp (`CÔNG TY …`, `TỔNG CÔNG TY …`, `NGÂN HÀNG TMCP …`) là tên đã \
đăng ký, kể cả các từ thương hiệu bằng chữ Latinh, nên không bị xét. Không có sửa tự động: công cụ không tự khai triển tên cơ quan. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày tên cơ quan ban hành in hoa, đầy đủ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The issuing body's name is its official, full name; only the direct parent body's name \
(the line above) may use common abbreviations such as `UBND TỈNH LÀO CAI` (Phụ lục I of ND30, II.2). The \
rule judges the issuing body's own lines: with two or more bodies the first is the parent body and is not \
judged (a name wrapped over two lines is one body); with one body, that body is the issuing body. Counted as abbreviations: words with `&` \
(`GD&ĐT`, `KH&CN`), capitalised words of two or more letters with no vowel (`HĐND`, `SCT`, `TP.`), and the \
common `UBND`, `UBMTTQ`, `TAND`… A document number inside the name (`SỐ 1050/QĐ-SCT` of an inspection team) \
and Roman numerals are not abbreviations; an enterprise's name (`CÔNG TY …`, `TỔNG CÔNG TY …`, `NGÂN HÀNG \
TMCP …`) is its registered name, brand words in Latin letters and all, and is not judged. No automatic fix: names are never expanded by guess. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the issuer's name, in capitals and in full as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-SCT\n"),
    check: crate::rules::Check::Document(check),
};

/// Expansions offered in the message for the most common ones.
const EXPANSIONS: &[(&str, &str)] = &[
    ("UBND", "ỦY BAN NHÂN DÂN"),
    ("HĐND", "HỘI ĐỒNG NHÂN DÂN"),
    ("MTTQ", "MẶT TRẬN TỔ QUỐC"),
    ("TP", "THÀNH PHỐ"),
    ("GD&ĐT", "GIÁO DỤC VÀ ĐÀO TẠO"),
    ("KH&CN", "KHOA HỌC VÀ CÔNG NGHỆ"),
    ("KH&ĐT", "KẾ HOẠCH VÀ ĐẦU TƯ"),
];

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let lines = issuer_lines(ctx);
    // With two bodies or more, the first is the parent body, which may be abbreviated; a name
    // wrapped over two lines is one body (the tree groups them).
    let bodies = &ctx.doc.header.issuer_bodies;
    let own = if bodies.len() >= 2 {
        &bodies[1..]
    } else {
        &bodies[..]
    };
    let judged = |s: &Span| {
        lines.iter().any(|&i| {
            let l = ctx.line(i).span;
            s.start >= l.start && s.end <= l.end
        })
    };
    // An enterprise's registered name is its own, brand words and all (`CÔNG TY CỔ PHẦN BCG
    // ENERGY`): not a state body's name to be written out.
    let enterprise = |body: &Vec<Span>| {
        let name: Vec<&str> = body.iter().map(|s| ctx.s(*s)).collect();
        crate::recognize::assemble::is_enterprise_name(&name.join(" "))
    };
    for &span in own
        .iter()
        .filter(|b| !enterprise(b))
        .flatten()
        .filter(|s| judged(s))
    {
        let t = ctx.s(span);
        let found = abbreviations(t, span.start);
        let Some(first) = found.first() else { continue };
        let words: Vec<&str> = found.iter().map(|(_, w)| *w).collect();
        let quoted = words
            .iter()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let hints: Vec<String> = words
            .iter()
            .filter_map(|w| EXPANSIONS.iter().find(|(a, _)| a == w))
            .map(|(a, e)| format!("{a} → {e}"))
            .collect();
        let hint_vi = if hints.is_empty() {
            String::new()
        } else {
            format!(" ({})", hints.join("; "))
        };
        let mut d = RULE.diag(
            span,
            format!(
                "Tên cơ quan ban hành \"{t}\" có chữ viết tắt {quoted}; tên cơ quan ban hành phải viết đầy đủ{hint_vi}, chỉ tên cơ quan chủ quản được viết tắt."
            ),
            format!(
                "The issuing body's name \"{t}\" is abbreviated ({quoted}); it must be written in full{hint_vi}; only the parent body's name may be abbreviated."
            ),
        );
        if found.len() > 1 || first.0 != span {
            for (s, _) in &found {
                d = d.with_related(*s);
            }
        }
        out.push(d);
    }
}

/// The abbreviated words of a line, with their spans.
fn abbreviations(t: &str, base: u32) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    for raw in t.split_whitespace() {
        let Some(off) = t[pos..].find(raw) else { break };
        let start = pos + off;
        pos = start + raw.len();
        // A document number or code (`1050/QĐ-SCT`), or a word with an apostrophe (`H'LEO`).
        if raw.contains(|c: char| c.is_ascii_digit() || c == '/' || c == '\'' || c == '’') {
            continue;
        }
        let word =
            raw.trim_matches(|c: char| !crate::text::fold::is_letter_or_digit(c) && c != '&');
        if word.is_empty() {
            continue;
        }
        let lead = raw.find(word).unwrap_or(0);
        let s = Span::new(
            base + (start + lead) as u32,
            base + (start + lead + word.len()) as u32,
        );
        if is_abbreviation(word) {
            out.push((s, word));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each abbreviation's span is where it stands in the document: the line's offset plus its
    /// place in the line (a finding with several points at each of them).
    #[test]
    fn abbreviations_are_placed_in_the_document() {
        // `PHÒNG ` is 7 bytes (Ò takes two).
        assert_eq!(
            abbreviations("PHÒNG TN&MT", 100),
            vec![(Span::new(107, 112), "TN&MT")]
        );
        assert_eq!(
            abbreviations("UBND HUYỆN", 40),
            vec![(Span::new(40, 44), "UBND")]
        );
    }

    #[test]
    fn abbreviations_are_told_from_names() {
        for w in ["UBND", "HĐND", "GD&ĐT", "SCT", "TP.", "LĐ-TB&XH", "MTTQ"] {
            assert!(
                is_abbreviation(w.trim_end_matches('.')) || is_abbreviation(w),
                "{w}"
            );
        }
        for w in [
            "SỞ", "Y", "TẾ", "KRÔNG", "ĐẮK", "XV", "III", "ỦY", "NGHIỆP", "Sở",
        ] {
            assert!(!is_abbreviation(w), "{w}");
        }
    }
}
