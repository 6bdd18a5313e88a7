use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::header::{header_date, header_so, number};
use crate::rules::common::qppl::under_law_64;
use crate::rules::common::text::sub;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "QP004",
    name: "qppl-effect-too-early",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Qppl,
    locator: "Luật 64/2025/QH15 Đ53.1; NĐ 78/2025/NĐ-CP Đ67.2",
    default_on: true,
    summary_vi: docs!("Ngày có hiệu lực của văn bản quy phạm pháp luật sớm hơn 45 ngày (trung ương) hoặc 10 ngày (địa phương) kể từ ngày ký, ngoài trường hợp trình tự, thủ tục rút gọn."),
    summary_en: docs!("A legal normative document takes effect less than 45 days (central) or 10 days (local) after signing, which only the shortened procedure (trình tự, thủ tục rút gọn) allows."),
    docs_vi: docs!("Luật 64/2025/QH15, khoản 1 Điều 53: thời điểm có hiệu lực \"không sớm hơn 45 ngày kể \
từ ngày thông qua hoặc ký ban hành đối với văn bản quy phạm pháp luật của cơ quan nhà nước ở trung ương; \
không sớm hơn 10 ngày … đối với văn bản quy phạm pháp luật của chính quyền địa phương\"; văn bản ban \
hành theo trình tự, thủ tục rút gọn và trong trường hợp đặc biệt có thể có hiệu lực kể từ ngày thông qua \
hoặc ký ban hành. Nghị định 78/2025/NĐ-CP, khoản 2 Điều 67: văn bản phải xác định cụ thể ngày, tháng, năm \
có hiệu lực. Quy tắc đọc câu `… này có hiệu lực (thi hành) (kể) từ ngày 01 tháng 7 năm 2026` (hoặc \
`01/7/2026`) trong phần nội dung (không đọc phần trích dẫn), so với ngày ký ở dòng ngày tháng; văn bản \
có ký hiệu của Hội đồng nhân dân hoặc Ủy ban nhân dân (`NQ-HĐND`, `QĐ-UBND`) tính 10 ngày, văn bản khác \
45 ngày. Văn bản không ghi ngày ký hoặc ngày có hiệu lực không viết rõ thì không báo. Vì văn bản có \
thể được ban hành đúng theo trình tự rút gọn (Thông tư 21/2026/TT-BCT ký 28/4/2026, có hiệu lực từ \
29/4/2026), và trong bộ văn bản thật dùng để đánh giá, 14 trên 33 văn bản quy phạm pháp luật \
ghi ngày sau 01/4/2025 có hiệu lực sớm hơn mốc đó, cách đọc thận trọng là chỉ lưu ý (mức thông tin, \
không phải cảnh báo) và thông báo nêu ngoại lệ đó: người soạn kiểm tra văn bản có thuộc trường hợp rút \
gọn không. Văn bản ghi ngày trước 01/4/2025 (trước Luật 64) không được báo. Chỉ áp dụng cho văn bản quy \
phạm pháp luật."),
    docs_en: docs!("Law 64/2025/QH15, Article 53(1): the time of effect is \"not earlier than 45 days \
after passage or signature for the legal normative documents of central state bodies; not earlier than \
10 days … for those of local government\"; a document made by the shortened procedure, and in special \
cases, may take effect on the day of passage or signature. Decree 78/2025/NĐ-CP, Article 67(2): the \
document must state the exact day, month and year of effect. The rule reads the sentence `… này có \
hiệu lực (thi hành) (kể) từ ngày 01 tháng 7 năm 2026` (or `01/7/2026`) in the body (never in quoted \
text) and compares it with the date of signing on the date line; a number coded for a People's Council \
or People's Committee (`NQ-HĐND`, `QĐ-UBND`) counts 10 days, any other 45. Without a date of signing \
or an explicit date of effect, nothing is reported. As a document may rightly follow the shortened \
procedure (Circular 21/2026/TT-BCT signed 28/4/2026, in force from 29/4/2026), and 14 of the 33 \
real legal normative documents dated after 01/4/2025 in the evaluation set take effect earlier than the \
floor, the conservative reading is a note (info, not a warning) whose message names that exception: \
the drafter checks whether the document is such a case. Documents dated before 01/4/2025 (before Law \
64) are not reported. Legal normative documents only."),
    bad: docs!("UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành từ ngày 10 tháng 12 năm 2025.\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSố: 28/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 12 năm 2025\nQUYẾT ĐỊNH\nQuy định mức chi\nĐiều 1. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành từ ngày 15 tháng 12 năm 2025.\n"),
    check: crate::rules::Check::Document(check),
};

/// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count (`civil_from_days`), as (year, month, day).
fn civil(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// A valid day, month and year.
fn valid(d: u32, m: u32, y: u32) -> bool {
    (1..=31).contains(&d) && (1..=12).contains(&m) && (1945..=2100).contains(&y)
}

/// The date at the start of `s` (`01 tháng 7 năm 2026`, `01/7/2026`, `01-7-2026`) and the
/// length it takes.
fn date_at(s: &str) -> Option<((u32, u32, u32), usize)> {
    let mut nums = Vec::with_capacity(3);
    let mut at = 0;
    for k in 0..3 {
        let rest = &s[at..];
        let skip = if k == 0 {
            0
        } else {
            let t = rest.trim_start_matches([' ', '\u{a0}']);
            let t2 = t
                .strip_prefix("tháng")
                .or_else(|| t.strip_prefix("năm"))
                .or_else(|| t.strip_prefix('/'))
                .or_else(|| t.strip_prefix('-'))?;
            rest.len() - t2.trim_start_matches([' ', '\u{a0}']).len()
        };
        at += skip;
        let n = s[at..].bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 4 {
            return None;
        }
        nums.push(s[at..at + n].parse().ok()?);
        at += n;
    }
    Some(((nums[0], nums[1], nums[2]), at))
}

/// The explicit dates of effect a line states for the document itself: `… này có hiệu lực
/// (thi hành) (kể) từ ngày <date>`, as (offset in the line, length, date).
fn effect_dates(line: &str) -> Vec<(usize, usize, (u32, u32, u32))> {
    let mut out = Vec::new();
    for (k, w) in line.match_indices("này có hiệu lực") {
        let mut rest = &line[k + w.len()..];
        for word in [" thi hành", " kể", " từ"] {
            rest = rest.strip_prefix(word).unwrap_or(rest);
        }
        let Some(after) = rest.strip_prefix(" ngày ") else {
            continue;
        };
        let from = line.len() - after.len();
        if let Some((date, len)) = date_at(after) {
            out.push((from, len, date));
        }
    }
    out
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !under_law_64(ctx) {
        return;
    }
    let Some((_, d)) = header_date(ctx) else {
        return;
    };
    let (Some(day), Some(month), Some(year)) = (
        number(ctx, d.day),
        number(ctx, d.month),
        number(ctx, d.year),
    ) else {
        return;
    };
    if !valid(day, month, year) {
        return;
    }
    let signed = days(year.into(), month.into(), day.into());
    let local = header_so(ctx)
        .and_then(|(_, so)| so.ky_hieu)
        .is_none_or(|k| {
            let k = ctx.s(k);
            k.contains("HĐND") || k.contains("UBND")
        });
    let (delay, whose_vi, whose_en) = if local {
        (10, "chính quyền địa phương", "local government")
    } else {
        (45, "cơ quan trung ương", "a central body")
    };
    let earliest = signed + delay;
    for i in ctx.doc.body.clone() {
        if ctx.doc.in_aside(i) {
            continue;
        }
        let line = ctx.line(i).span;
        for (from, len, (ed, em, ey)) in effect_dates(ctx.line_text(i)) {
            if !valid(ed, em, ey) {
                continue;
            }
            let effect = days(ey.into(), em.into(), ed.into());
            if effect >= earliest {
                continue;
            }
            let (y, m, d) = civil(earliest);
            out.push(RULE.diag(
                sub(line, from, len),
                format!("Ngày có hiệu lực sớm hơn {delay} ngày kể từ ngày ký ({day:02}/{month:02}/{year}) đối với văn bản của {whose_vi}; sớm nhất là {d:02}/{m:02}/{y}, trừ khi văn bản được ban hành theo trình tự, thủ tục rút gọn hoặc trong trường hợp đặc biệt."),
                format!("The date of effect is less than {delay} days after signing ({day:02}/{month:02}/{year}) for a document of {whose_en}; the earliest is {d:02}/{m:02}/{y}, unless the document follows the shortened procedure (trình tự, thủ tục rút gọn) or a special case."),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_civil_agree() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(days(2026, 3, 1) - days(2026, 2, 28), 1);
        assert_eq!(days(2024, 3, 1) - days(2024, 2, 28), 2);
        assert_eq!(civil(days(2025, 12, 5) + 45), (2026, 1, 19));
    }

    #[test]
    fn effect_dates_read_the_document_s_own_effect_only() {
        let l = "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.";
        let found = effect_dates(l);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &l[found[0].0..found[0].0 + found[0].1],
            "01 tháng 7 năm 2026"
        );
        assert_eq!(found[0].2, (1, 7, 2026));
        let l = "Nghị quyết này có hiệu lực từ ngày 15/12/2025.";
        assert_eq!(effect_dates(l)[0].2, (15, 12, 2025));
        // Another document's end of effect, a date cited, the day of signing.
        for l in [
            "Thông tư số 10/2020/TT-BCT ngày 5 tháng 6 năm 2020 hết hiệu lực kể từ ngày Thông tư này có hiệu lực.",
            "Quyết định này có hiệu lực kể từ ngày ký.",
            "Giấy phép có hiệu lực từ ngày 01 tháng 7 năm 2020.",
        ] {
            assert!(effect_dates(l).is_empty(), "{l}");
        }
    }
}
