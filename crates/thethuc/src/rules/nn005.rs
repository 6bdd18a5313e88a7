use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::recipients::end_fix;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NN005",
    name: "luu-line",
    severity: Severity::Error,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: docs!("Dòng cuối của Nơi nhận không phải `- Lưu: VT, <đơn vị>.` (thiếu, không ở cuối, thiếu dấu hai chấm, thiếu `VT`, thiếu dấu chấm cuối)."),
    summary_en: docs!("Last line is not `- Lưu: VT, <đơn vị>.`: missing (—), not last (—), colon missing (`Lưu VT`), `VT` missing, no final period (S)."),
    docs_vi: docs!("Phụ lục I (mục II.9) Nghị định 30/2020/NĐ-CP: dòng cuối cùng của phần nơi nhận là `Lưu:` rồi \
`VT` (văn thư), dấu phẩy, chữ viết tắt tên đơn vị soạn thảo và số lượng bản lưu (nếu cần), kết thúc bằng \
dấu chấm: `- Lưu: VT, TCCB.`. Báo lỗi khi không có dòng Lưu, dòng Lưu không phải dòng cuối, thiếu dấu hai \
chấm sau `Lưu`, không có `VT`, hoặc không kết thúc bằng dấu chấm. Chấp nhận ghi chú trong ngoặc \
(`- Lưu: VT, CN(M.Cường).`) và ký hiệu người soạn thảo sau dấu chấm (`- Lưu: VT, KGVX (2). Hg`: thành phần \
tùy chọn của Điều 8 khoản 3 điểm c, Văn phòng Chính phủ ghi như vậy). Sửa tự động chỉ cho lỗi thiếu dấu hai chấm và thiếu dấu chấm cuối; không \
tự thêm dòng Lưu hay `VT` còn thiếu. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày phần `Nơi nhận:` (các dòng `- …;`, dòng cuối `- Lưu: VT, …`) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (II.9) of ND30: the last line of the recipients block is `Lưu:` then `VT` (the \
records office), a comma, the drafting unit's abbreviation and optionally the number of copies, ending \
with a period: `- Lưu: VT, TCCB.`. Reported: no Lưu line, a Lưu line that is not last, no colon after \
`Lưu`, no `VT`, no final period. Notes in brackets are accepted (`- Lưu: VT, CN(M.Cường).`), and so is the drafter's mark after the period (`- Lưu: VT, KGVX (2). Hg`: the optional component of Article 8(3)(c), as the Government Office writes it). Safe fixes \
only for the missing colon and the missing final period; a missing Lưu line or `VT` is never invented. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Nơi nhận:` block (`- …;` lines, the last `- Lưu: VT, …`) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

/// `VT` as a word of the Lưu line, or the words `văn thư`.
fn has_vt(rest: &str) -> bool {
    let f = fold_case(rest);
    f.split(|c: char| !crate::text::fold::is_letter_or_digit(c))
        .any(|w| w == "vt")
        || f.contains("văn thư")
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return;
    };
    let Some(luu) = nn.luu else {
        let at = nn
            .items
            .last()
            .and_then(|it| it.lines.last().copied())
            .unwrap_or(nn.label);
        out.push(RULE.diag(
            ctx.line(at).span,
            "Thiếu dòng \"- Lưu: VT, <đơn vị>.\" ở cuối phần Nơi nhận.",
            "The recipients block lacks its last line \"- Lưu: VT, <unit>.\".",
        ));
        return;
    };
    let LineKind::Luu {
        word, colon, rest, ..
    } = ctx.kind(luu)
    else {
        return;
    };
    let line = ctx.line(luu).span;
    let t = ctx.s(line);
    let item = nn.items.iter().find(|it| it.lines.first() == Some(&luu));
    let last_line = item.and_then(|it| it.lines.last().copied()).unwrap_or(luu);
    if nn.items.last().and_then(|it| it.lines.first()) != Some(&luu) {
        out.push(RULE.diag(
            line,
            format!("Dòng \"{t}\" phải là dòng cuối cùng của phần Nơi nhận."),
            format!("The line \"{t}\" must be the last line of the recipients block."),
        ));
    }
    if colon.is_none() {
        let gap = Span::new(word.end, rest.start);
        out.push(
            RULE.diag(
                line,
                format!(
                    "Thiếu dấu hai chấm sau \"Lưu\": \"{t}\"; đúng là \"- Lưu: VT, <đơn vị>.\"."
                ),
                format!("No colon after \"Lưu\": \"{t}\"; it must read \"- Lưu: VT, <unit>.\"."),
            )
            .with_fix(Fix::safe(
                Message::new(
                    "Thêm dấu hai chấm sau \"Lưu\"",
                    "Add the colon after \"Lưu\"",
                ),
                vec![Edit::replace(gap, if rest.is_empty() { ":" } else { ": " })],
            )),
        );
    }
    let all: String = item
        .map(|it| {
            it.lines
                .iter()
                .map(|&i| ctx.line_text(i))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| ctx.s(*rest).to_owned());
    if !has_vt(&all) {
        out.push(RULE.diag(
            line,
            format!("Dòng Lưu \"{t}\" thiếu \"VT\" (văn thư); đúng là \"- Lưu: VT, <đơn vị>.\"."),
            format!("The Lưu line \"{t}\" lacks \"VT\" (records office); it must read \"- Lưu: VT, <unit>.\"."),
        ));
    }
    // A period before a trailing note in brackets (`- Lưu: VT, VP. (Giang)`) is accepted.
    let end_span = ctx.line(last_line).span;
    let end_text = ctx.s(end_span).trim_end();
    let noted = end_text.ends_with(')')
        && end_text
            .rfind('(')
            .is_some_and(|k| end_text[..k].trim_end().ends_with('.'));
    if noted || drafters_mark_after_the_period(end_text) {
        return;
    }
    if let Some((edit, fixed)) = end_fix(ctx, end_span, '.') {
        out.push(
            RULE.diag(
                end_span,
                format!("Dòng Lưu phải kết thúc bằng dấu chấm: \"{fixed}\"."),
                format!("The Lưu line must end with a period: \"{fixed}\"."),
            )
            .with_fix(Fix::safe(
                Message::new("Thêm dấu chấm cuối dòng", "End the line with a period"),
                vec![edit],
            )),
        );
    }
}

/// The drafter's mark (Điều 8 khoản 3 điểm c, optional) after the Lưu's period, as the
/// Government Office writes it: `- Lưu: VT, TH(2). H`, `… KGVX (3). Hg`, `… CN. Pver`: one word of
/// up to six letters opening with a capital, perhaps with the copies' count.
fn drafters_mark_after_the_period(end_text: &str) -> bool {
    let Some((before, mark)) = end_text.rsplit_once(' ') else {
        return false;
    };
    let letters = mark.trim_end_matches(|c: char| c.is_ascii_digit() || "().".contains(c));
    // After the unit at least (`VT, TH(2).`): `- Lưu: VT. VP` is a comma typed as a period.
    before.trim_end().ends_with('.')
        && before.contains(',')
        && !letters.is_empty()
        && letters.chars().count() <= 6
        && letters.starts_with(crate::text::fold::is_capital)
        && letters.chars().all(crate::text::fold::is_letter)
        && !fold_case(letters).starts_with("vt")
}

#[cfg(test)]
mod drafters_mark_tests {
    use crate::config::Config;

    fn nn005(luu: &str) -> usize {
        let text = format!(
            "CÔNG VĂN\nNơi nhận:\n- Như trên;\n{luu}\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
        );
        crate::check_str(&text, &Config::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "NN005")
            .count()
    }

    /// The Government Office's drafter's mark after the period is the decree's optional component.
    #[test]
    fn the_drafters_mark_after_the_period_is_no_missing_period() {
        for luu in [
            "- Lưu: VT, TH(2). H",
            "- Lưu: VT, KGVX (3). Hg",
            "- Lưu: VT, CN. Pver",
        ] {
            assert_eq!(nn005(luu), 0, "{luu}");
        }
        for luu in [
            "- Lưu: VT, VP",
            "- Lưu: VT. VP",
            "- Lưu: VT, TH(2). H văn thư ghi",
        ] {
            assert_eq!(nn005(luu), 1, "{luu}");
        }
    }
}
