//! Hand-written gold annotations: the `.gold` format, its SPEC JSONL form, and scores against it.
//!
//! Gold is written by people, one sentence a line, in the `.gold` format documented in
//! `corpus/README.md`; this crate turns it into the SPEC `gloss/1` record it describes
//! (offsets in code points, computed here, not by the pipeline) and scores predictions
//! against it. It depends on no pipeline crate, so gold can never be produced by running
//! gloss.
//!
//! ```
//! let src = "id: demo\ntitle: A title\n---\n§\nFirst one.\nSecond one.\n\n§ Conclusions.\nLast one.\n";
//! let gold = gloss_gold::parse(src).unwrap();
//! assert_eq!(gold.text, "First one. Second one.\n\nConclusions. Last one.");
//! assert_eq!(gold.sentences.len(), 4);
//! assert_eq!(gold.sections[1].title.as_deref(), Some("Conclusions"));
//! ```
#![deny(missing_docs)]

use serde_json::{json, Map, Value};

/// A `.gold` file that does not follow the format.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: {reason}")]
pub struct GoldError {
    /// 1-based line of the `.gold` file.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// A half-open range of code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CharSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// A section of a gold document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldSection {
    /// The section's extent.
    pub span: CharSpan,
    /// Its heading without the final full stop or colon; `None` for the untitled first section.
    pub title: Option<String>,
}

/// A marked entity or figure.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldEntity {
    /// Its extent.
    pub span: CharSpan,
    /// Its text.
    pub text: String,
    /// OntoNotes label.
    pub label: String,
    /// Canonical id (names).
    pub id: Option<String>,
    /// SPEC `value` fields (figures), numbers as JSON numbers.
    pub value: Map<String, Value>,
}

/// One gold document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldDoc {
    /// The document id.
    pub id: String,
    /// Header fields other than `id` (title, author, date), in file order.
    pub meta: Vec<(String, String)>,
    /// The clean text.
    pub text: String,
    /// Paragraphs.
    pub paragraphs: Vec<CharSpan>,
    /// Sections.
    pub sections: Vec<GoldSection>,
    /// Sentences.
    pub sentences: Vec<CharSpan>,
    /// Marked entities and figures, in order.
    pub entities: Vec<GoldEntity>,
    /// The stance of each sentence, where the file gives one (same order as `sentences`).
    pub stances: Vec<Option<GoldStance>>,
}

/// A sentence's hand-written stance: `[cooperation mexico>united-states]` before the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldStance {
    /// `cooperation`, `resistance`, `mixed` or `none`.
    pub label: String,
    /// Who takes the stance (an entity id), when the label is not `none`.
    pub actor: Option<String>,
    /// Toward whom.
    pub target: Option<String>,
}

const STANCES: &[&str] = &["cooperation", "resistance", "mixed", "none"];

/// Splits a leading stance mark off a sentence line.
fn stance_mark(line: &str) -> Result<(Option<GoldStance>, &str), String> {
    let Some(rest) = line.strip_prefix('[') else {
        return Ok((None, line));
    };
    let Some(close) = rest.find("] ") else {
        return Ok((None, line));
    };
    let mut parts = rest[..close].split(' ');
    let label = parts.next().unwrap_or("");
    if !STANCES.contains(&label) {
        return Ok((None, line)); // a sentence that opens with a bracket
    }
    let (actor, target) = match parts.next() {
        None => (None, None),
        Some(pair) => {
            let (a, t) = pair
                .split_once('>')
                .ok_or_else(|| format!("stance {pair:?} is not actor>target"))?;
            (Some(a.to_string()), Some(t.to_string()))
        }
    };
    if parts.next().is_some() || (label != "none" && actor.is_none()) {
        return Err(format!(
            "stance mark [{}] must be `label actor>target` (or `none`)",
            &rest[..close]
        ));
    }
    Ok((
        Some(GoldStance {
            label: label.to_string(),
            actor,
            target,
        }),
        &rest[close + 2..],
    ))
}

const LABELS: &[&str] = &[
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
];

/// Whether a label names things (not numeric or temporal).
pub fn is_name_label(label: &str) -> bool {
    LABELS[..11].contains(&label)
}

