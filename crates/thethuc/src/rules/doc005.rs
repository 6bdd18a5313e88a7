//! DOC005: text around the document that is not its own (a repository's front matter, a file
//! path, a converter's page-break marker, a portal's buttons and footers, an image), set aside
//! by the reader. Reported once, where the first such text sits; never read as a component.
use crate::diagnostic::{Diagnostic, Severity};
use crate::layout::furniture::Furniture;
use crate::rules::{Ctx, FixAvailability, Needs, Rule, Scope};
use crate::text::span::Span;

pub static RULE: Rule = Rule {
    code: "DOC005",
    name: "set-aside-text",
    severity: Severity::Info,
    fix: FixAvailability::None,
    needs: Needs::Text,
    scope: Scope::Document,
    locator: "—",
    default_on: true,
    summary_vi: docs!("Có phần chữ không thuộc văn bản (phần đầu của kho lưu trữ, đường dẫn tệp, nút và chân trang của cổng thông tin); đã bỏ qua khi đọc."),
    summary_en: docs!("Text that is not the document's own (front matter, file paths, a portal's buttons and footers) was set aside."),
    docs_vi: docs!("Văn bản chép từ cổng thông tin, tải từ cơ sở dữ liệu pháp luật hay chuyển đổi bằng công \
cụ thường kèm những dòng không phải của văn bản: phần thông tin ở đầu tệp Markdown (`---` … `---`), \
đường dẫn tệp (`D:\\Van ban\\...docx`), dấu ngắt trang của bộ chuyển đổi (`--- PAGE BREAK ---`), địa chỉ \
trang web, các nút và chân trang của cổng (`Tải về`, `Lược đồ`, `Tình trạng hiệu lực: …`), ghi chú mà trang cơ sở dữ liệu \
pháp luật chèn vào giữa dòng (`[Khoản này được sửa đổi bởi …]`), hình ảnh; và mục lục của một tờ trình, báo cáo dài (dòng `MỤC LỤC` rồi các mục kèm số trang), vốn không phải \
phần nội dung được đánh số của văn bản. thethuc bỏ qua những dòng này khi đọc văn bản (không coi là thành phần nào) và báo một lần, ở dòng đầu \
tiên, để người dùng biết. Số trang và dấu ngắt trang của PDF không được báo."),
    docs_en: docs!("A document copied from a portal, downloaded from a legal database or run through a \
converter often comes with lines that are not its own: a Markdown file's front matter (`---` … `---`), \
file paths (`D:\\Van ban\\...docx`), a converter's page-break markers (`--- PAGE BREAK ---`), web \
addresses, a portal's buttons and footers (`Tải về`, `Lược đồ`, `Tình trạng hiệu lực: …`), the editorial \
notes a legal database writes into a line (`[Khoản này được sửa đổi bởi …]`), images; and a long tờ trình's or report's table of contents (a `MỤC LỤC` line, then headings with their \
pages), which is not the document's own numbered text. thethuc sets these lines aside when it reads the document (they are never taken for a component) and \
says so once, at the first of them. Page numbers and a PDF's page breaks are not reported."),
    bad: docs!("---\ntitle: Công văn 12\n---\nỦY BAN NHÂN DÂN\n"),
    good: docs!("ỦY BAN NHÂN DÂN\n"),
    check: crate::rules::Check::Document(check),
};

fn label(kind: Furniture) -> (&'static str, &'static str) {
    match kind {
        Furniture::FrontMatter => ("phần thông tin đầu tệp", "front matter"),
        Furniture::Converter => (
            "đường dẫn tệp, địa chỉ web hoặc dấu ngắt trang",
            "file paths, web addresses or page-break markers",
        ),
        Furniture::Portal => (
            "nút hoặc chân trang của cổng thông tin",
            "a portal's buttons or footers",
        ),
        Furniture::SiteNote => (
            "ghi chú của trang cơ sở dữ liệu pháp luật",
            "a legal database's editorial notes",
        ),
        Furniture::Image => ("hình ảnh", "images"),
        Furniture::Stamp => ("dấu chữ ký số", "a digital signature's stamp"),
        Furniture::Page => ("số trang", "page numbers"),
        Furniture::Contents => (
            "mục lục, không kiểm tra",
            "a table of contents, not checked",
        ),
    }
}

fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    let furniture = &ctx.doc.furniture;
    let Some(first) = furniture.iter().map(|(s, _)| *s).min_by_key(|s| s.start) else {
        return;
    };
    let mut kinds: Vec<Furniture> = Vec::new();
    for (_, k) in furniture {
        if !kinds.contains(k) {
            kinds.push(*k);
        }
    }
    let vi: Vec<&str> = kinds.iter().map(|k| label(*k).0).collect();
    let en: Vec<&str> = kinds.iter().map(|k| label(*k).1).collect();
    let n = furniture.len();
    out.push(RULE.diag(
        Span::new(first.start, first.end),
        format!(
            "Đã bỏ qua {n} dòng không thuộc văn bản ({}); các dòng này không được đọc như thành phần của văn bản.",
            vi.join(", ")
        ),
        format!(
            "{n} line(s) that are not the document's own were set aside ({}); they are not read as any component.",
            en.join(", ")
        ),
    ));
}
