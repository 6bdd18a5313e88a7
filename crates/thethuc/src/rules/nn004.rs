use crate::diagnostic::{Fix, Message, Severity};
use crate::rules::common::recipients::{end_fix, is_purpose_note, signature_column_after};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "NN004",
    name: "recipient-semicolon",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: docs!("Dòng nơi nhận (trừ dòng cuối) không kết thúc bằng dấu chấm phẩy `;`."),
    summary_en: docs!("A recipient line other than the last does not end with `;`."),
    docs_vi: docs!("Phụ lục I (mục II.9) Nghị định 30/2020/NĐ-CP: mỗi nơi nhận kết thúc bằng dấu chấm phẩy; dòng \
cuối cùng (`- Lưu: VT, …`) kết thúc bằng dấu chấm. Báo lỗi khi một nơi nhận không phải dòng cuối kết \
thúc bằng dấu phẩy, dấu chấm hoặc không có dấu. Nơi nhận viết trên hai dòng được xét ở dòng cuối của nó; \
ghi chú như `(b/c)`, `(để báo cáo)` trước dấu chấm phẩy được chấp nhận; nhóm kết thúc bằng dấu hai chấm \
không bị báo; chữ sau dấu chấm phẩy mà bản quét đọc từ cột chữ ký chạy lẫn vào các dòng nơi nhận \
(dưới dòng chức vụ bị cắt ra từ một dòng nơi nhận, hoặc tên người ký khi không tìm thấy tên ở chỗ khác) \
không bị báo; dấu cách trước `;` là việc của MA004. Dòng Lưu do NN005 xét. Sửa tự động: thay dấu phẩy \
hoặc dấu chấm cuối dòng bằng `;`, hoặc thêm `;`. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày phần `Nơi nhận:` (các dòng `- …;`, dòng cuối `- Lưu: VT, …`) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ). Dòng toàn chữ in hoa nằm cùng dòng với nhãn `Nơi nhận:` trong bản gốc, khi khối chữ ký không có dòng quyền hạn (`Nơi nhận: - _—M, UỶ BAN NHÂN DÂN`: bản quét đọc `TM.` thành gạch đầu dòng) là dòng quyền hạn của cột chữ ký, không phải nơi nhận: không bị báo."),
    docs_en: docs!("Phụ lục I (II.9) of ND30: each recipient ends with a semicolon; the last line \
(`- Lưu: VT, …`) ends with a period. Reported: a recipient other than the last ending with a comma, a \
period or nothing. A recipient wrapped onto two lines is judged on its last line; notes such as `(b/c)`, \
`(để báo cáo)` before the semicolon are accepted; a group ending with a colon is not reported, nor \
what follows the semicolon when a scan ran the signature column into the recipients' lines (below a \
signature line cut from a recipient line, or the signer's name when none was found elsewhere); a space \
before `;` is MA004's business. The Lưu line is NN005's. Safe fix: a final comma or period becomes `;`, \
or `;` is added. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Nơi nhận:` block (`- …;` lines, the last `- Lưu: VT, …`) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms). A line all in capitals on the `Nơi nhận:` label's own line in the source, when the signature block has no authority line (`Nơi nhận: - _—M, UỶ BAN NHÂN DÂN`: a scan read `TM.` as a dash), is the signature column's authority line, not a recipient: not reported."),
    bad: docs!("Nơi nhận:\n- Như trên\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return;
    };
    let n = nn.items.len();
    for item in nn.items.iter().take(n.saturating_sub(1)) {
        let (Some(&first), Some(&last)) = (item.lines.first(), item.lines.last()) else {
            continue;
        };
        if Some(first) == nn.luu {
            continue;
        }
        let span = ctx.line(last).span;
        let text = ctx.s(span).trim_end();
        // A purpose note a brace set beside a group of recipients, after each one's mark (`- Thường
        // trực Tỉnh uỷ; (báo cáo)` in a portal's copy of the table).
        let noted = text.ends_with(')')
            && text.rfind('(').is_some_and(|k| {
                text[..k].trim_end().ends_with(';') && is_purpose_note(&text[k..])
            });
        if text.ends_with(':')
            || noted
            || signature_column_after(ctx, last)
            || authority_on_label_row(ctx, nn, first)
        {
            continue;
        }
        let Some((edit, fixed)) = end_fix(ctx, span, ';') else {
            continue;
        };
        let t = ctx.s(span);
        out.push(
            RULE.diag(
                span,
                format!("Nơi nhận \"{t}\" phải kết thúc bằng dấu chấm phẩy: \"{fixed}\"."),
                format!("The recipient \"{t}\" must end with a semicolon: \"{fixed}\"."),
            )
            .with_fix(Fix::safe(
                Message::new("Kết thúc dòng bằng \";\"", "End the line with \";\""),
                vec![edit],
            )),
        );
    }
}

