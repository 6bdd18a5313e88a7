use crate::diagnostic::{Diagnostic, Severity};
use crate::model::body::Citation;
use crate::rules::common::body::paragraph_span;
use crate::rules::common::citations::{
    cite_text, edit_distance, is_law_like, loose_key, numbered_citations, skip_code_tail,
};
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "ND010",
    name: "citation-first-incomplete",
    severity: Severity::Warning,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Lần viện dẫn đầu tiên một văn bản thiếu ngày ban hành hoặc cơ quan ban hành (trừ Luật, Pháp lệnh)."),
    summary_en: docs!("First citation of a document lacks its date or issuer (Luật/Pháp lệnh excepted)."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP: khi viện dẫn lần đầu phải ghi đầy đủ tên loại, số, ký hiệu, \
ngày, tháng, năm ban hành, tên cơ quan ban hành và trích yếu (`Quyết định số 127/QĐ-TTg ngày 26/01/2021 \
của Thủ tướng Chính phủ về …`); các lần sau chỉ cần tên loại và số, ký hiệu. Quy tắc xét lần xuất hiện \
đầu tiên của mỗi số, ký hiệu (cả trong phần căn cứ) và báo khi thiếu ngày ban hành. Chỉ thiếu cơ quan \
ban hành thì không báo, vì thường đã rõ qua ký hiệu hoặc câu văn (`UBND tỉnh đã ban hành Văn bản số \
206/UBND-KT ngày …`). Không áp dụng cho Luật, Bộ luật, Pháp lệnh, Hiến pháp (ký hiệu `QH`) và cho chính văn bản này \
(dòng `Kèm theo …` của phụ lục). Trích yếu và dòng `V/v` chỉ nêu văn bản vắn tắt, không tính là lần \
viện dẫn đầu tiên. Không báo khi câu văn đã nêu ngày trước văn bản được viện dẫn (`Ngày 31/7/2025, Sở \
Tư pháp đã có Công văn số 223/STP-BTTP …`: ngày là ngày cuối cùng trong câu, vài từ trước văn bản là \
động từ ban hành, gửi, có… và không có số văn bản nào khác giữa ngày ấy với ngày trước nó hay với văn bản được viện dẫn), hoặc khi sau số, ký hiệu có chữ `ngày` \
mà ngày tháng bị ngắt trang hay bản quét làm hỏng, kể cả sau phần còn lại của ký hiệu viết tách \
(`1189/SNV- LĐVL&TN, ngày …`, `1413/CAT-PC04(Đ1) ngày …`). Một ngày đứng sau danh sách số văn bản \
cùng loại (`các Quyết định số 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024`) là ngày của cả danh sách; \
cùng một văn bản viết `NĐ-CP` rồi `NĐCP` (hay bản quét đọc `Đ` thành `Ð`, `QĐÐ`), hay lần đầu viết thừa hoặc thiếu một ký tự trong số (`45/25010/NĐ-CP ngày 21/4/2010` rồi `45/2010/NĐ-CP`), chỉ tính lần đầu; ngày đứng sau cơ quan ban hành và một ghi chú ngắn trong ngoặc (`của Bộ Giáo dục và Đào tạo (GDĐT) ngày …`) vẫn là ngày của văn bản. Văn bản được viện dẫn trong một cụm từ trích nguyên văn giữa hai dấu ngoặc kép trong cùng đoạn (`theo quy định “… Điều 32 Nghị định số 123/2024/NĐ-CP”`) là lời của văn bản được trích, không phải lần viện dẫn của văn bản này; một đoạn trích dài nhiều đoạn văn vẫn được xét. Ngày viết ngay sau số, ký hiệu mà thiếu chữ `ngày` (`Tờ trình số 2753/TTr-STP 28/9/2022`), hay chữ `ngày` viết liền vào ký hiệu (`174/2008/QĐ-TTgngày 31/12/2008`), vẫn là có ngày. Bản quét đọc lần viện dẫn sau với chữ trông giống nhau trong ký hiệu (`Chỉ thị số 52-CT/TW` rồi `Chỉ thị 52- C1/IW`: `T` thành `1`, `I`) vẫn là cùng văn bản. Trong bảng bị đọc ngang qua các cột, số văn bản đứng cuối dòng và ngày của nó mở một ô ở vài dòng dưới (`ngày 06/7/2023 của …` viết thường sau dấu chấm câu, trước mọi số văn bản khác) thì không báo. Không có sửa tự động: không được tự điền nội dung còn thiếu."),
    docs_en: docs!("Phụ lục I of ND30: the first citation of a document gives its type, number and code, date, \
issuing body and summary (`Quyết định số 127/QĐ-TTg ngày 26/01/2021 của Thủ tướng Chính phủ về …`); later \
citations need only the type and the number. The rule looks at the first occurrence of each number and \
code (căn cứ lines included) and reports a missing date. A missing issuer alone is not reported: it is \
often clear from the code or the sentence (`UBND tỉnh đã ban hành Văn bản số 206/UBND-KT ngày …`). Laws, codes, \
ordinances and the constitution (code `QH`) are exempt, and so is the document itself (an appendix's \
`Kèm theo …` line). The trích yếu and the `V/v` line name a document briefly and do not count as \
the first citation. Not reported when the sentence gives the date before the document it cites \
(`Ngày 31/7/2025, Sở Tư pháp đã có Công văn số 223/STP-BTTP …`: the last date of the sentence, a verb \
of issuing, sending or having a few words before the citation, no other number cited between that date and the date before it or the citation), or \
when `ngày` follows the number and a page break or a scan cut the date off, also after the rest of a ký hiệu \
written apart (`1189/SNV- LĐVL&TN, ngày …`, `1413/CAT-PC04(Đ1) ngày …`). One date after a list of numbers of \
one type (`các Quyết định số 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024`) dates the whole list; the same \
document written `NĐ-CP`, then `NĐCP` (or a scan reading `Đ` as `Ð`, `QĐÐ`), or first with a character slipped into or left out of its number (`45/25010/NĐ-CP ngày 21/4/2010`, then `45/2010/NĐ-CP`), counts once; a date after the issuer and a short note in brackets (`của Bộ Giáo dục và Đào tạo (GDĐT) ngày …`) is still the document's. A document cited inside a phrase quoted word for word between quotation marks in the same paragraph (`theo quy định “… Điều 32 Nghị định số 123/2024/NĐ-CP”`) is the quoted text's wording, not this document's citation; a passage quoted over several paragraphs is still judged. A date written right after the number without `ngày` (`Tờ trình số 2753/TTr-STP 28/9/2022`), or a `ngày` glued to the ký hiệu (`174/2008/QĐ-TTgngày 31/12/2008`), is a date given. A later citation that a scan read with look-alike letters in its ký hiệu (`Chỉ thị số 52-CT/TW`, then `Chỉ thị 52- C1/IW`: `T` read `1`, `I`) is the same document. In a table read across its columns, a number that ends its line and whose date opens a cell a few lines below (`ngày 06/7/2023 của …` in lower case after a sentence's stop, before any other number cited) is not reported. No fix: missing content is never invented."),
    bad: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 02 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 10/QĐ-UBND của Ủy ban nhân dân tỉnh, Sở ban hành Kế hoạch như sau:\n"),
    good: docs!("Số: 05/KH-UBND\nHà Nội, ngày 15 tháng 02 năm 2026\nKẾ HOẠCH\nVề việc triển khai\n\nThực hiện Quyết định số 10/QĐ-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh, Sở ban hành Kế hoạch như sau:\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let mut seen = crate::text::FastSet::default();
    let mut typed_seen: Vec<(Option<String>, String)> = Vec::new();
    // The trích yếu and the V/v line name a document briefly by design; the text cites it in full.
    let summary_end = ctx
        .doc
        .vv
        .iter()
        .chain(ctx.doc.title.iter().flat_map(|t| t.trich_yeu.iter()))
        .map(|&i| ctx.line(i).span.end)
        .max()
        .unwrap_or(0);
    let cited = numbered_citations(ctx);
    for (i, (c, _)) in cited.iter().enumerate() {
        if c.span.start < summary_end {
            continue;
        }
        // The same document written once `NĐ-CP`, once `NĐCP` or `2024-NĐ-CP`: ND011 and ND012
        // judge the form; here it is the citation seen before.
        let key = loose_key(ctx, c);
        if seen.contains(&key) {
            continue;
        }
        // The same document cited before with a character slipped in or left out of its
        // number (`45/25010/NĐ-CP ngày 21/4/2010`, then `45/2010/NĐ-CP`): not its first citation.
        // A year or a number changed in place is another document.
        let slipped = seen.iter().any(|k: &String| {
            k.len() != key.len()
                && k.split('/').next() == key.split('/').next()
                && edit_distance(k, &key) == 1
        });
        // The same document cited again through a scan that read look-alike letters in its
        // ký hiệu (`Chỉ thị số 52- CT/TW`, then `Chỉ thị 52- C1/IW`): one document, cited before.
        let doc_type = c.doc_type.map(|t| crate::text::fold::fold_case(ctx.s(t)));
        let misread = doc_type.is_some()
            && typed_seen
                .iter()
                .any(|(t, k): &(Option<String>, String)| *t == doc_type && looks_alike(k, &key));
        typed_seen.push((doc_type, key.clone()));
        seen.insert(key);
        if slipped || misread || is_law_like(ctx, c) {
            continue;
        }
        // A missing issuer alone is common and often clear from the ký hiệu or the sentence
        // (`UBND tỉnh đã ban hành Văn bản số 206/UBND-KT ngày …`): only a missing date is reported.
        let next_cited = cited
            .get(i + 1)
            .map_or(ctx.text.len(), |(n, _)| n.span.start as usize);
        if c.date.is_some()
            || glued_ngay(&cite_text(ctx, c))
            || quoted(ctx, c.span)
            || dated_after(ctx.text, c.span.end)
            || dated_in_a_column_below(ctx.text, c.span.end, next_cited)
            || dated_before(ctx.text, paragraph_start(ctx, c.span.start), c.span.start)
            || dated_with_the_next(ctx, &cited[i..])
        {
            continue;
        }
        let what = cite_text(ctx, c);
        out.push(RULE.diag(
            c.span,
            format!(
                "Lần đầu viện dẫn \"{what}\" thiếu ngày ban hành; lần viện dẫn đầu tiên phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu."
            ),
            format!(
                "The first citation of \"{what}\" lacks its date; a first citation gives the type, number and code, date, issuing body and summary."
            ),
        ));
    }
}

/// Whether the citation stands in a passage the document quotes from another text (`theo quy
/// định “… tại khoản 5 Điều 32 Nghị định số 123/2024/NĐ-CP” và …`, `biên tập lại thành "…
/// khoản 3 Điều 14 Nghị định số 118/2025/NĐ-CP của Chính phủ)"`): the quoted text cites as its
/// author wrote it; the document's own first citation is its own. Within its paragraph's lines,
/// a quote opened before the citation and closed after it. A passage quoted over paragraphs
/// (an opinion reproduced whole, `Aside`) is not a phrase lifted: its citations are judged.
fn quoted(ctx: &Ctx<'_>, c: Span) -> bool {
    let doc = ctx.doc;
    let Some(line) = doc
        .lines
        .iter()
        .position(|l| l.span.start <= c.start && c.start < l.span.end)
    else {
        return false;
    };
    let alone = [line];
    let lines = doc
        .paragraphs
        .iter()
        .find(|p| p.lines.contains(&line))
        .map_or(&alone[..], |p| &p.lines[..]);
    let (mut before, mut after) = (String::new(), String::new());
    for &k in lines {
        let span = ctx.line(k).span;
        if span.end <= c.start {
            before.push_str(ctx.s(span));
        } else if span.start >= c.end {
            after.push_str(ctx.s(span));
        } else {
            before.push_str(ctx.s(Span::new(span.start, c.start)));
            after.push_str(ctx.s(Span::new(c.end.min(span.end), span.end)));
        }
    }
    let count = |t: &str, m: char| t.matches(m).count();
    let curly = count(&before, '“') > count(&before, '”') && after.contains('”');
    let straight = count(&before, '"') % 2 == 1 && after.contains('"');
    curly || straight
}

/// Where the paragraph holding byte `at` starts (the line's start when no paragraph holds it).
fn paragraph_start(ctx: &Ctx<'_>, at: u32) -> u32 {
    ctx.doc
        .paragraphs
        .iter()
        .map(|p| paragraph_span(ctx, p))
        .chain(ctx.doc.lines.iter().map(|l| l.span))
        .find(|s| s.start <= at && at <= s.end)
        .map_or(0, |s| s.start)
}

/// Whether the citation is one of a list that gives one date after its last number: `các Quyết
/// định số 1743/QĐ-BGTVT, 1744/QĐ-BGTVT ngày 31/12/2024`, `Nghị quyết số 01/NQ-CP và Nghị quyết
/// số 02/NQ-CP ngày 08/01/2025`. Between two numbers only a comma or `và`, and the next one
/// bare, of the same type, or of the same body.
fn dated_with_the_next(ctx: &Ctx<'_>, from: &[(&Citation, String)]) -> bool {
    const LIST: usize = 12;
    let type_of = |c: &Citation| c.doc_type.map(|t| crate::text::fold::fold_case(ctx.s(t)));
    for pair in from.windows(2).take(LIST) {
        let (c, next) = (pair[0].0, pair[1].0);
        let Some(gap) = ctx.text.get(c.span.end as usize..next.span.start as usize) else {
            return false;
        };
        let gap = crate::text::fold::fold_case(skip_code_tail(gap));
        let joins = gap
            .split(|ch: char| ch.is_whitespace() || ch == ',')
            .all(|w| w.is_empty() || w == "và" || w == "số");
        // Papers of one body cited together (`Tờ trình số 388/TTr-CP và Đề án số 389/ĐA-CP ngày
        // …`, a joint submission): the same issuer at the end of both ký hiệu.
        let issuer = |c: &Citation| c.code_parts.last().map(|&p| ctx.s(p));
        let same_body = issuer(c).is_some() && issuer(c) == issuer(next);
        if !joins || (next.doc_type.is_some() && type_of(next) != type_of(from[0].0) && !same_body)
        {
            return false;
        }
        if next.date.is_some() || dated_after(ctx.text, next.span.end) {
            return true;
        }
    }
    false
}

/// Characters a scan mistakes for one another in a ký hiệu (case folded): `T` read `1` or `I`.
const LOOK_ALIKE: &[&[char]] = &[&['1', 'i', 'l', 't', '|', '!'], &['0', 'o']];

/// Whether two loose keys are one ký hiệu read with at most two look-alike characters swapped:
/// the same number, the same length, every difference within one [`LOOK_ALIKE`] class.
fn looks_alike(a: &str, b: &str) -> bool {
    if a == b || a.split('/').next() != b.split('/').next() {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let mut swapped = 0;
    for (x, y) in a.iter().zip(&b) {
        if x == y {
            continue;
        }
        if !LOOK_ALIKE
            .iter()
            .any(|class| class.contains(x) && class.contains(y))
        {
            return false;
        }
        swapped += 1;
    }
    swapped <= 2
}

/// Whether the citation's ký hiệu runs into the `ngày` after it (`174/2008/QĐ-TTgngày
/// 31/12/2008`): the date is written, the missing space is another finding.
fn glued_ngay(cited: &str) -> bool {
    let folded = crate::text::fold::fold_case(cited);
    folded
        .strip_suffix("ngày")
        .is_some_and(|head| head.ends_with(crate::text::fold::is_letter_or_digit))
}

/// How many lines below a citation that ends its line its date may stand in another column.
const COLUMN_REACH: usize = 8;

/// Whether a citation that ends its line has its date in a column below it: a table read across
/// its columns (`- Nghị quyết số 10/2023/NQ-HĐND` / `- Trực tuyến;` / `- Dịch vụ bưu chính công
/// ích. ngày 06/7/2023 của Hội đồng nhân dân …`). The date opens a cell: a lower-case `ngày`
/// and a date after a sentence's stop, where a sentence would start with a capital; within
/// a few lines and before the next number cited (it would be that one's date).
fn dated_in_a_column_below(text: &str, end: u32, next_cited: usize) -> bool {
    let end = end as usize;
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let line_end = rest.find('\n').map_or(text.len(), |k| end + k);
    let tail = skip_code_tail(&text[end..line_end]);
    if !tail
        .trim()
        .trim_end_matches([',', ';', '.'])
        .trim()
        .is_empty()
    {
        return false;
    }
    let Some(below) = text.get(line_end..next_cited.max(line_end)) else {
        return false;
    };
    below
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(COLUMN_REACH)
        .any(opens_a_dated_cell)
}

/// Whether a line holds a cell that starts with a date: ` ngày 06/7/2023` after a stop inside
/// the line (not at its start, where a wrapped sentence goes on).
fn opens_a_dated_cell(line: &str) -> bool {
    line.match_indices("ngày ").any(|(k, _)| {
        let before = &line[..k];
        // (A cell after a wide column gap, `-layout`'s, is left alone: its reading changes with
        // how the header is laid out, which the metamorphic test holds constant.)
        let cell = before.trim_end().ends_with(['.', ';']) && before.ends_with(' ');
        let words: Vec<&str> = line[k..].split_whitespace().take(6).collect();
        let dated = words.get(1).is_some_and(|w| is_numeric_date(w))
            || (words.len() == 6 && is_spelled_date(&words));
        cell && dated
    })
}

/// The longest note in brackets between a citation and its date (bytes).
const NOTE_REACH: usize = 40;

/// Whether the citation is followed by `ngày`: the writer gave a date that the grammar could not
/// read, because a page break or a line of its own cut it off (`Kế hoạch số 2291/KH-UBND ngày` at
/// the foot of a page), a scan garbled it (`ngày 08 tháng 10 năm 2U14`) or the reader stopped
/// before the end of the ký hiệu (`skip_code_tail`). Not missing, then.
fn dated_after(text: &str, end: u32) -> bool {
    let rest = skip_code_tail(text.get(end as usize..).unwrap_or(""));
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    // A short note in brackets after the issuer (`của Bộ Giáo dục và Đào tạo (GDĐT) ngày …`).
    let rest = match rest.strip_prefix('(').and_then(|r| r.get(..r.find(')')?)) {
        Some(note) if note.len() <= NOTE_REACH => {
            rest[note.len() + 2..].trim_start_matches(|c: char| c.is_whitespace() || c == ',')
        }
        _ => rest,
    };
    let word: String = rest.chars().take(4).collect();
    // Or the date itself without its `ngày` (`Tờ trình số 2753/TTr-STP` / `28/9/2022 và …`).
    let bare_date = rest
        .split_whitespace()
        .next()
        .is_some_and(|w| is_numeric_date(w.trim_end_matches(['.', ';', ':'])));
    crate::text::fold::fold_case(&word) == "ngày" || bare_date
}

/// Whether the sentence gives the date before the citation, in narrative form: `Ngày 31/7/2025,
/// Sở Tư pháp đã có Công văn số 223/STP-BTTP về việc …`, `kể từ ngày 10/8/2009, Hiệp hội … được
/// thành lập theo Quyết định số 2207/QĐ-UBND`. The date must stand in the same sentence, close
/// before the citation, with no other number cited between them (it would be that one's date).
fn dated_before(text: &str, paragraph: u32, start: u32) -> bool {
    const REACH: usize = 160;
    let start = start as usize;
    let mut from = start.saturating_sub(REACH).max(paragraph as usize);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..start) else {
        return false;
    };
    // The sentence: after the last stop followed by a space or a line break.
    let sentence = before
        .rmatch_indices(['.', ';', '!', '?'])
        .find(|(k, _)| before[k + 1..].starts_with(char::is_whitespace))
        .map_or(before, |(k, _)| &before[k + 1..]);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // A date opening at word `k` and ending before word `end`.
    let date_at = |k: usize, end: usize| {
        is_numeric_date(words[k]) || (k + 6 <= end && is_spelled_date(&words[k..k + 6]))
    };
    // The date that can be the citation's is the sentence's last one.
    let Some(date) = (0..words.len()).rev().find(|&k| date_at(k, words.len())) else {
        return false;
    };
    let earlier_date = (0..date)
        .rev()
        .find(|&k| date_at(k, date))
        .map_or(0, |k| k + 1);
    // A number cited before the date, after any earlier date, owns it (`văn bản số 502/UBND-KT
    // ngày 20/01/2026 về việc triển khai Nghị định số 25/2026/NĐ-CP`); one cited between the date
    // and the citation would be the one it dates. A number dated earlier in the sentence has its
    // own date (`Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 …, ngày 01/7/2025, Bộ Tư
    // pháp đã có Công văn số 3917/BTP-BTTTP`).
    let cites_a_number = |w: &[&str]| {
        crate::text::fold::fold_case(w[0]).trim_end_matches(':') == "số"
            && w[1].starts_with(|c: char| c.is_ascii_digit())
    };
    if words[earlier_date..].windows(2).any(cites_a_number) {
        return false;
    }
    // The citation is what the sentence says was issued or sent then: a verb of issuing shortly
    // before it (`đã có`, `ban hành`, `đã gửi Ủy ban Thường vụ Quốc hội Báo cáo số …`, `được
    // thành lập theo`), not an event the date is of (`tổ chức đại hội vào ngày 27/6/2025 theo quy
    // định tại … Nghị định số …`).
    const VERB_REACH: usize = 8;
    let tail = words[(date + 1).max(words.len().saturating_sub(VERB_REACH))..].join(" ");
    let tail = format!(" {} ", crate::text::fold::fold_case(&tail));
    [
        " có ",
        " ban hành ",
        " gửi ",
        " ký ",
        " thành lập ",
        " trình ",
        " phát hành ",
    ]
    .iter()
    .any(|verb| tail.contains(verb))
}

/// `31/7/2025`, `04/9/2025,`: day, month and a four-digit year.
fn is_numeric_date(word: &str) -> bool {
    let word = word.trim_end_matches([',', ')']);
    let parts: Vec<&str> = word.split(['/', '-', '.']).collect();
    parts.len() == 3
        && (1..=2).contains(&parts[0].len())
        && (1..=2).contains(&parts[1].len())
        && parts[2].len() == 4
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// `ngày 04 tháng 9 năm 2025`, the year possibly followed by a comma.
fn is_spelled_date(w: &[&str]) -> bool {
    let number = |s: &str, max: usize| {
        let s = s.trim_end_matches(',');
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    crate::text::fold::fold_case(w[0]) == "ngày"
        && number(w[1], 2)
        && crate::text::fold::fold_case(w[2]) == "tháng"
        && number(w[3], 2)
        && crate::text::fold::fold_case(w[4]) == "năm"
        && number(w[5], 4)
}

#[cfg(test)]
mod tests {
    use super::{dated_after, dated_before, dated_in_a_column_below, glued_ngay, looks_alike};

    /// The byte offset just past `needle` in `text`.
    fn after(text: &str, needle: &str) -> u32 {
        (text.find(needle).unwrap_or(0) + needle.len()) as u32
    }

    #[test]
    fn a_date_after_the_code_without_ngay_or_past_ttg_is_given() {
        // The date on the next line without `ngày` (the writer's slip, not a missing date).
        let text = "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 2753/TTr-STP\n28/9/2022 và Giám đốc Sở Nội vụ";
        assert!(dated_after(text, after(text, "2753/TTr-STP")));
        let text = "tại Tờ trình số 2753/TTr-STP\n28 hồ sơ đã được tiếp nhận";
        assert!(!dated_after(text, after(text, "2753/TTr-STP")));
        // The Prime Minister's `TTg` after a hyphen the reader stopped at.
        let text = "Quyết định số 20/2012/QĐ- TTg ngày 27/4/2012 của Thủ tướng Chính phủ";
        assert!(dated_after(text, after(text, "20/2012/QĐ")));
        let text = "Quyết định số 20/2012/QĐ- TTg của Thủ tướng Chính phủ";
        assert!(!dated_after(text, after(text, "20/2012/QĐ")));
        // `ngày` glued to the ký hiệu.
        assert!(glued_ngay("Quyết định số 174/2008/QĐ-TTgngày"));
        assert!(!glued_ngay("Quyết định số 174/2008/QĐ-TTg"));
    }

    #[test]
    fn a_code_a_scan_misread_with_look_alike_letters_is_the_same_document() {
        // `52-CT/TW` read `52- C1/IW`.
        assert!(looks_alike("52/cttw", "52/c1iw"));
        // Another number, another letter, or more than two changes: another document.
        assert!(!looks_alike("52/cttw", "53/cttw"));
        assert!(!looks_alike("52/cttu", "52/cttw"));
        assert!(!looks_alike("11/ttttt", "11/11111"));
        assert!(!looks_alike("52/cttw", "52/cttw"));
    }

    #[test]
    fn a_date_in_a_column_below_a_citation_that_ends_its_line() {
        let cell =
            |text: &str, code: &str| dated_in_a_column_below(text, after(text, code), text.len());
        // A table read across its columns (pdftotext without layout).
        let text = "Luật Cư trú;\n- Nghị quyết số 10/2023/NQ-HĐND\n- Trực tuyến;\n- Dịch vụ bưu chính công ích. ngày 06/7/2023 của Hội đồng nhân dân\nthành phố Hà Nội";
        assert!(cell(text, "10/2023/NQ-HĐND"));
        // Prose: the citation goes on in its line, or the line below starts with `ngày` of
        // another event, or a sentence starts with `Ngày`.
        let text = "theo Quyết định số 12/QĐ-UBND của UBND tỉnh.  ngày 05/12/2024 của Đoàn";
        assert!(!cell(text, "12/QĐ-UBND"));
        let text = "theo Quyết định số 12/QĐ-UBND\ncủa UBND tỉnh về kết quả kiểm tra\nngày 05/12/2024 của Đoàn kiểm tra";
        assert!(!cell(text, "12/QĐ-UBND"));
        let text =
            "theo Quyết định số 12/QĐ-UBND.\nĐoàn đã làm việc. Ngày 05/12/2024, Đoàn kiểm tra";
        assert!(!cell(text, "12/QĐ-UBND"));
        // Another number cited before the date owns it.
        let text = "- Nghị quyết số 10/2023/NQ-HĐND\n- Quyết định số 5/2024/QĐ-UBND\n- Trực tuyến. ngày 06/7/2023 của HĐND";
        let end = after(text, "10/2023/NQ-HĐND");
        let next = text.find("Quyết định").unwrap_or(0);
        assert!(!dated_in_a_column_below(text, end, next));
    }

    fn before(text: &str) -> bool {
        let at = text.find("Công văn").unwrap_or(text.len());
        dated_before(text, 0, at as u32)
    }

    #[test]
    fn a_date_given_before_in_the_sentence_dates_the_citation() {
        assert!(before(
            "Ngày 31/7/2025, Sở Tư pháp đã có Công văn số 223/STP-BTTP về việc"
        ));
        assert!(before(
            "Ngày\n04/9/2025, Sở Tư pháp tỉnh Lâm Đồng có Công văn số 604/STP-BTTP"
        ));
        assert!(before(
            "Ngày 04 tháng 9 năm 2025, Sở có Công văn số 604/STP-BTTP"
        ));
        // Not in the same sentence, or another number cited in between.
        assert!(!before(
            "Ngày 31/7/2025, Sở họp. Sở Tư pháp có Công văn số 223/STP-BTTP"
        ));
        assert!(!before(
            "Ngày 31/7/2025, Sở ban hành Quyết định số 12/QĐ-STP và Công văn số 223/STP"
        ));
        assert!(!before("Thực hiện văn bản số 502/UBND-KT ngày 20/01/2026 về việc triển khai Công văn số 25/BCT"));
        assert!(!before("Sở Tư pháp có Công văn số 223/STP-BTTP"));
        // The date of an event, not of the document cited after it.
        assert!(!before(
            "Hiệp hội đã tổ chức đại hội vào ngày 27/6/2025 theo quy định tại Công văn số 12/SNV"
        ));
        assert!(before("Trong 16 năm qua, kể từ ngày 10/8/2009, Hiệp hội được thành lập theo Công văn số 2207/UBND"));
        // A number dated earlier in the sentence keeps its own date; the later one is this one's.
        assert!(before(
            "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 về việc sắp xếp, ngày 01/7/2025, Bộ Tư pháp đã có Công văn số 3917/BTP"
        ));
        assert!(!before(
            "Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025, Bộ Tư pháp có Công văn số 3917/BTP"
        ));
        // The verb a few words back, its object's recipient between.
        assert!(before(
            "Ngày 12/8/2025, Thường trực Ủy ban đã gửi Ủy ban Thường vụ Quốc hội Công văn số 883/UBVHXH15"
        ));
        assert!(!before(
            "Ngày 12/8/2025, Thường trực Ủy ban đã gửi đi sau khi rà soát kỹ lưỡng nội dung, thống nhất theo Công văn số 883/UBVHXH15"
        ));
        // A year alone is no date.
        assert!(!before("Năm 2025, Sở Tư pháp có Công văn số 223/STP-BTTP"));
        // Only the citation's own paragraph counts: the header's `Số:` line is not cited.
        let text = "Số: 141/TTr-STP\nTỜ TRÌNH\n\nNgày 31/7/2025, Sở có Công văn số 223/STP-BTTP";
        let at = text.find("Công văn").unwrap_or(0) as u32;
        let paragraph = text.find("Ngày").unwrap_or(0) as u32;
        assert!(dated_before(text, paragraph, at));
        assert!(!dated_before(text, 0, at));
    }

    #[test]
    fn ngay_after_the_citation_is_a_date_given() {
        let text = "ban hành Kế hoạch số 2291/KH-UBND ngày\n\n19\n";
        let end = text.find(" ngày").unwrap_or(0) as u32;
        assert!(dated_after(text, end));
        let text = "theo Quyết định số 12/QĐ-UBND của UBND tỉnh";
        let end = text.find(" của").unwrap_or(0) as u32;
        assert!(!dated_after(text, end));
    }
}
