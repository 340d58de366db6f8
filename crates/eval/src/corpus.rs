//! Reading SPEC `gloss/1` JSONL into owned documents, a record at a time or a file at once.

use serde::Deserialize;
use serde_json::{Map, Value};
use std::io::BufRead;
use std::path::Path;

/// A half-open range `[start, end)` of code points of a document's text.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Span {
    /// Whether the two spans share at least one code point.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The stance of a sentence or a document: its reading (label, and who takes it toward whom)
/// and, when the record gives them, its evidence (score and cues). Other fields, such as a
/// document's counts and sections, are not read.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Stance {
    /// `cooperation`, `resistance`, `mixed` or `none`.
    pub label: String,
    /// Who takes the stance (an entity id), when given.
    #[serde(default)]
    pub actor: Option<String>,
    /// Toward whom, when given.
    #[serde(default)]
    pub target: Option<String>,
    /// The score in [-1, 1], when given (hand-made gold has none).
    #[serde(default)]
    pub score: Option<f64>,
    /// The cues that decided the reading, when given (a sentence's; a document has none).
    #[serde(default)]
    pub cues: Option<Vec<StanceCue>>,
}

/// A cue reported with a sentence's stance.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct StanceCue {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The cue's text.
    #[serde(default)]
    pub text: String,
    /// `cooperation`, `resistance` or `pressure`.
    pub polarity: String,
    /// The kind of act.
    pub act: String,
}

impl Stance {
    /// Whether the two read the same: label, actor and target.
    pub fn same_reading(&self, other: &Stance) -> bool {
        (&self.label, &self.actor, &self.target) == (&other.label, &other.actor, &other.target)
    }

    /// Whether the two give the same evidence, comparing only what both records give: a
    /// score or cues missing on one side (hand-made gold) is no difference.
    pub fn same_evidence(&self, other: &Stance) -> bool {
        let score = match (self.score, other.score) {
            // Scores are written with two decimals.
            (Some(a), Some(b)) => (a - b).abs() < 0.005,
            _ => true,
        };
        let cues = match (&self.cues, &other.cues) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        score && cues
    }

    /// `label` or `label actor>target`, as reports show it.
    pub fn describe(&self) -> String {
        match (&self.actor, &self.target) {
            (None, None) => self.label.clone(),
            (a, t) => format!(
                "{} {}>{}",
                self.label,
                a.as_deref().unwrap_or("?"),
                t.as_deref().unwrap_or("?")
            ),
        }
    }
}

/// A sentence and, when the record gives one, its stance.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Sentence {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Its stance, when marked or predicted.
    #[serde(default)]
    pub stance: Option<Stance>,
}

/// A name or a figure.
#[derive(Clone, Debug, PartialEq, Deserialize, serde::Serialize)]
pub struct Entity {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Its text.
    #[serde(default)]
    pub text: String,
    /// OntoNotes label.
    pub label: String,
    /// Canonical id (names).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Normalized value (figures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Map<String, Value>>,
}

impl Sentence {
    /// Its extent.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

impl Entity {
    /// Its extent.
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

/// One successfully annotated (or hand-annotated) document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Its id; documents of two files are matched by it.
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// Its metadata.
    pub meta: Map<String, Value>,
    /// The text all offsets refer to.
    pub text: String,
    /// Paragraphs.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Entities.
    pub entities: Vec<Entity>,
    /// The document's stance, when given.
    pub stance: Option<Stance>,
}

/// An error record: a document that could not be annotated.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ErrorRecord {
    /// The document id.
    pub id: String,
    /// The `error.kind` string.
    pub kind: String,
    /// The `error.message` string.
    pub message: String,
}

/// The records of one JSONL file, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    /// Success records.
    pub documents: Vec<Document>,
    /// Error records.
    pub errors: Vec<ErrorRecord>,
}

