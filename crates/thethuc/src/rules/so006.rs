use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::doctype::RETIRED_ABBRS;
use crate::rules::common::header::header_so;
use crate::rules::common::header::{
    doc_kind, is_copy_abbr, lacks_type_abbr, type_by_abbr_any_case, type_group_index, DocKind,
};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "SO006",
    name: "ky-hieu-unknown-type",
    severity: Severity::Warning,
    fix: FixAvailability::UnsafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-III",
    default_on: true,
    summary_vi: docs!("Chữ viết tắt tên loại không có trong Phụ lục III; gợi ý dạng hiện hành cho các chữ viết \
tắt cũ (`GN`→`BGN`, `TTh`→`BTT`, `UQ`→`GUQ`, `NP`→`GNP`, `QĐi`→`QyĐ`)."),
    summary_en: docs!("Type abbreviation not in Phụ lục III; suggest the current form for retired ones (`GN`→`BGN`, \
`TTh`→`BTT`, `UQ`→`GUQ`, `NP`→`GNP`, `QĐi`→`QyĐ`)."),
    docs_vi: docs!("Phụ lục III Nghị định 30/2020/NĐ-CP quy định chữ viết tắt của 27 loại văn bản hành chính \
(`NQ`, `QĐ`, `CT`, `QC`, `QyĐ`, `TC`, `TB`, `HD`, `CTr`, `KH`, `PA`, `ĐA`, `DA`, `BC`, `BB`, `TTr`, `HĐ`, \
`CĐ`, `BGN`, `BTT`, `GUQ`, `GM`, `GGT`, `GNP`, `PG`, `PC`, `PB`) và của bản sao (`SY`, `TrS`, `SL`). Với \
văn bản có tên loại, nhóm đầu của ký hiệu phải là một trong các chữ viết tắt đó. Quy tắc báo khi nhóm \
đầu không có trong danh sách; với chữ viết tắt cũ của Thông tư 01/2011/TT-BNV (`GN`, `TTh`, `UQ`, `NP`, \
`QĐi`) thì gợi ý dạng hiện hành. Không xét công văn (ký hiệu công văn không có tên loại). Nhóm đầu là \
chữ viết tắt của một loại khác, hoặc của chính cơ quan ban hành (thiếu chữ viết tắt tên loại), thuộc SO005; khác biệt chỉ ở chữ hoa, chữ thường thuộc SO004. Sửa không an \
toàn: thay bằng chữ viết tắt của tên loại; ký hiệu đặt chữ viết tắt tên loại sau chữ viết tắt tên cơ quan \
(`UBND-KH`) không có sửa tự động."),
    docs_en: docs!("Phụ lục III of ND30 sets the abbreviations of the 27 abbreviated administrative types (`NQ`, \
`QĐ`, `CT`, `QC`, `QyĐ`, `TC`, `TB`, `HD`, `CTr`, `KH`, `PA`, `ĐA`, `DA`, `BC`, `BB`, `TTr`, `HĐ`, `CĐ`, \
`BGN`, `BTT`, `GUQ`, `GM`, `GGT`, `GNP`, `PG`, `PC`, `PB`) and of copies (`SY`, `TrS`, `SL`). In a typed \
document the code's first group is one of them. The rule reports a first group that is not; for the \
abbreviations retired with Thông tư 01/2011/TT-BNV (`GN`, `TTh`, `UQ`, `NP`, `QĐi`) it suggests the \
current form. Công văn are not checked (their code has no type). Another type's abbreviation, or the issuer's \
own initials (the type abbreviation missing), is SO005's finding; a difference of case only is SO004's. Unsafe fix: put the type's abbreviation; a code \
with the type abbreviation after the issuer's (`UBND-KH`) gets no fix."),
    bad: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/GN-UBND\nBẢN GHI NHỚ\nVề hợp tác phát triển du lịch\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/BGN-UBND\nBẢN GHI NHỚ\nVề hợp tác phát triển du lịch\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((_, p)) = header_so(ctx) else { return };
    if p.slash_lost() {
        return;
    }
    let Some(DocKind::Typed(t)) = doc_kind(ctx) else {
        return;
    };
    let Some(want) = t.abbr else { return };
    let Some(k) = type_group_index(ctx, p) else {
        return;
    };
    let span = p.parts[k];
    // Spaces around the hyphen (`TB - HTTT`) stay with the group; they are SO004's.
    let group = ctx.s(span).trim();
    // A scan's `Ð` (U+00D0) beside the `Đ` it doubles (`QĐÐ`): a misreading of the type's
    // abbreviation, not another one; MA009 reports the eth.
    if group.contains('Ð') {
        return;
    }
    // The issuer's own initials: the type abbreviation is missing, not unknown (SO005).
    if type_by_abbr_any_case(group).is_some()
        || is_copy_abbr(group)
        || lacks_type_abbr(ctx, p, k, want)
    {
        return;
    }
    let code = p.ky_hieu.map_or(group, |s| ctx.s(s));
    let name = t.name;
    let folded = fold_case(group);
    let retired = RETIRED_ABBRS
        .iter()
        .find(|(old, _)| fold_case(old) == folded);
    // The type's abbreviation further on: groups in the wrong order, not a wrong abbreviation.
    let later = p.parts[k + 1..].iter().any(|s| ctx.s(*s) == want);
    let (vi, en) = match retired {
        Some((old, new)) if *new == want => (
            format!(
                "Ký hiệu \"{code}\" dùng chữ viết tắt cũ \"{old}\" (Thông tư 01/2011/TT-BNV); Phụ lục III Nghị \
định 30/2020/NĐ-CP viết tắt \"{name}\" là \"{new}\"."
            ),
            format!(
                "The code \"{code}\" uses the retired abbreviation \"{old}\" (Thông tư 01/2011/TT-BNV); Phụ lục \
III of ND30 abbreviates \"{name}\" as \"{new}\"."
            ),
        ),
        Some((old, new)) => (
            format!(
                "Ký hiệu \"{code}\" dùng chữ viết tắt cũ \"{old}\" (nay là \"{new}\"), lại không khớp tên loại \
\"{name}\": chữ viết tắt phải là \"{want}\"."
            ),
            format!(
                "The code \"{code}\" uses the retired abbreviation \"{old}\" (now \"{new}\"), which does not fit \
the type \"{name}\" either: its abbreviation is \"{want}\"."
            ),
        ),
        None if later => (
            format!(
                "Ký hiệu \"{code}\": chữ viết tắt tên loại \"{want}\" phải đứng đầu, trước chữ viết tắt tên cơ \
quan (\"{want}-…\")."
            ),
            format!(
                "The code \"{code}\": the type abbreviation \"{want}\" comes first, before the issuer's \
(\"{want}-…\")."
            ),
        ),
        None => (
            format!(
                "\"{group}\" trong ký hiệu \"{code}\" không phải chữ viết tắt tên loại trong Phụ lục III; \
\"{name}\" viết tắt là \"{want}\"."
            ),
            format!(
                "\"{group}\" in the code \"{code}\" is not a type abbreviation of Phụ lục III; \"{name}\" is \
abbreviated \"{want}\"."
            ),
        ),
    };
    let mut d = RULE.diag(span, vi, en);
    if !later {
        d = d.with_fix(Fix::unsafe_(
            Message::new(
                format!("Thay \"{group}\" bằng \"{want}\""),
                format!("Replace \"{group}\" with \"{want}\""),
            ),
            vec![Edit::replace(span, want)],
        ));
    }
    out.push(d);
}
