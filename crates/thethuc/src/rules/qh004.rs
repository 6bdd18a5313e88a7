use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::model::document::LineKind;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::fold::fold_case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "QH004",
    name: "tieu-ngu-form",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I II.1",
    default_on: true,
    summary_vi: docs!("Tiêu ngữ không đúng dạng `Độc lập - Tự do - Hạnh phúc`."),
    summary_en: docs!("Motto differs from `Độc lập - Tự do - Hạnh phúc`: en/em dash instead of hyphen-minus, missing spaces around the hyphens, wrong capitals (`Hạnh Phúc`, `Độc Lập`)."),
    docs_vi: docs!("Tiêu ngữ viết đúng nguyên văn `Độc lập - Tự do - Hạnh phúc`: chữ cái đầu mỗi cụm từ viết \
hoa, các cụm từ nối với nhau bằng dấu gạch nối (-), trước và sau dấu gạch nối có cách chữ (Phụ lục I \
Nghị định 30/2020/NĐ-CP, mục II.1). Lỗi thường gặp: dùng dấu gạch ngang dài `–` hoặc `—` thay cho dấu \
gạch nối, thiếu dấu cách (`Độc lập-Tự do-Hạnh phúc`), viết hoa sai (`Hạnh Phúc`, `Độc Lập`) hoặc viết \
in hoa toàn bộ. Sửa tự động an toàn: thay dòng Tiêu ngữ bằng dạng chuẩn; chữ nghĩa không thay đổi. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày Quốc hiệu và Tiêu ngữ đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("The motto is written verbatim `Độc lập - Tự do - Hạnh phúc`: each phrase starts with a \
capital, and the phrases are joined by a hyphen (-) with a space on each side (Phụ lục I of ND30, II.1). \
Common faults: an en or em dash `–`/`—` for the hyphen, no spaces (`Độc lập-Tự do-Hạnh phúc`), wrong \
capitals (`Hạnh Phúc`, `Độc Lập`) or all capitals. Safe fix: the motto is replaced by the canonical form; \
the words do not change. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the national title and motto as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"),
    good: docs!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"),
    check: crate::rules::Check::Document(check),
};

