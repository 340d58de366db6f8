//! The document model every gloss stage speaks.
//!
//! gloss is a pipeline of stages (ingest → clean → segment → tag → stance → emit). Each
//! stage is its own crate, and they agree on nothing but the types in this crate:
//!
//! - [`Span`]: a half-open range of **bytes of the clean text**. Every stage speaks clean-text
//!   bytes; only the emit stage converts to the code points of the output contract.
//! - [`Block`] and [`BlockKind`]: the paragraphs, headings and list items the cleaner found,
//!   with the span of a bold run-in heading when a paragraph opens with one.
//! - [`Segments`]: sections, paragraphs, sentences and (on request) tokens.
//! - [`Meta`]: a document's metadata, passed through from the input and added to by stages.
//! - [`Document`]: one input document after ingest: its id, where it came from, its metadata
//!   and its text.
//! - [`DocError`] and [`ErrorKind`]: why a document failed, with the place; the kind's names are
//!   the `error.kind` strings of the output contract.
//!
//! The crate has no behaviour beyond small helpers on these types, so every stage can be
//! built and tested against it alone.
//!
//! ```
//! use gloss_doc::Span;
//! let text = "Mexico answered.";
//! let span = Span::new(0, 6);
//! assert_eq!(span.slice(text), "Mexico");
//! ```
#![deny(missing_docs)]

use std::fmt;

/// Metadata of a document: the input record's `meta` object, plus what stages detect.
pub type Meta = serde_json::Map<String, serde_json::Value>;

/// A half-open range `[start, end)` of bytes in a document's clean text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (bytes, end-exclusive).
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// A span from `usize` offsets; texts over 4 GiB are refused at ingest, so this never
    /// truncates for a document gloss accepted.
    pub fn from_usize(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The length in bytes.
    pub const fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `usize` range, for slicing.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text under the span.
    ///
    /// # Panics
    /// When the span is not on character boundaries inside `text`: spans are made by the stages
    /// from the same text, so this is a bug in a stage, never a property of the input.
    pub fn slice(self, text: &str) -> &str {
        &text[self.range()]
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// What kind of block of the body a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A heading line (`#`…`######` in Markdown); it starts a section and is one sentence.
    Heading,
    /// One item of a bulleted or numbered list; it is its own unit for sentences.
    ListItem,
}

/// One block of the clean body, in order. Blocks do not overlap and are separated in the clean
/// text by a blank line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// The block's text in the clean text.
    pub span: Span,
    /// Paragraph, heading or list item.
    pub kind: BlockKind,
    /// For a paragraph that opens with a bold run-in heading (`**Conclusions.** Text…`), the
    /// heading's span, full stop included. It starts a section and is a sentence of its own.
    pub run_in_heading: Option<Span>,
}

/// A section of the body: from one heading to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The section, heading included.
    pub span: Span,
    /// The heading's text without its final full stop; `None` for a body that starts without one.
    pub title: Option<Span>,
}

/// One token: a UAX #29 word (white space left out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token in the clean text.
    pub span: Span,
}

/// Everything the segmenter finds in a clean text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segments {
    /// Sections, in order, covering the body.
    pub sections: Vec<Section>,
    /// Paragraphs (every block of the body), in order.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order, never overlapping and never across a paragraph.
    pub sentences: Vec<Span>,
    /// Tokens, present only when asked for.
    pub tokens: Option<Vec<Token>>,
}

/// The OntoNotes 5 entity types, as spaCy's English models emit them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// People.
    Person,
    /// Nationalities, religious and political groups.
    Norp,
    /// Buildings, airports, bridges, canals, bases.
    Fac,
    /// Organisations, agencies, parties, companies.
    Org,
    /// Countries, cities, states.
    Gpe,
    /// Non-political locations: regions, seas, mountain ranges.
    Loc,
    /// Objects, vehicles, products.
    Product,
    /// Named events: wars, summits, storms.
    Event,
    /// Titles of works.
    WorkOfArt,
    /// Named documents made into laws: treaties, acts.
    Law,
    /// Named languages.
    Language,
    /// Dates and periods.
    Date,
    /// Times of day.
    Time,
    /// Percentages.
    Percent,
    /// Money.
    Money,
    /// Measurements.
    Quantity,
    /// Ordinals.
    Ordinal,
    /// Other numerals.
    Cardinal,
}

impl Label {
    /// Every label, names first.
    pub const ALL: [Label; 18] = [
        Label::Person,
        Label::Norp,
        Label::Fac,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
    ];

