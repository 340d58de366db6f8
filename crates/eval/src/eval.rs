//! Scores of predicted documents against gold ones.

use crate::corpus::{
    first_difference, values_equal, Corpus, Document, Entity, ErrorRecord, Record, Span, Stance,
};
use crate::pairing::{
    in_order, over_corpora, over_records, Compare, Entry, Input, Paired, Pairing,
};
use gloss_gold::{boundary_score, is_name_label, CharSpan};
use serde::Serialize;
use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// The four entity-matching schemes of SemEval-2013 task 9.1, as nervaluate names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    /// Same span and same label.
    Strict,
    /// Same span, whatever the label.
    Exact,
    /// Overlapping span, whatever the label; an overlap that is not exact counts half.
    Partial,
    /// Overlapping span and same label (nervaluate's `ent_type`).
    Type,
}

impl Scheme {
    /// Every scheme, in report order.
    pub const ALL: [Scheme; 4] = [Scheme::Strict, Scheme::Exact, Scheme::Partial, Scheme::Type];

    /// The scheme's name: `strict`, `exact`, `partial` or `type`.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Strict => "strict",
            Scheme::Exact => "exact",
            Scheme::Partial => "partial",
            Scheme::Type => "type",
        }
    }

    /// The scheme of a name.
    pub fn parse(name: &str) -> Option<Scheme> {
        Scheme::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// How one gold or predicted entity fared under one scheme.
#[derive(Clone, Copy)]
enum Outcome {
    Correct,
    Incorrect,
    Partial,
    Missed,
    Spurious,
}

/// nervaluate's five counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counts {
    correct: usize,
    incorrect: usize,
    partial: usize,
    missed: usize,
    spurious: usize,
}

impl Counts {
    fn record(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Correct => self.correct += 1,
            Outcome::Incorrect => self.incorrect += 1,
            Outcome::Partial => self.partial += 1,
            Outcome::Missed => self.missed += 1,
            Outcome::Spurious => self.spurious += 1,
        }
    }

    fn metrics(self, scheme: Scheme) -> Metrics {
        let possible = self.correct + self.incorrect + self.partial + self.missed;
        let actual = self.correct + self.incorrect + self.partial + self.spurious;
        let half = if scheme == Scheme::Partial { 0.5 } else { 0.0 };
        let credit = self.correct as f64 + half * self.partial as f64;
        let (precision, recall, f1) = precision_recall_f1(credit, actual, possible);
        Metrics {
            correct: self.correct,
            incorrect: self.incorrect,
            partial: self.partial,
            missed: self.missed,
            spurious: self.spurious,
            possible,
            actual,
            precision,
            recall,
            f1,
        }
    }
}

/// Precision `credit/actual`, recall `credit/possible` and their harmonic mean; each is 0
/// where it is undefined (nothing predicted, nothing to find), as in nervaluate.
fn precision_recall_f1(credit: f64, actual: usize, possible: usize) -> (f64, f64, f64) {
    let ratio = |n: usize| if n == 0 { 0.0 } else { credit / n as f64 };
    let (p, r) = (ratio(actual), ratio(possible));
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f1)
}

/// The scores of one label (or of all, micro-averaged) under one scheme.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Metrics {
    /// Gold entities matched as the scheme requires.
    pub correct: usize,
    /// Predictions matched to a gold entity in a way the scheme rejects.
    pub incorrect: usize,
    /// Overlaps that are not exact (credited half, under `partial` only).
    pub partial: usize,
    /// Gold entities that no prediction touches.
    pub missed: usize,
    /// Predictions that touch no gold entity.
    pub spurious: usize,
    /// `correct + incorrect + partial + missed`: gold entities that count.
    pub possible: usize,
    /// `correct + incorrect + partial + spurious`: predictions that count.
    pub actual: usize,
    /// `correct / actual` (`partial`: `(correct + partial/2) / actual`); 0 when `actual` is 0.
    pub precision: f64,
    /// `correct / possible` (`partial`: `(correct + partial/2) / possible`); 0 when `possible` is 0.
    pub recall: f64,
    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub f1: f64,
}

