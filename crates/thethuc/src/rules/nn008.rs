use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NN008",
    name: "recipient-duplicate",
    severity: Severity::Warning,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Một nơi nhận được ghi hai lần."),
    summary_en: docs!("The same recipient listed twice."),
    docs_vi: docs!("Mỗi nơi nhận chỉ ghi một lần trong phần Nơi nhận; ghi lặp thường do sao chép khi soạn thảo và \
làm sai số bản phát hành. Hai dòng được coi là trùng khi giống nhau sau khi bỏ gạch đầu dòng, dấu cuối \
dòng, khác biệt chữ hoa/thường, khoảng trắng và ghi chú trong ngoặc ở cuối (`UBND tỉnh (b/c);` trùng \
`UBND tỉnh;`). Dòng Lưu không xét. Sửa tự động: xóa dòng lặp lại (lần xuất hiện sau) khi hai dòng viết như \
nhau, trừ khi trên cùng dòng có nội dung của cột khác (khối chữ ký đặt bên cạnh). Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày phần `Nơi nhận:` (các dòng `- …;`, dòng cuối `- Lưu: VT, …`) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Each recipient is listed once; a repeated line usually comes from copy and paste while \
drafting and skews the number of copies. Two lines are the same recipient when they are equal once \
the dash, the final mark, case, white space and a trailing note in brackets are set aside \
(`UBND tỉnh (b/c);` repeats `UBND tỉnh;`). The Lưu line is not considered. Safe fix: the repeated line \
(the later one) is deleted when both are written alike, unless the same physical line holds another \
column (the signature block laid beside it). Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Nơi nhận:` block (`- …;` lines, the last `- Lưu: VT, …`) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- UBND tỉnh;\n- UBND tỉnh;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- UBND tỉnh;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

/// A recipient as written (case-folded), without dash, final mark and spacing differences.
fn exact_key(folded: &str) -> String {
    let t = folded
        .trim()
        .trim_start_matches(['-', '–', '—', '+', '•', '*', ' ']);
    let t = t.trim_end_matches([';', '.', ',', ' ']);
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A recipient reduced to what identifies it: also without a trailing note in brackets.
fn key(folded: &str) -> String {
    let mut t = folded
        .trim()
        .trim_start_matches(['-', '–', '—', '+', '•', '*', ' '])
        .trim_end();
    loop {
        let before = t.len();
        t = t.trim_end_matches([';', '.', ',', ' ']);
        if t.ends_with(')') {
            if let Some(k) = t.rfind('(') {
                t = t[..k].trim_end();
            }
        }
        if t.len() == before {
            break;
        }
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return;
    };
    let mut seen: Vec<(String, String, usize)> = Vec::new();
    for item in &nn.items {
        let Some(&first) = item.lines.first() else {
            continue;
        };
        if Some(first) == nn.luu {
            continue;
        }
        // Folding goes character by character: the join of the folded lines is the folded join.
        let text = item
            .lines
            .iter()
            .map(|&i| ctx.folded_line(i))
            .collect::<Vec<_>>()
            .join(" ");
        let k = key(&text);
        if k.is_empty() {
            continue;
        }
        let exact = exact_key(&text);
        let Some((_, earlier_exact, earlier)) = seen.iter().find(|(s, _, _)| *s == k) else {
            seen.push((k, exact, first));
            continue;
        };
        let earlier = *earlier;
        // Deleting a line whose note differs would lose the note: no fix then.
        let same_text = *earlier_exact == exact;
        let span = Span::cover(
            ctx.line(first).span,
            item.lines
                .last()
                .map_or(ctx.line(first).span, |&l| ctx.line(l).span),
        );
        let shown = ctx.line_text(first);
        let mut d = RULE
            .diag(
                span,
                format!("Nơi nhận \"{shown}\" đã ghi ở trên; xóa dòng lặp lại."),
                format!(
                    "The recipient \"{shown}\" is already listed above; remove the repeated line."
                ),
            )
            .with_related(ctx.line(earlier).span);
        if let Some(whole) = physical_lines(ctx, &item.lines).filter(|_| same_text) {
            d = d.with_fix(Fix::safe(
                Message::new("Xóa dòng lặp lại", "Remove the repeated line"),
                vec![Edit::delete(whole)],
            ));
        }
        out.push(d);
    }
}

/// The physical lines holding `lines`, newline included, when nothing else shares them.
fn physical_lines(ctx: &Ctx<'_>, lines: &[usize]) -> Option<Span> {
    let rows: Vec<u32> = lines.iter().map(|&i| ctx.line(i).row).collect();
    let shared = ctx
        .doc
        .lines
        .iter()
        .enumerate()
        .any(|(j, l)| rows.contains(&l.row) && !lines.contains(&j));
    if shared {
        return None;
    }
    let first = ctx.line(*lines.first()?).span.start as usize;
    let last = ctx.line(*lines.last()?).span.end as usize;
    let start = ctx.text[..first].rfind('\n').map_or(0, |k| k + 1);
    let end = ctx.text[last..]
        .find('\n')
        .map_or(ctx.text.len(), |k| last + k + 1);
    Some(Span::new(start as u32, end as u32))
}
