use crate::diagnostic::{Diagnostic, Severity};
use crate::model::body::SectionKind;
use crate::model::doctype::comparison_key;
use crate::model::joined::Joined;
use crate::rules::common::body::body_items;
use crate::rules::common::qppl::{by_the_assembly, under_law_64};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "QP005",
    name: "qppl-enacting-sentence",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Qppl,
    locator: "NĐ 78/2025/NĐ-CP Phụ lục I; NĐ 187/2025/NĐ-CP",
    default_on: true,
    summary_vi: docs!("Văn bản quy phạm pháp luật thiếu câu ban hành sau phần căn cứ (`Bộ trưởng Bộ … ban hành Thông tư …`), hoặc câu đó ghi tên loại khác với tên loại của văn bản."),
    summary_en: docs!("A legal normative document lacks the enacting sentence after its legal bases (`Bộ trưởng Bộ … ban hành Thông tư …`), or the sentence names another type than the document's."),
    docs_vi: docs!("Theo các mẫu văn bản quy phạm pháp luật của Nghị định 78/2025/NĐ-CP (Phụ lục I, được \
thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), sau các dòng căn cứ và `Theo đề nghị của …;` là câu \
ban hành gồm cơ quan hoặc người đứng đầu, `ban hành`, tên loại văn bản và trích yếu: `Chính phủ ban \
hành Nghị định …`, `Bộ trưởng Bộ Công Thương ban hành Thông tư …`, `Thủ tướng Chính phủ ban hành Quyết \
định …`, `Hội đồng nhân dân tỉnh ban hành Nghị quyết …`, `Ủy ban nhân dân tỉnh ban hành Quyết định …`. \
Quy tắc báo hai trường hợp. (1) Thông tư, thông tư liên tịch, nghị định không có câu ban hành giữa \
phần căn cứ và điều (hoặc chương) đầu tiên. (2) Câu ban hành ghi một tên loại khác tên loại của văn \
bản (`ban hành Thông tư` trong một quyết định). Cách đọc thận trọng: với quyết định và nghị quyết, câu \
ban hành của quyết định Ủy ban nhân dân và nghị quyết Hội đồng nhân dân mới chỉ có nguồn thứ cấp \
(văn bản của Nghị định 187 chưa đọc được), nên dòng `QUYẾT ĐỊNH:` hoặc `QUYẾT NGHỊ:` cũng được chấp \
nhận; chỉ báo khi không có cả hai. Nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc hội (`QUYẾT NGHỊ:`), \
luật và hiến pháp không thuộc quy tắc này. Câu ban hành không ghi tên loại (`… liên tịch ban hành quy \
định về …`) không bị báo. Văn bản ghi ngày trước 01/4/2025 (trước Luật 64/2025/QH15 và Nghị định 78) \
được soạn theo mẫu cũ và không bị báo; văn bản không có dòng căn cứ nào hoặc không có điều nào cũng \
không bị báo (phần mở đầu chưa đọc được). Chỉ áp dụng cho văn bản quy phạm pháp luật. Mức cảnh báo, \
không sửa tự động."),
    docs_en: docs!("Under the legal normative document forms of Decree 78/2025/NĐ-CP (Annex I, replaced by \
the annex of Decree 187/2025/NĐ-CP), the legal bases and the `Theo đề nghị của …;` line are followed by \
the enacting sentence: the body or its head, `ban hành`, the type name and the subject: `Chính phủ ban \
hành Nghị định …`, `Bộ trưởng Bộ Công Thương ban hành Thông tư …`, `Thủ tướng Chính phủ ban hành Quyết \
định …`, `Hội đồng nhân dân tỉnh ban hành Nghị quyết …`, `Ủy ban nhân dân tỉnh ban hành Quyết định …`. \
The rule reports two cases. (1) A circular, joint circular or decree without an enacting sentence \
between its legal bases and its first article (or chapter). (2) An enacting sentence naming another \
type than the document's (`ban hành Thông tư` in a decision). The conservative reading: for decisions \
and resolutions, the enacting sentence of a People's Committee decision and of a People's Council \
resolution rests on secondary sources only (the text of Decree 187 was not read), so a `QUYẾT ĐỊNH:` or \
`QUYẾT NGHỊ:` line is accepted as well; only a document with neither is reported. Resolutions of the \
National Assembly and its Standing Committee (`QUYẾT NGHỊ:`), laws and the constitution are outside the \
rule. A sentence that names no type (`… liên tịch ban hành quy định về …`) is not reported. Documents \
dated before 01/4/2025 (before Law 64/2025/QH15 and Decree 78) follow older forms and are not reported; \
nor is a document without any legal basis line or without any article (its opening was not read). \
Legal normative documents only. A warning without a fix."),
    bad: docs!("BỘ CÔNG THƯƠNG\nSố: 21/2026/TT-BCT\nHà Nội, ngày 28 tháng 4 năm 2026\nTHÔNG TƯ\nQuy định về xuất khẩu\nCăn cứ Luật Quản lý ngoại thương số 05/2017/QH14;\nTheo đề nghị của Cục trưởng Cục Xuất nhập khẩu;\nĐiều 1. Phạm vi điều chỉnh\n"),
    good: docs!("BỘ CÔNG THƯƠNG\nSố: 21/2026/TT-BCT\nHà Nội, ngày 28 tháng 4 năm 2026\nTHÔNG TƯ\nQuy định về xuất khẩu\nCăn cứ Luật Quản lý ngoại thương số 05/2017/QH14;\nTheo đề nghị của Cục trưởng Cục Xuất nhập khẩu;\nBộ trưởng Bộ Công Thương ban hành Thông tư quy định về xuất khẩu.\nĐiều 1. Phạm vi điều chỉnh\n"),
    check: crate::rules::Check::Document(check),
};

