//! Entity lexicons as data: spaCy EntityRuler patterns, loaded with precise errors, layered and
//! checked.
//!
//! A lexicon file holds one entry per line in the shape of spaCy's EntityRuler
//! `patterns.jsonl`, so the same files load unchanged into spaCy for side-by-side runs:
//!
//! ```text
//! {"label": "GPE", "pattern": "Mexico", "id": "mexico", "qid": "Q96"}
//! {"label": "GPE", "pattern": "US", "id": "united-states", "case": "exact"}
//! {"label": "GPE", "pattern": "Washington", "id": "united-states", "place": "washington-dc"}
//! {"label": "PERSON", "pattern": "Trump", "id": "donald-trump", "surname": true}
//! ```
//!
//! Fields: `label` (an OntoNotes name label), `pattern` (the phrase, as written), `id` (the
//! canonical id, lower-case kebab-case, shared by all aliases of one thing); optional `qid`
//! (Wikidata), `case` (`"exact"`: only as written, for acronyms; default: as written, and with
//! a capital first letter when the pattern starts in lower case), `surname` (a PERSON alias
//! that is a surname alone), `place` (for a capital that stands for a government, the id of
//! the city itself). Blank lines and lines starting with `//` are skipped.
//!
//! [`LexiconBuilder`] stacks layers: the bundled lexicons (`lexicons/entities/*.jsonl`,
//! compiled into the binary), then any folders the user adds. Within a layer, one pattern with
//! two different labels or ids is a conflict; a later layer overrides an earlier one pattern by
//! pattern. Every problem is collected and reported with its file and line, and nothing loads
//! when there is one.
//!
//! ```
//! use gloss_lexicon::Lexicon;
//! let mut b = Lexicon::builder();
//! b.bundled(false);
//! b.add_str("mine.jsonl", r#"{"label": "GPE", "pattern": "Mexico", "id": "mexico"}"#);
//! let lexicon = b.build().unwrap();
//! assert_eq!(lexicon.entries()[0].id, "mexico");
//!
//! let mut bad = Lexicon::builder();
//! bad.bundled(false);
//! bad.add_str("bad.jsonl", "{\"label\": \"GEO\", \"pattern\": \"X\", \"id\": \"x\"}\n");
//! assert_eq!(bad.build().unwrap_err().to_string(), "bad.jsonl:1: unknown label \"GEO\" (use an OntoNotes name label such as GPE, ORG, PERSON)");
//! ```
#![deny(missing_docs)]

use gloss_doc::Label;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The bundled lexicon files, compiled into the binary.
const BUNDLED: &[(&str, &str)] = &[
    (
        "lexicons/entities/gpe.jsonl",
        include_str!("../../../lexicons/entities/gpe.jsonl"),
    ),
    (
        "lexicons/entities/norp.jsonl",
        include_str!("../../../lexicons/entities/norp.jsonl"),
    ),
    (
        "lexicons/entities/loc.jsonl",
        include_str!("../../../lexicons/entities/loc.jsonl"),
    ),
    (
        "lexicons/entities/person.jsonl",
        include_str!("../../../lexicons/entities/person.jsonl"),
    ),
    (
        "lexicons/entities/org.jsonl",
        include_str!("../../../lexicons/entities/org.jsonl"),
    ),
    (
        "lexicons/entities/law.jsonl",
        include_str!("../../../lexicons/entities/law.jsonl"),
    ),
    (
        "lexicons/entities/event.jsonl",
        include_str!("../../../lexicons/entities/event.jsonl"),
    ),
    (
        "lexicons/entities/fac.jsonl",
        include_str!("../../../lexicons/entities/fac.jsonl"),
    ),
];

/// How an entry's pattern may be written in the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CasePolicy {
    /// As written; and with a capital first letter when the pattern starts in lower case
    /// (a sentence may start with it).
    #[default]
    AsWritten,
    /// Only exactly as written (acronyms: "US" is never "us").
    Exact,
}

/// One lexicon entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its label.
    pub label: Label,
    /// The phrase.
    pub pattern: String,
    /// The canonical id of what it names.
    pub id: String,
    /// Wikidata id.
    pub qid: Option<String>,
    /// Case policy.
    pub case: CasePolicy,
    /// A PERSON alias that is a surname alone.
    pub surname: bool,
    /// For a capital standing for a government: the id of the city itself.
    pub place: Option<String>,
    /// Where it was defined: file and line.
    pub origin: Origin,
}

/// Where an entry was defined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file's name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One thing wrong with the lexicons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub origin: Origin,
    /// What, in one sentence.
    pub reason: String,
}

