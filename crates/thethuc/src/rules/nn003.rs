use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::recipients::{bullet_len, bullet_recipients};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NN003",
    name: "recipient-dash",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: docs!("Dòng nơi nhận không bắt đầu bằng `- ` (gạch ngang và một dấu cách)."),
    summary_en: docs!("A recipient line does not start with `- `."),
    docs_vi: docs!("Phụ lục I (mục II.9) Nghị định 30/2020/NĐ-CP: mỗi nơi nhận (hoặc nhóm nơi nhận) xuống một \
dòng, đầu dòng là gạch ngang `-` sát lề trái rồi một dấu cách: `- Như trên;`, `- Lưu: VT, VP.`. Báo lỗi \
khi thiếu gạch ngang, dùng gạch nối dài `–`/`—`, dấu `+`, `•`, `*`, hoặc không có/thừa dấu cách sau gạch \
ngang. Dòng tiếp theo của một nơi nhận viết trên hai dòng không bị báo. Sửa tự động: thay phần đầu dòng \
bằng `- `. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày phần `Nơi nhận:` (các dòng `- …;`, dòng cuối `- Lưu: VT, …`) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (II.9) of ND30: each recipient (or group) goes on its own line, starting flush left \
with a hyphen-minus and one space: `- Như trên;`, `- Lưu: VT, VP.`. Reported: no dash, an en or em \
dash, a `+`, `•` or `*` bullet, no space or several spaces after the dash. The continuation line of a \
recipient wrapped onto two lines is not reported. Safe fix: the start of the line becomes `- `. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Nơi nhận:` block (`- …;` lines, the last `- Lưu: VT, …`) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n-Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

/// The span from the start of line `i` to its recipient text, when it is not exactly `- `.
fn bad_start(ctx: &Ctx<'_>, i: usize) -> Option<Span> {
    let line = ctx.line(i).span;
    let text_start = match ctx.kind(i) {
        LineKind::Dash { rest, .. } => rest.start,
        LineKind::Luu { word, .. } => word.start,
        LineKind::Paragraph | LineKind::Khoan { .. } => {
            let t = ctx.line_text(i);
            match bullet_len(t) {
                Some(n) => {
                    let skip = n + t[n..].len() - t[n..].trim_start().len();
                    line.start + skip as u32
                }
                None => {
                    line.start + crate::recognize::assemble::scanned_dash_len(t).unwrap_or(0) as u32
                }
            }
        }
        _ => return None,
    };
    let head = Span::new(line.start, text_start);
    (ctx.s(head) != "- ").then_some(head)
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return;
    };
    let mut firsts: Vec<usize> = nn
        .items
        .iter()
        .filter_map(|it| it.lines.first().copied())
        .collect();
    firsts.extend(bullet_recipients(ctx));
    crate::text::sorting::sort(&mut firsts);
    for i in firsts {
        let Some(head) = bad_start(ctx, i) else {
            continue;
        };
        let t = ctx.line_text(i);
        let rest = Span::new(head.end, ctx.line(i).span.end).of(ctx.text);
        // A dash alone (a column split away from its text, `-    Kính gửi`): nothing to
        // correct here, and adding a space would never end (found by fuzzing).
        if rest.trim().is_empty() {
            continue;
        }
        let written = ctx.s(head);
        let (vi, en) = if written.is_empty() {
            (
                format!("Dòng nơi nhận \"{t}\" phải bắt đầu bằng gạch ngang và một dấu cách: \"- {rest}\"."),
                format!("The recipient line \"{t}\" must start with a hyphen and one space: \"- {rest}\"."),
            )
        } else {
            (
                format!("Dòng nơi nhận bắt đầu bằng \"{written}\"; đúng là \"- \": \"- {rest}\"."),
                format!("The recipient line starts with \"{written}\"; it must start with \"- \": \"- {rest}\"."),
            )
        };
        out.push(RULE.diag(ctx.line(i).span, vi, en).with_fix(Fix::safe(
            Message::new("Bắt đầu dòng bằng \"- \"", "Start the line with \"- \""),
            vec![Edit::replace(head, "- ")],
        )));
    }
}
