//! The line grammar (`grammar/line.pest`) and the lowering of its pairs into typed line kinds.

use crate::blocks::Segment;
use crate::document::{DateParts, Line, LineKind, SoParts, Span};
use crate::fold::{fold_case, is_upper};
use pest::iterators::Pair;
use pest::Parser;

#[derive(pest_derive::Parser)]
#[grammar = "../../grammar/line.pest"]
struct LineGrammar;

/// Classifies one segment of `text`.
pub fn classify(text: &str, seg: &Segment) -> Line {
    classify_within(text, seg, &crate::config::Limits::default()).0
}

/// Classifies a line, unless it is longer than the limits allow or the grammar runs out of steps
/// on it: then it is a plain paragraph, and the second value says so.
pub fn classify_within(text: &str, seg: &Segment, limits: &crate::config::Limits) -> (Line, bool) {
    let original = seg.span.of(text);
    let mut unread = original.len() > limits.max_line_bytes;
    let kind = if unread {
        LineKind::Paragraph
    } else {
        let folded = fold_case(original);
        match classify_folded(&folded) {
            Ok(Some(pair)) => lower(pair, seg.span.start, original),
            Ok(None) => LineKind::Paragraph,
            Err(limit) => {
                unread = limit;
                LineKind::Paragraph
            }
        }
    };
    let line = Line {
        span: seg.span,
        row: seg.row,
        column: seg.column,
        indent: seg.indent,
        blank_before: seg.blank_before,
        style: seg.style,
        kind,
    };
    (line, unread)
}

/// The alternatives of `line` in the grammar's order, each with its entry rule and a test that
/// holds of every folded line the alternative can match a prefix of. The tests only rule out;
/// the grammar decides. `paragraph`, the last alternative, matches anything.
/// A test on a folded line: false when an alternative cannot match it.
type MayMatch = fn(&str) -> bool;

const ALTERNATIVES: &[(Rule, MayMatch)] = &[
    // Both forms end in `việt nam`.
    (Rule::line_quoc_hieu, |l| l.contains("việt")),
    (Rule::line_tieu_ngu, |l| l.starts_with("độc")),
    (Rule::line_party_heading, |l| l.starts_with("đảng")),
    (Rule::line_so_line, |l| l.starts_with("số")),
    (Rule::line_can_cu, |l| l.contains("căn cứ")),
    (Rule::line_thuc_hien, |l| l.starts_with("thực hiện")),
    (Rule::line_theo_de_nghi, |l| {
        l.starts_with("theo") || l.starts_with("xét")
    }),
    (Rule::line_place_date, may_hold_place_date),
    (Rule::line_vv_line, |l| {
        l.starts_with("v/v") || l.starts_with("v.v")
    }),
    (Rule::line_ve_viec_line, |l| l.starts_with("về việc")),
    (Rule::line_kinh_gui, |l| l.starts_with("kính")),
    (Rule::line_noi_nhan, |l| l.starts_with("nơi")),
    (Rule::line_luu_item, |l| l.contains("lưu")),
    (Rule::line_enacting, |l| l.starts_with("quyết")),
    (Rule::line_phan_chuong, |l| {
        ["phần", "chương", "tiểu mục", "mục"]
            .iter()
            .any(|w| l.starts_with(w))
    }),
    (Rule::line_dieu, |l| l.starts_with("điều")),
    (Rule::line_phu_luc, |l| l.starts_with("phụ lục")),
    (Rule::line_kem_theo, |l| l.starts_with('(')),
    // `tuq`, `tm`, `kt`, `tl`, `q`, `t/m`, `k/t`, `t/l`.
    (Rule::line_authority, |l| l.starts_with(['t', 'k', 'q'])),
    (Rule::line_roman_muc, |l| {
        l.starts_with(['i', 'v', 'x', 'l'])
    }),
    (Rule::line_khoan, |l| {
        l.starts_with(|c: char| c.is_ascii_digit())
    }),
    (Rule::line_diem, |l| {
        l.starts_with(|c: char| c.is_ascii_lowercase()) || l.starts_with('đ')
    }),
    (Rule::line_dash_item, |l| {
        l.starts_with(['-', '–', '—', '‐', '−'])
    }),
];

