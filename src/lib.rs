//! gloss turns policy bulletins into annotated documents.
//!
//! A staged pipeline, one crate per stage, data flowing one way:
//!
//! 1. **ingest** ([`gloss_ingest`]): files, folders and JSONL streams into [`Document`]s, each
//!    failure an error naming the document and the place;
//! 2. **clean** ([`gloss_clean`]): page furniture out, page-broken paragraphs re-joined,
//!    Markdown reduced to what a reader sees, with a map back to input offsets
//!    ([`gloss_align::AlignedText`]);
//! 3. **segment** ([`gloss_segment`]): sections, paragraphs, sentences, tokens;
//! 4. **tag** ([`gloss_tag`], over [`gloss_lexicon`]): names with OntoNotes labels and canonical
//!    ids, from lexicons that are data; figures ([`gloss_numbers`]): numbers, money,
//!    percentages, dates and durations with normalized values;
//! 5. **stance** ([`gloss_stance`]): cooperation or resistance of the weaker party, per
//!    sentence and per document, with the cues that decided it;
//! 6. **emit** ([`gloss_emit`]): one `gloss/1` JSON line per input document, success or error.
//!
//! Beside the pipeline, the `gloss-eval` crate (`crates/eval`) scores an output against
//! gold and diffs two outputs (`gloss eval`, `gloss diff`).
//!
//! [`Pipeline`] wires the stages together. [`Pipeline::run`] streams any number of inputs
//! through them in parallel (rayon) while keeping the output in input order and byte-identical
//! to a single-threaded run; memory stays bounded by the batch size, whatever the input size.
//!
//! ```
//! use gloss::Pipeline;
//! let pipeline = Pipeline::builder().build().unwrap();
//! let annotation = pipeline.annotate_text("## Title\n\nJan Nowak\n\nThe U.S. Congress met. It \\$voted.");
//! let sentences: Vec<&str> = annotation.segments.sentences.iter().map(|s| s.slice(annotation.text())).collect();
//! assert_eq!(sentences, ["The U.S. Congress met.", "It $voted."]);
//! assert_eq!(annotation.meta["title"], "Title");
//! ```
//!
//! # Errors
//! A document that cannot be read or decoded, or whose record names stance parties the
//! lexicons do not know, becomes an error record; the run goes on.
//! [`Pipeline::run`] fails only when the output cannot be written.
#![deny(missing_docs)]

pub use gloss_align;
pub use gloss_clean;
pub use gloss_doc;
pub use gloss_emit;
pub use gloss_ingest;
pub use gloss_lexicon;
pub use gloss_numbers;
pub use gloss_segment;
pub use gloss_stance;
pub use gloss_tag;

use gloss_align::AlignedText;
use gloss_clean::{Cleaner, FrontMatter};
use gloss_doc::{
    DocError, Document, DocumentStance, Entity, Figure, Meta, Segments, SentenceStance,
};
use gloss_emit::Options;
use gloss_ingest::Unit;
use gloss_lexicon::{Lexicon, LexiconError};
use gloss_numbers::{Date, Numbers};
use gloss_segment::Segmenter;
use gloss_stance::{Input, Parties, Stance};
use gloss_tag::Tagger;
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::PathBuf;

/// Units per parallel batch, at most.
const BATCH_UNITS: usize = 512;
/// Input bytes per parallel batch, about: three batches are in memory at once (one being read,
/// one annotated, one written), which bounds memory whatever the input's size.
const BATCH_BYTES: usize = 1 << 20;
/// What a file unit counts for in a batch before it is read.
const FILE_WEIGHT: usize = 16 << 10;