/// Why lexicons could not be loaded: every problem found, each with its file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    problems: Vec<Problem>,
}

impl LexiconError {
    /// The problems, in file order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}: {}", p.origin, p.reason)?;
        }
        Ok(())
    }
}

impl std::error::Error for LexiconError {}

impl From<Vec<Problem>> for LexiconError {
    /// Problems found by another loader of lexicon data (stance cues), for one error type.
    fn from(problems: Vec<Problem>) -> LexiconError {
        LexiconError { problems }
    }
}

/// The entries in force after layering.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
}

impl Lexicon {
    /// The bundled lexicons.
    pub fn bundled() -> Result<Lexicon, LexiconError> {
        Lexicon::builder().build()
    }

    /// A builder for layered lexicons.
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder {
            bundled: true,
            layers: Vec::new(),
        }
    }

    /// The entries, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of entries per label.
    pub fn counts(&self) -> Vec<(Label, usize)> {
        let mut counts: HashMap<Label, usize> = HashMap::new();
        for e in &self.entries {
            *counts.entry(e.label).or_default() += 1;
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort();
        counts
    }
}

/// One layer: a set of files loaded together.
#[derive(Clone, Debug, Default)]
struct Layer {
    files: Vec<(String, String)>,
    problems: Vec<Problem>,
}

/// Stacks lexicon layers; see the crate docs.
#[derive(Clone, Debug)]
pub struct LexiconBuilder {
    bundled: bool,
    layers: Vec<Layer>,
}

impl LexiconBuilder {
    /// Whether to start from the bundled lexicons (default yes).
    pub fn bundled(&mut self, yes: bool) -> &mut LexiconBuilder {
        self.bundled = yes;
        self
    }

    /// Adds a layer holding one file's text.
    pub fn add_str(&mut self, name: &str, text: &str) -> &mut LexiconBuilder {
        self.layers.push(Layer {
            files: vec![(name.to_string(), text.to_string())],
            problems: Vec::new(),
        });
        self
    }

    /// Adds a layer holding every `.jsonl` file under `dir` (recursively, in sorted order).
    /// Unreadable files are problems reported by [`LexiconBuilder::build`].
    pub fn add_dir(&mut self, dir: &Path) -> &mut LexiconBuilder {
        let mut layer = Layer::default();
        let mut paths = Vec::new();
        if let Err(e) = collect_jsonl(dir, &mut paths) {
            layer.problems.push(Problem {
                origin: Origin {
                    file: dir.display().to_string(),
                    line: 0,
                },
                reason: format!("cannot read the lexicon folder: {e}"),
            });
        }
        if paths.is_empty() && layer.problems.is_empty() {
            layer.problems.push(Problem {
                origin: Origin {
                    file: dir.display().to_string(),
                    line: 0,
                },
                reason: "no .jsonl lexicon file in this folder".into(),
            });
        }
        paths.sort();
        for path in paths {
            match std::fs::read_to_string(&path) {
                Ok(text) => layer.files.push((path.display().to_string(), text)),
                Err(e) => layer.problems.push(Problem {
                    origin: Origin {
                        file: path.display().to_string(),
                        line: 0,
                    },
                    reason: format!("cannot read: {e}"),
                }),
            }
        }
        self.layers.push(layer);
        self
    }

