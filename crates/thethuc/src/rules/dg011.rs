use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::party::{guide, Guide};
use crate::rules::common::recipients::end_fix;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG011",
    name: "party-noi-nhan-marks",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 9.2.5; HD 36 1.9.2",
    default_on: true,
    summary_vi: docs!("Nơi nhận của văn bản Đảng: `Lưu` không có dấu hai chấm (`- Lưu Văn phòng Tỉnh ủy.`), nơi lưu kết thúc bằng `.`; từ 27/5/2026 mỗi nơi nhận khác kết thúc bằng `;`."),
    summary_en: docs!("A Party document's recipients: `Lưu` takes no colon (`- Lưu Văn phòng Tỉnh ủy.`), the filing line ends with `.`; from 27/5/2026 every other recipient ends with `;`."),
    docs_vi: docs!("Hướng dẫn 05-HD/VPTW (mục 9.2.5): sau mỗi tổ chức, cơ quan, cá nhân ở phần \"Nơi nhận\" có dấu \
chấm phẩy `;`, kết thúc nơi lưu văn bản có dấu chấm; mẫu của Hướng dẫn ghi `- Lưu Văn phòng Tỉnh uỷ.`, không \
có dấu hai chấm sau `Lưu` như văn bản hành chính (`- Lưu: VT, VP.`). Hướng dẫn 36-HD/VPTW (mục 1.9.2) cho các \
nơi nhận dấu phẩy `,` và kết thúc bằng dấu chấm, mẫu cũng ghi `- Lưu Văn phòng Trung ương Đảng.`. Quy tắc báo \
`Lưu:` có dấu hai chấm và dòng nơi nhận cuối không kết thúc bằng `.` (cả hai hướng dẫn), và, trên văn bản ghi \
ngày từ 27/5/2026 hoặc không ghi ngày, nơi nhận (trừ dòng cuối) không kết thúc bằng `;`. Văn bản trước ngày đó \
kết thúc nơi nhận bằng `,` hay `;` đều không bị báo. Sửa tự động an toàn: bỏ dấu hai chấm, đặt đúng dấu."),
    docs_en: docs!("Hướng dẫn 05-HD/VPTW (9.2.5): each organisation, body or person under \"Nơi nhận\" is \
followed by a semicolon `;`, and the filing line ends with a period; the guide's model reads `- Lưu Văn \
phòng Tỉnh uỷ.`, with no colon after `Lưu` as in administrative documents (`- Lưu: VT, VP.`). Hướng dẫn \
36-HD/VPTW (1.9.2) gave the recipients a comma `,` and a final period, its model also `- Lưu Văn phòng \
Trung ương Đảng.`. Reported: `Lưu:` with a colon and a last recipient line not ending with `.` (both \
guides), and, on a document dated from 27/5/2026 or not dated, a recipient other than the last not \
ending with `;`. Before that date a recipient ending with `,` or `;` is not reported. Safe fix: drop \
the colon, put the right mark."),
    bad: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-TB/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nNơi nhận:\n- Các huyện ủy;\n- Lưu: Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"),
    good: docs!("TỈNH ỦY LÂM ĐỒNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-TB/TU\nĐà Lạt, ngày 15 tháng 6 năm 2026\n\nNơi nhận:\n- Các huyện ủy;\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return;
    };
    let hd05 = guide(ctx).0 == Guide::Hd05;
    // The recipients proper: the items that open with a dash (a drafter's mark and print run,
    // `NguyenVanAn-26`, may close the block).
    let items: Vec<&[usize]> = nn
        .items
        .iter()
        .map(|it| it.lines.as_slice())
        .filter(|l| {
            l.first().is_some_and(|&f| {
                matches!(ctx.kind(f), LineKind::Luu { .. })
                    || ctx.line_text(f).trim_start().starts_with(['-', '–', '+'])
            })
        })
        .collect();
    let n = items.len();
    for (pos, lines) in items.iter().enumerate() {
        let (Some(&first), Some(&last)) = (lines.first(), lines.last()) else {
            continue;
        };
        if let LineKind::Luu {
            word,
            colon: Some(colon),
            rest,
            ..
        } = ctx.kind(first)
        {
            let s = Span::new(word.end, rest.start.max(colon.end));
            out.push(
                RULE.diag(
                    *colon,
                    "Văn bản của Đảng ghi \"Lưu\" không có dấu hai chấm (\"- Lưu Văn phòng Tỉnh ủy.\"); \"Lưu:\" là cách viết của văn bản hành chính.",
                    "A Party document writes \"Lưu\" with no colon (\"- Lưu Văn phòng Tỉnh ủy.\"); \"Lưu:\" is the administrative form.",
                )
                .with_fix(Fix::safe(
                    Message::new("Bỏ dấu hai chấm sau \"Lưu\"", "Drop the colon after \"Lưu\""),
                    vec![Edit::replace(s, " ")],
                )),
            );
        }
        let is_last = pos + 1 == n;
        if !is_last && !hd05 {
            continue;
        }
        let span = ctx.line(last).span;
        let t = ctx.s(span).trim_end();
        // `Như trên` under a lead-in, a draft's dotted line.
        if t.ends_with(':') || t.ends_with("..") || t.ends_with('…') {
            continue;
        }
        let mark = if is_last { '.' } else { ';' };
        // A scan may fold its debris under the filing line into it (a stamp's ring, a footer):
        // the filing line ends where one of its lines ends with the period.
        if is_last
            && lines
                .iter()
                .any(|&l| end_fix(ctx, ctx.line(l).span, '.').is_none())
        {
            continue;
        }
        let Some((edit, fixed)) = end_fix(ctx, span, mark) else {
            continue;
        };
        let (vi, en) = if is_last {
            (
                format!("Dòng cuối của nơi nhận \"{t}\" kết thúc bằng dấu chấm: \"{fixed}\"."),
                format!("The last recipient line \"{t}\" ends with a period: \"{fixed}\"."),
            )
        } else {
            (
                format!("Nơi nhận \"{t}\" kết thúc bằng dấu chấm phẩy theo Hướng dẫn 05-HD/VPTW: \"{fixed}\"."),
                format!("The recipient \"{t}\" ends with a semicolon under Hướng dẫn 05-HD/VPTW: \"{fixed}\"."),
            )
        };
        out.push(RULE.diag(span, vi, en).with_fix(Fix::safe(
            Message::new(
                format!("Kết thúc dòng bằng \"{mark}\""),
                format!("End the line with \"{mark}\""),
            ),
            vec![edit],
        )));
    }
}