/// Unweighted means over labels.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Average {
    /// Mean precision.
    pub precision: f64,
    /// Mean recall.
    pub recall: f64,
    /// Mean F1 (of the per-label F1s).
    pub f1: f64,
}

/// Entity scores under one scheme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SchemeReport {
    /// Over all entities.
    pub micro: Metrics,
    /// The mean over the labels that have any count (`possible + actual > 0`).
    #[serde(rename = "macro")]
    pub macro_average: Average,
    /// Per label.
    pub labels: BTreeMap<String, Metrics>,
}

/// Right answers out of those that could be checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Accuracy {
    /// Right.
    pub right: usize,
    /// Checked.
    pub total: usize,
    /// `right / total`; 0 when nothing was checked.
    pub accuracy: f64,
}

impl Accuracy {
    fn count(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
        self.accuracy = self.right as f64 / self.total as f64;
    }
}

/// Sentence-boundary scores.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Boundaries {
    /// Boundaries in both.
    pub true_positives: usize,
    /// Predicted, not in gold.
    pub false_positives: usize,
    /// In gold, not predicted.
    pub false_negatives: usize,
    /// `tp / (tp + fp)`; 0 when nothing was predicted.
    pub precision: f64,
    /// `tp / (tp + fn)`; 0 when there was nothing to find.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

/// Sentence stance scores over the sentences that have the same span and a stance on both sides.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StanceReport {
    /// Sentences compared.
    pub sentences: usize,
    /// Share of them with the gold label.
    pub accuracy: f64,
    /// Mean F1 over the labels that occur in gold or predictions.
    pub macro_f1: f64,
    /// The labels, in the order of the matrix.
    pub labels: Vec<String>,
    /// `confusion[gold][predicted]`: sentence counts, rows and columns in `labels` order.
    pub confusion: Vec<Vec<usize>>,
    /// Sentences that both sides call a stance (a label other than `none`) with the same
    /// actor and target, out of `parties_judged`.
    pub parties_right: usize,
    /// Sentences that both sides call a stance.
    pub parties_judged: usize,
}

/// Which of the two files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The gold file.
    Gold,
    /// The predicted file.
    Pred,
}

/// Something about a document that kept it (or part of it) out of the scores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// A gold document with no prediction of the same id.
    MissingInPred {
        /// The document id.
        id: String,
    },
    /// A predicted document with no gold of the same id.
    MissingInGold {
        /// The document id.
        id: String,
    },
    /// The texts differ, so no span can be compared.
    TextMismatch {
        /// The document id.
        id: String,
        /// The first code point at which they differ.
        offset: usize,
    },
    /// An error record.
    ErrorRecord {
        /// The document id.
        id: String,
        /// Which file it is in.
        side: Side,
        /// Its `error.kind`.
        error_kind: String,
        /// Its `error.message`.
        message: String,
    },
    /// A second record with an id already seen in the same file; only the first is scored.
    DuplicateId {
        /// The document id.
        id: String,
        /// Which file.
        side: Side,
    },
}

/// How many documents each file has and how many were scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentCounts {
    /// Success records in the gold file.
    pub gold: usize,
    /// Success records in the predicted file.
    pub pred: usize,
    /// Documents in both, with equal texts.
    pub scored: usize,
}

/// Everything [`evaluate`] measures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Document counts.
    pub documents: DocumentCounts,
    /// Entity scores, per scheme.
    pub entities: BTreeMap<Scheme, SchemeReport>,
    /// Values of strict-matched figures that equal the gold value (field by field, numbers
    /// within a relative 1e-9); figures whose gold has no value are not checked.
    pub values: Accuracy,
    /// Ids of strict-matched names that equal the gold id.
    pub ids: Accuracy,
    /// Sentence boundaries.
    pub sentences: Boundaries,
    /// Sentence stance; `None` when no sentence has a stance on both sides.
    pub stance: Option<StanceReport>,
    /// Documents left out of the scores, in whole or in part, and why.
    pub problems: Vec<Problem>,
}