/// Splits a marked sentence into its text and its marks (offsets in code points from the
/// sentence start).
fn unmark(line: &str) -> Result<(String, Vec<GoldEntity>), String> {
    let mut text = String::with_capacity(line.len());
    let mut chars = 0;
    let mut marks = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a `}` closes no mark".into());
        }
        let before = &rest[..open];
        text.push_str(before);
        chars += before.chars().count();
        let inner_end = rest[open..].find('}').ok_or("a mark `{` is not closed")? + open;
        let inner = &rest[open + 1..inner_end];
        if inner.contains('{') {
            return Err("marks do not nest".into());
        }
        let mut fields = inner.splitn(3, '|');
        let (mark_text, label, attrs) = (
            fields.next().unwrap_or(""),
            fields.next(),
            fields.next().unwrap_or(""),
        );
        let label = label.ok_or_else(|| format!("mark {{{inner}}} has no label"))?;
        if !LABELS.contains(&label) {
            return Err(format!("mark {{{inner}}}: unknown label {label:?}"));
        }
        if mark_text.is_empty() || mark_text.trim() != mark_text {
            return Err(format!(
                "mark {{{inner}}}: its text must not be empty or padded"
            ));
        }
        let len = mark_text.chars().count();
        let mut entity = GoldEntity {
            span: CharSpan {
                start: chars,
                end: chars + len,
            },
            text: mark_text.to_string(),
            label: label.to_string(),
            id: None,
            value: Map::new(),
        };
        if is_name_label(label) {
            if attrs.is_empty() || attrs.contains(['=', ' ']) {
                return Err(format!("mark {{{inner}}}: a name needs its id"));
            }
            entity.id = Some(attrs.to_string());
        } else {
            for pair in attrs.split(' ').filter(|p| !p.is_empty()) {
                let (k, v) = pair
                    .split_once('=')
                    .ok_or_else(|| format!("mark {{{inner}}}: {pair:?} is not key=value"))?;
                let value = v
                    .parse::<f64>()
                    .ok()
                    .filter(|_| k != "timex")
                    .and_then(|n| {
                        serde_json::Number::from_f64(n).map(|n| match n.as_f64() {
                            Some(f) if f.fract() == 0.0 && f.abs() < 9e15 => Value::from(f as i64),
                            _ => Value::Number(n),
                        })
                    });
                entity.value.insert(
                    k.to_string(),
                    value.unwrap_or_else(|| Value::String(v.to_string())),
                );
            }
        }
        text.push_str(mark_text);
        chars += len;
        marks.push(entity);
        rest = &rest[inner_end + 1..];
    }
    text.push_str(rest);
    Ok((text, marks))
}

/// Parses a `.gold` file.
pub fn parse(src: &str) -> Result<GoldDoc, GoldError> {
    let mut doc = GoldDoc::default();
    let mut lines = src.lines().enumerate();
    let fail = |line: usize, reason: &str| GoldError {
        line: line + 1,
        reason: reason.to_string(),
    };
    loop {
        let Some((n, line)) = lines.next() else {
            return Err(fail(0, "no `---` line ends the header"));
        };
        if line.trim() == "---" {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| fail(n, "header lines are `key: value`"))?;
        let (key, value) = (key.trim(), value.trim());
        if key == "id" {
            doc.id = value.to_string();
        } else {
            doc.meta.push((key.to_string(), value.to_string()));
        }
    }
    if doc.id.is_empty() {
        return Err(fail(0, "the header has no `id`"));
    }

    let mut chars = 0; // code points of text so far
    let mut para_start: Option<usize> = None;
    let mut section: Option<(usize, Option<String>)> = None;
    let close_section =
        |doc: &mut GoldDoc, section: &mut Option<(usize, Option<String>)>, end: usize| {
            if let Some((start, title)) = section.take() {
                doc.sections.push(GoldSection {
                    span: CharSpan { start, end },
                    title,
                });
            }
        };
    for (n, raw) in lines {
        let line = raw.trim_end();
        if line.is_empty() {
            if let Some(start) = para_start.take() {
                doc.paragraphs.push(CharSpan { start, end: chars });
            }
            continue;
        }
        let (stance, line) = stance_mark(line).map_err(|reason| fail(n, &reason))?;
        let (line, marks) = unmark(line).map_err(|reason| fail(n, &reason))?;
        let line = line.as_str();
        let (heading, sentence) = match line.strip_prefix('§') {
            Some(rest) if rest.trim().is_empty() => {
                if !doc.sentences.is_empty() || section.is_some() {
                    return Err(fail(n, "a lone `§` opens the untitled first section only"));
                }
                section = Some((usize::MAX, None)); // starts at the next sentence
                continue;
            }
            Some(rest) => (true, rest.trim()),
            None => (false, line),
        };
        if sentence != line.trim() && !heading {
            return Err(fail(n, "a sentence has white space around it"));
        }
        if para_start.is_some() {
            doc.text.push(' ');
            chars += 1;
        } else if !doc.text.is_empty() {
            doc.text.push_str("\n\n");
            chars += 2;
        }
        if heading {
            let end = doc.paragraphs.last().map_or(0, |p| p.end);
            close_section(&mut doc, &mut section, end);
            let title = sentence
                .strip_suffix(['.', ':'])
                .unwrap_or(sentence)
                .trim_end();
            section = Some((chars, Some(title.to_string())));
        }
        if let Some((start, _)) = section.as_mut().filter(|(s, _)| *s == usize::MAX) {
            *start = chars;
        }
        para_start.get_or_insert(chars);
        let len = sentence.chars().count();
        // Marks count from the line start; the sentence may start after a `§ `.
        let shift =
            line.chars().count() - line.trim_start_matches('§').trim_start().chars().count();
        for mut mark in marks {
            mark.span.start = mark.span.start - shift + chars;
            mark.span.end = mark.span.end - shift + chars;
            doc.entities.push(mark);
        }
        doc.text.push_str(sentence);
        doc.sentences.push(CharSpan {
            start: chars,
            end: chars + len,
        });
        doc.stances.push(stance);
        chars += len;
    }
    if let Some(start) = para_start.take() {
        doc.paragraphs.push(CharSpan { start, end: chars });
    }
    let end = doc.paragraphs.last().map_or(0, |p| p.end);
    close_section(&mut doc, &mut section, end);
    Ok(doc)
}

