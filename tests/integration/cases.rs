//! The hand-written case tables in `tests/cases/`, run against the library.

use gloss::gloss_doc::{Block, BlockKind, Span};
use gloss::gloss_segment::Segmenter;
use serde::Deserialize;

#[derive(Deserialize)]
struct Table<T> {
    case: Vec<T>,
}

#[derive(Deserialize)]
struct SegmentCase {
    name: String,
    text: String,
    sentences: Vec<String>,
    /// Why gloss gets this case wrong for now; such a case must still fail, so that a fix is
    /// noticed and the mark removed.
    known_failure: Option<String>,
}

#[derive(Deserialize)]
struct CleanCase {
    name: String,
    input: String,
    text: String,
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
    sections: Option<Vec<String>>,
    paragraphs: Option<usize>,
}

#[derive(Deserialize)]
struct EntityCase {
    name: String,
    text: String,
    /// Every name in the text, in order: [text, label, id].
    entities: Vec<(String, String, String)>,
    known_failure: Option<String>,
}

fn load<T: for<'de> Deserialize<'de>>(file: &str) -> Vec<T> {
    let path = format!("{}/tests/cases/{file}", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str::<Table<T>>(&src)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .case
}

/// The paragraphs of a case's text, which separates them by a blank line.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        spans.push(Span::from_usize(start, start + part.len()));
        start += part.len() + 2;
    }
    spans
}

/// The verdict on one case: it must pass, unless it is a known failure, which must still fail.
fn verdict(
    passed: bool,
    known_failure: &Option<String>,
    detail: impl FnOnce() -> String,
) -> Result<(), String> {
    match (passed, known_failure) {
        (true, None) | (false, Some(_)) => Ok(()),
        (true, Some(_)) => Err("passes now: remove its known_failure mark".to_string()),
        (false, None) => Err(detail()),
    }
}