impl Report {
    /// The F1 of `label` (an entity label, `micro` or `macro`) under `scheme`; `None` for a
    /// label with no gold or predicted entity.
    pub fn f1(&self, scheme: Scheme, label: &str) -> Option<f64> {
        let s = self.entities.get(&scheme)?;
        match label {
            "micro" => Some(s.micro.f1),
            "macro" => Some(s.macro_average.f1),
            _ => s.labels.get(label).map(|m| m.f1),
        }
    }
}

/// Counts per scheme, overall and per label, before metrics are derived.
#[derive(Default)]
struct Tally {
    overall: [Counts; 4],
    labels: BTreeMap<String, [Counts; 4]>,
}

impl Tally {
    /// Records one outcome per scheme, in [`Scheme::ALL`] order, against `label`.
    fn record(&mut self, label: &str, outcomes: [Outcome; 4]) {
        let per_label = match self.labels.get_mut(label) {
            Some(c) => c,
            None => self.labels.entry(label.to_string()).or_default(),
        };
        for (i, outcome) in outcomes.into_iter().enumerate() {
            self.overall[i].record(outcome);
            per_label[i].record(outcome);
        }
    }

    fn report(&self, index: usize, scheme: Scheme) -> SchemeReport {
        let labels: BTreeMap<String, Metrics> = self
            .labels
            .iter()
            .filter(|(_, c)| c[index] != Counts::default())
            .map(|(l, c)| (l.clone(), c[index].metrics(scheme)))
            .collect();
        let n = labels.len().max(1) as f64;
        let mean = |f: fn(&Metrics) -> f64| labels.values().map(f).sum::<f64>() / n;
        SchemeReport {
            micro: self.overall[index].metrics(scheme),
            macro_average: Average {
                precision: mean(|m| m.precision),
                recall: mean(|m| m.recall),
                f1: mean(|m| m.f1),
            },
            labels,
        }
    }
}

/// Scores `pred` against `gold`, matching documents by id.
pub fn evaluate(gold: &Corpus, pred: &Corpus) -> Report {
    over_corpora::<Evaluation<_>>(gold, pred).finish()
}

/// Scores the records of `pred` against those of `gold` as they are read (from [`Records`],
/// say), matching documents by id: a document is held only until the other input's document
/// of its id comes, so inputs in the same order are scored in bounded memory. The report is
/// [`evaluate`]'s. The first error of `gold`, else of `pred`, stops it.
///
/// [`Records`]: crate::Records
pub fn evaluate_records<E>(
    gold: impl IntoIterator<Item = Result<Record, E>>,
    pred: impl IntoIterator<Item = Result<Record, E>>,
) -> Result<Report, E> {
    over_records::<Evaluation<_>, _>(gold, pred).map(Evaluation::finish)
}

/// The scores so far, and what is needed to list the problems in the order of the files.
struct Evaluation<D> {
    pairing: Pairing<D>,
    scores: Scores,
    /// Success records per file, repeated ids included.
    documents: [usize; 2],
    /// Per file, the documents of an id seen before in it, in file order.
    repeated: [Vec<Problem>; 2],
    /// Per file, its error records.
    errors: [Vec<ErrorRecord>; 2],
    /// Texts that differ, with the position of the GOLD document, to list them in GOLD's order.
    mismatches: Vec<(usize, Problem)>,
    scored: usize,
}

impl<D> Default for Evaluation<D> {
    fn default() -> Self {
        Evaluation {
            pairing: Pairing::default(),
            scores: Scores::default(),
            documents: [0; 2],
            repeated: Default::default(),
            errors: Default::default(),
            mismatches: Vec::new(),
            scored: 0,
        }
    }
}

fn side(input: Input) -> Side {
    match input {
        Input::First => Side::Gold,
        Input::Second => Side::Pred,
    }
}

