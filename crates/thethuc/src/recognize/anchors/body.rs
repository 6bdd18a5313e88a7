//! The body's anchors inside a line: căn cứ, the enacting words, Phần/Chương/Mục/Điều, numbered
//! items and points, and appendix labels and references.

use super::closing::caps_run;
use super::words::{ends_caps, ends_clause, is_plain_caps, sentence_date_end};
use super::Cut;
use crate::recognize::clues::floor_boundary;
use crate::text::fold::fold_case;

/// Where an appendix's reference line (`(Kèm theo Quyết định số … ngày … của …)`,
/// `(Ban hành kèm theo …)`, `(Đính kèm …)`, `(Gửi kèm …)` as the grammar reads them) starting
/// at `s` ends, when it names a document by its number or date and the text after it opens no
/// lower-case clause (`f`: the folded text from `s`).
fn appendix_reference_end(text: &str, f: &str, s: usize) -> Option<usize> {
    let lead = [
        "(kèm theo ",
        "(ban hành kèm theo ",
        "(đính kèm ",
        "(gửi kèm ",
    ]
    .iter()
    .find(|l| f.starts_with(**l))?;
    let named = text[s + lead.len()..].starts_with(crate::text::fold::is_capital);
    let close = s + memchr::memchr(b')', &text.as_bytes()[s..])?;
    let inside = &f[..close - s];
    if !named || close - s > 400 || !(inside.contains("số") || inside.contains("ngày")) {
        return None;
    }
    let after = text[close + 1..].trim_start();
    let opens = after.is_empty()
        || after.starts_with(|c: char| {
            crate::text::fold::is_capital(c)
                || c.is_ascii_digit()
                || matches!(c, '-' | '|' | '*' | '#')
        });
    opens.then_some(close + 1)
}

/// An appendix's label in capitals and its name after it, in a document run together (`PHỤ
/// LỤC II ĐỀ CƯƠNG BÁO CÁO …`, `PHỤ LỤC CÁC NHIỆM VỤ TRỌNG TÂM …`): the decree sets the name
/// on the line under the label, and the line breaks that said so are lost, so the name opens
/// a line. `k` is the label's first word. Returns the index of the first word past the label
/// and its number: the number is the label's own (`PHỤ LỤC 1. BẢNG …`), not an item.
fn appendix_name_after_label(
    text: &str,
    ws: &[(usize, usize)],
    k: usize,
    out: &mut Vec<(usize, Cut)>,
) -> usize {
    // The label's number: Roman or Arabic, if any, with its stop (`PHỤ LỤC 1.`, `PHỤ LỤC II:`).
    let mut from = k + 2;
    if ws
        .get(from)
        .is_some_and(|&(a, b)| is_label_number(&text[a..b]))
    {
        from += 1;
    }
    let run = ws[from.min(ws.len())..]
        .iter()
        .take_while(|&&(a, b)| is_plain_caps(&text[a..b]))
        .count();
    if run >= 2 {
        out.push((ws[from].0, Cut::Row));
    }
    from
}

/// Whether `w` numbers an appendix's label: Roman or Arabic, its stop if any (`II`, `1.`,
/// `III:`).
fn is_label_number(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ':']);
    is_roman_letters(w) || !w.is_empty() && w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit())
}

/// Whether `w` is written in the letters of Roman numerals only (`II`, `IV`, `XL`).
fn is_roman_letters(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b"IVXL".contains(&b))
}

/// A line that opens with an appendix's label, its number if any and a name in capitals
/// (`Phụ lục I KẾT QUẢ ĐÁNH GIÁ …`, `PHỤ LỤC BẢNG TỔNG HỢP …`): an appendix printed as a
/// file of its own. Long, it is that appendix run together with its table: prose never opens
/// with a heading in capitals.
/// A signature's stamp on one line before it (`Số: 666/TTr-SNV; 22/12/2025; 18:56:39; +07:00
/// Phụ lục …`) is the signed file's, not the appendix's text. Returns where the text past the
/// stamp starts, the label's word.
pub(super) fn opens_with_appendix(text: &str) -> Option<usize> {
    let past_stamp = crate::layout::furniture::stamp_at_start(text).unwrap_or(0);
    let mut words = text[past_stamp..].split_whitespace();
    let label = words
        .next()
        .zip(words.next())
        .is_some_and(|(a, b)| matches!(a, "Phụ" | "PHỤ") && matches!(fold_case(b).as_str(), "lục"));
    if !label {
        return None;
    }
    let mut words = words.peekable();
    if words.peek().is_some_and(|w| is_label_number(w)) {
        words.next();
    }
    (words.take(2).filter(|w| is_plain_caps(w)).count() == 2).then_some(past_stamp)
}

/// An appendix's Roman number after its label (`Phụ lục II KẾT QUẢ …`): the heading's own,
/// not the start of a heading in capitals.
fn is_appendix_number(before: &str, w: &str) -> bool {
    fold_case(before) == "lục" && is_roman_letters(w)
}

