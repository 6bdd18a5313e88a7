use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::common::text::{excerpt, in_scan_noise, lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::words::is_space;

pub static RULE: Rule = Rule {
    code: "MA004",
    name: "space-before-punctuation",
    severity: Severity::Warning,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Có dấu cách trước dấu câu `, . ; : ) ? !`."),
    summary_en: docs!("Space before `, . ; : ) ? !`."),
    docs_vi: docs!("Theo quy tắc chính tả tiếng Việt, các dấu câu `, . ; : ) ? !` viết liền sau chữ đứng trước, \
sau dấu câu mới có dấu cách (`báo cáo, đề xuất`, không viết `báo cáo , đề xuất`). Dấu cách thừa trước dấu \
câu thường do gõ vội hoặc do sao chép, làm dấu câu có thể bị đẩy xuống đầu dòng khi dàn trang. Không báo: \
dấu kết thúc `./.`, dấu ba chấm hoặc dãy dấu chấm để trống (`ngày ... tháng`), khoảng trống trong ngoặc \
của dự thảo (`(      )`), dòng bắt đầu bằng dấu câu (và, trong văn bản dồn thành một dòng, dấu chấm than đứng riêng trước một chữ hoa, \
thường là số chú thích `1` bản quét đọc sai ở đầu dòng), dấu chấm hoặc hai chấm viết liền chữ phía sau \
(`.pdf`), dấu câu thừa đứng sau một dấu câu và một dấu cách (`- Như trên; :`, đó là dấu gõ thừa chứ không \
phải dấu cách đặt sai), dòng rác do nhận dạng ảnh (OCR) con dấu, chữ ký, dấu câu nằm giữa các vết rác OCR \
trên một dòng chữ (trong ba từ quanh nó có ký tự không gõ được như `‹ ® |` hoặc chữ lẫn số như `g1úp`), dấu \
câu trên dòng mà bản quét đọc giữa các vết rác (dòng bên cạnh có vết rác) và có chữ không ai gõ (`BachH`, \
`_P`, `SẲ`, một chữ hoa đứng riêng `G`), dấu \
câu trong đoạn chữ mà lớp văn bản của tệp PDF tách rời từng chữ cái (`m ô i t r ư ờ n g , x ử`), dấu \
hai chấm của nhãn `Số :`, `Nơi nhận :` (SO004, NN002 đã báo và sửa), dấu cách ngay sau số, ký hiệu của văn bản được \
viện dẫn trong bản chép từ trang web (`Quyết định số 4210/QĐ-BYT ;`: trang web gắn liên kết vào số, ký hiệu và bản chép \
để lại dấu cách ở chỗ liên kết kết thúc). Sửa an toàn: xóa các dấu cách trước dấu câu."),
    docs_en: docs!("In Vietnamese spelling the marks `, . ; : ) ? !` follow the preceding word without a space; \
the space comes after the mark (`báo cáo, đề xuất`, not `báo cáo , đề xuất`). A space before the mark \
usually comes from hasty typing or copy and paste, and lets the mark wrap to the start of a line. Not \
reported: the end mark `./.`, an ellipsis or a run of dots standing for a blank (`ngày ... tháng`), a \
draft's blank between brackets (`(      )`), a line that starts with a mark (and, in a document run together on one line, an exclamation mark standing alone \
before a capital, usually a scan's misread footnote `1` at a line's start), a period or colon written \
against the following word (`.pdf`), a stray mark after a mark and a space (`- Như trên; :`, a mark \
typed twice, not a space put before one), debris lines from OCR of seals and signatures, a mark among \
OCR specks on a line of text (within three words of it a character no one types, `‹ ® |`, or letters \
mixed with digits, `g1úp`), a mark on a line a scan read among its specks (the line beside it holds \
specks or is debris) that holds words no one types (`BachH`, `_P`, `SẲ`, a lone capital `G`), a mark in a run whose every letter a PDF's text layer set apart \
(`m ô i t r ư ờ n g , x ử`), the colon of the labels `Số :` and `Nơi nhận :` (SO004 and NN002 report and fix it), a space right after \
the number of a cited document in a copy of a web page (`Quyết định số 4210/QĐ-BYT ;`: the page links the \
number, and the copy keeps a space where the link ended). Safe fix: the spaces before the mark are deleted."),
    bad: docs!("Các đơn vị kịp thời báo cáo , đề xuất gửi Sở Khoa học và Công nghệ.\n"),
    good: docs!("Các đơn vị kịp thời báo cáo, đề xuất gửi Sở Khoa học và Công nghệ./.\n"),
    check: crate::rules::Check::Document(check),
};

// ---- The rule. ----

const MARKS: &[char] = &[',', '.', ';', ':', ')', '?', '!'];

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    // A copy of a web page keeps a space where a link on a cited number ended.
    let web_copy = ctx.doc.is_web_page_copy();
    for (line, span, t) in lines(ctx) {
        // Every finding is a mark right after a space; most lines have none.
        // The marks are found by vectorised searches.
        let after_space = |p: usize| t[..p].chars().next_back().is_some_and(is_space);
        let bytes = t.as_bytes();
        let spaced_mark = memchr::memchr3_iter(b',', b'.', b';', bytes).any(after_space)
            || memchr::memchr3_iter(b':', b')', b'?', bytes).any(after_space)
            || memchr::memchr_iter(b'!', bytes).any(after_space);
        // OCR of a seal or a signature: its marks are no typing.
        if !spaced_mark || ctx.is_debris(line) {
            continue;
        }
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            if !MARKS.contains(&c) {
                continue;
            }
            if in_scan_noise(ctx, line, i)
                || letter_spaced(ctx.tokens(line), i)
                || label_colon(ctx, line, span.start + i as u32)
            {
                continue;
            }
            // The spaces before the mark, and what precedes them.
            let mut j = k;
            while j > 0 && is_space(chars[j - 1].1) {
                j -= 1;
            }
            if j == k || j == 0 {
                continue;
            }
            // Run together on one line, a `!` standing alone before a capital may have opened a
            // line of its own (a scan's footnote mark `! Hội Công chứng …`), which this rule
            // leaves alone: the line breaks are lost, so is the finding.
            if ctx.doc.run_together && opens_a_sentence(&chars, k) {
                continue;
            }
            let gap = sub(span, chars[j].0, i - chars[j].0);
            if web_copy && follows_a_cited_number(ctx, gap.start) {
                continue;
            }
            let before = chars[j - 1].1;
            let next = chars.get(k + 1).map(|p| p.1);
            if excepted(c, before, next, &chars, k) {
                continue;
            }
            let shown = excerpt(t, chars[j].0, i + c.len_utf8());
            let mark = c.to_string();
            let fixed = format!(
                "{}{}",
                t.get(..chars[j].0)
                    .unwrap_or("")
                    .rsplit(' ')
                    .next()
                    .unwrap_or(""),
                mark
            );
            out.push(
                RULE.diag(
                    gap,
                    format!("Dấu cách trước dấu \"{mark}\": \"{shown}\"; viết liền \"{fixed}\"."),
                    format!(
                        "A space before \"{mark}\": \"{shown}\"; write \"{fixed}\" with no space."
                    ),
                )
                .with_fix(Fix::safe(
                    Message::new(
                        format!("Xóa dấu cách trước \"{mark}\""),
                        format!("Delete the space before \"{mark}\""),
                    ),
                    vec![Edit::delete(gap)],
                )),
            );
        }
    }
}

