use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG007",
    name: "party-number-form",
    severity: Severity::Warning,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 3.2.2; HD 36 1.3.2",
    default_on: true,
    summary_vi: docs!("Số và ký hiệu văn bản của Đảng sai dạng: số nhỏ hơn 10 thiếu số 0 (`Số 5-HD/TU`), hoặc viết theo kiểu văn bản hành chính (`Số 05/HD-TU`) thay cho `Số 05-HD/TU`."),
    summary_en: docs!("A Party document's number in the wrong form: a number below 10 without its zero (`Số 5-HD/TU`), or the administrative form (`Số 05/HD-TU`) instead of `Số 05-HD/TU`."),
    docs_vi: docs!("Số văn bản của Đảng viết bằng chữ số Ả-rập, số nhỏ hơn 10 ghi số 0 phía trước; giữa số và ký \
hiệu có dấu gạch nối (-), giữa chữ viết tắt tên loại và chữ viết tắt tên cơ quan ban hành có dấu gạch chéo \
(/), giữa các cơ quan của liên cơ quan có dấu gạch nối: `Số 05-HD/VPTW`, `Số 05-QC/BTCTU-BNCTU` (Hướng \
dẫn 05-HD/VPTW, mục 3.2.2; Hướng dẫn 36-HD/VPTW, mục 1.3.2 cũng vậy). Quy tắc báo số một chữ số (`Số \
5-HD/TU`; sửa tự động an toàn: thêm số 0) và số viết theo kiểu văn bản hành chính, gạch chéo sau số và gạch \
nối trước cơ quan (`Số 05/HD-TU`; không có sửa tự động, người soạn kiểm tra lại ký hiệu). Số để trống của \
bản dự thảo (`Số    -KH/TU`) không bị báo; dấu hai chấm sau `Số` là của DG002."),
    docs_en: docs!("A Party document's number is in Arabic digits, a number below 10 with a leading zero; a \
hyphen between the number and the symbol, a slash between the type's and the issuer's abbreviations, \
hyphens between joint issuers: `Số 05-HD/VPTW`, `Số 05-QC/BTCTU-BNCTU` (Hướng dẫn 05-HD/VPTW, 3.2.2; \
Hướng dẫn 36-HD/VPTW, 1.3.2 alike). Reported: a one-digit number (`Số 5-HD/TU`; safe fix: add the \
zero), and the administrative form with a slash after the number and a hyphen before the issuer \
(`Số 05/HD-TU`; no fix, the drafter checks the symbol). A draft's blank number (`Số    -KH/TU`) is \
not reported; a colon after `Số` is DG002's."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 5-KH/TU\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/TU\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(i) = ctx.doc.header.so else {
        return;
    };
    let LineKind::So(p) = ctx.kind(i) else {
        return;
    };
    let Some(num) = p.number else {
        return;
    };
    let n = ctx.s(num);
    if p.party {
        // One digit, 1–9: `0` alone is no number to pad.
        if n.len() != 1 || n == "0" {
            return;
        }
        let want = format!("0{n}");
        out.push(
            RULE.diag(
                num,
                format!("Số văn bản của Đảng \"{n}\" nhỏ hơn 10 phải có số 0 phía trước: \"{want}\"."),
                format!("The Party document's number \"{n}\" is below 10 and takes a leading zero: \"{want}\"."),
            )
            .with_fix(Fix::safe(
                Message::new(format!("Viết \"{want}\""), format!("Write \"{want}\"")),
                vec![Edit::replace(num, want.clone())],
            )),
        );
        return;
    }
    // The administrative form `05/HD-TU`: a slash after the number, the groups joined by
    // hyphens. A year group (`05/2026/…`) is some other form, not judged here.
    let (Some(_), Some(kh)) = (p.slash, p.ky_hieu) else {
        return;
    };
    if p.parts.len() < 2
        || p.parts
            .iter()
            .any(|&g| ctx.s(g).bytes().all(|b| b.is_ascii_digit()))
    {
        return;
    }
    let groups: Vec<&str> = p.parts.iter().map(|&g| ctx.s(g)).collect();
    let want = format!("{n}-{}/{}", groups[0], groups[1..].join("-"));
    let written = ctx.s(Span::new(num.start, kh.end));
    out.push(RULE.diag(
        Span::new(num.start, kh.end),
        format!("Số và ký hiệu \"{written}\" viết theo kiểu văn bản hành chính; văn bản của Đảng viết số, gạch nối, tên loại, gạch chéo rồi cơ quan ban hành: \"{want}\"."),
        format!("The number and symbol \"{written}\" follow the administrative form; a Party document writes the number, a hyphen, the type, a slash, then the issuer: \"{want}\"."),
    ));
}
