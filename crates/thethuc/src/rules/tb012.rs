//! TB012: no rule line under the motto, the issuer's name, or the trích yếu.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{components, Component};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TB012",
    name: "rule-lines",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Page,
    scope: Scope::Nd30,
    locator: "PL-I II",
    default_on: true,
    summary_vi: docs!("Thiếu đường kẻ ngang dưới Tiêu ngữ, dưới tên cơ quan ban hành hoặc dưới trích yếu."),
    summary_en: docs!("Missing rule line under the motto, the issuer name, or the trích yếu."),
    docs_vi: docs!("Phía dưới Tiêu ngữ có đường kẻ ngang nét liền dài bằng Tiêu ngữ; dưới tên cơ quan ban hành và \
dưới trích yếu của văn bản có tên loại có đường kẻ ngang nét liền dài 1/3 đến 1/2 dòng chữ, đặt cân đối \
(Phụ lục I Nghị định 30/2020/NĐ-CP, mục II). Đường kẻ thường là hình vẽ neo ở một đoạn gần đó (hay ở hàng \
sau của bảng phần đầu), nên quy tắc đếm đường kẻ theo vùng: phần đầu cần hai (dưới Tiêu ngữ và dưới tên cơ \
quan), vùng tên loại và trích yếu cần một. Được tính là đường kẻ: đường thẳng vẽ (shape) neo trong đoạn, \
viền dưới đoạn, chữ gạch chân cả đoạn, đoạn chỉ gồm dấu gạch (`_____`). thethuc không dàn trang nên không đo độ dài đường kẻ. Công văn (không có \
tên loại) không cần đường kẻ dưới trích yếu. Cần tệp .docx."),
    docs_en: docs!("A solid rule as long as the motto goes under it; under the issuer's name and under the \
summary of a document with a type name goes a solid rule 1/3 to 1/2 of the text, centred (Phụ lục I of \
ND30, II). A rule is usually a shape anchored in a nearby paragraph (often the \
next row of the header table), so rules are counted per region: the header needs two (under the motto and \
the issuer), the type name and summary need one. A rule is a straight line shape anchored in a paragraph, \
a bottom border, a wholly underlined paragraph, or a paragraph of only dashes (`_____`). thethuc does not lay out pages, so the rule's length is not measured. A letter (no type name) \
needs no rule under its summary. Needs a .docx."),
    bad: docs!("(a motto with no line under it)"),
    good: docs!("(lines under the motto, the issuer and the summary)"),
    check: crate::rules::Check::Document(check),
};

/// A paragraph drawn as a rule with characters: `________`, `-------`.
fn is_text_rule(s: &str) -> bool {
    let t = s.trim();
    t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '_' | '-' | '–' | '—' | '‒'))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(styled) = &ctx.doc.styled else {
        return;
    };
    // Only an input that says where its rules are (a .docx) can be checked.
    if styled.blocks.iter().all(|b| b.style.rule_lines.is_none()) {
        return;
    }
    let all = components(ctx.doc);
    let block_of = |line: usize| styled.block_index_at(ctx.line(line).span.start);
    let rules_in = |blocks: std::ops::Range<usize>| -> u32 {
        styled
            .blocks
            .get(blocks.start.min(styled.blocks.len())..blocks.end.min(styled.blocks.len()))
            .unwrap_or_default()
            .iter()
            .map(|b| b.style.rule_lines.unwrap_or(0) + u32::from(is_text_rule(b.span.of(ctx.text))))
            .sum()
    };
    let last = |c: Component| all.iter().rev().find(|(_, k)| *k == c).map(|(l, _)| *l);
    let first_of = |cs: &[Component]| all.iter().find(|(_, k)| cs.contains(k)).map(|(l, _)| *l);
    // A rule is drawn as a shape anchored in any paragraph near it (often the next row of the
    // header table), so the rules are counted per region, not per line.
    let title = first_of(&[Component::TypeName]).and_then(block_of);
    let summary_end = last(Component::TrichYeu).and_then(block_of).map(|b| b + 3);
    let header_end = title.or(summary_end).unwrap_or(styled.blocks.len()).min(
        first_of(&[Component::KinhGui, Component::CanCu, Component::Body])
            .and_then(block_of)
            .unwrap_or(usize::MAX),
    );
    let header_rules = rules_in(0..header_end);
    let motto = last(Component::TieuNgu);
    let issuer = last(Component::Issuer);
    let wanted = usize::from(motto.is_some()) + usize::from(issuer.is_some());
    if (header_rules as usize) < wanted {
        let missing: Vec<(usize, &str, &str)> = if header_rules == 0 {
            [
                motto.map(|l| (l, "Tiêu ngữ", "the motto")),
                issuer.map(|l| (l, "tên cơ quan ban hành", "the issuer's name")),
            ]
            .into_iter()
            .flatten()
            .collect()
        } else {
            // One rule for two places: which one is missing cannot be told without layout.
            issuer
                .or(motto)
                .map(|l| {
                    (
                        l,
                        "Tiêu ngữ hoặc tên cơ quan ban hành (phần đầu chỉ có một đường kẻ)",
                        "the motto or the issuer's name (the header has one rule only)",
                    )
                })
                .into_iter()
                .collect()
        };
        for (line, vi, en) in missing {
            out.push(RULE.diag(
                crate::rules::common::formatting::trimmed(ctx.text, ctx.line(line).span),
                format!("Không thấy đường kẻ ngang dưới {vi}."),
                format!("No rule line found under {en}."),
            ));
        }
    }
    // The summary of a document with a type name has its rule; a letter's (V/v) has none.
    if let (Some(start), Some(end), Some(line)) = (title, summary_end, last(Component::TrichYeu)) {
        if rules_in(start..end) == 0 {
            out.push(RULE.diag(
                crate::rules::common::formatting::trimmed(ctx.text, ctx.line(line).span),
                "Không thấy đường kẻ ngang dưới trích yếu.",
                "No rule line found under the summary.",
            ));
        }
    }
}
