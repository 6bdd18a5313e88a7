use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DG001",
    name: "party-heading-with-state-title",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 I.1",
    default_on: true,
    summary_vi: docs!("Văn bản của Đảng mà phần đầu có cả Quốc hiệu, Tiêu ngữ của văn bản hành chính."),
    summary_en: docs!("A Party document whose header also carries the state's national title or motto."),
    docs_vi: docs!("Văn bản của Đảng mở đầu bằng tiêu đề `ĐẢNG CỘNG SẢN VIỆT NAM` (Hướng dẫn 05-HD/VPTW, \
phần I; Hướng dẫn 36-HD/VPTW trước đó); Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` và Tiêu ngữ \
`Độc lập - Tự do - Hạnh phúc` là của văn bản hành chính (Nghị định 30/2020/NĐ-CP). Phần đầu có cả hai \
là dấu hiệu văn bản soạn từ mẫu sai: cần xác định văn bản do tổ chức Đảng hay cơ quan nhà nước ban hành \
và giữ một tiêu đề. Không có sửa tự động: công cụ không thể biết nên bỏ dòng nào."),
    docs_en: docs!("A Party document opens with the heading `ĐẢNG CỘNG SẢN VIỆT NAM` (Hướng dẫn 05-HD/VPTW, \
part I; Hướng dẫn 36-HD/VPTW before it); the national title `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` and \
the motto belong to administrative documents (ND30). A header with both comes from the wrong template: \
decide whether a Party body or a state body issues the document and keep one heading. No fix: the tool \
cannot know which line to drop."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n*\nSố 05-KH/TU\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/TU\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let h = &ctx.doc.header;
    let Some(party) = h.party_heading else {
        return;
    };
    let Some(state) = h.quoc_hieu.or(h.tieu_ngu) else {
        return;
    };
    let state_line = ctx.line_text(state).trim();
    out.push(
        RULE.diag(
            ctx.line(state).span,
            format!("Văn bản của Đảng (tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\") mà phần đầu có cả \"{state_line}\" của văn bản hành chính; văn bản của Đảng chỉ dùng tiêu đề của Đảng."),
            format!("A Party document (heading \"ĐẢNG CỘNG SẢN VIỆT NAM\") whose header also has the administrative \"{state_line}\"; a Party document carries the Party heading only."),
        )
        .with_related(ctx.line(party).span),
    );
}
