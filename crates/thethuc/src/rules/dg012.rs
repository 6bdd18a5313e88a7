use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DG012",
    name: "party-to-trinh-kinh-trinh",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 9.2.4",
    default_on: true,
    summary_vi: docs!("Tờ trình của Đảng (từ 27/5/2026) ghi `Kính gửi:`; Hướng dẫn 05 viết `Kính trình:`."),
    summary_en: docs!("A Party tờ trình (from 27/5/2026) writes `Kính gửi:`; Hướng dẫn 05 writes `Kính trình:`."),
    docs_vi: docs!("Theo Hướng dẫn 05-HD/VPTW (mục 9.2.4), tờ trình của Đảng trình bày thêm từ `Kính trình` và tên \
tổ chức, cơ quan, cá nhân nhận giải quyết dưới tên loại và trích yếu; `Kính gửi` là của công văn. Hướng dẫn \
36-HD/VPTW trước đó cho tờ trình ghi `Kính gửi`, nên quy tắc chỉ chạy trên văn bản ghi ngày từ 27/5/2026 hoặc \
không ghi ngày. Sửa tự động an toàn: thay `Kính gửi` bằng `Kính trình`."),
    docs_en: docs!("Under Hướng dẫn 05-HD/VPTW (9.2.4) a Party tờ trình adds the words `Kính trình` and the \
bodies or persons who decide on it under the type name and trích yếu; `Kính gửi` is a công văn's. Hướng \
dẫn 36-HD/VPTW before it gave a tờ trình `Kính gửi`, so the rule runs on documents dated from 27/5/2026 \
or not dated. Safe fix: replace `Kính gửi` with `Kính trình`."),
    bad: docs!("ĐẢNG ỦY XÃ ĐAM RÔNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-TTr/ĐU\nĐam Rông, ngày 15 tháng 6 năm 2026\n\nTỜ TRÌNH\nvề việc đề nghị khen thưởng\n-----\nKính gửi: Ban Thường vụ Tỉnh ủy.\n"),
    good: docs!("ĐẢNG ỦY XÃ ĐAM RÔNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-TTr/ĐU\nĐam Rông, ngày 15 tháng 6 năm 2026\n\nTỜ TRÌNH\nvề việc đề nghị khen thưởng\n-----\nKính trình: Ban Thường vụ Tỉnh ủy.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(title) = &ctx.doc.title else {
        return;
    };
    if title.doc_type.is_none_or(|t| t.name != "TỜ TRÌNH") {
        return;
    }
    let Some(kg) = &ctx.doc.kinh_gui else {
        return;
    };
    let LineKind::KinhGui { label, .. } = ctx.kind(kg.label) else {
        return;
    };
    let written = ctx.s(*label);
    // Only `Kính gửi` as such: the label is what the grammar read, whatever its case.
    if !crate::text::fold::fold_case(written).starts_with("kính gửi") {
        return;
    }
    out.push(
        RULE.diag(
            *label,
            format!("Tờ trình của Đảng ghi \"{written}\"; theo Hướng dẫn 05-HD/VPTW tờ trình ghi \"Kính trình\"."),
            format!("The Party tờ trình writes \"{written}\"; under Hướng dẫn 05-HD/VPTW a tờ trình writes \"Kính trình\"."),
        )
        .with_fix(Fix::safe(
            Message::new("Viết \"Kính trình\"", "Write \"Kính trình\""),
            vec![Edit::replace(*label, "Kính trình")],
        )),
    );
}