/// The preamble's and the body's anchors: `Căn cứ`, `Theo đề nghị`, `QUYẾT ĐỊNH:`, `Điều 1.`,
/// `Chương I`, and in run-together prose numbered items and dashes after a clause.
pub(super) fn structure(
    text: &str,
    folded: &str,
    ws: &[(usize, usize)],
    long: bool,
    out: &mut Vec<(usize, Cut)>,
) {
    // The numbered items and điểm letters cut so far, in order.
    let mut items_cut: Vec<&str> = Vec::new();
    // The number of the last article cut.
    let mut last_article: Option<u32> = None;
    let quoted = if long {
        inline_quotes(text)
    } else {
        Vec::new()
    };
    // Words before this index belong to an appendix's label cut already (its number).
    let mut label_end = 0;
    // The label of an appendix printed as a file of its own, run together: its first word
    // (past a signature's stamp).
    let file_label = long
        .then(|| opens_with_appendix(text))
        .flatten()
        .map(|past_stamp| ws.iter().position(|&(a, _)| a >= past_stamp));
    for (k, &(s, e)) in ws.iter().enumerate() {
        let w = &text[s..e];
        if k < label_end {
            continue;
        }
        if file_label == Some(Some(k)) {
            out.push((s, Cut::Row));
            label_end = appendix_name_after_label(text, ws, k, out);
            continue;
        }
        // A technical regulation issued with the document, after the signature: its code,
        // then its name in capitals (`Đỗ Xuân Tuyên QCVN 16-1:2025/BYT QUY CHUẨN KỸ THUẬT
        // QUỐC GIA … National technical regulation …`), each a line of its own. A code cited
        // in a sentence has no title in capitals after it.
        // (The code may open the piece the closing's cuts left after the signer's name.)
        if long && (w == "QCVN" || w == "TCVN") {
            if let Some(end) = regulation_heading_end(text, ws, k) {
                if k > 0 {
                    out.push((s, Cut::Row));
                }
                out.push((ws[k + 2].0, Cut::Row));
                if end < text.len() {
                    out.push((end, Cut::Row));
                }
                continue;
            }
        }
        if k == 0 {
            continue;
        }
        // Most words open nothing: only these can, and run-together prose's items.
        let may_open = matches!(
            w,
            "Căn"
                | "Theo"
                | "Xét"
                | "QUYẾT"
                | "Điều"
                | "Chương"
                | "Mục"
                | "Phần"
                | "PHẦN"
                | "CHƯƠNG"
        ) || w.starts_with("Phụ")
            || w.starts_with("PHỤ");
        if !long && !may_open {
            continue;
        }
        let f = &folded[s..];
        let clause = ends_clause(text, s);
        let caps_before = ends_caps(text, s);
        // `Thực hiện Quyết định …`, `Thực hiện chỉ đạo …`: capitalised inside run-together
        // prose, it opens the preamble after a trích yếu or a Kính gửi that has no stop.
        if long && w == "Thực" && f.starts_with("thực hiện ") && {
            let next = f["thực hiện ".len()..].trim_start();
            text[s + "Thực hiện ".len()..]
                .trim_start()
                .starts_with(crate::text::fold::is_capital)
                || [
                    "chỉ đạo",
                    "ý kiến",
                    "văn bản",
                    "công văn",
                    "kế hoạch",
                    "nghị quyết",
                ]
                .iter()
                .any(|o| next.starts_with(o))
        } {
            out.push((s, Cut::Row));
            continue;
        }
        // A sentence that opens with its date and a comma (`Ngày 22/01/2026, đồng chí … chủ
        // trì Hội nghị`): a thông báo's trích yếu run on with it has no stop before it. (`Hà
        // Nội, Ngày 05 …` is a place-date: a comma before it.)
        if long
            && w == "Ngày"
            && !text[..s].trim_end().ends_with(',')
            && sentence_date_end(&text[e..]).is_some()
        {
            out.push((s, Cut::Row));
            continue;
        }
        // `Căn cứ`, `Theo đề nghị`, `Xét đề nghị`, capitalised as they open a paragraph.
        // (A web copy's `Căn cứ\u{a0}Luật`: any space.)
        if (w == "Căn"
            && f.strip_prefix("căn cứ")
                .is_some_and(|r| r.starts_with(char::is_whitespace)))
            || ((w == "Theo" || w == "Xét") && f[w.len()..].trim_start().starts_with("đề nghị"))
        {
            if long {
                out.push((s, Cut::Row));
                if w == "Căn" {
                    if let Some(a) = authority_before(text, ws, k) {
                        out.push((a, Cut::Row));
                    }
                }
            }
            continue;
        }
        // `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`: enacting words in capitals with a colon.
        if w == "QUYẾT" {
            let rest = &text[e..];
            let t = rest.trim_start();
            let second = ["ĐỊNH", "NGHỊ"].iter().find(|w2| t.starts_with(**w2));
            if let Some(w2) = second {
                let after = &t[w2.len()..];
                if after.trim_start().starts_with(':') {
                    let colon =
                        e + (rest.len() - t.len()) + w2.len() + after.find(':').unwrap_or(0) + 1;
                    out.push((s, Cut::Row));
                    out.push((colon, Cut::Row));
                }
            }
            continue;
        }
        // A scan's enacting words, a mark misread (`QUYÉT ĐỊNH:`), in a document run together.
        if long && w.starts_with('Q') {
            if let Some(colon) = scanned_enacting(text, ws, k) {
                out.push((s, Cut::Row));
                out.push((colon, Cut::Row));
                continue;
            }
        }
        // A heading word right after the item number that opens the line is that item's
        // title, not a heading of its own: a report's outline of a draft law (`4.2. Chương
        // II. Bảo vệ tài nguyên …`, `3. Điều 5. Sửa đổi …`).
        // On a line of its own (not run together), a heading word after a `;` is a list of
        // the draft's parts inside an item (`g) Chương VI - Quản lý …; Chương VII - Điều
        // khoản thi hành`), not a heading.
        let inside_an_item = k == 1 && is_item_label(&text[ws[0].0..ws[0].1])
            || !long && text[..s].trim_end().ends_with(';');
        if w == "Điều" && inside_an_item {
            continue;
        }
        // `Điều 5.` opening an article; in prose run together, also the article after the last
        // one cut, where the text before it has no stop (`… Theo Phụ lục 2 đính kèm Điều 2.
        // Giao Hội đồng …`): its number and the capital after it tell it from a citation.
        if w == "Điều" {
            let rest = text[e..].trim_start();
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let number = rest[..digits].parse::<u32>().ok();
            let next_article = long
                && number.is_some_and(|n| last_article.is_some_and(|l| l + 1 == n))
                && rest[digits..].starts_with(". ")
                && rest[digits + 2..].starts_with(crate::text::fold::is_capital);
            if (clause || long && caps_before || next_article)
                && digits > 0
                && rest[digits..].starts_with(['.', ':'])
            {
                out.push((s, Cut::Row));
                last_article = number;
            }
            if clause || long && caps_before || next_article {
                continue;
            }
        }
        if (w == "Chương" || w == "Mục" || w == "Phần" || w == "PHẦN" || w == "CHƯƠNG")
            && clause
            && !inside_an_item
        {
            let rest = text[e..].trim_start();
            if rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L'))
            {
                out.push((s, Cut::Row));
            }
            continue;
        }
        // An appendix heading in capitals opens a line wherever it stands (after the signer's
        // name, in a document run together); `Phụ lục` in title case only after a stop.
        let caps_heading = w == "PHỤ" && text[s..].starts_with("PHỤ LỤC") && {
            let after = text[s + "PHỤ LỤC".len()..].trim_start();
            after.is_empty()
                || after.starts_with(|c: char| {
                    crate::text::fold::is_capital(c) || c.is_ascii_digit() || c == ':'
                })
        };
        // `Phụ lục II` in title case after capitals (a page's running agency name, `SỞ GIÁO
        // DỤC VÀ ĐÀO TẠO Phụ lục II CHƯƠNG TRÌNH LÀM VIỆC`): a heading where its Roman number
        // and a name in capitals follow; a sentence cites one after lower-case words.
        let titled_after_caps = long
            && caps_before
            && w == "Phụ"
            && f.starts_with("phụ lục ")
            && ws
                .get(k + 2)
                .is_some_and(|&(a, b)| is_roman_letters(&text[a..b]))
            && ws[(k + 3).min(ws.len())..]
                .iter()
                .take_while(|&&(a, b)| is_plain_caps(&text[a..b]))
                .count()
                >= 2;
        if (w.starts_with("Phụ") || w.starts_with("PHỤ"))
            && f.starts_with("phụ lục")
            && (clause || caps_heading && long || titled_after_caps)
        {
            out.push((s, Cut::Row));
            if caps_heading && long || titled_after_caps {
                label_end = appendix_name_after_label(text, ws, k, out);
            }
            continue;
        }
        // An appendix's reference line under its name (`DỰ TOÁN Kinh phí … (kèm theo Kế hoạch
        // số 12/KH-BQL ngày …) TT Dịch vụ …`): a line of its own when what follows it opens
        // no lower-case clause (a sentence citing a plan goes on: `(kèm theo Kế hoạch số …) về
        // Sở`).
        if long && w.starts_with('(') {
            if let Some(end) = appendix_reference_end(text, f, s) {
                out.push((s, Cut::Row));
                out.push((end, Cut::Row));
                continue;
            }
        }
        // An authority heading in capitals after the trích yếu (`… Đoàn kiểm tra CHỦ TỊCH ỦY
        // BAN NHÂN DÂN TỈNH …`).
        // (Not the words after a dash inside a title: `KINH TẾ - KỸ THUẬT`.)
        // (Nor the signer a signature's stamp names: `Digitally signed by HIỆP HỘI …`.)
        let caps_go_on = k >= 2
            && super::words::is_dash(&text[ws[k - 1].0..ws[k - 1].1])
            && is_plain_caps(&text[ws[k - 2].0..ws[k - 2].1])
            || &text[ws[k - 1].0..ws[k - 1].1] == "by";
        if long
            && !caps_before
            && !caps_go_on
            && is_plain_caps(w)
            && !fold_case(&text[ws[k - 1].0..ws[k - 1].1]).ends_with("lục:")
        {
            // After an appendix's number, the heading starts past it (`Phụ lục II | KẾT QUẢ`).
            let from = k + usize::from(is_appendix_number(&text[ws[k - 1].0..ws[k - 1].1], w));
            let run = ws[from..]
                .iter()
                .take_while(|&&(a, b)| is_plain_caps(&text[a..b]))
                .count();
            if run >= 3 {
                out.push((ws[from].0, Cut::Row));
                continue;
            }
        }
        // A heading in capitals has no stop: the item after it opens a line all the same
        // (`I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích`).
        // The first point of a list (`2. Yêu cầu a) Xác định …`) opens one after a heading
        // in sentence case too; `điểm a)` cites a point.
        // So does the first khoản or sub-item (`Điều 2. Đối tượng kiểm tra 1. Đối tượng …`,
        // `2. Trong quá trình khai thác 2.1. Thực hiện …`); `khoản 1. ` cites one.
        // A heading that ends with such a word (`1. Về công tác tự đánh giá, chấm điểm a) Hướng
        // dẫn …`) has its first point all the same where `b)` follows and no cited part (`điểm
        // a) Khoản 2`) comes after it.
        let heading_word_before = w == "a)"
            && ws.get(k + 1).is_some_and(|&(a, b)| {
                !ends_citing_word(&fold_case(&text[a..b]))
                    && memchr::memmem::find(
                        &text.as_bytes()[e..floor_boundary(text, (e + 6000).min(text.len()))],
                        b" b) ",
                    )
                    .is_some()
            });
        let first_point = (w == "a)" || is_first_item(w) && has_sibling(text, e, w))
            && (heading_word_before
                || !ends_citing_word(&fold_case(&text[ws[k - 1].0..ws[k - 1].1])))
            && ws
                .get(k + 1)
                .is_some_and(|&(a, _)| text[a..].starts_with(crate::text::fold::is_capital));
        // Not after a comma: a list of codes goes on (`- Lưu: VT, V. KT. HIỆU TRƯỞNG`).
        let after_comma = text[..s].trim_end().ends_with(',');
        // The item after one cut earlier on the line (`… đầu tư xây dựng 5. Sở Tài chính` after
        // `4. Sở Xây dựng`): the list goes on where the item before it ended with no stop.
        // Not after a comma either: the plan's `IV.` cut earlier is no list the Lưu's `V.` goes
        // on.
        let next_in_list = long
            && !first_point
            && !after_comma
            && !ends_citing_word(&fold_case(&text[ws[k - 1].0..ws[k - 1].1]))
            && ws
                .get(k + 1)
                .is_some_and(|&(a, _)| text[a..].starts_with(crate::text::fold::is_capital))
            && items_cut
                .iter()
                .rev()
                .find(|p| same_list(p, w))
                .is_some_and(|p| next_item(p).as_deref() == Some(w));
        // After capitals with no stop, an item's title opens with a capital: a figure after a
        // name in capitals reads on in lower case (`chứng chỉ IELTS 5.5 trở lên`).
        let capital_next = || {
            ws.get(k + 1)
                .is_some_and(|&(a, _)| text[a..].starts_with(crate::text::fold::is_capital))
        };
        let after_caps =
            caps_before && !after_comma && (super::words::is_dash(w) || capital_next());
        if !long || !(clause || after_caps || first_point || next_in_list) {
            continue;
        }
        // Points a sentence quotes (`… hồ sơ còn có “d) Dự thảo điều lệ …; đ) Sơ yếu lý lịch
        // …”`) are the sentence's words, not the document's items.
        if quoted.iter().any(|&(a, b)| a < s && s < b) {
            continue;
        }
        // After a label's colon, a number other than a list's first is the label's value (`…
        // không giữ chức vụ lãnh đạo, quản lý: 24. Theo Phụ lục 2 …`), unless it goes on a list.
        let counted = text[..s].trim_end().ends_with(':') && !next_in_list && {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && &w[digits..] == "." && w[..digits].parse::<u32>().is_ok_and(|n| n > 1)
        };
        if counted {
            continue;
        }
        // Run-together prose: numbered items, điểm letters, Roman headings and dashes.
        let item = {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            let roman = w.bytes().take_while(|b| b"IVXL".contains(b)).count();
            let letter =
                w.chars().next().is_some_and(crate::text::fold::is_lower) && w.chars().count() == 2;
            // A version's number is none (`PCI 2.0`): no item is numbered 0.
            let version = w.trim_end_matches(['.', ')']).split('.').any(|p| p == "0");
            (digits > 0 && digits <= 2 && w[digits..].starts_with(['.', ')']) && !version)
                || (roman > 0 && w[roman..].starts_with(['.', ')']))
                || (letter && (w.ends_with(')') || first_point || next_in_list))
                // A dash between words in capitals joins a title (`KINH TẾ - KỸ THUẬT`); after
                // a heading it opens an item (`MỤC ĐÍCH - Nâng cao …`). After a name that ends
                // in one abbreviation (`- Cục KSTTHC - VPCP;`, `- Cục BTTP - Bộ Tư pháp;`) it
                // joins a unit to its parent body: no heading, no item.
                || super::words::is_dash(w)
                    && (clause || !abbreviated_name_before(text, ws, k))
                    && (clause
                        || !ws
                            .get(k + 1)
                            .is_some_and(|&(a, b)| is_plain_caps(&text[a..b])))
        };
        if item {
            out.push((s, Cut::Row));
            if next_item(w).is_some() {
                items_cut.push(w);
            }
            // A Roman heading in capitals run on with its first sentence (`III. KINH PHÍ THỰC
            // HIỆN Nguồn kinh phí …`): the sentence opens a line.
            if w.starts_with(['I', 'V', 'X']) && w.ends_with('.') {
                // The title's capitals end before the next heading's number (`III. KINH PHÍ
                // THỰC HIỆN I. Nguồn kinh phí …`, an OCR's `I.` for `1.`).
                let run = caps_run(text, ws, k + 1);
                let run = (k + 1..k + 1 + run)
                    .position(|j| {
                        text[ws[j].0..ws[j].1]
                            .strip_suffix('.')
                            .is_some_and(is_roman_letters)
                    })
                    .unwrap_or(run);
                // A note in brackets goes with the title (`VI. NGÂN SÁCH DỰ KIẾN (tổng
                // 8.000.000đ) Kinh phí từ …`).
                let note = ws
                    .get(k + 1 + run)
                    .filter(|&&(a, _)| run >= 1 && text[a..].starts_with('('))
                    .and_then(|_| {
                        (k + 1 + run..ws.len().min(k + 7 + run))
                            .find(|&j| text[ws[j].0..ws[j].1].ends_with(')'))
                    })
                    .map_or(0, |j| j + 1 - (k + 1 + run));
                if let Some(&(a, b)) = ws.get(k + 1 + run + note) {
                    let next = &text[a..b];
                    let sentence = next.starts_with(crate::text::fold::is_capital)
                        && next.chars().skip(1).any(crate::text::fold::is_lower);
                    if run >= 1 && sentence {
                        out.push((a, Cut::Row));
                    }
                }
            }
        }
    }
}

