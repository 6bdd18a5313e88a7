use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::body::{paragraph_span, preamble_runs};
use crate::rules::common::map::{doc_day, key, law_in_force, laws, show_day};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DB004",
    name: "stale-can-cu",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Structured,
    locator: "Luật 63/2025/QH15; Luật 64/2025/QH15; Luật 72/2025/QH15",
    default_on: true,
    summary_vi: docs!("Căn cứ viện dẫn luật đã bị thay thế (Luật Tổ chức chính quyền địa phương 2015, Luật Tổ \
chức Chính phủ 2015, Luật Ban hành văn bản quy phạm pháp luật 2015 …) trong văn bản ghi ngày sau khi luật \
mới có hiệu lực."),
    summary_en: docs!("A căn cứ that cites a replaced law (the 2015 Laws on the Organisation of Local \
Government, of the Government, on Legal Documents …) in a document dated after the new law took effect."),
    docs_vi: docs!("Năm 2025 các luật về tổ chức bộ máy được thay thế: Luật Tổ chức Chính phủ số \
63/2025/QH15 (từ 01/3/2025) thay Luật ngày 19/6/2015 (76/2015/QH13); Luật Tổ chức chính quyền địa phương \
số 65/2025/QH15 (từ 01/3/2025) thay Luật ngày 19/6/2015 (77/2015/QH13) và Luật sửa đổi ngày 22/11/2019 \
(47/2019/QH14), rồi Luật số 72/2025/QH15 ngày 16/6/2025 thay Luật 65/2025/QH15 (quy tắc tính Luật 65 \
hết hiệu lực sau 30/6/2025, mốc thận trọng); Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 \
(từ 01/4/2025) thay Luật ngày 22/6/2015 (80/2015/QH13) và Luật sửa đổi ngày 18/6/2020 (63/2020/QH14). \
Văn bản ban hành sau các mốc đó mà vẫn `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm \
2015` thường là chép từ mẫu cũ. Quy tắc chỉ đọc các đoạn căn cứ (phần mở đầu), nhận luật qua tên và \
ngày ban hành viết ngay sau tên (`ngày 19 tháng 6 năm 2015`, `ngày 19/6/2015`) hoặc qua số hiệu \
(`77/2015/QH13`), và chỉ báo khi văn bản có năm ban hành viết rõ và ghi ngày sau ngày cuối cùng luật \
cũ còn hiệu lực; thông báo nêu luật đang có hiệu lực vào ngày của văn bản. Không đọc phần nội dung \
(một câu kể lại lịch sử, trích dẫn văn bản cũ). Áp dụng cho mọi văn bản nhận dạng được. Mức cảnh \
báo, không sửa tự động: căn cứ cần người soạn chọn lại."),
    docs_en: docs!("In 2025 the laws on the state's organisation were replaced: the Law on the \
Organisation of the Government 63/2025/QH15 (from 01/3/2025) replaced the law of 19/6/2015 \
(76/2015/QH13); the Law on the Organisation of Local Government 65/2025/QH15 (from 01/3/2025) replaced \
the law of 19/6/2015 (77/2015/QH13) and the amending law of 22/11/2019 (47/2019/QH14), then Law \
72/2025/QH15 of 16/6/2025 replaced Law 65/2025/QH15 (the rule counts Law 65 in force until 30/6/2025, a \
cautious bound); the Law on Legal Documents 64/2025/QH15 (from 01/4/2025) replaced the law of 22/6/2015 \
(80/2015/QH13) and the amending law of 18/6/2020 (63/2020/QH14). A document issued after those days \
that still says `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015` was usually \
copied from an old template. The rule reads the căn cứ paragraphs (the preamble) only, knows a law by \
its title and the date written right after it (`ngày 19 tháng 6 năm 2015`, `ngày 19/6/2015`) or by its \
number (`77/2015/QH13`), and reports only when the document's year is written and its date is after \
the old law's last day in force; the message names the law in force on the document's date. The body \
is never read (a sentence about the past, a citation of an old document). Applies to every recognised \
document. A warning without a fix: the drafter picks the căn cứ."),
    bad: docs!("Số: 12/QĐ-UBND\nLào Cai, ngày 15 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"),
    good: docs!("Số: 12/QĐ-UBND\nLào Cai, ngày 15 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"),
    check: crate::rules::Check::Document(check),
};

