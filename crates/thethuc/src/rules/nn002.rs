use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NN002",
    name: "noi-nhan-label",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: docs!("Nhãn không đúng nguyên văn `Nơi nhận:` (thiếu dấu hai chấm, `NƠI NHẬN`, `Nơi gửi`)."),
    summary_en: docs!("Label is not exactly `Nơi nhận:` (colon missing, `NƠI NHẬN`, `Nơi gửi`)."),
    docs_vi: docs!("Phụ lục I (mục II.9) Nghị định 30/2020/NĐ-CP: phần nơi nhận mở đầu bằng từ `Nơi nhận` viết \
thường (chữ N hoa), tiếp theo là dấu hai chấm: `Nơi nhận:`. Báo lỗi khi thiếu dấu hai chấm, viết in hoa \
(`NƠI NHẬN:`), viết sai (`Nơi nhân`, `Nơi gửi`) hoặc có dấu cách trước dấu hai chấm. Định dạng Markdown \
(`**Nơi nhận:**`, `***Nơi nhận:***`) được chấp nhận. Sửa tự động: thay nhãn bằng `Nơi nhận:`. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày phần `Nơi nhận:` (các dòng `- …;`, dòng cuối `- Lưu: VT, …`) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (II.9) of ND30: the recipients block opens with the words `Nơi nhận` in lower case \
(capital N) followed by a colon: `Nơi nhận:`. Reported: no colon, capitals (`NƠI NHẬN:`), misspellings \
(`Nơi nhân`, `Nơi gửi`), a space before the colon. Markdown emphasis (`**Nơi nhận:**`, \
`***Nơi nhận:***`) is accepted. Safe fix: the label is replaced by `Nơi nhận:`. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Nơi nhận:` block (`- …;` lines, the last `- Lưu: VT, …`) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

const LABEL: &str = "Nơi nhận:";

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return;
    };
    let LineKind::NoiNhan { label, colon, rest } = ctx.kind(nn.label) else {
        return;
    };
    // `**Nơi nhận**:` leaves the emphasis markers between the label and its colon.
    let markdown_colon =
        colon.is_none() && ctx.s(*rest).trim_start_matches(['*', '_']).starts_with(':');
    let end = match colon {
        Some(c) => c.end,
        None if markdown_colon => return,
        None => label.end,
    };
    let span = Span::new(label.start, end);
    let written = ctx.s(span);
    if written == LABEL {
        return;
    }
    // Keep one space between a colon-less label and recipients written on the same line.
    let replacement = if colon.is_none() && !rest.is_empty() && rest.start == label.end {
        format!("{LABEL} ")
    } else {
        LABEL.to_owned()
    };
    let message = Message::new(
        format!("Thay bằng \"{LABEL}\""),
        format!("Replace with \"{LABEL}\""),
    );
    let edits = vec![Edit::replace(span, replacement)];
    // A scan's remnant where the label stands (`Tà`, `R-.4ê th`), read as the label from the
    // recipients under it: the text itself is no misspelt label, so the fix is offered, not
    // applied.
    if nn.label_from_remnant {
        out.push(
            RULE.diag(
                span,
                format!("Chỗ nhãn nơi nhận chỉ đọc được \"{written}\"; đúng là \"{LABEL}\"."),
                format!(
                    "Where the recipients label stands only \"{written}\" can be read; it must be \"{LABEL}\"."
                ),
            )
            .with_fix(Fix::unsafe_(message, edits)),
        );
        return;
    }
    out.push(
        RULE.diag(
            span,
            format!("Nhãn nơi nhận viết \"{written}\"; đúng là \"{LABEL}\"."),
            format!("The recipients label reads \"{written}\"; it must be \"{LABEL}\"."),
        )
        .with_fix(Fix::safe(message, edits)),
    );
}
