use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::common::signature::authority_line;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG003",
    name: "party-authority-prefix",
    severity: Severity::Error,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 7.1",
    default_on: true,
    summary_vi: docs!("Văn bản của Đảng ghi quyền hạn ký theo kiểu văn bản hành chính (`TM.`, `KT.`, `TL.`, `TUQ.`) thay cho `T/M`, `K/T`, `T/L`."),
    summary_en: docs!("A Party document writes the signing authority the administrative way (`TM.`, `KT.`, `TL.`, `TUQ.`) instead of `T/M`, `K/T`, `T/L`."),
    docs_vi: docs!("Văn bản của Đảng ghi quyền hạn ký bằng dấu gạch chéo: `T/M` (thay mặt cấp ủy, ủy ban kiểm tra, \
hội đồng, đoàn chủ tịch), `K/T` (ký thay người đứng đầu), `T/L` (thừa lệnh), và `Q.` khi quyền; không có \
dấu chấm sau `T/M`, `K/T`, `T/L` và không có `TUQ` (Hướng dẫn 05-HD/VPTW, mục 7.1 và Phụ lục 2; Hướng dẫn \
36-HD/VPTW cũng vậy). `TM.`, `KT.`, `TL.`, `TUQ.` là cách viết của văn bản hành chính (Nghị định 30). Sửa \
tự động an toàn: `TM.` thành `T/M`, `KT.` thành `K/T`, `TL.` thành `T/L`, bỏ dấu chấm sau `T/M.`; với \
`TUQ.` không có sửa tự động (văn bản của Đảng ký thừa lệnh `T/L` theo ủy quyền của ban thường vụ hoặc \
người đứng đầu, người soạn phải chọn)."),
    docs_en: docs!("A Party document writes the signing authority with a slash: `T/M` (on behalf of a committee, \
an inspection commission, a council, a presidium), `K/T` (for the head), `T/L` (by order), and `Q.` for \
an acting head; no period after `T/M`, `K/T`, `T/L`, and no `TUQ` (Hướng dẫn 05-HD/VPTW, 7.1 and Phụ lục 2; \
Hướng dẫn 36-HD/VPTW alike). `TM.`, `KT.`, `TL.`, `TUQ.` are the administrative forms (ND30). Safe fix: \
`TM.` to `T/M`, `KT.` to `K/T`, `TL.` to `T/L`, and the period after `T/M.` dropped; none for `TUQ.` (a \
Party document signs `T/L` by the standing committee's or the head's leave: the drafter chooses)."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/TU\n\nNơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/TU\n\nNơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for &i in &ctx.doc.closing.signature.authority {
        let Some(a) = authority_line(ctx, i) else {
            continue;
        };
        let head = Span::new(a.prefix.start, a.title.start);
        let written = ctx.s(head);
        let title = ctx.s(a.title);
        let wanted = match a.canonical {
            "TM" => Some("T/M "),
            "KT" => Some("K/T "),
            "TL" => Some("T/L "),
            "Q" => Some("Q. "),
            _ => None,
        };
        if wanted == Some(written) {
            continue;
        }
        let shown = written.trim_end();
        let diag = match wanted {
            Some(w) => RULE
                .diag(
                    head,
                    format!("Văn bản của Đảng ghi quyền hạn ký \"{shown}\"; đúng là \"{w}{title}\"."),
                    format!("A Party document writes the signing authority \"{shown}\"; it must read \"{w}{title}\"."),
                )
                .with_fix(Fix::safe(
                    Message::new(
                        format!("Viết thành \"{}\"", w.trim_end()),
                        format!("Write \"{}\"", w.trim_end()),
                    ),
                    vec![Edit::replace(head, w)],
                )),
            None => RULE.diag(
                head,
                format!("Văn bản của Đảng không dùng \"{shown}\" (ủy quyền theo văn bản hành chính); ký thừa lệnh ghi \"T/L\"."),
                format!("A Party document does not use \"{shown}\" (the administrative delegation); signing by order reads \"T/L\"."),
            ),
        };
        out.push(diag);
    }
}
