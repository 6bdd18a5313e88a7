use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::text::{lines, sub};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "MA001",
    name: "not-nfc",
    severity: Severity::Info,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Any,
    locator: "PL-I I (TCVN 6909:2001)",
    default_on: true,
    summary_vi: docs!("Văn bản không ở dạng chuẩn hóa Unicode NFC (dấu tiếng Việt gõ bằng ký tự tổ hợp)."),
    summary_en: docs!("Text not in Unicode NFC (combining diacritics). Checking still works on the \
normalised text, spans point into the original."),
    docs_vi: docs!("Phụ lục I Nghị định 30/2020/NĐ-CP yêu cầu dùng bộ mã ký tự chữ Việt Unicode theo TCVN \
6909:2001. Cùng một chữ có dấu có thể được mã hóa hai cách: ký tự dựng sẵn (`ộ` là một ký tự, dạng NFC) \
hoặc chữ cái cộng các dấu tổ hợp (`o` + `̂` + `̣`, dạng NFD, thường gặp khi sao chép từ macOS hoặc từ \
PDF). Hai cách hiển thị giống nhau nhưng làm sai việc tìm kiếm, sắp xếp, đếm ký tự và so khớp. Công cụ \
vẫn kiểm tra trên văn bản đã chuẩn hóa, vị trí báo lỗi chỉ về văn bản gốc. Mỗi dòng có chữ không ở \
dạng NFC được báo một lần. Sửa an toàn: viết lại các chữ đó ở dạng NFC; chữ nghĩa không thay đổi."),
    docs_en: docs!("Phụ lục I of ND30 requires the Unicode Vietnamese character set of TCVN 6909:2001. A letter \
with diacritics can be encoded two ways: precomposed (`ộ` as one character, NFC) or a base letter plus \
combining marks (`o` + `̂` + `̣`, NFD, common when copying from macOS or from PDFs). Both look the same but \
break searching, sorting, character counts and matching. Checking still runs on the normalised text and \
findings point into the original. Each line with text not in NFC is reported once. Safe fix: the words \
are rewritten in NFC; the text does not change."),
    bad: docs!("Ho\u{300}a Bi\u{300}nh, nga\u{300}y 15 tha\u{301}ng 3 năm 2026\n"),
    good: docs!("Hòa Bình, ngày 15 tháng 3 năm 2026\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let source = ctx.source;
    if !source.was_normalized() {
        return;
    }
    let original = source.original();
    let of_original = |start: u32, end: u32| -> &str {
        let a = source.to_original(start, false) as usize;
        let b = source.to_original(end, true) as usize;
        original.get(a..b).unwrap_or("")
    };
    for (i, span, t) in lines(ctx) {
        if of_original(span.start, span.end) == t {
            continue;
        }
        let mut edits = Vec::new();
        let mut changed: Vec<&str> = Vec::new();
        for &(at, tok) in ctx.tokens(i) {
            let s = sub(span, at, tok.len());
            if source.changed_by_nfc(s) {
                edits.push(Edit::replace(s, tok));
                changed.push(tok);
            }
        }
        if edits.is_empty() {
            continue;
        }
        let n = changed.len();
        let list = changed
            .iter()
            .take(5)
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let more = if n > 5 { ", …" } else { "" };
        out.push(
            RULE.diag(
                span,
                format!(
                    "Dòng có {n} chữ không ở dạng Unicode dựng sẵn (NFC), dấu gõ bằng ký tự tổ hợp: \
{list}{more}; chuẩn hóa về NFC."
                ),
                format!(
                    "The line has {n} words not in Unicode NFC (combining diacritics): {list}{more}; \
normalise them to NFC."
                ),
            )
            .with_fix(Fix::safe(
                Message::new("Chuẩn hóa về dạng NFC", "Normalise to NFC"),
                edits,
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    fn ma001_words(text: &str) -> Vec<String> {
        crate::check_str(text, &crate::Config::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "MA001")
            .map(|d| d.message.vi.clone())
            .collect()
    }

    /// A Markdown copy of a legal-database page: escapes (`1\\.`, `\\_`) and emphasis marks the
    /// reader sets aside are no NFC matter; only the word typed with combining marks is.
    #[test]
    fn markdown_escapes_and_emphasis_are_not_taken_for_combining_marks() {
        let text = "| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n\
| **^\\_\\_\\_\\_\\_^** | **Độc lập** - **Tự do** - **Hạnh phúc** |\n\
| Số: 12/QĐ-UBND | *Hà Nội, ngày 01 tháng 12 năm 2025* |\n\n\
**QUYẾT ĐỊNH**\n\n\
1\\. Quyết định này quy định mức thu phí.\n\n\
2\\. Quyết định này a\u{301}p dụng đối với người nộp phí.\n";
        let found = ma001_words(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("\"áp\""), "{found:?}");
        assert!(!found[0].contains("2."), "{found:?}");
    }
}
