use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::common::body::last_body_line;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG005",
    name: "party-body-end-mark",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 6.2.2",
    default_on: true,
    summary_vi: docs!("Nội dung văn bản của Đảng (từ 27/5/2026) kết thúc bằng `./.` của văn bản hành chính thay cho dấu chấm."),
    summary_en: docs!("A Party document's body (from 27/5/2026) ends with the administrative `./.` instead of a period."),
    docs_vi: docs!("Theo Hướng dẫn 05-HD/VPTW (mục 6.2.2), nội dung văn bản của Đảng kết thúc bằng dấu chấm `.`; \
dấu `./.` là cách kết thúc của văn bản hành chính. Quy tắc chỉ chạy trên văn bản ghi ngày từ 27/5/2026 (ngày \
Hướng dẫn 05 có hiệu lực) hoặc không ghi ngày; văn bản trước đó theo Hướng dẫn 36-HD/VPTW, không kiểm tra \
điểm này. Sửa tự động an toàn: thay `./.` bằng `.`."),
    docs_en: docs!("Under Hướng dẫn 05-HD/VPTW (6.2.2) a Party document's body ends with a period `.`; `./.` \
is the administrative ending. The rule runs on documents dated from 27/5/2026 (when HD 05 took effect) or \
not dated; earlier ones follow Hướng dẫn 36-HD/VPTW, which this rule does not check. Safe fix: replace \
`./.` with `.`."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-TB/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n-----\n\nĐề nghị các cấp ủy thực hiện nghiêm túc./.\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-TB/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n-----\n\nĐề nghị các cấp ủy thực hiện nghiêm túc.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(last) = last_body_line(ctx) else {
        return;
    };
    let t = ctx.line_text(last).trim_end();
    let Some(stem) = t.strip_suffix("./.") else {
        return;
    };
    let start = ctx.line(last).span.start + stem.len() as u32;
    let mark = Span::new(start, start + 3);
    out.push(
        RULE.diag(
            mark,
            "Nội dung văn bản của Đảng kết thúc bằng \"./.\"; theo Hướng dẫn 05-HD/VPTW câu cuối kết thúc bằng dấu chấm \".\".",
            "The Party document's body ends with \"./.\"; under Hướng dẫn 05-HD/VPTW the last sentence ends with a period \".\".",
        )
        .with_fix(Fix::safe(
            Message::new("Thay \"./.\" bằng \".\"", "Replace \"./.\" with \".\""),
            vec![Edit::replace(mark, ".")],
        )),
    );
}
