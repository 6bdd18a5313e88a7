use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::doctype::comparison_key as key;
use crate::rules::common::text::{lines, sub};
use crate::rules::lexicon::{COMPOUNDS, NAME_HEADS, REDUPLICATIVES};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_char;
use crate::text::words::is_space;
use crate::text::FastSet;
use std::sync::OnceLock;

pub static RULE: Rule = Rule {
    code: "MA007",
    name: "repeated-word",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Một từ viết lặp hai lần liền nhau (`trong trong`, `Uỷ Ủy ban`)."),
    summary_en: docs!("The same word twice in a row (`trong trong`, `Uỷ Ủy ban`)."),
    docs_vi: docs!("Hai tiếng giống nhau đứng liền nhau (không kể chữ hoa, chữ thường và cách bỏ dấu thanh cũ, \
mới: `Uỷ Ủy`), hoặc một từ hai tiếng viết lại ngay sau nó (`xác định xác định`), thường là lỗi khi soạn \
thảo, sửa chữa hoặc sao chép (`Ban hành hành Quy chuẩn`). Không báo: từ láy và cách nói lặp có nghĩa \
(`song song`, `từ từ`, `đều đều`, `ngày ngày`, `nhà nhà`…); hai từ ghép gặp nhau ở một tiếng khi cả hai đều \
là từ có trong từ điển (`thi công công trình`, `giao thông thông minh`, `an toàn toàn diện`, `thông tin tin \
học`); tên riêng bắt đầu bằng chính tiếng đó (`Trưởng phòng Phòng Kinh tế`, `Đại hội Hội Luật gia`, \
`Luật Luật sư`, `Lâm Đồng đồng loạt`); một từ ghép kết thúc bằng `môn`, `lớp`, `khối`, `ngành` đứng trước \
tên hay số của nó (`sinh hoạt chuyên môn môn Lịch sử`); `theo` sau một từ ghép kết thúc bằng nó (`09 năm tiếp theo theo quy định`); một từ ghép viết sai dấu thanh gặp từ sau ở một tiếng (`cơ quản quản lý`); ba tiếng giống nhau trở lên liền nhau (rác nhận dạng ảnh), chữ \
cái đơn và số; hai ô của một bảng trình bày bằng chữ (cách nhau bởi dấu tab hoặc từ ba dấu cách). Văn bản đến dưới dạng một dòng liền (chữ chép từ trang web, trường dữ liệu đã mất dấu \
xuống dòng) không bị xét: ở đó không biết giữa hai tiếng có từng là chỗ xuống dòng hay không (tên mục rồi \
đoạn văn, hai ô của một bảng). Sửa không an toàn (cần người soạn xem lại): xóa phần lặp."),
    docs_en: docs!("Two identical syllables in a row (whatever the case and the old or new tone placement: \
`Uỷ Ủy`), or a two-syllable word written again right after itself (`xác định xác định`), are usually a \
slip while drafting, editing or copying (`Ban hành hành Quy chuẩn`). Not reported: reduplicative and \
meaningfully repeated words (`song song`, `từ từ`, `đều đều`, `ngày ngày`, `nhà nhà`…); two compounds that \
meet on one syllable when both are dictionary words (`thi công công trình`, `giao thông thông minh`, \
`an toàn toàn diện`, `thông tin tin học`); a proper name that starts with the same syllable (`Trưởng \
phòng Phòng Kinh tế`, `Đại hội Hội Luật gia`, `Luật Luật sư`, `Lâm Đồng đồng loạt`); a compound ending on `môn`, `lớp`, `khối` or `ngành` \
before that word naming a subject or a class (`sinh hoạt chuyên môn môn Lịch sử`); `theo` after a compound ending on it (`09 năm tiếp theo theo quy định`); a compound with a miswritten tone meeting the next word on one syllable (`cơ quản quản lý`); three or more in a \
row (OCR noise), single letters and numbers; two cells of a table laid out as text (a tab or three \
spaces or more between them). A document that arrived run together on one line (text \
copied from a web page, a database field with its line breaks stripped) is not checked: there a line \
break may have stood between the two (a heading and its paragraph, two cells of a table). Unsafe fix \
(the drafter should check): the repetition is deleted."),
    bad: docs!("Căn cứ Thông tư Ban hành hành Quy chuẩn kỹ thuật quốc gia.\n"),
    good: docs!("Căn cứ Thông tư Ban hành Quy chuẩn kỹ thuật quốc gia; nhà nhà, người người thi đua.\n"),
    check: crate::rules::Check::Document(check),
};

