#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A `Session` checking a document as it is edited gives, after every edit, the report a fresh
//! `check_str` gives for the same text (the tree, the reading text and the findings, compared
//! whole). The edits are a drafter's: a character, a word or a line break typed or deleted,
//! two lines joined or one split, a line pasted from another document, a line copied within
//! the document, a line moved into the Nơi nhận or a label typed above lines (their text
//! unchanged, their kind and zone changed: what the line rules' cache must not key on alone),
//! a few lines run together (the reader's verdict on a long line, and its cuts in each zone),
//! undo. Seeds are fixed: every run tries the same sequences.

use thethuc::report_json::FindingJson;
use thethuc::{check_str, Config, Lang, Limits, Report, Session, Source};

/// A fixed pseudo-random sequence (a linear congruential generator).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Characters a drafter types: Vietnamese letters, digits, punctuation that component
/// grammars read (`:`, `/`, `-`, `.`), white space.
const TYPED: &[char] = &[
    'a', 'ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư', 'ố', 'ệ', 'Đ', 'Q', 'Ư', '1', '0', '7', ' ', ' ', ':',
    '/', '-', '.', ',', ';', '(', ')', '\t',
];

const WORDS: &[&str] = &[
    "Điều ",
    "ngày ",
    "tháng ",
    "năm 2026",
    "Số: ",
    "QUYẾT ĐỊNH",
    "Nơi nhận:",
    "KT. ",
    "- ",
    "a) ",
    "1. ",
    "Căn cứ ",
    "quy định quy định ",
    "Ủy ban nhân dân ",
    "/QĐ-UBND",
    // Words the line rules (MA012, MA010) report, so that their remembered findings move.
    "cuả ",
    "hoàn thanhf ",
];

/// The byte offset of a random character boundary of `text` (its end included).
fn boundary(rng: &mut Rng, text: &str) -> usize {
    let mut at = rng.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The start of a random line of `text`.
fn line_start(rng: &mut Rng, text: &str) -> usize {
    let at = boundary(rng, text);
    text[..at].rfind('\n').map_or(0, |n| n + 1)
}

fn random_line<'t>(rng: &mut Rng, text: &'t str) -> &'t str {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        ""
    } else {
        lines[rng.below(lines.len())]
    }
}

/// One drafter's edit of `text`; `others` are documents to paste a line from.
fn edit(rng: &mut Rng, text: &str, others: &[String]) -> String {
    let mut t = text.to_owned();
    match rng.below(12) {
        0 => {
            let at = boundary(rng, &t);
            t.insert(at, TYPED[rng.below(TYPED.len())]);
        }
        1 => {
            let at = boundary(rng, &t);
            if let Some(c) = t[at..].chars().next() {
                t.replace_range(at..at + c.len_utf8(), "");
            }
        }
        2 => {
            let at = boundary(rng, &t);
            t.insert_str(at, WORDS[rng.below(WORDS.len())]);
        }
        3 => {
            // A word deleted: from a boundary to the next space.
            let at = boundary(rng, &t);
            let end = t[at..].find(' ').map_or(t.len(), |n| at + n + 1);
            t.replace_range(at..end, "");
        }
        4 => {
            let at = boundary(rng, &t);
            t.insert(at, '\n');
        }
        5 => {
            // Two lines joined: a line break deleted.
            let at = boundary(rng, &t);
            if let Some(n) = t[at..].find('\n') {
                t.replace_range(at + n..at + n + 1, "");
            }
        }
        6 => {
            let other = &others[rng.below(others.len())];
            let line = random_line(rng, other).to_owned();
            let at = line_start(rng, &t);
            t.insert_str(at, &(line + "\n"));
        }
        7 => {
            // A line copied to another place in the same document.
            let line = random_line(rng, text).to_owned();
            let at = line_start(rng, &t);
            t.insert_str(at, &(line + "\n"));
        }
        9 => {
            // A line cut and pasted under the Nơi nhận label (or at the top when there is
            // none): the same text in another zone, read as another kind.
            let at = line_start(rng, &t);
            let end = t[at..].find('\n').map_or(t.len(), |n| at + n + 1);
            let line = t[at..end].trim_end_matches('\n').to_owned();
            t.replace_range(at..end, "");
            let to = t
                .find("Nơi nhận")
                .map_or(0, |n| t[n..].find('\n').map_or(t.len(), |e| n + e + 1));
            t.insert_str(to, &(line + "\n"));
        }
        10 => {
            // A label typed on a line of its own: the lines after it change zone, not text.
            let at = line_start(rng, &t);
            t.insert_str(at, "Nơi nhận:\n");
        }
        11 => {
            // A few lines run together (a paste that lost its line breaks): a long line the
            // reader may take for a document run together and cut at its components.
            let at = line_start(rng, &t);
            let count = 2 + rng.below(12);
            let mut end = at;
            for _ in 0..count {
                match t[end..].find('\n') {
                    Some(n) => end += n + 1,
                    None => break,
                }
            }
            let joined = t[at..end].trim_end_matches('\n').replace('\n', " ");
            t.replace_range(at..end.max(at), &format!("{joined}\n"));
        }
        _ => {
            // A whole line deleted.
            let at = line_start(rng, &t);
            let end = t[at..].find('\n').map_or(t.len(), |n| at + n + 1);
            t.replace_range(at..end, "");
        }
    }
    t
}

