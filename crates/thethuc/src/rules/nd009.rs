use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::body_items;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::roman::roman_value;

pub static RULE: Rule = Rule {
    code: "ND009",
    name: "phan-chuong-format",
    severity: Severity::Error,
    fix: FixAvailability::UnsafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("`Phần`/`Chương` không đánh số La Mã hoặc tên không viết in hoa; `Mục`/`Tiểu mục` trong văn bản bố cục theo điều không đánh số Ả Rập."),
    summary_en: docs!("`Phần`/`Chương` not followed by a Roman numeral, or its title line not in capitals; `Mục`/`Tiểu mục` in an Điều-structured document not numbered in Arabic."),
    docs_vi: docs!("Trong văn bản bố cục theo phần, chương, mục, điều: `Phần` và `Chương` đánh số bằng chữ số \
La Mã (`Chương I`), tên phần, chương viết in hoa ở dòng dưới (`QUY ĐỊNH CHUNG`); `Mục` và `Tiểu mục` \
đánh số bằng chữ số Ả Rập (`Mục 1`), tên cũng viết in hoa (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.6). \
Quy tắc báo `Chương 1`, `Phần thứ nhất`, tên chương viết chữ thường, và `Mục I` trong văn bản có điều. \
Không báo khi các dòng phần, chương tóm tắt bố cục của văn bản khác (tờ trình, báo cáo về một dự thảo luật: \
`Chương I. Quy định chung, gồm 08 điều (từ Điều 1 đến Điều 8)`): chương của chính văn bản không đếm điều. \
Sửa tự động (không an toàn): đổi số hoặc chuyển tên thành chữ in hoa; số viết bằng chữ (`Phần thứ nhất`) \
không có sửa tự động."),
    docs_en: docs!("In a document laid out in parts, chapters, sections and articles, `Phần` and `Chương` are \
numbered with Roman numerals (`Chương I`) and their title, on the line below, is in capitals \
(`QUY ĐỊNH CHUNG`); `Mục` and `Tiểu mục` are numbered with Arabic numerals (`Mục 1`), their title also \
in capitals (Phụ lục I of ND30, II.6). The rule reports `Chương 1`, `Phần thứ nhất`, a chapter title in \
lower case, and `Mục I` in a document with articles. Not reported when the part and chapter lines sum up \
another document's layout (a tờ trình or report on a draft law: `Chương I. Quy định chung, gồm 08 điều \
(từ Điều 1 đến Điều 8)`): a document's own chapters do not count articles. Unsafe fix: renumber, or write the title in capitals; a number written in words \
(`Phần thứ nhất`) gets no fix."),
    bad: docs!("QUY CHẾ\nLàm việc của Sở\n\nChương 1\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNội dung.\n"),
    good: docs!("QUY CHẾ\nLàm việc của Sở\n\nChương I\nQUY ĐỊNH CHUNG\nMục 1\nNGUYÊN TẮC\nĐiều 1. Phạm vi điều chỉnh\nNội dung.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // A tờ trình's outline of a draft law chapter by chapter is no part of its own: body_items
    // leaves those headings out.
    let items = body_items(ctx);
    let has_dieu = items.iter().any(|i| i.kind == SectionKind::Dieu);
    for item in &items {
        let (label_vi, label_en, roman) = match item.kind {
            SectionKind::Phan => ("Phần", "Part", true),
            SectionKind::Chuong => ("Chương", "Chapter", true),
            SectionKind::Muc => ("Mục", "Section", false),
            SectionKind::TieuMuc => ("Tiểu mục", "Subsection", false),
            _ => continue,
        };
        let number = ctx.s(item.number);
        let is_arabic = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit());
        let is_roman =
            number.chars().all(crate::text::fold::is_capital) && roman_value(number).is_some();
        // (what the numbering should be, the example, the renumbered value when one is certain).
        let wrong = if roman && !is_roman {
            let want = number
                .parse::<u32>()
                .ok()
                .filter(|n| (1..400).contains(n))
                .map(crate::text::roman::to_roman);
            Some((
                ("chữ số La Mã", "a Roman numeral", "I"),
                (format!("; {label_vi}"), format!("; a {label_en}")),
                want,
            ))
        } else if !roman && has_dieu && !is_arabic {
            let want = roman_value(number)
                .filter(|_| is_roman)
                .map(|n| n.to_string());
            Some((
                ("chữ số Ả Rập", "an Arabic numeral", "1"),
                (
                    format!("; trong văn bản bố cục theo điều, {label_vi}"),
                    format!("; in a document with articles, a {label_en}"),
                ),
                want,
            ))
        } else {
            None
        };
        if let Some(((digits_vi, digits_en, example), (lead_vi, lead_en), want)) = wrong {
            let mut d = RULE.diag(
                item.number,
                format!("{label_vi} đánh số \"{number}\"{lead_vi} đánh số bằng {digits_vi} (\"{label_vi} {example}\")."),
                format!("{label_en} numbered \"{number}\"{lead_en} is numbered with {digits_en} (\"{label_vi} {example}\")."),
            );
            if let Some(want) = want {
                d = d.with_fix(Fix::unsafe_(
                    Message::new(
                        format!("Đổi thành \"{want}\""),
                        format!("Renumber as \"{want}\""),
                    ),
                    vec![Edit::replace(item.number, want)],
                ));
            }
            out.push(d);
        }
        // The title is in capitals (Phần and Chương always; Mục and Tiểu mục under articles).
        if !roman && !has_dieu {
            continue;
        }
        let Some(title) = item.title else { continue };
        let t = ctx.s(title);
        if crate::rules::common::body::title_in_capitals(t) {
            continue;
        }
        let upper = case::upper_str(t);
        out.push(
            RULE.diag(
                title,
                format!(
                    "Tên {} \"{t}\" phải viết in hoa: \"{upper}\".",
                    case::lower_str(label_vi)
                ),
                format!(
                    "The title of the {} \"{t}\" must be in capitals: \"{upper}\".",
                    case::lower_str(label_en)
                ),
            )
            .with_fix(Fix::unsafe_(
                Message::new("Viết in hoa tên", "Write the title in capitals"),
                vec![Edit::replace(title, upper)],
            )),
        );
    }
}
