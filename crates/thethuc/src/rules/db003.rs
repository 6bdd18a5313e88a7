use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::header::{header_so, issuer_lines};
use crate::rules::common::map::{
    bodies, doc_day, find_words, in_line, key, marked_as_past, name_keys, show_day,
};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DB003",
    name: "dissolved-body",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Structured,
    locator: "NQ 176/2025/QH15; NĐ 45/2025/NĐ-CP",
    default_on: true,
    summary_vi: docs!("Bộ, sở đã giải thể hoặc hợp nhất từ 01/3/2025 (Kế hoạch và Đầu tư, Giao thông vận tải, \
Thông tin và Truyền thông …) làm cơ quan ban hành, chủ quản, hoặc mã của nó trong ký hiệu của văn bản \
ghi ngày sau 28/02/2025."),
    summary_en: docs!("A ministry or department dissolved or merged on 01/3/2025 (Planning and Investment, \
Transport, Information and Communications …) as issuer or parent body, or its code in the ký hiệu, in a \
document dated after 28/02/2025."),
    docs_vi: docs!("Nghị quyết 176/2025/QH15 (từ 01/3/2025) tổ chức lại Chính phủ còn 14 bộ và 3 cơ quan \
ngang bộ: Bộ Kế hoạch và Đầu tư nhập vào Bộ Tài chính; Bộ Lao động - Thương binh và Xã hội vào Bộ Nội \
vụ; Bộ Giao thông vận tải vào Bộ Xây dựng; Bộ Tài nguyên và Môi trường và Bộ Nông nghiệp và Phát triển \
nông thôn thành Bộ Nông nghiệp và Môi trường; Bộ Thông tin và Truyền thông chia cho Bộ Khoa học và Công \
nghệ và Bộ Văn hóa, Thể thao và Du lịch (báo chí); Ủy ban Dân tộc thành Bộ Dân tộc và Tôn giáo. Các sở \
của UBND tỉnh được sắp xếp theo (Nghị định 45/2025/NĐ-CP, nay là Nghị định 150/2025/NĐ-CP): Sở Kế hoạch \
và Đầu tư, Sở Giao thông vận tải, Sở Thông tin và Truyền thông, Sở Lao động - Thương binh và Xã hội, Sở \
Tài nguyên và Môi trường, Sở Nông nghiệp và Phát triển nông thôn và Ban Dân tộc không còn. Quy tắc đọc \
tên cơ quan ban hành, cơ quan chủ quản (ô số 2, cả dạng viết tắt `SỞ KH&ĐT`, `SỞ TN&MT`) và ký hiệu của \
chính văn bản (ô số 3: `BKHĐT`, `BTTTT`, `SKHĐT` …; không đọc số hiệu văn bản được trích dẫn), và báo \
khi văn bản có năm ban hành viết rõ và ghi ngày sau 28/02/2025; thông báo nêu cơ quan tiếp nhận. `BAN \
DÂN TỘC` chỉ bị báo khi là dòng tên cơ quan và phần đầu không có Hội đồng nhân dân (Ban Dân tộc của \
HĐND tỉnh vẫn còn). Không báo tên dùng như lịch sử (`(cũ)`, `trước đây là`) và các câu trong phần nội \
dung. Áp dụng cho mọi văn bản nhận dạng được (văn bản hành chính, văn bản quy phạm pháp luật; ký \
hiệu dạng của Đảng không được đọc). Mức cảnh báo, không sửa tự động."),
    docs_en: docs!("Resolution 176/2025/QH15 (from 01/3/2025) left the Government 14 ministries and 3 \
ministry-level bodies: Planning and Investment went into Finance; Labour, Invalids and Social Affairs \
into Home Affairs; Transport into Construction; Natural Resources and Environment and Agriculture and \
Rural Development became Agriculture and Environment; Information and Communications was split between \
Science and Technology and Culture, Sports and Tourism (the press); the Committee for Ethnic Minority \
Affairs (Ủy ban Dân tộc) became the Ministry of Ethnic and Religious Affairs. The provincial \
departments followed (NĐ 45/2025/NĐ-CP, now NĐ 150/2025/NĐ-CP): the Sở Kế hoạch và Đầu tư, Giao thông \
vận tải, Thông tin và Truyền thông, Lao động - Thương binh và Xã hội, Tài nguyên và Môi trường, Nông \
nghiệp và Phát triển nông thôn and the Ban Dân tộc are gone. The rule reads the issuer and parent-body \
lines (box 2, short forms such as `SỞ KH&ĐT`, `SỞ TN&MT` too) and the document's own ký hiệu (box 3: \
`BKHĐT`, `BTTTT`, `SKHĐT` …; never the numbers of cited documents), and reports when the document's \
year is written and its date is after 28/02/2025; the message names the body that took over. `BAN DÂN \
TỘC` is reported only as a line of its own in a header without a People's Council (the council's own \
Ban Dân tộc still exists). Names used as history (`(cũ)`, `trước đây là`) and sentences of the body are \
left alone. Applies to every recognised document (administrative and legal normative; a Party-form number is \
not read). A warning without a fix."),
    bad: docs!("UBND TỈNH LÀO CAI\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 12/KH-SKHĐT\nLào Cai, ngày 15 tháng 8 năm 2025\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSỞ TÀI CHÍNH\nSố: 12/KH-STC\nLào Cai, ngày 15 tháng 8 năm 2025\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(day) = doc_day(ctx) else {
        return;
    };
    let gone: Vec<_> = bodies().filter(|b| day > b.last).collect();
    if gone.is_empty() {
        return;
    }
    // Each issuer line with its words as keys, and each body's names as keys, made once.
    let lines: Vec<(usize, Vec<String>)> = issuer_lines(ctx)
        .into_iter()
        .map(|i| (i, ctx.words(i).iter().map(|(_, w)| key(w)).collect()))
        .collect();
    let names: Vec<Vec<Vec<String>>> = gone
        .iter()
        .map(|b| b.names.split('|').map(name_keys).collect())
        .collect();
    let council_name = name_keys("hội đồng nhân dân");
    let council = lines.iter().any(|(_, keys)| {
        keys.iter().any(|k| k == "hđnd") || find_words(keys, &council_name, 0).is_some()
    });
    for (i, keys) in &lines {
        let words = ctx.words(*i);
        let line = ctx.line(*i).span;
        'body: for (b, names) in gone.iter().zip(&names) {
            for name in names {
                let Some(k) = find_words(keys, name, 0) else {
                    continue;
                };
                // The council's own Ban Dân tộc lives on; so does anything named after it
                // (`ỦY BAN DÂN TỘC` is its own row).
                if b.codes.is_empty() && (k != 0 || council) {
                    continue;
                }
                let end = words[k + name.len() - 1];
                let span = in_line(line, words[k].0, end.0 + end.1.len());
                if marked_as_past(ctx.s(Span::new(span.end, line.end))) {
                    continue;
                }
                out.push(found(ctx, span, b.name(), b.last, b.successor));
                break 'body;
            }
        }
    }
    let Some((_, so)) = header_so(ctx) else {
        return;
    };
    for &part in &so.parts {
        let code = key(ctx.s(part));
        if let Some(b) = gone
            .iter()
            .find(|b| !b.codes.is_empty() && b.codes.split('|').any(|c| key(c) == code))
        {
            out.push(found(ctx, part, b.name(), b.last, b.successor));
        }
    }
}

fn found(ctx: &Ctx<'_>, span: Span, name: &str, last: u32, successor: &str) -> Diagnostic {
    let t = ctx.s(span);
    let last = show_day(last);
    RULE.diag(
        span,
        format!("\"{t}\": {name} chỉ tồn tại đến ngày {last}, trước ngày của văn bản; nhiệm vụ nay thuộc {successor}."),
        format!("\"{t}\": {name} existed until {last}, before the document's date; its tasks now belong to {successor}."),
    )
}