/// A web page links the numbers of the documents it cites, and a copy of it keeps a space
/// where each link ended (`Quyết định số 4210/QĐ-BYT ;`): the page's, not the author's.
fn follows_a_cited_number(ctx: &Ctx<'_>, at: u32) -> bool {
    ctx.doc
        .citations
        .iter()
        .filter_map(|c| c.code.or(c.number))
        .any(|number| number.end == at)
}

/// The mark at byte `at` of a line stands in a run whose every letter a PDF's text layer set
/// apart (`m ô i t r ư ờ n g , x ử`): the space before it is the layer's, not the author's.
fn letter_spaced(tokens: &[(usize, &str)], at: usize) -> bool {
    tokens
        .iter()
        .position(|&(o, _)| o == at)
        .is_some_and(|k| crate::text::spacing::letter_spaced(tokens, k))
}

/// The colon of a label whose own rule reports a space before it, with its fix: `Số :` (SO004),
/// `Nơi nhận :` (NN002).
fn label_colon(ctx: &Ctx<'_>, line: usize, at: u32) -> bool {
    let colon = match ctx.kind(line) {
        LineKind::So(p) => p.colon,
        LineKind::NoiNhan { colon, .. } => *colon,
        _ => None,
    };
    colon.is_some_and(|c| c.start == at)
}

