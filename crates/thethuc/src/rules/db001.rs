use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::header::{header_date, issuer_lines};
use crate::rules::common::map::{
    ceased, doc_day, find_words, in_line, key, marked_as_past, name_keys, proper, show_day,
    unit_name, Day,
};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DB001",
    name: "ceased-province",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Structured,
    locator: "NQ 202/2025/QH15; NQ 175/2024/QH15; NQ 30/2026/QH16",
    default_on: true,
    summary_vi: docs!("Tên tỉnh đã không còn (sau sắp xếp năm 2025) ở tên cơ quan ban hành, cơ quan chủ quản \
hoặc địa danh, trong văn bản ghi ngày sau ngày tỉnh đó chấm dứt."),
    summary_en: docs!("A province name that ceased (the 2025 reform) in the issuer, the parent body or the \
place of the date line, in a document dated after its last day."),
    docs_vi: docs!("Nghị quyết 202/2025/QH15 sắp xếp 63 đơn vị hành chính cấp tỉnh thành 34 từ ngày \
01/7/2025 (danh sách theo Phụ lục Nghị quyết 60-NQ/TW, mã theo Quyết định 19/2025/QĐ-TTg); 29 tên tỉnh \
chấm dứt sau ngày 30/6/2025. Tỉnh Thừa Thiên Huế thành Thành phố Huế từ 01/01/2025 (Nghị quyết \
175/2024/QH15); Tỉnh Đồng Nai thành Thành phố Đồng Nai từ 30/4/2026 (Nghị quyết 30/2026/QH16). Mẫu \
chép từ văn bản năm trước hay còn giữ `UBND TỈNH KON TUM` hay `Kon Tum, ngày …`. Quy tắc đọc tên cơ \
quan ban hành và cơ quan chủ quản (ô số 2: `TỈNH KON TUM`, `TỈNH ỦY KON TUM`, `ĐẢNG BỘ TỈNH KON TUM`) \
và địa danh của dòng ngày tháng (ô số 4), và chỉ báo khi văn bản có năm ban hành viết rõ và ngày đó \
(ngày, tháng để trống tính từ ngày đầu) sau ngày cuối cùng của tên tỉnh; thông báo nêu đơn vị kế thừa. \
Địa danh chỉ bị báo khi phần đầu cho thấy cơ quan cấp tỉnh (có chữ `TỈNH` hoặc là một `SỞ`) và không \
có cơ quan cấp xã: nhiều xã, phường mới mang tên tỉnh cũ (phường Kon Tum, phường Bến Tre), và cơ quan \
cấp xã ghi địa danh là tên xã, phường. Tên còn giữ sau khi đổi loại đơn vị (`Đồng Nai`) không bị báo ở \
địa danh. Không báo tên dùng như lịch sử (`tỉnh Kon Tum (cũ)`, `nay là …`), trích dẫn văn bản cũ, và \
mọi câu trong phần nội dung. Áp dụng cho mọi văn bản nhận dạng được: văn bản hành chính, văn bản của \
Đảng (`TỈNH ỦY`, `ĐẢNG BỘ TỈNH`), văn bản quy phạm pháp luật. Mức cảnh báo, không sửa tự động: văn bản có thể là bản sao lưu, và tên mới cần người soạn xác \
nhận."),
    docs_en: docs!("Resolution 202/2025/QH15 merged the 63 province-level units into 34 from 01/7/2025 \
(list per the annex of NQ 60-NQ/TW, codes per QĐ 19/2025/QĐ-TTg); 29 province names ended after \
30/6/2025. Tỉnh Thừa Thiên Huế became Thành phố Huế on 01/01/2025 (NQ 175/2024/QH15); Tỉnh Đồng Nai \
became Thành phố Đồng Nai on 30/4/2026 (NQ 30/2026/QH16). Templates copied from last year keep \
`UBND TỈNH KON TUM` or `Kon Tum, ngày …`. The rule reads the issuer and parent-body lines (box 2: \
`TỈNH KON TUM`, `TỈNH ỦY KON TUM`, `ĐẢNG BỘ TỈNH KON TUM`) and the place of the date line (box 4), \
and reports only when the document's year is written and its date (a blank day or month counts from \
the first) is after the name's last day; the message names the successor. The place is reported only \
when the header shows a provincial body (the word `TỈNH`, or a `SỞ`) and no commune-level body: many \
new communes carry an old province's name (phường Kon Tum, phường Bến Tre), and a commune-level body \
writes its commune as the place. A name kept when the unit's kind changed (`Đồng Nai`) is not reported \
as a place. Names used as history (`tỉnh Kon Tum (cũ)`, `nay là …`), citations of old documents and \
every sentence of the body are left alone. Applies to every recognised document: administrative, Party \
(`TỈNH ỦY`, `ĐẢNG BỘ TỈNH`) and legal normative documents. A warning without a fix: the document may be a filed copy, and the new name needs \
the drafter's word."),
    bad: docs!("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 12/KH-UBND\nKon Tum, ngày 15 tháng 8 năm 2025\n"),
    good: docs!("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nQuảng Ngãi, ngày 15 tháng 8 năm 2025\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(day) = doc_day(ctx) else {
        return;
    };
    let gone: Vec<_> = ceased()
        .filter(|c| day > c.last)
        .map(|c| {
            let keys = name_keys(proper(c.name));
            (c, keys)
        })
        .collect();
    if gone.is_empty() {
        return;
    }
    let (mut provincial, mut communal) = (false, false);
    for i in issuer_lines(ctx) {
        let words = ctx.words(i);
        let keys: Vec<String> = words.iter().map(|(_, w)| key(w)).collect();
        provincial |= keys.iter().any(|k| k == "tỉnh") || keys.first().is_some_and(|k| k == "sở");
        communal |= keys.iter().any(|k| k == "xã" || k == "phường")
            || find_words(&keys, &["đặc".into(), "khu".into()], 0).is_some();
        let line = ctx.line(i).span;
        for (c, name) in &gone {
            let mut from = 0;
            while let Some(k) = find_words(&keys, name, from) {
                from = k + 1;
                // `TỈNH KON TUM`, `TỈNH ỦY KON TUM`: a commune of that name (`PHƯỜNG KON TUM`)
                // is another unit, alive.
                let start = match (
                    k.checked_sub(2).map(|j| &keys[j..k]),
                    keys.get(k.wrapping_sub(1)),
                ) {
                    (_, Some(t)) if t == "tỉnh" => k - 1,
                    (Some([t, u]), _) if t == "tỉnh" && u == "ủy" => k - 2,
                    _ => continue,
                };
                let end = words[k + name.len() - 1];
                let span = in_line(line, words[start].0, end.0 + end.1.len());
                if marked_as_past(ctx.s(Span::new(span.end, line.end))) {
                    continue;
                }
                out.push(found(ctx, span, c.name, c.last, c.successor, day));
                break;
            }
        }
    }
    let Some((_, d)) = header_date(ctx) else {
        return;
    };
    let keys = name_keys(ctx.s(d.place));
    for (c, name) in &gone {
        let with_kind = keys.len() == name.len() + 1 && keys[0] == "tỉnh" && keys[1..] == name[..];
        // The successor's name is looked up only for a place that is the ceased name (a table
        // search per ceased name on every document was a tenth of a check).
        let bare = || {
            keys == *name && provincial && !communal && {
                let successor = unit_name(c.successor, day).unwrap_or("");
                proper(successor) != proper(c.name)
            }
        };
        if with_kind || bare() {
            out.push(found(ctx, d.place, c.name, c.last, c.successor, day));
        }
    }
}

fn found(ctx: &Ctx<'_>, span: Span, name: &str, last: Day, code: &str, day: Day) -> Diagnostic {
    let t = ctx.s(span);
    let successor = unit_name(code, day).unwrap_or("");
    let last = show_day(last);
    RULE.diag(
        span,
        format!("\"{t}\": {name} chỉ tồn tại đến ngày {last}, trước ngày của văn bản; đơn vị kế thừa: {successor} (địa danh: {}).", proper(successor)),
        format!("\"{t}\": {name} existed until {last}, before the document's date; its successor: {successor} (place name: {}).", proper(successor)),
    )
}
