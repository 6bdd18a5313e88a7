use crate::diagnostic::{Diagnostic, Severity};
use crate::model::joined::Joined;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;

pub static RULE: Rule = Rule {
    code: "ND013",
    name: "amount-in-words-mismatch",
    severity: Severity::Error,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "— (consistency)",
    default_on: true,
    summary_vi: docs!("Số tiền viết bằng số và viết bằng chữ không khớp nhau."),
    summary_en: docs!("A money amount and its spelled-out form disagree."),
    docs_vi: docs!("Khi số tiền được ghi bằng số rồi ghi bằng chữ trong ngoặc (`6.294.000đ (Sáu triệu hai trăm \
chín mươi bốn nghìn đồng chẵn)`), hai cách ghi phải cùng một giá trị. Quy tắc đọc số viết bằng chữ tiếng \
Việt (mười, mươi, mốt, lăm/năm, tư/bốn, linh/lẻ, trăm, nghìn/ngàn, triệu, tỷ/tỉ, đồng, chẵn) và số viết \
bằng chữ số (`6.294.000đ`, `6.294.000 đồng`, `6,294,000 VNĐ`); dấu in nghiêng Markdown (`(*Sáu …*)`) được \
bỏ qua. Chỉ báo khi đọc được trọn vẹn cả hai mà giá trị khác nhau. Không có sửa tự động: không biết cách \
ghi nào đúng."),
    docs_en: docs!("When an amount is written in digits then in words in brackets (`6.294.000đ (Sáu triệu hai \
trăm chín mươi bốn nghìn đồng chẵn)`), both must have the same value. The rule reads Vietnamese number \
words (mười, mươi, mốt, lăm/năm, tư/bốn, linh/lẻ, trăm, nghìn/ngàn, triệu, tỷ/tỉ, đồng, chẵn) and digits \
(`6.294.000đ`, `6.294.000 đồng`, `6,294,000 VNĐ`); Markdown italics (`(*Sáu …*)`) are ignored. It reports \
only when both read completely and differ. No fix: which one is right is unknown."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\n- Tổng kinh phí thực hiện: 6.294.000đ (Sáu triệu hai trăm chín mươi nghìn đồng chẵn).\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\n- Tổng kinh phí thực hiện: 6.294.000đ (Sáu triệu hai trăm chín mươi bốn nghìn đồng chẵn).\n"),
    check: crate::rules::Check::Document(check),
};

/// Reads an amount in Vietnamese words; `None` when a word is not a number word.
pub(crate) fn words_value(s: &str) -> Option<u128> {
    let folded = fold_case(s);
    let mut committed: Vec<(u128, u128)> = Vec::new();
    let mut current: u128 = 0;
    let mut pending: Option<u128> = None;
    let mut any = false;
    let mut prev_muoi = false;
    for w in folded
        .split(|c: char| !crate::text::fold::is_letter(c))
        .filter(|w| !w.is_empty())
    {
        let digit = match w {
            "không" => Some(0),
            "một" | "mốt" => Some(1),
            "hai" => Some(2),
            "ba" => Some(3),
            "bốn" | "tư" => Some(4),
            "năm" | "lăm" | "nhăm" => Some(5),
            "sáu" => Some(6),
            "bảy" | "bẩy" => Some(7),
            "tám" => Some(8),
            "chín" => Some(9),
            _ => None,
        };
        if let Some(d) = digit {
            if pending.is_some() {
                return None;
            }
            // `mốt`, `lăm`, `tư` only follow a tens word.
            if matches!(w, "mốt" | "lăm" | "nhăm") && !prev_muoi {
                return None;
            }
            pending = Some(d);
            any = true;
            prev_muoi = false;
            continue;
        }
        prev_muoi = false;
        match w {
            "mười" => {
                if pending.is_some() {
                    return None;
                }
                current += 10;
                any = true;
                prev_muoi = true;
            }
            "mươi" => {
                current += pending.take()? * 10;
                prev_muoi = true;
            }
            "trăm" => current += pending.take()? * 100,
            "linh" | "lẻ" => {}
            "nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ" => {
                let scale: u128 = match w {
                    "nghìn" | "ngàn" => 1_000,
                    "triệu" => 1_000_000,
                    _ => 1_000_000_000,
                };
                let mut v = current + pending.take().unwrap_or(0);
                while committed.last().is_some_and(|(_, s)| *s < scale) {
                    v += committed.pop().map_or(0, |(x, _)| x);
                }
                if v == 0 {
                    return None;
                }
                committed.push((v * scale, scale));
                current = 0;
            }
            "đồng" | "chẵn" | "chẳn" | "việt" | "nam" | "vnđ" | "vnd" => {}
            _ => return None,
        }
    }
    if !any {
        return None;
    }
    Some(committed.iter().map(|(x, _)| x).sum::<u128>() + current + pending.unwrap_or(0))
}

/// Reads `6.294.000`, `6,294,000` or `6294000`; `None` for decimals or odd grouping.
pub(crate) fn digits_value(s: &str) -> Option<u128> {
    let groups: Vec<&str> = s.split(['.', ',']).collect();
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return None;
    }
    groups.concat().parse().ok()
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for p in &ctx.doc.paragraphs {
        let joined = Joined::new(ctx.text, &ctx.doc.lines, &p.lines);
        scan(ctx, &joined, out);
    }
}