/// Everything a report says, as text: the whole structure (source, tree, findings) and the
/// findings as the CLI's JSON writes them.
fn described(report: &Report) -> String {
    let findings: Vec<FindingJson> = report
        .diagnostics
        .iter()
        .map(|d| FindingJson::for_cli(d, &report.source, Lang::Vi))
        .collect();
    format!(
        "{report:?}\n{}",
        serde_json::to_string(&findings).expect("findings as JSON")
    )
}

fn assert_same(session: &mut Session, text: &str, what: &str) {
    let again = described(&session.check(text));
    let fresh = described(&check_str(text, session.config()));
    if again != fresh {
        let at = again
            .bytes()
            .zip(fresh.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(again.len().min(fresh.len()));
        let from = at.saturating_sub(200);
        panic!(
            "{what}: the session's report differs from a fresh check's at byte {at}:\nsession: …{}\nfresh:   …{}",
            again.get(from..(at + 200).min(again.len())).unwrap_or("?"),
            fresh.get(from..(at + 200).min(fresh.len())).unwrap_or("?"),
        );
    }
}

/// Edits `text` `edits` times at random (with undo now and then), checking each version.
fn edit_and_compare(session: &mut Session, text: &str, others: &[String], seed: u64, edits: usize) {
    let mut rng = Rng(seed);
    let mut history = vec![text.to_owned()];
    assert_same(session, text, "the first check");
    for step in 0..edits {
        let current = history.last().unwrap().clone();
        let next = if history.len() > 1 && rng.below(6) == 0 {
            // Undo.
            history.pop();
            history.last().unwrap().clone()
        } else {
            let next = edit(&mut rng, &current, others);
            history.push(next.clone());
            next
        };
        assert_same(session, &next, &format!("seed {seed}, edit {step}"));
    }
}

fn texts(paths: &[std::path::PathBuf]) -> Vec<String> {
    paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|bytes| Source::from_bytes(&bytes).ok())
        .map(|s| s.text().to_owned())
        .collect()
}

/// The dev set's plain-text documents (its PDFs' text layers, OCR, pandoc output…).
fn devset_texts() -> Vec<String> {
    let mut paths = Vec::new();
    for root in ["devset", "qppl"] {
        let mut stack = vec![thethuc_tests::fixtures().join(root)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == "txt")
                    && path.file_name().is_some_and(|n| n != "intake.txt")
                {
                    paths.push(path);
                }
            }
        }
    }
    paths.sort();
    texts(&paths)
}

/// Debug builds (CI's `cargo test --workspace`) try a fraction of the work.
const RELEASE: bool = !cfg!(debug_assertions);

#[test]
fn corpus_documents_edited_read_as_fresh_checks() {
    let docs = texts(&thethuc_tests::corpus_documents());
    assert!(docs.len() >= 10, "corpus documents: {}", docs.len());
    let (count, edits) = if RELEASE { (docs.len(), 20) } else { (4, 6) };
    for (i, doc) in docs.iter().take(count).enumerate() {
        // One session across documents too: a pasted document shares no line with the last.
        let mut session = Session::new(Config::default());
        edit_and_compare(&mut session, doc, &docs, 1000 + i as u64, edits);
    }
}

#[test]
fn devset_documents_edited_read_as_fresh_checks() {
    let docs = devset_texts();
    assert!(docs.len() >= 100, "dev set documents: {}", docs.len());
    // One session for the whole set: switching documents is an edit like another.
    let mut session = Session::new(Config::default());
    let step = if RELEASE { 2 } else { 30 };
    for (i, doc) in docs.iter().enumerate().step_by(step) {
        edit_and_compare(&mut session, doc, &docs, 2000 + i as u64, 4);
    }
}

#[test]
fn lines_over_the_limits_read_as_fresh_checks() {
    // Lines over 120 bytes are left unread; the session must remember that too.
    let config = Config {
        limits: Limits {
            max_line_bytes: 120,
            ..Limits::default()
        },
        ..Config::default()
    };
    let docs = texts(&thethuc_tests::corpus_documents());
    let mut session = Session::new(config);
    let count = if RELEASE { 8 } else { 2 };
    for (i, doc) in docs.iter().take(count).enumerate() {
        edit_and_compare(&mut session, doc, &docs, 3000 + i as u64, 8);
    }
}

#[test]
fn the_long_plan_edited_in_the_middle_reads_as_fresh_checks() {
    let plan = thethuc_tests::long_plan(if RELEASE { 300_000 } else { 30_000 });
    let mut session = Session::new(Config::default());
    assert_same(&mut session, &plan, "the long plan");
    // Byte offsets on character boundaries: the plan's Vietnamese letters take two or three bytes.
    let boundary = |text: &str, at: usize| (at..=text.len()).find(|&i| text.is_char_boundary(i));
    let half = boundary(&plan, plan.len() / 2).unwrap();
    let middle = plan[..half].rfind('\n').unwrap() + 1;
    // A character typed at the start of a middle line, then a line break, then both undone.
    let mut typed = plan.clone();
    typed.insert(middle, 'x');
    assert_same(&mut session, &typed, "a character typed");
    let mut split = typed.clone();
    split.insert(boundary(&typed, middle + 12).unwrap(), '\n');
    assert_same(&mut session, &split, "a line split");
    assert_same(&mut session, &plan, "undone");
}
