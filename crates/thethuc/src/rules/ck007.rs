use crate::assemble::is_person_name;
use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::document::Span;
use crate::rules::ck005::is_position_title;
use crate::rules::ck006::honorific_prefix;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "CK007",
    name: "signer-name-case",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I V",
    default_on: true,
    summary_vi: "Họ tên người ký không viết hoa chữ cái đầu mỗi tiếng (`NGUYỄN VĂN A`, `nguyễn văn a`).",
    summary_en: "Signer name not in title case (`NGUYỄN VĂN A`, `nguyễn văn a`).",
    docs_vi: docs!("Phụ lục I (mục V) Nghị định 30/2020/NĐ-CP: họ tên người ký trình bày bằng chữ in thường, viết \
hoa chữ cái đầu của mỗi tiếng: `Nguyễn Văn An`. Báo lỗi khi họ tên viết in hoa toàn bộ \
(`NGUYỄN VĂN AN`), viết thường (`nguyễn văn an`) hoặc lẫn chữ hoa giữa tiếng (`Nguyễn VĂN An`). Sửa tự \
động: viết lại từng tiếng với chữ cái đầu hoa, các chữ còn lại thường."),
    docs_en: docs!("Phụ lục I (V) of ND30: the signer's name is written in lower case with each syllable \
capitalised: `Nguyễn Văn An`. Reported: the name all in capitals (`NGUYỄN VĂN AN`), all in lower case \
(`nguyễn văn an`), or capitals inside a syllable (`Nguyễn VĂN An`). Safe fix: each syllable is rewritten \
with a capital initial and lower-case rest."),
    bad: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nnguyễn văn an\n",
    good: "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n",
    check,
};

/// Common Vietnamese surnames, in capitals: an all-capital line under the position that starts with
/// one of them and holds no word of an office is the signer's name written in capitals.
const SURNAMES: &[&str] = &[
    "NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "PHAN", "VŨ", "VÕ", "ĐẶNG", "BÙI", "ĐỖ",
    "HỒ", "NGÔ", "DƯƠNG", "LÝ", "ĐINH", "ĐÀO", "TRỊNH", "TRƯƠNG", "LƯU", "MAI", "LÂM", "TÔ", "HÀ",
    "TẠ", "CAO", "LƯƠNG", "PHÙNG", "VƯƠNG", "CHU", "TRIỆU", "KIỀU", "QUÁCH", "TĂNG", "THÂN",
    "KHỔNG", "LÃ", "NÔNG", "LÒ", "HẦU", "GIÀNG", "SÙNG", "VÀNG", "THÀO", "TỐNG", "TỔNG", "DIỆP",
    "DOÃN", "NINH", "KHUẤT", "MẠC", "BẠCH", "ĐOÀN", "ĐÀM", "ĐẬU", "NGHIÊM", "HỨA", "LẠI", "GIÁP",
    "LỤC", "KHƯƠNG", "PHÍ", "HÀN", "VI", "ÔNG", "LA",
];

/// Words of offices and bodies: a line holding one is a title, not a name.
const OFFICE_WORDS: &[&str] = &[
    "GIÁM",
    "ĐỐC",
    "TỊCH",
    "TRƯỞNG",
    "PHÓ",
    "BAN",
    "SỞ",
    "BỘ",
    "ỦY",
    "UỶ",
    "UBND",
    "HĐND",
    "HỘI",
    "KIỂM",
    "PHÒNG",
    "CỤC",
    "VIỆN",
    "TỈNH",
    "HUYỆN",
    "XÃ",
    "PHƯỜNG",
    "NHÂN",
    "DÂN",
    "TY",
    "TRA",
    "ĐOÀN",
    "TRUNG",
    "TÂM",
    "THƯỜNG",
    "TRỰC",
    "VỤ",
    "NHIỆM",
    "CHÁNH",
    "TỔ",
    "ĐỘI",
    "BÍ",
    "THƯ",
    "ĐẢNG",
    "ĐỒNG",
];

