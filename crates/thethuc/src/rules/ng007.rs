use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::header::header_date;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::fold::{fold_case, is_upper, skeleton};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "NG007",
    name: "place-case",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-II",
    default_on: true,
    summary_vi: docs!("Địa danh không viết hoa đúng Phụ lục II (`hà Nội`)."),
    summary_en: docs!("Place name not capitalised per Phụ lục II (`hà Nội`)."),
    docs_vi: docs!("Phụ lục I (ô số 4) và Phụ lục II Nghị định 30/2020/NĐ-CP: địa danh ở dòng thời gian ban hành \
viết hoa chữ cái đầu của mỗi âm tiết trong tên riêng (`Hà Nội`, `Lào Cai`, `Bà Rịa - Vũng Tàu`); danh \
từ chung chỉ đơn vị hành chính viết thường trừ chữ đầu dòng (`Thành phố Hồ Chí Minh`, không viết `Thành \
Phố`). Quy tắc báo: âm tiết của tên riêng viết thường (`hà Nội`, `Lào cai`), cả địa danh viết in hoa \
(`HÀ NỘI`), danh từ chung viết hoa sau chữ đầu (`Thành Phố Hồ Chí Minh`), và địa danh khác chữ hoa so với \
`organisation.place` trong hồ sơ tổ chức. Chữ viết tắt (`TP.`) và số (`Quận 1`) được chấp nhận. Sửa an \
toàn: chỉ đổi chữ hoa, chữ thường."),
    docs_en: docs!("Phụ lục I (box 4) and Phụ lục II of ND30: the place on the date line capitalises every \
syllable of the proper name (`Hà Nội`, `Lào Cai`, `Bà Rịa - Vũng Tàu`); the generic word for the \
administrative unit stays lower case except as the line's first word (`Thành phố Hồ Chí Minh`, not \
`Thành Phố`). Reported: a lower-case syllable of the proper name (`hà Nội`, `Lào cai`), the whole place in \
capitals (`HÀ NỘI`), a capitalised generic word after the first (`Thành Phố Hồ Chí Minh`), and a place \
whose case differs from the profile's `organisation.place`. Abbreviations (`TP.`) and numbers (`Quận 1`) \
are accepted. Safe fix: changes case only."),
    bad: docs!("hà Nội, ngày 05 tháng 01 năm 2020\n"),
    good: docs!("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019\n"),
    check: crate::rules::Check::Document(check),
};

/// Generic words for administrative units (skeleton form), longest first.
const GENERIC: &[&str] = &[
    "thanh pho",
    "thi xa",
    "thi tran",
    "thu do",
    "tinh",
    "huyen",
    "quan",
    "xa",
    "phuong",
];

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((_, d)) = header_date(ctx) else {
        return;
    };
    let raw = ctx.s(d.place);
    let place = raw.trim_end();
    if place.is_empty() {
        return;
    }
    let span = Span::new(d.place.start, d.place.start + place.len() as u32);
    let want = match &ctx.config.organisation.place {
        Some(p) if fold_case(p.trim()) == fold_case(place) => p.trim().to_owned(),
        _ => recased(place),
    };
    if want == place {
        return;
    }
    out.push(
        RULE.diag(
            span,
            format!("Địa danh viết hoa chưa đúng Phụ lục II: \"{place}\"; đúng là \"{want}\"."),
            format!("The place is not capitalised as Phụ lục II says: \"{place}\"; expected \"{want}\"."),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết \"{want}\""), format!("Write \"{want}\"")),
            vec![Edit::replace(span, want.clone())],
        )),
    );
}