    /// Loads every layer; fails with every problem found.
    pub fn build(&self) -> Result<Lexicon, LexiconError> {
        let bundled = Layer {
            files: BUNDLED
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect(),
            problems: Vec::new(),
        };
        let layers = self
            .bundled
            .then_some(&bundled)
            .into_iter()
            .chain(&self.layers);
        let mut problems = Vec::new();
        // pattern -> index in `entries`
        let mut by_pattern: HashMap<String, usize> = HashMap::new();
        let mut entries: Vec<Entry> = Vec::new();
        for layer in layers {
            problems.extend(layer.problems.iter().cloned());
            let mut in_layer: HashMap<String, usize> = HashMap::new();
            for (file, text) in &layer.files {
                for (n, line) in text.lines().enumerate() {
                    let origin = Origin {
                        file: file.clone(),
                        line: n + 1,
                    };
                    let trimmed = line.trim();
                    if trimmed.is_empty() || trimmed.starts_with("//") {
                        continue;
                    }
                    let entry = match parse_entry(trimmed, origin.clone()) {
                        Ok(e) => e,
                        Err(reason) => {
                            problems.push(Problem { origin, reason });
                            continue;
                        }
                    };
                    if let Some(&i) = in_layer.get(&entry.pattern) {
                        let first = &entries[i];
                        if first.label != entry.label || first.id != entry.id {
                            problems.push(Problem {
                                reason: format!(
                                    "{:?} is {} {:?} here but {} {:?} at {}",
                                    entry.pattern,
                                    entry.label,
                                    entry.id,
                                    first.label,
                                    first.id,
                                    first.origin
                                ),
                                origin,
                            });
                        }
                        continue;
                    }
                    match by_pattern.get(&entry.pattern) {
                        // A later layer overrides an earlier one.
                        Some(&i) => {
                            in_layer.insert(entry.pattern.clone(), i);
                            entries[i] = entry;
                        }
                        None => {
                            by_pattern.insert(entry.pattern.clone(), entries.len());
                            in_layer.insert(entry.pattern.clone(), entries.len());
                            entries.push(entry);
                        }
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(Lexicon { entries })
        } else {
            Err(LexiconError { problems })
        }
    }
}

fn collect_jsonl(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_jsonl(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "jsonl") {
            out.push(path);
        }
    }
    Ok(())
}

/// An entry as written; strings borrow from the file's text.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry<'a> {
    #[serde(borrow)]
    label: Cow<'a, str>,
    #[serde(borrow)]
    pattern: Cow<'a, str>,
    #[serde(borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    qid: Option<Cow<'a, str>>,
    #[serde(borrow)]
    case: Option<Cow<'a, str>>,
    #[serde(default)]
    surname: bool,
    #[serde(borrow)]
    place: Option<Cow<'a, str>>,
}

/// What a stance cue given as a name is told.
const STANCE_CUE_HINT: &str = "a stance cue is no name: stance lexicons go to --stance-lexicons";

/// Why a line is not an entry, in the words an analyst needs.
fn explain(line: &str, err: serde_json::Error) -> String {
    let value = serde_json::from_str::<serde_json::Value>(line).ok();
    if value.as_ref().and_then(|v| v.get("label")?.as_str()) == Some("STANCE_CUE") {
        return STANCE_CUE_HINT.into();
    }
    match value.and_then(|v| v.get("pattern").cloned()) {
        Some(serde_json::Value::Array(_)) => {
            "token patterns are not supported: write the phrase as a string".into()
        }
        Some(other) if !other.is_string() => format!("\"pattern\" must be a string, found {other}"),
        _ => format!("not a lexicon entry: {err}"),
    }
}

/// Whether `s` is a canonical id: lower-case ASCII words and digits joined by single `-`.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn parse_entry(line: &str, origin: Origin) -> Result<Entry, String> {
    let raw: RawEntry = serde_json::from_str(line).map_err(|e| explain(line, e))?;
    let label = Label::from_name(&raw.label)
        .filter(|l| l.is_name())
        .ok_or_else(|| match &*raw.label {
            "STANCE_CUE" => STANCE_CUE_HINT.into(),
            label => format!(
                "unknown label {label:?} (use an OntoNotes name label such as GPE, ORG, PERSON)"
            ),
        })?;
    let pattern = raw.pattern.into_owned();
    if pattern.trim().is_empty() || pattern.trim() != pattern || pattern.contains("  ") {
        return Err(format!(
            "pattern {pattern:?} must be words separated by single spaces"
        ));
    }
    let id = raw.id.ok_or("every entry needs an \"id\"")?.into_owned();
    if !is_id(&id) {
        return Err(format!(
            "id {id:?} must be lower-case ASCII words joined by '-'"
        ));
    }
    if let Some(qid) = &raw.qid {
        if !(qid.starts_with('Q') && qid.len() > 1 && qid[1..].bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(format!(
                "qid {qid:?} is not a Wikidata id (Q followed by digits)"
            ));
        }
    }
    let case = match raw.case.as_deref() {
        None | Some("default") => CasePolicy::AsWritten,
        Some("exact") => CasePolicy::Exact,
        Some(other) => return Err(format!("case {other:?} must be \"exact\" or \"default\"")),
    };
    if raw.surname && label != Label::Person {
        return Err("\"surname\" is for PERSON entries".into());
    }
    if let Some(place) = &raw.place {
        if !is_id(place) {
            return Err(format!("place {place:?} must be an id"));
        }
    }
    Ok(Entry {
        label,
        pattern,
        id,
        qid: raw.qid.map(Cow::into_owned),
        case,
        surname: raw.surname,
        place: raw.place.map(Cow::into_owned),
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(files: &[(&str, &str)]) -> Result<Lexicon, LexiconError> {
        let mut b = Lexicon::builder();
        b.bundled(false);
        for (name, text) in files {
            b.add_str(name, text);
        }
        b.build()
    }

    /// (line, expected reason or "" for a valid entry)
    const LINES: &[(&str, &str)] = &[
        (
            r#"{"label": "GPE", "pattern": "Mexico", "id": "mexico"}"#,
            "",
        ),
        (
            r#"{"label": "GPE", "pattern": "US", "id": "united-states", "case": "exact", "qid": "Q30"}"#,
            "",
        ),
        (
            r#"{"label": "PERSON", "pattern": "Trump", "id": "donald-trump", "surname": true}"#,
            "",
        ),
        (
            r#"{"label": "GPE", "pattern": "Washington", "id": "united-states", "place": "washington-dc"}"#,
            "",
        ),
        (
            r#"{"label": "GPE", "pattern": "X", "id": "Bad Id"}"#,
            "id \"Bad Id\" must be lower-case ASCII words joined by '-'",
        ),
        (
            r#"{"label": "DATE", "pattern": "May", "id": "may"}"#,
            "unknown label \"DATE\" (use an OntoNotes name label such as GPE, ORG, PERSON)",
        ),
        (
            r#"{"label": "GPE", "pattern": [{"LOWER": "x"}], "id": "x"}"#,
            "token patterns are not supported: write the phrase as a string",
        ),
        (
            r#"{"label": "GPE", "pattern": " X", "id": "x"}"#,
            "pattern \" X\" must be words separated by single spaces",
        ),
        (
            r#"{"label": "GPE", "pattern": "X"}"#,
            "every entry needs an \"id\"",
        ),
        (
            r#"{"label": "GPE", "pattern": "X", "id": "x", "qid": "42"}"#,
            "qid \"42\" is not a Wikidata id (Q followed by digits)",
        ),
        (
            r#"{"label": "GPE", "pattern": "X", "id": "x", "case": "upper"}"#,
            "case \"upper\" must be \"exact\" or \"default\"",
        ),
        (
            r#"{"label": "GPE", "pattern": "X", "id": "x", "surname": true}"#,
            "\"surname\" is for PERSON entries",
        ),
    ];

    #[test]
    fn entries_parse_or_fail_with_a_reason() {
        for (line, reason) in LINES {
            match load(&[("t.jsonl", line)]) {
                Ok(_) => assert_eq!(*reason, "", "{line}"),
                Err(e) => assert_eq!(e.to_string(), format!("t.jsonl:1: {reason}"), "{line}"),
            }
        }
        let err = load(&[(
            "t.jsonl",
            "{\"label\": \"GPE\", \"pattern\": \"X\", \"id\": \"x\", \"colour\": 1}",
        )])
        .unwrap_err();
        assert!(err.to_string().contains("unknown field `colour`"), "{err}");
        let err = load(&[("t.jsonl", "not json")]).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("t.jsonl:1: not a lexicon entry"),
            "{err}"
        );
    }

    #[test]
    fn every_problem_is_reported_and_nothing_loads() {
        let text = "{\"label\": \"GPE\", \"pattern\": \"A\", \"id\": \"a\"}\n\n// a comment\nbroken\n{\"label\": \"ORG\", \"pattern\": \"A\", \"id\": \"a\"}\n";
        let err = load(&[("t.jsonl", text)]).unwrap_err();
        let lines: Vec<usize> = err.problems().iter().map(|p| p.origin.line).collect();
        assert_eq!(lines, [4, 5]);
        assert_eq!(
            err.problems()[1].reason,
            "\"A\" is ORG \"a\" here but GPE \"a\" at t.jsonl:1"
        );
    }

    #[test]
    fn same_entry_twice_is_fine_and_later_layers_override() {
        let a = r#"{"label": "GPE", "pattern": "Georgia", "id": "georgia"}"#;
        let b = r#"{"label": "GPE", "pattern": "Georgia", "id": "georgia-us-state"}"#;
        let lex = load(&[("base.jsonl", &format!("{a}\n{a}\n")), ("mine.jsonl", b)]).unwrap();
        assert_eq!(lex.entries().len(), 1);
        assert_eq!(lex.entries()[0].id, "georgia-us-state");
        assert_eq!(lex.entries()[0].origin.to_string(), "mine.jsonl:1");
    }

    #[test]
    fn bundled_lexicons_load_cleanly() {
        let lex = Lexicon::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert!(
            lex.entries().len() > 5000,
            "{} entries",
            lex.entries().len()
        );
    }

    #[test]
    fn missing_folders_are_problems() {
        let mut b = Lexicon::builder();
        b.bundled(false).add_dir(Path::new("/no/such/folder"));
        let err = b.build().unwrap_err();
        assert!(
            err.to_string()
                .starts_with("/no/such/folder:0: cannot read the lexicon folder"),
            "{err}"
        );
    }
}
