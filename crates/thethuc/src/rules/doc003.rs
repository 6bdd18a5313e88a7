use crate::diagnostic::Severity;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "DOC003",
    name: "coverage",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Document,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Phạm vi kiểm tra: bao nhiêu quy tắc đã chạy, bao nhiêu chưa chạy được trên đầu vào này."),
    summary_en: docs!("Coverage: how many rules ran, and which could not run on this input."),
    docs_vi: docs!("Mỗi lần kiểm tra có đúng một thông báo này. \"Không có lỗi\" chỉ có nghĩa là không có lỗi \
trong các quy tắc đã chạy: các quy tắc định dạng (phông, cỡ chữ, lề…) cần tệp .docx hoặc kiểu chữ \
của trình soạn thảo, nên không chạy được trên văn bản thuần."),
    docs_en: docs!("Every check emits exactly one. \"No findings\" only means no findings among the rules that \
ran: formatting rules (font, size, margins…) need a .docx or the editor's styles and cannot run on \
plain text."),
    bad: docs!(""),
    good: docs!(""),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let c = crate::rules::coverage::coverage(ctx);
    let (profile_vi, profile_en) = profile(ctx);
    let mut vi = format!(
        "{profile_vi} Đã chạy {}/{} quy tắc áp dụng được.",
        c.evaluated, c.applicable
    );
    let mut en = format!(
        "{profile_en} Ran {} of {} applicable rules.",
        c.evaluated, c.applicable
    );
    if !c.shared_with_qppl.is_empty() {
        let list = c.shared_with_qppl.join(", ");
        let n = c.shared_with_qppl.len();
        vi.push_str(&format!(
            " Trong đó có {n} quy tắc của Nghị định 30 mà mẫu văn bản quy phạm pháp luật của Nghị định 78/2025/NĐ-CP (sửa đổi bởi Nghị định 187/2025/NĐ-CP) nhắc lại ({list})."
        ));
        en.push_str(&format!(
            " Among them {n} ND30 rules that the legal normative forms of Decree 78/2025/NĐ-CP (as amended by Decree 187/2025/NĐ-CP) repeat ({list})."
        ));
    }
    if ctx.doc.is_party_without_header() {
        let n = c.not_evaluated_regime.len();
        vi.push_str(&format!(
            " Văn bản của Đảng in lại không có phần đầu (tiêu đề Đảng, tên cơ quan ban hành, số và ký hiệu, ngày tháng): không chạy {n} quy tắc về thể thức của Nghị định 30 và của hướng dẫn của Đảng; chỉ kiểm tra lớp chữ."
        ));
        en.push_str(&format!(
            " A Party text reprinted without its header (Party heading, issuer, number, date): {n} format rules of ND30 and of the Party guides not run; only the text layer is checked."
        ));
    } else if !c.not_evaluated_regime.is_empty() {
        vi.push_str(&format!(
            " {} quy tắc của Nghị định 30 không áp dụng cho loại văn bản này.",
            c.not_evaluated_regime.len()
        ));
        en.push_str(&format!(
            " {} ND30 rules do not apply to this kind of document.",
            c.not_evaluated_regime.len()
        ));
    }
    if !c.not_evaluated_type.is_empty() && ctx.doc.is_appendix_only() {
        let list = c.not_evaluated_type.join(", ");
        vi.push_str(&format!(
            " Tệp chỉ gồm phụ lục của một văn bản khác (không có phần đầu, tên loại, phần kết riêng): không chạy {} quy tắc về các thành phần đó ({list}).",
            c.not_evaluated_type.len()
        ));
        en.push_str(&format!(
            " The file holds only an appendix of another document (no header, type or closing of its own): {} rules on those components not run ({list}).",
            c.not_evaluated_type.len()
        ));
    } else if !c.not_evaluated_type.is_empty() {
        let list = c.not_evaluated_type.join(", ");
        let name = ctx
            .doc
            .title
            .as_ref()
            .and_then(|t| t.doc_type)
            .map_or("", |t| t.name);
        vi.push_str(&format!(
            " {name} không thuộc 29 loại văn bản hành chính (văn bản ban hành theo pháp luật chuyên ngành): không chạy {} quy tắc riêng của các loại đó ({list}).",
            c.not_evaluated_type.len()
        ));
        en.push_str(&format!(
            " {name} is not one of the 29 administrative types (a document issued under a sector law): {} rules of those types not run ({list}).",
            c.not_evaluated_type.len()
        ));
    }
    if !c.not_evaluated_guide.is_empty() {
        let list = c.not_evaluated_guide.join(", ");
        vi.push_str(&format!(
            " Không chạy {} quy tắc chỉ có từ Hướng dẫn 05-HD/VPTW ({list}).",
            c.not_evaluated_guide.len()
        ));
        en.push_str(&format!(
            " {} rules that only Hướng dẫn 05-HD/VPTW has not run ({list}).",
            c.not_evaluated_guide.len()
        ));
    }
    let blind = &c.not_evaluated_formatting;
    if !blind.is_empty() {
        let list = blind.join(", ");
        let n = blind.len();
        if ctx.doc.styled.is_some() {
            // An editor's paragraphs: fonts and sizes ran, the page setup is not known.
            vi.push_str(&format!(
                " Chưa kiểm tra {n} quy tắc về trang ({list}: khổ giấy, lề, số trang) vì cần tệp .docx."
            ));
            en.push_str(&format!(
                " {n} page rules ({list}: paper, margins, page numbers) not evaluated: they need a .docx."
            ));
        } else {
            vi.push_str(&format!(
                " Chưa kiểm tra {n} quy tắc định dạng ({list}) vì đầu vào không có thông tin định dạng; hãy kiểm tra tệp .docx."
            ));
            en.push_str(&format!(
                " {n} formatting rules ({list}) not evaluated: the input carries no formatting; check the .docx."
            ));
        }
    }
    out.push(RULE.diag(ctx.missing_anchor(), vi, en));
}