impl GoldDoc {
    /// The SPEC `gloss/1` record of this gold document.
    pub fn to_record(&self) -> Value {
        let span = |s: &CharSpan| json!({"start": s.start, "end": s.end});
        let meta: Map<String, Value> = self
            .meta
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        json!({
            "schema": "gloss/1",
            "id": self.id,
            "source": format!("corpus/bulletins/{}.md", self.id),
            "meta": meta,
            "text": self.text,
            "sections": self.sections.iter().map(|s| json!({"start": s.span.start, "end": s.span.end, "title": s.title})).collect::<Vec<_>>(),
            "paragraphs": self.paragraphs.iter().map(span).collect::<Vec<_>>(),
            "sentences": self.sentences.iter().zip(&self.stances).map(|(s, st)| {
                let mut v = span(s);
                if let Some(st) = st {
                    v["stance"] = json!({"label": st.label, "actor": st.actor, "target": st.target});
                }
                v
            }).collect::<Vec<_>>(),
            "entities": self.entities.iter().map(|e| {
                let mut m = json!({"start": e.span.start, "end": e.span.end, "text": e.text, "label": e.label});
                if let Some(id) = &e.id {
                    m["id"] = json!(id);
                }
                if !e.value.is_empty() {
                    m["value"] = Value::Object(e.value.clone());
                }
                m
            }).collect::<Vec<_>>(),
        })
    }
}

/// Counts of a boundary comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Boundaries in both.
    pub true_positives: usize,
    /// Predicted, not in gold.
    pub false_positives: usize,
    /// In gold, not predicted.
    pub false_negatives: usize,
}