/// Why a file could not be read as `gloss/1` JSONL.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be read.
    #[error("{name}: {source}")]
    Io {
        /// The file's name.
        name: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is not a JSON record of the expected shape.
    #[error("{name}:{line}: not a gloss/1 record: {source}")]
    Json {
        /// The file's name.
        name: String,
        /// 1-based line.
        line: usize,
        /// The cause.
        source: serde_json::Error,
    },
    /// A record is JSON of the right shape but breaks the contract (a span outside the text).
    #[error("{name}:{line}: {reason}")]
    Invalid {
        /// The file's name.
        name: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        reason: String,
    },
}

/// One record of a `gloss/1` file.
// Nearly every record is a document: boxing it would cost an allocation per record to save
// space on the rare error record.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// A success record.
    Document(Document),
    /// An error record.
    Error(ErrorRecord),
}

/// A line as the SPEC writes it; fields not compared are left out.
#[derive(Deserialize)]
struct Line {
    id: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    meta: Map<String, Value>,
    text: Option<String>,
    #[serde(default)]
    paragraphs: Vec<Span>,
    #[serde(default)]
    sentences: Vec<Sentence>,
    #[serde(default)]
    entities: Vec<Entity>,
    #[serde(default)]
    stance: Option<Stance>,
    #[serde(default)]
    error: Option<RecordError>,
}

#[derive(Deserialize)]
struct RecordError {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    message: String,
}

/// The records of a JSONL stream, parsed one line at a time as they are asked for, so that a
/// file of any size can be compared in bounded memory. Blank lines are skipped. After an error
/// the iterator ends: a line that is not a record leaves the rest of the file unreadable.
pub struct Records<R> {
    reader: R,
    /// Names the input in errors.
    name: String,
    /// The 1-based number of the line last read.
    line: usize,
    /// The line being parsed, kept to reuse its allocation.
    buffer: String,
    done: bool,
}

impl<R: BufRead> Records<R> {
    /// Reads records from `reader`; `name` names the input in errors.
    pub fn new(reader: R, name: &str) -> Records<R> {
        Records {
            reader,
            name: name.to_string(),
            line: 0,
            buffer: String::new(),
            done: false,
        }
    }
}

impl Records<std::io::BufReader<std::fs::File>> {
    /// Opens a JSONL file; it is read as its records are asked for.
    pub fn open(path: &Path) -> Result<Self, ReadError> {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|source| ReadError::Io {
            name: name.clone(),
            source,
        })?;
        Ok(Records::new(
            std::io::BufReader::with_capacity(1 << 16, file),
            &name,
        ))
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<Record, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buffer.clear();
            match self.reader.read_line(&mut self.buffer) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    // As `BufRead::lines` gives it (a parse error's column depends on it).
                    let line = self.buffer.strip_suffix('\n').unwrap_or(&self.buffer);
                    let line = line.strip_suffix('\r').unwrap_or(line);
                    if line.trim().is_empty() {
                        continue;
                    }
                    let record = parse(line, &self.name, self.line);
                    self.done = record.is_err();
                    return Some(record);
                }
                Err(source) => {
                    self.done = true;
                    return Some(Err(ReadError::Io {
                        name: self.name.clone(),
                        source,
                    }));
                }
            }
        }
        None
    }
}

/// The record on line `number` of the input `name`.
fn parse(line: &str, name: &str, number: usize) -> Result<Record, ReadError> {
    let record: Line = serde_json::from_str(line).map_err(|source| ReadError::Json {
        name: name.to_string(),
        line: number,
        source,
    })?;
    let invalid = |reason: String| ReadError::Invalid {
        name: name.to_string(),
        line: number,
        reason,
    };
    match (record.error, record.text) {
        (Some(error), _) => Ok(Record::Error(ErrorRecord {
            id: record.id,
            kind: error.kind,
            message: error.message,
        })),
        (None, None) => Err(invalid("a success record without `text`".into())),
        (None, Some(text)) => {
            let doc = Document {
                id: record.id,
                source: record.source,
                meta: record.meta,
                text,
                paragraphs: record.paragraphs,
                sentences: record.sentences,
                entities: record.entities,
                stance: record.stance,
            };
            check_spans(&doc).map_err(invalid)?;
            Ok(Record::Document(doc))
        }
    }
}

