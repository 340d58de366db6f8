//! The annotated corpus against its committed snapshot, `corpus/expected/bulletins.jsonl`.
//!
//! A snapshot is gloss's current behaviour, not the truth (that is the gold in
//! `corpus/gold/`): any difference fails, and is shown as `gloss diff` shows it, so that a
//! change of behaviour is seen and then either fixed or accepted with [`ACCEPT`].

use gloss::gloss_ingest::{Input, Units};
use gloss_eval::Corpus;
use std::path::{Path, PathBuf};

/// The committed output, relative to the package root (where `cargo test` runs).
const SNAPSHOT: &str = "corpus/expected/bulletins.jsonl";

/// The one command that accepts the current output as the new snapshot.
const ACCEPT: &str =
    "cargo run --release -- annotate corpus/bulletins -o corpus/expected/bulletins.jsonl";

#[test]
fn corpus_output_matches_the_snapshot() {
    // The same input argument as ACCEPT, relative, so that `source` is the same string.
    let bulletins = Path::new("corpus/bulletins");
    assert!(bulletins.is_dir(), "run from the package root");
    let mut got = Vec::new();
    crate::pipeline()
        .run(
            Units::new(vec![Input::Path(PathBuf::from(bulletins))]),
            &mut got,
            &mut |_| {},
        )
        .expect("writing to memory cannot fail");
    let expected = std::fs::read(SNAPSHOT)
        .unwrap_or_else(|e| panic!("{SNAPSHOT}: {e}; create it with\n  {ACCEPT}"));
    if got == expected {
        return;
    }
    let read =
        |bytes: &[u8], name: &str| Corpus::read(bytes, name).unwrap_or_else(|e| panic!("{e}"));
    let diff = gloss_eval::diff(&read(&expected, SNAPSHOT), &read(&got, "current output"));
    let first = expected
        .split(|&b| b == b'\n')
        .zip(got.split(|&b| b == b'\n'))
        .position(|(a, b)| a != b)
        .map_or("the line counts".to_string(), |i| format!("line {}", i + 1));
    panic!(
        "the annotated corpus differs from {SNAPSHOT} (first at {first}):\n\n{}\n{}If the change \
         is intended, accept it with\n  {ACCEPT}\nand commit the file.",
        diff.render(false),
        if diff.is_empty() {
            "No span, label, value, id, stance or stance evidence changed: the records differ in other fields.\n"
        } else {
            ""
        }
    );
}
