use crate::diagnostic::{Diagnostic, Edit, Fix, Message, Severity};
use crate::model::body::SectionKind;
use crate::rules::common::body::body_items;
use crate::rules::common::header::{doc_kind, DocKind};
use crate::rules::{Ctx, DiagnosticExt, FixAvailability, Needs, Rule, Scope};

pub static RULE: Rule = Rule {
    code: "ND008",
    name: "dieu-format",
    severity: Severity::Error,
    fix: FixAvailability::SafeSometimes,
    needs: Needs::Text,
    scope: Scope::Nd30,
    locator: "PL-I II.6",
    default_on: true,
    summary_vi: docs!("Dòng `Điều N.` sai dạng (thiếu dấu chấm, `Điều 1:`), hoặc số điều không liên tiếp trong văn bản."),
    summary_en: docs!("`Điều N.` malformed (no period, `Điều 1:`), Điều numbers not sequential through the document."),
    docs_vi: docs!("Điều được trình bày `Điều 1. Tên điều`: từ `Điều`, số thứ tự bằng chữ số Ả Rập, dấu chấm \
ngay sau số, rồi tiêu đề trên cùng dòng (Phụ lục I Nghị định 30/2020/NĐ-CP, mục II.6). Số điều đánh \
liên tiếp từ 1 trong toàn văn bản, không đánh lại theo chương, mục. Quy tắc báo dòng điều dùng dấu hai \
chấm hoặc gạch nối (`Điều 1:`, `Điều 1 -`) hay thiếu dấu chấm, và số điều nhảy, lặp hoặc lùi. Các \
loại văn bản không có điều của mình (công văn, báo cáo, tờ trình, thông báo, kế hoạch, biên bản, công \
điện, giấy mời, tham luận) không bị xét: `Điều 62` ở đó là trích hoặc tóm tắt điều của văn bản khác \
(dự thảo trong một bảng chẳng hạn). Sửa tự \
động an toàn cho lỗi dạng: thay hoặc thêm dấu chấm sau số điều; lỗi đánh số không có sửa tự động."),
    docs_en: docs!("An article is written `Điều 1. Title`: the word `Điều`, an Arabic number, a period right \
after the number, then the title on the same line (Phụ lục I of ND30, II.6). Articles are numbered from 1 \
in unbroken order through the whole document, not restarting in each chapter or section. The rule \
reports an article line with a colon or hyphen (`Điều 1:`, `Điều 1 -`) or no period, and a number that \
skips, repeats or steps back. Types that have no articles of their own (công văn, báo cáo, tờ \
trình, thông báo, kế hoạch, biên bản, công điện, giấy mời, tham luận) are not judged: an `Điều 62` \
there quotes or sums up another document's, a draft's in a table say. Safe fix for the form: replace \
or add the period after the number; a numbering fault has no fix."),
    bad: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nQUYẾT ĐỊNH:\nĐiều 1: Thành lập Tổ công tác.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"),
    good: docs!("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"),
    check: crate::rules::Check::Document(check),
};

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let no_articles = match doc_kind(ctx) {
        Some(DocKind::CongVan) => true,
        _ => ctx
            .doc
            .title
            .as_ref()
            .and_then(|t| t.doc_type)
            .is_some_and(|t| t.has_no_articles()),
    };
    if no_articles {
        return;
    }
    let mut prev: Option<u32> = None;
    for item in body_items(ctx) {
        if item.kind != SectionKind::Dieu {
            continue;
        }
        let number = ctx.s(item.number);
        let sep = item.sep.map(|s| ctx.s(s));
        if sep != Some(".") {
            let (span, edit) = match item.sep {
                Some(s) => {
                    // `Điều 1 : ` → `Điều 1. `: the spaces before the mark go too.
                    let span = crate::text::span::Span::new(item.number.end, s.end);
                    (span, Edit::replace(span, "."))
                }
                None => (item.number, Edit::insert(item.number.end, ".")),
            };
            let what_vi = match sep {
                Some(m) => format!("dùng \"{m}\" thay cho dấu chấm"),
                None => "thiếu dấu chấm sau số điều".to_owned(),
            };
            let what_en = match sep {
                Some(m) => format!("uses \"{m}\" instead of a period"),
                None => "lacks the period after the number".to_owned(),
            };
            out.push(
                RULE.diag(
                    span,
                    format!("Dòng \"Điều {number}\" {what_vi}; đúng là \"Điều {number}. Tên điều\"."),
                    format!("The line \"Điều {number}\" {what_en}; it must read \"Điều {number}. Title\"."),
                )
                .with_fix(Fix::safe(
                    Message::new(
                        format!("Viết \"Điều {number}.\""),
                        format!("Write \"Điều {number}.\""),
                    ),
                    vec![edit],
                )),
            );
        }
        let Ok(value) = number.parse::<u32>() else {
            continue;
        };
        let expected = prev.map_or(1, |p| p + 1);
        prev = Some(value);
        if value != expected {
            out.push(RULE.diag(
                item.number,
                format!("Điều {number} không liên tiếp với điều trước; số đúng là {expected} (số điều đánh liên tiếp trong toàn văn bản)."),
                format!("Article {number} does not follow the previous one; expected {expected} (articles are numbered in sequence through the document)."),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Block, Config};

    /// ND008's messages on a decision given as a word processor's paragraphs.
    fn found(paragraphs: &[&str]) -> Vec<String> {
        let config = Config {
            select: vec!["ND008".to_owned()],
            ..Config::default()
        };
        let blocks: Vec<Block> = paragraphs
            .iter()
            .map(|t| Block {
                text: (*t).to_owned(),
                ..Block::default()
            })
            .collect();
        crate::check_blocks(&blocks, &config)
            .diagnostics
            .iter()
            .filter(|d| d.code == "ND008")
            .map(|d| d.message.vi.clone())
            .collect()
    }

    /// Each paragraph of a .docx starts one: `Điều 2:` after a paragraph that ends without a
    /// stop is an article (its colon reported), and `Điều 3` follows it.
    #[test]
    fn an_article_after_a_paragraph_without_a_stop_is_still_an_article() {
        let paragraphs = crate::test_corpus::decision(&[
            "Điều 1. Kiểm tra việc chấp hành các quy định của pháp luật về hóa chất.",
            "Thời hạn kiểm tra không quá 10 ngày làm việc (không bao gồm ngày nghỉ, ngày lễ)",
            "Điều 2: Thành lập Đoàn kiểm tra, gồm các ông, bà sau đây:",
            "1. Ông Hoàng Văn Thuân, Phó Giám đốc Sở, Trưởng đoàn;",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Lưu: VT.",
            "GIÁM ĐỐC",
            "Hoàng Chí Hiền",
        ]);
        let found = found(&paragraphs);
        assert!(
            found.iter().all(|m| !m.contains("không liên tiếp")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|m| m.contains("\"Điều 2\" dùng \":\"")),
            "{found:?}"
        );
    }

    /// The enacting line without its colon still opens the articles: ND016 reports the colon,
    /// the articles are numbered 1, 2, 3 as written.
    #[test]
    fn articles_after_a_colonless_enacting_line_are_numbered_as_written() {
        let mut lines = crate::test_corpus::decision(&[
            "Điều 1. Thành lập Đoàn kiểm tra gồm các ông, bà có tên sau:",
            "1. Ông Nguyễn Văn A, Giám đốc Sở Nội vụ, Trưởng đoàn.",
            "Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra việc chấp hành pháp luật.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Lưu: VT.",
            "CHỦ TỊCH",
            "Nguyễn Văn An",
        ]);
        let enacting = lines.iter().position(|l| *l == "QUYẾT ĐỊNH:").unwrap();
        lines[enacting] = "QUYẾT ĐỊNH";
        let text = lines.join("\n") + "\n";
        let report = crate::check_str(&text, &Config::default());
        let codes: Vec<(&str, &str)> = report
            .diagnostics
            .iter()
            .map(|d| (d.code, &text[d.span.start as usize..d.span.end as usize]))
            .collect();
        assert!(codes.contains(&("ND016", "QUYẾT ĐỊNH")), "{codes:?}");
        for code in ["ND002", "ND003", "ND004", "ND005", "ND008", "ND017"] {
            assert!(codes.iter().all(|c| c.0 != code), "{codes:?}");
        }
        // The same as a word processor's paragraphs.
        let paragraphs = found(&lines);
        assert!(paragraphs.is_empty(), "{paragraphs:?}");
    }
}