/// Whether `place_date` can match: its date comes before any `(`, `)`, `;` or `:` (a place
/// stops at them and a date holds none), and it is `… tháng …` or a numeric date, whose first
/// separator (`/`, `-`, `.`) sits right between a day and a month (digits or dots).
fn may_hold_place_date(line: &str) -> bool {
    let head = line
        .find(['(', ')', ';', ':'])
        .map_or(line, |end| &line[..end]);
    if head.contains("tháng") {
        return true;
    }
    let bytes = head.as_bytes();
    // `…` is E2 80 A6: its last byte stands for it before a separator, its first after one.
    let day_end = |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b'_' | 0xA6);
    let month_start = |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b'_' | 0xE2);
    (1..bytes.len().saturating_sub(1)).any(|i| {
        matches!(bytes[i], b'/' | b'-' | b'.') && day_end(bytes[i - 1]) && month_start(bytes[i + 1])
    })
}

/// The pair of the alternative a folded line is, `None` for a plain paragraph (as `line` would
/// say, including when the first alternative that matches stops before the line's end), or
/// `Err(true)` when the grammar ran out of steps.
fn classify_folded(folded: &str) -> Result<Option<Pair<'_, Rule>>, bool> {
    for &(entry, may_match) in ALTERNATIVES {
        if !may_match(folded) {
            continue;
        }
        match LineGrammar::parse(entry, folded) {
            Ok(mut pairs) => {
                let pair = pairs.next().filter(|p| p.as_span().end() == folded.len());
                return Ok(pair);
            }
            Err(e) if matches!(e.variant, pest::error::ErrorVariant::CustomError { .. }) => {
                return Err(true)
            }
            Err(_) => {}
        }
    }
    Ok(None)
}

fn span_of(p: &Pair<'_, Rule>, base: u32) -> Span {
    let s = p.as_span();
    Span::new(base + s.start() as u32, base + s.end() as u32)
}

fn child(p: &Pair<'_, Rule>, rule: Rule, base: u32) -> Option<Span> {
    p.clone()
        .into_inner()
        .find(|c| c.as_rule() == rule)
        .map(|c| span_of(&c, base))
}

fn rest_of(p: &Pair<'_, Rule>, base: u32) -> Span {
    child(p, Rule::rest, base).unwrap_or_else(|| {
        let s = span_of(p, base);
        Span::new(s.end, s.end)
    })
}