/// The words before the dash at word `k` end a name in title case with one abbreviation in
/// capitals (`Cục KSTTHC`, `Sở GDĐT`), not a heading in capitals (`MỤC ĐÍCH`).
pub(super) fn abbreviated_name_before(text: &str, ws: &[(usize, usize)], k: usize) -> bool {
    let word = |j: usize| &text[ws[j].0..ws[j].1];
    k >= 2
        && is_plain_caps(word(k - 1))
        && word(k - 2).starts_with(crate::text::fold::is_capital)
        && word(k - 2).chars().skip(1).any(crate::text::fold::is_lower)
}

/// A regulation's code at word `k` (`QCVN 16-1:2025/BYT`) followed by its name in capitals,
/// at least three words: where the name ends, before a word in sentence case (its English
/// name, `(Kèm theo …)` or the next sentence), or the end of the text.
fn regulation_heading_end(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let &(a, b) = ws.get(k + 1)?;
    let code = &text[a..b];
    let is_code = code.starts_with(|c: char| c.is_ascii_digit())
        && code.contains(':')
        && !code.ends_with([')', ',', ';', '.']);
    let run = caps_run(text, ws, k + 2);
    if !is_code || run < 3 {
        return None;
    }
    Some(ws.get(k + 2 + run).map_or(text.len(), |&(x, _)| x))
}

/// The enacting authority's heading in capitals run on between the trích yếu and the first
/// căn cứ at word `k` (`… TIẾP TỤC CÓ HIỆU LỰC CHÍNH PHỦ Căn cứ`, `… Về việc ban hành quy chế
/// QUỐC HỘI Căn cứ`): where it starts, the first authority's words among the last capitals
/// before `k` that do not go on the title (`CỦA CHÍNH PHỦ`, `VÀ ỦY BAN …`).
fn authority_before(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    const AUTHORITIES: &str = "CHÍNH PHỦ|THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|\
        HỘI ĐỒNG|ỦY BAN|UỶ BAN|QUỐC HỘI|CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|HIỆU TRƯỞNG|\
        THỐNG ĐỐC|TỔNG KIỂM TOÁN|TRƯỞNG BAN";
    const LINKS: &str = "CỦA|VÀ|VỚI|CHO|THUỘC|TẠI|ĐỐI|GIỮA|TRỰC|CÁC|VỀ|TRONG|TỪ|ĐẾN";
    let word = |j: usize| &text[ws[j].0..ws[j].1];
    let run = (0..k).rev().take_while(|&j| is_plain_caps(word(j))).count();
    let from = k - run;
    (from.max(k.saturating_sub(12))..k)
        .find(|&j| {
            let at = &text[ws[j].0..ws[k].0];
            let named = AUTHORITIES.split('|').any(|a| {
                at.strip_prefix(a.trim())
                    .is_some_and(|r| r.starts_with(char::is_whitespace))
            });
            let goes_on = j > from && LINKS.split('|').any(|l| l == word(j - 1));
            named && !goes_on
        })
        .filter(|&j| j > from || ends_clause(text, ws[j].0) || !ends_caps(text, ws[j].0))
        .map(|j| ws[j].0)
}

/// `QUYẾT ĐỊNH:` or `QUYẾT NGHỊ:` at word `k`, in capitals, its marks lost or misread as a scan
/// reads them (`QUYÉT ĐỊNH:`, `QUYET DINH :`), as the grammar reads such a line on its own: the
/// byte after its colon.
fn scanned_enacting(text: &str, ws: &[(usize, usize)], k: usize) -> Option<usize> {
    let (s, e) = ws[k];
    let &(a, b) = ws.get(k + 1)?;
    let first = &text[s..e];
    let second = text[a..b].trim_end_matches(':');
    let enacting = crate::text::fold::is_upper(first)
        && crate::text::fold::is_upper(second)
        && crate::text::fold::skeleton(first) == "quyet"
        && matches!(
            crate::text::fold::skeleton(second).as_str(),
            "dinh" | "nghi"
        );
    if !enacting {
        return None;
    }
    if text[a..b].ends_with(':') {
        return Some(b);
    }
    let &(c, d) = ws.get(k + 2)?;
    (&text[c..d] == ":").then_some(d)
}