/// Runs every case, then fails listing all the cases that failed (not just the first).
fn run_all<T>(cases: &[T], name: impl Fn(&T) -> &str, check: impl Fn(&T) -> Result<(), String>) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| check(c).err().map(|e| format!("--- {}\n{e}", name(c))))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn segment_cases() {
    let cases: Vec<SegmentCase> = load("segment.toml");
    assert!(cases.len() >= 80, "the table must hold at least 80 cases");
    let segmenter = Segmenter::new();
    run_all(
        &cases,
        |c| &c.name,
        |case| {
            // Paragraphs are separated by a blank line in the case text.
            let text = &case.text;
            let blocks: Vec<Block> = paragraph_spans(text)
                .into_iter()
                .map(|span| Block {
                    span,
                    kind: BlockKind::Paragraph,
                    run_in_heading: None,
                })
                .collect();
            let seg = segmenter.segment(text, &blocks);
            let got: Vec<&str> = seg.sentences.iter().map(|s| s.slice(text)).collect();
            verdict(got == case.sentences, &case.known_failure, || {
                format!(
                    "text: {text:?}
want: {:#?}
got:  {got:#?}",
                    case.sentences
                )
            })
        },
    );
}

#[test]
fn clean_cases() {
    let cases: Vec<CleanCase> = load("clean.toml");
    assert!(cases.len() >= 40);
    let pipeline = crate::pipeline();
    run_all(
        &cases,
        |c| &c.name,
        |case| {
            let a = pipeline.annotate_text(&case.input);
            let mut errors = Vec::new();
            if a.text() != case.text {
                errors.push(format!(
                    "text\n  want: {:?}\n  got:  {:?}",
                    case.text,
                    a.text()
                ));
            }
            for (key, want) in [
                ("title", &case.title),
                ("author", &case.author),
                ("date", &case.date),
            ] {
                let got = a.meta.get(key).and_then(|v| v.as_str());
                if let Some(want) = want {
                    if got != Some(want.as_str()) {
                        errors.push(format!("meta.{key}: want {want:?}, got {got:?}"));
                    }
                }
            }
            if let Some(want) = &case.sections {
                let got: Vec<&str> = a
                    .segments
                    .sections
                    .iter()
                    .map(|s| s.title.map_or("", |t| t.slice(a.text())))
                    .collect();
                if &got != want {
                    errors.push(format!("sections: want {want:?}, got {got:?}"));
                }
            }
            if let Some(want) = case.paragraphs {
                if a.segments.paragraphs.len() != want {
                    errors.push(format!(
                        "paragraphs: want {want}, got {}",
                        a.segments.paragraphs.len()
                    ));
                }
            }
            if errors.is_empty() {
                Ok(())
            } else {
                Err(format!("input: {:?}\n{}", case.input, errors.join("\n")))
            }
        },
    );
}

#[test]
fn entity_cases() {
    let cases: Vec<EntityCase> = load("entities.toml");
    assert!(cases.len() >= 100, "the table must hold at least 100 cases");
    let pipeline = crate::pipeline();
    run_all(
        &cases,
        |c| &c.name,
        |case| {
            let a = pipeline.annotate_text(&case.text);
            let got: Vec<(String, String, String)> = a
                .entities
                .iter()
                .filter(|e| e.label.is_name())
                .map(|e| {
                    (
                        e.span.slice(a.text()).to_string(),
                        e.label.as_str().to_string(),
                        e.id.unwrap_or("").to_string(),
                    )
                })
                .collect();
            verdict(got == case.entities, &case.known_failure, || {
                format!(
                    "text: {:?}
want: {:?}
got:  {got:?}",
                    case.text, case.entities
                )
            })
        },
    );
}

/// One expected figure of `numbers.toml`: its text, label and exactly these value fields.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ExpectedFigure {
    text: String,
    label: String,
    amount: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<String>,
    #[serde(rename = "mod")]
    modifier: Option<String>,
    stat: Option<String>,
    per: Option<String>,
    timex: Option<String>,
}

#[derive(Deserialize)]
struct NumberCase {
    name: String,
    text: String,
    date: Option<String>,
    entities: Vec<ExpectedFigure>,
    known_failure: Option<String>,
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 5e-5 * a.abs().max(1.0),
        _ => false,
    }
}