fn scan(ctx: &Ctx<'_>, joined: &Joined, out: &mut Vec<Diagnostic>) {
    let t = joined.text.as_str();
    let mut i = 0;
    while i < t.len() {
        let Some(rel) = t[i..].bytes().position(|b| b.is_ascii_digit()) else {
            break;
        };
        let start = i + rel;
        let prev_ok = t[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !crate::text::fold::is_letter_or_digit(c) && c != '.' && c != ',');
        let len = t[start..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(t.len() - start);
        let mut num = &t[start..start + len];
        num = num.trim_end_matches(['.', ',']);
        let end_num = start + num.len();
        i = start + len.max(1);
        if !prev_ok {
            continue;
        }
        let Some(value) = digits_value(num) else {
            continue;
        };
        // The unit, then the bracket.
        let after = &t[end_num..];
        let trimmed = after.trim_start();
        // Only a unit (all start with đ or v) or the bracket may follow: most numbers stop here.
        if !trimmed
            .chars()
            .next()
            .map(crate::text::fold::fold_char)
            .is_some_and(|c| matches!(c, '(' | 'đ' | 'v'))
        {
            continue;
        }
        // The unit and the character after it fit in 16 bytes: fold no more of the paragraph.
        let mut head = trimmed.len().min(16);
        while !trimmed.is_char_boundary(head) {
            head -= 1;
        }
        let folded = fold_case(&trimmed[..head]);
        let unit = ["đồng", "vnđ", "vnd", "đ"].iter().find(|u| {
            folded.starts_with(**u)
                && !folded[u.len()..]
                    .chars()
                    .next()
                    .is_some_and(crate::text::fold::is_letter)
        });
        let after_unit = unit.map_or(trimmed, |u| &trimmed[u.len()..]).trim_start();
        let Some(inner) = after_unit.strip_prefix('(') else {
            continue;
        };
        let Some(close) = inner.find(')') else {
            continue;
        };
        let words = inner[..close].replace(['*', '_'], " ");
        let words = words.trim();
        let words = words
            .strip_prefix("Bằng chữ:")
            .or_else(|| words.strip_prefix("bằng chữ:"))
            .unwrap_or(words);
        let has_dong = fold_case(words).contains("đồng");
        if unit.is_none() && !has_dong {
            continue;
        }
        let Some(spoken) = words_value(words) else {
            continue;
        };
        if spoken == value {
            continue;
        }
        let open_at = t.len() - inner.len() - 1;
        let end_at = open_at + 1 + close + 1;
        let span = joined.span_to_source(start as u32, end_at as u32);
        let what = ctx.s(span).split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(
            RULE.diag(
                span,
                format!("Số tiền viết bằng số và bằng chữ không khớp: \"{what}\" (bằng số {value}, bằng chữ đọc được {spoken}); kiểm tra lại."),
                format!("The amount in digits and in words disagree: \"{what}\" (digits {value}, words read as {spoken}); check both."),
            )
            .with_related(joined.span_to_source(start as u32, end_num as u32)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_vietnamese_amounts() {
        assert_eq!(
            words_value("Sáu triệu hai trăm chín mươi bốn nghìn đồng chẵn"),
            Some(6_294_000)
        );
        assert_eq!(words_value("một trăm linh năm"), Some(105));
        assert_eq!(words_value("hai mươi mốt nghìn"), Some(21_000));
        assert_eq!(words_value("mười lăm triệu"), Some(15_000_000));
        assert_eq!(words_value("một nghìn tỷ"), Some(1_000_000_000_000));
        assert_eq!(
            words_value("ba tỷ không trăm hai mươi tư triệu"),
            Some(3_024_000_000)
        );
        assert_eq!(words_value("một trăm ngàn đồng và"), None);
        assert_eq!(digits_value("6.294.000"), Some(6_294_000));
        assert_eq!(digits_value("6,294,000"), Some(6_294_000));
        assert_eq!(digits_value("1.5"), None);
    }
}
