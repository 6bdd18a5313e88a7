use crate::diagnostic::{Edit, Fix, Message, Severity};
use crate::rules::common::signature::honorific_prefix;
use crate::rules::common::signature::signer_name_line;
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};
use crate::text::case;
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "CK007",
    name: "signer-name-case",
    severity: Severity::Error,
    fix: FixAvailability::Safe,
    needs: Needs::Text,
    scope: Scope::Nd30AndQppl,
    locator: "PL-I V",
    default_on: true,
    summary_vi: docs!("Họ tên người ký không viết hoa chữ cái đầu mỗi tiếng (`NGUYỄN VĂN A`, `nguyễn văn a`)."),
    summary_en: docs!("Signer name not in title case (`NGUYỄN VĂN A`, `nguyễn văn a`)."),
    docs_vi: docs!("Phụ lục I (mục V) Nghị định 30/2020/NĐ-CP: họ tên người ký trình bày bằng chữ in thường, viết \
hoa chữ cái đầu của mỗi tiếng: `Nguyễn Văn An`. Báo lỗi khi họ tên viết in hoa toàn bộ \
(`NGUYỄN VĂN AN`), viết thường (`nguyễn văn an`) hoặc lẫn chữ hoa giữa tiếng (`Nguyễn VĂN An`). Sửa tự \
động: viết lại từng tiếng với chữ cái đầu hoa, các chữ còn lại thường. Cũng áp dụng cho văn bản quy phạm pháp luật theo mẫu của Nghị định 78/2025/NĐ-CP (Phụ lục I, được thay thế bởi phụ lục của Nghị định 187/2025/NĐ-CP), vì các mẫu đó trình bày khối chữ ký (`TM.`, `KT.`, chức vụ in hoa, họ tên) đúng như Nghị định 30; không áp dụng cho văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (mẫu riêng), văn bản hợp nhất và văn bản quy phạm pháp luật ghi ngày trước 01/4/2025 (theo mẫu cũ)."),
    docs_en: docs!("Phụ lục I (V) of ND30: the signer's name is written in lower case with each syllable \
capitalised: `Nguyễn Văn An`. Reported: the name all in capitals (`NGUYỄN VĂN AN`), all in lower case \
(`nguyễn văn an`), or capitals inside a syllable (`Nguyễn VĂN An`). Safe fix: each syllable is rewritten \
with a capital initial and lower-case rest. Runs on legal normative documents too, under the forms of Nghị định 78/2025/NĐ-CP (Phụ lục I, as replaced by the annex of Nghị định 187/2025/NĐ-CP), which lay out the signature block (`TM.`, `KT.`, the position in capitals, the name) as ND30 does; not on the acts of the Quốc hội and its Standing Committee (forms of their own), consolidated texts, or legal normative documents dated before 01/4/2025 (the older forms)."),
    bad: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nnguyễn văn an\n"),
    good: docs!("Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"),
    check: crate::rules::Check::Document(check),
};

fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (k, c) in word.chars().enumerate() {
        if k == 0 {
            out.push(case::upper(c));
        } else {
            out.push(case::lower(c));
        }
    }
    out
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<crate::diagnostic::Diagnostic>) {
    let Some(i) = signer_name_line(ctx) else {
        return;
    };
    let span = ctx.line(i).span;
    let t = ctx.s(span);
    // A scan's speck read as a quotation mark before the name (`“Thái Văn Tài`) is no letter.
    let quote = t.len() - crate::recognize::clues::without_speck_quote(t).len();
    let mut skip = quote + honorific_prefix(&t[quote..]).unwrap_or(0);
    // A rank before an officer's name (`Thượng tướng`) keeps its own case.
    let words: Vec<&str> = t[skip..].split_whitespace().collect();
    if let Some(n) = crate::recognize::clues::rank_words(&words) {
        let last = words[n - 1];
        let at = t[skip..].find(last).map_or(0, |k| k + last.len());
        skip += at;
        skip += t[skip..].len() - t[skip..].trim_start().len();
    }
    let mut edits = Vec::new();
    let mut fixed_words = Vec::new();
    let mut offset = skip;
    for word in t[skip..].split_whitespace() {
        let at = offset + t[offset..].find(word).unwrap_or(0);
        offset = at + word.len();
        let wanted = title_case(word);
        if wanted != word {
            let s = span.start + at as u32;
            edits.push(Edit::replace(
                Span::new(s, s + word.len() as u32),
                wanted.clone(),
            ));
        }
        fixed_words.push(wanted);
    }
    if edits.is_empty() {
        return;
    }
    let name = t[skip..].trim();
    let fixed = fixed_words.join(" ");
    out.push(
        RULE.diag(
            span,
            format!("Họ tên người ký \"{name}\" phải viết hoa chữ cái đầu mỗi tiếng: \"{fixed}\"."),
            format!("The signer's name \"{name}\" must be written with each syllable capitalised: \"{fixed}\"."),
        )
        .with_fix(Fix::safe(
            Message::new(format!("Viết thành \"{fixed}\""), format!("Write \"{fixed}\"")),
            edits,
        )),
    );
}
