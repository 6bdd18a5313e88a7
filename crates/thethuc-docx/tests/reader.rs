#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The reader on small packages built here (one property at a time), on hostile packages, and on
//! the agency's real .docx files in fixtures/docx/.

use std::io::Write;
use std::time::{Duration, Instant};
use thethuc_docx::{read, DocxError, Limits};
use zip::write::SimpleFileOptions;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#;

/// A package from (name, content) pairs, deflated.
fn package(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(content).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// A .docx whose body is `body` and whose styles.xml holds `styles` (inside `w:styles`).
fn docx(body: &str, styles: &str) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    );
    let styles =
        format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{styles}</w:styles>"#);
    let theme = r#"<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"#;
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61485;"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
    );
    let header = format!(
        r#"<w:hdr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE \* MERGEFORMAT "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>"#
    );
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#;
    package(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/theme/theme1.xml", theme.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
        ("word/header1.xml", header.as_bytes()),
        ("word/_rels/document.xml.rels", rels.as_bytes()),
    ])
}

const STYLES: &str = r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Themed"><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/><w:i/></w:rPr></w:style>"#;

fn only(body: &str) -> thethuc_docx::Docx {
    read(&docx(body, STYLES), &Limits::default()).unwrap()
}

#[test]
fn run_properties_come_from_defaults_styles_and_direct_formatting() {
    let d = only(
        r#"<w:p><w:r><w:t>thường</w:t></w:r></w:p>
           <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>TIÊU ĐỀ</w:t></w:r></w:p>
           <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:rPr><w:b w:val="0"/><w:sz w:val="30"/></w:rPr><w:t>tắt đậm</w:t></w:r></w:p>
           <w:p><w:pPr><w:pStyle w:val="Themed"/></w:pPr><w:r><w:t>phông chủ đề</w:t></w:r></w:p>
           <w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>kiểu ký tự</w:t></w:r></w:p>"#,
    );
    let run = |i: usize| &d.paragraphs[i].runs[0].props;
    // The default paragraph style (Normal) applies without a pStyle; it overrides docDefaults.
    assert_eq!(run(0).font.as_deref(), Some("Times New Roman"));
    assert_eq!(run(0).size_half_points, Some(28));
    // basedOn Normal: Normal's font, Title's size and bold.
    assert_eq!(run(1).font.as_deref(), Some("Times New Roman"));
    assert_eq!(
        (run(1).size_half_points, run(1).bold),
        (Some(26), Some(true))
    );
    assert_eq!(d.paragraphs[1].props.align.as_deref(), Some("center"));
    // Direct formatting wins; `w:val="0"` turns a toggle off.
    assert_eq!(
        (run(2).size_half_points, run(2).bold),
        (Some(30), Some(false))
    );
    // A theme font resolves through theme1.xml (major → Cambria); docDefaults' minor → Calibri is overridden.
    assert_eq!(run(3).font.as_deref(), Some("Cambria"));
    // A character style adds bold and italic.
    assert_eq!((run(4).bold, run(4).italic), (Some(true), Some(true)));
    let blocks = d.blocks();
    assert_eq!(blocks[1].style.font_size_pt, Some(13.0));
    assert_eq!(blocks[1].style.bold, Some(true));
    assert_eq!(blocks[2].style.bold, Some(false));
}

#[test]
fn tables_text_boxes_fields_numbering_and_deleted_text() {
    let d = only(
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>UBND TỈNH LÀO CAI</w:t></w:r></w:p><w:p><w:r><w:t>SỞ CÔNG THƯƠNG</w:t></w:r></w:p></w:tc>
                    <w:tc><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
           <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Mục đích</w:t></w:r></w:p>
           <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>điểm đầu</w:t></w:r></w:p>
           <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>điểm sau</w:t></w:r></w:p>
           <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Yêu cầu</w:t></w:r></w:p>
           <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>gạch đầu dòng</w:t></w:r></w:p>
           <w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> thêm</w:t></w:r></w:ins><w:r><w:tab/><w:t>A &amp; B</w:t></w:r></w:p>
           <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>trong hộp</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>trong hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>neo</w:t></w:r></w:p>
           <w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720"/><w:titlePg/></w:sectPr>"#,
    );
    let texts: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "UBND TỈNH LÀO CAI",
            "SỞ CÔNG THƯƠNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "1. Mục đích",
            "a) điểm đầu",
            "b) điểm sau",
            "2. Yêu cầu",
            "- gạch đầu dòng",
            "Trang 3 thêm\tA & B",
            "neo",
            "trong hộp",
        ]
    );
    assert!(d.paragraphs[0].in_table && !d.paragraphs[3].in_table);
    assert!(d.paragraphs[10].in_text_box);
    let s = &d.sections[0];
    assert_eq!((s.page_width, s.page_height), (Some(11906), Some(16838)));
    assert_eq!((s.margin_left, s.margin_top), (Some(1701), Some(1134)));
    assert!(s.title_page && !s.landscape);
    assert_eq!(s.headers, vec![("default".to_owned(), true)]);
}

#[test]
fn the_engine_recognises_the_header_of_a_built_document() {
    let d = only(
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>UBND TỈNH LÀO CAI</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>SỞ CÔNG THƯƠNG</w:t></w:r></w:p><w:p><w:r><w:t>Số: 12/SCT-CN</w:t></w:r></w:p></w:tc>
           <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Lào Cai, ngày 05 tháng 6 năm 2026</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
    );
    let report = thethuc::check_blocks(&d.blocks(), &thethuc::Config::default());
    let h = &report.document.header;
    assert!(
        h.quoc_hieu.is_some() && h.tieu_ngu.is_some() && h.so.is_some() && h.place_date.is_some()
    );
    assert_eq!(h.issuer.len(), 2);
}