/// The type names an enacting sentence may name, folded, longest first where one begins
/// another, with the name as a sentence writes it.
const TYPES: &str = "thông tư liên tịch|Thông tư liên tịch|nghị quyết liên tịch|Nghị quyết liên tịch|thông tư|Thông tư|nghị định|Nghị định|nghị quyết|Nghị quyết|quyết định|Quyết định|pháp lệnh|Pháp lệnh|luật|Luật";

/// What opens a preamble sentence rather than an enacting one.
const NOT_ENACTING: &str = "căn cứ|xét|theo|thực hiện|trên cơ sở|-|+";

/// What, inside a clause before its `ban hành`, tells a proposal or a cited document's subject
/// (`… tại Tờ trình số … về việc ban hành Quyết định …`).
const IN_A_PROPOSAL: &str = "về việc|đề nghị|tờ trình|dự thảo|số ";

/// The type an enacting sentence names right after `ban hành ` (folded `after`), as (folded
/// name, name as written in a sentence).
fn named_type(after: &str) -> Option<(&'static str, &'static str)> {
    let mut it = TYPES.split('|');
    while let (Some(key), Some(name)) = (it.next(), it.next()) {
        if let Some(rest) = after.strip_prefix(key) {
            if !rest.starts_with(crate::text::fold::is_letter) {
                return Some((key, name));
            }
        }
    }
    None
}

