use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::header::{header_date, number};
use crate::rules::common::text::preview;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "NG003",
    name: "date-zero-padding",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30PartyAndQppl,
    locator: "PL-I II.4; HD 05 4.2.2; HD 36 1.4.2",
    default_on: true,
    summary_vi: docs!("Ngày nhỏ hơn 10 và tháng 1, 2 phải có số 0 phía trước; tháng 3–12 không có (`ngày 5 tháng \
01` → `ngày 05`; `tháng 03` → `tháng 3`)."),
    summary_en: docs!("Day below 10 and months 1–2 need a leading zero; months 3–12 must not have one (`ngày 5 \
tháng 01` → `ngày 05`; `tháng 03` → `tháng 3`)."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (ô số 4): ngày, tháng, năm ghi bằng chữ số Ả Rập; ngày \
nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước (`Hà Nội, ngày 05 tháng 01 năm 2020`); tháng 3 \
đến 9 không ghi số 0 (`ngày 29 tháng 6 năm 2019`). Quy tắc báo ngày một chữ số (`ngày 5`), tháng 1, 2 \
thiếu số 0 (`tháng 1`) và tháng 3–9 có số 0 (`tháng 03`). Ngày, tháng để trống (NG002) và ngày viết \
dạng số `15/3/2026` (NG005) không xét ở đây; ngày tháng có chữ số viết tay mà bản quét \
đọc sai thành ký tự khác (`ngày 4⁄4`, `0†`, `l5`) không xét: cách đệm số 0 của nó không phải của người soạn. Văn bản của Đảng theo cùng quy tắc: \
\"Ngày dưới 10 và tháng dưới 3 phải thêm số không (0)\" (Hướng dẫn 05-HD/VPTW, mục 4.2.2; Hướng dẫn \
36-HD/VPTW, mục 1.4.2), nên quy tắc này chạy cả trên văn bản của Đảng. Sửa an toàn: thêm hoặc bỏ số 0. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `<Địa danh>, ngày … tháng … năm …` đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I of ND30 (box 4): day, month and year are in Arabic digits; days below 10 and the \
months 1 and 2 take a leading zero (`Hà Nội, ngày 05 tháng 01 năm 2020`); months 3 to 9 do not \
(`ngày 29 tháng 6 năm 2019`). Reported: a one-digit day (`ngày 5`), months 1 and 2 without the zero \
(`tháng 1`), months 3–9 with one (`tháng 03`). Blank parts (NG002) and numeric dates `15/3/2026` (NG005) \
are left to those rules; a date whose handwritten figures a scan misread (`ngày 4⁄4`, `0†`, `l5`) is \
left alone: its padding is not the writer's. Party documents follow the same rule, \"a day below 10 and a month below 3 take \
a zero\" (Hướng dẫn 05-HD/VPTW, 4.2.2; Hướng dẫn 36-HD/VPTW, 1.4.2), so the rule runs on them too. \
Safe fix: add or drop the zero. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the place-and-date line as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Lào Cai, ngày 06 tháng 03 năm 2026\n"),
    good: docs!("Lào Cai, ngày 06 tháng 3 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((i, d)) = header_date(ctx) else {
        return;
    };
    // `15/3/2026` is NG005's: its fix rewrites the whole date.
    if d.numeric {
        return;
    }
    // A day, month or year that is no number a writer typed (`4⁄4`, `0†`, `l5`, `2ó`, `1§`):
    // a scan's reading of handwritten figures, whose padding says nothing of the writer's. The
    // reader may leave such a figure out of the date's parts, so the words after the place
    // are read.
    let end = d.year.or(d.month).or(d.day).map_or(d.place.end, |s| s.end);
    let misread = ctx
        .text
        .get(d.place.end as usize..end as usize)
        .unwrap_or("")
        .split_whitespace()
        .any(|w| w.bytes().any(|b| b.is_ascii_digit()) && !w.bytes().all(|b| b.is_ascii_digit()));
    if misread {
        return;
    }
    let mut edits = Vec::new();
    let mut vi = Vec::new();
    let mut en = Vec::new();
    if let (Some(span), Some(day)) = (d.day, number(ctx, d.day)) {
        let t = ctx.s(span);
        if (1..10).contains(&day) && t.len() == 1 {
            edits.push(Edit::replace(span, format!("0{t}")));
            vi.push(format!("ngày nhỏ hơn 10 phải có số 0: \"0{t}\""));
            en.push(format!("a day below 10 takes a zero: \"0{t}\""));
        }
    }
    if let (Some(span), Some(month)) = (d.month, number(ctx, d.month)) {
        let t = ctx.s(span);
        if (1..=2).contains(&month) && t.len() == 1 {
            edits.push(Edit::replace(span, format!("0{t}")));
            vi.push(format!("tháng 1, 2 phải có số 0: \"0{t}\""));
            en.push(format!("months 1 and 2 take a zero: \"0{t}\""));
        } else if (3..=9).contains(&month) && t.len() == 2 {
            let want = month.to_string();
            vi.push(format!("tháng 3–9 không có số 0: \"{want}\""));
            en.push(format!("months 3–9 take no zero: \"{want}\""));
            edits.push(Edit::replace(span, want));
        }
    }
    if edits.is_empty() {
        return;
    }
    let line = ctx.line(i).span;
    let (Some(first), Some(last)) = (d.day.or(d.month), d.year.or(d.month)) else {
        return;
    };
    let date = crate::text::span::Span::new(first.start, last.end);
    let was = ctx.s(line);
    let fixed = preview(ctx.text, line, &edits);
    out.push(
        RULE.diag(
            date,
            format!(
                "Ghi ngày tháng sai cách đệm số 0 ({}): \"{was}\" → \"{fixed}\".",
                vi.join("; ")
            ),
            format!(
                "Wrong zero padding in the date ({}): \"{was}\" → \"{fixed}\".",
                en.join("; ")
            ),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết \"{fixed}\""), format!("Write \"{fixed}\"")),
            edits,
        )),
    );
}
