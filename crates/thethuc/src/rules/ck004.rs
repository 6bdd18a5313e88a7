use crate::diagnostic::Severity;
use crate::recognize::clues::{is_garbled_title, is_position_words};
use crate::rules::common::signature::{authority_line, title_words};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "CK004",
    name: "kt-deputy-mismatch",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "Đ13",
    default_on: true,
    summary_vi: docs!("Sau `KT. <CHỨC VỤ NGƯỜI ĐỨNG ĐẦU>`, dòng tiếp theo không phải chức vụ cấp phó tương ứng."),
    summary_en: docs!("After `KT. <HEAD>` the next line is not a deputy title of that head (`KT. CHỦ TỊCH`→`PHÓ CHỦ TỊCH`, `KT. BỘ TRƯỞNG`→`THỨ TRƯỞNG`, `KT. GIÁM ĐỐC`→`PHÓ GIÁM ĐỐC`, …)."),
    docs_vi: docs!("Theo Điều 13 Nghị định 30/2020/NĐ-CP, cấp phó ký thay người đứng đầu ghi `KT.` trước chức vụ \
của người đứng đầu; dòng dưới là chức vụ của chính người ký, tức cấp phó của người đứng đầu đó: \
`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`, `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`, \
`KT. CHÁNH VĂN PHÒNG` / `PHÓ CHÁNH VĂN PHÒNG`. Chấp nhận chức vụ cấp phó có thêm phần sau (`PHÓ CHỦ TỊCH \
THƯỜNG TRỰC`), chức vụ người đứng đầu có kèm tên cơ quan (`KT. GIÁM ĐỐC SỞ` / `PHÓ GIÁM ĐỐC`) và cấp phó \
của một trong hai chức vụ người đứng đầu kiêm nhiệm (`KT. BỘ TRƯỞNG, CHỦ NHIỆM` / `PHÓ CHỦ NHIỆM`). Báo cảnh \
báo khi dòng tiếp theo là chức vụ khác (`PHÓ GIÁM ĐỐC` dưới `KT. TỔNG GIÁM ĐỐC`, `PHÓ BỘ TRƯỞNG`) hoặc \
không có dòng chức vụ cấp phó. Không sửa tự động. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Under Article 13 of ND30 a deputy signing for the head writes `KT.` before the head's title; \
the next line is the signer's own title, the deputy of that head: `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, \
`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`, `KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`, `KT. CHÁNH VĂN PHÒNG` / `PHÓ CHÁNH VĂN \
PHÒNG`. A deputy title with more words (`PHÓ CHỦ TỊCH THƯỜNG TRỰC`), a head's title that names the \
body (`KT. GIÁM ĐỐC SỞ` / `PHÓ GIÁM ĐỐC`) and a deputy of either post of a head holding two \
(`KT. BỘ TRƯỞNG, CHỦ NHIỆM` / `PHÓ CHỦ NHIỆM`) are accepted. Reported: another title on the next line \
(`PHÓ GIÁM ĐỐC` under `KT. TỔNG GIÁM ĐỐC`, `PHÓ BỘ TRƯỞNG`), or no deputy title at all. No automatic fix. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

/// The deputy title expected under `KT. <head>`; for a head holding two posts (`BỘ TRƯỞNG,
/// CHỦ NHIỆM`), the deputy of either.
pub(crate) fn deputy_of(head: &str) -> String {
    head.split(',')
        .map(|post| {
            let post = post.trim();
            match post.strip_prefix("BỘ TRƯỞNG") {
                Some(rest) => format!("THỨ TRƯỞNG{rest}"),
                None => format!("PHÓ {post}"),
            }
        })
        .collect::<Vec<_>>()
        .join("\" hoặc \"")
}

/// Whether `line` (white space collapsed) is a deputy title of `head`. A head holding two
/// posts at once (`BỘ TRƯỞNG, CHỦ NHIỆM` of the Government Office) has the deputies of both:
/// a deputy of either post signs for it (`PHÓ CHỦ NHIỆM`, `THỨ TRƯỞNG`).
fn is_deputy(head: &str, line: &str) -> bool {
    head.split(',').any(|post| {
        line.split(',')
            .any(|title| is_deputy_of_post(post.trim(), title.trim()))
    })
}

/// Whether `line` is a deputy title of one post. Compared on skeletons: the marks a scan lost
/// or misread (`PHO GIAM ĐỌC` under `KT. GIÁM ĐÓC`) are a spelling matter, not another title.
fn is_deputy_of_post(head: &str, line: &str) -> bool {
    // A scan's fragment of two small letters before the title (`vn PHO TONG GIAM ĐỌC`).
    let line = match line.split_once(' ') {
        Some((speck, rest))
            if speck.chars().count() <= 2 && speck.chars().all(crate::text::fold::is_lower) =>
        {
            rest
        }
        _ => line,
    };
    let (head, line) = (
        crate::text::fold::skeleton(head),
        crate::text::fold::skeleton(line),
    );
    let starts_words =
        |long: &str, short: &str| long == short || long.starts_with(&format!("{short} "));
    if head == "bo truong" || head.starts_with("bo truong ") {
        return starts_words(&line, "thu truong");
    }
    let Some(title) = line.strip_prefix("pho ") else {
        return false;
    };
    !title.is_empty() && (starts_words(title, &head) || starts_words(&head, title))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let sig = &ctx.doc.closing.signature;
    let mut order: Vec<usize> = sig
        .authority
        .iter()
        .chain(&sig.positions)
        .copied()
        .collect();
    crate::text::sorting::sort(&mut order);
    for &i in &sig.authority {
        let Some(a) = authority_line(ctx, i) else {
            continue;
        };
        if a.canonical != "KT" {
            continue;
        }
        let head = title_words(ctx, &a);
        let expected = deputy_of(&head);
        let kt_line = ctx.line_text(i);
        // The next line of the signature block, possibly in another column, before the name.
        let next = order
            .iter()
            .copied()
            .find(|&j| j > i && sig.name.is_none_or(|n| j < n));
        match next {
            Some(j) => {
                let written = ctx
                    .line_text(j)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                // A title a seal garbled (`PT ƯỞNG BAN`) is not read well enough to judge.
                if is_deputy(&head, &written)
                    || is_garbled_title(&written) && !is_position_words(&written)
                {
                    continue;
                }
                out.push(
                    RULE.diag(
                        ctx.line(j).span,
                        format!(
                            "Dưới \"{kt_line}\" phải là chức vụ cấp phó \"{expected}\", không phải \"{written}\"."
                        ),
                        format!(
                            "Under \"{kt_line}\" the signer's title must be the deputy title \"{expected}\", not \"{written}\"."
                        ),
                    )
                    .with_related(ctx.line(i).span),
                );
            }
            // A prefix a scan garbled (`KÍ.GIÁM ĐÓC`) is read as `KT.` for its shape alone:
            // with no title under it, nothing says a deputy signed.
            None if !matches!(fold_case(ctx.s(a.prefix)).as_str(), "kt" | "k/t") => {}
            None => out.push(RULE.diag(
                ctx.line(i).span,
                format!("Sau \"{kt_line}\" thiếu dòng chức vụ của người ký thay (\"{expected}\")."),
                format!(
                    "After \"{kt_line}\" the signer's deputy title (\"{expected}\") is missing."
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{deputy_of, is_deputy};

    #[test]
    fn a_deputy_title_whose_marks_a_scan_lost() {
        assert!(is_deputy("GIÁM ĐÓC", "PHO GIAM ĐỌC"));
        assert!(is_deputy("TÔNG GIÁM ĐÓC", "vn PHO TONG GIAM ĐỌC"));
        assert!(is_deputy("BỘ TRƯỞNG", "THU TRUONG"));
        assert!(!is_deputy("GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"));
        assert!(!is_deputy("CHỦ TỊCH", "PHÓ GIÁM ĐỐC"));
    }

    /// A deputy's title a seal garbled (`PT ƯỞNG BAN`, `WU TƯỜNG`) is not judged; one that
    /// reads as another title is.
    #[test]
    fn a_deputy_title_a_seal_garbled_is_not_judged() {
        let count = |position: &str| {
            let text = format!("BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 21/CT-CS\tHà Nội, ngày 08 tháng 4 năm 2026\nV/v chính sách thuế\nKính gửi: Thuế tỉnh Ninh Bình.\nCục Thuế trả lời để Thuế tỉnh được biết./.\n\nNơi nhận: KT. TRƯỞNG BAN\n- Như trên;\n- Ban PC; {position}\n- Lưu: VT, CS.\nMạnh Thị Mai\n");
            crate::check_str(&text, &crate::Config::default())
                .diagnostics
                .iter()
                .filter(|d| d.code == "CK004")
                .count()
        };
        assert_eq!(count("PT ƯỞNG BAN"), 0);
        assert_eq!(count("WU TƯỜNG"), 0);
        assert_eq!(count("PHÓ TRƯỞNG BAN"), 0);
        assert_eq!(count("CHÁNH VĂN PHÒNG"), 1);
    }

    /// The Minister and Chairman of the Government Office signs as `BỘ TRƯỞNG, CHỦ NHIỆM`;
    /// his deputies are Phó Chủ nhiệm or Thứ trưởng.
    #[test]
    fn a_deputy_of_either_post_of_a_head_holding_two() {
        assert!(is_deputy("BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"));
        assert!(is_deputy("BỘ TRƯỞNG, CHỦ NHIỆM", "THỨ TRƯỞNG"));
        assert!(is_deputy(
            "BỘ TRƯỞNG, CHỦ NHIỆM",
            "THỨ TRƯỞNG, PHÓ CHỦ NHIỆM"
        ));
        assert!(!is_deputy("BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ GIÁM ĐỐC"));
        assert!(!is_deputy("BỘ TRƯỞNG, CHỦ NHIỆM", "CHÁNH VĂN PHÒNG"));
        assert_eq!(
            deputy_of("BỘ TRƯỞNG, CHỦ NHIỆM"),
            "THỨ TRƯỞNG\" hoặc \"PHÓ CHỦ NHIỆM"
        );
    }
}