    /// The OntoNotes name (`GPE`, `WORK_OF_ART`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
        }
    }

    /// The label with this OntoNotes name.
    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }

    /// Whether this is a name label (not numeric or temporal).
    pub const fn is_name(self) -> bool {
        (self as u8) <= (Label::Language as u8)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A tagged span: a name with its canonical id (borrowed from the lexicon that found it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entity<'a> {
    /// The span in the clean text.
    pub span: Span,
    /// Its OntoNotes label.
    pub label: Label,
    /// The canonical id of what it names.
    pub id: Option<&'a str>,
}

/// The normalized value of a figure (the contract's `value`): an amount or a range, its unit,
/// comparison, statistic and rate, or a TIMEX3 value for dates and times.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Value {
    /// The number.
    pub amount: Option<f64>,
    /// Lower bound of a range.
    pub min: Option<f64>,
    /// Upper bound of a range.
    pub max: Option<f64>,
    /// ISO 4217 code, `percent`, `percentage_point` or a unit word.
    pub unit: Option<&'static str>,
    /// The comparison: `more_than`, `less_than`, `approx`, `at_least`, `at_most`; for dates
    /// also `start`, `mid`, `end`.
    pub modifier: Option<&'static str>,
    /// What the figure is: `average`, `total`, `median`.
    pub stat: Option<&'static str>,
    /// The period or unit of a rate: `month`, `year`, `capita`, ...
    pub per: Option<&'static str>,
    /// TIMEX3 value of a date, time or duration.
    pub timex: Option<String>,
}

/// A numeric or temporal expression with its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The span in the clean text.
    pub span: Span,
    /// DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL or CARDINAL.
    pub label: Label,
    /// Its value.
    pub value: Value,
}

/// The stance of a sentence or a document (SPEC "Stance"): how the weaker party answers the
/// stronger one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StanceLabel {
    /// Dialogue, negotiation, concessions, compliance, joint action, restraint.
    Cooperation,
    /// Defence of sovereignty, refusal, rejection, opposition, countermeasures.
    Resistance,
    /// Both.
    Mixed,
    /// Neither: context, figures, forecasts, the stronger party's own pressure.
    #[default]
    None,
}

impl StanceLabel {
    /// Every label, in the order reports list them.
    pub const ALL: [StanceLabel; 4] = [
        StanceLabel::Cooperation,
        StanceLabel::Resistance,
        StanceLabel::Mixed,
        StanceLabel::None,
    ];

    /// The contract's name: `cooperation`, `resistance`, `mixed`, `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            StanceLabel::Cooperation => "cooperation",
            StanceLabel::Resistance => "resistance",
            StanceLabel::Mixed => "mixed",
            StanceLabel::None => "none",
        }
    }

    /// The label of a contract name.
    pub fn from_name(name: &str) -> Option<StanceLabel> {
        StanceLabel::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// Whose act a stance cue marks, and which way it leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Polarity {
    /// The weaker party cooperates.
    Cooperation,
    /// The weaker party resists.
    Resistance,
    /// The stronger party presses (context for the answer, not a stance).
    Pressure,
}

impl Polarity {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Cooperation => "cooperation",
            Polarity::Resistance => "resistance",
            Polarity::Pressure => "pressure",
        }
    }
}

/// Evidence for a stance: a span of the text read as one act.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cue<'a> {
    /// The span (a phrase, or a scope word with the cue it acts on: "refrained from
    /// countermeasures").
    pub span: Span,
    /// Which way it counts, after scope and actor rules.
    pub polarity: Polarity,
    /// The kind of act, CAMEO-like: `consult`, `reject`, `retaliate`, `coerce`, ...
    pub act: &'a str,
}

/// The stance of one sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentenceStance<'a> {
    /// The label.
    pub label: StanceLabel,
    /// From -1 (resistance) to 1 (cooperation); 0 for `none`.
    pub score: f32,
    /// Who takes the stance (an entity id), for every label but `none`.
    pub actor: Option<&'a str>,
    /// Whom it answers (an entity id), for every label but `none`.
    pub target: Option<&'a str>,
    /// The cues that decided the label, and the stronger party's pressure cues, in order.
    pub cues: Vec<Cue<'a>>,
}

/// Sentence labels counted over a document or a section.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StanceTally {
    /// The overall label.
    pub label: StanceLabel,
    /// Sentences labelled cooperation.
    pub cooperation: u32,
    /// Sentences labelled resistance.
    pub resistance: u32,
    /// Sentences labelled mixed.
    pub mixed: u32,
    /// Sentences labelled none.
    pub none: u32,
    /// The mean score of the sentences that take a stance, from -1 to 1; 0 when none does.
    pub score: f32,
}

