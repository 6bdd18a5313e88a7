use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::header::header_so;
use crate::rules::common::text::preview;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::fold::fold_case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "SO004",
    name: "so-format",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.3",
    default_on: true,
    summary_vi: docs!("Dòng số, ký hiệu sai dạng: thiếu dấu hai chấm sau `Số`, có dấu cách quanh `/` hoặc `-` \
(`1894 /TB-SCT`, `/TTr - UBND`), ký hiệu viết thường, sai dấu phân cách."),
    summary_en: docs!("Malformed line: missing colon after `Số`, spaces around `/` or `-` (`1894 /TB-SCT`, \
`/TTr - UBND`), lower-case ký hiệu, wrong separators."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP (ô số 3): từ \"Số\" viết in thường (chữ S hoa), có dấu \
hai chấm; giữa số và ký hiệu là dấu gạch chéo `/`, giữa các nhóm chữ viết tắt là dấu gạch nối `-`, \
không có dấu cách (`Số: 05/QĐ-UBND`, không viết `Số: 05 / QĐ - UBND`); ký hiệu viết in hoa. Quy tắc báo: \
thiếu dấu hai chấm hoặc dùng dấu chấm (`Số 05/…`, `Số. 05/…`), `SỐ:` in hoa, thiếu dấu cách sau dấu hai \
chấm, dấu cách trước hoặc sau `/` (`1894 /TB-SCT`), dấu cách quanh dấu nối (`TTr - UBND`), dấu \
phân cách sai giữa các nhóm (`–`, `_`, `/`), ký hiệu viết thường (`qđ-ubnd`, `Kh`), dấu chấm cuối ký \
hiệu. Được chấp nhận: chữ thường trong các chữ viết tắt chuẩn (`QyĐ`, `CTr`, `TTr`, `TrS`, `TTg`) và \
trong các nhóm có chữ hoa mà không phải chữ viết tắt đã biết; khoảng trống của dự thảo (`Số:      \
/KH-UBND`). Sửa an toàn: viết lại dòng đúng dạng, không đổi số và chữ viết tắt. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày dòng `Số:` (ngoài nhóm năm của số, xem QP001) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I of ND30 (box 3): the word \"Số\" (capital S, rest lower case) takes a colon; a \
slash `/` joins the number and the code, a hyphen `-` joins the code's groups, with no spaces \
(`Số: 05/QĐ-UBND`, not `Số: 05 / QĐ - UBND`); the code is in capitals. Reported: missing colon or a \
period instead (`Số 05/…`, `Số. 05/…`), `SỐ:` in capitals, no space after the colon, a space before or \
after the slash (`1894 /TB-SCT`), spaces around a hyphen (`TTr - UBND`), wrong separators between \
groups (`–`, `_`, `/`), a lower-case code (`qđ-ubnd`, `Kh`), a period after the code. Accepted: the \
lower-case letters of standard abbreviations (`QyĐ`, `CTr`, `TTr`, `TrS`, `TTg`) and of groups that have \
capitals and are not a known abbreviation; a draft's blank (`Số:      /KH-UBND`). Safe fix: rewrite the \
line in the right form, keeping the number and the abbreviations. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the `Số:` line (the number's year group aside: QP001) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Số: 1894 /TB-SCT\n"),
    good: docs!("Số: 1894/TB-SCT\n"),
    check: crate::rules::Check::Document(check),
};

/// Abbreviations written with lower-case letters on purpose.
const MIXED_CASE: &[&str] = &["QyĐ", "CTr", "TTr", "TrS", "TTg", "TTh", "QĐi"];