/// Configures a [`Pipeline`].
#[derive(Clone, Debug, Default)]
pub struct PipelineBuilder {
    options: Options,
    banners: Vec<String>,
    lexicons: Vec<PathBuf>,
    stance_lexicons: Vec<PathBuf>,
    date: Option<String>,
    actor: Option<String>,
    counterpart: Option<String>,
}

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The lexicons have problems (each with its file and line).
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// The lexicons could not be compiled.
    #[error(transparent)]
    Tagger(#[from] gloss_tag::BuildError),
    /// The stance lexicons have problems or could not be compiled.
    #[error(transparent)]
    Stance(#[from] gloss_stance::BuildError),
    /// A party given for stance is no entity id of the lexicons.
    #[error("{0:?} is not an entity id of the lexicons (ids look like `mexico`, `united-states`)")]
    UnknownParty(String),
}

impl PipelineBuilder {
    /// Compute and write tokens (UAX #29 words).
    pub fn tokens(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.options.tokens = yes;
        self
    }

    /// Write the `source_map` field.
    pub fn source_map(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.options.source_map = yes;
        self
    }

    /// More running-header banners, in the format of `lexicons/furniture.txt`.
    pub fn banners(&mut self, list: &str) -> &mut PipelineBuilder {
        self.banners.push(list.to_string());
        self
    }

    /// Adds a folder of lexicon files (`*.jsonl`) over the bundled lexicons: its entries add
    /// to them, and override a bundled entry with the same pattern.
    pub fn lexicons(&mut self, dir: impl Into<PathBuf>) -> &mut PipelineBuilder {
        self.lexicons.push(dir.into());
        self
    }

    /// The document date for documents whose input gives none (`meta.date` of a JSONL record
    /// comes first; a date in the document's header comes after this). ISO `YYYY-MM-DD`.
    pub fn date(&mut self, date: &str) -> &mut PipelineBuilder {
        self.date = Some(date.to_string());
        self
    }

    /// Adds a folder of stance lexicons (any of `cues.jsonl`, `references.tsv`, `parties.tsv`,
    /// `powers.txt`, `rivals.tsv`, as in `lexicons/stance/`) over the bundled ones: its entries add to them,
    /// and replace a bundled entry with the same pattern or entity.
    pub fn stance_lexicons(&mut self, dir: impl Into<PathBuf>) -> &mut PipelineBuilder {
        self.stance_lexicons.push(dir.into());
        self
    }

    /// The weaker party whose stance is read (an entity id such as `mexico`), for every
    /// document; by default it is found in each document.
    pub fn actor(&mut self, id: &str) -> &mut PipelineBuilder {
        self.actor = Some(id.to_string());
        self
    }

    /// The stronger party pressing it (an entity id such as `united-states`), for every
    /// document; by default it is found in each document.
    pub fn counterpart(&mut self, id: &str) -> &mut PipelineBuilder {
        self.counterpart = Some(id.to_string());
        self
    }

    /// The pipeline.
    pub fn build(&self) -> Result<Pipeline, BuildError> {
        let mut cleaner = Cleaner::builder();
        for list in &self.banners {
            cleaner.banners(list);
        }
        let mut lexicon = Lexicon::builder();
        for dir in &self.lexicons {
            lexicon.add_dir(dir);
        }
        let tagger = Tagger::new(&lexicon.build()?)?;
        // A party that names nothing the lexicons know would silently read every sentence
        // as `none`.
        for id in [&self.actor, &self.counterpart].into_iter().flatten() {
            if tagger.id(id).is_none() {
                return Err(BuildError::UnknownParty(id.clone()));
            }
        }
        Ok(Pipeline {
            cleaner: cleaner.build(),
            segmenter: Segmenter::new().tokens(self.options.tokens),
            tagger,
            numbers: Numbers::new(),
            stance: {
                let mut stance = Stance::builder();
                for dir in &self.stance_lexicons {
                    stance.lexicons(dir);
                }
                stance.build()?
            },
            actor: self.actor.clone(),
            counterpart: self.counterpart.clone(),
            date: self.date.clone(),
            options: self.options,
        })
    }
}

/// The stages, built once and shared by every worker.
#[derive(Clone, Debug)]
pub struct Pipeline {
    cleaner: Cleaner,
    segmenter: Segmenter,
    tagger: Tagger,
    numbers: Numbers,
    stance: Stance,
    actor: Option<String>,
    counterpart: Option<String>,
    date: Option<String>,
    options: Options,
}

/// One annotated document, before it is written; its entity ids are borrowed from the
/// pipeline's lexicons.
#[derive(Clone, Debug)]
pub struct Annotation<'p> {
    /// Document id.
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// Input metadata plus what the cleaner detected (title, author, date, masthead).
    pub meta: Meta,
    /// The clean text and its map back to the input.
    pub aligned: AlignedText,
    /// Sections, paragraphs, sentences and tokens.
    pub segments: Segments,
    /// Names, in order.
    pub entities: Vec<Entity<'p>>,
    /// Figures with their values, in order.
    pub figures: Vec<Figure>,
    /// The stance of each sentence, in sentence order.
    pub sentence_stances: Vec<SentenceStance<'p>>,
    /// The stance of the document.
    pub stance: DocumentStance<'p>,
}

