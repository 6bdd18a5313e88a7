use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::body::preamble_runs;
use crate::rules::common::party::{guide, Guide};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG010",
    name: "party-can-cu-form",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 6.2.3; HD 36 1.6.2",
    default_on: true,
    summary_vi: docs!("Căn cứ ban hành văn bản của Đảng: mỗi căn cứ kết thúc bằng `;`, căn cứ cuối cùng bằng `.` hoặc `,`; từ 27/5/2026 mỗi căn cứ mở đầu bằng `- `."),
    summary_en: docs!("A Party document's legal bases: each ends with `;`, the last with `.` or `,`; from 27/5/2026 each opens with `- `."),
    docs_vi: docs!("Phần căn cứ ban hành của văn bản Đảng: mỗi căn cứ một dòng hoặc một khổ riêng, sau mỗi căn cứ có \
dấu chấm phẩy `;`. Hướng dẫn 05-HD/VPTW (mục 6.2.3) thêm: trước mỗi căn cứ có một dấu gạch ngang `-`, căn cứ \
cuối cùng có dấu chấm `.`; Hướng dẫn 36-HD/VPTW (mục 1.6.2) cho căn cứ cuối cùng dấu phẩy `,`. Văn bản thực tế \
của Đảng, kể cả Quy định 399-QĐ/TW, kết thúc căn cứ cuối bằng `,` trước câu ban hành (`- Theo đề nghị của \
Văn phòng Trung ương Đảng,` / `Ban Bí thư quy định …`): quy tắc nhận cả `.` và `,` ở căn cứ cuối. Quy tắc \
báo: căn cứ (không phải cuối) kết thúc khác `;`; căn cứ cuối kết thúc bằng `;` hoặc không có dấu; và, trên \
văn bản ghi ngày từ 27/5/2026 hoặc không ghi ngày, căn cứ không mở đầu bằng `- `. Câu dẫn kết thúc bằng \
`:` và chỗ để trống của bản dự thảo không bị xét. Sửa tự động an toàn: đặt đúng dấu, thêm `- `."),
    docs_en: docs!("A Party document's legal bases: one per line or paragraph, each ending with a semicolon \
`;`. Hướng dẫn 05-HD/VPTW (6.2.3) adds a dash `-` before each and a period `.` after the last; Hướng dẫn \
36-HD/VPTW (1.6.2) gave the last a comma `,`. Real Party documents, Quy định 399-QĐ/TW among them, end \
the last with `,` before the enacting sentence (`- Theo đề nghị của Văn phòng Trung ương Đảng,` / `Ban \
Bí thư quy định …`): the rule takes both `.` and `,` on the last. Reported: a basis other than the last \
not ending with `;`; the last ending with `;` or no mark; and, on a document dated from 27/5/2026 or \
not dated, a basis not opening with `- `. A lead-in ending with `:` and a draft's blanks are not \
judged. Safe fix: put the right mark, add `- `."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-QĐ/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nQUYẾT ĐỊNH\nthành lập Tiểu ban Văn kiện\n-----\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Tỉnh ủy;\nBan Thường vụ Tỉnh ủy quyết định:\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-QĐ/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nQUYẾT ĐỊNH\nthành lập Tiểu ban Văn kiện\n-----\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Tỉnh ủy,\nBan Thường vụ Tỉnh ủy quyết định:\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // A công văn has no legal bases: its `Căn cứ …` is the letter's prose.
    if ctx.doc.is_cong_van() {
        return;
    }
    let hd05 = guide(ctx).0 == Guide::Hd05;
    let paragraphs = &ctx.doc.paragraphs;
    for run in preamble_runs(ctx) {
        // The bases proper: căn cứ and theo đề nghị (a `Thực hiện …` lead-in is a sentence).
        let bases: Vec<usize> =
            run.iter()
                .copied()
                .filter(|&k| {
                    paragraphs[k].lines.first().is_some_and(|&f| {
                        matches!(ctx.kind(f), LineKind::CanCu | LineKind::TheoDeNghi)
                    })
                })
                .collect();
        let n = bases.len();
        for (pos, &k) in bases.iter().enumerate() {
            let p = &paragraphs[k];
            let (Some(&first), Some(&last_line)) = (p.lines.first(), p.lines.last()) else {
                continue;
            };
            if hd05 {
                dash(ctx, first, out);
            }
            let is_last = pos + 1 == n;
            // A text that stops inside its căn cứ (an excerpt, a page cut off) ends there, not
            // the căn cứ.
            if is_last && last_line + 1 >= ctx.doc.lines.len() {
                continue;
            }
            // The list goes on past what was read as its last basis when the next line is
            // another dash item the reader did not take for a basis (a text layer's
            // `- Căn cứNghị định` with the space lost, `- Trên cơ sở …`): the real last one is
            // further down, so the one read last is not judged as last.
            if is_last && next_is_dash_item(ctx, last_line) {
                continue;
            }
            let t = ctx.line_text(last_line).trim_end();
            let Some(c) = t.chars().last() else { continue };
            if c == ':' || c == '…' || t.ends_with("..") || t.ends_with('_') {
                continue;
            }
            let ok = if is_last {
                matches!(c, '.' | ',')
            } else {
                c == ';'
            };
            if ok {
                continue;
            }
            let want = match (is_last, hd05) {
                (false, _) => ";",
                (true, true) => ".",
                (true, false) => ",",
            };
            let end = ctx.line(last_line).span.start + t.len() as u32;
            let clen = c.len_utf8() as u32;
            let (span, edit) = if matches!(c, '.' | ',' | ';') {
                let s = Span::new(end - clen, end);
                (s, Edit::replace(s, want))
            } else {
                (Span::new(end - clen, end), Edit::insert(end, want))
            };
            let (vi, en) = if is_last {
                (
                    format!("Căn cứ cuối cùng của văn bản Đảng kết thúc bằng \"{c}\"; căn cứ cuối cùng kết thúc bằng dấu chấm \".\" (hoặc dấu phẩy \",\" khi câu ban hành theo ngay sau)."),
                    format!("The Party document's last legal basis ends with \"{c}\"; the last basis ends with a period \".\" (or a comma \",\" when the enacting sentence follows)."),
                )
            } else {
                (
                    format!("Căn cứ của văn bản Đảng kết thúc bằng \"{c}\"; sau mỗi căn cứ có dấu chấm phẩy \";\" (trừ căn cứ cuối cùng)."),
                    format!("The Party document's legal basis ends with \"{c}\"; each basis but the last ends with a semicolon \";\"."),
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

/// HD 05: a dash before each basis.
fn next_is_dash_item(ctx: &Ctx<'_>, line: usize) -> bool {
    (line + 1..ctx.doc.lines.len())
        .map(|i| ctx.line_text(i).trim_start())
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.starts_with(['-', '–', '—', '−', '+']) && !t.starts_with("--"))
}

fn dash(ctx: &Ctx<'_>, first: usize, out: &mut Vec<Diagnostic>) {
    let line = ctx.line(first).span;
    let t = ctx.s(line);
    let lead = t.len() - t.trim_start().len();
    let body = &t[lead..];
    if body.starts_with(['-', '–', '—', '−']) {
        return;
    }
    let start = line.start + lead as u32;
    let word: String = body
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let end = start + body.find(char::is_whitespace).unwrap_or(body.len()) as u32;
    out.push(
        RULE.diag(
            Span::new(start, end),
            format!("Căn cứ \"{word} …\" không mở đầu bằng dấu gạch ngang; theo Hướng dẫn 05-HD/VPTW trước mỗi căn cứ có một dấu gạch ngang \"- \"."),
            format!("The legal basis \"{word} …\" does not open with a dash; under Hướng dẫn 05-HD/VPTW each basis opens with a dash \"- \"."),
        )
        .with_fix(Fix::safe(
            Message::new("Thêm \"- \" ở đầu", "Add \"- \" in front"),
            vec![Edit::insert(start, "- ")],
        )),
    );
}
