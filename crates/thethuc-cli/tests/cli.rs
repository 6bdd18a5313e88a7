#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The binary as a user runs it: exit codes, the JSON contract, errors for bad input.

use std::path::PathBuf;
use std::process::{Command, Output};

/// The binary, with the colour switches of the calling shell cleared: a test that wants one
/// sets it.
fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_thethuc"));
    for var in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE"] {
        c.env_remove(var);
    }
    c
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

// ---- Batch checking (issue 4): folders, reporters, config, fixes. ----

fn batch() -> String {
    "crates/thethuc-cli/tests/fixtures/batch".to_owned()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .current_dir(root())
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn human_report_on_a_folder_is_pinned() {
    let o = run(&["check", "--color", "never", &batch()]);
    assert_eq!(o.status.code(), Some(1));
    snapbox::assert_data_eq!(stdout(&o), snapbox::file!["snapshots/batch.human"]);
}

#[test]
fn json_report_on_a_folder_is_pinned() {
    let o = run(&["check", "--format", "json", &batch()]);
    assert_eq!(o.status.code(), Some(1));
    // Raw: snapbox would otherwise turn the JSON escapes `\"` into path separators.
    use snapbox::IntoData;
    snapbox::assert_data_eq!(
        stdout(&o).raw(),
        snapbox::file!["snapshots/batch.json"].raw()
    );
}

#[test]
fn summary_report_on_a_folder_is_pinned() {
    let o = run(&["check", "--format", "summary", &batch()]);
    snapbox::assert_data_eq!(stdout(&o), snapbox::file!["snapshots/batch.summary"]);
}

#[test]
fn folders_are_walked_sorted_ignoring_dot_ignore_and_skipping_other_formats() {
    let v: serde_json::Value =
        serde_json::from_slice(&run(&["check", "--format", "json", &batch()]).stdout).unwrap();
    let paths = file_paths(&v);
    let b = batch();
    assert_eq!(
        paths,
        [
            format!("{b}/a.txt"),
            format!("{b}/b.md"),
            format!("{b}/scan.pdf"),
            format!("{b}/sub/clean.txt")
        ]
    );
    assert!(v["files"][2]["skipped"].as_str().unwrap().contains(".pdf"));
    // --glob narrows what a walk finds.
    let v: serde_json::Value = serde_json::from_slice(
        &run(&["check", "--format", "json", "--glob", "*.md", &batch()]).stdout,
    )
    .unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
}

#[test]
fn fail_on_sets_the_threshold_of_exit_code_one() {
    let b = format!("{}/b.md", batch());
    // Only MA006 (a note: two spaces in a row) on b.md.
    assert_eq!(
        run(&["check", "--select", "MA006", &b]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", "--select", "MA006", "--fail-on", "warning", &b])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", "--select", "MA006", "--fail-on", "info", &b])
            .status
            .code(),
        Some(1)
    );
    let a = format!("{}/a.txt", batch());
    assert_eq!(
        run(&["check", "--fail-on", "never", &a]).status.code(),
        Some(0)
    );
}

#[test]
fn sarif_output_validates_against_the_sarif_2_1_0_schema() {
    let o = run(&["check", "--format", "sarif", &batch()]);
    let sarif: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("schemas/sarif-2.1.0-rtm.5.json")).unwrap();
    // The schema's own `run.language` pattern has a stray `]`
    // (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) that the meta-schema check rejects as a regex;
    // use the pattern it means (later errata: `^[a-zA-Z]{2}(-[a-zA-Z]{2})?$`), wherever it stands. Nothing else changes.
    let schema: serde_json::Value =
        serde_json::from_str(&serde_json::to_string(&schema).unwrap().replace(
            "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
            "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
        ))
        .unwrap();
    let validator = jsonschema::draft4::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run0 = &sarif["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.len() > 70);
    let qh002 = rules.iter().find(|r| r["id"] == "QH002").unwrap();
    assert_eq!(qh002["defaultConfiguration"]["level"], "error");
    assert!(qh002["helpUri"]
        .as_str()
        .unwrap()
        .ends_with("docs/rules.md#qh002"));
    let result = run0["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "QH002")
        .unwrap();
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 1);
    assert_eq!(region["startColumn"], 36);
    assert_eq!(
        result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    );
    // A skipped file is a notification, not a result.
    let notes = run0["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert!(notes
        .iter()
        .any(|n| n["message"]["text"].as_str().unwrap().contains("scan.pdf")));
}

