use crate::diagnostic::Severity;
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "NN006",
    name: "nhu-tren",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.9",
    default_on: true,
    summary_vi: docs!("Có `Kính gửi` thì nơi nhận đầu tiên phải là `- Như trên;`; không có `Kính gửi` thì `Như trên` vô nghĩa."),
    summary_en: docs!("With a `Kính gửi` block, the first recipient must be `- Như trên;`; without one, `Như trên` is meaningless."),
    docs_vi: docs!("Phụ lục I (mục II.9) Nghị định 30/2020/NĐ-CP: công văn, tờ trình và báo cáo gửi cấp trên có \
phần `Kính gửi:`; khi đó phần `Nơi nhận:` ghi trước hết `- Như trên;` (chỉ các cơ quan đã kính gửi), rồi \
đến các nơi nhận khác. Báo cảnh báo khi có `Kính gửi` mà nơi nhận đầu tiên không phải `Như trên` (thiếu \
hoặc không đứng đầu), và khi văn bản không có `Kính gửi` mà vẫn ghi `Như trên` (không có gì ở \"trên\" để \
chỉ tới). `Như trên (để thực hiện);` được chấp nhận; `- Như Điều 3;` của quyết định không bị báo. Không \
sửa tự động. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày phần `Nơi nhận:` (các dòng `- …;`, dòng cuối `- Lưu: VT, …`) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (II.9) of ND30: công văn, tờ trình and reports sent upward have a `Kính gửi:` part; \
their `Nơi nhận:` then starts with `- Như trên;` (the addressees above), followed by the other \
recipients. Reported: a `Kính gửi` document whose first recipient is not `Như trên` (missing or not \
first), and a document without `Kính gửi` that still lists `Như trên` (there is nothing \"above\" to \
point to). `Như trên (để thực hiện);` is accepted; a decision's `- Như Điều 3;` is not reported. No \
automatic fix. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Nơi nhận:` block (`- …;` lines, the last `- Lưu: VT, …`) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Kính gửi: Sở Tài chính\n\nNội dung.\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    good: docs!("Kính gửi: Sở Tài chính\n\nNội dung.\n\nNơi nhận:\n- Như trên;\n- UBND tỉnh;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

/// Whether a recipient line, case-folded, says `Như trên`.
fn is_nhu_tren(folded: &str) -> bool {
    let f = folded.trim_start_matches(|c: char| !crate::text::fold::is_letter(c));
    // A scan runs the words together or loses their marks (`Nhưtrên`, `Nhu tren`).
    let head = crate::text::fold::skeleton(&f.chars().take(12).collect::<String>());
    let words = head
        .strip_prefix("nhu")
        .map(|r| r.strip_prefix(' ').unwrap_or(r));
    words
        .and_then(|r| r.strip_prefix("tren"))
        .is_some_and(|rest| {
            !rest
                .chars()
                .next()
                .is_some_and(crate::text::fold::is_letter)
        })
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let doc = ctx.doc;
    let Some(nn) = &doc.closing.noi_nhan else {
        return;
    };
    let recipients: Vec<usize> = nn
        .items
        .iter()
        .filter_map(|it| it.lines.first().copied())
        .filter(|&i| Some(i) != nn.luu)
        .collect();
    let nhu_tren = recipients
        .iter()
        .copied()
        .find(|&i| is_nhu_tren(ctx.folded_line(i)));
    match &doc.kinh_gui {
        Some(kg) => {
            let first = recipients.first().copied();
            if first.is_some() && first == nhu_tren {
                return;
            }
            let (at, vi, en) = match (nhu_tren, first) {
                (Some(i), _) => (
                    i,
                    "Văn bản có \"Kính gửi\": \"- Như trên;\" phải là nơi nhận đầu tiên.".to_owned(),
                    "The document has a \"Kính gửi\" part: \"- Như trên;\" must be the first recipient.".to_owned(),
                ),
                (None, Some(i)) => (
                    i,
                    format!(
                        "Văn bản có \"Kính gửi\": nơi nhận đầu tiên phải là \"- Như trên;\", không phải \"{}\".",
                        ctx.line_text(i)
                    ),
                    format!(
                        "The document has a \"Kính gửi\" part: the first recipient must be \"- Như trên;\", not \"{}\".",
                        ctx.line_text(i)
                    ),
                ),
                (None, None) => (
                    nn.label,
                    "Văn bản có \"Kính gửi\": phần Nơi nhận phải bắt đầu bằng \"- Như trên;\".".to_owned(),
                    "The document has a \"Kính gửi\" part: the recipients must start with \"- Như trên;\".".to_owned(),
                ),
            };
            out.push(
                RULE.diag(ctx.line(at).span, vi, en)
                    .with_related(ctx.line(kg.label).span),
            );
        }
        None => {
            let Some(i) = nhu_tren else {
                return;
            };
            // A Kính gửi the assembler did not place still gives the `Như trên` its meaning,
            // and so does one a scan's stamp half covered (`SỞ TƯ PHÁP TỈNH LÂM ĐỒNGnh gửi:`):
            // a `gửi:` label early on a line above the recipients.
            let kinh_gui_somewhere = doc.lines.iter().enumerate().any(|(j, l)| {
                let f = ctx.folded_line(j);
                matches!(l.kind, LineKind::KinhGui { .. })
                    || f.trim_start_matches(['|', '*', '_', '#', ' '])
                        .starts_with("kính gửi")
                    || j < nn.label && f.find("gửi:").is_some_and(|at| at <= 60)
                    // Or one a stamp garbled past reading (`ötorữhaTmpÐriolndÐ[" BÙI:`): a
                    // short line ending with its colon right under the V/v.
                    || doc.vv.last() == Some(&(j.wrapping_sub(1)))
                        && f.len() < 40
                        && f.trim_end().ends_with(':')
            });
            if kinh_gui_somewhere {
                return;
            }
            let t = ctx.line_text(i);
            out.push(RULE.diag(
                ctx.line(i).span,
                format!(
                    "\"{t}\": văn bản không có phần \"Kính gửi\" nên \"Như trên\" không chỉ tới ai; ghi rõ nơi nhận."
                ),
                format!(
                    "\"{t}\": the document has no \"Kính gửi\" part, so \"Như trên\" points to nobody; name the recipients."
                ),
            ));
        }
    }
}
