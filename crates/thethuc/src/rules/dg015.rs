use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::common::header::header_date;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::skeleton;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DG015",
    name: "party-place-level",
    severity: Severity::Info,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Party,
    locator: "HD 05 4.1.1.c",
    default_on: true,
    summary_vi: docs!("Văn bản của Đảng (từ 27/5/2026) ghi địa danh một âm tiết (`Huế`) hoặc trùng tên tỉnh (`Phú Thọ` của một phường) mà không có tên cấp hành chính (`Thành phố Huế`, `Phường Phú Thọ`)."),
    summary_en: docs!("A Party document (from 27/5/2026) writes a one-syllable place (`Huế`) or one named like its province (`Phú Thọ` for a phường) without its level (`Thành phố Huế`, `Phường Phú Thọ`)."),
    docs_vi: docs!("Theo Hướng dẫn 05-HD/VPTW (mục 4.1.1.c), trước tên địa danh phải ghi thêm tên cấp hành chính \
khi tên đó là tên người (`Phường Ngô Quyền`), chỉ có một âm tiết (`Thành phố Huế`) hoặc trùng với tên tỉnh \
(`Phường Phú Thọ`); có thể viết tắt `TP`, `ĐK`. Quy tắc báo hai trường hợp đọc được chắc chắn từ văn bản: \
địa danh một âm tiết, và địa danh trùng tên tỉnh, thành phố mà tên cơ quan cấp trên ghi, khi cơ quan ban \
hành là đảng ủy xã, phường hay đặc khu cùng tên. Tên người không được xét (không có danh sách tên đơn vị \
hành chính đặt theo tên người). Hướng dẫn 36-HD/VPTW trước đó không có quy định này, nên quy tắc chỉ chạy \
trên văn bản ghi ngày từ 27/5/2026 hoặc không ghi ngày. Sửa tự động an toàn khi tên cơ quan ban hành cho \
biết cấp (`ĐẢNG UỶ PHƯỜNG PHÚ THỌ` → `Phường Phú Thọ`)."),
    docs_en: docs!("Under Hướng dẫn 05-HD/VPTW (4.1.1.c) the place takes its administrative level before the \
name when the name is a person's (`Phường Ngô Quyền`), has one syllable (`Thành phố Huế`) or is the same as \
the province's (`Phường Phú Thọ`); the level may be abbreviated `TP`, `ĐK`. The rule reports the two cases \
the text shows for certain: a one-syllable place, and a place named like the province or city the direct \
superior's line names when the issuer is the đảng ủy of a xã, phường or đặc khu of that name. Persons' \
names are not checked (there is no list of units named after persons). Hướng dẫn 36-HD/VPTW before it had \
no such rule, so the rule runs on documents dated from 27/5/2026 or not dated. Safe fix when the issuer's \
name gives the level (`ĐẢNG UỶ PHƯỜNG PHÚ THỌ` → `Phường Phú Thọ`)."),
    bad: docs!("ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG UỶ PHƯỜNG PHÚ THỌ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/ĐU\nPhú Thọ, ngày 15 tháng 6 năm 2026\n"),
    good: docs!("ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG UỶ PHƯỜNG PHÚ THỌ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 05-KH/ĐU\nPhường Phú Thọ, ngày 15 tháng 6 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

/// Levels a place may already carry (skeleton form, HD 05 allows `TP` and `ĐK`).
const LEVELS: &[&str] = &[
    "thanh pho",
    "tp",
    "tp.",
    "dac khu",
    "dk",
    "dk.",
    "xa",
    "phuong",
    "tinh",
    "thu do",
];

/// Levels of the unit a Party committee's name gives, in skeleton form, with the word the place
/// takes (`ĐẢNG UỶ PHƯỜNG X` → `Phường X`; a thành ủy sits in a thành phố).
const COMMUNE_LEVELS: &[(&str, &str)] = &[
    ("xa ", "Xã"),
    ("phuong ", "Phường"),
    ("dac khu ", "Đặc khu"),
];
const PROVINCE_LEVELS: &[(&str, &str)] = &[
    ("tinh ", "Tỉnh"),
    ("thanh pho ", "Thành phố"),
    ("tinh uy ", "Tỉnh"),
    ("thanh uy ", "Thành phố"),
];

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let Some((_, d)) = header_date(ctx) else {
        return;
    };
    let place = ctx.s(d.place).trim_end();
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty() || d.numeric {
        return;
    }
    let folded = skeleton(place);
    let folded_words: Vec<&str> = folded.split_whitespace().collect();
    if LEVELS
        .iter()
        .any(|l| folded_words.starts_with(&l.split(' ').collect::<Vec<_>>()))
    {
        return;
    }
    // The level may stand just before the place on its row, read apart from it (`TP Huế, ngày
    // …` set in the header's right column): the place then has it.
    let before = &ctx.text[..d.place.start as usize];
    let row = skeleton(before[before.rfind('\n').map_or(0, |k| k + 1)..].trim_end());
    let row_words: Vec<&str> = row.split_whitespace().collect();
    if LEVELS
        .iter()
        .any(|l| row_words.ends_with(&l.split(' ').collect::<Vec<_>>()))
    {
        return;
    }
    // A place written in digits or as an abbreviation (`TP.HCM`) is not a name of one syllable.
    let one_syllable = words.len() == 1
        && words[0].chars().all(crate::text::fold::is_letter)
        && crate::rules::common::header::is_syllable(&folded);
    let units = issuer_units(ctx);
    let commune = units
        .iter()
        .find(|(level, name)| COMMUNE_LEVELS.iter().any(|(_, l)| l == level) && *name == folded);
    let province = units
        .iter()
        .find(|(level, name)| PROVINCE_LEVELS.iter().any(|(_, l)| l == level) && *name == folded);
    let like_province = commune.is_some() && province.is_some();
    if !one_syllable && !like_province {
        return;
    }
    // The level the issuer's name gives: the commune's when the committee is a commune's,
    // else the province's or city's (a one-syllable place).
    let level = commune.or(province).map(|(level, _)| *level);
    let span = Span::new(d.place.start, d.place.start + place.len() as u32);
    let why_vi = if like_province {
        "trùng tên tỉnh, thành phố"
    } else {
        "chỉ có một âm tiết"
    };
    let why_en = if like_province {
        "is the same as the province's or city's"
    } else {
        "has one syllable"
    };
    let mut diag = RULE.diag(
        span,
        format!("Địa danh \"{place}\" {why_vi}: theo Hướng dẫn 05-HD/VPTW ghi thêm tên cấp hành chính trước tên{}.", level.map_or(String::new(), |l| format!(" (\"{l} {place}\")"))),
        format!("The place \"{place}\" {why_en}: under Hướng dẫn 05-HD/VPTW its administrative level goes before it{}.", level.map_or(String::new(), |l| format!(" (\"{l} {place}\")"))),
    );
    if let Some(level) = level {
        diag = diag.with_fix(Fix::safe(
            Message::new(
                format!("Viết \"{level} {place}\""),
                format!("Write \"{level} {place}\""),
            ),
            vec![Edit::insert(span.start, format!("{level} "))],
        ));
    }
    out.push(diag);
}

