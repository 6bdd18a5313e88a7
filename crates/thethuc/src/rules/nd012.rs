use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::Citation;
use crate::rules::common::text::preview;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "ND012",
    name: "citation-ky-hieu-format",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.3",
    default_on: true,
    summary_vi: docs!("Ký hiệu của văn bản được viện dẫn viết sai dạng (`127/QĐ TTg`, `104-CTr/Tu`, `1050 /QĐ-SCT`)."),
    summary_en: docs!("Malformed ký hiệu inside a citation (`127/QĐ TTg`, `104-CTr/Tu`, `1050 /QĐ-SCT`)."),
    docs_vi: docs!("Số, ký hiệu của văn bản được viện dẫn viết như ở ô số 3 (Phụ lục I Nghị định 30/2020/NĐ-CP): \
số và ký hiệu nối bằng `/`, các nhóm chữ viết tắt nối bằng `-`, không có dấu cách, chữ viết tắt in hoa. \
Quy tắc báo: dấu cách thay cho dấu nối (`127/QĐ TTg`), dấu cách quanh `/` hoặc `-` (`1050 /QĐ-SCT`, \
`QĐ - UBND`), dấu gạch ngang dài `–` thay cho `-`, nhóm viết thường mà dạng in hoa là chữ viết tắt đã \
biết (`104-CTr/Tu` → `TU`). Chấp nhận chữ thường trong các chữ viết tắt chuẩn (`QĐ-TTg`, `CTr`, `TTr`, \
`QyĐ`). Sửa an toàn: bỏ dấu cách, dùng đúng dấu nối, viết in hoa nhóm đó."),
    docs_en: docs!("The number and code of a cited document are written as in box 3 (Phụ lục I of ND30): a \
slash between number and code, hyphens between groups, no spaces, capitals. Reported: a space instead of \
a hyphen (`127/QĐ TTg`), spaces around `/` or `-` (`1050 /QĐ-SCT`, `QĐ - UBND`), an en dash `–` for `-`, \
a lower-case group whose capitalised form is a known abbreviation (`104-CTr/Tu` → `TU`). The lower-case \
letters of standard abbreviations are accepted (`QĐ-TTg`, `CTr`, `TTr`, `QyĐ`). Safe fix: remove the \
spaces, use the right separator, capitalise the group."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 127/QĐ TTg ngày 26/01/2021 của Thủ tướng Chính phủ.\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 127/QĐ-TTg ngày 26/01/2021 của Thủ tướng Chính phủ.\n"),
    check: crate::rules::Check::Document(check),
};

/// Abbreviations written with lower-case letters on purpose.
const MIXED_CASE: &[&str] = &["QyĐ", "CTr", "TTr", "TrS", "TTg", "TTh", "QĐi", "HD"];

/// Groups whose capitalised form is certain.
const KNOWN_UPPER: &str = "UBND|HĐND|VP|BCĐ|MTTQ|TW|TU|HU|ĐU|QU|BCSĐ|VPTW|CP|TTG";

fn recased(group: &str) -> Option<String> {
    if !group.chars().any(crate::text::fold::is_lower) || MIXED_CASE.contains(&group) {
        return None;
    }
    let upper: String = group.chars().map(case::upper).collect();
    if MIXED_CASE.iter().any(|m| case::upper_str(m) == upper) {
        return MIXED_CASE
            .iter()
            .find(|m| case::upper_str(m) == upper)
            .map(|m| (*m).to_owned());
    }
    let all_lower = !group.chars().any(crate::text::fold::is_capital);
    let known = crate::model::doctype::by_abbr(&upper).is_some()
        || KNOWN_UPPER.split('|').any(|k| k == upper);
    (known || (all_lower && group.chars().all(crate::text::fold::is_letter))).then_some(upper)
}

fn gap_fix(ctx: &Ctx<'_>, from: u32, to: u32, want: &str, edits: &mut Vec<Edit>) -> bool {
    if to <= from {
        return false;
    }
    let gap = Span::new(from, to);
    let s = ctx.s(gap);
    if s == want
        || s.contains('\n')
        || s.trim() != want
        || !s.chars().all(|c| c == ' ' || want.contains(c))
    {
        return false;
    }
    edits.push(Edit::replace(gap, want));
    true
}