impl<D: Borrow<Document>> Compare<D> for Evaluation<D> {
    fn take(&mut self, input: Input, entry: Entry<D>) {
        let i = input.index();
        let doc = match entry {
            Entry::Error(error) => return self.errors[i].push(error),
            Entry::Document(doc) => doc,
        };
        self.documents[i] += 1;
        match self.pairing.add(input, doc) {
            Paired::Repeated(doc) => self.repeated[i].push(Problem::DuplicateId {
                id: doc.borrow().id.clone(),
                side: side(input),
            }),
            Paired::Waiting => {}
            Paired::Both {
                first: gold,
                second: pred,
                position,
            } => {
                let (gold, pred) = (gold.borrow(), pred.borrow());
                match first_difference(&gold.text, &pred.text) {
                    Some(offset) => self.mismatches.push((
                        position,
                        Problem::TextMismatch {
                            id: gold.id.clone(),
                            offset,
                        },
                    )),
                    None => {
                        self.scores.add(gold, pred);
                        self.scored += 1;
                    }
                }
            }
        }
    }
}

impl<D: Borrow<Document>> Evaluation<D> {
    /// The report, once both files are read. Problems are listed as when the files were read
    /// whole: repeated ids (GOLD's, then PRED's), error records (likewise), then GOLD's
    /// documents not scored in GOLD's order, then PRED's documents with no gold in PRED's.
    fn finish(self) -> Report {
        let Evaluation {
            pairing,
            scores,
            documents,
            repeated: [repeated_gold, repeated_pred],
            errors: [errors_gold, errors_pred],
            mut mismatches,
            scored,
        } = self;
        // A document that failed on either side is not also missing on the other.
        let failed: HashSet<&str> = errors_gold
            .iter()
            .chain(&errors_pred)
            .map(|e| e.id.as_str())
            .collect();
        let [gold_left, pred_left] = pairing.waiting.map(in_order);
        let missing = |left: Vec<(usize, D)>, problem: fn(String) -> Problem| {
            left.into_iter()
                .filter(|(_, d)| !failed.contains(d.borrow().id.as_str()))
                .map(move |(position, d)| (position, problem(d.borrow().id.clone())))
                .collect::<Vec<_>>()
        };
        mismatches.extend(missing(gold_left, |id| Problem::MissingInPred { id }));
        mismatches.sort_by_key(|(position, _)| *position);
        let missing_in_gold = missing(pred_left, |id| Problem::MissingInGold { id });
        let mut problems = repeated_gold;
        problems.extend(repeated_pred);
        for (errors, side) in [(errors_gold, Side::Gold), (errors_pred, Side::Pred)] {
            problems.extend(errors.into_iter().map(|e| Problem::ErrorRecord {
                id: e.id,
                side,
                error_kind: e.kind,
                message: e.message,
            }));
        }
        problems.extend(mismatches.into_iter().map(|(_, p)| p));
        problems.extend(missing_in_gold.into_iter().map(|(_, p)| p));
        scores.report(
            DocumentCounts {
                gold: documents[0],
                pred: documents[1],
                scored,
            },
            problems,
        )
    }
}

#[derive(Default)]
struct Scores {
    tally: Tally,
    values: Accuracy,
    ids: Accuracy,
    boundaries: gloss_gold::Score,
    stances: BTreeMap<(String, String), usize>,
    /// (right, judged): actor and target of the sentences both sides call a stance.
    parties: (usize, usize),
}

impl Scores {
    fn add(&mut self, gold: &Document, pred: &Document) {
        self.match_entities(&gold.entities, &pred.entities);
        let chars = |spans: &mut dyn Iterator<Item = Span>| -> Vec<CharSpan> {
            spans
                .map(|s| CharSpan {
                    start: s.start,
                    end: s.end,
                })
                .collect()
        };
        self.boundaries.add(boundary_score(
            &chars(&mut gold.sentences.iter().map(|s| s.span())),
            &chars(&mut pred.sentences.iter().map(|s| s.span())),
            &chars(&mut gold.paragraphs.iter().copied()),
        ));
        let predicted: HashMap<Span, &Stance> = pred
            .sentences
            .iter()
            .filter_map(|s| Some((s.span(), s.stance.as_ref()?)))
            .collect();
        for s in &gold.sentences {
            if let (Some(g), Some(p)) = (&s.stance, predicted.get(&s.span())) {
                *self
                    .stances
                    .entry((g.label.clone(), p.label.clone()))
                    .or_default() += 1;
                if g.label != "none" && p.label != "none" {
                    self.parties.1 += 1;
                    self.parties.0 += usize::from(g.actor == p.actor && g.target == p.target);
                }
            }
        }
    }

