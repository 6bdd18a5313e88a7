use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::common::text::{lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use memchr::memmem::Finder;

pub static RULE: Rule = Rule {
    code: "MA013",
    name: "confusable-word",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Từ viết sai chính tả mà từ điển đều coi là sai (`sát nhập` → `sáp nhập`)."),
    summary_en: docs!("A misspelling that dictionaries agree is wrong (`sát nhập` → `sáp nhập`)."),
    docs_vi: docs!("Một số từ hay bị viết sai vì phát âm địa phương không phân biệt `s`/`x`, `ch`/`tr`, hỏi/ngã: \
`sát nhập` (đúng: `sáp nhập`), `sử lý` (`xử lý`), `bổ xung` (`bổ sung`), `năng xuất` (`năng suất`), \
`đề suất` (`đề xuất`), `cập nhập` (`cập nhật`), `tập chung` (`tập trung`), `chuẩn đoán` (`chẩn đoán`), \
`nghành` (`ngành`)… Danh sách nhỏ, mỗi mục có nguồn (từ điển, trang hướng dẫn chính tả) ghi trong mã \
nguồn, chỉ gồm những cách viết chắc chắn sai. Không báo: biến thể từ điển chấp nhận (`xẩy ra`, `hàng \
năm`, `sơ xuất`), cặp hai từ đều có nghĩa (`giành`/`dành`), và khi hai chữ thuộc hai từ khác nhau đứng \
cạnh nhau (`giám sát nhập khẩu`, `khả năng xuất khẩu`). So khớp nguyên từ, đúng dấu, không phân biệt \
hoa thường. Sửa không an toàn: thay bằng cách viết đúng."),
    docs_en: docs!("Some words are often misspelt because regional speech does not tell `s` from `x`, `ch` \
from `tr`, hỏi from ngã: `sát nhập` (right: `sáp nhập`), `sử lý` (`xử lý`), `bổ xung` (`bổ sung`), \
`năng xuất` (`năng suất`), `đề suất` (`đề xuất`), `cập nhập` (`cập nhật`), `tập chung` (`tập trung`), \
`chuẩn đoán` (`chẩn đoán`), `nghành` (`ngành`)… The list is small, each entry with its source (a \
dictionary, a spelling guide) in the source code, and holds only spellings that are certainly wrong. Not \
reported: variants dictionaries accept (`xẩy ra`, `hàng năm`, `sơ xuất`), pairs of two real words \
(`giành`/`dành`), and two words of two different words side by side (`giám sát nhập khẩu`, `khả năng \
xuất khẩu`). Whole words, tone-exact, any case. Unsafe fix: the right spelling instead."),
    bad: docs!("Về việc sát nhập các xã.\n"),
    good: docs!("Về việc sáp nhập các xã; giám sát nhập khẩu.\n"),
    check: crate::rules::Check::Document(check),
};

/// One misspelling a line: `wrong;right;not_after;not_before`. The last two are the words that,
/// right before or right after it (a space between), show two other words meeting (`giám sát |
/// nhập khẩu`, `khả năng | xuất khẩu`), space-separated. One string rather than an array of
/// strings: the WASM engine has a size budget. Sources, one for each entry:
/// - `sát nhập`: <https://quantrimang.com/cuoc-song/sat-nhap-hay-sap-nhap-185405>
/// - `sử lý`: <https://nghengu.vn/tieng-nghe-cua-toi/xu-ly-hay-su-ly-1461.html>
/// - `xử dụng`: <https://2khoe.com/xu-ly-hay-su-ly.html>
/// - `bổ xung`: <https://sachhay24h.com/bo-sung-hay-bo-xung-tu-nao-moi-dung-chinh-ta-tieng-viet-a1558.html>
/// - `năng xuất`: <https://loichinhta.com/nang-xuat-hay-nang-suat-tu-nao-dung-chinh-ta>
/// - `đề suất`: <https://tuyengiaothudo.vn/de-xuat-hay-de-suat-dung-chinh-ta-vi-sao-nhieu-nguoi-viet-sai>
/// - `sản suất`: <https://adayrui.com/san-xuat-hay-san-suat-tu-nao-dung-chinh-ta-tieng-viet/>
/// - `chuẩn đoán`: <https://www.muazi.vn/chan-doan-hay-chuan-doan/>
/// - `cập nhập`: <https://chinhta.org/cap-nhat-hay-cap-nhap>
/// - `tập chung`: <https://chinhta.org/tap-trung-hay-tap-chung>
/// - `chỉnh chu`: <https://tripi.vn/blog/vi/doi-song/chin-chu-hay-chinh-chu-dau-moi-la-cach-viet-dung-chinh-ta-tripi>
/// - `nổ lực`: <https://cauhon.com/no-luc-hay-no-luc-tim-hieu-tu-nao-viet-dung-chinh-ta-tieng-viet>
/// - `sẳn sàng`: <https://chinhta.org/san-sang-hay-san-sang>
/// - `nghành`: <https://vntrade.edu.vn/?p=8016>
const CONFUSABLES: &str = "\
sát nhập;sáp nhập;giám kiểm khảo quan cảnh trinh bám áp;khẩu cảnh học liệu cư ngũ viện kho tịch môn siêu hàng tâm cuộc
sử lý;xử lý;lịch tiểu dã quốc;do luận lịch thuyết tưởng giải
xử dụng;sử dụng;;cụ ý
bổ xung;bổ sung;;quanh đột kích phong khắc lực
năng xuất;năng suất;khả chức tiềm kỹ kĩ tài hiệu tính công bản điện;khẩu hiện bản phát cảnh hàng xứ trình ra sắc kho nhập
đề suất;đề xuất;vấn chủ tiêu đầu câu;ăn cơm học đầu
sản suất;sản xuất;;ăn cơm học đầu lợi
chuẩn đoán;chẩn đoán;tiêu quy;
cập nhập;cập nhật;đề truy tiếp;khẩu cảnh học liệu cư ngũ viện kho tịch môn hàng tâm
tập chung;tập trung;học luyện bài thực tuyển biên sưu ôn toàn;cư kết khảo thẩm sức
chỉnh chu;chỉn chu;điều hiệu;kỳ kì trình vi đáo toàn
nổ lực;nỗ lực;;lượng
sẳn sàng;sẵn sàng;;
nghành;ngành;;";

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    // The entries, split once per check rather than once per line: (wrong's words, right, not
    // after, not before, where wrong's first word occurs in the folded text). Each first word
    // is looked for in the whole folded text once (vectorised, where `str::contains` had no
    // SIMD path on wasm32), every occurrence kept, overlapping ones too: the lines then ask a
    // binary search instead of searching themselves for every entry. Only the entries found
    // somewhere are kept: most documents hold none of them.
    let whole = ctx.folded_text().as_bytes();
    type Entry<'e> = (Vec<&'e str>, &'e str, &'e str, &'e str, Vec<usize>);
    let entries: Vec<Entry<'_>> = CONFUSABLES
        .lines()
        .filter_map(|entry| {
            let mut fields = entry.split(';');
            let wrong: Vec<&str> = fields.next()?.split(' ').collect();
            let first = Finder::new(wrong[0]);
            let mut occurrences = Vec::new();
            let mut from = 0;
            while let Some(at) = whole.get(from..).and_then(|rest| first.find(rest)) {
                occurrences.push(from + at);
                from += at + 1;
            }
            if occurrences.is_empty() {
                return None;
            }
            Some((
                wrong,
                fields.next()?,
                fields.next()?,
                fields.next()?,
                occurrences,
            ))
        })
        .collect();
    if entries.is_empty() {
        return;
    }
    for (i, span, text) in lines(ctx) {
        let words = ctx.words(i);
        // The line folded to small letters, at the same offsets: entries are in small letters.
        let folded = ctx.folded_line(i);
        let word_is = |j: usize, lower: &str| {
            let (at, w) = words[j];
            folded.get(at..at + w.len()) == Some(lower)
        };
        // Word `j` follows word `j - 1` after spaces only (no punctuation between them).
        let joined = |j: usize| {
            j > 0
                && j < words.len()
                && text[words[j - 1].0 + words[j - 1].1.len()..words[j].0]
                    .bytes()
                    .all(|c| c == b' ')
        };
        let is_one_of = |j: usize, list: &str| list.split(' ').any(|v| word_is(j, v));
        for &(ref wrong, right, not_after, not_before, ref occurrences) in &entries {
            // The words of the line that are the entry's first word: an occurrence of it in the
            // folded text that starts a word of its length. Most entries are nowhere in the
            // line, and most words of a line that holds one are not it.
            let (line_start, line_end) = (span.start as usize, span.end as usize);
            let n = wrong.len();
            let first_len = wrong[0].len();
            let from = occurrences.partition_point(|&at| at < line_start);
            let starts = occurrences[from..]
                .iter()
                .take_while(|&&at| at + first_len <= line_end)
                .filter_map(|&at| words.binary_search_by_key(&(at - line_start), |w| w.0).ok())
                .filter(|&k| words[k].1.len() == first_len && k + n <= words.len());
            for k in starts {
                let last = k + n - 1;
                let matched = (1..n).all(|j| word_is(k + j, wrong[j]) && joined(k + j));
                if !matched
                    || (joined(k) && is_one_of(k - 1, not_after))
                    || (joined(last + 1) && is_one_of(last + 1, not_before))
                {
                    continue;
                }
                let (start, end) = (words[k].0, words[last].0 + words[last].1.len());
                let found = &text[start..end];
                let fixed = in_case_of(found, right);
                let span_w = sub(span, start, end - start);
                out.push(
                    RULE.diag(
                        span_w,
                        format!("\"{found}\" viết sai chính tả; viết \"{fixed}\"."),
                        format!("\"{found}\" is misspelt; write \"{fixed}\"."),
                    )
                    .with_fix(Fix::unsafe_(
                        Message::new(format!("Viết \"{fixed}\""), format!("Write \"{fixed}\"")),
                        vec![Edit::replace(span_w, fixed)],
                    )),
                );
            }
        }
    }
}