impl Annotation<'_> {
    /// The clean text.
    pub fn text(&self) -> &str {
        self.aligned.text()
    }
}

/// How a run went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Records written.
    pub documents: u64,
    /// Of which error records.
    pub failed: u64,
    /// Input bytes read: whole lines of JSONL streams, whole files.
    pub bytes: u64,
}

/// Adds detected front matter to the metadata; keys already there (from the input) win.
fn merge_front(meta: &mut Meta, front: FrontMatter) {
    let fields = [
        ("title", front.title),
        ("author", front.author),
        ("date", front.date),
        ("masthead", front.masthead),
    ];
    for (key, value) in fields {
        if let Some(value) = value {
            meta.entry(key).or_insert(value.into());
        }
    }
}

impl Pipeline {
    /// A builder.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Annotates one document. Stance parties its `meta` names but the lexicons do not know
    /// are left to be found in the text ([`Pipeline::write_record`] reports them instead).
    pub fn annotate(&self, doc: Document) -> Annotation<'_> {
        let parties = self.parties(&doc.meta).unwrap_or(Parties {
            actor: self.actor.as_deref(),
            counterpart: self.counterpart.as_deref(),
        });
        self.annotate_with(doc, parties)
    }

    fn annotate_with<'p>(&'p self, doc: Document, parties: Parties<'p>) -> Annotation<'p> {
        let cleaned = self.cleaner.clean(&doc.text);
        let text = cleaned.text.text();
        let segments = self.segmenter.segment(text, &cleaned.blocks);
        let entities = self.tagger.tag(text);
        let mut meta = doc.meta;
        // The document date: the input's, else `--date`, else the header's (SPEC).
        if let (false, Some(date)) = (meta.contains_key("date"), &self.date) {
            meta.insert("date".into(), date.clone().into());
        }
        merge_front(&mut meta, cleaned.front);
        let date = meta
            .get("date")
            .and_then(|d| d.as_str())
            .and_then(Date::parse);
        let names: Vec<gloss_doc::Span> = entities.iter().map(|e| e.span).collect();
        let figures = self.numbers.find(
            text,
            &segments.paragraphs,
            &segments.sentences,
            &names,
            date,
        );
        let (sentence_stances, stance) = self.stance.read(
            &Input {
                text,
                paragraphs: &segments.paragraphs,
                sentences: &segments.sentences,
                sections: &segments.sections,
                entities: &entities,
            },
            parties,
        );
        Annotation {
            id: doc.id,
            source: doc.source,
            meta,
            aligned: cleaned.text,
            segments,
            entities,
            figures,
            sentence_stances,
            stance,
        }
    }

    /// Annotates a text with no id or metadata.
    pub fn annotate_text(&self, text: &str) -> Annotation<'_> {
        self.annotate(Document {
            id: String::new(),
            source: String::new(),
            meta: Meta::new(),
            text: text.to_string(),
        })
    }

    /// The parties of stance for a document: `meta.actor` and `meta.counterpart` when the
    /// record gives them, else the pipeline's (`--actor`, `--counterpart`), else found in the
    /// text. A given party must be an entity id of the lexicons; the error says which is not.
    fn parties(&self, meta: &Meta) -> Result<Parties<'_>, String> {
        Ok(Parties {
            actor: self.party(meta, "actor", self.actor.as_deref())?,
            counterpart: self.party(meta, "counterpart", self.counterpart.as_deref())?,
        })
    }

    /// One party: `meta[key]` if given, as the lexicons' own id, else `fallback`.
    fn party<'p>(
        &'p self,
        meta: &Meta,
        key: &str,
        fallback: Option<&'p str>,
    ) -> Result<Option<&'p str>, String> {
        match meta.get(key) {
            None => Ok(fallback),
            Some(value) => value
                .as_str()
                .and_then(|id| self.tagger.id(id))
                .map(Some)
                .ok_or_else(|| format!("meta.{key} {value} is not an entity id of the lexicons")),
        }
    }

    /// Writes the record of one decoded unit (a success or an error record) to `out`; returns
    /// whether it was a success.
    pub fn write_record(&self, decoded: Result<Document, DocError>, out: &mut Vec<u8>) -> bool {
        let decoded = decoded.and_then(|doc| match self.parties(&doc.meta) {
            Ok(parties) => Ok((doc, parties)),
            Err(message) => Err(DocError {
                message: format!("{}: {message}", doc.source),
                id: doc.id,
                source: doc.source,
                kind: gloss_doc::ErrorKind::InvalidField,
                byte_offset: None,
                line: None,
            }),
        });
        match decoded {
            Ok((doc, parties)) => {
                let a = self.annotate_with(doc, parties);
                let record = gloss_emit::Record {
                    id: &a.id,
                    source: &a.source,
                    meta: &a.meta,
                    text: a.aligned.text(),
                    pieces: a.aligned.pieces(),
                    segments: &a.segments,
                    entities: &a.entities,
                    figures: &a.figures,
                    stance: Some((&a.sentence_stances, &a.stance)),
                };
                gloss_emit::write_record(out, &record, self.options);
                true
            }
            Err(err) => {
                gloss_emit::write_error(out, &err);
                false
            }
        }
    }

    /// Streams `units` through the pipeline in parallel on the current rayon pool and writes one
    /// record per unit to `out`, in input order. `progress` is called after each batch with the
    /// totals so far. Fails only when writing fails.
    ///
    /// Three things happen at once: one batch is annotated by all workers while the batch
    /// before it is written and the batch after it is read, so reading and writing (which
    /// must stay in order) do not hold the workers up.
    pub fn run(
        &self,
        units: impl Iterator<Item = Unit> + Send,
        out: &mut (dyn Write + Send),
        progress: &mut (dyn FnMut(&Summary) + Send),
    ) -> io::Result<Summary> {
        let mut units = units;
        let mut summary = Summary::default();
        let mut batch = next_batch(&mut units);
        let mut done: Vec<Annotated> = Vec::new();
        while !batch.is_empty() || !done.is_empty() {
            let (annotated, (next, written)) = rayon::join(
                || self.annotate_batch(batch),
                || {
                    let written = write_batch(&done, out, &mut summary);
                    if written.is_ok() && !done.is_empty() {
                        progress(&summary);
                    }
                    (next_batch(&mut units), written)
                },
            );
            written?;
            done = annotated;
            batch = next;
        }
        out.flush()?;
        Ok(summary)
    }

    fn annotate_batch(&self, batch: Vec<Unit>) -> Vec<Annotated> {
        batch
            .into_par_iter()
            .map(|unit| {
                let mut record = Vec::with_capacity(4096);
                let line_bytes = match &unit {
                    Unit::Line(line) => Some(line.consumed),
                    _ => None,
                };
                let decoded = gloss_ingest::decode(unit);
                let file_bytes = decoded.as_ref().map_or(0, |d| d.text.len() as u64);
                let ok = self.write_record(decoded, &mut record);
                Annotated {
                    record,
                    ok,
                    bytes: line_bytes.unwrap_or(file_bytes),
                }
            })
            .collect()
    }
}