// --- hostile packages: a clear error, fast, with bounded memory ---------------------------------

fn refused(bytes: &[u8]) -> DocxError {
    let started = Instant::now();
    let result = read(bytes, &Limits::default());
    // A guard against hangs, not a benchmark: each case takes milliseconds in release.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    match result {
        Ok(_) => panic!("a hostile package was accepted"),
        Err(e) => e,
    }
}

#[test]
fn a_zip_bomb_is_refused_by_ratio_before_it_is_inflated() {
    let zeros = vec![0u8; 48 << 20];
    let bomb = package(&[("word/document.xml", &zeros)]);
    assert!(bomb.len() < 1 << 20, "the bomb is small: {}", bomb.len());
    let e = refused(&bomb);
    assert!(matches!(e, DocxError::Limit(_)), "{e}");
    assert!(e.to_string().contains("word/document.xml"), "{e}");
}

#[test]
fn too_many_entries_are_refused() {
    let names: Vec<String> = (0..100_000).map(|i| format!("media/{i}.bin")).collect();
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for n in &names {
        zip.start_file(n.as_str(), stored).unwrap();
    }
    zip.finish().unwrap();
    let e = refused(&out.into_inner());
    assert!(e.to_string().contains("100000"), "{e}");
}

#[test]
fn deep_xml_truncated_zip_pdf_and_junk_are_refused_with_reasons() {
    let deep = format!(
        "<w:document {W}>{}{}</w:document>",
        "<w:p>".repeat(10_000),
        "</w:p>".repeat(10_000)
    );
    let e = refused(&package(&[("word/document.xml", deep.as_bytes())]));
    assert!(
        e.to_string().contains("lồng quá sâu") && e.to_string().contains("word/document.xml"),
        "{e}"
    );

    let real = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/docx/CV-cu-nguoi-tham-gia-tham-dinh-KH-su-co.docx"
    ))
    .unwrap();
    let e = refused(&real[..real.len() / 2]);
    assert!(
        e.to_string().contains("hỏng") || e.to_string().contains("cắt cụt"),
        "{e}"
    );

    let e = refused(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj");
    assert!(e.to_string().contains("PDF"), "{e}");
    let e = refused(&[0xFFu8; 4096]);
    assert!(e.to_string().contains("không phải tệp nén"), "{e}");

    let unbalanced = package(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]);
    assert!(matches!(refused(&unbalanced), DocxError::Part { .. }));
    let no_document = package(&[("word/styles.xml", b"<w:styles/>")]);
    assert!(refused(&no_document).to_string().contains("document.xml"));
}

// --- the agency's files ------------------------------------------------------------------------

#[test]
fn every_corpus_docx_parses_and_its_components_are_recognised() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/docx");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("docx") {
            continue;
        }
        seen += 1;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let d = read(&std::fs::read(&path).unwrap(), &Limits::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        // Page sizes as read from each file's w:pgSz by eye: A4 portrait (Word writes 11906 or
        // 11907 twips wide), one file on US Letter, two with a landscape A4 section for a table.
        let near = |v: Option<u32>, want: i64| v.is_some_and(|v| (v as i64 - want).abs() <= 2);
        let a4 = |s: &thethuc_docx::Section| {
            near(s.page_width, 11906) && near(s.page_height, 16838) && !s.landscape
        };
        let a4_landscape = |s: &thethuc_docx::Section| {
            near(s.page_width, 16838) && near(s.page_height, 11906) && s.landscape
        };
        match name.as_str() {
            "CV-cung-cap-thong-tin-BCH-quan-su-tinh.docx" => {
                assert_eq!(
                    (d.sections[0].page_width, d.sections[0].page_height),
                    (Some(12240), Some(15840))
                );
            }
            "Ban-trinh-BC-chien-luoc-CN-hoachat.docx" | "CV-de-nghi-DN-cung-cap-thong-tin.docx" => {
                assert_eq!(d.sections.len(), 2, "{name}");
                assert!(
                    a4(&d.sections[0]) && a4_landscape(&d.sections[1]),
                    "{name}: {:?}",
                    d.sections
                );
            }
            _ => assert!(
                d.sections.len() == 1 && a4(&d.sections[0]),
                "{name}: {:?}",
                d.sections
            ),
        }
        let report = thethuc::check_blocks(&d.blocks(), &thethuc::Config::default());
        let doc = &report.document;
        let h = &doc.header;
        assert!(
            h.quoc_hieu.is_some() && h.tieu_ngu.is_some(),
            "{name}: Quốc hiệu/Tiêu ngữ"
        );
        assert!(
            !h.issuer.is_empty() && h.so.is_some() && h.place_date.is_some(),
            "{name}: issuer/số/date"
        );
        assert!(
            doc.title.is_some() || !doc.vv.is_empty(),
            "{name}: title or V/v"
        );
        assert!(doc.closing.noi_nhan.is_some(), "{name}: Nơi nhận");
        let sig = &doc.closing.signature;
        assert!(
            !sig.positions.is_empty() && sig.name.is_some(),
            "{name}: signature"
        );
    }
    assert_eq!(seen, 17);
}
