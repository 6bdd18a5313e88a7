use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::party::{guide, Guide};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DG008",
    name: "party-type-code",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 3.1.2",
    default_on: true,
    summary_vi: docs!("Ký hiệu tên loại của văn bản Đảng ghi `QĐi` hoặc `QyĐ`; từ 27/5/2026 quyết định và quy định của Đảng đều ghi `QĐ`."),
    summary_en: docs!("A Party document's type code reads `QĐi` or `QyĐ`; from 27/5/2026 both a Party quyết định and quy định read `QĐ`."),
    docs_vi: docs!("Hướng dẫn 05-HD/VPTW (mục 3.1.2) thống nhất ký hiệu tên loại \"Quyết định, Quy định: QĐ\" \
(cùng `CT` chỉ thị, `CTr` chương trình, `TT` thông tri, `TTr` tờ trình) và bãi bỏ Công văn 3294-CV/VPTW/nb \
(2019) về ký hiệu của quy định. Vì vậy `QĐi` (ký hiệu quy định theo Hướng dẫn 36-HD/VPTW) và `QyĐ` (ký hiệu \
quy định của văn bản hành chính, Nghị định 30) là lỗi trên văn bản của Đảng ghi ngày từ 27/5/2026 hoặc không \
ghi ngày. Trước ngày đó: `QyĐ` là cảnh báo (Hướng dẫn 36 cũng không có ký hiệu này), còn `QĐi` không bị báo \
vì Hướng dẫn 36-HD/VPTW (mục 1.3.1) quy định \"Quy định: QĐi\". Sửa tự động an toàn: viết `QĐ`."),
    docs_en: docs!("Hướng dẫn 05-HD/VPTW (3.1.2) fixes the type code \"Quyết định, Quy định: QĐ\" (with `CT` \
chỉ thị, `CTr` chương trình, `TT` thông tri, `TTr` tờ trình) and abolishes Công văn 3294-CV/VPTW/nb (2019) \
on the code of a quy định. So `QĐi` (a quy định's code under Hướng dẫn 36-HD/VPTW) and `QyĐ` (the \
administrative code of a quy định, ND30) are errors in a Party document dated from 27/5/2026 or not \
dated. Before that date `QyĐ` is a warning (HD 36 has no such code either), and `QĐi` is not reported: \
Hướng dẫn 36-HD/VPTW (1.3.1) prescribed \"Quy định: QĐi\". Safe fix: write `QĐ`."),
    bad: docs!("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-QĐi/TW\nHà Nội, ngày 15 tháng 6 năm 2026\n"),
    good: docs!("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-QĐ/TW\nHà Nội, ngày 15 tháng 6 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(i) = ctx.doc.header.so else {
        return;
    };
    let LineKind::So(p) = ctx.kind(i) else {
        return;
    };
    // The type's group: the first of the symbol (`12-QĐi/TW`; `12/QyĐ-TU` in the state form).
    let Some(&group) = p.parts.first() else {
        return;
    };
    let code = ctx.s(group);
    let (quy_dinh_hd36, state) = match code {
        "QĐi" | "QĐI" | "QDi" => (true, false),
        "QyĐ" | "QYĐ" => (false, true),
        _ => return,
    };
    let hd05 = guide(ctx).0 == Guide::Hd05;
    if quy_dinh_hd36 && !hd05 {
        return;
    }
    let (why_vi, why_en) = if state {
        (
            "\"QyĐ\" là ký hiệu quy định của văn bản hành chính",
            "\"QyĐ\" is the administrative code of a quy định",
        )
    } else {
        (
            "ký hiệu \"QĐi\" của Hướng dẫn 36-HD/VPTW đã được thay",
            "the code \"QĐi\" of Hướng dẫn 36-HD/VPTW has been replaced",
        )
    };
    let d = RULE
        .diag(
            group,
            format!("Ký hiệu tên loại \"{code}\" không dùng trong văn bản của Đảng ({why_vi}); theo Hướng dẫn 05-HD/VPTW quyết định và quy định đều ghi \"QĐ\"."),
            format!("The type code \"{code}\" is not used in a Party document ({why_en}); under Hướng dẫn 05-HD/VPTW a quyết định and a quy định both read \"QĐ\"."),
        )
        .with_fix(Fix::safe(
            Message::new("Viết \"QĐ\"", "Write \"QĐ\""),
            vec![Edit::replace(group, "QĐ")],
        ));
    out.push(if hd05 {
        d
    } else {
        d.with_severity(Severity::Warning)
    });
}