/// The mark at `k` is an exclamation mark standing alone, a space after it and a capital
/// next (`Hồng ! Bắc Ninh`): what a scan reads for a footnote's `1` at a line's start. (A
/// lone `.` or `;` before a capital is a typing slip: `năm 2014 ; Nghị định`.)
fn opens_a_sentence(chars: &[(usize, char)], k: usize) -> bool {
    chars[k].1 == '!'
        && chars.get(k + 1).is_some_and(|p| is_space(p.1))
        && chars
            .get(k + 2)
            .is_some_and(|p| crate::text::fold::is_capital(p.1))
}

/// The marks that may follow a space.
fn excepted(c: char, before: char, next: Option<char>, chars: &[(usize, char)], k: usize) -> bool {
    let after = |n: usize| chars.get(k + n).map(|p| p.1);
    // A second mark after a mark and a space (`- Như trên; :`, `đơn vị trực thuộc sở; ,`, `| :`):
    // a stray mark (often OCR of a stamp's edge), not a space typed before its mark; joining
    // them (`trên;:`) would mend nothing.
    let stray = matches!(before, ',' | ';' | ':' | '|') || (before == '.' && c != '.');
    if stray && matches!(c, ',' | ';' | ':' | '.') {
        return true;
    }
    match c {
        '.' => {
            // `./.`, an ellipsis or a run of dots (a blank, spaced too: `ngày . . . tháng`),
            // `.pdf`, `.5`.
            next == Some('.')
                || (next == Some(' ') && after(2) == Some('.'))
                || (next == Some('/') && after(2) == Some('.'))
                || next.is_some_and(crate::text::fold::is_letter_or_digit)
                || before == '.'
                || before == '…'
        }
        ':' => next.is_some_and(crate::text::fold::is_letter_or_digit) || next == Some('/'),
        ')' => {
            // A draft's blank between brackets, `(   )` or `( ... )`.
            before == '(' || before == '.' || before == '…' || before == '_'
        }
        ',' | ';' => before == '.' || before == '…' || before == '_',
        _ => before == '(',
    }
}

#[cfg(test)]
mod family_tests {
    use crate::config::Config;
    use crate::rules::REGISTRY;

    fn codes(code: &str, text: &str) -> Vec<&'static str> {
        let config = Config {
            select: vec![code.to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| *c != "DOC003")
            .collect()
    }