/// One unit's finished record.
struct Annotated {
    record: Vec<u8>,
    ok: bool,
    bytes: u64,
}

fn write_batch(
    batch: &[Annotated],
    out: &mut (dyn Write + Send),
    summary: &mut Summary,
) -> io::Result<()> {
    for a in batch {
        out.write_all(&a.record)?;
        summary.documents += 1;
        summary.failed += u64::from(!a.ok);
        summary.bytes += a.bytes;
    }
    Ok(())
}

fn next_batch(units: &mut impl Iterator<Item = Unit>) -> Vec<Unit> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    for unit in units.by_ref() {
        bytes += match &unit {
            Unit::Line(line) => line.bytes.len(),
            Unit::File(_) => FILE_WEIGHT,
            Unit::Failed(_) => 0,
        };
        batch.push(unit);
        if batch.len() >= BATCH_UNITS || bytes >= BATCH_BYTES {
            break;
        }
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_is_shared_across_threads() {
        fn check<T: Send + Sync>() {}
        check::<Pipeline>();
        check::<Annotation<'static>>();
    }

    #[test]
    fn input_metadata_wins_over_detected() {
        let mut meta = Meta::new();
        meta.insert("date".into(), "2026-01-01".into());
        let front = FrontMatter {
            date: Some("2025-05-05".into()),
            title: Some("T".into()),
            ..FrontMatter::default()
        };
        merge_front(&mut meta, front);
        assert_eq!(meta["date"], "2026-01-01");
        assert_eq!(meta["title"], "T");
        assert!(!meta.contains_key("author"));
    }
}
