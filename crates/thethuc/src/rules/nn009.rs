use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::recognize::clues::{is_scan_debris, is_seal_debris};
use crate::rules::common::recipients::{bullet_recipients, is_purpose_note};
use crate::rules::common::signature::lowercase_signature_lines;
use crate::rules::common::signature::signer_name_line;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "NN009",
    name: "stray-closing-text",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Phần kết thúc có dòng không phải nơi nhận, chức vụ hay họ tên (`(b/c)` đứng riêng, dòng lạc giữa nơi nhận và chữ ký)."),
    summary_en: docs!("Text in the closing that is neither recipient, position nor name (`(b/c)` alone on a line, a stray line between the recipients and the signature)."),
    docs_vi: docs!("Phần kết thúc văn bản chỉ gồm Nơi nhận, quyền hạn, chức vụ, chữ ký và họ tên người ký (Phụ lục I \
Nghị định 30/2020/NĐ-CP). Báo cảnh báo khi ở đó có dòng khác, như ghi chú `(b/c)` bị tách khỏi nơi \
nhận. Đường dẫn tệp, địa chỉ trang web và chân trang của cổng thông tin (`Nguồn tra cứu: …`) không \
thuộc văn bản: DOC005 báo chúng một lần. Dòng nằm sau họ tên người ký không bị báo (chú thích cuối trang \
của bản PDF); các dấu hiệu chữ ký như `(Đã ký)` và chỗ để điền tay của biểu mẫu (dòng chấm `……`, \
ngày để trống `Ngày     tháng 11 năm 2025` dưới ý kiến lãnh đạo của phiếu trình) không bị báo. Văn bản \
đến dưới dạng một dòng liền (chữ chép từ trang web, trường dữ liệu đã mất dấu xuống dòng) không bị \
xét: các dòng ở đó là chỗ công cụ tự cắt, không phải dòng của tác giả. Không sửa tự động: công cụ không đoán dòng \
đó thuộc về đâu."),
    docs_en: docs!("The closing holds only the recipients block, the signing authority, position, signature and \
name (Phụ lục I of ND30). Reported: other lines there, such as a `(b/c)` note torn from its recipient. \
A line after the signer's name is not reported (footnotes at the bottom of a PDF page are not); signature marks such as `(Đã ký)` and a form's places to fill in by hand (a line of dots, a date with its day left blank under a leader's opinion in a phiếu trình) are not reported. File paths, web addresses and a \
portal's footers are not the document's own text: DOC005 reports them once. A document that arrived run \
together on one line (text copied from a web page, a database field with its line breaks stripped) is \
not judged: its lines are where the tool cut it, not the author's. No automatic fix: the tool \
does not guess where the line belongs."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n(b/c)\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

/// Lines that never belong to a document: file paths, web addresses, site footers.
fn is_junk(t: &str) -> bool {
    let f = fold_case(t);
    let path = f
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_alphabetic() && w[1] == b':' && w[2] == b'\\')
        || f.contains(".doc")
        || f.contains(".pdf");
    path || f.contains("http://")
        || f.contains("https://")
        || f.contains("www.")
        || f.starts_with("nguồn")
        // A portal's search link (`Tra cứu văn bản`), not prose that speaks of searching.
        || f.starts_with("tra cứu")
        || f.contains("thuvienphapluat")
        || f.contains("luatvietnam")
}

/// A form's place to write by hand: a line of dots or underscores (`……`, `____`), or a date
/// line whose day or month the grammar found blank (`Ngày     tháng 11 năm 2025`) under a
/// leader's opinion in a phiếu trình, a giấy mời's reply slip.
fn is_fill_in(t: &str, kind: &LineKind) -> bool {
    let t = t.trim();
    let blank = t.chars().count() >= 5
        && t.chars()
            .all(|c| c.is_whitespace() || matches!(c, '.' | '…' | '_' | '-' | '–' | '/'));
    blank || matches!(kind, LineKind::PlaceDate(d) if d.day.is_none() || d.month.is_none())
}

/// Signature marks in copies and templates: `(Đã ký)`, `(Ký, đóng dấu)`, `[daky]`.
fn is_signature_mark(t: &str) -> bool {
    let f = fold_case(t);
    let f = f.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ' ' | '.'));
    f.split_whitespace().count() <= 6
        && (f.contains("ký") || f.contains("daky") || f.contains("dấu"))
}