impl Score {
    /// Precision (1 when nothing was predicted and nothing was to be found).
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
    /// F1, the harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds another document's counts.
    pub fn add(&mut self, other: Score) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A predicted entity, for scoring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Predicted {
    /// Extent in code points.
    pub span: CharSpan,
    /// Label.
    pub label: String,
    /// Id.
    pub id: Option<String>,
}

/// Strict entity scores (same span and label) per label, plus how many matched names carry
/// the gold id. Only labels for which `keep` holds are scored.
pub fn entity_scores(
    gold: &[GoldEntity],
    predicted: &[Predicted],
    keep: impl Fn(&str) -> bool,
) -> (std::collections::BTreeMap<String, Score>, usize, usize) {
    let mut scores: std::collections::BTreeMap<String, Score> = Default::default();
    let (mut ids_right, mut ids_total) = (0, 0);
    let gold: Vec<&GoldEntity> = gold.iter().filter(|g| keep(&g.label)).collect();
    let predicted: Vec<&Predicted> = predicted.iter().filter(|p| keep(&p.label)).collect();
    for g in &gold {
        let hit = predicted
            .iter()
            .find(|p| p.span == g.span && p.label == g.label);
        let score = scores.entry(g.label.clone()).or_default();
        match hit {
            Some(p) => {
                score.true_positives += 1;
                if g.id.is_some() {
                    ids_total += 1;
                    ids_right += usize::from(p.id == g.id);
                }
            }
            None => score.false_negatives += 1,
        }
    }
    for p in &predicted {
        if !gold.iter().any(|g| g.span == p.span && g.label == p.label) {
            scores.entry(p.label.clone()).or_default().false_positives += 1;
        }
    }
    (scores, ids_right, ids_total)
}

/// Sentence-boundary score: the boundaries are the sentence ends that are not paragraph ends
/// (those come free with the paragraphs), compared by offset.
pub fn boundary_score(gold: &[CharSpan], predicted: &[CharSpan], paragraphs: &[CharSpan]) -> Score {
    use std::collections::BTreeSet;
    let para_ends: BTreeSet<usize> = paragraphs.iter().map(|p| p.end).collect();
    let inner = |s: &[CharSpan]| -> BTreeSet<usize> {
        s.iter()
            .map(|s| s.end)
            .filter(|e| !para_ends.contains(e))
            .collect()
    };
    let (g, p) = (inner(gold), inner(predicted));
    Score {
        true_positives: g.intersection(&p).count(),
        false_positives: p.difference(&g).count(),
        false_negatives: g.difference(&p).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "id: t\ntitle: T: with colon\nauthor: A B\n---\n§\nOne. \nTwo.\n\n§ A heading\n\nThree.\n\n§ Run-in.\nFour. Still four.\n";

    #[test]
    fn parses_text_paragraphs_sections_sentences() {
        let g = parse(SRC).unwrap();
        assert_eq!(g.id, "t");
        assert_eq!(
            g.meta[0],
            ("title".to_string(), "T: with colon".to_string())
        );
        assert_eq!(
            g.text,
            "One. Two.\n\nA heading\n\nThree.\n\nRun-in. Four. Still four."
        );
        let slice = |s: &CharSpan| {
            g.text
                .chars()
                .skip(s.start)
                .take(s.end - s.start)
                .collect::<String>()
        };
        let sentences: Vec<_> = g.sentences.iter().map(slice).collect();
        assert_eq!(
            sentences,
            [
                "One.",
                "Two.",
                "A heading",
                "Three.",
                "Run-in.",
                "Four. Still four."
            ]
        );
        let paragraphs: Vec<_> = g.paragraphs.iter().map(slice).collect();
        assert_eq!(
            paragraphs,
            [
                "One. Two.",
                "A heading",
                "Three.",
                "Run-in. Four. Still four."
            ]
        );
        let sections: Vec<_> = g
            .sections
            .iter()
            .map(|s| (slice(&s.span), s.title.clone()))
            .collect();
        assert_eq!(
            sections,
            [
                ("One. Two.".to_string(), None),
                (
                    "A heading\n\nThree.".to_string(),
                    Some("A heading".to_string())
                ),
                (
                    "Run-in. Four. Still four.".to_string(),
                    Some("Run-in".to_string())
                ),
            ]
        );
    }

    #[test]
    fn marks_become_entities() {
        let src = "id: m\n---\n§\nIn {2024|DATE|timex=2024}, {Łódź|GPE|lodz} paid {over 83%|PERCENT|amount=83 unit=percent mod=more_than}.\n\n§ {Mexico|GPE|mexico}'s answer.\n";
        let g = parse(src).unwrap();
        assert_eq!(g.text, "In 2024, Łódź paid over 83%.\n\nMexico's answer.");
        let spans: Vec<(usize, usize, &str)> = g
            .entities
            .iter()
            .map(|e| (e.span.start, e.span.end, e.text.as_str()))
            .collect();
        assert_eq!(
            spans,
            [
                (3, 7, "2024"),
                (9, 13, "Łódź"),
                (19, 27, "over 83%"),
                (30, 36, "Mexico")
            ]
        );
        for e in &g.entities {
            let slice: String = g
                .text
                .chars()
                .skip(e.span.start)
                .take(e.span.end - e.span.start)
                .collect();
            assert_eq!(slice, e.text);
        }
        assert_eq!(g.entities[2].value["amount"], 83);
        assert_eq!(g.entities[2].value["mod"], "more_than");
        assert_eq!(g.entities[0].value["timex"], "2024");
        assert_eq!(g.entities[1].id.as_deref(), Some("lodz"));
        assert_eq!(g.sections[1].title.as_deref(), Some("Mexico's answer"));
    }

    #[test]
    fn stance_marks() {
        let src = "id: s\n---\n§\n[cooperation mexico>united-states] Mexico agreed.\n[none] Tariffs rose.\n\n[resistance mexico>united-states] § Mexico's refusal.\n";
        let g = parse(src).unwrap();
        assert_eq!(g.text, "Mexico agreed. Tariffs rose.\n\nMexico's refusal.");
        let labels: Vec<_> = g
            .stances
            .iter()
            .map(|s| s.as_ref().map(|s| s.label.as_str()))
            .collect();
        assert_eq!(
            labels,
            [Some("cooperation"), Some("none"), Some("resistance")]
        );
        assert_eq!(
            g.stances[0].as_ref().unwrap().target.as_deref(),
            Some("united-states")
        );
        assert_eq!(g.sections[1].title.as_deref(), Some("Mexico's refusal"));
        let err = parse("id: s\n---\n§\n[cooperation] Mexico agreed.\n").unwrap_err();
        assert_eq!(err.line, 4);
    }

    #[test]
    fn bad_marks_name_the_line() {
        for (line, reason) in [
            ("{Mexico}", "mark {Mexico} has no label"),
            (
                "{Mexico|GEO|mexico}",
                "mark {Mexico|GEO|mexico}: unknown label \"GEO\"",
            ),
            ("{Mexico|GPE}", "mark {Mexico|GPE}: a name needs its id"),
            (
                "{83%|PERCENT|amount}",
                "mark {83%|PERCENT|amount}: \"amount\" is not key=value",
            ),
            ("{open|GPE|x", "a mark `{` is not closed"),
            ("close} here", "a `}` closes no mark"),
        ] {
            let err = parse(&format!("id: b\n---\n§\n{line}\n")).unwrap_err();
            assert_eq!((err.line, err.reason.as_str()), (4, reason), "{line}");
        }
    }

    #[test]
    fn entity_scores_are_strict() {
        let s = |a, b| CharSpan { start: a, end: b };
        let g = |a, b, l: &str, id: &str| GoldEntity {
            span: s(a, b),
            text: String::new(),
            label: l.into(),
            id: Some(id.into()),
            value: Map::new(),
        };
        let p = |a, b, l: &str, id: &str| Predicted {
            span: s(a, b),
            label: l.into(),
            id: Some(id.into()),
        };
        let gold = [
            g(0, 6, "GPE", "mexico"),
            g(10, 12, "GPE", "united-states"),
            g(20, 27, "NORP", "mexicans"),
        ];
        let pred = [
            p(0, 6, "GPE", "mexico"),
            p(10, 12, "GPE", "us"),
            p(20, 26, "NORP", "mexicans"),
            p(30, 33, "ORG", "x"),
        ];
        let (scores, right, total) = entity_scores(&gold, &pred, is_name_label);
        assert_eq!(
            scores["GPE"],
            Score {
                true_positives: 2,
                false_positives: 0,
                false_negatives: 0
            }
        );
        assert_eq!(
            scores["NORP"],
            Score {
                true_positives: 0,
                false_positives: 1,
                false_negatives: 1
            }
        );
        assert_eq!(
            scores["ORG"],
            Score {
                true_positives: 0,
                false_positives: 1,
                false_negatives: 0
            }
        );
        assert_eq!((right, total), (1, 2));
    }

    #[test]
    fn code_point_offsets() {
        let g = parse("id: u\n---\n§\nŁódź wins. Next.\n").unwrap();
        assert_eq!(g.sentences[0], CharSpan { start: 0, end: 16 });
    }

    #[test]
    fn format_errors_name_the_line() {
        assert_eq!(parse("id: x\n").unwrap_err().line, 1);
        assert_eq!(
            parse("title: y\n---\n").unwrap_err().reason,
            "the header has no `id`"
        );
        assert_eq!(parse("id: x\nnonsense\n---\n").unwrap_err().line, 2);
        assert_eq!(parse("id: x\n---\nA.\n§\n").unwrap_err().line, 4);
    }

    #[test]
    fn boundary_scores() {
        let s = |a, b| CharSpan { start: a, end: b };
        let paragraphs = [s(0, 30)];
        let gold = [s(0, 10), s(11, 20), s(21, 30)];
        let pred = [s(0, 10), s(11, 15), s(16, 30)];
        let score = boundary_score(&gold, &pred, &paragraphs);
        assert_eq!(
            score,
            Score {
                true_positives: 1,
                false_positives: 1,
                false_negatives: 1
            }
        );
        assert!((score.f1() - 0.5).abs() < 1e-9);
        assert_eq!(boundary_score(&[], &[], &[]).f1(), 1.0);
    }
}
