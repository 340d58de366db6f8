//! `gloss eval` and `gloss diff`: the hand-made cases of `tests/cases/eval.toml`, run against
//! the library, and the command line's exit statuses and outputs.

use crate::cli::{run, scratch};
use gloss_eval::{Corpus, Diff, Records};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Cases {
    case: Vec<EvalCase>,
    diff: DiffCase,
}

#[derive(Deserialize)]
struct EvalCase {
    name: String,
    /// `tests/cases/eval/FILES.gold.jsonl` and `FILES.pred.jsonl`.
    files: String,
    /// JSON pointer into the report → expected value: a number, a string, `"missing"` for
    /// no such field, or JSON text (`"null"`, `"[]"`, `"[[1,0]]"`).
    expect: BTreeMap<String, toml::Value>,
}

#[derive(Deserialize)]
struct DiffCase {
    /// `"ID KIND [LABEL]"`, in order.
    changes: Vec<String>,
    /// `[index into changes, sentence text]`.
    sentences: Vec<(usize, String)>,
    summary: BTreeMap<String, usize>,
    kinds: BTreeMap<String, usize>,
    labels: BTreeMap<String, BTreeMap<String, usize>>,
}

fn cases() -> Cases {
    let path = case_file("../eval.toml");
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn case_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases/eval")
        .join(name)
}