    /// nervaluate's `compute_metrics`, scenario by scenario (see the crate doc): predictions
    /// in order of their end, gold in order of their start.
    fn match_entities(&mut self, gold: &[Entity], pred: &[Entity]) {
        use Outcome::*;
        let mut gold: Vec<&Entity> = gold.iter().collect();
        gold.sort_by_key(|e| e.start);
        let mut pred: Vec<&Entity> = pred.iter().collect();
        pred.sort_by_key(|e| e.end);
        let mut touched = vec![false; gold.len()];
        for p in pred {
            // I: same span and label.
            if let Some(i) = gold
                .iter()
                .position(|g| g.span() == p.span() && g.label == p.label)
            {
                touched[i] = true;
                self.tally.record(&p.label, [Correct; 4]);
                self.check_value_and_id(gold[i], p);
                continue;
            }
            let mut found = false;
            for (i, g) in gold.iter().enumerate() {
                if p.end <= g.start {
                    break; // gold is sorted by start: nothing after this overlaps
                }
                if g.span() == p.span() {
                    // IV: same span, other label.
                    self.tally
                        .record(&g.label, [Incorrect, Correct, Correct, Incorrect]);
                    touched[i] = true;
                    found = true;
                    break;
                }
                if g.span().overlaps(p.span()) && !touched[i] {
                    touched[i] = true;
                    found = true;
                    // V: overlap, same label; VI: overlap, other label.
                    let type_outcome = if g.label == p.label {
                        Correct
                    } else {
                        Incorrect
                    };
                    self.tally
                        .record(&g.label, [Incorrect, Incorrect, Partial, type_outcome]);
                }
            }
            if !found {
                // II: spurious.
                self.tally.record(&p.label, [Spurious; 4]);
            }
        }
        for (g, touched) in gold.iter().zip(touched) {
            if !touched {
                // III: missed.
                self.tally.record(&g.label, [Missed; 4]);
            }
        }
    }

    fn check_value_and_id(&mut self, gold: &Entity, pred: &Entity) {
        if is_name_label(&gold.label) {
            if let Some(id) = &gold.id {
                self.ids.count(pred.id.as_ref() == Some(id));
            }
        } else if let Some(value) = gold.value.as_ref().filter(|v| !v.is_empty()) {
            self.values
                .count(pred.value.as_ref().is_some_and(|p| values_equal(value, p)));
        }
    }

    fn report(self, documents: DocumentCounts, problems: Vec<Problem>) -> Report {
        let b = self.boundaries;
        let (precision, recall, f1) = precision_recall_f1(
            b.true_positives as f64,
            b.true_positives + b.false_positives,
            b.true_positives + b.false_negatives,
        );
        Report {
            documents,
            entities: Scheme::ALL
                .iter()
                .enumerate()
                .map(|(i, &s)| (s, self.tally.report(i, s)))
                .collect(),
            values: self.values,
            ids: self.ids,
            sentences: Boundaries {
                true_positives: b.true_positives,
                false_positives: b.false_positives,
                false_negatives: b.false_negatives,
                precision,
                recall,
                f1,
            },
            stance: stance_report(&self.stances, self.parties),
            problems,
        }
    }
}

/// The labels a stance matrix always shows, in this order; others follow, sorted.
const STANCE_LABELS: [&str; 4] = ["cooperation", "resistance", "mixed", "none"];

fn stance_report(
    pairs: &BTreeMap<(String, String), usize>,
    (parties_right, parties_judged): (usize, usize),
) -> Option<StanceReport> {
    if pairs.is_empty() {
        return None;
    }
    let mut labels: Vec<String> = STANCE_LABELS.iter().map(|l| l.to_string()).collect();
    for (g, p) in pairs.keys() {
        for l in [g, p] {
            if !labels.contains(l) {
                labels.push(l.clone());
            }
        }
    }
    labels[STANCE_LABELS.len()..].sort();
    let at = |l: &String| labels.iter().position(|x| x == l).unwrap_or(0);
    let mut confusion = vec![vec![0; labels.len()]; labels.len()];
    for ((g, p), n) in pairs {
        confusion[at(g)][at(p)] += n;
    }
    let total: usize = pairs.values().sum();
    let right: usize = (0..labels.len()).map(|i| confusion[i][i]).sum();
    let mut f1s = Vec::new();
    for i in 0..labels.len() {
        let row: usize = confusion[i].iter().sum();
        let column: usize = confusion.iter().map(|r| r[i]).sum();
        if row + column > 0 {
            f1s.push(precision_recall_f1(confusion[i][i] as f64, column, row).2);
        }
    }
    Some(StanceReport {
        sentences: total,
        accuracy: right as f64 / total as f64,
        macro_f1: f1s.iter().sum::<f64>() / f1s.len().max(1) as f64,
        labels,
        confusion,
        parties_right,
        parties_judged,
    })
}

