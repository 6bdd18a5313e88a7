use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::rules::common::body::stops_inside_quotation;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NN001",
    name: "missing-noi-nhan",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: docs!("Thiếu phần Nơi nhận."),
    summary_en: docs!("No recipients block."),
    docs_vi: docs!("Nơi nhận là thành phần bắt buộc của văn bản hành chính (Điều 8 và Phụ lục I mục II.9 Nghị \
định 30/2020/NĐ-CP): từ `Nơi nhận:` ở phía trái, ngang hàng với dòng chức vụ người ký, rồi danh sách nơi \
nhận, dòng cuối là `- Lưu: VT, …`. Báo lỗi khi văn bản có cấu trúc của văn bản hành chính (có phần đầu \
hoặc khối chữ ký) mà không có phần Nơi nhận. Dòng có chữ \"Nơi nhận\" mà công cụ chưa nhận ra (ví dụ nằm \
trong bảng) thì không báo. Không sửa tự động: công cụ không thêm nội dung còn thiếu. Văn bản ban hành kèm theo một văn bản khác (quy chế, quy định, điều lệ có dòng `(Ban hành kèm theo Quyết định số …)` dưới tên loại) mang số, ngày và nơi nhận của văn bản đó: không bị báo. Phiếu trình giải quyết công việc (biểu mẫu nội bộ của văn phòng, một lưới ô ý kiến) theo mẫu không có địa danh, ngày tháng và nơi nhận: không bị báo. Danh sách (`DANH SÁCH`) không có số và không có phần kết thúc nào là danh sách đi kèm một văn bản khác (tài liệu phát tại hội nghị, danh sách kèm theo quyết định), mang số, nơi nhận và chữ ký của văn bản đó: không bị báo. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày phần `Nơi nhận:` (các dòng `- …;`, dòng cuối `- Lưu: VT, …`) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ). Văn bản bị cắt giữa một đoạn trích dẫn (dấu `“` mở cuối cùng không được đóng và không đọc được gì của phần kết hay phụ lục: bản chụp chỉ có trang đầu, một đoạn trích) mất phần kết cùng các trang sau: không bị báo."),
    docs_en: docs!("The recipients block is a mandatory component (Article 8 and Phụ lục I II.9 of ND30): the \
word `Nơi nhận:` on the left, level with the signer's position, then the list of recipients, the last \
line being `- Lưu: VT, …`. Reported when a document structured as an administrative document (a header \
or a signature block) has no recipients block. A line holding the words \"Nơi nhận\" that was not \
recognised (inside a table, say) silences the rule. No automatic fix: missing content is never invented. A document issued with another (rules, regulations, statutes with a `(Ban hành kèm theo Quyết định số …)` line under the title) carries that document's number, date and recipients: not reported. An office's routing form (phiếu trình giải quyết công việc, a grid of approval boxes) has by design no place and date and no recipients: not reported. A list (`DANH SÁCH`) with neither a number nor any closing is the list that goes with another document (a conference handout, a decision's attachment), numbered, sent and signed in that document: not reported. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Nơi nhận:` block (`- …;` lines, the last `- Lưu: VT, …`) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms). A text cut off inside a quotation (its last `“` never closed, nothing of a closing or an appendix read: a scan of the first page, an excerpt) lost its closing with the pages after it: not reported."),
    bad: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n\nNội dung.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\n\nNội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let doc = ctx.doc;
    // A regulation issued with a decision is sent with it, to the decision's recipients.
    // A certificate in its sector law's form goes to its holder.
    if doc.closing.noi_nhan.is_some()
        || doc.frame_is_elsewhere()
        || crate::rules::common::header::certificate_in_its_own_form(ctx)
    {
        return;
    }
    // A text cut off inside a quotation lost its closing with the pages after it.
    if stops_inside_quotation(ctx) {
        return;
    }
    // A Nơi nhận that the assembler did not place (before the body, inside a table row) is a
    // recognition problem, not a missing block.
    let mentioned = doc.lines.iter().any(|l| {
        let f = fold_case(ctx.s(l.span));
        matches!(l.kind, LineKind::NoiNhan { .. })
            || f.trim_start_matches(['|', '*', '_', '#', '>', ' '])
                .starts_with("nơi nhận")
            || f.contains("| nơi nhận")
            || f.contains("|nơi nhận")
            || f.contains("**nơi nhận")
    });
    if mentioned {
        return;
    }
    let sig = &doc.closing.signature;
    let structured = doc.header.quoc_hieu.is_some()
        || doc.header.so.is_some()
        || !sig.authority.is_empty()
        || !sig.positions.is_empty();
    if !structured {
        return;
    }
    // Where the block belongs: beside the signature, or after the last line.
    let at = sig
        .authority
        .iter()
        .chain(&sig.positions)
        .min()
        .map(|&i| ctx.line(i).span.start)
        .or_else(|| doc.lines.last().map(|l| l.span.end))
        .unwrap_or(0);
    out.push(RULE.diag(
        Span::new(at, at),
        "Thiếu phần \"Nơi nhận:\" (danh sách nơi nhận, dòng cuối \"- Lưu: VT, …\").",
        "The recipients block \"Nơi nhận:\" is missing (list of recipients ending with \"- Lưu: VT, …\").",
    ));
}
