#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The binary as a user runs it: exit codes, the JSON contract, errors for bad input.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_thethuc"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    bin()
        .current_dir(root())
        .args(args)
        .output()
        .expect("thethuc runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn clean_document_exits_zero() {
    let o = run(&["check", "fixtures/documents/ke-hoach-dung-chuan.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 lỗi, 0 cảnh báo"));
}

#[test]
fn error_findings_exit_one_and_show_line_code_and_locator() {
    let dir = tempdir("err");
    let f = dir.join("qh.txt");
    std::fs::write(
        &f,
        "UBND TỈNH LÀO CAI\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    )
    .unwrap();
    let o = run(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("qh.txt:2:1: lỗi QH002"), "{out}");
    assert!(
        out.contains("2 | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        "{out}"
    );
    assert!(
        out.contains("Phụ lục I, mục II.1, Nghị định 30/2020/NĐ-CP"),
        "{out}"
    );
    let en = stdout(&run(&["check", "--lang", "en", f.to_str().unwrap()]));
    assert!(
        en.contains("error QH002") && en.contains("national title"),
        "{en}"
    );
}

#[test]
fn json_contract_has_files_diagnostics_and_summary() {
    let dir = tempdir("json");
    let f = dir.join("qh.txt");
    std::fs::write(
        &f,
        "UBND TỈNH LÀO CAI\nCỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    )
    .unwrap();
    let o = run(&["check", "--format", "json", f.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let file = &v["files"][0];
    assert!(file["error"].is_null());
    let d = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "QH002")
        .expect("QH002");
    for key in [
        "code",
        "name",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "start",
        "end",
        "fixes",
        "locator",
    ] {
        assert!(d.get(key).is_some(), "missing {key}");
    }
    assert_eq!(d["severity"], "error");
    assert_eq!(d["line"], 2);
    // "UBND TỈNH LÀO CAI\n" is 21 bytes (Ỉ takes three, À two).
    assert_eq!(d["start"], 21);
    assert_eq!(d["fixes"][0]["applicability"], "safe");
    assert_eq!(
        d["fixes"][0]["edits"][0]["replacement"],
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    );
    assert!(v["summary"]["errors"].as_u64().unwrap() >= 1);
}

#[test]
fn invalid_utf8_and_missing_files_are_input_errors_with_exit_two() {
    let dir = tempdir("bad");
    let f = dir.join("latin1.txt");
    std::fs::write(&f, b"S\xf3: 05/KH\n").unwrap();
    let o = run(&[
        "check",
        "--format",
        "json",
        f.to_str().unwrap(),
        "does-not-exist.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let e0 = v["files"][0]["error"].as_str().unwrap();
    assert!(e0.contains("UTF-8") && e0.contains('1'), "{e0}");
    assert!(v["files"][1]["error"]
        .as_str()
        .unwrap()
        .contains("không tìm thấy"));
}

#[test]
fn unknown_rule_in_select_is_a_usage_error() {
    let o = run(&[
        "check",
        "--select",
        "XX999",
        "fixtures/documents/ke-hoach-dung-chuan.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("XX999"));
}

#[test]
fn rules_lists_every_rule_and_rule_explains_one() {
    let o = run(&["rules", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v.as_array().unwrap().len(), thethuc::rules::REGISTRY.len());
    let o = run(&["rule", "QH002"]);
    let out = stdout(&o);
    assert!(
        out.contains("QH002 quoc-hieu-wording") && out.contains("Ví dụ sai"),
        "{out}"
    );
    assert_eq!(run(&["rule", "NOPE"]).status.code(), Some(2));
}

#[test]
fn parse_prints_the_recognised_components() {
    let o = run(&[
        "parse",
        "--format",
        "json",
        "fixtures/documents/cong-van-dung-chuan.txt",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["header"]["so_ky_hieu"]["text"], "Số: 09/SCT-CN");
    assert_eq!(
        v["cong_van_trich_yeu"][0]["text"],
        "V/v triển khai các Nghị định"
    );
    assert_eq!(v["closing"]["signature"]["name"]["text"], "Hoàng Văn Thuân");
}

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("thethuc-cli-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}