/// The quotations that open inside a sentence (`… còn có “d) Dự thảo …”`), not after a colon or
/// a stop as a quoted text set out on lines of its own does (`… như sau: “1. …`): byte ranges
/// from the opening quote to the closing one, at most a page long.
fn inline_quotes(text: &str) -> Vec<(usize, usize)> {
    const MAX_QUOTE: usize = 3000;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = memchr::memmem::find(&text.as_bytes()[from..], "“".as_bytes()) {
        let open = from + open;
        let inside = open + "“".len();
        let end = floor_boundary(text, (inside + MAX_QUOTE).min(text.len()));
        // A typist may close it with a straight quote (`“a) Ủy ban … Quốc hội".`).
        let window = &text.as_bytes()[inside..end];
        let curly = memchr::memmem::find(window, "”".as_bytes());
        let straight = memchr::memchr(b'"', window);
        let Some(close) = curly.into_iter().chain(straight).min() else {
            from = inside;
            continue;
        };
        let mut close = inside + close;
        // A name quoted in the sentence that introduces the plan, its closing mark lost (`… tổ
        // chức “Festival Thăng Long - Hà Nội, cụ thể như sau: I. MỤC ĐÍCH …`): it ends at the
        // colon that a heading's number follows.
        let introduces = text[inside..close].match_indices(": ").find(|&(c, _)| {
            let next = text[inside + c + 2..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            next.strip_suffix('.').is_some_and(|n| {
                is_roman_letters(n) || !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
            })
        });
        if let Some((c, _)) = introduces {
            close = inside + c;
        }
        let before = text[..open].trim_end();
        if before.ends_with(|c: char| crate::text::fold::is_lower(c)) {
            out.push((open, close));
        }
        from = close;
    }
    out
}

/// The điểm letters in order (the Vietnamese alphabet has no f, j, w, z).
const POINT_LETTERS: &[char] = &[
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
    'u', 'v', 'x', 'y',
];

/// An item's number as it opens a line: `4.2.`, `3.`, `2)`, `IV.`, `b)` (not a bare number:
/// `2025 Chương` is no item).
fn is_item_label(w: &str) -> bool {
    let Some(body) = w.strip_suffix(['.', ')']) else {
        return false;
    };
    let dotted_number = !body.is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let roman = is_roman_letters(body);
    let letter = body.chars().count() == 1 && body.chars().all(crate::text::fold::is_lower);
    dotted_number || roman || letter
}

/// The item after `w` in its list: `5.` after `4.`, `2.3.` after `2.2.`, `c)` after `b)`;
/// `None` for what is no numbered item or điểm letter.
fn next_item(w: &str) -> Option<String> {
    let close = w.chars().next_back().filter(|c| matches!(c, '.' | ')'))?;
    let body = &w[..w.len() - 1];
    let mut letters = body.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if let Some(i) = POINT_LETTERS.iter().position(|&l| l == c) {
            return POINT_LETTERS.get(i + 1).map(|n| format!("{n}{close}"));
        }
    }
    // A Roman heading's number (`V.` → `VI.`).
    if is_roman_letters(body) {
        let n = crate::text::roman::roman_value(body)?;
        let mut next = crate::text::roman::to_roman(n + 1);
        next.push(close);
        return Some(next);
    }
    let (head, last) = body.rsplit_once('.').map_or(("", body), |(h, l)| (h, l));
    if !is_number_part(last) || !(head.is_empty() || head.split('.').all(is_number_part)) {
        return None;
    }
    let n: u32 = last.parse().ok()?;
    let dot = if head.is_empty() { "" } else { "." };
    Some(format!("{head}{dot}{}{close}", n + 1))
}

/// Whether two items belong to one list: the same depth, the same closing mark, and for a
/// sub-item the same parent (`2.1.` and `2.2.`, not `3.1.`).
fn same_list(a: &str, b: &str) -> bool {
    let shape = |w: &str| {
        let body = w.strip_suffix(['.', ')']).unwrap_or(w);
        let letter = body.chars().all(char::is_alphabetic);
        let head = body.rsplit_once('.').map_or("", |(h, _)| h);
        (letter, head.to_owned(), w.chars().next_back())
    };
    shape(a) == shape(b)
}

/// The number of a list's first item: `1.`, `1)`, `2.1.`, `5.1`, `I.` (the last number is
/// one), or a first point written with a stop, `a.` (the `a)` of a point is cut on its own).
fn is_first_item(w: &str) -> bool {
    // A sub-item's number without its stop (`5.1 Dự thảo Luật …`), as reports number them.
    if w.rsplit_once('.')
        .is_some_and(|(head, last)| last == "1" && is_number_part(head))
    {
        return true;
    }
    let Some(body) = w.strip_suffix(['.', ')']) else {
        return false;
    };
    if w == "a." {
        return true;
    }
    let mut parts = body.split('.');
    let last = parts.next_back().unwrap_or("");
    (last == "1" || last == "I" && body == "I") && parts.all(is_number_part)
}

