use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::{body_items, is_misread_khoan_one};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;

pub static RULE: Rule = Rule {
    code: "ND007",
    name: "muc-title-case",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I V.6",
    default_on: true,
    summary_vi: docs!("Tên mục đánh số La Mã (`I. Đánh giá hiện trạng`) không viết in hoa."),
    summary_en: docs!("Title of a Roman mục (`I. Đánh giá hiện trạng`) not in capitals."),
    docs_vi: docs!("Trong văn bản bố cục theo phần, mục, tên mục đứng cùng dòng với số La Mã và viết bằng chữ \
in hoa, đứng, đậm: `I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC` (Phụ lục I Nghị định 30/2020/NĐ-CP, mục V.6). Quy tắc \
báo tên mục viết chữ thường như `I. Đánh giá hiện trạng`; mục ghi nhãn và nội dung sau dấu hai chấm \
(`I. Thời gian: 14 giờ 30 phút, ngày 12/01/2026`) không có tên mục để xét, và trong danh sách mục như vậy \
mục mở đầu các đề nghị (`IV. Văn phòng Chính phủ trân trọng đề nghị:`) cũng vậy. Sửa tự động (không an toàn): chuyển tên mục \
thành chữ in hoa; cần xem lại khi tên mục có ký hiệu, đơn vị đo viết thường."),
    docs_en: docs!("In a document laid out in parts and sections, a section's title stands on the line of its \
Roman number and is written in capitals, upright and bold: `I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC` (Phụ lục I of \
ND30, V.6). The rule reports a title in lower case such as `I. Đánh giá hiện trạng`; a section \
that holds a label and its content after a colon (`I. Thời gian: 14 giờ 30 phút, ngày 12/01/2026`) has \
no title to judge, nor, among such sections, one opening a list of requests (`IV. Văn phòng Chính phủ \
trân trọng đề nghị:`). Unsafe fix: write \
the title in capitals; review it when the title holds symbols or units written in lower case."),
    bad: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. Mục đích, yêu cầu\nNội dung.\n"),
    good: docs!("KẾ HOẠCH\nTriển khai công tác năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nNội dung.\n"),
    check: crate::rules::Check::Document(check),
};

/// `I. Thời gian: 14 giờ 30 phút, ngày 12/01/2026.`: a short label and its content on the mục's
/// line (an invitation's time, form and place) make no title to write in capitals.
fn holds_content(t: &str) -> bool {
    t.split_once(':').is_some_and(|(label, after)| {
        label.split_whitespace().count() <= 5
            && after.chars().any(crate::text::fold::is_letter_or_digit)
    })
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let items = body_items(ctx);
    // A khoản `1.` an OCR read as `I.` has no mục title.
    let roman = || {
        items
            .iter()
            .enumerate()
            .filter(|(k, i)| {
                i.kind == SectionKind::RomanMuc && !is_misread_khoan_one(ctx, &items, *k)
            })
            .filter_map(|(_, i)| i.title.map(|t| (i, t)))
    };
    // Where the Roman numbers list an invitation's items (`I. Thời gian: …`, `II. Địa điểm: …`),
    // the item that opens a list of requests (`IV. Văn phòng Chính phủ trân trọng đề nghị:`) is
    // a sentence of that list, no title either.
    let list_of_items = roman().any(|(_, t)| holds_content(ctx.s(t)));
    for (item, title) in roman() {
        let t = ctx.s(title);
        let opens_list = list_of_items && t.trim_end().ends_with(':');
        if holds_content(t) || opens_list || crate::rules::common::body::title_in_capitals(t) {
            continue;
        }
        let number = ctx.s(item.number);
        let upper = case::upper_str(t);
        out.push(
            RULE.diag(
                title,
                format!("Tên mục \"{number}. {t}\" phải viết in hoa: \"{number}. {upper}\"."),
                format!("The title of section \"{number}. {t}\" must be in capitals: \"{number}. {upper}\"."),
            )
            .with_fix(Fix::unsafe_(
                Message::new("Viết in hoa tên mục", "Write the title in capitals"),
                vec![Edit::replace(title, upper)],
            )),
        );
    }
}
