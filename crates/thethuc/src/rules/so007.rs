use crate::diagnostic::Severity;
use crate::model::doctype::comparison_key;
use crate::rules::common::header::header_so;
use crate::rules::common::header::{doc_kind, type_group_index, DocKind};
use crate::rules::common::header::{initials, letters, subsequence};
use crate::rules::common::header::{is_syllable, COMMON};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::{fold_case, skeleton};

pub static RULE: Rule = Rule {
    code: "SO007",
    name: "ky-hieu-issuer-mismatch",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.3",
    default_on: true,
    summary_vi: docs!("Chữ viết tắt tên cơ quan trong ký hiệu không khớp cơ quan ban hành (ví dụ `-UBND` dưới \
cơ quan ban hành là `SỞ …`)."),
    summary_en: docs!("Issuer abbreviation does not match the issuing body (e.g. `-UBND` under a `SỞ …` issuer), \
using built-in common abbreviations plus the organisation profile."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (ô số 3): ký hiệu văn bản có tên loại kết thúc bằng chữ \
viết tắt tên cơ quan ban hành (`QĐ-SCT` của Sở Công Thương); ký hiệu công văn mở đầu bằng chữ viết tắt \
đó (`SNNMT-KS`). Quy tắc dựng chữ viết tắt từ các dòng tên cơ quan ở phần đầu: chữ cái đầu của mỗi âm \
tiết (`SỞ CÔNG THƯƠNG` → `SCT`, `SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG` → `SNNMT`, bỏ chữ \"VÀ\"), giữ nguyên các \
chữ đã viết tắt (`UBND`), cùng các chữ viết tắt thông dụng (`UBND`, `HĐND`, `TTg`, `CP`, `VP`…), ghép \
với cơ quan cấp trên (`VPUBND`), và các tên, chữ viết tắt khai trong hồ sơ tổ chức \
(`organisation.names`, `organisation.abbreviations`). Để tránh báo nhầm (chữ viết tắt do người đứng \
đầu cơ quan quyết định), quy tắc chỉ cảnh báo khi chữ viết tắt rõ ràng thuộc cơ quan khác: là chữ viết \
tắt của cơ quan cấp trên (`-UBND` dưới `UBND TỈNH LÀO CAI` / `SỞ CÔNG THƯƠNG`), là một chữ viết tắt thông \
dụng không ứng với cơ quan ban hành, hoặc không có trong hồ sơ tổ chức đã khai. Đoàn, tổ, hội đồng, ban \
được dùng chữ viết tắt của cơ quan cấp trên, văn phòng thường trực của một ban, hội đồng dùng chữ viết \
tắt của ban, hội đồng đó. Không có sửa tự động."),
    docs_en: docs!("Phụ lục I of ND30 (box 3): a typed document's code ends with the issuer's abbreviation \
(`QĐ-SCT` for Sở Công Thương); a công văn's code opens with it (`SNNMT-KS`). The rule builds \
abbreviations from the header's issuer lines: the first letter of each syllable (`SỞ CÔNG THƯƠNG` → `SCT`, \
`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG` → `SNNMT`, skipping \"VÀ\"), words already abbreviated kept whole (`UBND`), \
the common abbreviations (`UBND`, `HĐND`, `TTg`, `CP`, `VP`, …), combinations with the parent body \
(`VPUBND`), and the names and abbreviations of the organisation profile (`organisation.names`, \
`organisation.abbreviations`). Since agency heads choose their own abbreviations, it warns only when the \
abbreviation clearly belongs elsewhere: it is the parent body's (`-UBND` under `UBND TỈNH LÀO CAI` / \
`SỞ CÔNG THƯƠNG`), a common abbreviation that does not name the issuer, or absent from a declared \
profile. Teams, boards and councils (`ĐOÀN`, `TỔ`, `HỘI ĐỒNG`, `BAN`) may use their parent's abbreviation, \
and the standing office of a board or council (`VĂN PHÒNG THƯỜNG TRỰC`) that board's. No automatic fix."),
    bad: docs!("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-UBND\nKẾ HOẠCH\nKiểm tra an toàn hóa chất năm 2026\n"),
    good: docs!("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KH-SCT\nKẾ HOẠCH\nKiểm tra an toàn hóa chất năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

/// Bodies that may issue under their parent's abbreviation.
const TEAMS: &[&str] = &["đoàn ", "tổ ", "tiểu ban ", "ban ", "hội đồng "];

/// The office that serves a board or a council (tone-insensitive, as `TEAMS`).
const STANDING_OFFICE: &str = "văn phòng thường trực";

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((_, p)) = header_so(ctx) else {
        return;
    };
    let Some(kind) = doc_kind(ctx) else { return };
    let candidates: Vec<crate::text::span::Span> = match kind {
        DocKind::Typed(_) => {
            let Some(k) = type_group_index(ctx, p) else {
                return;
            };
            p.parts[k + 1..].to_vec()
        }
        DocKind::CongVan => p.parts.first().copied().into_iter().collect(),
    };
    // Groups with digits (`PC06`) are unit codes this rule cannot judge.
    let candidates: Vec<_> = candidates
        .into_iter()
        .filter(|s| {
            !ctx.s(*s).chars().any(|c| c.is_ascii_digit()) && !letters(ctx.s(*s)).is_empty()
        })
        .collect();
    let Some(&last) = candidates.last() else {
        return;
    };
    let bodies = issuer_bodies(ctx);
    let Some((own, parents)) = bodies.split_last() else {
        return;
    };
    // A name a scan garbled (`THÀNH PHÓỎ CẢN THƠ`) cannot be matched with a code: a word that
    // is no syllable where a body's name has only syllables.
    if bodies.iter().any(|b| garbled(b)) {
        return;
    }
    let is_team = |name: &str| {
        let s = format!("{} ", comparison_key(name));
        TEAMS.iter().any(|t| s.starts_with(t)) && !s.starts_with("hội đồng nhân dân")
    };
    // The standing office of a board or a council (`VĂN PHÒNG THƯỜNG TRỰC` of a `BAN CHỈ HUY
    // PCTT VÀ TKCN`) works in its name, and signs with its abbreviation.
    let standing_office = comparison_key(own).starts_with(STANDING_OFFICE)
        && parents.last().is_some_and(|p| is_team(p));
    let team = is_team(own) || standing_office;
    let org = &ctx.config.organisation;
    let fits_own = |abbr: &str| {
        fits(abbr, own)
            || parents.iter().any(|par| fits_combined(abbr, own, par))
            || (team && parents.iter().any(|par| fits(abbr, par)))
            || org
                .abbreviations
                .iter()
                .any(|a| letters(a) == letters(abbr))
            || org.names.iter().any(|n| fits(abbr, n))
    };
    if candidates.iter().any(|s| fits_own(ctx.s(*s))) {
        return;
    }
    let abbr = ctx.s(last);
    let a = letters(abbr);
    let parent = parents.iter().find(|par| fits(abbr, par));
    let common = COMMON.iter().any(|(c, _)| *c == a);
    if parent.is_none() && !common && org.abbreviations.is_empty() {
        return;
    }
    let issuer = own.as_str();
    let code = p.ky_hieu.map_or(abbr, |s| ctx.s(s));
    let (vi_why, en_why) = match parent {
        Some(par) => (
            format!("\"{abbr}\" là chữ viết tắt của cơ quan cấp trên \"{par}\""),
            format!("\"{abbr}\" abbreviates the parent body \"{par}\""),
        ),
        None if common => (
            format!("\"{abbr}\" là chữ viết tắt của một cơ quan khác"),
            format!("\"{abbr}\" abbreviates another body"),
        ),
        None => (
            format!(
                "\"{abbr}\" không có trong hồ sơ tổ chức ({})",
                org.abbreviations.join(", ")
            ),
            format!(
                "\"{abbr}\" is not in the organisation profile ({})",
                org.abbreviations.join(", ")
            ),
        ),
    };
    out.push(RULE.diag(
        last,
        format!(
            "Ký hiệu \"{code}\" không khớp cơ quan ban hành \"{issuer}\": {vi_why}; ký hiệu phải mang chữ viết tắt \
tên cơ quan ban hành (ví dụ \"{}\").",
            suggestion(own)
        ),
        format!(
            "The code \"{code}\" does not match the issuer \"{issuer}\": {en_why}; the code carries the issuer's \
own abbreviation (e.g. \"{}\").",
            suggestion(own)
        ),
    ));
}

/// The issuing bodies as the tree holds them (parent first), each as its words read.
fn issuer_bodies(ctx: &Ctx<'_>) -> Vec<String> {
    ctx.doc
        .header
        .issuer_bodies
        .iter()
        .map(|spans| {
            spans
                .iter()
                .map(|s| ctx.s(*s).trim())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Whether `abbr` can be read off `name`: its letters are a subsequence of the name's initials.
fn fits(abbr: &str, name: &str) -> bool {
    let a = letters(abbr);
    !a.is_empty() && subsequence(&a, &initials(name))
}

/// `VPUBND`: the own body's initials then the parent's, or the other way round, each from its start.
fn fits_combined(abbr: &str, own: &str, parent: &str) -> bool {
    let a: Vec<char> = letters(abbr).chars().collect();
    let (o, p) = (initials(own), initials(parent));
    let anchored = |piece: &[char], init: &str| {
        let s: String = piece.iter().collect();
        init.starts_with(piece[0]) && subsequence(&s, init)
    };
    (1..a.len()).any(|k| {
        let (x, y) = a.split_at(k);
        (anchored(x, &o) && anchored(y, &p)) || (anchored(x, &p) && anchored(y, &o))
    })
}

/// The initials of the own body without its place, in capitals, for the message.
fn suggestion(own: &str) -> String {
    let first_line: String = own
        .split_whitespace()
        .take_while(|w| {
            let s = fold_case(w);
            !matches!(
                s.as_str(),
                "tỉnh" | "huyện" | "quận" | "xã" | "phường" | "theo" | "số"
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    for w in first_line
        .split(|c: char| !crate::text::fold::is_letter_or_digit(c))
        .filter(|w| !w.is_empty())
    {
        let s = skeleton(w);
        if s == "va" {
            continue;
        }
        if is_syllable(&s) {
            // The initial without its tone mark, `Đ` kept (`ỦY` → `U`, `ĐOÀN` → `Đ`).
            match w.chars().next() {
                Some('Đ' | 'đ') => out.push('Đ'),
                _ => out.extend(s.chars().next().map(|c| c.to_ascii_uppercase())),
            }
        } else {
            out.push_str(w);
        }
    }
    out
}

/// Whether a body's name holds a word in capitals that is no Vietnamese syllable and carries
/// a mark (`PHÓỎ`): a scan's misreading. Unmarked words may be codes or names (`PC06`, `VNPT`).
fn garbled(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !crate::text::fold::is_letter(c));
        !w.is_ascii()
            && w.chars().all(crate::text::fold::is_letter)
            && !crate::text::syllable::is_valid_syllable(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_issuers() {
        assert_eq!(initials("SỞ CÔNG THƯƠNG"), "sct");
        assert_eq!(initials("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), "snnmt");
        assert_eq!(initials("ỦY BAN NHÂN DÂN TỈNH LÀO CAI"), "ubndtlc");
        assert_eq!(initials("UBND TỈNH LÀO CAI"), "ubndtlc");
        assert_eq!(initials("ĐOÀN KIỂM TRA"), "dkt");
        assert!(fits("ĐKT", "ĐOÀN KIỂM TRA"));
        assert!(fits("SNN&MT", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"));
        assert!(fits("TTg", "THỦ TƯỚNG CHÍNH PHỦ"));
        assert!(!fits("UBND", "SỞ CÔNG THƯƠNG"));
        assert!(fits_combined("VPUBND", "VĂN PHÒNG", "UBND TỈNH LÀO CAI"));
        assert!(!fits_combined(
            "UBND",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "UBND TỈNH LÀO CAI"
        ));
        assert_eq!(suggestion("SỞ CÔNG THƯƠNG"), "SCT");
        assert_eq!(suggestion("ỦY BAN NHÂN DÂN TỈNH LÀO CAI"), "UBND");
        assert_eq!(suggestion("ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH"), "ĐKT");
    }

    fn so007(text: &str, abbreviations: &[&str]) -> usize {
        let config = crate::config::Config {
            select: vec!["SO007".into()],
            organisation: crate::config::Organisation {
                abbreviations: abbreviations.iter().map(|a| (*a).to_owned()).collect(),
                ..Default::default()
            },
            ..Default::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "SO007")
            .count()
    }

    #[test]
    fn a_standing_office_signs_with_its_board_s_abbreviation() {
        // pdf-raw/x-tb-254-vp-bchpctt-thuathienhue-2022, read in sequence.
        let head = "BAN CHỈ HUY PCTT VÀ TKCN\nTỈNH THỪA THIÊN HUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nVĂN PHÒNG THƯỜNG TRỰC\n";
        let tail = "Thừa Thiên Huế, ngày 06 tháng 9 năm 2022\nTHÔNG BÁO\nCảnh báo, ứng phó với mưa vừa, mưa to và dông\n";
        assert_eq!(so007(&format!("{head}Số: 254 /TB-PCTT\n{tail}"), &[]), 0);
        // The office of a state body does not: `-UBND` under its `VĂN PHÒNG` is the parent's.
        let doc = "UBND TỈNH LÀO CAI\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/TB-UBND\nLào Cai, ngày 05 tháng 3 năm 2026\nTHÔNG BÁO\nLịch làm việc\n";
        assert_eq!(so007(doc, &[]), 1);
    }

    #[test]
    fn a_name_wrapped_over_two_lines_is_the_issuer_whole() {
        // pandoc/qd-ubnd-lamdong-de-an-doan-luat-su-2026: the cell wraps after `TỈNH`.
        let doc = "ỦY BAN NHÂN DÂN TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc\nSố: /QĐ-UBND\tLâm Đồng, ngày tháng 4 năm 2026\nQUYẾT ĐỊNH\nVề việc phê duyệt Đề án\n";
        assert_eq!(so007(doc, &[]), 0);
        // ocr/cv-899-ubnd-quangngai-2025: OCR read `TỈNH` as `TĨNH`.
        let doc = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTĨNH QUANG NGAI\tĐộc lập - Tự do - Hạnh phúc\nSố: 899 /UBND-TTHC\tQuảng Ngãi, ngày 15 tháng 01 năm 2025\nV/v công bố Danh mục TTHC\nKính gửi: Sở Giao thông vận tải\n";
        assert_eq!(so007(doc, &[]), 0);
    }

    #[test]
    fn the_organisation_profile_decides_what_the_initials_cannot() {
        let doc = "SỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/KH-QLCN\nKẾ HOẠCH\nKiểm tra năm 2026\n";
        assert_eq!(so007(doc, &[]), 0);
        assert_eq!(so007(doc, &["QLCN"]), 0);
        assert_eq!(so007(doc, &["SCT"]), 1);
    }
}

#[cfg(test)]
mod message_tests {
    /// The English messages of SO007's findings on `text`, no organisation profile declared.
    fn messages(text: &str) -> Vec<String> {
        let config = crate::config::Config {
            select: vec!["SO007".into()],
            ..Default::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "SO007")
            .map(|d| d.message.en.clone())
            .collect()
    }

    /// A common abbreviation of another body (`HĐND` under a People's Committee) is named as
    /// such; the message speaks of no organisation profile the user never declared.
    #[test]
    fn a_common_abbreviation_of_another_body_is_named_as_one() {
        let doc = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/BC-HĐND\nLào Cai, ngày 05 tháng 3 năm 2026\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n";
        let found = messages(doc);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("\"HĐND\" abbreviates another body"),
            "{found:?}"
        );
        assert!(!found[0].contains("organisation profile"), "{found:?}");
    }
}