/// Abbreviations whose capitalised form is certain (`Kh` → `KH`, `Ubnd` → `UBND`).
const KNOWN_UPPER: &str = "UBND|HĐND|VP|BCĐ|MTTQ";

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some((i, p)) = header_so(ctx) else { return };
    let text = ctx.text;
    let line = ctx.line(i).span;
    let mut edits: Vec<Edit> = Vec::new();
    let mut vi: Vec<&str> = Vec::new();
    let mut en: Vec<&str> = Vec::new();

    // `Số`, in this case.
    if ctx.s(p.word) != "Số" {
        edits.push(Edit::replace(p.word, "Số"));
        vi.push("chữ \"Số\" viết hoa chữ đầu, còn lại thường");
        en.push("\"Số\" is written with a capital S only");
    }
    // The colon, then one space before the number.
    let after_word = p.colon.map_or(p.word.end, |c| c.end);
    let next = p.number.or(p.blank).or(p.slash).map(|s| s.start);
    let needs_space = p.number.is_some() && next == Some(after_word);
    match p.colon {
        None => {
            let ins = if needs_space { ": " } else { ":" };
            edits.push(Edit::insert(p.word.end, ins));
            vi.push("thiếu dấu hai chấm sau \"Số\"");
            en.push("no colon after \"Số\"");
        }
        Some(c) => {
            if c.start > p.word.end {
                edits.push(Edit::delete(Span::new(p.word.end, c.start)));
                vi.push("có dấu cách trước dấu hai chấm");
                en.push("a space before the colon");
            }
            if ctx.s(c) != ":" {
                edits.push(Edit::replace(c, ":"));
                vi.push("sau \"Số\" phải là dấu hai chấm");
                en.push("\"Số\" is followed by a colon");
            }
            if needs_space {
                edits.push(Edit::insert(c.end, " "));
                vi.push("thiếu dấu cách sau dấu hai chấm");
                en.push("no space after the colon");
            }
        }
    }
    // No space between the number and the slash, nor after the slash.
    if let (Some(num), Some(slash)) = (p.number, p.slash) {
        let gap = Span::new(num.end, slash.start);
        if p.blank.is_none() && slash.start > num.end {
            let between = gap.of(text);
            if between.trim().is_empty() {
                edits.push(Edit::delete(gap));
                vi.push("có dấu cách trước dấu \"/\"");
                en.push("a space before the slash");
            } else if between.contains(char::is_whitespace) {
                // Only the spaces go: `113 -11/` (number-month) and `257 1/` keep every figure.
                let mut at = gap.start;
                for piece in between.split_inclusive(|c: char| !c.is_whitespace()) {
                    let spaces = piece.trim_end_matches(|c: char| !c.is_whitespace());
                    if !spaces.is_empty() {
                        edits.push(Edit::delete(Span::new(at, at + spaces.len() as u32)));
                    }
                    at += piece.len() as u32;
                }
                vi.push("có dấu cách trong số");
                en.push("a space inside the number");
            }
        }
    }
    if let (Some(slash), Some(first)) = (p.slash, p.parts.first()) {
        if first.start > slash.end {
            edits.push(Edit::delete(Span::new(slash.end, first.start)));
            vi.push("có dấu cách sau dấu \"/\"");
            en.push("a space after the slash");
        }
    }
    // Separators between groups: a bare hyphen (a slash next to a number is kept).
    let mut spaced = false;
    let mut wrong_sep = false;
    for (k, pair) in p.parts.windows(2).enumerate() {
        let gap = Span::new(pair[0].end, pair[1].start);
        let actual = gap.of(text);
        let sep = p.separators.get(k).map_or("-", |s| s.of(text));
        let numeric = |s: &Span| s.of(text).bytes().all(|b| b.is_ascii_digit());
        let want = if sep == "/" && (numeric(&pair[0]) || numeric(&pair[1])) {
            "/"
        } else {
            "-"
        };
        if actual != want {
            spaced |= actual.trim() != actual;
            wrong_sep |= actual.trim() != want;
            edits.push(Edit::replace(gap, want));
        }
    }
    if spaced {
        vi.push("có dấu cách quanh dấu nối giữa các nhóm chữ viết tắt");
        en.push("spaces around the hyphen between groups");
    }
    if wrong_sep {
        vi.push("các nhóm chữ viết tắt nối bằng dấu gạch nối \"-\"");
        en.push("groups are joined by a hyphen \"-\"");
    }
    // Case of each group, and a period after the last one.
    let mut lower = false;
    for (k, part) in p.parts.iter().enumerate() {
        let s = ctx.s(*part);
        let body = if k + 1 == p.parts.len() {
            let trimmed = s.trim_end_matches('.');
            if trimmed.len() < s.len() && !trimmed.is_empty() {
                let at = part.start + trimmed.len() as u32;
                edits.push(Edit::delete(Span::new(at, part.end)));
                vi.push("thừa dấu chấm sau ký hiệu");
                en.push("a period after the code");
            }
            trimmed
        } else {
            s
        };
        if let Some(want) = recased(body) {
            let span = Span::new(part.start, part.start + body.len() as u32);
            edits.push(Edit::replace(span, want));
            lower = true;
        }
    }
    if lower {
        vi.push("ký hiệu phải viết in hoa");
        en.push("the code is written in capitals");
    }
    if edits.is_empty() {
        return;
    }
    let original = ctx.s(line);
    let fixed = preview(text, line, &edits);
    out.push(
        RULE.diag(
            line,
            format!(
                "Số, ký hiệu viết sai dạng ({}): \"{original}\"; đúng là \"{fixed}\".",
                vi.join("; ")
            ),
            format!(
                "Malformed number and code ({}): \"{original}\"; expected \"{fixed}\".",
                en.join("; ")
            ),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết \"{fixed}\""), format!("Write \"{fixed}\"")),
            edits,
        )),
    );
}

/// The capitalised form of a ký hiệu group written in lower case, when it is certain.
fn recased(group: &str) -> Option<String> {
    if !group.chars().any(crate::text::fold::is_lower) {
        return None;
    }
    let folded = fold_case(group);
    if let Some(m) = MIXED_CASE.iter().find(|m| fold_case(m) == folded) {
        return (*m != group).then(|| (*m).to_owned());
    }
    let upper: String = group.chars().map(case::upper).collect();
    let all_lower = !group.chars().any(crate::text::fold::is_capital);
    let known = crate::model::doctype::by_abbr(&upper).is_some()
        || crate::model::doctype::COPY_ABBRS.contains(&upper.as_str())
        || KNOWN_UPPER.split('|').any(|k| k == upper);
    (all_lower || known).then_some(upper)
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// The English messages of the rule's findings on `text`.
    fn messages(text: &str) -> Vec<String> {
        let config = Config {
            select: vec!["SO004".to_owned()],
            ..Config::default()
        };
        let report = crate::check_str(text, &config);
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "SO004")
            .map(|d| d.message.en.clone())
            .collect()
    }

    /// The message names what is wrong between the groups: spaces, or a separator other than
    /// the hyphen, and not the one that is not there.
    #[test]
    fn the_message_says_what_is_wrong_between_the_groups() {
        let spaced = messages("Số: 05/KH - UBND\n");
        assert_eq!(spaced.len(), 1, "{spaced:?}");
        assert!(
            spaced[0].contains("(spaces around the hyphen between groups)"),
            "{spaced:?}"
        );
        let dashed = messages("Số: 05/KH–UBND\n");
        assert_eq!(dashed.len(), 1, "{dashed:?}");
        assert!(
            dashed[0].contains("(groups are joined by a hyphen \"-\")"),
            "{dashed:?}"
        );
        assert!(!dashed[0].contains("spaces"), "{dashed:?}");
    }
}
