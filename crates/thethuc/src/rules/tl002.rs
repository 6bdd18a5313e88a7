use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "TL002",
    name: "unknown-type-name",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "Đ7",
    default_on: true,
    summary_vi: docs!("Tên loại văn bản không thuộc 29 loại văn bản hành chính."),
    summary_en: docs!("Type name is not one of the 29 administrative types (e.g. `THƯ NGỎ`, `KẾT LUẬN` in a state document)."),
    docs_vi: docs!("Điều 7 Nghị định 30/2020/NĐ-CP liệt kê 29 loại văn bản hành chính: Nghị quyết (cá biệt), \
Quyết định (cá biệt), Chỉ thị, Quy chế, Quy định, Thông cáo, Thông báo, Hướng dẫn, Chương trình, Kế \
hoạch, Phương án, Đề án, Dự án, Báo cáo, Biên bản, Tờ trình, Hợp đồng, Công văn, Công điện, Bản ghi nhớ, \
Bản thỏa thuận, Giấy ủy quyền, Giấy mời, Giấy giới thiệu, Giấy nghỉ phép, Phiếu gửi, Phiếu chuyển, \
Phiếu báo, Thư công. Quy tắc báo khi dòng ở vị trí tên loại (dòng in hoa ngắn ngay dưới phần đầu, tiếp \
theo là trích yếu) không phải một trong các tên đó, ví dụ `THƯ NGỎ` hay `KẾT LUẬN` trong văn bản của cơ \
quan nhà nước. Cách bỏ dấu cũ (`BẢN THOẢ THUẬN`, `GIẤY UỶ QUYỀN`) vẫn được nhận là đúng tên loại. Không \
có sửa tự động."),
    docs_en: docs!("Điều 7 of ND30 lists 29 types of administrative document: Nghị quyết (cá biệt), Quyết \
định (cá biệt), Chỉ thị, Quy chế, Quy định, Thông cáo, Thông báo, Hướng dẫn, Chương trình, Kế hoạch, \
Phương án, Đề án, Dự án, Báo cáo, Biên bản, Tờ trình, Hợp đồng, Công văn, Công điện, Bản ghi nhớ, Bản \
thỏa thuận, Giấy ủy quyền, Giấy mời, Giấy giới thiệu, Giấy nghỉ phép, Phiếu gửi, Phiếu chuyển, Phiếu \
báo, Thư công. The rule reports the line in the type name's place (a short line in capitals right under \
the header, followed by the trích yếu) when it is none of these, such as `THƯ NGỎ` or `KẾT LUẬN` in a \
state document. The old tone placement (`BẢN THOẢ THUẬN`, `GIẤY UỶ QUYỀN`) is recognised as the right \
name. No automatic fix."),
    bad: docs!("Số: 05/TN-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nTHƯ NGỎ\nGửi các doanh nghiệp trên địa bàn tỉnh\n"),
    good: docs!("Số: 05/TB-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\n\nTHÔNG BÁO\nKết quả kiểm tra năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(title) = &ctx.doc.title else { return };
    // Party types (a Kết luận, a Thông tri) are not a state body's to issue.
    if title
        .doc_type
        .is_some_and(|t| t.family != crate::model::doctype::Family::Party)
    {
        return;
    }
    let span = ctx.line(title.type_line).span;
    let t = ctx.s(span);
    out.push(RULE.diag(
        span,
        format!(
            "Tên loại \"{t}\" không thuộc 29 loại văn bản hành chính theo Điều 7 Nghị định 30/2020/NĐ-CP (như KẾ HOẠCH, THÔNG BÁO, BÁO CÁO, TỜ TRÌNH…)."
        ),
        format!(
            "The type name \"{t}\" is not one of the 29 administrative types of Điều 7 of ND30 (such as KẾ HOẠCH, THÔNG BÁO, BÁO CÁO, TỜ TRÌNH…)."
        ),
    ));
}
