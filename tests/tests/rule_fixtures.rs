#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every rule has a fixture file with bad and good cases; each bad case gives exactly the
//! annotated findings of that rule, each at the exact range its mark gives (line and columns),
//! each good case gives none. The mark syntax is in `thethuc_tests` (tests/src/lib.rs).

use thethuc::{check, Config, InputFormat, Source, Stage};
use thethuc_tests::{fixtures, parse_cases};

#[test]
fn every_rule_has_a_fixture_with_bad_and_good_cases() {
    let dir = fixtures().join("rules");
    for rule in thethuc::rules::REGISTRY {
        // Formatting rules are tried on built .docx files (crates/thethuc-docx/tests/formatting.rs);
        // bold and italic also on Markdown marks (a `.md` fixture).
        let extension = match rule.needs {
            thethuc::rules::Needs::Text => "txt",
            thethuc::rules::Needs::Emphasis => "md",
            _ => continue,
        };
        // DOC003 and DOC004 speak of the check itself (DOC004: tests/tests/limits.rs).
        if matches!(rule.code, "DOC003" | "DOC004") {
            continue;
        }
        let path = dir.join(format!("{}.{extension}", rule.code));
        let content = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: no fixture {}: {e}", rule.code, path.display()));
        let cases = parse_cases(&content);
        assert!(cases.iter().any(|c| c.bad), "{}: no bad case", rule.code);
        assert!(cases.iter().any(|c| !c.bad), "{}: no good case", rule.code);
    }
}

#[test]
fn rule_fixtures_give_exactly_the_annotated_findings() {
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(fixtures().join("rules"))
        .expect("fixtures/rules exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    entries.sort();
    for path in entries {
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let content = std::fs::read_to_string(&path).expect("readable fixture");
        for case in parse_cases(&content) {
            let config = Config {
                select: vec![code.clone()],
                stage: if case.final_stage {
                    Stage::Final
                } else {
                    Stage::Draft
                },
                ..Config::default()
            };
            let format = if path.extension().is_some_and(|e| e == "md") {
                InputFormat::Markdown
            } else {
                InputFormat::Text
            };
            let report = check(Source::new(&case.text), format, &config);
            // Each finding as (line, code, original byte range): the range pins the columns.
            let mut got: Vec<(u32, String, (usize, usize))> = report
                .diagnostics
                .iter()
                .filter(|d| d.code == code)
                .map(|d| {
                    let (start, end) = report.source.original_range(d.span);
                    let line = report.source.line_col(start).0;
                    (line, d.code.to_owned(), (start as usize, end as usize))
                })
                .collect();
            got.sort();
            let mut want = Vec::new();
            for e in case.expectations.iter().filter(|_| case.bad) {
                match e.byte_range(&case.text) {
                    Ok(range) => want.push((e.line, e.code.clone(), range)),
                    Err(why) => failures.push(format!(
                        "{}:{} ({}): line {} {}: {why}",
                        path.display(),
                        case.at,
                        case.title,
                        e.line,
                        e.code
                    )),
                }
            }
            want.sort();
            if got != want {
                let show = |findings: &[(u32, String, (usize, usize))]| {
                    findings
                        .iter()
                        .map(|(line, code, (start, end))| {
                            let column = report.source.line_col(*start as u32).1;
                            format!("{line}:{column} {code} `{}`", &case.text[*start..*end])
                        })
                        .collect::<Vec<_>>()
                };
                failures.push(format!(
                    "{}:{} ({}): expected {:?}, got {:?}",
                    path.display(),
                    case.at,
                    case.title,
                    show(&want),
                    show(&got),
                ));
                continue;
            }
            // Each finding carries the fix its rule declares: always for `Safe` and `Unsafe`,
            // never for `None`. Not in Markdown: a change of look has no writer there.
            let rule = thethuc::rules::REGISTRY.iter().find(|r| r.code == code);
            if let Some(rule) = rule.filter(|_| matches!(format, InputFormat::Text)) {
                for d in report.diagnostics.iter().filter(|d| d.code == code) {
                    if let Some(broken) = fix_declaration_broken(rule.fix, d) {
                        failures.push(format!(
                            "{}:{} ({}): {code} declares {:?} but {broken}",
                            path.display(),
                            case.at,
                            case.title,
                            rule.fix
                        ));
                    }
                }
            }
            // Fixed text, where the fixture states it.
            let (fixed, _) = thethuc::apply_fixes(&report, false);
            for e in case.expectations.iter().filter(|e| e.fixed.is_some()) {
                let line = fixed
                    .split('\n')
                    .nth(e.line as usize - 1)
                    .unwrap_or_default();
                let want_line = e.fixed.as_deref().unwrap_or_default();
                if line.trim() != want_line {
                    failures.push(format!(
                        "{}:{} ({}): after fix line {} is {line:?}, expected {want_line:?}",
                        path.display(),
                        case.at,
                        case.title,
                        e.line
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Why a finding does not carry the fix its rule declares, if it does not.
fn fix_declaration_broken(
    declared: thethuc::rules::FixAvailability,
    d: &thethuc::Diagnostic,
) -> Option<String> {
    use thethuc::rules::FixAvailability;
    use thethuc::Applicability;
    let kinds: Vec<Applicability> = d.fixes.iter().map(|f| f.applicability).collect();
    let (want, always) = match declared {
        FixAvailability::None if kinds.is_empty() => return None,
        FixAvailability::None => return Some(format!("the finding has {kinds:?} fixes")),
        FixAvailability::Safe => (Applicability::Safe, true),
        FixAvailability::Unsafe => (Applicability::Unsafe, true),
        FixAvailability::SafeSometimes => (Applicability::Safe, false),
        FixAvailability::UnsafeSometimes => (Applicability::Unsafe, false),
    };
    if kinds.iter().any(|&k| k != want) {
        Some(format!("the finding has {kinds:?} fixes"))
    } else if always && kinds.is_empty() {
        Some(format!("the finding has no fix: {}", d.message.en))
    } else {
        None
    }
}

/// A rule that declares a fix gives one on its own bad example (`Rule::bad`), of the declared
/// kind: `thethuc rules` and the docs promise it. The formatting rules are left out: their
/// fixes are changes of look, made on a .docx (crates/thethuc-docx/tests/formatting.rs).
#[test]
fn a_rule_that_declares_a_fix_gives_one_on_its_bad_example() {
    use thethuc::rules::{FixAvailability, Needs};
    use thethuc::Applicability;
    let mut failures = Vec::new();
    for rule in thethuc::rules::REGISTRY {
        let want = match rule.fix {
            FixAvailability::Safe | FixAvailability::SafeSometimes => Applicability::Safe,
            FixAvailability::Unsafe | FixAvailability::UnsafeSometimes => Applicability::Unsafe,
            FixAvailability::None => continue,
        };
        let format = match rule.needs {
            Needs::Text => InputFormat::Text,
            Needs::Emphasis | Needs::Formatting | Needs::Page => continue,
        };
        let config = Config {
            select: vec![rule.code.to_owned()],
            ..Config::default()
        };
        let report = check(Source::new(rule.bad), format, &config);
        let findings: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == rule.code)
            .collect();
        if findings.is_empty() {
            failures.push(format!("{}: no finding on its bad example", rule.code));
        } else if !findings
            .iter()
            .any(|d| d.fixes.iter().any(|f| f.applicability == want))
        {
            failures.push(format!(
                "{}: declares a {want:?} fix, none on its bad example",
                rule.code
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rules:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
