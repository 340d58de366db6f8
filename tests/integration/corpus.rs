//! The pipeline against the hand-written gold of the corpus (`corpus/gold/*.gold`).

use gloss::gloss_doc::{Document, Meta, Span};
use gloss::gloss_emit::CharOffsets;
use gloss::Pipeline;
use gloss_gold::{boundary_score, CharSpan, GoldDoc, Score};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every gold document, in id order.
fn gold_docs() -> Vec<GoldDoc> {
    let dir = root().join("corpus/gold");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/gold exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "gold"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let src = std::fs::read_to_string(p).expect("readable gold");
            gloss_gold::parse(&src).unwrap_or_else(|e| panic!("{}:{e}", p.display()))
        })
        .collect()
}

struct Predicted {
    text: String,
    meta: Meta,
    paragraphs: Vec<CharSpan>,
    sentences: Vec<CharSpan>,
    sections: Vec<(CharSpan, Option<String>)>,
}

fn annotate(pipeline: &Pipeline, path: &Path) -> Predicted {
    let text = std::fs::read_to_string(path).expect("readable bulletin");
    let a = pipeline.annotate(Document {
        id: String::new(),
        source: String::new(),
        meta: Meta::new(),
        text,
    });
    let chars = CharOffsets::new(a.text());
    let span = |s: Span| {
        let w = chars.span(s);
        CharSpan {
            start: w.start as usize,
            end: w.end as usize,
        }
    };
    Predicted {
        text: a.text().to_string(),
        paragraphs: a.segments.paragraphs.iter().map(|&s| span(s)).collect(),
        sentences: a.segments.sentences.iter().map(|&s| span(s)).collect(),
        sections: a
            .segments
            .sections
            .iter()
            .map(|s| (span(s.span), s.title.map(|t| t.slice(a.text()).to_string())))
            .collect(),
        meta: a.meta,
    }
}

/// The first line where two texts differ, for a readable failure.
fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.split("\n\n").zip(got.split("\n\n")).enumerate() {
        if w != g {
            return format!("paragraph {i}:\n  gold: {w:?}\n  got:  {g:?}");
        }
    }
    format!(
        "paragraph counts differ: gold {}, got {}",
        want.split("\n\n").count(),
        got.split("\n\n").count()
    )
}

#[test]
fn corpus_has_at_least_twelve_bulletins_of_400_to_1200_words() {
    let docs = gold_docs();
    assert!(docs.len() >= 12, "{} gold documents", docs.len());
    for doc in &docs {
        let words = doc.text.split_whitespace().count();
        assert!((400..=1200).contains(&words), "{}: {words} words", doc.id);
        assert!(
            root()
                .join(format!("corpus/bulletins/{}.md", doc.id))
                .is_file(),
            "{}: no bulletin",
            doc.id
        );
    }
}

#[test]
fn gold_jsonl_is_in_sync_with_gold_sources() {
    for doc in gold_docs() {
        let path = root().join(format!("corpus/gold/{}.jsonl", doc.id));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let fresh = serde_json::to_string(&doc.to_record()).expect("serializes") + "\n";
        assert!(
            committed == fresh,
            "{} is stale: run `cargo run -p gloss-gold -- corpus/gold`",
            path.display()
        );
    }
}

#[test]
fn clean_text_and_structure_match_the_gold() {
    let pipeline = Pipeline::builder().build();
    let mut failures = Vec::new();
    for gold in gold_docs() {
        let got = annotate(
            &pipeline,
            &root().join(format!("corpus/bulletins/{}.md", gold.id)),
        );
        if got.text != gold.text {
            failures.push(format!(
                "{}: clean text differs at {}",
                gold.id,
                first_difference(&gold.text, &got.text)
            ));
            continue;
        }
        for (key, want) in &gold.meta {
            let value = got.meta.get(key).and_then(|v| v.as_str());
            if value != Some(want.as_str()) {
                failures.push(format!(
                    "{}: meta.{key} is {value:?}, gold {want:?}",
                    gold.id
                ));
            }
        }
        if got.paragraphs != gold.paragraphs {
            failures.push(format!("{}: paragraphs differ", gold.id));
        }
        let want_sections: Vec<_> = gold
            .sections
            .iter()
            .map(|s| (s.span, s.title.clone()))
            .collect();
        if got.sections != want_sections {
            failures.push(format!(
                "{}: sections differ\n  gold: {want_sections:?}\n  got:  {:?}",
                gold.id, got.sections
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Sentence-boundary F1 over the whole corpus; prints the table (`--nocapture` to see it).
#[test]
fn sentence_boundaries_match_the_gold() {
    let pipeline = Pipeline::builder().build();
    let mut total = Score::default();
    let mut report = vec![format!(
        "{:<28} {:>4} {:>4} {:>4} {:>6}",
        "document", "tp", "fp", "fn", "F1"
    )];
    let mut errors = Vec::new();
    for gold in gold_docs() {
        let got = annotate(
            &pipeline,
            &root().join(format!("corpus/bulletins/{}.md", gold.id)),
        );
        if got.text != gold.text {
            errors.push(format!(
                "{}: clean text differs; boundaries not comparable",
                gold.id
            ));
            continue;
        }
        let score = boundary_score(&gold.sentences, &got.sentences, &gold.paragraphs);
        for s in got.sentences.iter().filter(|s| !gold.sentences.contains(s)) {
            let text: String = gold
                .text
                .chars()
                .skip(s.start)
                .take(s.end - s.start)
                .collect();
            errors.push(format!(
                "{}: predicted sentence not in gold: {text:?}",
                gold.id
            ));
        }
        report.push(format!(
            "{:<28} {:>4} {:>4} {:>4} {:>6.3}",
            gold.id,
            score.true_positives,
            score.false_positives,
            score.false_negatives,
            score.f1()
        ));
        total.add(score);
    }
    report.push(format!(
        "{:<28} {:>4} {:>4} {:>4} {:>6.3}   (P {:.3}, R {:.3})",
        "all",
        total.true_positives,
        total.false_positives,
        total.false_negatives,
        total.f1(),
        total.precision(),
        total.recall()
    ));
    eprintln!("{}\n{}", report.join("\n"), errors.join("\n"));
    assert!(
        total.f1() >= 0.98,
        "sentence-boundary F1 {:.3} is below 0.98",
        total.f1()
    );
}
