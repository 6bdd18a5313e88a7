use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::citations::number_key;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "PL003",
    name: "appendix-reference-mismatch",
    severity: Severity::Error,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I III.1",
    default_on: true,
    summary_vi: docs!("Dòng `(Kèm theo Kế hoạch số …/KH-… ngày …)` của phụ lục không khớp với tên loại, số, ký hiệu hoặc ngày của chính văn bản."),
    summary_en: docs!("The appendix's `(Kèm theo Kế hoạch số 3584/KH-UBND ngày …)` disagrees with the document's own type, number, ký hiệu or date."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (mục III.1): dưới tên phụ lục ghi tên loại, số, ký hiệu, ngày \
ban hành của văn bản mà phụ lục kèm theo. Quy tắc so dòng `(Kèm theo …)` với dòng số, ký hiệu, dòng \
địa danh, ngày tháng và tên loại ở đầu văn bản, báo khi một phần đã ghi ở cả hai nơi mà khác nhau \
(`Quyết định số 1050/QĐ-SCT ngày 06/3/2025` dưới văn bản ngày 06/3/2026). Phần để trống của dự thảo \
(`Kế hoạch số     /KH-BQL ngày   /5/2026`) không bị báo. Sửa không an toàn: ghi theo đầu văn bản."),
    docs_en: docs!("Phụ lục I of ND30 (III.1): under the appendix title stand the type, number, code and date of \
the document it belongs to. The rule compares the `(Kèm theo …)` line with the header's number line, \
place-date line and type name, and reports a part filled in both places that differs \
(`Quyết định số 1050/QĐ-SCT ngày 06/3/2025` under a document dated 06/3/2026). A draft's blanks \
(`Kế hoạch số     /KH-BQL ngày   /5/2026`) are not reported. Unsafe fix: write what the header says."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ tại Phụ lục kèm theo.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nPHỤ LỤC\nDANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2025 của Ủy ban nhân dân tỉnh)\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nI. MỤC ĐÍCH\nTriển khai các nhiệm vụ tại Phụ lục kèm theo.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n\nPHỤ LỤC\nDANH SÁCH NHIỆM VỤ\n(Kèm theo Kế hoạch số 05/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)\n"),
    check: crate::rules::Check::Document(check),
};