/// The figures table, run against the number finder: every case passes, unless it carries a
/// `known_failure` (what gloss does not read yet), which must still fail.
#[test]
fn number_cases() {
    use gloss::gloss_numbers::{Date, Numbers};
    let cases: Vec<NumberCase> = load("numbers.toml");
    let numbers = Numbers::new();
    let mut failures = Vec::new();
    for case in &cases {
        let text = &case.text;
        let paragraphs = paragraph_spans(text);
        let sentences = paragraphs.clone();
        let date = case.date.as_deref().and_then(Date::parse);
        let got = numbers.find(text, &paragraphs, &sentences, &[], date);
        let same = got.len() == case.entities.len()
            && got.iter().zip(&case.entities).all(|(g, e)| {
                let v = &g.value;
                g.span.slice(text) == e.text
                    && g.label.as_str() == e.label
                    && close(v.amount, e.amount)
                    && close(v.min, e.min)
                    && close(v.max, e.max)
                    && v.unit == e.unit.as_deref()
                    && v.modifier == e.modifier.as_deref()
                    && v.stat == e.stat.as_deref()
                    && v.per == e.per.as_deref()
                    && v.timex == e.timex
            });
        let detail = || {
            let got: Vec<String> = got
                .iter()
                .map(|g| format!("{:?} {} {:?}", g.span.slice(text), g.label, g.value))
                .collect();
            format!("text: {text:?}\nwant: {:?}\ngot:  {got:?}", case.entities)
        };
        if let Err(e) = verdict(same, &case.known_failure, detail) {
            failures.push(format!("--- {}\n{e}", case.name));
        }
    }
    let known = cases.iter().filter(|c| c.known_failure.is_some()).count();
    eprintln!(
        "number cases: {} of {} pass, {known} known failures",
        cases.len() - known,
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[derive(Deserialize)]
struct StanceDefaults {
    actor: String,
    counterpart: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StanceCase {
    name: String,
    rule: String,
    text: String,
    label: String,
    before: Option<String>,
    /// The text is a Markdown heading (`## text`) after `before`.
    #[serde(default)]
    heading: bool,
    actor: Option<String>,
    counterpart: Option<String>,
    #[serde(default)]
    cues: Vec<String>,
    known_failure: Option<String>,
}

#[derive(Deserialize)]
struct StanceTable {
    defaults: StanceDefaults,
    case: Vec<StanceCase>,
}

/// The scope table: each sentence read with the case's parties; its label, actor and target,
/// and the cues named by the case (each inside a reported cue) must be right.
#[test]
fn stance_cases() {
    use gloss::gloss_stance::{Input, Parties, Stance};
    let path = format!("{}/tests/cases/stance.toml", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let table: StanceTable = toml::from_str(&src).unwrap_or_else(|e| panic!("{path}: {e}"));
    let cases = &table.case;
    assert!(cases.len() >= 60, "the table must hold at least 60 cases");
    let pipeline = crate::pipeline();
    let stance = Stance::bundled().unwrap_or_else(|e| panic!("{e}"));
    let check = |case: &StanceCase| -> Result<(), String> {
        let actor = case.actor.as_deref().unwrap_or(&table.defaults.actor);
        let counterpart = case
            .counterpart
            .as_deref()
            .unwrap_or(&table.defaults.counterpart);
        let full = match (&case.before, case.heading) {
            (Some(before), false) => format!("{before} {}", case.text),
            (Some(before), true) => format!("{before}\n\n## {}", case.text),
            (None, false) => case.text.clone(),
            (None, true) => {
                return Err("a heading case needs `before`: a first heading is the title".into())
            }
        };
        let a = pipeline.annotate_text(&full);
        let text = a.text();
        let offset = text
            .rfind(case.text.as_str())
            .ok_or("the cleaner changed the sentence")?;
        let input = Input {
            text,
            paragraphs: &a.segments.paragraphs,
            sentences: &a.segments.sentences,
            sections: &a.segments.sections,
            entities: &a.entities,
        };
        let parties = Parties {
            actor: Some(actor),
            counterpart: Some(counterpart),
        };
        let (read, _) = stance.read(&input, parties);
        let judged: Vec<usize> = (0..read.len())
            .filter(|&i| a.segments.sentences[i].end as usize > offset)
            .collect();
        let [i] = judged[..] else {
            return Err(format!(
                "the sentence was split in {} sentences",
                judged.len()
            ));
        };
        let got = &read[i];
        let cues: Vec<&str> = got.cues.iter().map(|c| c.span.slice(text)).collect();
        let label_ok = got.label.as_str() == case.label;
        let parties_ok =
            case.label == "none" || (got.actor == Some(actor) && got.target == Some(counterpart));
        let cues_ok = case.cues.iter().all(|want| {
            let at = offset + case.text.find(want.as_str()).unwrap_or(usize::MAX / 2);
            got.cues
                .iter()
                .any(|c| c.span.start as usize <= at && at + want.len() <= c.span.end as usize)
        });
        verdict(
            label_ok && parties_ok && cues_ok,
            &case.known_failure,
            || {
                format!(
                "rule: {}\ntext: {:?}\nwant: {} {actor}>{counterpart} cues {:?}\ngot:  {} {:?}>{:?} cues {cues:?}",
                case.rule, case.text, case.label, case.cues, got.label.as_str(), got.actor, got.target
            )
            },
        )
    };
    let known = cases.iter().filter(|c| c.known_failure.is_some()).count();
    eprintln!(
        "stance cases: {} of {} pass, {known} known failures",
        cases.len() - known,
        cases.len()
    );
    run_all(cases, |c| &c.name, check);
}