/// An all-capital name such as `NGUYỄN VĂN AN` (after any honorific).
fn is_caps_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| crate::fold::is_letter(c) && !crate::fold::is_lower(c)))
        && words.first().is_some_and(|w| SURNAMES.contains(w))
        && !words[1..].iter().any(|w| OFFICE_WORDS.contains(w))
}

fn strip_honorific(t: &str) -> &str {
    honorific_prefix(t).map_or(t, |n| &t[n..])
}

/// The line holding the signer's name: the one the assembler found, or an all-capital name it
/// took for a position, or a name behind several honorifics it left aside.
pub(crate) fn signer_name_line(ctx: &Ctx<'_>) -> Option<usize> {
    let sig = &ctx.doc.closing.signature;
    match sig.name {
        // `Phó Giám Đốc` reads like a name; the real name is then left aside after it.
        Some(n) if name_is_position(ctx) => ctx
            .doc
            .closing
            .stray
            .iter()
            .copied()
            .find(|&i| i > n && is_person_name(strip_honorific(ctx.line_text(i)))),
        Some(n) => Some(n),
        None => caps_name_line(ctx).or_else(|| {
            let first = sig.authority.iter().chain(&sig.positions).min().copied()?;
            ctx.doc.closing.stray.iter().copied().find(|&i| {
                i > first
                    && honorific_prefix(ctx.line_text(i)).is_some()
                    && is_person_name(strip_honorific(ctx.line_text(i)))
            })
        }),
    }
}

/// Whether the line the assembler took for the name is a position in title case (`Phó Giám Đốc`).
pub(crate) fn name_is_position(ctx: &Ctx<'_>) -> bool {
    ctx.doc
        .closing
        .signature
        .name
        .is_some_and(|n| is_position_title(&ctx.line_text(n).to_uppercase()))
}

/// A position line that is in fact the signer's name in capitals.
pub(crate) fn caps_name_line(ctx: &Ctx<'_>) -> Option<usize> {
    let sig = &ctx.doc.closing.signature;
    if sig.name.is_some() {
        return None;
    }
    let mut positions = sig.positions.clone();
    crate::sorting::sort(&mut positions);
    positions
        .into_iter()
        .find(|&i| is_caps_name(strip_honorific(ctx.line_text(i))))
}

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (k, c) in word.chars().enumerate() {
        if k == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(i) = signer_name_line(ctx) else {
        return;
    };
    let span = ctx.line(i).span;
    let t = ctx.s(span);
    let mut skip = honorific_prefix(t).unwrap_or(0);
    // A rank before an officer's name (`Thượng tướng`) keeps its own case.
    let words: Vec<&str> = t[skip..].split_whitespace().collect();
    if let Some(n) = crate::assemble::rank_words(&words) {
        let last = words[n - 1];
        let at = t[skip..].find(last).map_or(0, |k| k + last.len());
        skip += at;
        skip += t[skip..].len() - t[skip..].trim_start().len();
    }
    let mut edits = Vec::new();
    let mut fixed_words = Vec::new();
    let mut offset = skip;
    for word in t[skip..].split_whitespace() {
        let at = offset + t[offset..].find(word).unwrap_or(0);
        offset = at + word.len();
        let wanted = title_case(word);
        if wanted != word {
            let s = span.start + at as u32;
            edits.push(Edit::replace(
                Span::new(s, s + word.len() as u32),
                wanted.clone(),
            ));
        }
        fixed_words.push(wanted);
    }
    if edits.is_empty() {
        return;
    }
    let name = t[skip..].trim();
    let fixed = fixed_words.join(" ");
    out.push(
        RULE.diag(
            span,
            format!("Họ tên người ký \"{name}\" phải viết hoa chữ cái đầu mỗi tiếng: \"{fixed}\"."),
            format!("The signer's name \"{name}\" must be written with each syllable capitalised: \"{fixed}\"."),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết thành \"{fixed}\""), format!("Write \"{fixed}\"")),
            edits,
        )),
    );
}
