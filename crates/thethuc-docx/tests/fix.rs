#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The .docx writer on the agency's files: every safe fix is written (or named as one a .docx
//! cannot take), every part but word/document.xml keeps its bytes, and the text changes by
//! exactly the fixes' edits.

use std::io::Read;
use thethuc_docx::fix::fix;
use thethuc_docx::{read, Limits};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let folder = format!("{}/../../fixtures/docx", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    files.sort();
    assert!(files.len() >= 17, "the agency .docx files are missing");
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// Every entry: name, compressed bytes as stored, decompressed bytes.
fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut raw = Vec::new();
            let name = {
                let mut f = archive.by_index_raw(i).unwrap();
                f.read_to_end(&mut raw).unwrap();
                f.name().unwrap().into_owned()
            };
            let mut data = Vec::new();
            archive.by_index(i).unwrap().read_to_end(&mut data).unwrap();
            (name, raw, data)
        })
        .collect()
}

fn texts(bytes: &[u8]) -> Vec<String> {
    read(bytes, &Limits::default())
        .unwrap()
        .paragraphs
        .into_iter()
        .map(|p| p.text)
        .collect()
}

#[test]
fn fixing_the_agency_files_leaves_no_safe_fix_and_keeps_every_other_byte() {
    let config = thethuc::Config::default();
    let mut failures = Vec::new();
    let mut fixed_files = 0;
    for (name, original) in corpus() {
        let out = fix(&original, &config, false, &Limits::default()).unwrap();
        if out.applied > 0 {
            fixed_files += 1;
        }
        // What remains with a safe fix is only what a .docx cannot take (named in the outcome).
        for d in &out.report.diagnostics {
            let safe = d
                .fixes
                .iter()
                .any(|f| f.applicability == thethuc::Applicability::Safe);
            if safe && !out.unwritable.contains(&d.code) {
                failures.push(format!(
                    "{name}: {} still fixable: {}",
                    d.code, d.message.vi
                ));
            }
        }
        // Parts: same names in the same order; all but document.xml identical, compressed bytes too.
        let (before, after) = (entries(&original), entries(&out.bytes));
        let names =
            |e: &[(String, Vec<u8>, Vec<u8>)]| e.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
        assert_eq!(names(&before), names(&after), "{name}: entries differ");
        for (b, a) in before.iter().zip(&after) {
            if b.0 != "word/document.xml" && (b.1 != a.1 || b.2 != a.2) {
                failures.push(format!("{name}: {} changed", b.0));
            }
        }
        // Text: the original paragraphs with the written edits applied, round by round.
        let mut expected = texts(&original);
        for round in &out.text_edits {
            let mut edits = round.clone();
            edits.sort_by_key(|e| std::cmp::Reverse((e.paragraph, e.start)));
            for e in edits {
                expected[e.paragraph].replace_range(e.start..e.end, &e.replacement);
            }
        }
        if texts(&out.bytes) != expected {
            failures.push(format!(
                "{name}: the text differs from the original plus the fixes"
            ));
        }
        // A second run finds nothing more to write.
        let again = fix(&out.bytes, &config, false, &Limits::default()).unwrap();
        if again.applied != 0 {
            failures.push(format!(
                "{name}: a second --fix applied {} more",
                again.applied
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(fixed_files >= 15, "only {fixed_files} files had fixes");
}

#[test]
fn the_writer_changes_only_what_its_fixes_name() {
    // The Letter-size file: TB004's fix rewrites only its w:pgSz, keeping the other attributes.
    let (_, original) = corpus()
        .into_iter()
        .find(|(n, _)| n.starts_with("CV-cung-cap-thong-tin"))
        .unwrap();
    let config = thethuc::Config {
        select: vec!["TB004".into()],
        ..thethuc::Config::default()
    };
    let out = fix(&original, &config, false, &Limits::default()).unwrap();
    assert_eq!(out.applied, 1);
    let document = |bytes: &[u8]| {
        entries(bytes)
            .into_iter()
            .find(|e| e.0 == "word/document.xml")
            .map(|e| String::from_utf8(e.2).unwrap())
            .unwrap()
    };
    let (before, after) = (document(&original), document(&out.bytes));
    let old = &before[before.find("<w:pgSz").unwrap()..];
    let old = &old[..=old.find("/>").unwrap() + 1];
    let new = &after[after.find("<w:pgSz").unwrap()..];
    let new = &new[..=new.find("/>").unwrap() + 1];
    assert!(
        new.contains(r#"w:w="11906""#) && new.contains(r#"w:h="16838""#),
        "{new}"
    );
    assert_eq!(before.replacen(old, new, 1), after, "only w:pgSz changed");
}

#[test]
fn a_misplaced_tone_mark_is_corrected_in_the_written_document() {
    // The agency files with `cuả` (for `của`, two files) and `Lỏong` (for `Loỏng`, in a table
    // cell): MA012's safe fix writes the word into the .docx, and every other text stays.
    let config = thethuc::Config {
        select: vec!["MA012".into()],
        ..thethuc::Config::default()
    };
    let mut seen = 0;
    for (name, original) in corpus() {
        let before = texts(&original);
        for (wrong, right, phrase) in [
            ("cuả", "của", "tác động của chấn động"),
            ("Lỏong", "Loỏng", "xã Tằng Loỏng"),
        ] {
            if !before.iter().any(|p| p.contains(wrong)) {
                continue;
            }
            seen += 1;
            let out = fix(&original, &config, false, &Limits::default()).unwrap();
            assert!(out.applied >= 1, "{name}: nothing applied");
            let after = texts(&out.bytes);
            assert_eq!(before.len(), after.len(), "{name}: paragraphs lost");
            for (b, a) in before.iter().zip(&after) {
                assert_eq!(&b.replace(wrong, right), a, "{name}");
            }
            assert!(
                after.iter().any(|p| p.contains(phrase)),
                "{name}: the corrected word is not in the document"
            );
        }
    }
    assert_eq!(seen, 3, "two agency files with `cuả`, one with `Lỏong`");
}
