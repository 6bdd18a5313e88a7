use crate::diagnostic::Severity;
use crate::rules::ck003::{authority_line, title_words};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK005",
    name: "tm-not-collective",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "Đ13",
    default_on: true,
    summary_vi: "Sau `TM.` là một chức vụ (`TM. GIÁM ĐỐC`) thay vì tên tập thể (`TM. ỦY BAN NHÂN DÂN`).",
    summary_en: "`TM.` followed by a position (`TM. GIÁM ĐỐC`) instead of a collective body (`TM. ỦY BAN NHÂN DÂN`, `TM. HỘI ĐỒNG …`, `TM. BAN THƯỜNG VỤ`).",
    docs_vi: docs!("`TM.` (thay mặt) chỉ dùng khi người đứng đầu ký thay mặt một tập thể làm việc theo chế độ tập \
thể; chữ viết tắt đứng trước tên tập thể hoặc tên cơ quan (Điều 13 Nghị định 30/2020/NĐ-CP): \
`TM. ỦY BAN NHÂN DÂN`, `TM. HỘI ĐỒNG NHÂN DÂN`, `TM. BAN THƯỜNG VỤ`, `TM. BAN CHẤP HÀNH`, \
`TM. ĐOÀN KIỂM TRA`, `TM. TỔ CÔNG TÁC`. Báo cảnh báo khi sau `TM.` là một chức vụ (`TM. GIÁM ĐỐC`, \
`TM. CHỦ TỊCH`, `TM. TRƯỞNG BAN`): người đứng đầu ký với chức vụ của mình thì không ghi `TM.`, cấp phó \
ký thay thì ghi `KT.`. Tên không nhận ra là chức vụ thì không báo. Không sửa tự động."),
    docs_en: docs!("`TM.` (on behalf of) is used only when the head signs for a body run as a collective; the \
prefix goes before the collective's or body's name (Article 13 of ND30): `TM. ỦY BAN NHÂN DÂN`, \
`TM. HỘI ĐỒNG NHÂN DÂN`, `TM. BAN THƯỜNG VỤ`, `TM. BAN CHẤP HÀNH`, `TM. ĐOÀN KIỂM TRA`, \
`TM. TỔ CÔNG TÁC`. Reported when `TM.` is followed by a position (`TM. GIÁM ĐỐC`, `TM. CHỦ TỊCH`, \
`TM. TRƯỞNG BAN`): a head signing in their own capacity writes no prefix, a deputy writes `KT.`. Names \
not recognised as positions are not reported. No automatic fix."),
    bad: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nTM. GIÁM ĐỐC\nGIÁM ĐỐC\nNguyễn Văn An\n",
    good: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n",
    check,
};

/// Titles of a person, not of a collective (capitals).
const POSITIONS: &[&str] = &[
    "GIÁM ĐỐC",
    "TỔNG GIÁM ĐỐC",
    "PHÓ",
    "CHỦ TỊCH",
    "CHỦ NHIỆM",
    "CHÁNH VĂN PHÒNG",
    "CHÁNH THANH TRA",
    "CHÁNH ÁN",
    "THỦ TƯỚNG",
    "THỦ TRƯỞNG",
    "BÍ THƯ",
    "TỔNG BÍ THƯ",
    "TƯ LỆNH",
    "TỔNG BIÊN TẬP",
    "TỔNG THƯ KÝ",
    "TỔNG KIỂM TOÁN",
    "KẾ TOÁN TRƯỞNG",
    "CHỈ HUY TRƯỞNG",
];

/// A person's title: a listed one, `TRƯỞNG …`, or `<X> TRƯỞNG` (`BỘ TRƯỞNG`, `CỤC TRƯỞNG`).
pub(crate) fn is_position_title(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    // Word by word, without collecting the listed title: this runs for every signature line.
    let starts = |p: &str| {
        let mut title_words = words.iter();
        p.split_whitespace().all(|w| title_words.next() == Some(&w))
    };
    POSITIONS.iter().any(|p| starts(p))
        || words.first() == Some(&"TRƯỞNG")
        || (words.get(1) == Some(&"TRƯỞNG") && words.first() != Some(&"BAN"))
        || (words.get(2) == Some(&"TRƯỞNG")
            && matches!(words.first(), Some(&"TỔNG") | Some(&"CHI")))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    for &i in &ctx.doc.closing.signature.authority {
        let Some(a) = authority_line(ctx, i) else {
            continue;
        };
        if a.canonical != "TM" {
            continue;
        }
        let title = title_words(ctx, &a);
        if !is_position_title(&title) {
            continue;
        }
        let line = ctx.line_text(i);
        out.push(RULE.diag(
            ctx.line(i).span,
            format!(
                "\"{line}\": sau \"TM.\" phải là tên tập thể (\"TM. ỦY BAN NHÂN DÂN\", \"TM. HỘI ĐỒNG …\"), \
không phải chức vụ \"{title}\"; người đứng đầu ký thì bỏ \"TM.\", cấp phó ký thay thì dùng \"KT.\"."
            ),
            format!(
                "\"{line}\": \"TM.\" must be followed by a collective body (\"TM. ỦY BAN NHÂN DÂN\", \"TM. HỘI ĐỒNG …\"), \
not the position \"{title}\"; a head signing drops \"TM.\", a deputy signing for the head writes \"KT.\"."
            ),
        ));
    }
}