/// The signature's authority line that a scan ran onto the label's row (`Nơi nhận: - _—M, UỶ
/// BAN NHÂN DÂN`, its `TM.` misread into a dash), when the block has no authority line of its
/// own: a line all in capitals beside the label is the signature column, not a recipient.
fn authority_on_label_row(
    ctx: &Ctx<'_>,
    nn: &crate::model::document::NoiNhan,
    first: usize,
) -> bool {
    let (label, line) = (ctx.line(nn.label).span, ctx.line(first).span);
    // On the label's own line in the source (the reader sets it on a row of its own).
    let beside_label = label.end <= line.start
        && !ctx.text[label.end as usize..line.start as usize].contains('\n');
    if !ctx.doc.closing.signature.authority.is_empty() || !beside_label {
        return false;
    }
    let letters: Vec<char> = ctx
        .line_text(first)
        .chars()
        .filter(|c| crate::text::fold::is_letter(*c))
        .collect();
    letters.len() >= 4 && letters.iter().all(|c| !crate::text::fold::is_lower(*c))
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// The codes of the recipients' end-mark rules found in a closing.
    fn found(closing: &str) -> Vec<String> {
        let config = Config {
            select: vec!["NN004".to_owned(), "NN005".to_owned()],
            ..Config::default()
        };
        let text = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Số: 05/UBND-VP\n\nNội dung.\n\n{closing}KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"
        );
        let report = crate::check_str(&text, &config);
        let t = report.source.text();
        report
            .diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{} {}",
                    d.code,
                    &t[d.span.start as usize..d.span.end as usize]
                )
            })
            .collect()
    }

    /// A purpose note a brace set beside a group of recipients, after each one's mark, in a
    /// portal's copy of the table (markdown/qd-986-ubnd-tuyenquang-2024); without the mark
    /// before it the recipient is still told.
    #[test]
    fn a_purpose_note_after_the_recipients_mark() {
        assert_eq!(
            found("Nơi nhận:\n- Thường trực Tỉnh uỷ; (báo cáo)\n- Chủ tịch UBND tỉnh; (để b/c)\n- Lưu: VT.\n"),
            Vec::<String>::new()
        );
        assert_eq!(
            found("Nơi nhận:\n- Thường trực Tỉnh uỷ (báo cáo)\n- Sở Tài chính; (Phòng Ngân sách, Phòng Tài chính doanh nghiệp và Phòng Giá)\n- Lưu: VT.\n"),
            vec!["NN004 - Thường trực Tỉnh uỷ (báo cáo)", "NN004 - Sở Tài chính; (Phòng Ngân sách, Phòng Tài chính doanh nghiệp và Phòng Giá)"]
        );
    }

    #[test]
    fn a_scans_specks_after_the_end_mark_are_not_the_writers() {
        assert_eq!(
            found(
                "Nơi nhận:\n- Như trên; D 4\n- GĐ, các PGĐ; ⁄⁄\n- Lưu: VT, KSTTHC (L-40b). 4z.\n"
            ),
            Vec::<String>::new()
        );
    }

    /// A line the reader cut before a mark gets none (fixtures/fuzz/fix_idempotent holds the
    /// fuzzer's find); a recipient cut from the signature column beside it is still told.
    #[test]
    fn a_recipient_beside_the_signature_column_is_still_told() {
        assert_eq!(
            found(
                "Nơi nhận:\n- Như trên                KT. GIÁM ĐỐC\n- Sở Tài chính;\n- Lưu: VT.\n"
            ),
            vec!["NN004 - Như trên"]
        );
    }

    /// A scan ran the signature column into the recipients' lines: the position cut from one
    /// recipient line, the seal's ring after the next ones' marks; or the signer's name, none
    /// found elsewhere, after a recipient's mark.
    #[test]
    fn the_signature_column_a_scan_ran_into_the_recipients_is_not_a_recipient() {
        let config = Config {
            select: vec!["NN004".to_owned()],
            ..Config::default()
        };
        let check = |closing: &str| {
            let text = format!(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
Số: 05/UBND-VP\n\nNội dung.\n\n{closing}"
            );
            crate::check_str(&text, &config).diagnostics.len()
        };
        assert_eq!(
            check(
                "Nơi nhận: TM. BAN THƯỜNG VỤ\n- Như trên;\n- Bộ Tư pháp (b/c); CHỦ TỊCH\n\
- Cục Bổ trợ tư pháp; AI nề\n- Sở Nội vụ; TOAN QUÔ\n- Lưu: VT.\n"
            ),
            0
        );
        assert_eq!(
            check(
                "Nơi nhận:\n- Như trên;\n- VP Đoàn ĐBQH và HĐND tỉnh; NJ Zen Hoàng Giang\n\
- Sở Nội vụ;\n- Lưu: VT, NC.\n"
            ),
            0
        );
        // The signature below the recipients, found: a run-on recipient is still told.
        assert_eq!(
            check(
                "Nơi nhận:\n- Như trên;\n- Cục Bổ trợ tư pháp; Sở Tài chính\n- Lưu: VT.\n\
KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"
            ),
            1
        );
    }

    #[test]
    fn a_word_or_a_units_code_after_the_mark_is_still_reported() {
        assert_eq!(
            found("Nơi nhận:\n- Như trên; Sở Tài chính\n- UBND tỉnh; VT\n- Lưu: VT. KH\n"),
            vec![
                "NN004 - Như trên; Sở Tài chính",
                "NN004 - UBND tỉnh; VT",
                "NN005 - Lưu: VT. KH"
            ]
        );
    }
}
