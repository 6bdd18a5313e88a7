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
    for run in preamble_runs(ctx) {
        let n = run.len();
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
            let t = ctx.line_text(last_line).trim_end();
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
            } else {
                c == ';'
            };
            if ok {
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
