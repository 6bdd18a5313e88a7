use crate::diagnostic::{Diagnostic, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::body_items;
use crate::rules::common::formatting::trimmed;
use crate::rules::common::qppl::under_law_64;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QP003",
    name: "qppl-diem-subitems",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Qppl,
    locator: "NĐ 78/2025/NĐ-CP Đ63.2",
    default_on: true,
    summary_vi: docs!("Điểm của văn bản quy phạm pháp luật chia thành các ý gạch đầu dòng (`-`, `+`)."),
    summary_en: docs!("A điểm (lettered point) of a legal normative document is split into dash (`-`, `+`) sub-items."),
    docs_vi: docs!("Nghị định 78/2025/NĐ-CP, khoản 2 Điều 63: \"Mỗi điểm trong bố cục của văn bản chỉ được \
thể hiện một ý; không sử dụng các ký hiệu khác để thể hiện các ý trong một điểm.\" Điểm (`a)`, `b)`) là \
bậc nhỏ nhất của bố cục; các dòng `- …`, `+ …`, `• …` dưới một điểm là các ý con mà Nghị định không \
cho phép: tách thành các điểm hoặc viết thành một câu. Quy tắc báo dòng gạch đầu dòng đầu tiên nằm \
giữa một điểm và tiêu đề kế tiếp (điểm, khoản, điều, chương), một lần cho mỗi điểm, khi dòng ngay \
trên nó kết thúc bằng dấu hai chấm (`… gồm:`, `… như sau:`): gạch đầu dòng không có câu dẫn thường là \
ô của một bảng bị trải thành dòng (biểu thuế, bảng giá) và không được báo. Không đọc phần trích dẫn \
văn bản khác (nội dung sửa đổi trong ngoặc kép), và văn bản ghi ngày trước 01/4/2025 (trước Nghị định \
78). Văn bản hành chính theo Nghị định 30 không có quy định này. Chỉ áp dụng cho văn bản quy phạm pháp \
luật. Mức cảnh báo, không sửa tự động."),
    docs_en: docs!("Decree 78/2025/NĐ-CP, Article 63(2): \"Each point of the document states one idea \
only; no other symbols are used to set out ideas within a point.\" The point (`a)`, `b)`) is the \
smallest level of the structure; `- …`, `+ …`, `• …` lines under a point are sub-items the decree does \
not allow: split them into points or write one sentence. The rule reports the first dash line between \
a point and the next heading (point, clause, article, chapter), once per point, when the line right \
above it ends with a colon (`… gồm:`, `… như sau:`): dashes with no lead-in are more often a table's \
cells laid out as lines (a tax schedule, a price list) and are not reported. Quoted text of another \
document (amended wording in quotation marks) is not read, nor documents dated before 01/4/2025 (before \
Decree 78). Administrative documents under ND30 have no such rule. Legal normative documents only. A \
warning without a fix."),
    bad: docs!("UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1. Mức chi\n1. Mức chi gồm:\na) Chi hội nghị:\n- Chi nước uống;\n- Chi tài liệu;\nb) Chi công tác phí.\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1. Mức chi\n1. Mức chi gồm:\na) Chi nước uống và tài liệu hội nghị;\nb) Chi công tác phí.\n"),
    check: crate::rules::Check::Document(check),
};

/// The length of a sub-item's mark and the space after it (`- `, `+ `, `• `), at the start of `t`.
fn sub_item_mark(t: &str) -> Option<usize> {
    let c = t.chars().next()?;
    if !matches!(c, '-' | '–' | '—' | '+' | '•') {
        return None;
    }
    let after = &t[c.len_utf8()..];
    after
        .starts_with([' ', '\t', '\u{a0}'])
        .then_some(c.len_utf8())
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !under_law_64(ctx) {
        return;
    }
    let items = body_items(ctx);
    let end = ctx.doc.body.end;
    for (k, item) in items.iter().enumerate() {
        if item.kind != SectionKind::Diem {
            continue;
        }
        let next = items.get(k + 1).map_or(end, |n| n.line.min(end));
        let found = (item.line + 1..next).find(|&i| {
            !ctx.doc.in_aside(i) && sub_item_mark(ctx.line_text(i).trim_start()).is_some()
        });
        // A list the point opens (`… như sau:` then `- …`): a first dash under a line without
        // a colon is more often a table's cells laid out as lines (a tax schedule, a price
        // list).
        let Some(i) = found.filter(|&i| ctx.line_text(i - 1).trim_end().ends_with(':')) else {
            continue;
        };
        out.push(RULE.diag(
            trimmed(ctx.text, ctx.line(i).span),
            format!("Điểm {}) chia thành các ý gạch đầu dòng: mỗi điểm chỉ thể hiện một ý, không dùng ký hiệu khác trong điểm.", ctx.s(item.number)),
            format!("Point {}) is split into dash items: a point states one idea, with no other symbols inside it.", ctx.s(item.number)),
        ));
    }
}
