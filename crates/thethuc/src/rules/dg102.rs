//! DG102: bold or italic wrong for a Party document's component (the Party guide's table).
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{check_styles, party_expectations};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DG102",
    name: "party-font-style",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Formatting,
    scope: Scope::Party,
    locator: "HD 05 PL 2; HD 36 PL 3",
    default_on: true,
    summary_vi: docs!("Chữ đậm, nghiêng của một thành phần văn bản của Đảng sai so với Hướng dẫn 05-HD/VPTW (chức vụ người ký không đậm; \"Nơi nhận\" đứng…)."),
    summary_en: docs!("Bold or italic wrong for a Party document's component under Hướng dẫn 05-HD/VPTW (the position not bold; \"Nơi nhận\" upright…)."),
    docs_vi: docs!("Phụ lục 2 Hướng dẫn 05-HD/VPTW (Phụ lục 3 Hướng dẫn 36-HD/VPTW cho văn bản trước 27/5/2026, \
cùng kiểu chữ) quy định: tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\", tên cơ quan ban hành, tên loại, trích yếu, \
quyền hạn và họ tên người ký in đứng, đậm; tên cơ quan cấp trên trực tiếp, chức vụ người ký và chữ \"Nơi \
nhận\" in đứng, không đậm (khác văn bản hành chính: chức vụ đậm, \"Nơi nhận\" đậm nghiêng); số và ký hiệu, \
danh sách nơi nhận và tên nơi gửi sau \"Kính gửi\" in đứng; địa danh, ngày tháng, trích yếu công văn và chữ \
\"Kính gửi\", \"Kính trình\" (khi đứng riêng một dòng) in nghiêng. Quy tắc xét kiểu chữ thực tế của từng \
đoạn chữ có chữ và báo một lần mỗi dòng; đậm, nghiêng trong nội dung không bị xét. Cần tệp .docx. Sửa tự \
động (tệp .docx): đặt đậm/nghiêng đúng cho mọi đoạn chữ sai của dòng. Văn bản ghi ngày trước 03/4/2018 (khi đó theo Hướng dẫn 11-HD/VPTW năm 2004, thethuc chưa có bảng của hướng dẫn này) không bị xét."),
    docs_en: docs!("Phụ lục 2 of Hướng dẫn 05-HD/VPTW (Phụ lục 3 of Hướng dẫn 36-HD/VPTW for documents dated \
before 27/5/2026, the same styles) sets: the heading \"ĐẢNG CỘNG SẢN VIỆT NAM\", the issuer, the type \
name, the summary, the signing authority and the signer's name upright and bold; the direct superior, \
the signer's position and the word \"Nơi nhận\" upright and not bold (unlike an administrative document, \
whose position is bold and \"Nơi nhận\" bold italic); the number, the list of recipients and the \
recipients after \"Kính gửi\" upright; place and date, a letter's summary and the words \"Kính gửi\", \
\"Kính trình\" (on a line of their own) italic. The rule reads the effective style of every run with \
text and reports once per line; bold and italic inside the body are not judged. Needs a .docx. The fix \
(.docx) sets bold and italic as required on every wrong run of the line. A document dated before 03/4/2018 (then under Hướng dẫn 11-HD/VPTW of 2004, whose table thethuc does not hold) is not checked."),
    bad: docs!("(a Party document whose signer's position PHÓ BÍ THƯ is bold)"),
    good: docs!("(the authority T/M BAN THƯỜNG VỤ bold, the position PHÓ BÍ THƯ not bold)"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    check_styles(ctx, out, &RULE, &party_expectations(ctx));
}

#[cfg(test)]
mod tests {
    use crate::input::blocks::{Block, RunStyle, StyledDocument};

    /// A Party công văn of June 2026 (Hướng dẫn 05-HD/VPTW), each line bold and italic as
    /// the guide's table sets it, the `V/v` line italic or not as `vv_italic`: the English
    /// messages of the DG102 findings.
    fn styled_letter(vv_italic: bool) -> Vec<String> {
        // (text, bold, italic)
        let lines: [(&str, bool, bool); 15] = [
            ("ĐẢNG BỘ TỈNH LÀO CAI", false, false),
            ("ĐẢNG CỘNG SẢN VIỆT NAM", true, false),
            ("ĐẢNG ỦY XÃ BẢO YÊN", true, false),
            ("*", false, false),
            ("Số 125-CV/ĐU", false, false),
            ("Bảo Yên, ngày 15 tháng 6 năm 2026", false, true),
            ("V/v triển khai học tập Nghị quyết Đại hội Đảng bộ xã", false, vv_italic),
            ("Kính gửi: Các chi bộ trực thuộc Đảng ủy xã", false, false),
            ("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã đề nghị các chi bộ tổ chức học tập Nghị quyết.", false, false),
            ("Nơi nhận:", false, false),
            ("- Như trên,", false, false),
            ("- Lưu Văn phòng Đảng ủy.", false, false),
            ("T/M ĐẢNG ỦY", true, false),
            ("BÍ THƯ", false, false),
            ("Nguyễn Văn An", true, false),
        ];
        let document = StyledDocument {
            blocks: lines
                .iter()
                .map(|&(text, bold, italic)| Block {
                    text: text.to_owned(),
                    runs: vec![RunStyle {
                        start: 0,
                        end: text.len() as u32,
                        bold: Some(bold),
                        italic: Some(italic),
                        ..RunStyle::default()
                    }],
                    ..Block::default()
                })
                .collect(),
            sections: Vec::new(),
        };
        let config = crate::config::Config {
            select: vec!["DG102".into()],
            ..crate::config::Config::default()
        };
        crate::check_styled(&document, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "DG102")
            .map(|d| d.message.en.clone())
            .collect()
    }

    /// The Party guide sets a letter's `V/v` line in italics, where Nghị định 30 sets it
    /// upright; the rest of the letter as the guide's table sets it gives no finding.
    #[test]
    fn a_party_letter_s_v_v_line_is_italic() {
        assert_eq!(styled_letter(true), Vec::<String>::new());
        let found = styled_letter(false);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("\"V/v triển khai") && found[0].ends_with("must be italic."),
            "{found:?}"
        );
    }
}