/// The place with its case put right, white space kept.
fn recased(place: &str) -> String {
    let words: Vec<&str> = place.split_whitespace().collect();
    let sk = skeleton(place);
    let sk_words: Vec<&str> = sk.split_whitespace().collect();
    // How many leading words are the generic word (only when a proper name follows).
    let generic = GENERIC
        .iter()
        .map(|g| g.split(' ').collect::<Vec<_>>())
        .find(|g| g.len() < words.len() && sk_words.starts_with(g))
        .map_or(0, |g| g.len());
    let all_caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                > 1
        })
        .count()
        > 0
        && words
            .iter()
            .all(|w| is_upper(w) || !w.chars().any(crate::text::fold::is_letter));
    let mut out = String::with_capacity(place.len());
    let mut k = 0;
    let mut rest = place;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let len = after.find(char::is_whitespace).unwrap_or(after.len());
        let word = &after[..len];
        let fixed = if k == 0 {
            if all_caps {
                title(word)
            } else {
                capitalise(word)
            }
        } else if k < generic {
            word.chars().map(case::lower).collect()
        } else if all_caps {
            title(word)
        } else {
            // Each part of a hyphenated name too (`Phan Rang-Tháp Chàm`).
            word.split('-')
                .map(capitalise)
                .collect::<Vec<_>>()
                .join("-")
        };
        out.push_str(&fixed);
        rest = &after[len..];
        k += 1;
    }
    out.push_str(rest);
    out
}

/// First letter in capitals, the rest as written.
fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) if crate::text::fold::is_lower(f) => {
            std::iter::once(case::upper(f)).chain(c).collect()
        }
        _ => w.to_owned(),
    }
}

/// `HÀ` → `Hà`; abbreviations stay as they are: written with a period (`TP.`) or letters that
/// make no Vietnamese syllable (`HCM`, `TPHCM`): `Hcm` would be a wrong fix, and the decree's
/// ask to spell the name out is not a question of case.
fn title(w: &str) -> String {
    if w.contains('.') {
        return w.to_owned();
    }
    w.split('-')
        .map(|part| {
            if part
                .chars()
                .filter(|c| crate::text::fold::is_letter(*c))
                .count()
                > 1
                && !crate::text::syllable::is_valid_syllable(part)
            {
                return part.to_owned();
            }
            let mut c = part.chars();
            match c.next() {
                Some(f) => std::iter::once(case::upper(f))
                    .chain(c.map(case::lower))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::recased;

    #[test]
    fn places() {
        assert_eq!(recased("hà Nội"), "Hà Nội");
        assert_eq!(recased("Thành phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh");
        assert_eq!(recased("Thành Phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh");
        assert_eq!(recased("HÀ NỘI"), "Hà Nội");
        assert_eq!(recased("Lào cai"), "Lào Cai");
        assert_eq!(recased("Quận 1"), "Quận 1");
        assert_eq!(recased("TP. Hồ Chí Minh"), "TP. Hồ Chí Minh");
        assert_eq!(recased("Bà Rịa - Vũng Tàu"), "Bà Rịa - Vũng Tàu");
        assert_eq!(recased("Phan Rang-tháp Chàm"), "Phan Rang-Tháp Chàm");
        assert_eq!(recased("TP. HỒ CHÍ MINH"), "TP. Hồ Chí Minh");
        assert_eq!(recased("HÀ NỘI-HẢI PHÒNG"), "Hà Nội-Hải Phòng");
    }

    /// An abbreviation in capitals is no case error: `TP. HCM` never becomes `TP. Hcm`.
    #[test]
    fn abbreviations_in_capitals_stay() {
        for place in ["TP. HCM", "TP.HCM", "Tp. HCM", "TP HCM", "TPHCM", "TX. HCM"] {
            assert_eq!(recased(place), place);
        }
    }

    #[test]
    fn the_profile_place_wins() {
        let config = crate::config::Config {
            select: vec!["NG007".into()],
            organisation: crate::config::Organisation {
                place: Some("Thủ đô Hà Nội".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let r = crate::check_str(
            "Số: 05/KH-UBND\nthủ đô hà nội, ngày 05 tháng 01 năm 2020\n",
            &config,
        );
        let fixed = r
            .diagnostics
            .iter()
            .flat_map(|d| &d.fixes)
            .flat_map(|f| &f.edits)
            .map(|e| e.replacement.as_str())
            .collect::<Vec<_>>();
        assert_eq!(fixed, ["Thủ đô Hà Nội"]);
    }
}