/// The word lists asked at every repeated syllable, made once: `lexicon::COMPOUNDS`,
/// `lexicon::REDUPLICATIVES` and `lexicon::NAME_HEADS` as comparison keys (folded, tone
/// placement unified), `lexicon::COMPOUNDS` as skeletons too (no marks, lower case). One
/// `OnceLock` for them all: the browser's module pays for each.
struct Lists {
    compound_keys: FastSet<String>,
    reduplicatives: FastSet<String>,
    name_heads: FastSet<String>,
    compound_skeletons: FastSet<String>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        compound_keys: COMPOUNDS.lines().map(key).collect(),
        reduplicatives: REDUPLICATIVES.lines().map(key).collect(),
        name_heads: NAME_HEADS.split('|').map(key).collect(),
        compound_skeletons: COMPOUNDS.lines().map(crate::text::fold::skeleton).collect(),
    })
}

fn compound_keys() -> &'static FastSet<String> {
    &lists().compound_keys
}

fn reduplicative_keys() -> &'static FastSet<String> {
    &lists().reduplicatives
}

fn name_head_keys() -> &'static FastSet<String> {
    &lists().name_heads
}

fn compound_skeletons() -> &'static FastSet<String> {
    &lists().compound_skeletons
}

/// Whether `words` (already keys) spell a word of the compound list.
fn compound(words: &[String]) -> bool {
    !words.is_empty() && words.len() <= 5 && compound_keys().contains(&words.join(" "))
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(crate::text::fold::is_capital)
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // Run together, a repetition may straddle a line break the copy lost.
    if ctx.doc.run_together {
        return;
    }
    for (i, span, t) in lines(ctx) {
        let ws = ctx.words(i);
        // Words `k` and `k + 1` with only white space between them.
        let spaced = |k: usize| {
            ws.get(k + 1).is_some_and(|&(b, _)| {
                let (a, w) = ws[k];
                let between = &t[a + w.len()..b];
                !between.is_empty() && between.chars().all(is_space)
            })
        };
        // OCR of a seal or a signature (`hức chức chức chức`): asked only of a line with a pair
        // (`Ctx::is_debris` decides each line once).
        for k in 0..ws.len().saturating_sub(1) {
            let ((a, first), (b, second)) = (ws[k], ws[k + 1]);
            // The cheap test first: most neighbours are different words.
            let same = same_word(first, second);
            if !same && !ws.get(k + 2).is_some_and(|w| same_word(first, w.1)) || !spaced(k) {
                continue;
            }
            // Two cells of a table laid out as text (`Điểm      Điểm đạt`): no repetition.
            if column_gap(&t[a + first.len()..b]) {
                continue;
            }
            if !same {
                if let Some(f) = doubled_pair(t, ws, k, &spaced) {
                    if !ctx.is_debris(i) {
                        out.push(f.diagnostic(span));
                    }
                }
                continue;
            }
            let kb = key(first);
            if first.chars().count() < 2 || reduplicative_keys().contains(&kb) {
                continue;
            }
            // Three or more in a row is no slip of the hand but noise (OCR of a stamp, a
            // dotted line: `chức chức chức chức`).
            let third = |j: usize| spaced(j) && same_word(ws[j].1, ws[j + 1].1);
            if (k > 0 && third(k - 1)) || (k + 2 < ws.len() && third(k + 1)) {
                continue;
            }
            // A Roman numeral pair, or a placeholder (`xxx xxx`): not a word.
            let mut cs = first.chars();
            let c0 = cs.next();
            if first.chars().all(|c| "IVXLCDM".contains(c)) || cs.all(|c| Some(c) == c0) {
                continue;
            }
            // The words before and after, when only white space stands between: `A B | B C`.
            let before = preceding(ctx, i, ws, k, &spaced);
            let after = following(ctx, i, ws, k + 1, &spaced);
            let word_a = before.first().copied();
            let kc: Vec<String> = std::iter::once(kb.clone())
                .chain(after.iter().map(|w| key(w)))
                .collect();
            // `B C…` is a word, and the syllable before it ends one too.
            let starts_word = (2..=kc.len()).any(|n| compound(&kc[..n]));
            let ends_word = word_a.is_some_and(|wa| {
                compound(&[key(wa), kb.clone()])
                    || misspelt_compound(wa, first)
                    || before
                        .get(1)
                        .is_some_and(|wz| compound(&[key(wz), key(wa), kb.clone()]))
            });
            // A name: `Lâm Đồng đồng loạt`, `Nguyễn Văn Văn`; a body named after its kind:
            // `Trưởng phòng Phòng Kinh tế`, `Đại hội Hội Luật gia`, `Luật Luật sư`.
            let name_before = word_a.is_some_and(capitalised) && capitalised(first);
            let named = name_head_keys().contains(&kb) && (capitalised(second) || starts_word);
            // The second a word of its own that ends its phrase, after a compound ending on the
            // same syllable: `đầu tư công - quản trị tư, đầu tư tư - sử dụng công`.
            let ends_phrase = t[b + second.len()..]
                .trim_start_matches(is_space)
                .starts_with(['-', '–', ',', ';', ')']);
            // A classifier before a name or a number, after a compound ending on it: `sinh
            // hoạt chuyên môn môn Lịch sử` (`môn` alone starts no word of the list). Any other
            // word before a name stays a slip: `Ban hành hành Quy chuẩn`.
            let before_a_name = "môn|lớp|khối|ngành".split('|').any(|c| key(c) == kb)
                && after
                    .first()
                    .is_some_and(|w| capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit()));
            // `theo` after a compound ending on it opens a phrase of its own: `09 năm tiếp theo
            // theo quy định`, `gửi kèm theo theo Công văn số …`.
            let opens_a_phrase = kb == "theo";
            if (starts_word && (ends_word || name_before))
                || (ends_word && opens_a_phrase)
                || (ends_word && before_a_name)
                || (name_before && capitalised(second))
                || named
                || (ends_word && ends_phrase)
            {
                continue;
            }
            if ctx.is_debris(i) {
                continue;
            }
            let whole = sub(span, a, b + second.len() - a);
            // Tone-placement twins (`Uỷ Ủy ban`): the second was typed to replace the first, keep it.
            let (keep, drop, del) = if first == second {
                (
                    first,
                    second,
                    sub(span, a + first.len(), b + second.len() - a - first.len()),
                )
            } else {
                (second, first, sub(span, a, b - a))
            };
            out.push(
                RULE.diag(
                    whole,
                    format!("Từ \"{first}\" viết lặp: \"{first} {second}\"; chỉ giữ \"{keep}\"."),
                    format!(
                        "The word \"{first}\" is repeated: \"{first} {second}\"; keep one \"{keep}\"."
                    ),
                )
                .with_fix(Fix::unsafe_(
                    Message::new(
                        format!("Xóa \"{drop}\" lặp lại"),
                        format!("Delete the repeated \"{drop}\""),
                    ),
                    vec![Edit::delete(del)],
                )),
            );
        }
    }
}

