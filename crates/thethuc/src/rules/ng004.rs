use crate::diagnostic::Severity;
use crate::rules::common::header::{header_date, number};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NG004",
    name: "date-invalid",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.4",
    default_on: true,
    summary_vi: docs!("Ngày tháng không có thật (`ngày 31 tháng 4`, 29/02 của năm không nhuận) hoặc năm nằm \
ngoài khoảng hợp lý."),
    summary_en: docs!("Impossible date (`ngày 31 tháng 4`, 29/02 in a non-leap year), or year outside \
1945..(today+1)."),
    docs_vi: docs!("Thời gian ban hành (ô số 4, Phụ lục I Nghị định 30/2020/NĐ-CP) phải là một ngày có thật. \
Quy tắc báo: tháng ngoài 1–12, ngày 0 hoặc vượt số ngày của tháng (`ngày 31 tháng 4`, `ngày 30 tháng \
02`, `ngày 29 tháng 02` của năm không nhuận, theo lịch Gregory), và năm trước 1945. Thư viện không đọc \
đồng hồ hệ thống (để kết quả không phụ thuộc ngày chạy), nên giới hạn trên \"năm nay + 1\" được thay \
bằng một mốc an toàn: năm sau 2100 mới bị báo. Áp dụng cho cả dạng chữ và dạng số `15/3/2026`. Không \
có sửa tự động: công cụ không đoán ngày đúng. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `<Địa danh>, ngày … tháng … năm …` đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The date of issue (box 4, Phụ lục I of ND30) must exist. Reported: a month outside 1–12, day \
0 or beyond the month's length (`ngày 31 tháng 4`, `ngày 30 tháng 02`, `ngày 29 tháng 02` in a non-leap \
year, Gregorian calendar), and years before 1945. The library does not read the system clock (so results \
do not depend on the day it runs), so the upper bound \"this year + 1\" is replaced by a safe limit: only \
years after 2100 are reported. Applies to the word form and the numeric form `15/3/2026`. No automatic \
fix: the right date is never guessed. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the place-and-date line as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Lào Cai, ngày 31 tháng 4 năm 2026\n"),
    good: docs!("Lào Cai, ngày 31 tháng 3 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

/// The first year of the Democratic Republic of Vietnam.
const FIRST_YEAR: u32 = 1945;
/// Stands for "this year + 1": the library is pure and has no clock.
const LAST_YEAR: u32 = 2100;

pub(crate) fn days_in_month(month: u32, year: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((i, d)) = header_date(ctx) else {
        return;
    };
    let line = ctx.line(i).span;
    let t = ctx.s(line);
    let day = number(ctx, d.day);
    let month = number(ctx, d.month);
    let year = number(ctx, d.year);
    let cover = |parts: &[Option<Span>]| {
        let spans: Vec<Span> = parts.iter().flatten().copied().collect();
        match (spans.first(), spans.last()) {
            (Some(a), Some(b)) => Span::cover(*a, *b),
            _ => line,
        }
    };
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            out.push(RULE.diag(
                cover(&[d.month]),
                format!("Tháng {m} không có thật (tháng từ 1 đến 12): \"{t}\"."),
                format!("There is no month {m} (months run 1 to 12): \"{t}\"."),
            ));
        } else if let Some(dd) = day {
            // Without a year, February may have 29 days.
            let max = days_in_month(m, year.unwrap_or(2000));
            if dd == 0 || dd > max {
                let leap = m == 2 && dd == 29;
                let (vi, en) = if leap {
                    (
                        format!(
                            "Năm {} không nhuận nên tháng 02 chỉ có 28 ngày: \"{t}\".",
                            year.unwrap_or(0)
                        ),
                        format!(
                            "{} is not a leap year, so February has 28 days: \"{t}\".",
                            year.unwrap_or(0)
                        ),
                    )
                } else {
                    (
                        format!("Ngày {dd} tháng {m} không có thật (tháng {m} có {max} ngày): \"{t}\"."),
                        format!("Day {dd} of month {m} does not exist (month {m} has {max} days): \"{t}\"."),
                    )
                };
                out.push(RULE.diag(cover(&[d.day, d.month]), vi, en));
            }
        }
    } else if day == Some(0) || day.is_some_and(|x| x > 31) {
        out.push(RULE.diag(
            cover(&[d.day]),
            format!("Ngày không có thật: \"{t}\"."),
            format!("The day does not exist: \"{t}\"."),
        ));
    }
    if let Some(y) = year {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
            out.push(RULE.diag(
                cover(&[d.year]),
                format!("Năm {y} nằm ngoài khoảng hợp lý ({FIRST_YEAR}–{LAST_YEAR}): \"{t}\"."),
                format!("The year {y} is out of range ({FIRST_YEAR}–{LAST_YEAR}): \"{t}\"."),
            ));
        }
    }
}