/// The stance of a whole document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentStance<'a> {
    /// The weaker party whose stance is read (an entity id), when one was found.
    pub actor: Option<&'a str>,
    /// The stronger party that presses it, when one was found.
    pub target: Option<&'a str>,
    /// The whole document.
    pub tally: StanceTally,
    /// One tally per section, in order, so a trend is visible.
    pub sections: Vec<StanceTally>,
    /// How many cues of each act the sentences report, by polarity and act, in order of
    /// polarity then first appearance: what kinds of answers the government gave, and to what.
    pub acts: Vec<ActCount<'a>>,
}

/// How often one kind of act is reported in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActCount<'a> {
    /// Which way the acts count.
    pub polarity: Polarity,
    /// The act: `consult`, `retaliate`, `coerce`, ...
    pub act: &'a str,
    /// The number of cues.
    pub count: u32,
}

/// One input document, as ingest hands it on.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The input record's `id`, or the file stem.
    pub id: String,
    /// Where it came from: a path, `stdin:LINE` or `PATH:LINE` for JSONL.
    pub source: String,
    /// The input record's metadata.
    pub meta: Meta,
    /// The document's text, as given.
    pub text: String,
}

/// Why a document could not be annotated. The serialized names are the contract's
/// `error.kind` strings; new kinds may be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    Unreadable,
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// A JSONL line is not valid JSON.
    InvalidJson,
    /// A JSONL line is JSON but not an object.
    NotAnObject,
    /// A JSONL record has no `text`, or its `text` is not a string.
    MissingText,
    /// A field of a JSONL record has the wrong type (`meta` not an object, `id` not a string or
    /// number).
    InvalidField,
    /// The document is larger than gloss accepts (offsets are 32-bit).
    TooLarge,
}

impl ErrorKind {
    /// The contract's name for this kind (`error.kind`).
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Unreadable => "unreadable",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::InvalidJson => "invalid_json",
            ErrorKind::NotAnObject => "not_an_object",
            ErrorKind::MissingText => "missing_text",
            ErrorKind::InvalidField => "invalid_field",
            ErrorKind::TooLarge => "too_large",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A document that failed: what went wrong and where. It becomes an error record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocError {
    /// The document's id, as far as it is known.
    pub id: String,
    /// Where the document came from (as in [`Document::source`]).
    pub source: String,
    /// The kind of failure.
    pub kind: ErrorKind,
    /// A sentence naming the place and the reason.
    pub message: String,
    /// The byte offset in the input file or stream where the problem is, when known.
    pub byte_offset: Option<u64>,
    /// The 1-based line of the input file or stream, when known.
    pub line: Option<u64>,
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The message already names the place.
        f.write_str(&self.message)
    }
}

// Written by hand: a field named `source` would read as the error's cause to `thiserror`.
impl std::error::Error for DocError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_slices_and_measures() {
        let s = Span::new(2, 5);
        assert_eq!(s.slice("a bcd e"), "bcd");
        assert_eq!(s.len(), 3);
        assert!(!s.is_empty());
        assert!(Span::new(4, 4).is_empty());
        assert_eq!(s.to_string(), "2..5");
    }

    #[test]
    fn error_kind_names_are_the_contract_strings() {
        let table = [
            (ErrorKind::Unreadable, "unreadable"),
            (ErrorKind::InvalidUtf8, "invalid_utf8"),
            (ErrorKind::InvalidJson, "invalid_json"),
            (ErrorKind::NotAnObject, "not_an_object"),
            (ErrorKind::MissingText, "missing_text"),
            (ErrorKind::InvalidField, "invalid_field"),
            (ErrorKind::TooLarge, "too_large"),
        ];
        for (kind, name) in table {
            assert_eq!(kind.as_str(), name);
        }
    }

    #[test]
    fn labels_round_trip_their_names() {
        for label in Label::ALL {
            assert_eq!(Label::from_name(label.as_str()), Some(label));
        }
        assert_eq!(Label::from_name("gpe"), None);
        let names: Vec<_> = Label::ALL
            .iter()
            .filter(|l| l.is_name())
            .map(|l| l.as_str())
            .collect();
        assert_eq!(names.len(), 11);
        assert!(!Label::Cardinal.is_name() && Label::Language.is_name());
    }

    #[test]
    fn public_types_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Document>();
        check::<DocError>();
        check::<Segments>();
    }
}