impl Report {
    /// The report as a table for people.
    pub fn to_table(&self) -> String {
        let mut t = String::new();
        let d = self.documents;
        let _ = writeln!(
            t,
            "{} documents scored ({} in GOLD, {} in PRED)\n",
            d.scored, d.gold, d.pred
        );
        let strict = &self.entities[&Scheme::Strict];
        let _ = writeln!(
            t,
            "Entities, per label (strict: same span and label; F1 under the other schemes)"
        );
        let _ = writeln!(
            t,
            "{:<12} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6} | {:>6} {:>7} {:>6}",
            "label",
            "gold",
            "pred",
            "cor",
            "inc",
            "mis",
            "spu",
            "P",
            "R",
            "F1",
            "exact",
            "partial",
            "type"
        );
        let other_f1 = |label: &str| {
            [Scheme::Exact, Scheme::Partial, Scheme::Type].map(|s| self.f1(s, label).unwrap_or(0.0))
        };
        let rows = strict
            .labels
            .iter()
            .map(|(l, m)| (l.as_str(), m))
            .chain([("micro", &strict.micro)]);
        for (label, m) in rows {
            let [e, p, ty] = other_f1(label);
            let _ = writeln!(
                t,
                "{:<12} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>7.3} {:>6.3}",
                label, m.possible, m.actual, m.correct, m.incorrect, m.missed, m.spurious,
                m.precision, m.recall, m.f1, e, p, ty
            );
        }
        let [e, p, ty] = other_f1("macro");
        let a = strict.macro_average;
        let _ = writeln!(
            t,
            "{:<12} {:>35} {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>7.3} {:>6.3}\n",
            "macro", "", a.precision, a.recall, a.f1, e, p, ty
        );
        let _ = writeln!(t, "Entities, per scheme (micro P/R/F1, macro F1)");
        for (scheme, s) in &self.entities {
            let m = s.micro;
            let _ = writeln!(
                t,
                "{:<8} P {:.3}  R {:.3}  F1 {:.3}  macro-F1 {:.3}",
                scheme.name(),
                m.precision,
                m.recall,
                m.f1,
                s.macro_average.f1
            );
        }
        let accuracy = |a: &Accuracy| format!("{}/{} ({:.3})", a.right, a.total, a.accuracy);
        let _ = writeln!(
            t,
            "\nValues of strict-matched figures: {}\nIds of strict-matched names:      {}",
            accuracy(&self.values),
            accuracy(&self.ids)
        );
        let b = self.sentences;
        let _ = writeln!(
            t,
            "\nSentence boundaries (ends inside paragraphs): tp {} fp {} fn {}  P {:.3}  R {:.3}  F1 {:.3}",
            b.true_positives, b.false_positives, b.false_negatives, b.precision, b.recall, b.f1
        );
        match &self.stance {
            None => {
                let _ = writeln!(t, "\nStance: no sentence has a stance on both sides");
            }
            Some(s) => {
                let _ = writeln!(
                    t,
                    "\nStance of {} sentences: accuracy {:.3}  macro-F1 {:.3}\n{:<12} predicted →",
                    s.sentences, s.accuracy, s.macro_f1, "gold ↓"
                );
                let _ = write!(t, "{:<12}", "");
                for l in &s.labels {
                    let _ = write!(t, " {l:>11}");
                }
                let _ = writeln!(t);
                for (l, row) in s.labels.iter().zip(&s.confusion) {
                    let _ = write!(t, "{l:<12}");
                    for n in row {
                        let _ = write!(t, " {n:>11}");
                    }
                    let _ = writeln!(t);
                }
                let _ = writeln!(
                    t,
                    "actor>target right on the {} sentences both sides call a stance: {}",
                    s.parties_judged, s.parties_right
                );
            }
        }
        if !self.problems.is_empty() {
            let _ = writeln!(t, "\nProblems ({}):", self.problems.len());
            for p in &self.problems {
                let _ = writeln!(t, "  {}", describe(p));
            }
        }
        t
    }
}

