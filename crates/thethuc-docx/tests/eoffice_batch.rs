#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The e-office example (`examples/eoffice_batch.rs`) on a folder of one agency .docx, a text
//! in a subfolder, a broken .docx and a file it leaves alone: one entry per document, in name
//! order, with findings placed by line and column, and a read error that does not stop the batch.

#[allow(dead_code)] // its `main`: the test calls what `main` prints
#[path = "../examples/eoffice_batch.rs"]
mod eoffice_batch;

use serde_json::Value;

#[test]
fn a_folder_becomes_one_json_document_of_findings_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let agency = format!(
        "{}/../../fixtures/docx/CV-cung-cap-thong-tin-BCH-quan-su-tinh.docx",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::copy(agency, dir.path().join("a-cong-van.docx")).unwrap();
    std::fs::write(dir.path().join("b-hong.docx"), b"not a zip").unwrap();
    std::fs::write(dir.path().join("c-ghi-chu.pdf"), b"%PDF-1.7").unwrap();
    std::fs::create_dir(dir.path().join("d")).unwrap();
    std::fs::write(
        dir.path().join("d/du-thao.txt"),
        "Độc lập - Tự do - Hạnh phúc\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    )
    .unwrap();

    let batch = eoffice_batch::check_folder(dir.path(), &thethuc::Config::default());
    // What the program prints is this value: it must be plain JSON.
    let printed: Value = serde_json::from_str(&serde_json::to_string(&batch).unwrap()).unwrap();
    let files = printed["files"].as_array().unwrap();
    let names: Vec<&str> = files
        .iter()
        .map(|f| {
            f["path"]
                .as_str()
                .unwrap()
                .rsplit(['/', '\\'])
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(names, ["a-cong-van.docx", "b-hong.docx", "du-thao.txt"]);

    let find = |file: &Value, code: &str| -> Value {
        file["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code)
            .cloned()
            .unwrap_or_else(|| panic!("no {code} in {file}"))
    };
    // The agency's letter is on Letter paper: a page finding, from the .docx's page setup.
    let paper = find(&files[0], "TB004");
    assert_eq!(paper["severity"], "error");
    assert_eq!(paper["name"], "page-size");
    assert!(paper["message"]["vi"].as_str().unwrap().contains("A4"));
    for d in files[0]["findings"].as_array().unwrap() {
        for key in ["line", "column", "end_line", "end_column"] {
            assert!(d[key].as_u64().unwrap() >= 1, "{key} of {d}");
        }
        assert!(d["fixable"].is_boolean() && d["locator"].is_string());
    }

    assert!(
        files[1]["error"].as_str().unwrap().contains("zip"),
        "{}",
        files[1]
    );
    assert!(files[1].get("findings").is_none());

    let wording = find(&files[2], "QH002");
    assert_eq!(
        (wording["line"].as_u64(), wording["column"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(wording["fixable"], true);
}
