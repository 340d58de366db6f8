//! Regression testing of gloss output: scores against gold, and diffs between two runs.
//!
//! This crate owns the comparison of `gloss/1` JSONL files. It **takes** two files of SPEC
//! records (read a [`Record`] at a time by [`Records`], or whole by [`Corpus::read`]; unknown
//! fields are ignored, a span outside its text is a [`ReadError`]) and **gives**:
//!
//! - [`evaluate`]`(gold, pred)` → [`Report`]: entity precision, recall and F1 per label, micro
//!   and macro, under four schemes; value accuracy of matched figures, id accuracy of matched
//!   names; sentence-boundary precision, recall and F1; sentence stance accuracy, macro-F1 and
//!   confusion matrix; and the [`Problem`]s that kept documents out of the scores (ids on one
//!   side only, texts that differ, error records). [`Report::to_table`] renders it for people;
//!   it is `Serialize` for machines.
//! - [`diff`]`(old, new)` → [`Diff`]: every [`Change`] per document (entities added, removed,
//!   relabelled, respanned, values and ids changed; sentences added and removed; stance
//!   changed, and stance evidence (score, cues) changed under the same reading; documents
//!   added and removed), each with the sentence it sits in, and a
//!   [`Summary`] per kind and label. [`Diff::render`] renders it for a terminal; it is
//!   `Serialize` too.
//!
//! Documents of the two files are matched by `id`; offsets are code points, as in the SPEC.
//!
//! [`evaluate_records`] and [`diff_records`] give the same results from two streams of
//! records, read in step: a document is compared as soon as the other file's document of its
//! id has been read, and only then dropped, so two runs over the same inputs in the same order
//! are compared in bounded memory, whatever their size; documents out of order wait in memory
//! for their partner. [`evaluate`] and [`diff`] run the same code over two [`Corpus`].
//!
//! # Entity schemes
//!
//! The schemes are those of SemEval-2013 task 9.1 (Segura-Bedmar et al., *SemEval-2013 Task 9:
//! Extraction of Drug-Drug Interactions from Biomedical Texts*, 2013) as the `nervaluate`
//! package implements them (`compute_metrics` and `compute_precision_recall` in its
//! `evaluate.py`; D. Batista, *Named-Entity evaluation metrics based on entity-level*, 2018),
//! and are computed the same way:
//!
//! | scheme | correct when |
//! |---|---|
//! | `strict` | span and label equal |
//! | `exact` | span equal, any label |
//! | `partial` | spans overlap, any label; an overlap that is not exact is `partial` |
//! | `type` (nervaluate's `ent_type`) | spans overlap and labels equal |
//!
//! Predictions are taken in order of their end, gold entities in order of their start. A
//! prediction equal in span and label to a gold entity is correct under every scheme.
//! Otherwise, the first gold entity with the same span (other label) makes it incorrect under
//! `strict` and `type`, correct under `exact` and `partial`; else each gold entity it overlaps
//! that no earlier prediction touched counts once: incorrect under `strict` and `exact`,
//! partial under `partial`, correct under `type` when the labels agree (incorrect otherwise) —
//! so, as in nervaluate, one prediction over two gold entities counts twice. A prediction that
//! touches no gold entity is spurious; a gold entity no prediction touches is missed. Per
//! label, outcomes count under the gold entity's label, spurious ones under the prediction's.
//!
//! `possible = correct + incorrect + partial + missed`, `actual = correct + incorrect +
//! partial + spurious`; precision is `correct / actual` and recall `correct / possible`, with
//! `correct + partial / 2` in place of `correct` under `partial`. **A ratio whose denominator
//! is 0 is reported as 0** (nervaluate does the same): a file with no predictions has
//! precision 0, not an undefined one. Micro scores add the counts of every label; macro scores
//! are the unweighted means of the per-label precision, recall and F1 over the labels with any
//! count under that scheme.
//!
//! # Values, ids, sentences, stance
//!
//! - Value accuracy is over strict-matched figures whose gold has a `value`: the two objects
//!   must have the same fields with equal strings, and numbers within a relative 1e-9.
//! - Id accuracy is over strict-matched names whose gold has an `id`.
//! - Sentence boundaries are scored as `gloss_gold::boundary_score` scores them: the sentence
//!   ends that are not ends of a gold paragraph (those come free with the paragraphs),
//!   compared by offset; precision and recall are 0 when undefined, as for entities.
//! - Stance is compared over sentences with the same span that carry a stance on both sides;
//!   a stance absent on either side is not evaluated. In a diff, a stance that appears or goes
//!   away (a run with the stance stage against one without) is a change.
//!
//! A document whose texts differ between the files is reported with the first code point at
//! which they differ, and none of its spans is scored.
//!
//! ```
//! use gloss_eval::{diff, evaluate, Corpus, Scheme};
//! let gold = r#"{"id":"a","text":"Mexico met Brazil.","entities":[{"start":0,"end":6,"label":"GPE","id":"mexico"},{"start":11,"end":17,"label":"GPE","id":"brazil"}]}"#;
//! let pred = r#"{"id":"a","text":"Mexico met Brazil.","entities":[{"start":0,"end":6,"label":"GPE","id":"mexico"}]}"#;
//! let (gold, pred) = (Corpus::read(gold.as_bytes(), "gold").unwrap(), Corpus::read(pred.as_bytes(), "pred").unwrap());
//! let report = evaluate(&gold, &pred);
//! assert_eq!(report.f1(Scheme::Strict, "GPE"), Some(2.0 * 1.0 * 0.5 / 1.5));
//! assert_eq!(diff(&gold, &pred).summary.kinds.len(), 1); // one entity removed
//! ```
#![deny(missing_docs)]

mod corpus;
mod diff;
mod eval;
mod pairing;

pub use corpus::{
    Corpus, Document, Entity, ErrorRecord, ReadError, Record, Records, Sentence, Span, Stance,
    StanceCue,
};
pub use diff::{diff, diff_records, Change, ChangeKind, Context, Diff, Item, Summary};
pub use eval::{
    evaluate, evaluate_records, Accuracy, Average, Boundaries, DocumentCounts, Metrics, Problem,
    Report, Scheme, SchemeReport, Side, StanceReport,
};