/// The administrative units the header's issuer lines name, as (the level's word for a place,
/// the unit's name in skeleton form): `ĐẢNG BỘ TỈNH PHÚ THỌ` → ("Tỉnh", "phu tho"), `ĐẢNG UỶ
/// PHƯỜNG PHÚ THỌ` → ("Phường", "phu tho").
fn issuer_units(ctx: &Ctx<'_>) -> Vec<(&'static str, String)> {
    let mut units = Vec::new();
    for &i in &ctx.doc.header.issuer {
        let line = skeleton(ctx.s(ctx.line(i).span).trim());
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        for (prefix, level) in COMMUNE_LEVELS.iter().chain(PROVINCE_LEVELS) {
            // The unit's word after the committee's (`dang uy xa`, `dang bo tinh`, `tinh uy`).
            let found = [
                format!("dang uy {prefix}"),
                format!("dang bo {prefix}"),
                prefix.to_string(),
            ]
            .into_iter()
            .find_map(|p| line.strip_prefix(p.as_str()).map(str::to_owned));
            if let Some(name) = found {
                if !name.is_empty() {
                    units.push((*level, name));
                }
            }
        }
    }
    units
}

#[cfg(test)]
mod tests {
    use crate::Config;

    fn codes(text: &str) -> Vec<(String, String)> {
        let config = Config {
            select: vec!["DG015".to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "DG015")
            .map(|d| {
                (
                    d.message.vi.clone(),
                    d.fixes
                        .first()
                        .map(|f| {
                            f.edits
                                .iter()
                                .map(|e| e.replacement.clone())
                                .collect::<String>()
                        })
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    const PHU_THO: &str = "ĐẢNG BỘ TỈNH PHÚ THỌ          ĐẢNG CỘNG SẢN VIỆT NAM\n\
ĐẢNG UỶ PHƯỜNG PHÚ THỌ\n        *\n\
Số 05-KH/ĐU                   Phú Thọ, ngày 15 tháng 6 năm 2026\n\n\
KẾ HOẠCH\ntổ chức hội nghị sơ kết công tác xây dựng Đảng\n-----\n\
Thực hiện Kế hoạch của Ban Thường vụ Tỉnh uỷ, Ban Thường vụ Đảng uỷ phường xây dựng kế hoạch.\n";

    #[test]
    fn a_commune_named_like_its_province_takes_its_level() {
        let found = codes(PHU_THO);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("\"Phường Phú Thọ\""), "{found:?}");
        assert_eq!(found[0].1, "Phường ");
        let right = PHU_THO.replace("   Phú Thọ, ngày", "   Phường Phú Thọ, ngày");
        assert!(codes(&right).is_empty());
    }

    /// The province's own committee writes the province's name alone: that is no commune's
    /// name repeated, and a two-syllable place is not flagged.
    #[test]
    fn the_provincial_committee_writes_the_province_alone() {
        let provincial = PHU_THO
            .replace("ĐẢNG BỘ TỈNH PHÚ THỌ    ", "TỈNH UỶ PHÚ THỌ         ")
            .replace("ĐẢNG UỶ PHƯỜNG PHÚ THỌ\n", "");
        assert!(codes(&provincial).is_empty(), "{:?}", codes(&provincial));
    }

    #[test]
    fn a_one_syllable_place_takes_its_level() {
        let hue = "THÀNH UỶ HUẾ                  ĐẢNG CỘNG SẢN VIỆT NAM\n        *\n\
Số 12-TB/TU                   Huế, ngày 15 tháng 6 năm 2026\n\n\
THÔNG BÁO\nkết luận của Ban Thường vụ Thành uỷ\n-----\nĐề nghị các cấp uỷ thực hiện.\n";
        let found = codes(hue);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "Thành phố ");
        // Before HD 05 (HD 36 had no such rule), nothing.
        assert!(codes(&hue.replace("năm 2026", "năm 2025")).is_empty());
        assert!(codes(&hue.replace("   Huế, ngày", "   Thành phố Huế, ngày")).is_empty());
        assert!(codes(&hue.replace("   Huế, ngày", "   TP Huế, ngày")).is_empty());
    }
}
