use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::body::preamble_runs;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "ND001",
    name: "can-cu-punctuation",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Mỗi dòng căn cứ kết thúc bằng dấu chấm phẩy `;`, dòng cuối cùng kết thúc bằng dấu chấm `.`."),
    summary_en: docs!("Each căn cứ line ends with `;`, the last one with `.`."),
    docs_vi: docs!("Các căn cứ ban hành văn bản trình bày mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy `;`, \
dòng cuối cùng kết thúc bằng dấu chấm `.` (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.6). Trong quyết \
định, dòng `Theo đề nghị của …` đứng sau các căn cứ là dòng cuối cùng và kết thúc bằng dấu chấm. Căn cứ \
viết trên nhiều dòng được xét ở dòng cuối của đoạn; đoạn `Thực hiện …` và đoạn kết thúc bằng dấu hai \
chấm (câu dẫn) không xét. Công văn không có phần căn cứ ban hành (mẫu 1.5 Phụ lục III): đoạn `Căn cứ …` \
trong công văn là lời văn, không xét. Sửa tự động an toàn: thay dấu cuối dòng (`,` `.` `;`) bằng dấu đúng, hoặc thêm \
dấu khi chưa có."),
    docs_en: docs!("The legal bases of a document stand one per line, each ending with a semicolon `;`, the \
last one with a period `.` (Phụ lục I of ND30, II.6). In a decision, the `Theo đề nghị của …` line after \
the bases is the last line and ends with a period. A căn cứ wrapped over several lines is judged on the \
paragraph's last line; `Thực hiện …` paragraphs and paragraphs ending with a colon (a lead-in sentence) \
are not judged. A công văn has no legal bases (mẫu 1.5 of Phụ lục III): a `Căn cứ …` paragraph in a \
letter is prose and is not judged. Safe fix: replace the final mark (`,` `.` `;`) with the right one, or add it when missing."),
    bad: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Chánh Văn phòng.\n\nQUYẾT ĐỊNH:\n"),
    good: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Chánh Văn phòng.\n\nQUYẾT ĐỊNH:\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // A công văn has no legal bases (Phụ lục III, mẫu 1.5): its `Căn cứ công văn số …` is the
    // letter's prose, punctuated as its sentence goes on.
    if ctx.doc.is_cong_van() {
        return;
    }
    let paragraphs = &ctx.doc.paragraphs;
    let judged = |k: usize| {
        paragraphs[k]
            .lines
            .first()
            .is_some_and(|&f| matches!(ctx.kind(f), LineKind::CanCu | LineKind::TheoDeNghi))
    };
    for run in preamble_runs(ctx) {
        let n = run.len();
        // The last căn cứ or `Theo đề nghị` of the run: only `Thực hiện …` paragraphs after it.
        let last_judged = run.iter().rposition(|&k| judged(k));
        for (pos, &k) in run.iter().enumerate() {
            let p = &paragraphs[k];
            let (Some(&first), Some(&last_line)) = (p.lines.first(), p.lines.last()) else {
                continue;
            };
            let kind = ctx.kind(first);
            let theo = matches!(kind, LineKind::TheoDeNghi);
            if !theo && !matches!(kind, LineKind::CanCu) {
                continue;
            }
            let is_last = pos + 1 == n;
            let line = ctx.line(last_line);
            let t = without_speck(ctx.line_text(last_line).trim_end());
            let Some(c) = t.chars().last() else { continue };
            // A lead-in sentence (`…, Sở ban hành Kế hoạch như sau:`) or a draft's dotted blank.
            if c == ':' || c == '…' || t.ends_with("..") || t.ends_with("_") {
                continue;
            }
            let ok = if is_last {
                // `Theo đề nghị …;` followed by an enacting sentence (Nghị định pattern).
                c == '.'
                    || (theo
                        && c == ';'
                        && paragraphs
                            .get(k + 1)
                            .and_then(|q| q.lines.first())
                            .is_some_and(|&f| !matches!(ctx.kind(f), LineKind::Enacting)))
            } else if Some(pos) == last_judged {
                // The list of bases ends here; a `Thực hiện …` sentence follows it (a tờ trình's
                // narrative): the period that closes the list and a semicolon both read right.
                c == ';' || c == '.'
            } else {
                c == ';'
            };
            // The list goes on past the run with the same bullet (`- Căn cứ …;` / `- Trên cơ sở
            // đề nghị của …, Trung tâm … thông báo sau đây:`): this căn cứ is not the last item.
            // So is a căn cứ followed closely by another one the preamble's run left out (the
            // run cut where a căn cứ wrapped over lines that end with `;`).
            let continued =
                is_last && c == ';' && (bullet_goes_on(ctx, k) || another_basis_follows(ctx, k));
            if ok || continued {
                continue;
            }
            let want = if is_last { "." } else { ";" };
            let end = line.span.start + t.len() as u32;
            let clen = c.len_utf8() as u32;
            let (span, edit) = if matches!(c, '.' | ',' | ';') {
                let s = Span::new(end - clen, end);
                (s, Edit::replace(s, want))
            } else {
                (Span::new(end - clen, end), Edit::insert(end, want))
            };
            let what = if theo {
                "Dòng \"Theo đề nghị\""
            } else {
                "Căn cứ"
            };
            let what_en = if theo {
                "The \"Theo đề nghị\" line"
            } else {
                "The căn cứ"
            };
            let (vi, en) = if is_last {
                (
                    format!("{what} là dòng cuối cùng của phần căn cứ, phải kết thúc bằng dấu chấm \".\"."),
                    format!("{what_en} is the last line of the legal bases and must end with a period \".\"."),
                )
            } else {
                (
                    format!("{what} phải kết thúc bằng dấu chấm phẩy \";\" (chỉ dòng cuối cùng kết thúc bằng dấu chấm)."),
                    format!("{what_en} must end with a semicolon \";\" (only the last line ends with a period)."),
                )
            };
            out.push(RULE.diag(span, vi, en).with_fix(Fix::safe(
                Message::new(
                    format!("Kết thúc bằng \"{want}\""),
                    format!("End with \"{want}\""),
                ),
                vec![edit],
            )));
        }
    }
}

