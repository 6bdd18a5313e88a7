use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::citations::{appendix_number, appendix_numbers, names_other_document};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;
use memchr::memmem::Finder;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "ND014",
    name: "appendix-not-referenced",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I III.1",
    default_on: true,
    summary_vi: docs!("Văn bản có phụ lục nhưng phần nội dung không nhắc đến, hoặc nhắc đến `Phụ lục II` không có."),
    summary_en: docs!("An appendix exists but the body never refers to it, or the body refers to `Phụ lục II` that does not exist."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (mục III.1): phụ lục kèm theo văn bản phải được chỉ dẫn trong \
nội dung văn bản. Quy tắc báo khi văn bản có phụ lục mà phần trước phụ lục không có chữ `phụ lục`, \
`kèm theo`, `đính kèm` hay `gửi kèm` nào (`(Có dự toán chi tiết kèm theo)`, `theo đề cương (sao gửi \
kèm)` là đủ), và khi nội dung nhắc đến một phụ \
lục đánh số (`Phụ lục II`) mà văn bản có phụ lục nhưng không có phụ lục số đó. Văn bản không có phụ lục \
nào thì không xét (phụ lục có thể ở tệp riêng)."),
    docs_en: docs!("Phụ lục I of ND30 (III.1): an appendix must be referred to in the text of the document. The \
rule reports a document with an appendix whose text before the appendices never says `phụ lục`, \
`kèm theo`, `đính kèm` or `gửi kèm` (`(Có dự toán chi tiết kèm theo)`, `theo đề cương (sao gửi kèm)` \
is enough), and a reference to a numbered \
appendix (`Phụ lục II`) that the document, which has appendices, lacks. A document with no appendix at \
all is not checked (the appendix may be a separate file)."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ năm 2026.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nPHỤ LỤC\nDANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ tại Phụ lục kèm theo.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nPHỤ LỤC\nDANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n"),
    check: crate::rules::Check::Document(check),
};

// Searchers made once: every line between the title and the first appendix is searched.
static PHU_LUC: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("phụ lục"));
static KEM_THEO: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("kèm theo"));
static DINH_KEM: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("đính kèm"));
static GUI_KEM: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("gửi kèm"));
static THEO_MAU: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("theo mẫu"));

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(first) = ctx.doc.appendices.first() else {
        return;
    };
    let start = ctx.doc.title.as_ref().map_or(0, |t| t.type_line);
    let numbers = appendix_numbers(ctx);
    // A blank form attached without a `Phụ lục` heading or reference (`ĐƠN XIN PHÚC KHẢO`
    // under a header of its own) is pointed to as the form: `làm đơn theo mẫu`.
    let a_form = first.reference.is_none()
        && !matches!(
            ctx.line(first.heading).kind,
            crate::model::document::LineKind::PhuLuc { .. }
        );
    let mut referred = false;
    for i in start..first.heading {
        if ctx
            .doc
            .closing
            .noi_nhan
            .as_ref()
            .is_some_and(|n| n.label <= i)
        {
            break;
        }
        let line = ctx.line_text(i);
        let f = ctx.folded_line(i);
        let mut phu_luc = PHU_LUC.find_iter(f.as_bytes()).peekable();
        referred = referred
            || phu_luc.peek().is_some()
            || KEM_THEO.find(f.as_bytes()).is_some()
            || DINH_KEM.find(f.as_bytes()).is_some()
            || GUI_KEM.find(f.as_bytes()).is_some()
            || a_form && THEO_MAU.find(f.as_bytes()).is_some();
        // `Phụ lục II` naming an appendix the document lacks.
        for k in phu_luc {
            let at = k + "phụ lục".len();
            let rest = &line[at..];
            let word: String = rest
                .trim_start()
                .chars()
                .take_while(|c| crate::text::fold::is_letter_or_digit(*c))
                .collect();
            let is_roman = !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
            let is_digit = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
            if !rest.starts_with(' ') || !(is_roman || is_digit) {
                continue;
            }
            let Some(n) = appendix_number(&word) else {
                continue;
            };
            if names_other_document(&rest.trim_start()[word.len()..]) {
                continue;
            }
            let exists = numbers.iter().any(|x| x.is_some_and(|(v, _)| v == n))
                || (n == 1 && numbers.len() == 1 && numbers[0].is_none());
            if exists {
                continue;
            }
            let s = ctx.line(i).span.start + (at - "phụ lục".len()) as u32;
            let lead = rest.len() - rest.trim_start().len();
            let span = Span::new(s, ctx.line(i).span.start + (at + lead + word.len()) as u32);
            out.push(RULE.diag(
                span,
                format!(
                    "Nội dung nhắc đến \"{}\" nhưng văn bản không có phụ lục này.",
                    ctx.s(span)
                ),
                format!(
                    "The text refers to \"{}\" but the document has no such appendix.",
                    ctx.s(span)
                ),
            ));
        }
    }
    if !referred {
        let span = ctx.line(first.heading).span;
        out.push(RULE.diag(
            span,
            format!("Văn bản có phụ lục \"{}\" nhưng nội dung không chỉ dẫn đến phụ lục (ví dụ: \"tại Phụ lục kèm theo\").", ctx.s(span)),
            format!("The document has the appendix \"{}\" but its text never refers to it (e.g. \"tại Phụ lục kèm theo\").", ctx.s(span)),
        ));
    }
}