/// One part of an item's dotted number: one or two figures (`2`, `12` of `2.12.`).
fn is_number_part(p: &str) -> bool {
    !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the item after the first one (`2.` after `1.`, `2.2.` after `2.1.`) follows within a
/// few pages after `at`: a list, not a footnote's number or a figure left in a sentence.
fn has_sibling(text: &str, at: usize, first: &str) -> bool {
    // A number without its stop (`5.1`) has no closing mark: its sibling has none either.
    let (body, close) = if first.ends_with(['.', ')']) {
        first.split_at(first.len() - 1)
    } else {
        (first, "")
    };
    let sibling = match body.rsplit_once('.') {
        Some((head, _)) => format!(" {head}.2{close} "),
        None if body == "I" => format!(" II{close} "),
        None if body == "a" => format!(" b{close} "),
        None => format!(" 2{close} "),
    };
    let end = (at + 6000).min(text.len());
    memchr::memmem::find(&text.as_bytes()[at..end], sibling.as_bytes()).is_some()
}

/// A word that cites a part of a text by its number (`điểm a)`, `khoản 1.`, `Điều 2.1.`).
fn ends_citing_word(folded_word: &str) -> bool {
    [
        "điểm", "khoản", "điều", "mục", "phần", "chương", "số", "tiết", "bảng", "hình", "biểu",
        "mẫu", "lục",
        // An ordinal's Roman number (`lần thứ III.`, `khóa XV.`) ends a sentence.
        "thứ", "khóa", "khoá",
    ]
    .iter()
    .any(|c| folded_word.ends_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::anchors::test_support::*;

    /// The appendices' heading lines of `lines` run together on one line.
    fn appendix_headings_on_one_line(lines: &[&str]) -> Vec<String> {
        let parsed = crate::check::parse(&(lines.join(" ") + "\n"));
        let text = parsed.text();
        parsed
            .appendices
            .iter()
            .map(|a| parsed.lines[a.heading].span.of(text).to_owned())
            .collect()
    }

    /// An appendix's heading in a document run together: its Roman number stays with the
    /// label (`Phụ lục II`), its name in capitals opens the next line.
    #[test]
    fn an_appendix_number_run_together_stays_with_its_label() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Công bố kết quả tại Phụ lục I và Phụ lục II đính kèm.",
            "Nơi nhận:",
            "- Như Điều 1;",
            "- Lưu: VT, NC.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Ngọc Phúc",
        ]);
        for n in ["I", "II"] {
            lines.extend([
                if n == "I" { "Phụ lục I" } else { "Phụ lục II" },
                "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025",
                "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026 của Chủ tịch UBND tỉnh)",
                "Đơn vị được đánh giá xếp loại tốt.",
            ]);
        }
        assert_eq!(
            appendix_headings_on_one_line(&lines),
            ["Phụ lục I", "Phụ lục II"]
        );
    }

    /// An appendix's label numbered in Arabic with a stop (`PHỤ LỤC 1. BẢNG CHI TIẾT …`) in a
    /// plan run together: the number is the label's, not an item that parts the label from
    /// its name; one appendix.
    #[test]
    fn an_appendix_number_with_a_stop_stays_with_its_label() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Ban hành kế hoạch (chi tiết tại Phụ lục kèm theo).",
            "Nơi nhận:",
            "- Như Điều 1;",
            "- Lưu: VT, NN&MT.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Hoàng Anh Vũ",
        ]);
        lines.extend([
            "PHỤ LỤC 1. BẢNG CHI TIẾT NHIỆM VỤ",
            "(Kèm theo Kế hoạch số 155/KH-UBND ngày 03/7/2026 của UBND phường Phong Châu)",
            "TT Nội dung nhiệm vụ Chủ trì Phối hợp Thời gian 1 Ban hành Kế hoạch Văn phòng",
        ]);
        assert_eq!(appendix_headings_on_one_line(&lines), ["PHỤ LỤC 1."]);
    }

    /// A plan's second appendix after the page's running agency name in capitals (`SỞ GIÁO
    /// DỤC VÀ ĐÀO TẠO Phụ lục II CHƯƠNG TRÌNH LÀM VIỆC (Đính kèm Kế hoạch số …)`), run
    /// together: its label opens a line, and `(Đính kèm …)` is its reference line as the
    /// grammar reads it on its own.
    #[test]
    fn a_titled_appendix_label_after_capitals_opens_a_line() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Kiểm tra các trường tại Phụ lục I, theo chương trình tại Phụ lục II.",
            "Nơi nhận:",
            "- Như Điều 1;",
            "- Lưu: VT, GDPT.",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "Nguyễn Phương Toàn",
        ]);
        for (label, name) in [
            ("Phụ lục I", "DANH SÁCH CÁC TRƯỜNG THAM GIA"),
            ("Phụ lục II", "CHƯƠNG TRÌNH LÀM VIỆC"),
        ] {
            lines.extend([
                label,
                name,
                "(Đính kèm Kế hoạch số 362/KH-SGDĐT ngày 14/4/2026 của Sở GDĐT)",
                "TT Tên đơn vị Cấp học 1 Trường TH Nguyễn Thị Tốt Tiểu học",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            ]);
        }
        let one_line = lines.join(" ") + "\n";
        let parsed = crate::check::parse(&one_line);
        let text = parsed.text();
        let appendices: Vec<(&str, Option<&str>)> = parsed
            .appendices
            .iter()
            .map(|a| {
                (
                    parsed.lines[a.heading].span.of(text),
                    a.reference.map(|r| parsed.lines[r].span.of(text)),
                )
            })
            .collect();
        let reference = Some("(Đính kèm Kế hoạch số 362/KH-SGDĐT ngày 14/4/2026 của Sở GDĐT)");
        assert_eq!(
            appendices,
            [("Phụ lục I", reference), ("Phụ lục II", reference)]
        );
    }

    /// An appendix printed as a file of its own and run together with its table, a signature's
    /// stamp before it: the stamp, the label and the name each a line of its own.
    #[test]
    fn an_appendix_file_run_together_opens_with_its_label() {
        let table =
            " STT 1 Nội dung Tiêu chí thành phần Điểm tối đa 1.1 Ban hành kế hoạch 2,0".repeat(20);
        for stamp in ["", "Số: 2775/SNV-CCHC&amp;VTLT; 10/11/2025; 11:00:27; "] {
            let text = format!(
                "{stamp}Phụ lục II: HƯỚNG DẪN TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025{table}"
            );
            let got = parts(&text, HEADER);
            let want = if stamp.is_empty() { 1 } else { 2 };
            assert_eq!(got[want - 1], "Phụ lục II:", "{got:?}");
            assert!(got[want].starts_with("HƯỚNG DẪN TỰ ĐÁNH GIÁ"), "{got:?}");
            if !stamp.is_empty() {
                assert_eq!(got[0], stamp.trim());
            }
        }
    }

    /// A tờ trình's outline of a draft law numbers its items and names the draft's chapters
    /// and articles in them (`4.2. Chương II. …`, `2. Điều 5. …`): each item stays one line,
    /// the chapter its title, so the items number on (`4.1`, `4.2`) under the outline's heading.
    #[test]
    fn a_heading_word_after_an_item_number_is_the_item_s_title() {
        let text = crate::test_corpus::decision(&[
            "IV. BỐ CỤC VÀ NỘI DUNG CƠ BẢN CỦA DỰ THẢO LUẬT",
            "g) Chương VI - Quản lý nhà nước; Chương VII - Điều khoản thi hành (Từ Điều 28 đến Điều 31)",
            "h) Chương VII - Điều khoản thi hành (Từ Điều 32 đến Điều 33).",
            "4.1. Chương I. Quy định chung, gồm 08 điều (từ Điều 1 đến Điều 8)",
            "- Chương này quy định phạm vi điều chỉnh và đối tượng áp dụng.",
            "4.2. Chương II. Bảo vệ tài nguyên địa chất, khoáng sản chưa khai thác",
            "- Chương này quy định trách nhiệm bảo vệ tài nguyên địa chất.",
            "4.3. Điều 5. Sửa đổi quy định về khu vực cấm hoạt động khoáng sản",
        ])
        .join("\n")
            + "\n";
        let parsed = crate::check::parse(&text);
        let t = parsed.text();
        let items: Vec<&str> = parsed
            .lines
            .iter()
            .map(|l| l.span.of(t))
            .filter(|l| l.starts_with("4."))
            .collect();
        assert_eq!(
            items,
            [
                "4.1. Chương I. Quy định chung, gồm 08 điều (từ Điều 1 đến Điều 8)",
                "4.2. Chương II. Bảo vệ tài nguyên địa chất, khoáng sản chưa khai thác",
                "4.3. Điều 5. Sửa đổi quy định về khu vực cấm hoạt động khoáng sản",
            ]
        );
        assert!(parsed
            .lines
            .iter()
            .all(|l| !l.span.of(t).starts_with("Chương") && !l.span.of(t).starts_with("Điều 5")));
        assert!(parsed.lines.iter().any(|l| l.span.of(t)
            == "g) Chương VI - Quản lý nhà nước; Chương VII - Điều khoản thi hành (Từ Điều 28 đến Điều 31)"));
    }

    #[test]
    fn item_labels_are_told_from_numbers_and_words() {
        for w in ["4.2.", "3.", "2)", "IV.", "b)", "10.1."] {
            assert!(is_item_label(w), "{w}");
        }
        for w in ["2025", "Số", "4.2", "Điều", "(1)", ".", "AB."] {
            assert!(!is_item_label(w), "{w}");
        }
    }

    /// A regulation run together: `Chương` and `Mục` (as written, in title case) after a
    /// sentence's end open a line of their own.
    #[test]
    fn chapters_and_sections_run_together_start_their_lines() {
        assert_eq!(
            parts(
                "Điều 2. Quy chế này áp dụng đối với các sở. Chương II QUY ĐỊNH CỤ THỂ",
                BODY
            ),
            [
                "Điều 2. Quy chế này áp dụng đối với các sở.",
                "Chương II QUY ĐỊNH CỤ THỂ"
            ]
        );
        assert_eq!(
            parts(
                "Điều 5. Chế độ báo cáo định kỳ hằng quý. Mục 2 CÔNG TÁC CÁN BỘ",
                BODY
            ),
            [
                "Điều 5. Chế độ báo cáo định kỳ hằng quý.",
                "Mục 2 CÔNG TÁC CÁN BỘ"
            ]
        );
    }

    /// A unit's code that reads as a Roman number ends the Lưu (`- Lưu: VT, V.`), after a plan
    /// whose last heading was `IV.` and before the authority in capitals: after a comma, no
    /// heading opens.
    #[test]
    fn a_roman_looking_code_after_a_comma_stays_in_the_luu() {
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(4);
        let head = "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 58/KH-THPTCL2 Đồng Tháp, ngày 12 tháng 01 năm 2026";
        let text = format!("{head} KẾ HOẠCH Tổ chức sinh hoạt chuyên môn theo cụm trường I. MỤC ĐÍCH, YÊU CẦU{filler} II. NỘI DUNG{filler} III. THỜI GIAN{filler} IV. TỔ CHỨC THỰC HIỆN{filler} Nơi nhận: - Sở GDĐT (bc); - Các đơn vị Cụm 2 (ph/h); - Lưu: VT, V. KT.HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG Trần Thanh Vũ");
        let got = parts(&text, HEADER);
        assert!(got.iter().any(|g| g == "- Lưu: VT, V."), "{got:#?}");
        assert!(got.iter().any(|g| g == "IV. TỔ CHỨC THỰC HIỆN"), "{got:#?}");
    }

    /// A document run together on one line: headings in capitals before their first item,
    /// a preamble opening with `Thực hiện` after a trích yếu, a double authority, a unit's
    /// code `KT.` ending the Lưu, the Party's `T/M.`, an appendix after the signer's name.
    #[test]
    fn the_structure_of_a_document_run_together() {
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(4);
        let head = "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 05/KH-UBND Lai Châu, ngày 31 tháng 3 năm 2026";
        let text = format!("{head} KẾ HOẠCH Triển khai thi hành Luật Trí tuệ nhân tạo trên địa bàn tỉnh Lai Châu Thực hiện Quyết định số 367/QĐ-TTg ngày 20/3/2026 của Thủ tướng Chính phủ. I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích{filler} 2. Yêu cầu a) Xác định rõ nhiệm vụ; b) Bảo đảm tiến độ.{filler} Nơi nhận: - Các Sở, ban, ngành; - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Sinh Phụ lục MỘT SỐ NHIỆM VỤ TRỌNG TÂM");
        let got = parts(&text, HEADER);
        let has = |p: &str| got.iter().any(|g| g == p);
        for p in [
            "Triển khai thi hành Luật Trí tuệ nhân tạo trên địa bàn tỉnh Lai Châu",
            "Thực hiện Quyết định số 367/QĐ-TTg ngày 20/3/2026 của Thủ tướng Chính phủ.",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "2. Yêu cầu",
            "a) Xác định rõ nhiệm vụ;",
            "- Lưu: VT, KT.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Thành Sinh",
            "Phụ lục",
            "MỘT SỐ NHIỆM VỤ TRỌNG TÂM",
        ] {
            assert!(has(p), "{p:?} not a line of {got:#?}");
        }
        assert!(got.iter().any(|g| g.starts_with("1. Mục đích")), "{got:#?}");
        let party = format!("{head} KẾ HOẠCH Kiểm tra việc chấp hành{filler} Nơi nhận: - Như trên; - Lưu: VT. T/M. ĐOÀN KIỂM TRA TRƯỞNG ĐOÀN Hoàng Văn Thuân PHỤ LỤC I DANH SÁCH");
        let got = parts(&party, HEADER);
        let tail: Vec<&str> = got.iter().rev().take(6).rev().map(String::as_str).collect();
        assert_eq!(
            tail,
            [
                "- Lưu: VT.",
                "T/M. ĐOÀN KIỂM TRA",
                "TRƯỞNG ĐOÀN",
                "Hoàng Văn Thuân",
                "PHỤ LỤC I",
                "DANH SÁCH"
            ]
        );
    }

    /// The first item of a list opens a line after a heading that has no stop (`Điều 2. Đối
    /// tượng … 1. Đối tượng kiểm tra`, `2. Trong quá trình khai thác 2.1. Thực hiện`) when the
    /// next item follows; a cited part (`khoản 1.`, `Bảng 1.`) or a number with no sibling
    /// (a footnote's `1.` in a sentence) does not.
    #[test]
    fn the_first_item_after_a_heading_without_a_stop() {
        let head = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UBND Lào Cai, ngày 05 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc kiểm tra Căn cứ Luật Tổ chức chính quyền địa phương; QUYẾT ĐỊNH:";
        let text = format!("{head} Điều 2. Đối tượng, phạm vi, nội dung kiểm tra 1. Đối tượng kiểm tra: Gồm 03 đơn vị. 2. Phạm vi kiểm tra: toàn tỉnh. 3. Trong quá trình khai thác 3.1. Thực hiện nghiêm túc các nghĩa vụ. 3.2. Quản lý sản lượng theo Bảng 1. Việc điều tra xã hội học có 07/09 sở thống nhất 1. Trong đó, nhiều ý kiến.");
        let got = parts(&text, HEADER);
        let has = |p: &str| got.iter().any(|g| g == p);
        for p in [
            "Điều 2. Đối tượng, phạm vi, nội dung kiểm tra",
            "1. Đối tượng kiểm tra: Gồm 03 đơn vị.",
            "3. Trong quá trình khai thác",
            "3.1. Thực hiện nghiêm túc các nghĩa vụ.",
        ] {
            assert!(has(p), "{p:?} not a line of {got:#?}");
        }
        assert!(
            got.last().is_some_and(
                |l| l.starts_with("3.2. Quản lý sản lượng theo Bảng 1. Việc")
                    && l.ends_with("thống nhất 1. Trong đó, nhiều ý kiến.")
            ),
            "{got:#?}"
        );
    }

    /// The next item of a list cut earlier on the line opens a line even where the item before
    /// it ended with no stop (`… xây dựng 5. Sở Tài chính`); a number that is not the next
    /// one, or that a word cites, does not.
    #[test]
    fn the_next_item_of_a_list_after_an_item_without_a_stop() {
        let head = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Lào Cai, ngày 05 tháng 3 năm 2026 KẾ HOẠCH Triển khai Chỉ thị số 11-CT/TU Căn cứ Luật Tổ chức chính quyền địa phương;";
        let text = format!("{head} IV. TỔ CHỨC THỰC HIỆN 1. Sở Xây dựng: - Công bố giá vật liệu xây dựng. 2. Sở Tài chính: a) Thẩm định vốn chủ sở hữu b) Kiểm tra hồ sơ d) Tham mưu bảng giá tính thuế 3. Sở Nội vụ: tuyên truyền pháp luật lao động 5. Sở Y tế theo dõi theo khoản 4. Điều 2 Luật này 2.1. Cơ sở");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        for p in ["2. Sở Tài chính:", "b) Kiểm tra hồ sơ", "3. Sở Nội vụ:"] {
            assert!(starts(p), "{p:?} opens no line of {got:#?}");
        }
        for p in ["d)", "5.", "4.", "2.1."] {
            assert!(!starts(p), "{p:?} opens a line of {got:#?}");
        }
        // So does the next Roman heading after a section whose text has no stop.
        let text = format!("{head} V. NHỮNG NỘI DUNG BỔ SUNG MỚI (NẾU CÓ) Không có VI. DỰ KIẾN NGUỒN LỰC 1. Nguồn lực thực hiện theo quy định. VII. THỜI GIAN TRÌNH Dự kiến trình tháng 7.");
        let got = parts(&text, HEADER);
        assert!(got.iter().any(|g| g.starts_with("VI. DỰ KIẾN")), "{got:#?}");
        // A count after a label's colon is no item; the next article after text with no stop
        // opens its line.
        let decision = "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 337/QĐ-SGDĐT Đồng Tháp, ngày 05 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc công nhận kết quả xét thăng hạng Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010; QUYẾT ĐỊNH: Điều 1. Công nhận kết quả xét thăng hạng năm 2025: 27 người, trong đó: - Viên chức lãnh đạo, quản lý: 03; - Viên chức không giữ chức vụ lãnh đạo, quản lý: 24. Theo Phụ lục 2 đính kèm Điều 2. Giao Hội đồng thông báo kết quả. Điều 3. Quyết định này có hiệu lực kể từ ngày ký, theo Điều 2. Quy chế.";
        let got = parts(decision, HEADER);
        assert!(!got.iter().any(|g| g.starts_with("24.")), "{got:#?}");
        assert!(
            got.iter().any(|g| g.starts_with("Điều 2. Giao"))
                && !got.iter().any(|g| g.starts_with("Điều 2. Quy chế")),
            "{got:#?}"
        );
        // A score after a name in capitals is no item.
        let text = format!(
            "{head} 3. Điều kiện - Có chứng chỉ tiếng Anh IELTS 5.5 trở lên hoặc tương đương."
        );
        let got = parts(&text, HEADER);
        assert!(!got.iter().any(|g| g.starts_with("5.5")), "{got:#?}");
        // A version's number after capitals is no item.
        let text = format!("{head} 3. Kiến nghị Đề nghị triển khai Bộ chỉ số PCI 2.0 mới trên địa bàn tỉnh và bộ chỉ số DDCI 2.0 của các sở.");
        let got = parts(&text, HEADER);
        assert!(!got.iter().any(|g| g.starts_with("2.0")), "{got:#?}");
        // An ordinal's Roman number that ends a sentence opens no heading.
        let text = format!("{head} II. CÔNG TÁC CHUẨN BỊ 1. Chuẩn bị Đại hội Đại biểu lần thứ III. Đại hội các Hội cần tổ chức xong trước ngày 31/12/2025.");
        let got = parts(&text, HEADER);
        assert!(!got.iter().any(|g| g.starts_with("III.")), "{got:#?}");
    }

    /// Points a sentence quotes are its words; a quoted text after a colon keeps its items.
    #[test]
    fn points_quoted_inside_a_sentence_are_not_cut() {
        let head = "UBND TỈNH LÂM ĐỒNG SỞ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 141/TTr-STP Lâm Đồng, ngày 09 tháng 12 năm 2025 TỜ TRÌNH Về việc hợp nhất Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh. Sở Tư pháp trình như sau:";
        let text = format!("{head} 1. Cơ sở pháp lý: quy định thành phần hồ sơ còn có “d) Dự thảo điều lệ hội (bản chính); đ) Sơ yếu lý lịch cá nhân; e) Văn bản chứng minh trụ sở”. 2. Điều 3 được sửa đổi như sau: “a) Hồ sơ gồm đơn; b) Điều lệ.” 3. Thẩm quyền theo thủ tục rút gọn “a) Ủy ban Thường vụ Quốc hội quyết định\". 4. Nội dung xin ý kiến: a) Tại Trung ương; b) Tại địa phương. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        assert!(!starts("đ)") && !starts("e)"), "{got:#?}");
        assert!(starts("b) Điều lệ"), "{got:#?}");
        // A quotation closed with a straight quote ends there.
        assert!(
            starts("4. Nội dung") && starts("b) Tại địa phương"),
            "{got:#?}"
        );
        // A name quoted in the sentence that introduces the plan, its closing mark lost: the
        // headings after the sentence's colon open their lines.
        let text = format!("{head} UBND thành phố ban hành Kế hoạch tổ chức “Festival Thăng Long - Hà Nội, lần thứ II năm 2026, cụ thể như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - Tôn vinh giá trị “Văn hiến - Bản sắc”. 2. Yêu cầu - Tổ chức an toàn. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        assert!(
            starts("I. MỤC ĐÍCH") && starts("1. Mục đích") && starts("2. Yêu cầu"),
            "{got:#?}"
        );
    }

    /// A heading that ends with a word that cites points (`chấm điểm`) has its first point
    /// after it; `điểm a) Khoản 2` cites one.
    #[test]
    fn the_first_point_after_a_heading_ending_with_a_citing_word() {
        let head = "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12094/BNV-CCHC Hà Nội, ngày 15 tháng 12 năm 2025 V/v hướng dẫn Kính gửi: Ủy ban nhân dân các tỉnh. Bộ Nội vụ hướng dẫn như sau:";
        let text = format!("{head} 1. Về công tác tự đánh giá, chấm điểm a) Hướng dẫn tự đánh giá: các tỉnh tự chấm. b) Thời hạn: trước ngày 15. 2. Về điều tra theo điểm a) Khoản 2 Điều 3 Quyết định này. b) Mẫu phiếu. Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        assert!(starts("a) Hướng dẫn"), "{got:#?}");
        assert!(!starts("a) Khoản"), "{got:#?}");
    }

    /// A scan's `QUYẾT ĐỊNH:` with a mark misread (`QUYÉT`) inside a decision run together opens
    /// a line of its own, as it does on a line of its own.
    #[test]
    fn scanned_enacting_words_inside_a_document_run_together() {
        let filler = " Nội dung được trình bày đầy đủ, rõ ràng, đúng quy định.".repeat(6);
        let text = format!("QUYẾT ĐỊNH Về việc khen thưởng Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;{filler} Xét đề nghị của Giám đốc Sở Nội vụ, QUYÉT ĐỊNH: Điều 1. Tặng Danh hiệu Chiến sĩ thi đua cấp tỉnh.{filler} Nơi nhận: - Như Điều 3; - Lưu: VT.");
        let got = parts(&text, HEADER);
        assert!(got.iter().any(|g| g == "QUYÉT ĐỊNH:"), "{got:#?}");
        assert!(
            got.iter()
                .any(|g| g == "Xét đề nghị của Giám đốc Sở Nội vụ,"),
            "{got:#?}"
        );
        // Only in capitals and before a colon: a sentence's words are no line.
        let prose = format!(
            "Căn cứ Luật Thi đua;{filler} Ủy ban nhân dân tỉnh quyét định: giao Sở Nội vụ.{filler}"
        );
        assert!(parts(&prose, HEADER)
            .iter()
            .all(|g| !g.starts_with("quyét")));
    }

    #[test]
    fn an_appendix_reference_inside_a_long_line_is_a_line_of_its_own() {
        let filler = " Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước.".repeat(5);
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Căn cứ Quyết định số 1385/QĐ-BQL.{filler} Nơi nhận: - Lưu: VT. TRƯỞNG BAN Nguyễn Đức Dũng DỰ TOÁN Kinh phí triển khai năm 2026 (kèm theo Kế hoạch số /KH-BQL ngày /5/2026 của Ban Quản lý các KCN) TT Dịch vụ Số tháng"
        );
        let got = parts(&line, CLOSING);
        assert!(
            got.contains(
                &"(kèm theo Kế hoạch số /KH-BQL ngày /5/2026 của Ban Quản lý các KCN)".to_owned()
            ),
            "{got:?}"
        );
        // A sentence citing a plan goes on after the bracket.
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Căn cứ Quyết định số 1385/QĐ-BQL.{filler} Nơi nhận: - Lưu: VT. Các đơn vị gửi báo cáo (kèm theo Kế hoạch số 12/KH-UBND) về Sở Nội vụ."
        );
        let got = parts(&line, CLOSING);
        assert!(
            got.iter()
                .any(|p| p.contains("(kèm theo Kế hoạch số 12/KH-UBND) về Sở")),
            "{got:?}"
        );
    }

    /// A thông báo kết luận's trích yếu run on with its first sentence, which opens with the
    /// meeting's date: the sentence opens a line; a place-date's `Ngày`, a date cited inside
    /// a sentence, or one with no comma after it, cuts nothing.
    #[test]
    fn a_sentence_opening_with_its_date_after_a_trich_yeu() {
        let head = "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 23/TB-UBND Lâm Đồng, ngày 26 tháng 01 năm 2026 THÔNG BÁO";
        let tail = "kết luận như sau: 1. Giao Sở Nội vụ theo dõi. Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc";
        for (title, sentence) in [
            (
                "Kết luận của đồng chí Nguyễn Ngọc Phúc - Phó Chủ tịch Ủy ban nhân dân tỉnh tại Hội nghị đánh giá công tác cải cách hành chính năm 2025 tỉnh Lâm Đồng",
                "Ngày 22/01/2026, đồng chí Nguyễn Ngọc Phúc đã chủ trì Hội nghị. Phó Chủ tịch",
            ),
            (
                "Kết luận của Phó Chủ tịch UBND tỉnh Võ Phiên tại cuộc họp nghe báo cáo tiến độ triển khai thực hiện 02 Chương trình MTQG: giảm nghèo bền vững",
                "Ngày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch",
            ),
            (
                "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế",
                "Ngày 05 tháng 3 năm 2025, Chủ tịch UBND tỉnh đã làm việc với Sở Y tế. Chủ tịch",
            ),
        ] {
            let line = format!("{head} {title} {sentence} {tail}");
            let got = parts(&line, HEADER);
            assert!(got.iter().any(|p| p == title), "{got:#?}");
        }
        // A place-date, a date inside a sentence, a date with no comma: no cut there.
        let place = "Số: 23/TB-UBND Hà Nội, Ngày 22/01/2026, THÔNG BÁO Kết luận của Chủ tịch";
        for line in [
            format!("{head} {place} {tail}"),
            format!("{head} Kết luận của Chủ tịch tại cuộc họp từ ngày 22/01/2026, đến nay các sở đã làm. {tail}"),
            format!("{head} Kết luận của Chủ tịch tại cuộc họp Ngày 22/01/2026 là ngày họp. {tail}"),
        ] {
            let got = parts(&line, HEADER);
            assert!(!got.iter().any(|p| p.starts_with("Ngày 22/01/2026")), "{got:#?}");
        }
    }

    /// The enacting authority's heading run on between the trích yếu and the first căn cứ is
    /// a line of its own, however short (`CHÍNH PHỦ`) and whatever case the trích yếu has; an
    /// authority the title names (`… CỦA CHÍNH PHỦ`, `… VÀ ỦY BAN NHÂN DÂN CÁC HUYỆN`) stays
    /// in it.
    #[test]
    fn the_enacting_authority_before_the_first_can_cu() {
        let head = "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 13/NQ-CP Hà Nội, ngày 16 tháng 01 năm 2026 NGHỊ QUYẾT";
        let tail = "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; QUYẾT NGHỊ: Điều 1. Công bố Nghị định. Điều 2. Nghị quyết này có hiệu lực từ ngày ký. Nơi nhận: - Như Điều 2; - Lưu: VT. TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Hồ Đức Phớc";
        for (title, authority) in [
            (
                "VỀ VIỆC CÔNG BỐ NGHỊ ĐỊNH CỦA CHÍNH PHỦ QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ NGÂN QUỸ NHÀ NƯỚC TIẾP TỤC CÓ HIỆU LỰC",
                "CHÍNH PHỦ",
            ),
            ("Về việc công bố Nghị định tiếp tục có hiệu lực", "CHÍNH PHỦ"),
            (
                "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
            ),
            (
                "VỀ VIỆC GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2026",
                "THỦ TƯỚNG CHÍNH PHỦ",
            ),
        ] {
            let line = format!("{head} {title} {authority} {tail}");
            let got = parts(&line, HEADER);
            assert!(got.iter().any(|p| p == title), "{got:#?}");
            assert!(got.iter().any(|p| p == authority), "{got:#?}");
        }
        // A title that ends with the authority it names, no authority line: one line.
        for title in [
            "VỀ VIỆC PHÂN CẤP NHIỆM VỤ CHO SỞ TÀI CHÍNH VÀ ỦY BAN NHÂN DÂN CÁC HUYỆN",
            "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA CHÍNH PHỦ",
        ] {
            let line = format!("{head} {title} {tail}");
            let got = parts(&line, HEADER);
            assert!(got.iter().any(|p| p == title), "{got:#?}");
        }
    }

    /// A technical regulation after the signature of the circular that issues it: its code
    /// and its name in capitals are lines of their own; a code cited in a sentence stays.
    #[test]
    fn a_regulation_issued_with_the_document_after_its_signature() {
        let head = "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 51/2025/TT-BYT THÔNG TƯ Ban hành quy chuẩn Căn cứ Luật Tiêu chuẩn. Điều 1. Ban hành kèm theo Thông tư này QCVN 16-1:2025/BYT. Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Xuân Tuyên";
        for (code, name, after) in [
            (
                "QCVN 16-1:2025/BYT",
                "QUY CHUẨN KỸ THUẬT QUỐC GIA ĐỐI VỚI THUỐC LÁ ĐIẾU",
                "National technical regulation for cigarette (Kèm theo Thông tư số 51/2025/TT-BYT ngày 31 tháng 12 năm 2025 của Bộ Y tế) I. QUY ĐỊNH CHUNG",
            ),
            (
                "QCVN 01:2019/BCT",
                "QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ AN TOÀN SẢN XUẤT",
                "(Kèm theo Thông tư số 51/2025/TT-BYT ngày 31 tháng 12 năm 2025 của Bộ Y tế)",
            ),
            (
                "TCVN 5699-1:2010",
                "TIÊU CHUẨN QUỐC GIA VỀ THIẾT BỊ ĐIỆN GIA DỤNG",
                "Lời nói đầu TCVN 5699-1:2010 thay thế TCVN 5699-1:2004.",
            ),
        ] {
            let line = format!("{head} {code} {name} {after}");
            // In the closing's zone the signer's name is cut first: the code opens a piece.
            for zone in [BODY, CLOSING] {
                let got = parts(&line, zone);
                assert!(got.iter().any(|p| p == code), "{got:#?}");
                assert!(got.iter().any(|p| p == name), "{got:#?}");
            }
        }
        // A code in a sentence, with or without capitals after it: no cut.
        for sentence in [
            "Sản phẩm phải đáp ứng QCVN 16-1:2025/BYT về hàm lượng nicotin trong khói thuốc lá điếu.",
            "Áp dụng QCVN 16-1:2025/BYT. QUY ĐỊNH CHUNG về thuốc lá.",
        ] {
            let line = format!("{head} {sentence}");
            let got = parts(&line, BODY);
            assert!(!got.iter().any(|p| p.starts_with("QCVN")), "{got:#?}");
        }
    }

    /// Points written with a stop (`a.`, `b.`, a slip ND006 reports) open lines as `a)` does
    /// when `b.` follows, and so do sub-items numbered without a stop (`5.1` when `5.2`
    /// follows); a lone `a.` before a capital is left in its sentence.
    #[test]
    fn points_written_with_a_stop_open_lines() {
        let head = "SỞ CÔNG THƯƠNG TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1105/KH-ĐKT Lào Cai, ngày 05 tháng 3 năm 2026 KẾ HOẠCH Kiểm tra việc sử dụng vật liệu nổ công nghiệp I. MỤC ĐÍCH 1. Mục đích Bảo đảm an toàn.";
        let points = "3.5. Phương thức kiểm tra a. Thu thập tài liệu, báo cáo của đơn vị cung cấp; b. Kiểm tra, đối chiếu hồ sơ, tài liệu pháp lý với quy định pháp luật hiện hành. c. Kiểm tra thực tế tại hiện trường.";
        let got = parts(&format!("{head} {points}"), HEADER);
        for p in [
            "3.5. Phương thức kiểm tra",
            "a. Thu thập tài liệu, báo cáo của đơn vị cung cấp;",
            "b. Kiểm tra, đối chiếu hồ sơ, tài liệu pháp lý với quy định pháp luật hiện hành.",
            "c. Kiểm tra thực tế tại hiện trường.",
        ] {
            assert!(got.iter().any(|g| g == p), "{p:?} not a line of {got:#?}");
        }
        // A report's sub-items numbered without a stop (`5.1 Dự thảo …`).
        let report = "5. Về một số nội dung khác 5.1 Dự thảo Luật quy định phạm vi điều chỉnh chưa rõ. 5.2 Tách riêng quy định bổ nhiệm hiệu trưởng.";
        let got = parts(&format!("{head} {report}"), HEADER);
        for p in [
            "5. Về một số nội dung khác",
            "5.1 Dự thảo Luật quy định phạm vi điều chỉnh chưa rõ.",
        ] {
            assert!(got.iter().any(|g| g == p), "{p:?} not a line of {got:#?}");
        }
        let lone = "3.5. Phương thức kiểm tra theo nhóm a. Các đơn vị chủ động báo cáo.";
        let got = parts(&format!("{head} {lone}"), HEADER);
        assert!(!got.iter().any(|g| g.starts_with("a. ")), "{got:#?}");
    }

    /// A recipient whose name joins a unit to its parent body with a dash (`- Cục KSTTHC -
    /// VPCP;`) is one recipient, run together as on its own line; a heading in capitals before
    /// a dash still opens an item.
    #[test]
    fn a_dash_inside_a_recipients_name_opens_nothing() {
        let text = "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UBND Lai Châu, ngày 05 tháng 3 năm 2025 QUYẾT ĐỊNH Về việc công bố danh mục thủ tục hành chính Căn cứ Luật Tổ chức chính quyền địa phương; QUYẾT ĐỊNH: Điều 1. Công bố danh mục. Điều 2. Quyết định có hiệu lực từ ngày ký. Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./. Nơi nhận: - Như Điều 3; - Cục KSTTHC - VPCP; - Cục BTTP - Bộ Tư pháp; - Lưu: VT, Hcc6. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An";
        let got = parts(text, HEADER);
        for p in ["- Cục KSTTHC - VPCP;", "- Cục BTTP - Bộ Tư pháp;"] {
            assert!(got.iter().any(|g| g == p), "{p:?} not a line of {got:#?}");
        }
        let heading = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 11/KH-UBND KẾ HOẠCH Thực hiện Chỉ thị số 11 Căn cứ Chỉ thị số 11/CT-TTg. I. MỤC ĐÍCH - Nâng cao hiệu quả công tác.{} Nơi nhận: - Lưu: VT.",
            " Các sở, ngành thực hiện nhiệm vụ được giao.".repeat(4)
        );
        let got = parts(&heading, HEADER);
        assert!(
            got.iter()
                .any(|g| g.starts_with("- Nâng cao hiệu quả công tác.")),
            "{got:#?}"
        );
    }

    #[test]
    fn a_can_cu_after_a_no_break_space_opens_a_line() {
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 49/2025/QĐ-TTg QUYẾT ĐỊNH Giải thể Quỹ Bảo hộ công dân ở nước ngoài Căn cứ\u{a0}Luật Tổ chức Chính phủ số 63/2025/QH15; Căn cứ Nghị định số 78/2025/NĐ-CP; Theo đề nghị của Bộ trưởng Bộ Ngoại giao; QUYẾT ĐỊNH: Điều 1. Giải thể Quỹ.{}",
            " Điều 2. Quyết định này có hiệu lực từ ngày ký.".repeat(4)
        );
        let got = parts(&line, HEADER);
        assert!(
            got.iter()
                .any(|p| p.starts_with("Căn cứ\u{a0}Luật Tổ chức")),
            "{got:?}"
        );
    }

    #[test]
    fn a_roman_heading_run_on_with_its_sentence_is_two_lines() {
        let line = format!(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 11/KH-UBND KẾ HOẠCH Thực hiện Chỉ thị số 11 Căn cứ Chỉ thị số 11/CT-TTg. II. NHIỆM VỤ Các sở triển khai.{} III. KINH PHÍ THỰC HIỆN Nguồn kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước. Nơi nhận: - Lưu: VT.",
            " Các sở, ngành thực hiện nhiệm vụ được giao.".repeat(4)
        );
        let got = parts(&line, HEADER);
        assert!(
            got.contains(&"III. KINH PHÍ THỰC HIỆN".to_owned()),
            "{got:?}"
        );
        assert!(got.contains(&"II. NHIỆM VỤ".to_owned()), "{got:?}");
        // A note in brackets after the title stays with it.
        let noted = line.replace(
            "THỰC HIỆN Nguồn kinh phí",
            "THỰC HIỆN (tổng 8.000.000đ) Nguồn kinh phí",
        );
        let got = parts(&noted, HEADER);
        assert!(
            got.contains(&"III. KINH PHÍ THỰC HIỆN (tổng 8.000.000đ)".to_owned()),
            "{got:?}"
        );
        // The heading's number after it keeps its sentence (an OCR's `I.` for `1.`).
        let line = line.replace("THỰC HIỆN Nguồn kinh phí", "THỰC HIỆN I. Nguồn kinh phí");
        let got = parts(&line, HEADER);
        assert!(
            got.iter().any(|p| p.starts_with("I. Nguồn kinh phí")),
            "{got:?}"
        );
    }
}