    /// The registry's example tests, for the MA family alone.
    #[test]
    fn ma_examples_give_exactly_their_rule() {
        for r in REGISTRY
            .iter()
            .filter(|r| r.code.starts_with("MA") && r.code != "MA002")
        {
            let bad = codes(r.code, r.bad);
            assert!(!bad.is_empty(), "{}: bad example gives nothing", r.code);
            assert!(bad.iter().all(|c| *c == r.code), "{}: {bad:?}", r.code);
            assert!(
                codes(r.code, r.good).is_empty(),
                "{}: good gives a finding",
                r.code
            );
            for s in [r.summary_vi, r.summary_en] {
                assert!(s.len() > 10 && !s.contains("TODO"), "{}", r.code);
            }
            // The explanations are checked with the registry (rules::registry_tests).
            let report = crate::check_str(r.bad, &Config::default());
            for d in report.diagnostics.iter().filter(|d| d.code == r.code) {
                for f in &d.fixes {
                    assert!(f.is_well_formed(), "{}: malformed fix {f:?}", d.code);
                }
            }
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        let odd = "\u{301}\u{300} ( ) “ \" ] ,. ; ::..  \u{feff} Сố ddaauf a,b x.Y  \u{323}\n\t(\n";
        for r in REGISTRY.iter().filter(|r| r.code.starts_with("MA")) {
            let _ = codes(r.code, odd);
            let _ = codes(r.code, "");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn count(text: &str) -> usize {
        let config = Config {
            select: vec!["MA004".to_owned()],
            ..Config::default()
        };
        let report = crate::check_str(text, &config);
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "MA004")
            .count()
    }

    #[test]
    fn ocr_debris_lines_are_no_typing() {
        // OCR of a seal beside the signature: marks of a picture, not a space typed before them.
        assert_eq!(count("2 LÄ Lá ^ ˆ ` ` ~ ./ Lá HẠ .. 7”, %\n"), 0);
        assert_eq!(count("- ` : - „_ Phụ lụcH -\n"), 0);
        // Typed text with the same slip is reported.
        assert_eq!(count("Các đơn vị thực hiện , báo cáo kết quả .\n"), 2);
    }

    /// Run together on one line, a lone mark before a capital may be one that opened a line
    /// (a scan's footnote mark): left alone, as at a line's start; a mark within a sentence
    /// is still reported.
    #[test]
    fn a_lone_mark_before_a_capital_in_a_document_run_together() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Giao Sở Tư pháp hướng dẫn tổ chức đại hội.",
            "! Bắc Ninh, Đà Nẵng, Quảng Ngãi đã tổ chức đại hội.",
        ]);
        lines.extend_from_slice(&crate::test_corpus::DECISION_CLOSE[1..]);
        assert_eq!(count(&(lines.join("\n") + "\n")), 0);
        let one_line = crate::test_corpus::run_together(&lines);
        assert_eq!(count(&one_line), 0);
        let slip = one_line.replace("tổ chức đại hội.", "tổ chức đại hội , báo cáo kết quả.");
        assert_eq!(count(&slip), 2);
        // A lone stop before a capital is a typing slip, run together or not.
        let stop = one_line.replace(
            "hướng dẫn tổ chức đại hội.",
            "hướng dẫn tổ chức đại hội . Sở Tư pháp báo cáo.",
        );
        assert_eq!(count(&stop), 1);
    }
    /// A copy of a web page keeps a space where the link on a cited number ended; the same
    /// space typed in an agency's own text is a slip.
    #[test]
    fn a_space_after_a_linked_number_in_a_web_copy() {
        let lines = crate::test_corpus::decision(&[
            "Điều 1. Mã hóa theo Bảng 1 ban hành kèm theo Quyết định số 4210/QĐ-BYT ngày 20 tháng 9 năm 2017 của Bộ trưởng Bộ Y tế ; ghi mức hưởng theo Quyết định số 4210/QĐ-BYT ;",
            "Điều 2. Chọn mục Trái tuyến của bảng kê ban hành kèm theo Quyết định 6556/QĐ-BYT .",
        ]);
        let own = lines.join("\n") + "\n";
        assert_eq!(count(&own), 3);
        let page = format!("Trang chủ\n>\nVăn bản pháp luật\nTải về\n{own}");
        assert!(crate::parse(&page).document.is_web_page_copy());

        // The space after `Bộ Y tế` is no link's: still reported.
        assert_eq!(count(&page), 1);
    }
}

/// Tests added for the mutation sample (docs/mutation-testing.md).
#[cfg(test)]
mod blank_tests {
    use crate::config::Config;

    fn count(text: &str) -> usize {
        let config = Config {
            select: vec!["MA004".to_owned()],
            ..Config::default()
        };
        crate::check_str(text, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "MA004")
            .count()
    }

    /// A form's blank to fill in, a run of dots or an ellipsis, then the sentence's period
    /// after a space: the period closes the blank, it was not typed after a word.
    #[test]
    fn a_period_after_a_blank_of_dots_or_an_ellipsis() {
        assert_eq!(
            count("Họ và tên người đề nghị: ................................ .\n"),
            0
        );
        assert_eq!(count("Địa điểm tổ chức hội nghị: … .\n"), 0);
        // After a word, the same space is a slip.
        assert_eq!(count("Các đơn vị báo cáo kết quả .\n"), 1);
        // A blank of spaced dots, its first dot after the word as well as the others.
        assert_eq!(count("Hà Nội, ngày . . . tháng . . . năm 2025\n"), 0);
    }
}