/// An enacting sentence found: where the type it names stands (folded key, span), if it names
/// one.
struct Enacting {
    named: Option<(&'static str, crate::text::span::Span)>,
}

/// The enacting sentence in the lines between the last preamble line and the first article: the
/// first `ban hành` of a clause that does not open with a preamble word (`Căn cứ`, `Theo đề
/// nghị`, `Xét`) nor tell a proposal's subject. Clauses end at `;`, `.`, `:`, `,` and where a
/// paragraph of the tree starts; a clause cut at a comma keeps the last of several heads
/// (`Viện trưởng …, Chánh án …, Bộ trưởng … liên tịch ban hành …`), which is all the rule reads of
/// it. A sentence broken after `ban hành` by a paragraph start names its type in the next clause.
fn enacting_sentence(ctx: &Ctx<'_>, from: usize, to: usize) -> Option<Enacting> {
    let lines: Vec<usize> = (from..to).filter(|&i| !ctx.doc.in_aside(i)).collect();
    let joined = Joined::new(ctx.text, &ctx.doc.lines, &lines);
    let folded = fold_case(&joined.text);
    // Paragraph starts, as offsets in the joined text.
    let starts: Vec<usize> = joined
        .pieces
        .iter()
        .zip(&lines)
        .filter(|&(_, i)| {
            ctx.doc
                .paragraphs
                .iter()
                .any(|p| p.lines.first() == Some(i))
        })
        .map(|((o, _), _)| *o as usize)
        .collect();
    let mut clauses: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for piece in folded.split_inclusive([';', '.', ':', ',']) {
        let end = at + piece.len();
        let mut s = at;
        for &b in starts.iter().filter(|&&b| b > at && b < end) {
            clauses.push((s, &folded[s..b]));
            s = b;
        }
        clauses.push((s, &folded[s..end]));
        at = end;
    }
    for (n, &(at, clause)) in clauses.iter().enumerate() {
        let Some(k) = clause.find("ban hành") else {
            continue;
        };
        let head = clause[..k].trim_start();
        if NOT_ENACTING.split('|').any(|w| head.starts_with(w))
            || IN_A_PROPOSAL.split('|').any(|w| head.contains(w))
        {
            continue;
        }
        let rest = &clause[k + "ban hành".len()..];
        let (base, after) = if rest.trim().is_empty() {
            match clauses.get(n + 1) {
                Some(&(next, text)) => (next, text),
                None => (at + clause.len(), ""),
            }
        } else {
            (at + k + "ban hành".len(), rest)
        };
        let lead = after.len() - after.trim_start().len();
        let named = named_type(after.trim_start()).map(|(key, _)| {
            let s = (base + lead) as u32;
            (key, joined.span_to_source(s, s + key.len() as u32))
        });
        return Some(Enacting { named });
    }
    None
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !under_law_64(ctx) || by_the_assembly(ctx) {
        return;
    }
    let Some(title) = &ctx.doc.title else { return };
    let Some(ty) = title.doc_type else { return };
    // Types whose form enacts in a sentence only, and those that may keep an enacting line.
    let sentence_only = matches!(ty.name, "THÔNG TƯ" | "THÔNG TƯ LIÊN TỊCH" | "NGHỊ ĐỊNH");
    if !sentence_only && !matches!(ty.name, "QUYẾT ĐỊNH" | "NGHỊ QUYẾT") {
        return;
    }
    let Some(&from) = ctx.doc.preamble.last() else {
        return;
    };
    let Some(first) = body_items(ctx).into_iter().find(|i| {
        matches!(
            i.kind,
            SectionKind::Phan | SectionKind::Chuong | SectionKind::Dieu
        )
    }) else {
        return;
    };
    if first.line <= from {
        return;
    }
    let own = comparison_key(ty.name);
    match enacting_sentence(ctx, from, first.line) {
        Some(Enacting {
            named: Some((key, span)),
        }) if comparison_key(key) != own => {
            let written = ctx.s(span);
            let name = sentence_name(&own);
            out.push(
                RULE.diag(
                    span,
                    format!("Câu ban hành ghi \"{written}\" nhưng văn bản là {name}: câu ban hành ghi đúng tên loại của văn bản (\"… ban hành {name} …\")."),
                    format!("The enacting sentence names \"{written}\" but the document is a {name}: the sentence names the document's own type (\"… ban hành {name} …\")."),
                )
                .with_related(ctx.line(title.type_line).span),
            );
        }
        Some(_) => {}
        None if !sentence_only && ctx.doc.enacting.is_some() => {}
        None => {
            let name = sentence_name(&own);
            let (vi, en) = if sentence_only {
                (
                    format!("Thiếu câu ban hành sau phần căn cứ, trước điều đầu tiên (\"Bộ trưởng Bộ … ban hành {name} …\", \"Chính phủ ban hành Nghị định …\")."),
                    format!("The enacting sentence is missing after the legal bases, before the first article (\"Bộ trưởng Bộ … ban hành {name} …\", \"Chính phủ ban hành Nghị định …\")."),
                )
            } else {
                (
                    format!("Thiếu câu ban hành (\"… ban hành {name} …\") hoặc dòng ban hành sau phần căn cứ, trước điều đầu tiên."),
                    format!("Neither an enacting sentence (\"… ban hành {name} …\") nor an enacting line follows the legal bases, before the first article."),
                )
            };
            out.push(
                RULE.diag(ctx.line(first.line).span, vi, en)
                    .with_related(ctx.line(from).span),
            );
        }
    }
}

/// The type's name as a sentence writes it (`Thông tư`), from its folded key.
fn sentence_name(key: &str) -> &'static str {
    let mut it = TYPES.split('|');
    while let (Some(k), Some(name)) = (it.next(), it.next()) {
        if comparison_key(k) == key {
            return name;
        }
    }
    "văn bản"
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, Profile};

    fn found(text: &str) -> Vec<String> {
        let config = Config {
            profile: Profile::Qppl,
            select: vec!["QP005".to_owned()],
            ..Config::default()
        };
        let r = crate::check_str(text, &config);
        r.diagnostics
            .iter()
            .filter(|d| d.code == "QP005")
            .map(|d| d.span.of(r.source.text()).to_owned())
            .collect()
    }

    const HEAD: &str = "BỘ CÔNG THƯƠNG\nSố: 21/2026/TT-BCT\nHà Nội, ngày 28 tháng 4 năm 2026\nTHÔNG TƯ\nQuy định về xuất khẩu\nCăn cứ Luật Quản lý ngoại thương số 05/2017/QH14;\nTheo đề nghị của Cục trưởng Cục Xuất nhập khẩu;\n";

    #[test]
    fn the_sentence_wrapped_over_lines_after_a_comma_ended_proposal() {
        let text = HEAD.replace("Xuất nhập khẩu;", "Xuất nhập khẩu,")
            + "Bộ trưởng Bộ Công Thương ban hành\nThông tư quy định về xuất khẩu.\nĐiều 1. Phạm vi điều chỉnh\n";
        assert!(found(&text).is_empty(), "{:?}", found(&text));
    }

    #[test]
    fn a_preamble_line_that_cites_an_issuing_is_not_the_sentence() {
        // `ban hành` inside a căn cứ or a proposal is not the enacting sentence.
        let text = HEAD.replace(
            "Theo đề nghị của Cục trưởng Cục Xuất nhập khẩu;",
            "Căn cứ Nghị định số 78/2025/NĐ-CP quy định chi tiết Luật Ban hành văn bản quy phạm pháp luật;\nTheo đề nghị của Cục trưởng về việc ban hành Thông tư;",
        ) + "Điều 1. Phạm vi điều chỉnh\n";
        assert_eq!(found(&text), ["Điều 1. Phạm vi điều chỉnh"]);
    }

    #[test]
    fn an_older_document_is_left_alone() {
        let text = HEAD
            .replace("năm 2026", "năm 2024")
            .replace("/2026/", "/2024/")
            + "Điều 1. Phạm vi điều chỉnh\n";
        assert!(found(&text).is_empty());
    }
}
