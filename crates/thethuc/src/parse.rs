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
        match LineGrammar::parse(Rule::line, &folded) {
            Ok(mut pairs) => pairs
                .next()
                .map(|p| lower(p, seg.span.start, original))
                .unwrap_or(LineKind::Paragraph),
            // Either the call limit (pest::set_call_limit), or an alternative that matched a
            // prefix and then missed the end of the line: both leave a plain paragraph, only
            // the first is a limit.
            Err(e) => {
                unread = matches!(e.variant, pest::error::ErrorVariant::CustomError { .. });
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