/// The date written at the start of `s` (`ngày 19 tháng 6 năm 2015`, `ngày 19/6/2015`,
/// `19/06/2015`), as (day, month, year), and the length of `s` up to its end.
fn date_at(whole: &str) -> Option<((u32, u32, u32), usize)> {
    let s = whole.trim_start_matches([' ', ',', '\u{a0}']);
    let s = s.strip_prefix("ngày").unwrap_or(s);
    let mut nums = Vec::new();
    let mut rest = s;
    for _ in 0..3 {
        let t = rest.trim_start_matches([' ', '/', '-', '.', '\u{a0}']);
        let t = t
            .strip_prefix("tháng")
            .or_else(|| t.strip_prefix("năm"))
            .unwrap_or(t);
        let t = t.trim_start();
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 4 {
            return None;
        }
        nums.push(t[..n].parse().ok()?);
        rest = &t[n..];
    }
    Some(((nums[0], nums[1], nums[2]), whole.len() - rest.len()))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(day) = doc_day(ctx) else {
        return;
    };
    let stale: Vec<_> = laws().filter(|l| day > l.last).collect();
    if stale.is_empty() {
        return;
    }
    for run in preamble_runs(ctx) {
        for &p in &run {
            let span = paragraph_span(ctx, &ctx.doc.paragraphs[p]);
            // Folding keeps byte offsets, and so does a line break made a space: positions in
            // `folded` are positions in the text.
            let folded = key(ctx.s(span)).replace(['\n', '\r'], " ");
            if !folded.trim_start().starts_with("căn cứ") {
                continue;
            }
            let mut seen: Vec<(usize, usize)> = Vec::new();
            for law in &stale {
                let title = format!("luật {}", key(law.title));
                let by_title = folded.match_indices(&title).find_map(|(at, _)| {
                    let after = at + title.len();
                    let (date, len) = date_at(&folded[after..])?;
                    (date == law.date).then_some((at, after + len))
                });
                let number = key(law.number);
                let by_number = folded.match_indices(&number).find_map(|(at, _)| {
                    let digit_before = folded[..at].ends_with(|c: char| c.is_ascii_digit());
                    (!digit_before).then_some((at, at + number.len()))
                });
                let Some((a, b)) = by_title.or(by_number) else {
                    continue;
                };
                if seen.iter().any(|&(x, y)| a < y && x < b) {
                    continue;
                }
                seen.push((a, b));
                let at = crate::rules::common::map::in_line(span, a, b);
                let t = ctx.s(at);
                let now = law_in_force(law.successor, day);
                let last = show_day(law.last);
                out.push(RULE.diag(
                    at,
                    format!("\"{t}\" ({}) chỉ còn hiệu lực đến ngày {last}, trước ngày của văn bản; luật đang có hiệu lực: Luật số {now}.", law.number),
                    format!("\"{t}\" ({}) was in force until {last}, before the document's date; the law in force: Law {now}.", law.number),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::date_at;

    #[test]
    fn dates_after_a_title() {
        assert_eq!(
            date_at(" ngày 19 tháng 6 năm 2015;"),
            Some(((19, 6, 2015), 28))
        );
        assert_eq!(date_at(" ngày 19/06/2015"), Some(((19, 6, 2015), 17)));
        assert_eq!(
            date_at(", ngày 22 tháng 11 năm 2019"),
            Some(((22, 11, 2019), 30))
        );
        assert_eq!(date_at(" 19-6-2015"), Some(((19, 6, 2015), 10)));
        assert_eq!(date_at(" số 72/2025/QH15"), None);
        assert_eq!(date_at(" ngày 16 tháng 6"), None);
    }
}