/// A run of ASCII digits starting at or after `from` in `s`: (start, end).
fn digits_at(s: &str, from: usize) -> Option<(usize, usize)> {
    let start = from + s.get(from..)?.find(|c: char| c.is_ascii_digit())?;
    let end = start
        + s[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(s.len() - start);
    Some((start, end))
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // The document's own number, code and date.
    // A number line whose slash a scan lost (`Số1§4ØBGDĐT-GDPT`) has no reading to compare
    // with: where its number ends is a guess (`SoParts::slash_lost`); SO004 reports it.
    let (own_num, own_code) = match ctx.doc.header.so.map(|i| ctx.kind(i)) {
        Some(LineKind::So(p)) if !p.slash_lost() => (
            p.number.map(|n| number_key(ctx.s(n))),
            p.ky_hieu.map(|k| ctx.s(k).to_owned()),
        ),
        _ => (None, None),
    };
    let own_date = match ctx.doc.header.place_date.map(|i| ctx.kind(i)) {
        Some(LineKind::PlaceDate(d)) => {
            let n = |s: Option<Span>| s.and_then(|s| ctx.s(s).parse::<u32>().ok());
            Some((n(d.day), n(d.month), n(d.year)))
        }
        _ => None,
    };
    let own_type = ctx
        .doc
        .title
        .as_ref()
        .and_then(|t| t.doc_type)
        .map(|t| t.name);
    for a in &ctx.doc.appendices {
        let Some(r) = a.reference else { continue };
        let span = ctx.line(r).span;
        let line = ctx.s(span);
        let f = fold_case(line);
        let Some(k) = f.find("kèm theo") else {
            continue;
        };
        let after = k + "kèm theo".len();
        let Some(so) = f[after..].find(" số") else {
            continue;
        };
        let type_words = line[after..after + so].trim();
        let so_end = after + so + " số".len();
        let at = |s: usize, e: usize| Span::new(span.start + s as u32, span.start + e as u32);
        let mut problems: Vec<(Span, String, String, String)> = Vec::new();
        // Type name.
        if let (Some(t), false) = (own_type, type_words.is_empty()) {
            if crate::model::doctype::by_name(type_words).is_some_and(|x| x.name != t) {
                let s = at(
                    after + (line[after..].len() - line[after..].trim_start().len()),
                    after + so,
                );
                problems.push((
                    s,
                    type_words.to_owned(),
                    t.to_owned(),
                    "tên loại".to_owned(),
                ));
            }
        }
        // Number and code: `số: 1050 /QĐ-SCT`, `số /KH-BQL`.
        let rest = &line[so_end..];
        let Some(slash) = rest.find('/') else {
            continue;
        };
        let before_slash = rest[..slash].trim_matches(|c: char| c == ':' || c.is_whitespace());
        if !before_slash.is_empty() && before_slash.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(n) = &own_num {
                if number_key(before_slash) != *n {
                    let s0 = so_end + rest[..slash].find(before_slash).unwrap_or(0);
                    problems.push((
                        at(s0, s0 + before_slash.len()),
                        before_slash.to_owned(),
                        n.clone(),
                        "số".to_owned(),
                    ));
                }
            }
        }
        let code_start = so_end + slash + 1;
        let code_len = line[code_start..]
            .trim_start()
            .find(|c: char| c.is_whitespace() || c == ')' || c == ',')
            .unwrap_or(line.len() - code_start);
        let lead = line[code_start..].len() - line[code_start..].trim_start().len();
        let code = &line[code_start + lead..code_start + lead + code_len];
        if let Some(own) = &own_code {
            if !code.is_empty() && code != own && code.chars().any(crate::text::fold::is_capital) {
                let s0 = code_start + lead;
                problems.push((
                    at(s0, s0 + code.len()),
                    code.to_owned(),
                    own.clone(),
                    "ký hiệu".to_owned(),
                ));
            }
        }
        // Date: `ngày 06 /3/2025`, `ngày10 /3/2026`, `ngày 07 tháng 10 năm 2024`, blanks allowed.
        if let (Some(d), Some((od, om, oy))) = (
            f[code_start..]
                .find("ngày")
                .map(|d| code_start + d + "ngày".len()),
            own_date,
        ) {
            let tail = &line[d..];
            let end = tail
                .find(|c: char| crate::text::fold::is_letter(c) && !"thángnăm".contains(c))
                .map_or(line.len(), |e| d + e);
            let seg = &line[d..end];
            let fs = fold_case(seg);
            let mut parts: Vec<Option<(usize, usize)>> = Vec::new();
            if fs.contains("tháng") {
                let m = fs.find("tháng").unwrap_or(0);
                let y = fs.find("năm").unwrap_or(fs.len());
                let grab = |from: usize, to: usize| digits_at(&seg[..to.min(seg.len())], from);
                parts.push(grab(0, m));
                parts.push(grab(m, y));
                parts.push(grab(y, seg.len()));
            } else {
                let pieces: Vec<&str> = seg.split('/').collect();
                let mut off = 0;
                for p in pieces.iter().take(3) {
                    parts.push(digits_at(&seg[..off + p.len()], off));
                    off += p.len() + 1;
                }
            }
            for (k, (own, what)) in [(od, "ngày"), (om, "tháng"), (oy, "năm")]
                .into_iter()
                .enumerate()
            {
                let (Some(own), Some(Some((s, e)))) = (own, parts.get(k)) else {
                    continue;
                };
                let written = &seg[*s..*e];
                if written.parse::<u32>().ok() != Some(own) {
                    problems.push((
                        at(d + s, d + e),
                        written.to_owned(),
                        own.to_string(),
                        what.to_owned(),
                    ));
                }
            }
        }
        if problems.is_empty() {
            continue;
        }
        let vi: Vec<String> = problems
            .iter()
            .map(|(_, w, o, what)| format!("{what} \"{w}\" (đầu văn bản: \"{o}\")"))
            .collect();
        let mut d = RULE.diag(
            span,
            format!(
                "Dòng chỉ dẫn của phụ lục không khớp với chính văn bản: {}.",
                vi.join(", ")
            ),
            format!(
                "The appendix reference line disagrees with the document itself: {}.",
                problems
                    .iter()
                    .map(|(_, w, o, _)| format!("\"{w}\" vs \"{o}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        for i in [ctx.doc.header.so, ctx.doc.header.place_date]
            .into_iter()
            .flatten()
        {
            d = d.with_related(ctx.line(i).span);
        }
        let edits: Vec<Edit> = problems
            .iter()
            .map(|(s, _, o, _)| Edit::replace(*s, o.clone()))
            .collect();
        out.push(d.with_fix(Fix::unsafe_(
            Message::new("Ghi theo đầu văn bản", "Write what the header says"),
            edits,
        )));
    }
}
