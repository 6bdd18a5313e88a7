use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::header::{header_date, number};
use crate::rules::common::text::preview;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NG005",
    name: "date-form",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.4",
    default_on: true,
    summary_vi: docs!("Không đúng dạng `<Địa danh>, ngày DD tháng M năm YYYY`: viết dạng số `15/3/2026`, thiếu \
dấu phẩy sau địa danh, dấu chấm cuối dòng, thừa dấu cách."),
    summary_en: docs!("Not `<Địa danh>, ngày DD tháng M năm YYYY`: numeric `15/3/2026`, missing comma after the \
place, trailing period, extra spaces inside."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (ô số 4): thời gian ban hành viết đầy đủ ngày, tháng, năm, \
sau địa danh và dấu phẩy: `Hà Nội, ngày 05 tháng 01 năm 2020`, `Thành phố Hồ Chí Minh, ngày 29 tháng 6 \
năm 2019`. Quy tắc báo: ngày tháng viết dạng số (`Lào Cai, 15/3/2026`), thiếu dấu phẩy sau địa danh \
hoặc có dấu cách trước dấu phẩy, dấu chấm hay chấm phẩy cuối dòng, thừa hoặc thiếu dấu cách giữa các \
từ (`Lào Cai,  ngày 23 tháng 7 năm 2026`, `ngày 23  tháng 7`), các chữ \"ngày\", \"tháng\", \"năm\" viết hoa. Khoảng trống \
của dự thảo (`ngày      tháng      năm 2026`) không bị coi là thừa dấu cách (xem NG002), và khoảng trống \
rộng (từ 3 dấu cách) cạnh ngày hoặc tháng là chỗ trống đã điền số khi ban hành (viết tay, hoặc phần mềm ký \
số đóng số vào bản PDF: `ngày 23 tháng        7    năm 2026`), cũng không bị báo. Cách đệm số 0 \
thuộc NG003. Sửa an toàn: viết lại dòng đúng dạng, giữ nguyên địa danh và các con số (dạng số được \
chuyển sang dạng chữ, đệm số 0 theo quy định). Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `<Địa danh>, ngày … tháng … năm …` đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ). Dấu cách không ngắt (`&nbsp;` của trang web, Ctrl+Shift+Space của Word) hiện như dấu cách: không bị báo."),
    docs_en: docs!("Phụ lục I of ND30 (box 4): the date is written out in full, after the place and a comma: \
`Hà Nội, ngày 05 tháng 01 năm 2020`, `Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019`. Reported: a \
numeric date (`Lào Cai, 15/3/2026`), no comma after the place or a space before it, a trailing period or \
semicolon, missing or extra spaces between the words (`Lào Cai,  ngày 23 tháng 7 năm 2026`, `ngày 23  tháng 7`), capitalised \
\"ngày\", \"tháng\", \"năm\". A draft's blanks (`ngày      tháng      năm 2026`) are not extra spaces \
(see NG002), nor is a wide gap (three spaces or more) beside the day or the month: a blank filled in at \
issuance, by hand or by the signing software stamping the figures into a PDF (`ngày 23 tháng        7    năm 2026`). Zero padding is NG003's. Safe fix: rewrite the line in the right form, keeping the place \
and the numbers (a numeric date becomes the word form, padded as the decree says). Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the place-and-date line as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms). A no-break space (a web page's `&nbsp;`, Word's Ctrl+Shift+Space) shows as a space: not reported."),
    bad: docs!("Lào Cai,  ngày 23 tháng 7 năm 2026\n"),
    good: docs!("Lào Cai, ngày 23 tháng 7 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((i, d)) = header_date(ctx) else {
        return;
    };
    let text = ctx.text;
    let line = ctx.line(i).span;
    let place = ctx.s(d.place);
    let place_end = d.place.start + place.trim_end().len() as u32;
    // A date read with no place before it (on the Số line, say) has no comma to check: the
    // missing place is another rule's finding, and inserting a comma would never settle.
    let has_place = !place.trim().is_empty();
    let opening = if has_place { ", ngày " } else { "ngày " };
    let (day, month, year) = (
        number(ctx, d.day),
        number(ctx, d.month),
        number(ctx, d.year),
    );
    let mut edits: Vec<Edit> = Vec::new();
    let mut vi: Vec<&str> = Vec::new();
    let mut en: Vec<&str> = Vec::new();
    let comma_problem = |vi: &mut Vec<&str>, en: &mut Vec<&str>| {
        if !has_place {
            return;
        }
        if d.comma.is_none() {
            vi.push("thiếu dấu phẩy sau địa danh");
            en.push("no comma after the place");
        } else if place_end < d.place.end {
            vi.push("có dấu cách trước dấu phẩy");
            en.push("a space before the comma");
        }
    };

    match (d.numeric, day, month, year, d.day, d.year) {
        (true, Some(dd), Some(mm), Some(yy), _, Some(y)) => {
            let want = format!("{opening}{} tháng {} năm {yy}", pad_day(dd), pad_month(mm));
            edits.push(Edit::replace(Span::new(place_end, y.end), want));
            vi.push("ngày tháng viết dạng số");
            en.push("the date is written in figures");
            comma_problem(&mut vi, &mut en);
        }
        (false, Some(_), Some(_), Some(_), Some(ds), Some(ys)) => {
            let Some(ms) = d.month else { return };
            let segments = [
                (Span::new(place_end, ds.start), opening),
                (Span::new(ds.end, ms.start), " tháng "),
                (Span::new(ms.end, ys.start), " năm "),
            ];
            let mut spacing = false;
            let mut case = false;
            for (k, (span, want)) in segments.iter().enumerate() {
                let actual = span.of(text);
                // A no-break space shows as a space: a web page's `&nbsp;`, Word's Ctrl+Shift+
                // Space. The line reads as it should.
                if actual == *want || actual.replace('\u{a0}', " ") == *want {
                    continue;
                }
                // What follows the comma (the first segment also holds the comma, or lacks it).
                let tail = match d.comma {
                    Some(c) if k == 0 => Span::new(c.end, span.end).of(text),
                    _ => actual,
                };
                let want_tail = want.trim_start_matches(',');
                let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                // Only the expected keyword, with other spacing or case, is rewritten.
                if fold_case(&words(tail)) != words(want_tail) {
                    return;
                }
                let wrong_case = words(tail) != words(want_tail);
                // A wide gap beside the day or the month is a blank filled in at issuance (by
                // hand, or by the signing software stamping the figures into a signed PDF): the
                // document as issued, not a typing fault.
                let filled_blank = (k > 0 && wide_gap(tail.len() - tail.trim_start().len()))
                    || wide_gap(tail.len() - tail.trim_end().len());
                if filled_blank && !wrong_case {
                    continue;
                }
                spacing |= fold_case(tail) != want_tail && !filled_blank;
                case |= wrong_case;
                edits.push(Edit::replace(*span, *want));
            }
            comma_problem(&mut vi, &mut en);
            if spacing {
                vi.push("thừa hoặc thiếu dấu cách giữa các từ");
                en.push("missing or extra spaces between the words");
            }
            if case {
                vi.push("\"ngày\", \"tháng\", \"năm\" viết thường");
                en.push("\"ngày\", \"tháng\", \"năm\" are lower case");
            }
        }
        _ => {
            // A draft with blanks: only the comma and the space after it.
            match d.comma {
                None if !has_place => {}
                None => edits.push(Edit::replace(Span::new(place_end, d.place.end), ",")),
                Some(c) if place_end < c.start => {
                    edits.push(Edit::delete(Span::new(place_end, c.start)))
                }
                Some(_) => {}
            }
            comma_problem(&mut vi, &mut en);
            if let Some(c) = d.comma {
                let after = &text[c.end as usize..line.end as usize];
                let gap = after.len() - after.trim_start().len();
                if gap == 0 && !after.is_empty() {
                    edits.push(Edit::insert(c.end, " "));
                    vi.push("thiếu dấu cách sau dấu phẩy");
                    en.push("no space after the comma");
                } else if gap > 1 && fold_case(after.trim_start()).starts_with("ngày") {
                    // The blanks of a draft are after `ngày`; between the comma and `ngày` the
                    // line is typed, and two spaces there are a typing fault.
                    edits.push(Edit::replace(Span::new(c.end, c.end + gap as u32), " "));
                    vi.push("thừa dấu cách sau dấu phẩy");
                    en.push("extra spaces after the comma");
                }
            }
        }
    }
    if let Some(end) = d.end {
        let from = d.year.map_or(end.start, |y| y.end);
        edits.push(Edit::delete(Span::new(from, end.end)));
        vi.push("thừa dấu câu cuối dòng");
        en.push("a trailing punctuation mark");
    }
    if edits.is_empty() {
        return;
    }
    let was = ctx.s(line);
    let fixed = preview(text, line, &edits);
    out.push(
        RULE.diag(
            line,
            format!(
                "Địa danh và thời gian ban hành sai dạng ({}): \"{was}\"; đúng là \"{fixed}\".",
                vi.join("; ")
            ),
            format!(
                "Malformed place and date ({}): \"{was}\"; expected \"{fixed}\".",
                en.join("; ")
            ),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết \"{fixed}\""), format!("Write \"{fixed}\"")),
            edits,
        )),
    );
}

/// Three spaces or more: room left for a figure to be written in, not a slip of the space bar.
fn wide_gap(spaces: usize) -> bool {
    spaces >= 3
}

/// Day as the decree writes it: two digits.
fn pad_day(d: u32) -> String {
    format!("{d:02}")
}

/// Month as the decree writes it: a zero for January and February only.
fn pad_month(m: u32) -> String {
    if m <= 2 {
        format!("{m:02}")
    } else {
        m.to_string()
    }
}