fn lower(p: Pair<'_, Rule>, base: u32, original: &str) -> LineKind {
    let local = |s: Span| &original[(s.start - base) as usize..(s.end - base) as usize];
    match p.as_rule() {
        Rule::quoc_hieu => LineKind::QuocHieu,
        Rule::tieu_ngu => LineKind::TieuNgu {
            separators: p
                .clone()
                .into_inner()
                .filter(|c| c.as_rule() == Rule::tn_sep)
                .map(|c| span_of(&c, base))
                .collect(),
        },
        Rule::party_heading => LineKind::PartyHeading,
        Rule::so_line => lower_so(&p, base),
        Rule::place_date => lower_date(&p, base, &local),
        Rule::vv_line => LineKind::Vv {
            label: child(&p, Rule::vv_label, base).unwrap_or_default(),
            colon: child(&p, Rule::vv_colon, base),
            text: rest_of(&p, base),
        },
        Rule::ve_viec_line => LineKind::VeViec {
            text: rest_of(&p, base),
        },
        Rule::kinh_gui => LineKind::KinhGui {
            label: child(&p, Rule::kg_label, base).unwrap_or_default(),
            colon: child(&p, Rule::kg_colon, base),
            rest: rest_of(&p, base),
        },
        Rule::noi_nhan => LineKind::NoiNhan {
            label: child(&p, Rule::nn_label, base).unwrap_or_default(),
            colon: child(&p, Rule::nn_colon, base),
            rest: rest_of(&p, base),
        },
        Rule::luu_item => LineKind::Luu {
            dash: child(&p, Rule::dash_char, base),
            word: child(&p, Rule::luu_word, base).unwrap_or_default(),
            colon: child(&p, Rule::luu_colon, base),
            rest: rest_of(&p, base),
        },
        Rule::enacting => LineKind::Enacting,
        Rule::can_cu => LineKind::CanCu,
        Rule::thuc_hien => LineKind::ThucHien,
        Rule::theo_de_nghi => LineKind::TheoDeNghi,
        Rule::phan_chuong => LineKind::PhanChuong {
            label: child(&p, Rule::pc_label, base).unwrap_or_default(),
            number: child(&p, Rule::pc_number, base).unwrap_or_default(),
            rest: rest_of(&p, base),
        },
        Rule::dieu => LineKind::Dieu {
            number: child(&p, Rule::dieu_number, base).unwrap_or_default(),
            separator: child(&p, Rule::dieu_sep, base),
            rest: rest_of(&p, base),
        },
        Rule::phu_luc => LineKind::PhuLuc {
            number: child(&p, Rule::pl_number, base),
            rest: rest_of(&p, base),
        },
        Rule::kem_theo => LineKind::KemTheo,
        Rule::authority => {
            let title = child(&p, Rule::au_title, base).unwrap_or_default();
            // `Tl. nội dung` or `Q. trình` are prose; an authority line is written in capitals.
            if mostly_upper(local(title)) {
                LineKind::Authority {
                    prefix: child(&p, Rule::au_prefix, base).unwrap_or_default(),
                    separator: child(&p, Rule::au_dot, base),
                    title,
                }
            } else {
                LineKind::Paragraph
            }
        }
        Rule::roman_muc => {
            let number = child(&p, Rule::roman, base).unwrap_or_default();
            let rest = rest_of(&p, base);
            let n = local(number);
            // A lower-case `i.`/`v.`/`x.`/`l.` is a điểm letter, not a Roman numeral.
            if n.len() == 1 && n.chars().all(|c| c.is_lowercase()) {
                let sep = Span::new(number.end, number.end + 1);
                LineKind::Diem {
                    letter: number,
                    separator: sep,
                    rest,
                }
            } else {
                LineKind::RomanMuc { number, rest }
            }
        }
        Rule::khoan => LineKind::Khoan {
            number: child(&p, Rule::khoan_number, base)
                .or_else(|| child(&p, Rule::khoan_dotted, base))
                .unwrap_or_default(),
            rest: rest_of(&p, base),
        },
        Rule::diem => {
            let letter = child(&p, Rule::diem_letter, base).unwrap_or_default();
            // `A. …` in capitals is not a điểm.
            if local(letter).chars().all(|c| c.is_lowercase()) {
                LineKind::Diem {
                    letter,
                    separator: child(&p, Rule::diem_sep, base).unwrap_or_default(),
                    rest: rest_of(&p, base),
                }
            } else {
                LineKind::Paragraph
            }
        }
        Rule::dash_item => LineKind::Dash {
            dash: child(&p, Rule::dash_char, base).unwrap_or_default(),
            rest: rest_of(&p, base),
        },
        _ => LineKind::Paragraph,
    }
}

/// At least 80 % of the letters are capitals (tolerates a stray lower-case letter from OCR).
pub fn mostly_upper(s: &str) -> bool {
    let (upper, letters) = s
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0, 0), |(u, l), c| {
            (u + usize::from(c.is_uppercase()), l + 1)
        });
    letters > 0 && upper * 5 >= letters * 4 || is_upper(s)
}