#[test]
fn stdin_is_checked_and_its_name_picks_the_format() {
    let o = run_stdin(
        &[
            "check",
            "-",
            "--stdin-filename",
            "du-thao.md",
            "--format",
            "json",
        ],
        "**CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "du-thao.md");
    assert!(v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "QH002"));
}

#[test]
fn a_file_that_is_not_utf8_is_an_input_error_and_the_batch_goes_on() {
    let dir = tempdir("latin1");
    std::fs::write(dir.join("cu.txt"), b"C\xd4NG V\xc3N\n").unwrap();
    std::fs::write(dir.join("moi.txt"), "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n").unwrap();
    let o = run(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        v["files"][0]["error"].as_str().unwrap().contains("UTF-8"),
        "{v}"
    );
    assert!(!v["files"][1]["diagnostics"].as_array().unwrap().is_empty());
}

#[test]
fn a_permission_denied_file_is_reported_per_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir("perm");
    let f = dir.join("kin.txt");
    std::fs::write(&f, "Kính gửi: Sở Nội vụ\n").unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything: the case only means something for other users.
    if std::fs::read(&f).is_ok() {
        return;
    }
    let o = run(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("permission denied"), "{}", stdout(&o));
}

#[test]
fn config_file_is_found_upward_and_bad_keys_name_the_key_and_file() {
    let dir = tempdir("cfg");
    std::fs::create_dir_all(dir.join("du-thao")).unwrap();
    std::fs::write(
        dir.join("du-thao/a.txt"),
        "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("thethuc.toml"),
        "stage = \"final\"\nlang = \"en\"\n[severity]\nQH002 = \"warning\"\n[[overrides]]\npaths = [\"du-thao/**\"]\nignore = [\"QH001\"]\n",
    )
    .unwrap();
    let o = run(&["check", "--format", "json", dir.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    let qh002 = diags.iter().find(|d| d["code"] == "QH002").unwrap();
    assert_eq!(qh002["severity"], "warning");
    assert!(
        qh002["message"]
            .as_str()
            .unwrap()
            .contains("national title"),
        "English from the file"
    );
    assert!(
        !diags.iter().any(|d| d["code"] == "QH001"),
        "per-path ignore"
    );
    let printed = stdout(&run(&[
        "config",
        "--print",
        dir.join("du-thao").to_str().unwrap(),
    ]));
    assert!(
        printed.contains("stage = \"final\"") && printed.contains("thethuc.toml"),
        "{printed}"
    );

    std::fs::write(dir.join("thethuc.toml"), "stagee = \"final\"\n").unwrap();
    let o = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(
        out.contains("stagee") && out.contains("thethuc.toml"),
        "{out}"
    );
    std::fs::write(dir.join("thethuc.toml"), "stage = \"ban-hanh\"\n").unwrap();
    let o = run(&[
        "check",
        "--config",
        dir.join("thethuc.toml").to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("stage") && err.contains("thethuc.toml"),
        "{err}"
    );
}

#[test]
fn diff_shows_the_fix_and_fix_writes_it_keeping_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir("fix");
    let f = dir.join("nn.txt");
    let text = "Nơi nhận:\n- Như trên ;\n- Lưu: VT.\n";
    std::fs::write(&f, text).unwrap();
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
    let o = run(&["check", "--diff", "--select", "MA004", f.to_str().unwrap()]);
    let out = stdout(&o);
    assert!(out.contains("-- Như trên ;\n+- Như trên;\n"), "{out}");
    assert_eq!(
        std::fs::read_to_string(&f).unwrap(),
        text,
        "--diff writes nothing"
    );

    let o = run(&["check", "--fix", "--select", "MA004", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("đã sửa 1 chỗ"));
    assert_eq!(
        std::fs::read_to_string(&f).unwrap(),
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    );
    let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

#[test]
fn fixing_a_corpus_copy_twice_changes_nothing_the_second_time() {
    let dir = tempdir("corpus-fix");
    for sub in ["seeds", "real", "legacy"] {
        for e in std::fs::read_dir(root().join("fixtures/corpus").join(sub)).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_str().unwrap().to_owned();
            if name.ends_with(".txt") && !name.ends_with(".converted.txt") {
                std::fs::copy(&p, dir.join(&name)).unwrap();
            }
        }
    }
    let d = dir.to_str().unwrap();
    run(&["check", "--fix", "--format", "json", d]);
    let once: Vec<(String, Vec<u8>)> = snapshot_dir(&dir);
    let o = run(&["check", "--fix", "--format", "json", d]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for f in v["files"].as_array().unwrap() {
        assert_eq!(f["fixes_applied"], 0, "{}", f["path"]);
    }
    assert_eq!(snapshot_dir(&dir), once);
    for (name, bytes) in &once {
        assert!(
            std::str::from_utf8(bytes).is_ok(),
            "{name} is not UTF-8 after fixing"
        );
    }
}

fn snapshot_dir(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.display().to_string(), std::fs::read(&p).unwrap())
        })
        .collect();
    v.sort();
    v
}

#[test]
fn docs_rules_md_is_the_generated_rule_reference() {
    // SARIF helpUri links point into docs/rules.md: it must list every rule as generated.
    let o = run(&["rules", "--format", "markdown"]);
    let committed = std::fs::read_to_string(root().join("docs/rules.md")).unwrap();
    assert!(
        stdout(&o) == committed,
        "docs/rules.md is stale: run `thethuc rules --format markdown > docs/rules.md`"
    );
}

#[test]
fn a_docx_is_checked_from_its_paragraphs_and_a_broken_one_is_an_input_error() {
    let docx = "fixtures/docx/CV-cu-nguoi-tham-gia-tham-dinh-KH-su-co.docx";
    let dir = tempdir("docx");
    let broken = dir.join("cut.docx");
    let bytes = std::fs::read(root().join(docx)).unwrap();
    std::fs::write(&broken, &bytes[..bytes.len() / 3]).unwrap();
    let o = run(&["check", "--format", "json", docx, broken.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "an unreadable file makes the exit code 2"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = json["files"].as_array().unwrap();
    let cut = files
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("cut.docx"))
        .unwrap();
    assert!(cut["error"]
        .as_str()
        .unwrap()
        .contains("không đọc được tệp .docx"));
    let real = files.iter().find(|f| f["path"] == docx).unwrap();
    let found: Vec<(String, u64)> = real["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    // In the file's XML: the Tiêu ngữ (paragraph 5) uses en dashes, and the Lưu line ends in ";".
    assert!(found.contains(&("QH004".to_owned(), 5)), "{found:?}");
    assert!(found.iter().any(|(c, _)| c == "NN005"), "{found:?}");
    assert!(
        !found.iter().any(|(c, _)| c == "QH001" || c == "CQ001"),
        "the header table is read: {found:?}"
    );

    let parsed = run(&["parse", docx]);
    assert_eq!(parsed.status.code(), Some(0));
    let tree = stdout(&parsed);
    assert!(
        tree.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && tree.contains("Hoàng Văn Thuân"),
        "{tree}"
    );
}

#[test]
fn fix_writes_a_docx_and_diff_shows_its_text_change() {
    // QH004 (en dashes in the Tiêu ngữ) and NN005 are text fixes inside paragraphs.
    let docx = "fixtures/docx/CV-cu-nguoi-tham-gia-tham-dinh-KH-su-co.docx";
    let dir = tempdir("docx-fix");
    let copy = dir.join("cv.docx");
    let original = std::fs::read(root().join(docx)).unwrap();
    std::fs::write(&copy, &original).unwrap();
    let path = copy.to_str().unwrap();

    // --diff leaves the file alone and shows the Tiêu ngữ's new text.
    let o = run(&["check", "--diff", path]);
    assert_eq!(std::fs::read(&copy).unwrap(), original);
    let out = stdout(&o);
    assert!(out.contains("+Độc lập - Tự do - Hạnh phúc"), "{out}");

    // --fix writes a new package; the findings it fixed are gone, and it still reads.
    let o = run(&["check", "--fix", "--format", "json", path]);
    let fixed = std::fs::read(&copy).unwrap();
    assert_ne!(fixed, original);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let file = &v["files"][0];
    assert!(file["fixes_applied"].as_u64().unwrap() >= 2, "{file}");
    let codes: Vec<&str> = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        !codes.contains(&"QH004") && !codes.contains(&"NN005"),
        "{codes:?}"
    );
    let again = run(&["parse", path]);
    assert!(stdout(&again).contains("Độc lập - Tự do - Hạnh phúc"));
    // Human output names the paragraph and the character.
    let human = stdout(&run(&["check", docx]));
    assert!(human.contains("= vị trí: đoạn 5, ký tự"), "{human}");
}

#[test]
fn a_file_over_the_size_limit_and_a_binary_file_are_input_errors() {
    let dir = tempdir("limits");
    // 50 MB on one line: refused by size before any decoding, quickly and in bounded memory.
    let big = dir.join("big.txt");
    let mut text = String::from("Căn cứ ");
    text.push_str(&"a".repeat(50 << 20));
    std::fs::write(&big, &text).unwrap();
    let nul = dir.join("nul.txt");
    std::fs::write(&nul, vec![0u8; 4096]).unwrap();
    let o = run(&["check", big.to_str().unwrap(), nul.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(
        out.contains("max_input_bytes") && out.contains("50.0 MB"),
        "{out}"
    );
    assert!(out.contains("tệp nhị phân"), "{out}");
    // A thethuc.toml may raise the limit.
    std::fs::write(
        dir.join("thethuc.toml"),
        "[limits]\nmax_input_bytes = 100\n",
    )
    .unwrap();
    let small = dir.join("small.txt");
    std::fs::write(&small, "Kính gửi: Sở Công Thương.\n".repeat(10)).unwrap();
    let o = run(&["check", small.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stdout(&o).contains("max_input_bytes"));
}

/// Files are checked in parallel but printed as they finish in path order: the output of a
/// batch is the same bytes on one thread and on several, in every format, with the slowest
/// files first so that later ones finish before them.
#[test]
fn a_batch_prints_the_same_sorted_output_on_one_thread_and_on_many() {
    let dir = tempdir("order");
    let mut texts: Vec<Vec<u8>> = std::fs::read_dir(root().join("fixtures/corpus/real"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(!texts.is_empty());
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    for i in 0..16 {
        let text = &texts[i % texts.len()];
        std::fs::write(dir.join(format!("doc-{i:02}.txt")), text).unwrap();
    }
    std::fs::write(dir.join("doc-05-latin1.txt"), b"C\xd4NG V\xc3N\n").unwrap();
    std::fs::write(dir.join("doc-10.pdf"), b"%PDF").unwrap();
    let d = dir.to_str().unwrap();
    let mut json = Vec::new();
    for format in ["human", "json", "sarif", "summary"] {
        let one = run(&["check", "--format", format, "-j", "1", d]);
        let many = run(&["check", "--format", format, "-j", "4", d]);
        assert_eq!(one.status.code(), Some(2), "{format}");
        assert_eq!(many.status.code(), one.status.code(), "{format}");
        assert!(one.stdout == many.stdout, "{format}: -j 1 and -j 4 differ");
        if format == "json" {
            json = many.stdout;
        }
    }
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let paths = file_paths(&v);
    assert_eq!(paths.len(), 18);
    assert!(paths.windows(2).all(|w| w[0] < w[1]), "{paths:?}");
}

/// The `path` of each file in a JSON report, in order.
fn file_paths(report: &serde_json::Value) -> Vec<&str> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect()
}

/// A document run together on one long line: each finding shows a stretch of the line around
/// it, with its caret under the words, not the whole line.
#[test]
fn a_finding_on_a_very_long_line_shows_the_stretch_around_it() {
    let dir = tempdir("long-line");
    let f = dir.join("one-line.txt");
    let prose = "Sở Tài chính phối hợp thực hiện nhiệm vụ được giao đúng thời hạn. ".repeat(400);
    std::fs::write(
        &f,
        format!("{prose}Đề nghị các các đơn vị thực hiện. {prose}"),
    )
    .unwrap();
    let out = stdout(&run(&["check", "--select", "MA007", f.to_str().unwrap()]));
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("MA007"))
        .unwrap_or_else(|| panic!("{out}"));
    let shown = lines[at + 2];
    let caret = lines[at + 3];
    assert!(
        shown.starts_with("1 | ...") && shown.ends_with("..."),
        "{shown}"
    );
    assert!(shown.chars().count() < 200, "{shown}");
    // The caret stands under the doubled word.
    let col = caret.find('^').expect("a caret");
    let under: String = shown
        .chars()
        .skip(caret[..col].chars().count())
        .take(7)
        .collect();
    assert_eq!(under, "các các");
}

/// `thethuc check` on `file` with `env` set and `flags` added; standard output is a pipe.
fn check_with_env(env: &[(&str, &str)], flags: &[&str], file: &str) -> String {
    let mut c = bin();
    c.current_dir(root()).arg("check").args(flags).arg(file);
    for (k, v) in env {
        c.env(k, v);
    }
    stdout(&c.output().expect("thethuc runs"))
}

/// Colours follow `--color`, then NO_COLOR (it wins), then CLICOLOR_FORCE; off a terminal they
/// are off. With them on, the text is the same once the ANSI codes are taken out, and machine
/// formats never take any.
#[test]
fn colours_follow_the_flag_no_color_and_clicolor_force() {
    let f = "fixtures/corpus/real/01_tb-1894-sct-laocai.txt";
    let plain = check_with_env(&[], &[], f);
    assert!(!plain.contains('\x1b'), "{plain}");
    let forced = check_with_env(&[("CLICOLOR_FORCE", "1")], &[], f);
    assert!(forced.contains("\x1b["), "{forced}");
    assert_eq!(strip_ansi(&forced), plain);
    // The severity word wears its colour (bold red for an error), the code is bold.
    assert!(
        forced.contains("\x1b[1m\x1b[31mlỗi\x1b[0m \x1b[1mQH002\x1b[0m"),
        "{forced}"
    );
    let both = check_with_env(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &[], f);
    assert_eq!(both, plain);
    let never = check_with_env(&[("CLICOLOR_FORCE", "1")], &["--color", "never"], f);
    assert_eq!(never, plain);
    let always = check_with_env(&[("NO_COLOR", "1")], &["--color", "always"], f);
    assert_eq!(strip_ansi(&always), plain);
    assert!(always.contains("\x1b["));
    let json = check_with_env(&[], &["--format", "json"], f);
    let forced_json = check_with_env(&[("CLICOLOR_FORCE", "1")], &["--format", "json"], f);
    assert_eq!(forced_json, json);
}

/// Removes the `ESC [ ... m` sequences.
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('m').expect("an SGR sequence ends with m");
        rest = &rest[at + end + 1..];
    }
    out + rest
}

/// The underline stands under the finding on screen: a combining mark (a text typed with
/// decomposed accents) takes no column, a tab is shown as four spaces.
#[test]
fn the_frame_underlines_the_finding_s_columns_after_combining_marks_and_tabs() {
    let dir = tempdir("columns");
    let f = dir.join("nfd.txt");
    // "Đề nghị các các đơn vị." twice, a tab between, its accents as combining marks.
    let sentence =
        "\u{110}e\u{302}\u{300} nghi\u{323} ca\u{301}c ca\u{301}c \u{111}\u{1a1}n vi\u{323}.";
    std::fs::write(&f, format!("{sentence}\t{sentence}\n")).unwrap();
    let out = stdout(&run(&["check", "--select", "MA007", f.to_str().unwrap()]));
    let lines: Vec<&str> = out.lines().collect();
    let columns = |text: &str| -> usize {
        text.chars()
            .map(|c| match c {
                '\t' => 4,
                '\u{300}'..='\u{36f}' => 0,
                _ => 1,
            })
            .sum()
    };
    let findings: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains("MA007"))
        .collect();
    assert_eq!(findings.len(), 2, "{out}");
    let doubled = "ca\u{301}c ca\u{301}c";
    let line = format!("{sentence}\t{sentence}");
    let starts: Vec<usize> = line.match_indices(doubled).map(|(i, _)| i).collect();
    for (&at, &start) in findings.iter().zip(&starts) {
        assert_eq!(
            lines[at + 2],
            format!("1 | {}", line.replace('\t', "    ")),
            "{out}"
        );
        let caret = format!(
            "  | {}{}",
            " ".repeat(columns(&line[..start])),
            "^".repeat(7)
        );
        assert_eq!(lines[at + 3], caret, "{out}");
    }
}

/// The rule pack: told from the document by default, chosen by `--profile` or by `profile` in
/// thethuc.toml (the flag wins), and named in DOC003 either way.
#[test]
fn the_profile_is_told_from_the_document_or_chosen() {
    let dir = tempdir("profile");
    // A Party notice whose number has the administrative colon (DG002).
    std::fs::write(
        dir.join("tb.txt"),
        "TỈNH ỦY LÂM ĐỒNG              ĐẢNG CỘNG SẢN VIỆT NAM\n        *\nSố: 05-TB/TU                  Đà Lạt, ngày 15 tháng 6 năm 2026\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy\n-----\nĐề nghị các cấp ủy thực hiện nghiêm túc.\n",
    )
    .unwrap();
    let codes_and_coverage = |args: &[&str]| {
        let file = dir.join("tb.txt");
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        all.push(file.to_str().unwrap());
        let o = run(&all);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let diags = v["files"][0]["diagnostics"].as_array().unwrap().clone();
        let codes: Vec<String> = diags
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_owned())
            .collect();
        let coverage = diags
            .iter()
            .find(|d| d["code"] == "DOC003")
            .map(|d| d["message"].as_str().unwrap().to_owned())
            .unwrap();
        (codes, coverage)
    };
    let (codes, coverage) = codes_and_coverage(&[]);
    assert!(codes.contains(&"DG002".to_owned()), "{codes:?}");
    assert!(!codes.contains(&"QH001".to_owned()), "{codes:?}");
    assert!(
        coverage.contains("Hướng dẫn 05-HD/VPTW") && coverage.contains("tự nhận diện"),
        "{coverage}"
    );
    // Checked as an administrative document: the ND30 rules run, the Party pack does not.
    let (codes, coverage) = codes_and_coverage(&["--profile", "nd30"]);
    assert!(codes.contains(&"QH001".to_owned()), "{codes:?}");
    assert!(!codes.iter().any(|c| c.starts_with("DG")), "{codes:?}");
    assert!(
        coverage.contains("Nghị định 30/2020/NĐ-CP") && coverage.contains("theo cấu hình"),
        "{coverage}"
    );
    // The file's choice, and the flag over it.
    std::fs::write(dir.join("thethuc.toml"), "profile = \"nd30\"\n").unwrap();
    let (codes, _) = codes_and_coverage(&[]);
    assert!(codes.contains(&"QH001".to_owned()), "{codes:?}");
    let (codes, _) = codes_and_coverage(&["--profile", "auto"]);
    assert!(codes.contains(&"DG002".to_owned()), "{codes:?}");
    // A profile that does not exist is refused with the choices.
    let o = run(&["check", "--profile", "dang", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("party") && err.contains("nd30"), "{err}");
}

/// A document (or a file name) can carry terminal escape sequences, a carriage return that
/// overwrites the line, or a bidirectional override that reorders it: the human report and
/// `parse` quote such text, and must show those characters rather than send them to the terminal.
#[test]
fn control_characters_of_the_document_never_reach_the_terminal() {
    let dir = tempdir("control-chars");
    let name = "cv\u{1b}]0;x\u{7}\u{202e}.txt";
    let text = "UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Số: 5/UBND-VP\u{1b}]0;pwned\u{7}\tĐộc lập - Tự do - Hạnh phúc\n\n\
                V/v thử \u{1b}[31mđỏ\u{1b}[0m [nhé\u{202e}\r\n";
    std::fs::write(dir.join(name), text).unwrap();
    for args in [&["check"][..], &["check", "--lang", "en"], &["parse"]] {
        let mut o = bin();
        o.current_dir(&dir)
            .args(args)
            .arg(name)
            .env("NO_COLOR", "1");
        let out = o.output().expect("thethuc runs");
        let shown = stdout(&out);
        assert!(!shown.is_empty(), "{args:?} printed nothing");
        for c in ['\u{1b}', '\u{7}', '\r', '\u{202e}'] {
            assert!(
                !shown.contains(c),
                "{args:?} sent U+{:04X} to the terminal:\n{shown}",
                c as u32
            );
        }
        // What the characters were stays readable.
        assert!(
            shown.contains('␛'),
            "{args:?}: the escape is not shown:\n{shown}"
        );
    }
    // The bracket finding quotes the line: its ESC and its override are both visible.
    let o = run_stdin(&["check", "-"], text.as_bytes());
    let shown = stdout(&o);
    let ma008 = shown
        .lines()
        .find(|l| l.contains("MA008"))
        .expect("MA008 on `[nhé`");
    assert!(
        ma008.contains("␛[31m") && ma008.contains("<U+202E>"),
        "{ma008}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_windows_1252_page_is_checked_and_never_rewritten() {
    let dir = tempdir("cp1252");
    let f = dir.join("trang.htm");
    let page: &[u8] = b"<html><head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\r\n</head><body>\r\n<p>UBND T&#7880;NH L\xc0O CAI</p>\r\n<p>C&#7896;NG H\xd5A X&#195; H&#7896;I CH&#7910; NGH&#296;A VI&#7878;T NAM</p>\r\n</body></html>\r\n";
    std::fs::write(&f, page).unwrap();
    let o = run(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    // Line and column of the page; the line shown decoded.
    assert!(out.contains("trang.htm:5:4: lỗi QH002"), "{out}");
    assert!(out.contains("5 | <p>C&#7896;NG HÕA X&#195;"), "{out}");
    // A page is checked, not fixed: its bytes stay as they are.
    let o = run(&["check", "--fix", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(String::from_utf8_lossy(&o.stderr).contains("không sửa trang web"));
    assert_eq!(std::fs::read(&f).unwrap(), page);
    // A charset that is not read is named in the input error.
    let g = dir.join("sjis.html");
    std::fs::write(&g, b"<meta charset=Shift_JIS><p>\x93\xfa\x96\x7b</p>").unwrap();
    let o = run(&["check", "--format", "json", g.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let error = v["files"][0]["error"].as_str().unwrap();
    assert!(error.contains("bảng mã Shift_JIS, chưa hỗ trợ"), "{error}");
}