fn corpus(name: &str) -> Corpus {
    let path = case_file(name);
    Corpus::open(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// Whether `got` is what the case table expects.
fn matches(got: Option<&Value>, want: &toml::Value) -> bool {
    match (got, want) {
        (None, toml::Value::String(s)) => s == "missing",
        (None, _) => false,
        (Some(g), toml::Value::Float(w)) => g.as_f64().is_some_and(|g| (g - w).abs() < 1e-4),
        (Some(g), toml::Value::Integer(w)) => g.as_i64() == Some(*w),
        (Some(g), toml::Value::String(w)) => match serde_json::from_str::<Value>(w) {
            Ok(json) => *g == json,
            Err(_) => g.as_str() == Some(w.as_str()),
        },
        (Some(_), other) => panic!("unsupported expectation {other:?}"),
    }
}

#[test]
fn eval_cases_match_their_hand_computed_metrics() {
    let mut failures = Vec::new();
    for case in cases().case {
        let gold = corpus(&format!("{}.gold.jsonl", case.files));
        let pred = corpus(&format!("{}.pred.jsonl", case.files));
        let report = serde_json::to_value(gloss_eval::evaluate(&gold, &pred)).expect("serializes");
        for (pointer, want) in &case.expect {
            let got = report.pointer(pointer);
            if !matches(got, want) {
                failures.push(format!(
                    "{}: {pointer}: want {want}, got {got:?}",
                    case.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A way to reorder the lines of a file.
type Reorder = fn(&mut Vec<&str>);

/// Ways to reorder the records of a file.
const ORDERS: [(&str, Reorder); 4] = [
    ("as it is", |_| {}),
    ("reversed", |lines| lines.reverse()),
    ("rotated by one", |lines| {
        if !lines.is_empty() {
            lines.rotate_left(1)
        }
    }),
    ("every other line first", |lines| {
        let (even, odd): (Vec<_>, Vec<_>) = lines.iter().enumerate().partition(|(i, _)| i % 2 == 0);
        *lines = even.into_iter().chain(odd).map(|(_, l)| *l).collect();
    }),
];

/// The lines of a case file, reordered.
fn reordered(name: &str, order: Reorder) -> Vec<u8> {
    let text = std::fs::read_to_string(case_file(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut lines: Vec<&str> = text.lines().collect();
    order(&mut lines);
    lines.join("\n").into_bytes()
}

#[test]
fn streamed_results_do_not_depend_on_the_order_of_the_second_file() {
    let mut pairs: Vec<(String, String)> = cases()
        .case
        .iter()
        .map(|c| {
            (
                format!("{}.gold.jsonl", c.files),
                format!("{}.pred.jsonl", c.files),
            )
        })
        .collect();
    pairs.push(("diff.old.jsonl".into(), "diff.new.jsonl".into()));
    pairs.push(("diff.new.jsonl".into(), "diff.old.jsonl".into()));
    for (first, second) in &pairs {
        let (a, b) = (corpus(first), corpus(second));
        let (report, diff) = (gloss_eval::evaluate(&a, &b), gloss_eval::diff(&a, &b));
        for (order, reorder) in ORDERS {
            let bytes = reordered(second, reorder);
            let gold_or_old = || Records::open(&case_file(first)).expect("case file");
            let pred_or_new = || Records::new(&bytes[..], second);
            let streamed = (
                gloss_eval::evaluate_records(gold_or_old(), pred_or_new()).ok(),
                gloss_eval::diff_records(gold_or_old(), pred_or_new()).ok(),
            );
            assert_eq!(
                streamed,
                (Some(report.clone()), Some(diff.clone())),
                "{first} against {second} {order}"
            );
        }
    }
}

#[test]
fn diff_cli_reads_a_folder_as_its_files_one_after_the_other() {
    let dir = scratch("diff-folder");
    let text = std::fs::read_to_string(case_file("diff.old.jsonl")).expect("case file");
    let lines: Vec<&str> = text.lines().collect();
    // Read in name order: b.jsonl after a.jsonl; other files are not read.
    std::fs::write(dir.join("b.jsonl"), lines[2..].join("\n")).expect("scratch file");
    std::fs::write(dir.join("a.jsonl"), lines[..2].join("\n")).expect("scratch file");
    std::fs::write(dir.join("notes.txt"), "not JSONL").expect("scratch file");
    let new = path("diff.new.jsonl");
    let whole = run(&["diff", &path("diff.old.jsonl"), &new, "--json"], b"");
    let folder = run(&["diff", &dir.display().to_string(), &new, "--json"], b"");
    assert_eq!(folder.status.code(), Some(1));
    assert_eq!(folder.stdout, whole.stdout);
}

fn the_diff() -> Diff {
    gloss_eval::diff(&corpus("diff.old.jsonl"), &corpus("diff.new.jsonl"))
}

#[test]
fn diff_finds_every_kind_of_change() {
    let want = cases().diff;
    let diff = the_diff();
    let got: Vec<String> = diff
        .changes
        .iter()
        .map(|c| {
            let mut s = format!("{} {}", c.id, c.kind.name());
            if let Some(label) = &c.label {
                s = format!("{s} {label}");
            }
            s
        })
        .collect();
    assert_eq!(got, want.changes);
    for (i, text) in &want.sentences {
        let context = diff.changes[*i].sentence.as_ref().map(|s| s.text.as_str());
        assert_eq!(context, Some(text.as_str()), "change {i}");
    }
    let summary = serde_json::to_value(&diff.summary).expect("serializes");
    for (key, n) in &want.summary {
        assert_eq!(summary[key], *n, "summary {key}");
    }
    let kinds: BTreeMap<String, usize> =
        serde_json::from_value(summary["kinds"].clone()).expect("counts");
    assert_eq!(kinds, want.kinds);
    let labels: BTreeMap<String, BTreeMap<String, usize>> =
        serde_json::from_value(summary["labels"].clone()).expect("counts");
    assert_eq!(labels, want.labels);
}

#[test]
fn a_file_has_no_change_against_itself() {
    let old = corpus("diff.old.jsonl");
    let diff = gloss_eval::diff(&old, &old);
    assert!(diff.is_empty());
    assert!(diff
        .render(false)
        .starts_with("0 changes in 0 of 5 documents"));
}

#[test]
fn rendered_diff_shows_each_change_with_its_sentence() {
    let text = the_diff().render(false);
    assert!(!text.contains('\u{1b}'), "no colour was asked for");
    assert!(text.contains("kinds (11 changes)"), "{text}");
    assert!(
        text.contains("relabelled       GPE → ORG \"Mexico\" 28..34"),
        "{text}"
    );
    assert!(text.contains("│ Lula met Biden in Brasilia."), "{text}");
    assert!(
        text.contains("15 changes in 5 of 5 documents (5 in OLD)"),
        "{text}"
    );
    let coloured = the_diff().render(true);
    assert!(coloured.contains("\u{1b}[32m"), "additions are green");
}

fn path(name: &str) -> String {
    case_file(name).display().to_string()
}

#[test]
fn eval_cli_exit_status_json_and_gate() {
    let (gold, pred) = (path("schemes.gold.jsonl"), path("schemes.pred.jsonl"));
    let out = run(&["eval", &gold, &pred], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("strict   P 0.200  R 0.250  F1 0.222"),
        "{table}"
    );

    let out = run(&["eval", &gold, &pred, "--json"], b"");
    let json: Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    assert_eq!(json["entities"]["exact"]["micro"]["correct"], 2);

    // strict micro F1 is 0.2222, partial micro F1 0.6667 (see tests/cases/eval.toml).
    let gate = |extra: &[&str]| {
        let mut args = vec!["eval", gold.as_str(), pred.as_str()];
        args.extend_from_slice(extra);
        run(&args, b"")
    };
    assert_eq!(gate(&["--min-f1", "micro=0.2"]).status.code(), Some(0));
    let failed = gate(&["--min-f1", "micro=0.3"]);
    assert_eq!(failed.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&failed.stderr).contains("strict F1 of micro is 0.2222, under 0.3")
    );
    assert_eq!(
        gate(&["--min-f1", "micro=0.6", "--scheme", "partial"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        gate(&["--min-f1", "GPE=0.3", "--min-f1", "DATE=0.1"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        gate(&["--min-f1", "PRODUCT=0.5"]).status.code(),
        Some(1),
        "an absent label fails"
    );
    for bad in [
        &["--min-f1", "GPE"][..],
        &["--min-f1", "GPE=2"],
        &["--scheme", "fuzzy"],
    ] {
        assert_eq!(gate(bad).status.code(), Some(2), "{bad:?}");
    }
    let out = run(&["eval", &gold, "no/such/file.jsonl"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn eval_cli_reports_problems_and_bad_input() {
    let out = run(
        &["eval", &path("ids.gold.jsonl"), &path("ids.pred.jsonl")],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("b: texts differ from code point 14 on"),
        "{table}"
    );
    assert!(table.contains("d: in PRED, not in GOLD"), "{table}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("4 problems kept documents out"));

    let dir = scratch("eval-bad");
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": \"a\", \"text\": \"x\"}\n{not json\n").expect("scratch file");
    let out = run(
        &[
            "eval",
            &path("perfect.gold.jsonl"),
            &bad.display().to_string(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.jsonl:2: not a gloss/1 record"));
}

#[test]
fn eval_cli_annotates_the_gold_itself() {
    // The text route (no such source file): the pipeline's clean text of the gold text is the
    // same text, so the document is scored; "5 May" and the three names are found.
    let out = run(
        &["eval", &path("perfect.gold.jsonl"), "--annotate", "--json"],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["documents"]["scored"], 1, "{json}");
    assert_eq!(json["problems"], serde_json::json!([]));
    assert!(json["entities"]["strict"]["micro"]["correct"].as_u64() > Some(0));
    let out = run(
        &[
            "eval",
            &path("perfect.gold.jsonl"),
            &path("perfect.pred.jsonl"),
            "--annotate",
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "PRED and --annotate exclude each other"
    );
}

#[test]
fn diff_cli_exit_status_json_and_colour() {
    let (old, new) = (path("diff.old.jsonl"), path("diff.new.jsonl"));
    let same = run(&["diff", &old, &old], b"");
    assert_eq!(same.status.code(), Some(0));
    let out = run(&["diff", &old, &new], b"");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}'), "no colour into a pipe");
    let coloured = run(&["diff", &old, &new, "--color", "always"], b"");
    assert!(String::from_utf8_lossy(&coloured.stdout).contains('\u{1b}'));
    let json = run(&["diff", &old, &new, "--json"], b"");
    assert_eq!(json.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&json.stdout).expect("--json prints JSON");
    assert_eq!(json["changes"].as_array().map(Vec::len), Some(15));
    assert_eq!(json["summary"]["kinds"]["relabelled"], 1);
    assert_eq!(
        run(&["diff", &old, "no/such.jsonl"], b"").status.code(),
        Some(2)
    );
}