fn lower_so(p: &Pair<'_, Rule>, base: u32) -> LineKind {
    let mut parts = SoParts {
        word: child(p, Rule::so_word, base).unwrap_or_default(),
        colon: child(p, Rule::so_colon, base),
        number: None,
        blank: None,
        slash: None,
        ky_hieu: None,
        parts: Vec::new(),
        separators: Vec::new(),
        party: false,
    };
    for c in p.clone().into_inner() {
        match c.as_rule() {
            Rule::so_party => {
                parts.party = true;
                parts.number = child(&c, Rule::so_number, base);
                let ks: Vec<Span> = c
                    .clone()
                    .into_inner()
                    .filter(|x| x.as_rule() == Rule::kh_part)
                    .map(|x| span_of(&x, base))
                    .collect();
                if let (Some(first), Some(last)) = (ks.first(), ks.last()) {
                    parts.ky_hieu = Some(Span::cover(*first, *last));
                }
                parts.parts = ks;
            }
            Rule::so_state => {
                parts.number = child(&c, Rule::so_number, base);
                parts.blank = child(&c, Rule::so_blank, base);
                parts.slash = child(&c, Rule::so_slash, base);
                if let Some(k) = c
                    .clone()
                    .into_inner()
                    .find(|x| x.as_rule() == Rule::ky_hieu)
                {
                    parts.ky_hieu = Some(span_of(&k, base));
                    for x in k.into_inner() {
                        match x.as_rule() {
                            Rule::kh_part => parts.parts.push(span_of(&x, base)),
                            Rule::kh_sep => parts.separators.push(span_of(&x, base)),
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    LineKind::So(parts)
}

fn lower_date<'o>(p: &Pair<'_, Rule>, base: u32, local: &dyn Fn(Span) -> &'o str) -> LineKind {
    let place = child(p, Rule::place, base).unwrap_or_default();
    // A place name starts with a capital (NG007 reports `hà Nội`) and has no sentence in it.
    let place_text = local(place);
    let words = place_text.split_whitespace().count();
    if words == 0
        || words > 7
        || place_text.chars().count() > 60
        || place_text.contains(['(', ')', ';', ':'])
    {
        return LineKind::Paragraph;
    }
    let (words_pair, numeric) = match p
        .clone()
        .into_inner()
        .find(|c| matches!(c.as_rule(), Rule::pd_words | Rule::pd_numeric))
    {
        Some(c) => {
            let numeric = c.as_rule() == Rule::pd_numeric;
            (c, numeric)
        }
        None => return LineKind::Paragraph,
    };
    LineKind::PlaceDate(DateParts {
        place,
        comma: child(p, Rule::pd_comma, base),
        day: child(&words_pair, Rule::pd_day, base),
        month: child(&words_pair, Rule::pd_month, base),
        year: child(&words_pair, Rule::pd_year, base),
        numeric,
        end: child(p, Rule::pd_end, base),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::segments;

    fn kinds(text: &str) -> Vec<LineKind> {
        segments(text)
            .iter()
            .map(|s| classify(text, s).kind)
            .collect()
    }

    fn name(k: &LineKind) -> String {
        let json = serde_json::to_value(k).unwrap();
        json["kind"].as_str().unwrap_or("?").to_owned()
    }

    /// What the grammar's own `line` rule makes of a segment, every alternative tried in turn.
    fn kind_by_line_rule(text: &str, seg: &Segment) -> LineKind {
        let original = seg.span.of(text);
        let folded = fold_case(original);
        match LineGrammar::parse(Rule::line, &folded) {
            Ok(mut pairs) => pairs
                .next()
                .map(|p| lower(p, seg.span.start, original))
                .unwrap_or(LineKind::Paragraph),
            Err(_) => LineKind::Paragraph,
        }
    }

    fn corpus_texts() -> Vec<String> {
        let mut texts = Vec::new();
        for dir in ["seeds", "real", "legacy"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../fixtures/corpus")
                .join(dir);
            for entry in std::fs::read_dir(path).unwrap() {
                let bytes = std::fs::read(entry.unwrap().path()).unwrap();
                if let Ok(src) = crate::Source::from_bytes(&bytes) {
                    texts.push(src.text().to_owned());
                }
            }
        }
        texts
    }

    /// The dispatch over `ALTERNATIVES` gives what `line` gives: on every corpus line, on every
    /// rule fixture, and on lines spliced from pieces of them at random.
    #[test]
    fn dispatch_equals_the_line_rule() {
        let mut texts = corpus_texts();
        let rules = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/rules");
        for entry in std::fs::read_dir(rules).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        let mut lines: Vec<String> = texts
            .iter()
            .flat_map(|t| t.lines().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        // Splices: the start of one line with the end of another, cut at char boundaries.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n.max(1) as u64) as usize
        };
        let pieces = lines.clone();
        for _ in 0..20_000 {
            let (a, b) = (&pieces[next(pieces.len())], &pieces[next(pieces.len())]);
            let cut = |s: &str, at: usize| {
                let mut at = at.min(s.len());
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                at
            };
            let (i, j) = (cut(a, next(a.len() + 1)), cut(b, next(b.len() + 1)));
            lines.push(format!("{}{}", &a[..i], &b[j..]));
        }
        let mut recognised = 0;
        for line in &lines {
            for seg in segments(line) {
                let want = kind_by_line_rule(line, &seg);
                recognised += usize::from(want != LineKind::Paragraph);
                assert_eq!(classify(line, &seg).kind, want, "{:?}", seg.span.of(line));
            }
        }
        assert!(recognised > 2_000, "only {recognised} lines recognised");
    }

    #[test]
    fn header_lines_are_recognised_in_any_case() {
        let text = "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh Phúc\nSố: 1894 /TB-SCT\nLào Cai, ngày 09 tháng 4 năm 2026\nNƠI NHẬN\nKT.GIÁM ĐỐC\nV/V triển khai";
        let got: Vec<String> = kinds(text).iter().map(name).collect();
        assert_eq!(
            got,
            [
                "quoc_hieu",
                "tieu_ngu",
                "so",
                "place_date",
                "noi_nhan",
                "authority",
                "vv"
            ]
        );
    }

    #[test]
    fn so_line_parts() {
        let text = "Số: 1894 /TB-SCT";
        let LineKind::So(p) = &kinds(text)[0] else {
            panic!("not a Số line")
        };
        assert_eq!(p.number.unwrap().of(text), "1894");
        assert_eq!(p.ky_hieu.unwrap().of(text), "TB-SCT");
        let text = "Số:           /KH-UBND";
        let LineKind::So(p) = &kinds(text)[0] else {
            panic!("not a Số line")
        };
        assert!(p.number.is_none());
        let text = "Số 12-KH/TU";
        let LineKind::So(p) = &kinds(text)[0] else {
            panic!("not a Số line")
        };
        assert!(p.party);
    }

    #[test]
    fn body_structure_and_prose() {
        let text = "I. MỤC ĐÍCH\n1. Mục đích\n6.2 Đối với\na) Phòng\ni) điểm i\nĐiều 1. Phạm vi\n- Như trên;\nQuyết định này có hiệu lực\nQUYẾT ĐỊNH:\n1.000 đồng là số tiền";
        let got: Vec<String> = kinds(text).iter().map(name).collect();
        assert_eq!(
            got,
            [
                "roman_muc",
                "khoan",
                "khoan",
                "diem",
                "diem",
                "dieu",
                "dash",
                "paragraph",
                "enacting",
                "paragraph"
            ]
        );
    }

    #[test]
    fn a_sentence_ending_with_a_date_is_not_a_place_date_line() {
        let text = "Kế hoạch này được triển khai từ ngày 05 tháng 3 năm 2026 trên toàn tỉnh và các đơn vị ngày 05 tháng 3 năm 2026";
        assert_eq!(name(&kinds(text)[0]), "paragraph");
    }
}
