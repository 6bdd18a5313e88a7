use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::doctype::{self};
use crate::rules::common::header::header_so;
use crate::rules::common::header::{
    doc_kind, is_copy_abbr, lacks_type_abbr, type_by_abbr_any_case, type_group_index, DocKind,
};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "SO005",
    name: "ky-hieu-type-mismatch",
    severity: Severity::Error,
    fix: FixAvailability::UnsafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.3, PL-III",
    default_on: true,
    summary_vi: docs!("Chữ viết tắt tên loại trong ký hiệu không khớp tên loại văn bản (`KẾ HOẠCH` mà ghi \
`/QĐ-`), hoặc công văn lại mang chữ viết tắt tên loại."),
    summary_en: docs!("Type abbreviation disagrees with the type name (`KẾ HOẠCH` but `/QĐ-`), or a công văn \
carries a type abbreviation."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (ô số 3) và Phụ lục III: ký hiệu của văn bản có tên loại \
gồm chữ viết tắt tên loại rồi chữ viết tắt tên cơ quan (`KẾ HOẠCH` → `Số: 05/KH-UBND`); ký hiệu của công \
văn gồm chữ viết tắt tên cơ quan rồi đơn vị soạn thảo hoặc lĩnh vực (`Số: 05/UBND-VP`), không có chữ viết \
tắt tên loại. Quy tắc so nhóm đầu của ký hiệu với tên loại: báo khi nhóm đầu là chữ viết tắt của một loại \
khác (`KẾ HOẠCH` với `QĐ`, `QUY ĐỊNH` với `QĐ` thay vì `QyĐ`) hoặc là chữ viết tắt tên cơ quan ban hành \
(`BÁO CÁO` của Đoàn kiểm tra mà ghi `Số: 15/ĐKT-SCT`: thiếu chữ viết tắt tên loại), hoặc khi công văn (có `V/v`, không có tên \
loại) mở đầu ký hiệu bằng chữ viết tắt tên loại. Không báo: nhóm đầu không phải chữ viết tắt tên loại \
nào (SO006), chữ viết tắt bản sao (`SY`, `TrS`, `SL`), và công văn mà nhóm đầu là chữ viết tắt tên chính \
cơ quan ban hành (ví dụ `CT` của `CỤC THUẾ`). Sửa không an toàn (văn bản có tên loại): thay bằng chữ \
viết tắt của tên loại (thêm vào đầu ký hiệu khi còn thiếu); có thể chính tên loại mới là chỗ sai. Công văn \
có chữ viết tắt tên loại không có sửa tự động: công cụ không biết đơn vị soạn thảo để ghi vào."),
    docs_en: docs!("Phụ lục I of ND30 (box 3) and Phụ lục III: a typed document's code is the type abbreviation \
then the issuer's (`KẾ HOẠCH` → `Số: 05/KH-UBND`); a công văn's code is the issuer's abbreviation then the \
drafting unit's or the subject's (`Số: 05/UBND-VP`), with no type abbreviation. The rule compares the \
code's first group with the type name: reported when it is the abbreviation of another type (`KẾ HOẠCH` \
with `QĐ`, `QUY ĐỊNH` with `QĐ` instead of `QyĐ`) or the issuer's own initials (a Đoàn kiểm tra's \
`BÁO CÁO` numbered `Số: 15/ĐKT-SCT`: the type abbreviation is missing), or when a công văn (a `V/v` line, no type name) opens \
its code with a type abbreviation. Not reported: a first group that is no type abbreviation at all \
(SO006), copy abbreviations (`SY`, `TrS`, `SL`), and a công văn whose first group abbreviates the issuer \
itself (`CT` for `CỤC THUẾ`). Unsafe fix (typed documents): put the type's abbreviation (in front of the \
code when it is missing); the type name may be what is wrong. A công văn that carries a type abbreviation \
gets no fix: the drafting unit to put in its place is not known."),
    bad: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/QĐ-UBND\nKẾ HOẠCH\nTriển khai công tác năm 2026\n"),
    good: docs!("UBND TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\nKẾ HOẠCH\nTriển khai công tác năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((_, p)) = header_so(ctx) else { return };
    let Some(kind) = doc_kind(ctx) else { return };
    let Some(k) = type_group_index(ctx, p) else {
        return;
    };
    let span: Span = p.parts[k];
    let group = ctx.s(span);
    if is_copy_abbr(group) {
        return;
    }
    let code = p.ky_hieu.map_or(group, |s| ctx.s(s));
    match kind {
        DocKind::Typed(t) => {
            let Some(want) = t.abbr else { return };
            if fold_case(group) == fold_case(want) {
                return;
            }
            let name = t.name;
            // Only a group that is another type's abbreviation is a mismatch, or the issuer's own
            // initials (`ĐKT` of `ĐOÀN KIỂM TRA`: the type abbreviation is missing); anything else
            // is SO006's.
            let Some(other) = type_by_abbr_any_case(group) else {
                if lacks_type_abbr(ctx, p, k, want) {
                    out.push(missing_type(span, code, name, want));
                }
                return;
            };
            out.push(
                RULE.diag(
                    span,
                    format!(
                        "Ký hiệu \"{code}\" mở đầu bằng \"{group}\" ({}) nhưng tên loại văn bản là \"{name}\": \
chữ viết tắt phải là \"{want}\".",
                        other.name
                    ),
                    format!(
                        "The code \"{code}\" opens with \"{group}\" ({}) but the document is a \"{name}\": \
its abbreviation is \"{want}\".",
                        other.name
                    ),
                )
                .with_fix(Fix::unsafe_(
                    Message::new(format!("Thay \"{group}\" bằng \"{want}\""), format!("Replace \"{group}\" with \"{want}\"")),
                    vec![Edit::replace(span, want)],
                )),
            );
        }
        DocKind::CongVan => {
            // Only a group written exactly as a type abbreviation, and not the issuer's own initials.
            let Some(t) = doctype::by_abbr(group) else {
                return;
            };
            if crate::rules::common::header::abbr_fits_any_issuer(ctx, group) {
                return;
            }
            out.push(RULE.diag(
                span,
                format!(
                    "Công văn không có chữ viết tắt tên loại, nhưng ký hiệu \"{code}\" mở đầu bằng \"{group}\" \
({}): ký hiệu công văn gồm chữ viết tắt tên cơ quan rồi đơn vị soạn thảo, ví dụ \"Số: 05/UBND-VP\".",
                    t.name
                ),
                format!(
                    "A công văn has no type abbreviation, yet the code \"{code}\" opens with \"{group}\" ({}): \
a công văn's code is the issuer's abbreviation then the drafting unit's, e.g. \"Số: 05/UBND-VP\".",
                    t.name
                ),
            ));
        }
    }
}

/// A typed document whose code opens with the issuer: the type abbreviation goes in front.
fn missing_type(span: Span, code: &str, name: &str, want: &str) -> crate::diagnostic::Diagnostic {
    RULE.diag(
        span,
        format!(
            "Ký hiệu \"{code}\" không có chữ viết tắt tên loại: \"{name}\" viết tắt là \"{want}\", đứng đầu \
ký hiệu, trước chữ viết tắt tên cơ quan (\"{want}-{code}\")."
        ),
        format!(
            "The code \"{code}\" has no type abbreviation: \"{name}\" is abbreviated \"{want}\", first in the \
code, before the issuer's (\"{want}-{code}\")."
        ),
    )
    .with_fix(Fix::unsafe_(
        Message::new(
            format!("Thêm \"{want}-\" trước \"{code}\""),
            format!("Put \"{want}-\" before \"{code}\""),
        ),
        vec![Edit::insert(span.start, format!("{want}-"))],
    ))
}
