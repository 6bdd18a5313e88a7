use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG006",
    name: "party-cong-van-vv",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 5.2.3",
    default_on: true,
    summary_vi: docs!("Công văn của Đảng (từ 27/5/2026) ghi trích yếu bằng `V/v`; Hướng dẫn 05 viết `về việc`."),
    summary_en: docs!("A Party công văn (from 27/5/2026) opens its summary with `V/v`; Hướng dẫn 05 writes `về việc`."),
    docs_vi: docs!("Công văn của Đảng không có tên loại; trích yếu đặt dưới số và ký hiệu, mở đầu bằng `về việc` \
(`Số 686-CV/VPTU` / `về việc chuẩn bị hội nghị …`), không viết tắt `V/v` như công văn hành chính (Hướng dẫn \
05-HD/VPTW, mục 5.2.3). Quy tắc chỉ chạy trên văn bản ghi ngày từ 27/5/2026 hoặc không ghi ngày. Sửa tự động \
an toàn: thay `V/v` (và dấu hai chấm sau nó, nếu có) bằng `về việc`."),
    docs_en: docs!("A Party công văn has no type name; its summary sits under the number and symbol and opens \
with `về việc` (`Số 686-CV/VPTU` / `về việc chuẩn bị hội nghị …`), not the administrative abbreviation \
`V/v` (Hướng dẫn 05-HD/VPTW, 5.2.3). The rule runs on documents dated from 27/5/2026 or not dated. Safe \
fix: replace `V/v` (and a colon after it) with `về việc`."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 686-CV/TU\nV/v chuẩn bị hội nghị trực tuyến\nĐà Lạt, ngày 15 tháng 6 năm 2026\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 686-CV/TU\nvề việc chuẩn bị hội nghị trực tuyến\nĐà Lạt, ngày 15 tháng 6 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(&i) = ctx.doc.vv.first() else {
        return;
    };
    let LineKind::Vv { label, colon, text } = ctx.kind(i) else {
        return;
    };
    let end = colon.map_or(label.end, |c| c.end).max(label.end);
    let head = Span::new(label.start, text.start.max(end));
    out.push(
        RULE.diag(
            *label,
            "Công văn của Đảng ghi trích yếu bằng \"V/v\"; theo Hướng dẫn 05-HD/VPTW trích yếu mở đầu bằng \"về việc\".",
            "The Party công văn opens its summary with \"V/v\"; under Hướng dẫn 05-HD/VPTW it opens with \"về việc\".",
        )
        .with_fix(Fix::safe(
            Message::new("Viết \"về việc\"", "Write \"về việc\""),
            vec![Edit::replace(head, "về việc ")],
        )),
    );
}