/// The line without a scan's speck after its final mark (`… của Luật Nhà ở; «`): a last word of
/// one or two characters, none a letter or a digit, after a `;` or a `.`.
fn without_speck(t: &str) -> &str {
    let Some((head, last)) = t.rsplit_once(char::is_whitespace) else {
        return t;
    };
    let head = head.trim_end();
    let speck = last.chars().count() <= 2
        && !last
            .chars()
            .any(|c| crate::text::fold::is_letter_or_digit(c) || c == ')');
    if speck && head.ends_with([';', '.']) {
        head
    } else {
        t
    }
}

/// How many paragraphs after the run's last a căn cứ it left out may stand.
const BASIS_REACH: usize = 3;

/// Whether one of the few paragraphs after paragraph `k` opens with a `Căn cứ` line.
fn another_basis_follows(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.doc
        .paragraphs
        .iter()
        .skip(k + 1)
        .take(BASIS_REACH)
        .filter_map(|p| p.lines.first())
        .any(|&f| matches!(ctx.kind(f), LineKind::CanCu))
}

/// Whether the paragraph after paragraph `k` opens with the same bullet (`- `, `+ `) as it.
fn bullet_goes_on(ctx: &Ctx<'_>, k: usize) -> bool {
    let bullet = |k: usize| {
        let p = ctx.doc.paragraphs.get(k)?;
        let t = ctx.line_text(*p.lines.first()?).trim_start();
        let c = t.chars().next()?;
        (matches!(c, '-' | '+' | '•' | '–') && t[c.len_utf8()..].starts_with(' ')).then_some(c)
    };
    bullet(k).is_some() && bullet(k) == bullet(k + 1)
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn nd001(text: &str) -> Vec<String> {
        crate::check_str(text, &Config::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "ND001")
            .map(|d| d.message.vi.clone())
            .collect()
    }

    const DECISION: &str = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc\nSố: 1772/QĐ-UBND\tĐồng Nai, ngày 30 tháng 5 năm 2025\n\nQUYẾT ĐỊNH\nVề việc chấp thuận chuyển nhượng quyền sử dụng đất\n\nỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n\n";

    #[test]
    fn a_scan_speck_after_the_semicolon_is_not_the_end_mark() {
        let text = format!("{DECISION}Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;\n\nCăn cứ Nghị định số 95/2024/NĐ-CP ngày 24 tháng 7 năm 2024 của\nChính phủ quy định chi tiết một số điều của Luật Nhà ở; «\n\nTheo đề nghị của Giám đốc Sở Xây dựng.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Chấp thuận.\n");
        assert_eq!(nd001(&text), Vec::<String>::new());
        // A căn cứ that really ends without its mark is still reported.
        let text = format!("{DECISION}Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;\n\nCăn cứ Nghị định số 95/2024/NĐ-CP ngày 24 tháng 7 năm 2024 của\nChính phủ quy định chi tiết một số điều của Luật Nhà ở «\n\nTheo đề nghị của Giám đốc Sở Xây dựng.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Chấp thuận.\n");
        assert_eq!(nd001(&text).len(), 1);
    }

    const SUBMISSION: &str = "UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 15/TTr-SCT\tLào Cai, ngày 14 tháng 5 năm 2026\n\nTỜ TRÌNH\nVề việc phê duyệt phương án nổ mìn\n\nKính gửi: Ủy ban nhân dân tỉnh Lào Cai\n\n";

    #[test]
    fn the_last_basis_before_a_thuc_hien_sentence_may_end_with_a_period() {
        let text = format!("{SUBMISSION}Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ quy định chi tiết về vật liệu nổ công nghiệp;\nCăn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Lào Cai quy định chức năng, nhiệm vụ của Sở Công Thương tỉnh Lào Cai.\nThực hiện Phiếu chuyển số 466/PC-VPUBND ngày 12/5/2026 của Văn phòng UBND tỉnh, Sở Công Thương báo cáo như sau:\nI. TÌNH HÌNH KHU VỰC ĐỀ NGHỊ\nQua kiểm tra, khu vực nổ mìn gồm đập đầu mối.\n");
        assert_eq!(nd001(&text), Vec::<String>::new());
        // A basis in the middle of the list still ends with a semicolon.
        let text = text.replacen("vật liệu nổ công nghiệp;", "vật liệu nổ công nghiệp.", 1);
        assert_eq!(nd001(&text).len(), 1, "{:?}", nd001(&text));
    }

    const NOTICE: &str = "BỘ TƯ PHÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM ĐĂNG KÝ GIAO DỊCH, TÀI SẢN TẠI ĐÀ NẴNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 932/TB-TT3\tĐà Nẵng, ngày 10 tháng 07 năm 2025\n\nTHÔNG BÁO\nVỀ VIỆC XÓA ĐĂNG KÝ\nKính gửi: Công an xã Tân An, tỉnh Đồng Nai\n";

    #[test]
    fn a_basis_the_same_bullet_list_goes_on_after_ends_with_a_semicolon() {
        let text = format!("{NOTICE}- Căn cứ quy định tại Điều 7 Nghị định số 21/2021/NĐ-CP ngày 19 tháng 3 năm 2021 của Chính phủ quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ;\n- Căn cứ quy định tại Điều 22 Nghị định số 99/2022/NĐ-CP ngày 30 tháng 11 năm 2022 của Chính phủ về đăng ký biện pháp bảo đảm;\n- Trên cơ sở đề nghị của Ngân hàng TMCP Quốc tế Việt Nam, Trung tâm kính thông báo với Quý Cơ quan về thông tin sau đây:\n1. Phương tiện đã được xóa đăng ký.\n");
        assert_eq!(nd001(&text), Vec::<String>::new());
        // A căn cứ wrapped over lines that end with `;`, then more căn cứ.
        let wrapped = text.replacen(
            "bảo đảm thực hiện nghĩa vụ;",
            "bảo đảm thực hiện nghĩa vụ; khoản 4, khoản 5 Điều 321;\nkhoản 6 Điều 323 Bộ luật Dân sự năm 2015;",
            1,
        );
        assert_eq!(nd001(&wrapped), Vec::<String>::new());
        // Without the bullet going on, the last basis ends with a period.
        let text = text.replacen("- Trên cơ sở", "Trên cơ sở", 1);
        assert_eq!(nd001(&text).len(), 1, "{:?}", nd001(&text));
    }
}