pub(crate) const CANONICAL: &str = "Độc lập - Tự do - Hạnh phúc";

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(i) = ctx.doc.header.tieu_ngu else {
        return;
    };
    let line = ctx.line(i);
    let LineKind::TieuNgu { separators } = &line.kind else {
        return;
    };
    let t = ctx.s(line.span);
    // The motto ends with `phúc`; what a converter left after it is not judged here. Read with
    // a slip in its last word (`Hạnh phú`, a scan's), it is the whole line.
    let end = fold_case(t)
        .find("phúc")
        .map_or(t.trim_end().len(), |pos| pos + "phúc".len());
    let motto = &t[..end];
    if motto == CANONICAL {
        return;
    }
    let mut faults_vi: Vec<&str> = Vec::new();
    let mut faults_en: Vec<&str> = Vec::new();
    let seps: Vec<&str> = separators.iter().map(|s| ctx.s(*s)).collect();
    if seps.iter().any(|s| s.contains(['–', '—', '‐', '−'])) {
        faults_vi.push("dùng dấu gạch ngang dài thay cho dấu gạch nối (-)");
        faults_en.push("a dash other than the hyphen-minus (-)");
    }
    if seps.iter().any(|s| !s.contains(['-', '–', '—', '‐', '−'])) {
        faults_vi.push("thiếu dấu gạch nối giữa các cụm từ");
        faults_en.push("a hyphen missing between the phrases");
    }
    let spaced = |s: &str| {
        let inner = s.strip_prefix(' ').and_then(|s| s.strip_suffix(' '));
        inner.is_some_and(|c| c.chars().count() == 1 && !c.contains(' '))
    };
    if seps
        .iter()
        .any(|s| s.contains(['-', '–', '—', '‐', '−']) && !spaced(s))
    {
        faults_vi.push("dấu gạch nối không có đúng một dấu cách ở mỗi bên");
        faults_en.push("not exactly one space on each side of the hyphen");
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !crate::text::fold::is_letter(c))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    // The Latin eth `Ð` looks like `Đ` but is another letter (converted PDFs put it there): it
    // is named as such, and the case and spacing are judged as if it were `Đ`.
    let has_eth = motto.contains(['Ð', 'ð']);
    if has_eth {
        faults_vi.push("chữ \"Ð\" (chữ eth của tiếng Iceland) viết thay cho chữ \"Đ\"");
        faults_en.push("the Latin eth \"Ð\" written for \"Đ\"");
    }
    let motto_d = motto.replace('Ð', "Đ").replace('ð', "đ");
    let (have, want) = (words(&motto_d), words(CANONICAL));
    // A word that differs from the decree's only by its capitals, or by its letters (`Tự đo`,
    // `Hạnh phú`: a scan's or a typist's slip).
    let (mut wrong_case, mut misspelt): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    if have.len() == want.len() {
        for (a, b) in have.iter().zip(&want).filter(|(a, b)| a != b) {
            if fold_case(a) == fold_case(b) {
                wrong_case.push(format!("\"{a}\""));
            } else {
                misspelt.push(format!("\"{a}\" (đúng là \"{b}\")"));
            }
        }
    }
    let misspelt_vi;
    let misspelt_en;
    if !misspelt.is_empty() {
        misspelt_vi = format!("viết sai chữ {}", misspelt.join(", "));
        misspelt_en = format!(
            "misspelt {}",
            misspelt.join(", ").replace("đúng là", "should be")
        );
        faults_vi.push(&misspelt_vi);
        faults_en.push(&misspelt_en);
    }
    let case_vi;
    let case_en;
    if !wrong_case.is_empty() {
        let list = wrong_case.join(", ");
        case_vi = format!("viết hoa sai {list} (chỉ viết hoa chữ cái đầu mỗi cụm từ)");
        case_en =
            format!("wrong capitals in {list} (only the first letter of each phrase is a capital)");
        faults_vi.push(&case_vi);
        faults_en.push(&case_en);
    }
    let words_ok = [("Độc", "lập"), ("Tự", "do"), ("Hạnh", "phúc")]
        .iter()
        .all(|(a, b)| fold_case(&motto_d).contains(&fold_case(&format!("{a} {b}"))));
    if !words_ok {
        faults_vi.push("khoảng cách giữa các chữ không đúng");
        faults_en.push("wrong spacing between the words");
    }
    if faults_vi.is_empty() {
        faults_vi.push("sai dạng");
        faults_en.push("wrong form");
    }
    let span = Span::new(line.span.start, line.span.start + end as u32);
    out.push(
        RULE.diag(
            span,
            format!(
                "Tiêu ngữ viết \"{motto}\": {}; đúng là \"{CANONICAL}\".",
                faults_vi.join("; ")
            ),
            format!(
                "The motto reads \"{motto}\": {}; it must be \"{CANONICAL}\".",
                faults_en.join("; ")
            ),
        )
        .with_fix(Fix::safe(
            Message::new(
                format!("Thay bằng \"{CANONICAL}\""),
                format!("Replace with \"{CANONICAL}\""),
            ),
            vec![Edit::replace(span, CANONICAL)],
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::{check_str, Config};

    /// The eth is named as the fault, not taken for a capital or a spacing slip.
    #[test]
    fn the_latin_eth_is_named_not_taken_for_a_case_slip() {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nÐộc lập - Tự do - Hạnh phúc\n";
        let report = check_str(text, &Config::default());
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.code == "QH004")
            .expect("QH004");
        assert!(d.message.vi.contains("chữ \"Ð\""), "{}", d.message.vi);
        assert!(!d.message.vi.contains("viết hoa sai"), "{}", d.message.vi);
        assert!(!d.message.vi.contains("khoảng cách"), "{}", d.message.vi);
    }

    /// A scan's slip in a word (`Tự đo`, `Hạnh phú`) is named as a misspelling, not as a
    /// capital; a motto cut short of `phúc` is judged whole, debris before it left out.
    #[test]
    fn a_misspelt_word_is_named_as_such() {
        for (motto, word) in [
            ("—- Độc lập - Tự đo - Hạnh phúc", "\"đo\" (đúng là \"do\")"),
            ("ˆ Độc lập - Tự do - Hạnh phú", "\"phú\" (đúng là \"phúc\")"),
        ] {
            let text = format!("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{motto}\n");
            let report = check_str(&text, &Config::default());
            let d = report
                .diagnostics
                .iter()
                .find(|d| d.code == "QH004")
                .expect("QH004");
            assert!(d.message.vi.contains(word), "{}", d.message.vi);
            assert!(!d.message.vi.contains("viết hoa sai"), "{}", d.message.vi);
            assert!(
                !d.message.vi.contains('—') && !d.message.vi.contains('ˆ'),
                "{}",
                d.message.vi
            );
            assert!(report.diagnostics.iter().all(|d| d.code != "QH003"));
        }
    }
}