impl Corpus {
    /// Reads every JSONL record into memory; `name` names the input in errors. Blank lines are
    /// skipped. [`Records`] reads one record at a time instead.
    pub fn read(reader: impl BufRead, name: &str) -> Result<Corpus, ReadError> {
        Records::new(reader, name).collect()
    }

    /// Reads a JSONL file.
    pub fn open(path: &Path) -> Result<Corpus, ReadError> {
        Records::open(path)?.collect()
    }
}

/// The records in their order, success and error records apart.
impl FromIterator<Record> for Corpus {
    fn from_iter<I: IntoIterator<Item = Record>>(records: I) -> Corpus {
        let mut corpus = Corpus::default();
        for record in records {
            match record {
                Record::Document(doc) => corpus.documents.push(doc),
                Record::Error(error) => corpus.errors.push(error),
            }
        }
        corpus
    }
}

/// Every span lies inside the text, so later slicing cannot fail.
fn check_spans(doc: &Document) -> Result<(), String> {
    let len = doc.text.chars().count();
    let spans = doc
        .paragraphs
        .iter()
        .copied()
        .chain(doc.sentences.iter().map(Sentence::span))
        .chain(doc.entities.iter().map(Entity::span));
    for span in spans {
        if span.start > span.end || span.end > len {
            return Err(format!(
                "document {:?}: span {}..{} is outside its text of {len} code points",
                doc.id, span.start, span.end
            ));
        }
    }
    Ok(())
}

/// A text with its code point offsets, for slicing spans out of it.
pub(crate) struct CharText<'a> {
    text: &'a str,
    /// Byte offset of every code point, plus the text's length.
    bytes: Vec<usize>,
}

impl<'a> CharText<'a> {
    pub(crate) fn new(text: &'a str) -> CharText<'a> {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CharText { text, bytes }
    }

    /// The text under `span`; empty when the span is outside the text.
    pub(crate) fn slice(&self, span: Span) -> &'a str {
        match (self.bytes.get(span.start), self.bytes.get(span.end)) {
            (Some(&s), Some(&e)) => self.text.get(s..e).unwrap_or(""),
            _ => "",
        }
    }
}

/// The first code point at which two texts differ, `None` when they are equal.
pub(crate) fn first_difference(a: &str, b: &str) -> Option<usize> {
    if a == b {
        return None;
    }
    let mut n = 0;
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y {
            return Some(n);
        }
        n += 1;
    }
    Some(n)
}

