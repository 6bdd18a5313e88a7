//! DG101: a Party document's component set in a size outside the Party guide's table.
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::common::formatting::{check_sizes, party_expectations, SizeFindings};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DG101",
    name: "party-font-size",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Formatting,
    scope: Scope::Party,
    locator: "HD 05 PL 2; HD 36 PL 3",
    default_on: true,
    summary_vi: docs!("Cỡ chữ của một thành phần văn bản của Đảng ngoài bảng cỡ chữ của Hướng dẫn 05-HD/VPTW (Phụ lục 2)."),
    summary_en: docs!("A Party document's component is set in a size outside the table of Hướng dẫn 05-HD/VPTW (Phụ lục 2)."),
    docs_vi: docs!("Phụ lục 2 Hướng dẫn 05-HD/VPTW quy định cỡ chữ từng thành phần thể thức văn bản của Đảng: \
tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\" 15; tên cơ quan cấp trên trực tiếp và tên cơ quan ban hành 14; số và ký \
hiệu 14; địa danh, ngày tháng 14; tên loại 15–16; trích yếu 14–15; trích yếu công văn 12; nội dung (cả căn \
cứ) 14–15; quyền hạn, chức vụ, họ tên người ký 14; chữ \"Kính gửi\", \"Kính trình\" 14 và tên nơi gửi sau \
đó 14–15; chữ \"Nơi nhận\" 14; danh sách nơi nhận 12. Văn bản ghi ngày trước 27/5/2026 được xét theo Hướng \
dẫn 36-HD/VPTW (Phụ lục 3), cùng bảng cỡ chữ trừ tên nơi gửi sau \"Kính gửi\" là 14. Quy tắc xét cỡ chữ thực \
tế của từng đoạn chữ (sau khi tính kiểu) và báo đoạn chữ đầu tiên sai cỡ của mỗi dòng; các dòng liền nhau \
của cùng một thành phần, cùng một cỡ sai được báo một lần, kèm số dòng; nội dung trong bảng \
không bị xét. Các quy tắc TB (cỡ chữ theo Nghị định 30) không chạy trên văn bản của Đảng. Cần tệp .docx. Sửa \
tự động (tệp .docx): đặt cỡ chữ gần nhất trong khoảng cho mọi đoạn chữ sai cỡ của dòng (13 → 14). Văn bản ghi ngày trước 03/4/2018 (khi đó theo Hướng dẫn 11-HD/VPTW năm 2004, thethuc chưa có bảng của hướng dẫn này) không bị xét."),
    docs_en: docs!("Phụ lục 2 of Hướng dẫn 05-HD/VPTW sets the size of each component of a Party document: the \
heading \"ĐẢNG CỘNG SẢN VIỆT NAM\" 15; the direct superior and the issuer 14; the number 14; place and \
date 14; type name 15–16; summary 14–15; a letter's summary 12; body and legal basis 14–15; signing \
authority, position and name 14; the words \"Kính gửi\" and \"Kính trình\" 14 and the recipients after \
them 14–15; the word \"Nơi nhận\" 14; the list of recipients 12. A document dated before 27/5/2026 is \
read against Hướng dẫn 36-HD/VPTW (Phụ lục 3), the same table but 14 for the recipients after \
\"Kính gửi\". The rule reads the effective size of every run (after styles) and reports the first run \
of a line in a wrong size; neighbouring lines of one component in the same \
wrong size make one finding, with their count; body text inside tables is not checked. The TB rules (sizes of Nghị định 30) \
do not run on Party documents. Needs a .docx. The fix (.docx) sets the nearest size in the range on \
every run of the line in a wrong size (13 → 14). A document dated before 03/4/2018 (then under Hướng dẫn 11-HD/VPTW of 2004, whose table thethuc does not hold) is not checked."),
    bad: docs!("(a Party document whose body is set in 13 pt)"),
    good: docs!("(the body in 14 pt, the heading \"ĐẢNG CỘNG SẢN VIỆT NAM\" in 15 pt)"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    check_sizes(
        ctx,
        out,
        &RULE,
        &party_expectations(ctx),
        SizeFindings::Grouped,
    );
}

#[cfg(test)]
mod tests {
    use crate::input::blocks::{Block, RunStyle, StyledDocument};

    /// A Party công văn dated `date`, every line in a size of the guides' table, the line
    /// `Kính gửi: …` (the word and its recipient) in `kinh_gui_pt`: the text each DG101
    /// finding covers.
    fn sized_letter(date: &str, kinh_gui_pt: f32) -> Vec<String> {
        let kinh_gui = "Kính gửi: Các chi bộ trực thuộc Đảng ủy xã";
        let lines: [(&str, f32); 15] = [
            ("ĐẢNG BỘ TỈNH LÀO CAI", 14.0),
            ("ĐẢNG CỘNG SẢN VIỆT NAM", 15.0),
            ("ĐẢNG ỦY XÃ BẢO YÊN", 14.0),
            ("*", 14.0),
            ("Số 125-CV/ĐU", 14.0),
            (date, 14.0),
            ("V/v triển khai học tập Nghị quyết Đại hội Đảng bộ xã", 12.0),
            (kinh_gui, kinh_gui_pt),
            ("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã đề nghị các chi bộ tổ chức học tập Nghị quyết.", 14.0),
            ("Nơi nhận:", 14.0),
            ("- Như trên,", 12.0),
            ("- Lưu Văn phòng Đảng ủy.", 12.0),
            ("T/M ĐẢNG ỦY", 14.0),
            ("BÍ THƯ", 14.0),
            ("Nguyễn Văn An", 14.0),
        ];
        let document = StyledDocument {
            blocks: lines
                .iter()
                .map(|&(text, size)| Block {
                    text: text.to_owned(),
                    runs: vec![RunStyle {
                        start: 0,
                        end: text.len() as u32,
                        font_size_pt: Some(size),
                        ..RunStyle::default()
                    }],
                    ..Block::default()
                })
                .collect(),
            sections: Vec::new(),
        };
        let config = crate::config::Config {
            select: vec!["DG101".into()],
            ..crate::config::Config::default()
        };
        let report = crate::check_styled(&document, &config);
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "DG101")
            .map(|d| d.span.of(report.source.text()).to_owned())
            .collect()
    }

    /// The recipient after `Kính gửi` may be 15 pt under Hướng dẫn 05-HD/VPTW, not under
    /// Hướng dẫn 36-HD/VPTW (14 pt), which a letter dated before 27/5/2026 follows.
    #[test]
    fn the_recipient_after_kinh_gui_in_15_pt_by_the_guide_of_the_date() {
        let before_hd05 = "Bảo Yên, ngày 15 tháng 4 năm 2025";
        let under_hd05 = "Bảo Yên, ngày 15 tháng 6 năm 2026";
        assert_eq!(sized_letter(before_hd05, 14.0), Vec::<String>::new());
        assert_eq!(sized_letter(under_hd05, 15.0), Vec::<String>::new());
        assert_eq!(
            sized_letter(before_hd05, 15.0),
            ["Kính gửi: Các chi bộ trực thuộc Đảng ủy xã"]
        );
    }
}