/// Quotations inside a sentence that hold a colon.
#[cfg(test)]
mod quoted_colon_tests {
    use crate::recognize::anchors::test_support::*;

    /// A quotation inside a sentence that holds a field and its one-word value (`Phí, lệ phí:
    /// Không.`, as a thủ tục hành chính is written) runs to its closing mark: its points are
    /// its words. Only a heading's number after the colon (`I.`, `1.`) ends it there.
    #[test]
    fn a_field_and_its_value_inside_a_quotation_cut_nothing() {
        let head = "UBND TỈNH LÂM ĐỒNG SỞ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 141/TTr-STP Lâm Đồng, ngày 09 tháng 12 năm 2025 TỜ TRÌNH Về việc công bố thủ tục hành chính Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh. Sở Tư pháp trình như sau:";
        let text = format!("{head} 1. Cơ sở pháp lý: thủ tục đăng ký hội được sửa đổi tại điểm d và điểm đ như sau “d) Phí, lệ phí: Không. đ) Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ”. 2. Nội dung xin ý kiến: a) Tại Trung ương; b) Tại địa phương. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
        let got = parts(&text, HEADER);
        let starts = |p: &str| got.iter().any(|g| g.starts_with(p));
        assert!(!starts("đ) Thời hạn"), "{got:#?}");
        assert!(
            starts("2. Nội dung") && starts("b) Tại địa phương"),
            "{got:#?}"
        );
    }
}