/// Whether the note on line `i` stands on the row right under a recipient other than the Lưu
/// line, wrapped there as a long item wraps (`- Cơ quan Báo&PT, TH Thành phố;` / `(để đưa
/// tin)`): it goes with that recipient. Under the Lưu line a note is torn from the recipient
/// it was meant for.
fn wraps_the_recipient_above(ctx: &Ctx<'_>, i: usize, recipient_rows: &[u32]) -> bool {
    let row = ctx.line(i).row;
    let luu_row = ctx
        .doc
        .closing
        .noi_nhan
        .as_ref()
        .and_then(|nn| nn.luu)
        .map(|l| ctx.line(l).row);
    row > 0 && recipient_rows.contains(&(row - 1)) && luu_row != Some(row - 1)
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // Run together, the closing's lines are the reader's cuts: none stands alone.
    if ctx.doc.run_together {
        return;
    }
    let closing = &ctx.doc.closing;
    let name = signer_name_line(ctx);
    let mut known = lowercase_signature_lines(ctx);
    known.extend(bullet_recipients(ctx));
    known.extend(name);
    known.extend(closing.signature.beside.iter().copied());
    let name_row = name.map(|n| ctx.line(n).row);
    let recipient_rows: Vec<u32> = closing
        .noi_nhan
        .iter()
        .flat_map(|nn| nn.items.iter().flat_map(|it| it.lines.iter()))
        .chain(known.iter())
        .map(|&l| ctx.line(l).row)
        .collect();
    for &i in &closing.stray {
        if known.contains(&i) {
            continue;
        }
        let t = ctx.line_text(i);
        // A scan's specks on a line of their own (`4H>-`, `[tt`): noise of the page image,
        // not a line the writer put there.
        if is_signature_mark(t)
            || is_fill_in(t, ctx.kind(i))
            || is_scan_debris(t)
            || is_seal_debris(t)
        {
            continue;
        }
        // A purpose note beside its recipients (`(để b/c)`, `} để phối hợp`: a brace in the
        // original), which the layout set in a column of its own on the recipient's row.
        if is_purpose_note(t)
            && (recipient_rows.contains(&ctx.line(i).row)
                || wraps_the_recipient_above(ctx, i, &recipient_rows))
        {
            continue;
        }
        // No name read, the last line under the Lưu line is what the scan kept of it
        // (`tiễn Thanh Hải`): the signer's, misread.
        let last_under_luu = name.is_none()
            && closing.stray.last() == Some(&i)
            && closing
                .noi_nhan
                .as_ref()
                .and_then(|nn| nn.luu)
                .is_some_and(|l| l < i)
            && (i + 1..ctx.doc.lines.len()).all(|j| ctx.line_text(j).trim().is_empty());
        if last_under_luu && crate::recognize::clues::is_scanned_name_remnant(t) {
            continue;
        }
        let after_name = name_row.is_some_and(|r| ctx.line(i).row > r);
        if after_name && !is_junk(t) {
            continue;
        }
        let shown: String = t.chars().take(80).collect();
        let more = if t.chars().count() > 80 { "…" } else { "" };
        out.push(RULE.diag(
            ctx.line(i).span,
            format!(
                "Dòng \"{shown}{more}\" trong phần kết thúc không phải nơi nhận, chức vụ hay họ tên người ký; \
ghép vào đúng nơi nhận hoặc xóa."
            ),
            format!(
                "The line \"{shown}{more}\" in the closing is neither a recipient, a position nor the signer's name; \
attach it to its recipient or remove it."
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn count(text: &str) -> usize {
        let config = Config {
            select: vec!["NN009".to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "NN009")
            .count()
    }

    /// A `(b/c)` on a line of its own is reported; run together on one line, the document has
    /// no lines of its own to judge.
    #[test]
    fn a_document_run_together_is_not_checked() {
        let lines = crate::test_corpus::decision(&[
            "Điều 1. Thành lập Đoàn kiểm tra.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT, VP.",
            "(b/c)",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        assert_eq!(count(&(lines.join("\n") + "\n")), 1);
        let one_line = crate::test_corpus::run_together(&lines);
        assert!(
            !crate::check_str(&(lines.join("\n") + "\n"), &Config::default())
                .document
                .run_together
        );
        assert_eq!(count(&one_line), 0);
    }

    /// A scan that lost the signature under the seal kept only the name, its family name
    /// misread in lower case (`tiễn Thanh Hải`), on the last line: the signer's, not a stray
    /// line. A note there, or the same line with lines after it, is still reported.
    #[test]
    fn the_remnant_of_a_scanned_name_on_the_last_line() {
        let closing = |tail: &[&'static str]| {
            let mut lines = vec![
                "Điều 1. Thành lập Đoàn kiểm tra.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
                "Nơi nhận:",
                "- Ban Giám hiệu;",
                "- Trưởng các đơn vị;",
                "- Lưu: VT.",
                "",
            ];
            lines.extend_from_slice(tail);
            let lines = crate::test_corpus::decision(&lines);
            count(&(lines.join("\n") + "\n"))
        };
        assert_eq!(closing(&["tiễn Thanh Hải"]), 0);
        assert_eq!(closing(&["của các đơn vị"]), 1);
        assert_eq!(closing(&["tiễn Thanh Hải", "(b/c)"]), 2);
    }

    /// A purpose note wrapped onto the row under its recipient (`- Cơ quan Báo&PT, TH Thành
    /// phố;` / `(để đưa tin)`) goes with it; under the Lưu line, or after a line that is no
    /// recipient, it is torn from the recipient it was meant for.
    #[test]
    fn a_purpose_note_wrapped_under_its_recipient() {
        let closing = |under: &'static str| {
            let lines = crate::test_corpus::decision(&[
                "Điều 1. Thành lập Đoàn kiểm tra.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
                "Nơi nhận:",
                "- Chủ tịch UBND Thành phố;",
                "- Cơ quan Báo&PT, TH Thành phố;",
                under,
                "- Lưu: VT, KGVX.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nguyễn Văn An",
            ]);
            count(&(lines.join("\n") + "\n"))
        };
        assert_eq!(closing("        (để đưa tin)"), 0);
        assert_eq!(closing("(để đưa tin)"), 0);
        assert_eq!(closing("Ghi chú nội bộ"), 1);
        let torn = crate::test_corpus::decision(&[
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT, VP.",
            "(để đưa tin)",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        assert_eq!(count(&(torn.join("\n") + "\n")), 1);
    }

    /// A footnote under the signer's name that speaks of searching (`… để thực hiện việc tra
    /// cứu hồ sơ.`) is the document's text, not a portal's link.
    #[test]
    fn a_footnote_under_the_name_that_speaks_of_searching() {
        let lines = crate::test_corpus::signed_decision(&[
            "",
            "Ngoài ra, Sở Khoa học và Công nghệ đang nghiên cứu tích hợp phần mềm một cửa",
            "liên thông với Hệ thống iOffice để thực hiện việc tra cứu hồ sơ.",
        ]);
        assert_eq!(count(&(lines.join("\n") + "\n")), 0);
    }
}
