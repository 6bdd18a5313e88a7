//! Spacing a text layer made, not the author. A PDF's text layer writes a justified line as the
//! glyphs were placed: it may set every letter apart (`m ô i t r ư ờ n g , x ử`, a gap for a
//! space between words) or drop every space (`tácQuảnlýnhànướcvềtrậttự,antoànxã`). The document
//! has neither; the rules that judge the spaces between words and around marks (MA004, MA005,
//! MA006) leave such runs alone. Like `debris::speck`, these are tests on a line's tokens, asked
//! only of the few tokens a rule would report.

use crate::text::fold::{is_letter, is_letter_or_digit};

/// A token of one letter or digit: a glyph a letter-spacing text layer set apart.
fn glyph(tok: &str) -> bool {
    let mut chars = tok.chars();
    chars.next().is_some_and(is_letter_or_digit) && chars.next().is_none()
}

/// One character that is no letter or digit: a mark set apart like the letters (`n ,`).
fn lone_mark(tok: &str) -> bool {
    let mut chars = tok.chars();
    chars.next().is_some_and(|c| !is_letter_or_digit(c)) && chars.next().is_none()
}

/// Whether token `k` of a line's `tokens` lies in a letter-spaced run: a glyph next to another
/// glyph (`t r ư ờ n g`, `đ ộ`, `0 5`), or a lone mark right after two glyphs (the `,` of
/// `t r ư ờ n g , x ử`). Typed text has no two one-letter words in a row, so a mark after a
/// single letter (`điểm a , b`) is no run and its space stays the author's.
pub(crate) fn letter_spaced(tokens: &[(usize, &str)], k: usize) -> bool {
    let is = |j: Option<usize>| j.and_then(|j| tokens.get(j)).is_some_and(|t| glyph(t.1));
    let Some(&(_, tok)) = tokens.get(k) else {
        return false;
    };
    if glyph(tok) {
        is(k.checked_sub(1)) || is(k.checked_add(1))
    } else {
        lone_mark(tok) && is(k.checked_sub(1)) && is(k.checked_sub(2))
    }
}

/// The most characters of a run of letters split into syllables (a dozen syllables).
const RUN_CHARS: usize = 96;

/// Whether a token runs words together whose spaces a text layer dropped: its runs of letters
/// split into Vietnamese syllables with at least two missing spaces between them in all
/// (`trậttự,antoànxã`, `hội:Tiếpnhận,giảiquyết96hồsơcác`). A typing slip misses one space (`kèm
/// theo.Thủ tướng`, `dựthảo,kế`), not two; a run must hold a Vietnamese letter, so English and
/// brand names (`Tokyo,Osaka`) are no such run.
pub(crate) fn spaces_dropped(tok: &str) -> bool {
    let mut missing = 0;
    for run in tok.split(|c: char| !is_letter(c)) {
        if run.is_ascii() {
            continue;
        }
        missing += syllables(run).map_or(0, |n| n - 1);
        if missing >= 2 {
            return true;
        }
    }
    false
}

/// The fewest Vietnamese syllables `run` (letters only) splits into, or `None` when it does not.
fn syllables(run: &str) -> Option<usize> {
    let ends: Vec<usize> = run
        .char_indices()
        .map(|(i, _)| i)
        .skip(1)
        .chain([run.len()])
        .collect();
    if ends.len() > RUN_CHARS {
        return None;
    }
    // best[i]: the fewest syllables covering the first i characters.
    let mut best: Vec<Option<usize>> = vec![None; ends.len() + 1];
    best[0] = Some(0);
    let at = |i: usize| if i == 0 { 0 } else { ends[i - 1] };
    for i in 1..=ends.len() {
        // A syllable has at most eight letters.
        for j in i.saturating_sub(8)..i {
            let Some(n) = best[j] else { continue };
            if best[i].is_some_and(|b| b <= n + 1) {
                continue;
            }
            if crate::text::syllable::is_valid_syllable(&run[at(j)..at(i)]) {
                best[i] = Some(n + 1);
            }
        }
    }
    best[ends.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        crate::text::words::tokens_into(s, &mut out);
        out
    }

    /// Whether the token that starts with `what` (the first such) is in a letter-spaced run.
    fn spaced(line: &str, what: &str) -> bool {
        let toks = tokens(line);
        let k = toks.iter().position(|t| t.1 == what).expect(what);
        letter_spaced(&toks, k)
    }

    #[test]
    fn letter_spaced_runs_of_a_text_layer() {
        let line = "chưa cao; tì n h h ì n h m ô i t r ư ờ n g , x ử l ý r á c";
        assert!(spaced(line, ","));
        assert!(spaced(line, "x"));
        assert!(spaced(line, "ờ"));
        assert!(!spaced(line, "cao;"));
        assert!(!spaced(line, "tì"));
        // Two glyphs before the mark are a run (`đ ộ , chưa đạt`), digits too (`0 5 ,`).
        assert!(spaced("đ ộ , chưa đạt chỉ tiêu đề ra.", ","));
        assert!(spaced("đối với 0 5 , t r ư ờ n g", ","));
        // A run that starts in the middle of a line: `dựng: U B N D x ã`.
        assert!(!spaced("xây dựng : U B N D x ã", ":"));
        assert!(spaced("xây dựng : U B N D x ã", "U"));
    }

    #[test]
    fn typed_one_letter_words_are_no_run() {
        // One letter before the mark: the author's space.
        assert!(!spaced("tại điểm a , b khoản 2", ","));
        assert!(!spaced("tại điểm a , b khoản 2", "a"));
        assert!(!spaced("vitamin A , D và nhóm B", ","));
        assert!(!spaced("Các đơn vị ở , làm việc", ","));
        assert!(!spaced("khoản 1 , 2 và 3", ","));
        // A mark after a mark and one glyph.
        assert!(!spaced("mục a , , b", ","));
    }

    #[test]
    fn runs_whose_spaces_were_dropped() {
        assert!(spaces_dropped("tácQuảnlýnhànướcvềtrậttự,antoànxã"));
        assert!(spaces_dropped("hội:Tiếpnhận,giảiquyết96hồsơcác"));
        assert!(spaces_dropped("trậttự,antoàn"));
        // One space missing is a typing slip, left to the rules.
        assert!(!spaces_dropped("theo.Thủ"));
        assert!(!spaces_dropped("dựthảo,kế"));
        assert!(!spaces_dropped("xã,phường"));
        assert!(!spaces_dropped("Nội,Huế,Đà"));
        // English and brand names, acronyms and codes.
        assert!(!spaces_dropped("Tokyo,Osaka"));
        assert!(!spaces_dropped("UBND,HĐND,MTTQ"));
        assert!(!spaces_dropped("VH,TT&DL"));
        assert!(!spaces_dropped("127/QĐ-TTg"));
        assert!(!spaces_dropped(""));
    }

    #[test]
    fn syllable_splits() {
        assert_eq!(syllables("nhànước"), Some(2));
        assert_eq!(syllables("trậttự"), Some(2));
        assert_eq!(syllables("Quảnlý"), Some(2));
        assert_eq!(syllables("nước"), Some(1));
        assert_eq!(syllables("HĐND"), None);
        assert_eq!(syllables(&"ă".repeat(200)), None);
    }
}