fn describe(p: &Problem) -> String {
    match p {
        Problem::MissingInPred { id } => format!("{id}: in GOLD, not in PRED (not scored)"),
        Problem::MissingInGold { id } => format!("{id}: in PRED, not in GOLD (not scored)"),
        Problem::TextMismatch { id, offset } => {
            format!("{id}: texts differ from code point {offset} on (spans not scored)")
        }
        Problem::ErrorRecord {
            id,
            side,
            error_kind,
            message,
        } => format!(
            "{id}: error record in {} ({error_kind}: {message})",
            side_name(*side)
        ),
        Problem::DuplicateId { id, side } => {
            format!(
                "{id}: repeated in {}; only the first is scored",
                side_name(*side)
            )
        }
    }
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Gold => "GOLD",
        Side::Pred => "PRED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(lines: &[&str]) -> Corpus {
        Corpus::read(lines.join("\n").as_bytes(), "test").expect("valid records")
    }

    const TEXT: &str = r#""text":"Mexico City met Lula.""#;

    #[test]
    fn one_prediction_over_two_gold_entities_counts_twice_as_in_nervaluate() {
        let gold = corpus(&[&format!(
            r#"{{"id":"a",{TEXT},"entities":[{{"start":0,"end":6,"label":"GPE"}},{{"start":7,"end":11,"label":"GPE"}}]}}"#
        )]);
        let pred = corpus(&[&format!(
            r#"{{"id":"a",{TEXT},"entities":[{{"start":0,"end":11,"label":"GPE"}}]}}"#
        )]);
        let r = evaluate(&gold, &pred);
        let strict = r.entities[&Scheme::Strict].micro;
        // Two overlaps with an unmatched gold entity: 2 incorrect, actual 2 for 1 prediction.
        assert_eq!(
            (strict.incorrect, strict.possible, strict.actual),
            (2, 2, 2)
        );
        let partial = r.entities[&Scheme::Partial].micro;
        // (0 + 2 * 0.5) / 2
        assert_eq!((partial.partial, partial.precision), (2, 0.5));
        assert_eq!(r.entities[&Scheme::Type].micro.f1, 1.0);
    }

    #[test]
    fn repeated_ids_score_the_first_and_are_reported() {
        let doc = format!(
            r#"{{"id":"a",{TEXT},"entities":[{{"start":16,"end":20,"label":"PERSON","id":"lula"}}]}}"#
        );
        let other = format!(r#"{{"id":"a",{TEXT},"entities":[]}}"#);
        let r = evaluate(&corpus(&[&doc, &other]), &corpus(&[&doc]));
        assert_eq!(r.documents.scored, 1);
        assert_eq!(r.f1(Scheme::Strict, "PERSON"), Some(1.0));
        assert_eq!(
            r.problems,
            [Problem::DuplicateId {
                id: "a".into(),
                side: Side::Gold
            }]
        );
        assert!(r
            .to_table()
            .contains("a: repeated in GOLD; only the first is scored"));
    }

    #[test]
    fn the_gate_reads_micro_macro_and_labels() {
        let doc =
            format!(r#"{{"id":"a",{TEXT},"entities":[{{"start":16,"end":20,"label":"PERSON"}}]}}"#);
        let r = evaluate(&corpus(&[&doc]), &corpus(&[&doc]));
        for label in ["micro", "macro", "PERSON"] {
            assert_eq!(r.f1(Scheme::Exact, label), Some(1.0), "{label}");
        }
        assert_eq!(r.f1(Scheme::Exact, "GPE"), None);
    }
}
