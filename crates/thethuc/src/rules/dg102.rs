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