/// Which rules the document was checked against, and why: the profile the configuration chose
/// or the one read from the document, and for a Party document the guide its date selects.
fn profile(ctx: &Ctx<'_>) -> (String, String) {
    use crate::model::document::Regime;
    use crate::rules::common::party::{guide, Guide};
    let chosen = ctx.config.profile != crate::config::Profile::Auto;
    let (what_vi, what_en) = match ctx.doc.regime {
        Regime::Nd30 => (
            "Nghị định 30/2020/NĐ-CP (văn bản hành chính)",
            "Nghị định 30/2020/NĐ-CP (administrative document)",
        ),
        Regime::Party => match guide(ctx) {
            (Guide::Hd05, true) => (
                "Hướng dẫn 05-HD/VPTW (văn bản của Đảng ghi ngày từ 27/5/2026)",
                "Hướng dẫn 05-HD/VPTW (Party document dated from 27/5/2026)",
            ),
            (Guide::Hd05, false) => (
                "Hướng dẫn 05-HD/VPTW (văn bản của Đảng không ghi ngày: theo hướng dẫn đang có hiệu lực)",
                "Hướng dẫn 05-HD/VPTW (undated Party document: the guide in force)",
            ),
            (Guide::Hd36, _) => (
                "Hướng dẫn 36-HD/VPTW (văn bản của Đảng ghi ngày trước 27/5/2026)",
                "Hướng dẫn 36-HD/VPTW (Party document dated before 27/5/2026)",
            ),
        },
        Regime::YouthUnion => (
            "thể thức của Đoàn TNCS Hồ Chí Minh (chưa có bộ quy tắc riêng)",
            "the Youth Union's format (no rule pack yet)",
        ),
        Regime::Qppl if crate::rules::common::qppl::under_law_64(ctx) => (
            "Luật 64/2025/QH15 và Nghị định 78/2025/NĐ-CP (văn bản quy phạm pháp luật)",
            "Law 64/2025/QH15 and Decree 78/2025/NĐ-CP (legal normative document)",
        ),
        Regime::Qppl => (
            "văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (trước Luật 64/2025/QH15: chỉ kiểm tra năm trong số)",
            "legal normative document dated before 01/4/2025 (before Law 64/2025/QH15: only the year in the number is checked)",
        ),
    };
    let how_vi = if chosen {
        "theo cấu hình"
    } else {
        "tự nhận diện"
    };
    let how_en = if chosen {
        "set by the configuration"
    } else {
        "told from the document"
    };
    (
        format!("Bộ quy tắc: {what_vi}, {how_vi}."),
        format!("Rule pack: {what_en}, {how_en}."),
    )
}