fn check_one(ctx: &Ctx<'_>, c: &Citation, out: &mut Vec<Diagnostic>) {
    let (Some(num), Some(first), Some(last)) =
        (c.number, c.code_parts.first(), c.code_parts.last())
    else {
        return;
    };
    let text = ctx.text;
    let mut edits = Vec::new();
    // Number, slash, year, slash, code: no spaces.
    if !c.party {
        let after_num = c.year.unwrap_or(*first);
        let between = Span::new(num.end, after_num.start);
        if let Some(k) = ctx.s(between).find('/') {
            let slash = num.end + k as u32;
            gap_fix(ctx, num.end, slash, "", &mut edits);
            gap_fix(ctx, slash + 1, after_num.start, "", &mut edits);
        }
        if let Some(y) = c.year {
            let between = Span::new(y.end, first.start);
            if let Some(k) = ctx.s(between).find('/') {
                let slash = y.end + k as u32;
                gap_fix(ctx, y.end, slash, "", &mut edits);
                gap_fix(ctx, slash + 1, first.start, "", &mut edits);
            }
        }
    }
    // A Party ký hiệu's hyphen after the number, with no space at it (`119- KH/TU`).
    if c.party {
        gap_fix(ctx, num.end, first.start, "-", &mut edits);
    }
    // Separators between groups: a hyphen, not an en dash.
    for sep in &c.code_separators {
        if ctx.s(*sep) == "–" {
            edits.push(Edit::replace(*sep, "-"));
        }
    }
    // Case of the groups.
    for p in &c.code_parts {
        if let Some(want) = recased(ctx.s(*p)) {
            edits.push(Edit::replace(*p, want));
        }
    }
    // What follows the code: ` TTg` (a space for a hyphen) or ` - UBND` (spaced hyphen).
    let rest = text.get(last.end as usize..).unwrap_or("");
    let line_rest = rest.split('\n').next().unwrap_or("");
    let lead = line_rest.len() - line_rest.trim_start_matches([' ', '-', '–']).len();
    let gap = &line_rest[..lead];
    let next: String = line_rest[lead..]
        .chars()
        .take_while(|ch| crate::text::fold::is_letter_or_digit(*ch))
        .collect();
    let next_end = line_rest[lead + next.len()..].chars().next();
    let upper_count = next
        .chars()
        .filter(|ch| crate::text::fold::is_capital(*ch))
        .count();
    let code_like = !next.is_empty()
        && next
            .chars()
            .next()
            .is_some_and(crate::text::fold::is_capital)
        && (upper_count >= 2 || MIXED_CASE.contains(&next.as_str()))
        && !next_end.is_some_and(crate::text::fold::is_letter_or_digit);
    let hyphen_in_gap = gap.contains(['-', '–']);
    let trimmed_gap = gap.trim();
    let plain_space = gap == " " && c.code_separators.is_empty() && !c.party;
    if code_like
        && (plain_space
            || (hyphen_in_gap && trimmed_gap.chars().count() == 1 && gap.len() > trimmed_gap.len()))
    {
        edits.push(Edit::replace(
            Span::new(last.end, last.end + lead as u32),
            "-",
        ));
    }
    if edits.is_empty() {
        return;
    }
    let end = if code_like {
        last.end + (lead + next.len()) as u32
    } else {
        last.end
    };
    let span = Span::new(num.start, end);
    let fixed = preview(text, span, &edits);
    let original = ctx.s(span);
    out.push(
        RULE.diag(
            span,
            format!(
                "Ký hiệu văn bản được viện dẫn viết sai dạng: \"{original}\"; đúng là \"{fixed}\"."
            ),
            format!("Malformed code in a citation: \"{original}\"; expected \"{fixed}\"."),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết \"{fixed}\""), format!("Write \"{fixed}\"")),
            edits,
        )),
    );
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for c in &ctx.doc.citations {
        check_one(ctx, c, out);
    }
}