/// Whether `a b` is a word of the compound list with a tone mark miswritten (`cơ quản` for
/// `cơ quan` in `cơ quản quản lý`): a slip of spelling, not of repetition.
fn misspelt_compound(a: &str, b: &str) -> bool {
    use crate::text::fold::skeleton;
    compound_skeletons().contains(&skeleton(&format!("{a} {b}")))
}

/// Whether the white space between two words is the gutter between two columns of a table
/// laid out as text: a tab, or three spaces or more.
fn column_gap(between: &str) -> bool {
    between.contains('\t') || between.chars().filter(|&c| is_space(c)).count() >= 3
}

/// Whether two words are the same whatever the case and tone placement (`Uỷ` `Ủy`), cheaply
/// ruling out most pairs before building keys.
fn same_word(first: &str, second: &str) -> bool {
    // Folding and tone placement keep byte lengths: unequal ones are different words.
    if first.len() != second.len() {
        return false;
    }
    // Folding changes a first letter only by case, and tone placement only when it is
    // `o`/`u` (`oà` → `òa`): other first letters that differ make different keys.
    let first_letter = |w: &str| w.chars().next().map(fold_char);
    let o_or_u = |c: Option<char>| {
        matches!(
            c,
            Some('o' | 'u' | 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ')
        )
    };
    let (fa, fb) = (first_letter(first), first_letter(second));
    if fa != fb && !o_or_u(fa) && !o_or_u(fb) {
        return false;
    }
    // Letter by letter first (no copies): the same letters up to case are the same word;
    // letters that differ other than by their marks are different words. Only a difference
    // in where the tone mark sits needs the keys.
    let mut marks_differ = false;
    for (a, b) in first.chars().zip(second.chars()) {
        let (a, b) = (fold_char(a), fold_char(b));
        if a != b {
            if crate::text::fold::base_char(a) != crate::text::fold::base_char(b) {
                return false;
            }
            marks_differ = true;
        }
    }
    !marks_differ || key(first) == key(second)
}

/// Up to four words after word `k` of line `i`, with only white space before each; the first
/// words of the next line when `k` ends this one (a wrapped phrase).
fn following<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    ws: &[(usize, &'a str)],
    k: usize,
    spaced: &dyn Fn(usize) -> bool,
) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    let mut j = k;
    while out.len() < 4 && spaced(j) {
        out.push(ws[j + 1].1);
        j += 1;
    }
    let line = ctx.line_text(i);
    let (at, w) = ws[j];
    let rest_blank = line[at + w.len()..].chars().all(is_space);
    if let Some(n) = (j + 1 == ws.len() && rest_blank)
        .then(|| continued(ctx, i, true))
        .flatten()
    {
        let next = ctx.line_text(n);
        let nw = ctx.words(n);
        let mut end = 0;
        for &(at, w) in nw.iter().take(4 - out.len()) {
            if !next[end..at].chars().all(is_space) {
                break;
            }
            out.push(w);
            end = at + w.len();
        }
    }
    out
}

/// The line that line `i` wraps from (or, `forward`, into): the one before (after) it, or, when
/// that one stands in another column of a table laid out as text, the nearest of the next
/// three in this column.
fn continued(ctx: &Ctx<'_>, i: usize, forward: bool) -> Option<usize> {
    let indent = ctx.line(i).indent;
    let near = |j: usize| ctx.line(j).indent.abs_diff(indent) <= 2;
    let other_column = |j: usize| ctx.line(j).indent.abs_diff(indent) > 8;
    let mut around = (1..=3).filter_map(|d| {
        if forward {
            Some(i + d).filter(|&j| j < ctx.doc.lines.len())
        } else {
            i.checked_sub(d)
        }
    });
    let first = around.next()?;
    if !other_column(first) {
        return Some(first);
    }
    around.find(|&j| near(j)).or(Some(first))
}

/// Up to two words before word `k` of line `i`, nearest first, with only white space after
/// each; the last words of the line before when `k` starts this one (a wrapped phrase).
fn preceding<'a>(
    ctx: &Ctx<'a>,
    i: usize,
    ws: &[(usize, &'a str)],
    k: usize,
    spaced: &dyn Fn(usize) -> bool,
) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    let mut j = k;
    while out.len() < 2 && j > 0 && spaced(j - 1) {
        out.push(ws[j - 1].1);
        j -= 1;
    }
    let line = ctx.line_text(i);
    if let Some(p) = (j == 0 && line[..ws[0].0].chars().all(is_space))
        .then(|| continued(ctx, i, false))
        .flatten()
    {
        let prev = ctx.line_text(p);
        let pw = ctx.words(p);
        let mut start = prev.len();
        for &(at, w) in pw.iter().rev().take(2 - out.len()) {
            if !prev[at + w.len()..start].chars().all(is_space) {
                break;
            }
            out.push(w);
            start = at;
        }
    }
    out
}

/// A doubled two-syllable word: `xác định xác định`, `Đại hội đại hội`, `nhiệm kỳ nhiệm kỳ`.
struct Pair {
    from: usize,
    second_end: usize,
    to: usize,
    word: String,
    whole: String,
}

impl Pair {
    fn diagnostic(&self, line: crate::text::span::Span) -> crate::diagnostic::Diagnostic {
        let (word, whole) = (&self.word, &self.whole);
        RULE.diag(
            sub(line, self.from, self.to - self.from),
            format!("Từ \"{word}\" viết lặp: \"{whole}\"; chỉ giữ \"{word}\"."),
            format!("The word \"{word}\" is repeated: \"{whole}\"; keep one \"{word}\"."),
        )
        .with_fix(Fix::unsafe_(
            Message::new(
                format!("Xóa \"{word}\" lặp lại"),
                format!("Delete the repeated \"{word}\""),
            ),
            vec![Edit::delete(sub(
                line,
                self.second_end,
                self.to - self.second_end,
            ))],
        ))
    }
}

/// Words `k`, `k + 1` written again right after them, when together they are a word of the
/// compound list (two syllables that happen to repeat, `là một là một`, are left alone).
fn doubled_pair(
    line: &str,
    ws: &[(usize, &str)],
    k: usize,
    spaced: &dyn Fn(usize) -> bool,
) -> Option<Pair> {
    if k + 3 >= ws.len() {
        return None;
    }
    let (w0, w1, w2, w3) = (ws[k].1, ws[k + 1].1, ws[k + 2].1, ws[k + 3].1);
    if !same_word(w0, w2)
        || !same_word(w1, w3)
        || !spaced(k + 1)
        || column_gap(&line[ws[k + 1].0 + w1.len()..ws[k + 2].0])
        || !spaced(k + 2)
        || !compound(&[key(w0), key(w1)])
    {
        return None;
    }
    // The first ends a name and the second is the word: `Trưởng Ban Chỉ đạo chỉ đạo`.
    let ends_name = k > 0 && spaced(k - 1) && capitalised(ws[k - 1].1) && capitalised(w0);
    if ends_name && !capitalised(w2) {
        return None;
    }
    // A line of nothing else, both capitalised: two cells of a table row (`Đại biểu Đại biểu`).
    let alone = k == 0 && k + 4 == ws.len() && capitalised(w0) && capitalised(w2);
    if alone
        && line[ws[k + 3].0 + w3.len()..].chars().all(is_space)
        && line[..ws[0].0].chars().all(is_space)
    {
        return None;
    }
    Some(Pair {
        from: ws[k].0,
        second_end: ws[k + 1].0 + w1.len(),
        to: ws[k + 3].0 + w3.len(),
        word: format!("{w0} {w1}"),
        whole: line[ws[k].0..ws[k + 3].0 + w3.len()].to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// The text each MA007 finding covers.
    fn found(text: &str) -> Vec<String> {
        crate::rules::test_support::covered("MA007", text)
    }

    /// A document run together: a heading and its paragraph meet (`Đoàn kiểm tra Đoàn kiểm
    /// tra`) where a line break stood; the same text with its lines is checked.
    #[test]
    fn a_document_run_together_is_not_checked() {
        let lines = crate::test_corpus::decision(&[
            "Điều 1. Nhiệm vụ của Đoàn kiểm tra",
            "Đoàn kiểm tra thực hiện nhiệm vụ theo quy định; Ban hành hành Quy chuẩn.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        assert_eq!(found(&(lines.join("\n") + "\n")), ["hành hành"]);
        assert!(found(&(lines.join(" ") + "\n")).is_empty());
    }

    /// The word lists are asked as sets of keys: whatever the case and the tone placement of
    /// the text (`Từ từ`, `PHÒNG Phòng`, `cơ QUẢN quản`), the same answer as the lists' words.
    #[test]
    fn the_word_lists_are_sets_of_keys() {
        use super::{compound_skeletons, key, name_head_keys, reduplicative_keys};
        assert!(reduplicative_keys().contains(&key("Từ")));
        assert!(reduplicative_keys().contains(&key("NHÀ")));
        assert!(!reduplicative_keys().contains(&key("hành")));
        assert!(name_head_keys().contains(&key("PHÒNG")));
        assert!(name_head_keys().contains(&key("Quỹ")));
        assert!(!name_head_keys().contains(&key("ban hành")));
        assert!(super::misspelt_compound("cơ", "QUẢN"));
        assert!(!super::misspelt_compound("hành", "hành"));
        assert!(compound_skeletons().contains("co quan"));
        for text in [
            "Người người thi đua, nhà nhà thi đua.\n",
            "Ông Lê Văn B, Trưởng phòng PHÒNG Kinh tế.\n",
            "Kiện toàn cơ QUẢN quản lý.\n",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(found("Ban hành hành Quy chuẩn.\n"), ["hành hành"]);
    }

    #[test]
    fn compounds_meeting_on_a_syllable_are_no_doubling() {
        for text in [
            "Phát triển giao thông thông minh.\n",
            "Ông Lê Văn B, Trưởng phòng Phòng Kinh tế.\n",
            "Bảo đảm an toàn toàn diện cho người lao động.\n",
            "Có bằng chứng chứng minh hồ sơ đề nghị là giả mạo.\n",
            "Hai đường song song với nhau.\n",
            "Ứng dụng công nghệ thông tin tin học hóa.\n",
            // Wrapped between the two: the word before is on the line above.
            "Gói thầu số 14: Thi\ncông công trình đường kết nối.\n",
            "Tổ chức sinh hoạt chuyên môn môn Lịch sử cụm 2.\n",
            "Nhiều công trình tổ chức khởi công công trình rồi không triển khai.\n",
            // School words: a scan of the Bộ GD&ĐT's V/v, and the forms beside it.
            "V/v hướng dẫn điều chỉnh nội dung dạy học học kì II năm học 2019-2020.\n",
            "Miễn giảm học phí cho sinh viên năm học học kỳ I.\n",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
    }

    /// Issue 15: a committee or an officer whose name ends on the syllable the next word starts
    /// with, in both tone placements; the same syllable after a word that ends on it by chance
    /// is still a slip.
    #[test]
    fn committees_and_officers_meeting_on_a_syllable_are_no_doubling() {
        for text in [
            "Văn bản của đoàn thư ký do trưởng đoàn thư ký ký; văn bản khác do trưởng ban ký.\n",
            "Lãnh đạo văn phòng được ban thường vụ cấp uỷ uỷ quyền ký.\n",
            "Lãnh đạo văn phòng được ban thường vụ cấp ủy ủy quyền ký.\n",
            "Bản sao lục là bản sao lại toàn văn văn bản của cơ quan khác.\n",
            "Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy Ủy ban nhân dân tỉnh.\n",
            "Đảng uỷ Uỷ ban nhân dân tỉnh.\n",
        ] {
            assert_eq!(found(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(found("Văn bản do Giám đốc ký ký và đóng dấu.\n"), ["ký ký"]);
        assert_eq!(found("Theo Công văn văn số 215/SNV.\n"), ["văn văn"]);
    }

    #[test]
    fn real_doublings_are_reported() {
        assert_eq!(found("Các đơn vị cần cần chủ động.\n"), vec!["cần cần"]);
        // A classifier doubled before a plain word, or any other word before a name.
        assert_eq!(
            found("Nâng cao chuyên môn môn cho giáo viên.\n"),
            vec!["môn môn"]
        );
        assert_eq!(
            found("Căn cứ Thông tư Ban hành hành Quy chuẩn.\n"),
            vec!["hành hành"]
        );
        assert_eq!(
            found("Ý kiến của của Hội đồng và và các các đơn vị.\n"),
            vec!["của của", "và và", "các các"]
        );
        // The first word ends no compound: `toàn lao` is no word, whatever `lao động` is.
        assert_eq!(found("an toàn lao lao động\n"), vec!["lao lao"]);
        assert_eq!(
            found("Phương pháp xác định xác định hàm lượng tar.\n"),
            vec!["xác định xác định"]
        );
        assert_eq!(
            found("Đề án Đại hội đại hội hợp nhất.\n"),
            vec!["Đại hội đại hội"]
        );
    }

    /// Nouns that are a syllable doubled (`su su`, the chayote; `chôm chôm`, the rambutan; `ba
    /// ba`, the soft-shell turtle) are one word; an ordinary word doubled is still a slip.
    #[test]
    fn nouns_that_are_a_syllable_doubled_are_words() {
        assert!(found(
            "Giá rau củ ổn định: bí xanh 16.900đ/kg (ổn định), su su 16.900đ/kg, chôm chôm 35.000đ/kg, ba ba 250.000đ/kg.\n"
        )
        .is_empty());
        assert_eq!(
            found("Báo cáo gửi về về Sở Tài chính trước ngày 05.\n"),
            vec!["về về"]
        );
        assert_eq!(
            found("Ý kiến của Hội đồng Hội đồng thẩm định giá.\n"),
            vec!["Hội đồng Hội đồng"]
        );
    }

    #[test]
    fn the_fix_keeps_one() {
        let config = Config {
            select: vec!["MA007".to_owned()],
            ..Config::default()
        };
        let text = "Phương pháp xác định xác định hàm lượng.\n";
        let report = crate::check_str(text, &config);
        let (fixed, _) = crate::apply_fixes(&report, true);
        assert_eq!(fixed, "Phương pháp xác định hàm lượng.\n");
    }

    #[test]
    fn ocr_runs_and_name_ends_are_left_alone() {
        assert_eq!(
            found("ˆ hức chức chức chức chú chức đá\n"),
            Vec::<String>::new()
        );
        assert_eq!(
            found("Trưởng Ban Chỉ đạo chỉ đạo các sở.\n"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn every_compound_is_lower_case_and_spaced_once() {
        for c in super::COMPOUNDS.lines() {
            assert_eq!(c, crate::text::fold::fold_case(c), "{c}");
            assert!(c.split(' ').all(|w| !w.is_empty()), "{c}");
            assert!(c.contains(' '), "{c}: one syllable");
        }
    }
}

/// Tests added for the mutation sample (docs/mutation-testing.md).
#[cfg(test)]
mod sample_tests {
    use crate::config::Config;

    fn report(text: &str) -> crate::Report {
        let config = Config {
            select: vec!["MA007".to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
    }

    /// Three in a row are a scan's noise wherever they stand on the line, at its end as well
    /// as at its start; a pair on the same line is still a slip.
    #[test]
    fn three_in_a_row_at_the_end_of_a_line_are_noise() {
        let text = "Đề nghị các đơn vị gửi báo cáo kết quả thực hiện về Sở Nội vụ vụ vụ.\n";
        assert!(report(text).diagnostics.is_empty());
        let text = "Các đơn vị cần cần gửi báo cáo kết quả thực hiện về Sở Nội vụ vụ vụ.\n";
        assert_eq!(report(text).diagnostics.len(), 1);
    }

    /// The fix of a one-syllable word written twice deletes the second and the space before
    /// it, wherever the pair stands on the line.
    #[test]
    fn the_fix_of_a_doubled_syllable_keeps_one() {
        for (text, want) in [
            (
                "Các đơn vị cần cần chủ động.\n",
                "Các đơn vị cần chủ động.\n",
            ),
            (
                "Đề nghị Ủy ban nhân dân các huyện báo cáo kết quả kết quả trước ngày 15 tháng 12 năm 2025 theo theo mẫu.\n",
                "Đề nghị Ủy ban nhân dân các huyện báo cáo kết quả trước ngày 15 tháng 12 năm 2025 theo mẫu.\n",
            ),
        ] {
            let (fixed, _) = crate::apply_fixes(&report(text), true);
            assert_eq!(fixed, want, "{text}");
        }
    }
}