/// `right` written in the case of `found`: all capitals, a capital first, or small letters.
fn in_case_of(found: &str, right: &str) -> String {
    let all = crate::text::fold::is_upper(found) && found.chars().nth(1).is_some();
    let mut out = String::with_capacity(right.len());
    for c in right.chars() {
        if all || (out.is_empty() && found.starts_with(crate::text::fold::is_capital)) {
            out.push(case::upper(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_small_letters_in_four_fields() {
        let mut n = 0;
        for line in CONFUSABLES.lines() {
            let fields: Vec<&str> = line.split(';').collect();
            assert_eq!(fields.len(), 4, "{line}");
            for s in &fields {
                assert_eq!(*s, s.to_lowercase(), "{s}");
                assert_eq!(*s, crate::text::normalization::nfc(s), "{s}");
            }
            assert_ne!(fields[0], fields[1]);
            assert_eq!(
                fields[0].split(' ').count(),
                fields[1].split(' ').count(),
                "{line}: the fix keeps the word count"
            );
            n += 1;
        }
        assert_eq!(n, 14);
    }

    /// The spans MA013 finds in a text.
    fn found(text: &str) -> Vec<String> {
        crate::rules::test_support::covered("MA013", text)
    }

    /// The lines are matched from where the entries' first words occur in the whole text: an
    /// occurrence inside a word (`nghành` in `Ngnghành`), in another line, or cut by the line's
    /// end is none of the line's words; every word that is one is found, in order.
    #[test]
    fn entries_are_found_where_their_first_word_starts_a_word() {
        let text = "Giám sát nhập khẩu hàng hóa; việc sát\nnhập các xã, Sát nhập các huyện.\n\
                    Các nghành, ngnghành và NGHÀNH nghề; khả năng xuất khẩu.\n\
                    Tập chung nguồn lực, tập chung.\n";
        assert_eq!(
            found(text),
            ["Sát nhập", "nghành", "NGHÀNH", "Tập chung", "tập chung"]
        );
    }

    #[test]
    fn case_follows_the_text() {
        assert_eq!(in_case_of("SÁT NHẬP", "sáp nhập"), "SÁP NHẬP");
        assert_eq!(in_case_of("Sát nhập", "sáp nhập"), "Sáp nhập");
        assert_eq!(in_case_of("sát nhập", "sáp nhập"), "sáp nhập");
    }
}
