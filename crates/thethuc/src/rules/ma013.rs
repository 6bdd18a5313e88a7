use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::rules::ma004::{lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "MA013",
    name: "confusable-word",
    severity: Severity::Warning,
    fix: FixAvailability::Unsafe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "—",
    default_on: true,
    summary_vi: "Từ viết sai chính tả thường gặp trong văn bản hành chính mà từ điển và sách hướng dẫn \
chính tả đều coi là sai (`sát nhập` → `sáp nhập`, `bổ xung` → `bổ sung`).",
    summary_en: "A well-attested misspelling in official writing that dictionaries and spelling guides \
agree is wrong (`sát nhập` → `sáp nhập`, `bổ xung` → `bổ sung`).",
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
    bad: "Về việc sát nhập các đơn vị hành chính cấp xã.\n",
    good: "Về việc sáp nhập các đơn vị hành chính cấp xã; giám sát nhập khẩu, khả năng xuất khẩu.\n",
    check,
};

/// (wrong, right, not_after, not_before): the misspelling and its right spelling; the words that,
/// right before or right after it, show two other words meeting (`giám sát | nhập khẩu`),
/// `|`-separated. Each entry's source is the comment above it.
const CONFUSABLES: &[(&str, &str, &str, &str)] = &[
    // https://quantrimang.com/cuoc-song/sat-nhap-hay-sap-nhap-185405
    ("sát nhập", "sáp nhập", "giám|kiểm|khảo|quan|cảnh|trinh|thanh|bám|áp|sát", "khẩu|cảnh|học|liệu|cư|ngũ|viện|kho|tịch|môn|siêu|hàng|vai|tâm|cuộc|trạch|gia"),
    // https://nghengu.vn/tieng-nghe-cua-toi/xu-ly-hay-su-ly-1461.html
    ("sử lý", "xử lý", "lịch|tiểu|dã|chính|quốc|thanh|ngoại|nội|văn|sách", "do|luận|lịch|thuyết|tưởng|trí|giải|tính|sự|lẽ|học"),
    // https://2khoe.com/xu-ly-hay-su-ly.html
    ("xử dụng", "sử dụng", "", "cụ|ý|tâm|võ|binh"),
    // https://sachhay24h.com/bo-sung-hay-bo-xung-tu-nao-moi-dung-chinh-ta-tieng-viet-a1558.html
    ("bổ xung", "bổ sung", "", "quanh|đột|kích|phong|yếu|khắc|lực|điện|động|thiên"),
    // https://loichinhta.com/nang-xuat-hay-nang-suat-tu-nao-dung-chinh-ta
    ("năng xuất", "năng suất", "khả|chức|tiềm|kỹ|kĩ|tài|công|hiệu|tính|động|thế|điện|nhiệt|quang|siêu|bản|toàn|đa|vô|năng|thực|trí|cơ", "khẩu|hiện|bản|phát|cảnh|hàng|xứ|kho|quỹ|trình|ngũ|viện|toán|huyết|kích|thân|chúng|sứ|xưởng|sắc|ra|vốn|hoá|hóa|xử|nhập|siêu|biên"),
    // https://tuyengiaothudo.vn/de-xuat-hay-de-suat-dung-chinh-ta-vi-sao-nhieu-nguoi-viet-sai
    ("đề suất", "đề xuất", "vấn|chủ|tiêu|đầu|nhan|luận|mệnh|câu|tiền|chuyên|nan|đề", "ăn|cơm|học|đầu|vốn|sinh"),
    // https://adayrui.com/san-xuat-hay-san-suat-tu-nao-dung-chinh-ta-tieng-viet/
    ("sản suất", "sản xuất", "", "ăn|cơm|học|đầu|vốn|sinh|lợi"),
    // https://www.muazi.vn/chan-doan-hay-chuan-doan/
    ("chuẩn đoán", "chẩn đoán", "tiêu|quy|hiệu|chuẩn", ""),
    // https://chinhta.org/cap-nhat-hay-cap-nhap
    ("cập nhập", "cập nhật", "đề|truy|tiếp", "khẩu|cảnh|học|liệu|cư|ngũ|viện|kho|tịch|môn|siêu|hàng|vai|tâm|cuộc|gia"),
    // https://chinhta.org/tap-trung-hay-tap-chung
    ("tập chung", "tập trung", "học|luyện|bài|thực|tuyển|biên|sưu|rèn|ôn|tự|toàn|tổng|thao|diễn", "cư|kết|khảo|thẩm|quy|sức|tay|vốn"),
    // https://tripi.vn/blog/vi/doi-song/chin-chu-hay-chinh-chu-dau-moi-la-cach-viet-dung-chinh-ta-tripi
    ("chỉnh chu", "chỉn chu", "điều|hiệu|tu|cân", "kỳ|kì|trình|vi|đáo|toàn|niên|du"),
    // https://cauhon.com/no-luc-hay-no-luc-tim-hieu-tu-nao-viet-dung-chinh-ta-tieng-viet
    ("nổ lực", "nỗ lực", "", "lượng"),
    // https://chinhta.org/san-sang-hay-san-sang
    ("sẳn sàng", "sẵn sàng", "", ""),
    // https://chinhta.org/sua-chua-hay-sua-chua
    ("sữa chữa", "sửa chữa", "", "bệnh"),
    // https://quantrimang.com/cuoc-song/sat-nhap-hay-sap-nhap-185405
    ("sắp sếp", "sắp xếp", "", ""),
    // https://nghengu.vn/hoi-dap-tieng-nghe/tu-xuat-sac-hay-suat-sac-1606.html
    ("xuất xắc", "xuất sắc", "", ""),
    // https://nghengu.vn/hoi-dap-tieng-nghe/tu-xuat-sac-hay-suat-sac-1606.html
    ("suất sắc", "xuất sắc", "", ""),
    // https://quantrimang.com/cuoc-song/sat-nhap-hay-sap-nhap-185405
    ("vô hình chung", "vô hình trung", "", ""),
    // https://vntrade.edu.vn/?p=8016
    ("nghành", "ngành", "", ""),
    // https://baomoi.com/90-nguoi-sai-chinh-ta-sat-nhap-hay-sap-nhap-c51603883.epi
    ("tinh sảo", "tinh xảo", "", ""),
];

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for (i, span, text) in lines(ctx) {
        let words = ctx.words(i);
        for k in 0..words.len() {
            for &(wrong, right, not_after, not_before) in CONFUSABLES {
                let Some(n) = matches_at(text, words, k, wrong) else {
                    continue;
                };
                // A word joined to the match by a space only (no punctuation between).
                let joined = |a: usize, b: usize| {
                    let (at_a, wa) = words[a];
                    text[at_a + wa.len()..words[b].0].bytes().all(|c| c == b' ')
                };
                let vetoed = |list: &str, j: usize| {
                    !list.is_empty() && list.split('|').any(|v| same_word(words[j].1, v))
                };
                if k > 0 && joined(k - 1, k) && vetoed(not_after, k - 1) {
                    continue;
                }
                let last = k + n - 1;
                if last + 1 < words.len() && joined(last, last + 1) && vetoed(not_before, last + 1)
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

/// How many words `wrong` spans when it starts at word `k` of the line (its words separated by
/// spaces only), or `None`.
fn matches_at(text: &str, words: &[(usize, &str)], k: usize, wrong: &str) -> Option<usize> {
    let mut n = 0;
    for (j, part) in wrong.split(' ').enumerate() {
        let &(at, w) = words.get(k + j)?;
        if !same_word(w, part) {
            return None;
        }
        if j > 0 {
            let (prev_at, prev) = words[k + j - 1];
            if !text[prev_at + prev.len()..at].bytes().all(|c| c == b' ') {
                return None;
            }
        }
        n += 1;
    }
    Some(n)
}

/// `word` is `lower` in any case (tone-exact). Vietnamese capitals take as many bytes as their
/// small letters, so a length test turns most words away first.
fn same_word(word: &str, lower: &str) -> bool {
    word.len() == lower.len() && word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// `right` written in the case of `found`: all capitals, a capital first, or small letters.
fn in_case_of(found: &str, right: &str) -> String {
    let letters = || found.chars().filter(|c| c.is_alphabetic());
    if letters().count() > 1 && letters().all(char::is_uppercase) {
        return right.to_uppercase();
    }
    if found.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = right.chars();
        return chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
    }
    right.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_small_letters_and_its_words_are_distinct() {
        for &(wrong, right, not_after, not_before) in CONFUSABLES {
            for s in [wrong, right, not_after, not_before] {
                assert_eq!(s, s.to_lowercase(), "{s}");
                assert_eq!(s, crate::normalization::nfc(s), "{s}");
            }
            assert_ne!(wrong, right);
            assert_eq!(
                wrong.split(' ').count(),
                right.split(' ').count(),
                "{wrong}: the fix keeps the word count"
            );
        }
    }

    #[test]
    fn case_follows_the_text() {
        assert_eq!(in_case_of("SÁT NHẬP", "sáp nhập"), "SÁP NHẬP");
        assert_eq!(in_case_of("Sát nhập", "sáp nhập"), "Sáp nhập");
        assert_eq!(in_case_of("sát nhập", "sáp nhập"), "sáp nhập");
        assert!(same_word("NGHÀNH", "nghành"));
        assert!(!same_word("nghanh", "nghành"));
    }
}
