//! The recipients as the closing rules read them: the bulleted lines of the Nơi nhận and the
//! end mark each line takes.

use crate::diagnostic::Edit;
use crate::rules::Ctx;
use crate::text::span::Span;

pub(crate) const BULLETS: &[char] = &['+', '•', '·', '*', '●', '○', '▪'];

/// Lines of the recipients block written with another bullet (`+ UBND tỉnh;`), which the
/// assembler leaves aside: from the label to the Lưu line, in the first column.
pub(crate) fn bullet_recipients(ctx: &Ctx<'_>) -> Vec<usize> {
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return Vec::new();
    };
    let end = nn
        .luu
        .or_else(|| nn.items.last().and_then(|it| it.lines.last().copied()))
        .unwrap_or(nn.label);
    ctx.doc
        .closing
        .stray
        .iter()
        .copied()
        .filter(|&i| i > nn.label && i < end && ctx.line(i).column == 0)
        .filter(|&i| {
            bullet_len(ctx.line_text(i)).is_some_and(|n| {
                ctx.line_text(i)[n..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(crate::text::fold::is_letter)
            })
        })
        .collect()
}

/// The byte length of a leading bullet other than the dash.
pub(crate) fn bullet_len(t: &str) -> Option<usize> {
    t.chars()
        .next()
        .filter(|c| BULLETS.contains(c))
        .map(char::len_utf8)
}

/// What follows a recipient's end mark on its line and is no text of the writer: a scan's
/// specks (`D 4`, `⁄⁄`), or the seal's ring or the signature column a scan read onto the same
/// line, which opens with a mark where a recipient opens with a word (`| : TICH`, `: CUC BÉ`,
/// `“. o TT š`, `(/ PỀ ĐÔNG`). A second recipient run onto the line (`Sở Tài chính`,
/// `- Sở Tài chính`, `(để b/c)`, `“Báo Nhân dân”`, `_(Châu)`) opens with a word, a bullet, or
/// a bracket or a quote before a word.
fn not_the_writers(tail: &str) -> bool {
    use crate::text::fold::is_letter_or_digit;
    if crate::recognize::clues::is_scan_debris(tail) {
        return true;
    }
    // Markdown's emphasis or an underscore a converter left is no sign either way
    // (`- Lưu: VT, NC._(Châu)`).
    let mut chars = tail.trim_start().trim_start_matches(['_', '*']).chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if is_letter_or_digit(first) || first == '-' || BULLETS.contains(&first) {
        return false;
    }
    let opening = matches!(first, '(' | '[' | '“' | '"' | '\'' | '‘' | '«');
    !(opening && chars.next().is_some_and(is_letter_or_digit))
}

/// What follows the semicolon of recipient line `i` is the signature column a scan ran into
/// the recipients' lines, not a recipient run on: below a signature line the reader cut from a
/// recipient line on its row (`- Bộ Tư pháp (đê b/c); HU TỊCH`, then `- Cục Bổ trợ tư pháp;
/// AI nề`: the seal's ring), or, when no signer's name was found, the name itself
/// (`- VP Đoàn ĐBQH và HĐND tỉnh; NJ Zen Hoàng Giang`).
#[inline(never)]
pub(crate) fn signature_column_after(ctx: &Ctx<'_>, i: usize) -> bool {
    let t = ctx.line_text(i).trim_end();
    let Some(tail) = t.rfind(';').map(|at| t[at + 1..].trim()) else {
        return false;
    };
    if tail.is_empty() {
        return false;
    }
    let sig = &ctx.doc.closing.signature;
    if sig.name.is_none() && crate::recognize::clues::is_person_name(tail) {
        return true;
    }
    let Some(nn) = &ctx.doc.closing.noi_nhan else {
        return false;
    };
    let row = ctx.line(i).row;
    // A signature line run in after a recipient's text, one space between them.
    let run_in = |j: usize| {
        let l = ctx.line(j);
        l.row <= row
            && nn.items.iter().flat_map(|it| &it.lines).any(|&k| {
                let r = ctx.line(k);
                r.row == l.row
                    && r.span.end <= l.span.start
                    && ctx.text[r.span.end as usize..l.span.start as usize]
                        .chars()
                        .count()
                        <= 1
            })
    };
    sig.authority
        .iter()
        .chain(&sig.positions)
        .chain(&sig.name)
        .any(|&j| run_in(j))
}

/// The fix that makes the line `span` end with `end_mark` (`;` or `.`): a final `,`, `.` or `;`
/// is replaced, otherwise the mark is added. `None` when the line already ends with it.
pub(crate) fn end_fix(ctx: &Ctx<'_>, span: Span, end_mark: char) -> Option<(Edit, String)> {
    let t = ctx.s(span).trim_end();
    let last = t.chars().last()?;
    if last == end_mark {
        return None;
    }
    // A scan's stray marks after the mark (`- Như trên; D 4`, `- Lưu: VT, KSTTHC. 4z.`): the
    // line ends where the mark is; whether the marks are the writer's is not for a rule to say.
    if t.rfind(end_mark)
        .is_some_and(|at| not_the_writers(&t[at + end_mark.len_utf8()..]))
    {
        return None;
    }
    let end = span.start + t.len() as u32;
    // A line the reader cut from a longer one right before a mark (`Số: 6987/SNNMT;; …`):
    // the line ends where the reader cut it, not where the writer did, and a mark put there
    // would be read as the next part's.
    if ctx.text[end as usize..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace())
    {
        return None;
    }
    let (edit, fixed) = if matches!(last, ',' | '.' | ';') && !t.ends_with("..") {
        let at = end - last.len_utf8() as u32;
        (
            Edit::replace(Span::new(at, end), end_mark.to_string()),
            format!("{}{end_mark}", &t[..t.len() - last.len_utf8()]),
        )
    } else {
        (
            Edit::insert(end, end_mark.to_string()),
            format!("{t}{end_mark}"),
        )
    };
    Some((edit, fixed))
}

/// A short note of what the recipients get the document for: `(để b/c)`, `(để đưa tin)`,
/// `} để phối hợp`, `(b/c)`.
pub(crate) fn is_purpose_note(t: &str) -> bool {
    let t = t.trim().trim_start_matches(['}', ']', ' ']);
    let short = t.chars().count() <= 40;
    let bracketed = t.starts_with('(') && t.ends_with(')');
    short && (bracketed || crate::text::fold::fold_case(t).starts_with("để "))
}