/// Whether two `value` objects say the same: same fields, equal strings, numbers equal
/// within a relative tolerance of 1e-9 (JSON writers may round the last digit differently).
pub(crate) fn values_equal(a: &Map<String, Value>, b: &Map<String, Value>) -> bool {
    a.len() == b.len()
        && a.iter().all(|(k, x)| match (x, b.get(k)) {
            (Value::Number(x), Some(Value::Number(y))) => match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()),
                _ => false,
            },
            (x, Some(y)) => x == y,
            (_, None) => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read(s: &str) -> Result<Corpus, ReadError> {
        Corpus::read(s.as_bytes(), "t.jsonl")
    }

    #[test]
    fn reads_success_and_error_records_ignoring_unknown_fields() {
        let src = r#"{"schema":"gloss/1","id":"a","source":"s","meta":{},"text":"Łódź met.","sentences":[{"start":0,"end":9,"stance":{"label":"none","score":0.1,"cues":[]}}],"entities":[{"start":0,"end":4,"text":"Łódź","label":"GPE","id":"lodz"}],"stance":{"label":"none","cooperation":0},"tokens":[]}

{"schema":"gloss/1","id":"b","source":"x","error":{"kind":"invalid_utf8","message":"bad","byte_offset":3}}"#;
        let c = read(src).unwrap();
        assert_eq!(c.documents.len(), 1);
        let d = &c.documents[0];
        assert_eq!(d.entities[0].span(), Span { start: 0, end: 4 });
        assert_eq!(d.sentences[0].stance.as_ref().unwrap().label, "none");
        assert_eq!(d.stance.as_ref().unwrap().label, "none");
        assert_eq!(c.errors[0].kind, "invalid_utf8");
    }

    #[test]
    fn bad_lines_are_typed_errors_with_their_line() {
        let err = read("\n{\"id\":\"a\",\"text\":\"x\"}\nnot json\n").unwrap_err();
        assert!(matches!(err, ReadError::Json { line: 3, .. }), "{err}");
        let err = read(r#"{"id":"a","text":"ab","entities":[{"start":1,"end":3,"label":"GPE"}]}"#)
            .unwrap_err();
        assert!(matches!(err, ReadError::Invalid { line: 1, .. }), "{err}");
        let err = read(r#"{"id":"a","text":"ab","sentences":[{"start":2,"end":1}]}"#).unwrap_err();
        assert!(matches!(err, ReadError::Invalid { .. }), "{err}");
        let err = read(r#"{"id":"a"}"#).unwrap_err();
        assert!(err.to_string().contains("without `text`"), "{err}");
        let err = read(r#"{"id":"a","text":"x","entities":[{"start":-1,"end":1,"label":"GPE"}]}"#)
            .unwrap_err();
        assert!(matches!(err, ReadError::Json { .. }), "{err}");
    }

    #[test]
    fn records_come_one_at_a_time_as_lines_give_them_and_end_at_an_error() {
        let src =
            "{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n{\"id\":\"b\",\"error\":{}}\n{\"id\":\"c\"\n{}";
        let mut records = Records::new(src.as_bytes(), "t.jsonl");
        assert!(matches!(records.next(), Some(Ok(Record::Document(d))) if d.id == "a"));
        assert!(matches!(records.next(), Some(Ok(Record::Error(e))) if e.id == "b"));
        // Line 4 ends at its line end, as `BufRead::lines` gives it, not in the next line.
        let err = records.next().and_then(Result::err).expect("an error");
        assert!(matches!(err, ReadError::Json { line: 4, .. }), "{err}");
        assert!(err.to_string().ends_with("line 1 column 9"), "{err}");
        assert!(records.next().is_none(), "nothing is read after an error");
    }

    #[test]
    fn slices_and_differences_are_in_code_points() {
        let t = CharText::new("Łódź wins");
        assert_eq!(t.slice(Span { start: 5, end: 9 }), "wins");
        assert_eq!(t.slice(Span { start: 5, end: 99 }), "");
        assert_eq!(first_difference("Łódź met", "Łódź mat"), Some(6));
        assert_eq!(first_difference("ab", "abc"), Some(2));
        assert_eq!(first_difference("ab", "ab"), None);
    }

    #[test]
    fn values_compare_numbers_with_tolerance() {
        let m = |v: Value| v.as_object().unwrap().clone();
        let a = m(json!({"amount": 1e9, "unit": "USD"}));
        assert!(values_equal(
            &a,
            &m(json!({"amount": 1000000000, "unit": "USD"}))
        ));
        assert!(values_equal(
            &a,
            &m(json!({"amount": 1.0000000001e9, "unit": "USD"}))
        ));
        assert!(!values_equal(
            &a,
            &m(json!({"amount": 1.001e9, "unit": "USD"}))
        ));
        assert!(!values_equal(&a, &m(json!({"amount": 1e9, "unit": "EUR"}))));
        assert!(!values_equal(&a, &m(json!({"amount": 1e9}))));
        assert!(!values_equal(
            &a,
            &m(json!({"amount": "1e9", "unit": "USD"}))
        ));
    }
}
