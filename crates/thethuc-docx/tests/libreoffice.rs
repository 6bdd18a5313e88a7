#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Fixed .docx files open in LibreOffice: `soffice --headless --convert-to pdf` turns each into a
//! PDF whose text still carries the document. Needs LibreOffice (`scripts/test-all.sh` installs
//! it and sets THETHUC_REQUIRE_LIBREOFFICE=1, so CI cannot skip this quietly).

use std::process::Command;

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|cmd| {
        Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn fixed_agency_files_convert_to_pdf_in_libreoffice() {
    let Some(soffice) = soffice() else {
        assert!(
            std::env::var_os("THETHUC_REQUIRE_LIBREOFFICE").is_none(),
            "LibreOffice is required (THETHUC_REQUIRE_LIBREOFFICE) but soffice was not found"
        );
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let folder = format!("{}/../../fixtures/docx", env!("CARGO_MANIFEST_DIR"));
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "docx") {
            continue;
        }
        let original = std::fs::read(&path).unwrap();
        let out = thethuc_docx::fix::fix(
            &original,
            &thethuc::Config::default(),
            false,
            &thethuc_docx::Limits::default(),
        )
        .unwrap();
        assert!(out.applied > 0 || out.bytes == original);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        std::fs::write(work.path().join(format!("{name}.docx")), &out.bytes).unwrap();
        names.push(name);
    }
    assert!(names.len() >= 17);
    let profile = work.path().join("profile");
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(work.path())
        .args(names.iter().map(|n| work.path().join(format!("{n}.docx"))))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    for name in &names {
        let pdf = work.path().join(format!("{name}.pdf"));
        let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{name}: no PDF ({e})"));
        assert!(
            bytes.starts_with(b"%PDF") && bytes.len() > 5_000,
            "{name}: empty PDF"
        );
        // The text layer still holds the national title (pdftotext, from poppler-utils).
        if let Ok(text) = Command::new("pdftotext").arg(&pdf).arg("-").output() {
            if text.status.success() {
                let text = String::from_utf8_lossy(&text.stdout).to_uppercase();
                assert!(
                    text.contains("CỘNG HÒA") || text.contains("CỘNG HOÀ"),
                    "{name}: the PDF text has no national title"
                );
            }
        }
    }
}
