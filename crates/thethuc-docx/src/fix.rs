//! `--fix` for .docx: check, write the fixes that can be written, read again, until nothing
//! changes. Text fixes of every family and formatting fixes (TB) go into one new package.

pub use crate::write::ParagraphEdit;
use crate::write::{locate, target_start, write};
use crate::{read, DocxError, Limits};
use thethuc::{Applicability, Config, Report};

/// The result of fixing a .docx.
#[derive(Debug)]
pub struct FixOutcome {
    /// The new package (the input's bytes when nothing was fixed).
    pub bytes: Vec<u8>,
    /// How many fixes were written, all rounds together.
    pub applied: usize,
    /// How many check-and-write rounds ran.
    pub rounds: usize,
    /// The check of the new package: what remains.
    pub report: Report,
    /// Codes of fixes left out because a .docx cannot take them (a fix that joins two
    /// paragraphs, or edits a numbering label), sorted, each once.
    pub unwritable: Vec<&'static str>,
    /// The text edits written, round by round, each in the paragraph texts of its round.
    pub text_edits: Vec<Vec<ParagraphEdit>>,
}

/// Fixes a .docx: safe fixes, and unsafe ones when asked. At most 10 rounds. Only
/// `word/document.xml` changes; every other part keeps its bytes.
///
/// ```
/// # fn docx(paragraphs: &[&str]) -> Vec<u8> {
/// #     use std::io::Write;
/// #     let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
/// #     let xml = format!(r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#);
/// #     let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
/// #     zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
/// #     zip.write_all(xml.as_bytes()).unwrap();
/// #     zip.finish().unwrap().into_inner()
/// # }
/// let bytes = docx(&["Số: 7/QĐ-UBND"]);
/// let out = thethuc_docx::fix::fix(&bytes, &thethuc::Config::default(), false, &Default::default()).unwrap();
/// assert!(out.applied >= 1);
/// let fixed = thethuc_docx::read(&out.bytes, &Default::default()).unwrap();
/// assert_eq!(fixed.paragraphs[0].text, "Số: 07/QĐ-UBND");
/// assert!(out.unwritable.is_empty());
/// ```
pub fn fix(
    bytes: &[u8],
    config: &Config,
    include_unsafe: bool,
    limits: &Limits,
) -> Result<FixOutcome, DocxError> {
    let mut current = bytes.to_vec();
    let mut applied = 0;
    let mut rounds = 0;
    let mut unwritable = Vec::new();
    let mut text_edits = Vec::new();
    loop {
        let docx = read(&current, limits)?;
        let styled = docx.styled();
        let report = thethuc::check_styled(&styled, config);
        let mut written = None;
        if rounds < 10 {
            let (texts, formats, n, left_out) = select(&docx, &styled, &report, include_unsafe);
            rounds += 1;
            // Named even when nothing else is written: the user must learn why it stays.
            unwritable.extend(left_out);
            if n > 0 {
                let next = write(&current, &docx, &texts, &formats)?;
                if next != current {
                    applied += n;
                    text_edits.push(texts);
                    written = Some(next);
                }
            }
        }
        match written {
            Some(next) => current = next,
            None => {
                unwritable.sort_unstable();
                unwritable.dedup();
                return Ok(FixOutcome {
                    bytes: current,
                    applied,
                    rounds,
                    report,
                    unwritable,
                    text_edits,
                });
            }
        }
    }
}

type Selection = (
    Vec<ParagraphEdit>,
    Vec<thethuc::FormatEdit>,
    usize,
    Vec<&'static str>,
);

/// The first wanted fix of each finding whose edits can all be written and do not overlap an
/// earlier one's text edits.
fn select(
    docx: &crate::Docx,
    styled: &thethuc::StyledDocument,
    report: &Report,
    include_unsafe: bool,
) -> Selection {
    let starts = thethuc::block_starts(&styled.blocks);
    let source = &report.source;
    let mut taken: Vec<(u32, u32)> = Vec::new();
    let mut text_edits = Vec::new();
    let mut format_edits = Vec::new();
    let mut count = 0;
    let mut left_out = Vec::new();
    'findings: for d in &report.diagnostics {
        let wanted = |a: Applicability| a == Applicability::Safe || include_unsafe;
        let Some(fix) = d.fixes.iter().find(|f| wanted(f.applicability)) else {
            continue;
        };
        let mut mapped = Vec::new();
        for e in &fix.edits {
            let (s, t) = (
                source.to_original(e.span.start, false),
                source.to_original(e.span.end, true),
            );
            if taken
                .iter()
                .any(|&range| thethuc::edits_collide((s, t), range))
            {
                continue 'findings;
            }
            // Whatever the reason (see `Unwritable`), the whole fix stays out and is named.
            match locate(docx, &starts, &styled.blocks, (s, t, e)) {
                Ok(p) => mapped.push(((s, t), p)),
                Err(_) => {
                    left_out.push(d.code);
                    continue 'findings;
                }
            }
        }
        if fix
            .format
            .iter()
            .any(|f| target_start(docx, f.target).is_none())
        {
            left_out.push(d.code);
            continue;
        }
        for (range, p) in mapped {
            taken.push(range);
            text_edits.push(p);
        }
        format_edits.extend(fix.format.iter().cloned());
        count += 1;
    }
    (text_edits, format_edits, count, left_out)
}
