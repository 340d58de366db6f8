//! What changed between two runs over the same documents.

use crate::corpus::{
    first_difference, values_equal, CharText, Corpus, Document, Entity, ErrorRecord, Record, Span,
    Stance, StanceCue,
};
use crate::pairing::{
    in_order, over_corpora, over_records, Compare, Entry, Input, Paired, Pairing,
};
use anstyle::{AnsiColor, Style};
use serde::Serialize;
use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// The kinds of change, in the order a document's changes are listed when they sit at the
/// same place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A document only in NEW.
    DocumentAdded,
    /// A document only in OLD.
    DocumentRemoved,
    /// A document is an error record on one side at least, and the two sides differ.
    ErrorChanged,
    /// The text changed, so its spans are not compared.
    TextChanged,
    /// The document's stance label changed.
    DocumentStanceChanged,
    /// A sentence only in NEW.
    SentenceAdded,
    /// A sentence only in OLD.
    SentenceRemoved,
    /// A sentence's stance label changed.
    StanceChanged,
    /// A sentence's or the document's stance reads the same, but its score or its cues
    /// changed.
    EvidenceChanged,
    /// An entity only in NEW.
    Added,
    /// An entity only in OLD.
    Removed,
    /// Same span, other label.
    Relabelled,
    /// Overlapping spans, same label.
    Respanned,
    /// Same span and label, other `value`.
    ValueChanged,
    /// Same span and label, other `id`.
    IdChanged,
}

impl ChangeKind {
    /// The kind's name, as in the JSON output.
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::DocumentAdded => "document_added",
            ChangeKind::DocumentRemoved => "document_removed",
            ChangeKind::ErrorChanged => "error_changed",
            ChangeKind::TextChanged => "text_changed",
            ChangeKind::DocumentStanceChanged => "document_stance_changed",
            ChangeKind::SentenceAdded => "sentence_added",
            ChangeKind::SentenceRemoved => "sentence_removed",
            ChangeKind::StanceChanged => "stance_changed",
            ChangeKind::EvidenceChanged => "evidence_changed",
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Relabelled => "relabelled",
            ChangeKind::Respanned => "respanned",
            ChangeKind::ValueChanged => "value_changed",
            ChangeKind::IdChanged => "id_changed",
        }
    }
}

/// One side of a change.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Item {
    /// An entity.
    Entity(Entity),
    /// A sentence and its stance label, if any.
    Sentence {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// Its stance label.
        #[serde(skip_serializing_if = "Option::is_none")]
        stance: Option<String>,
    },
    /// A document's stance label.
    Stance {
        /// The label.
        stance: String,
    },
    /// The evidence of a stance.
    Evidence {
        /// Its score, when given.
        #[serde(skip_serializing_if = "Option::is_none")]
        score: Option<f64>,
        /// Its cues (none for a document).
        cues: Vec<StanceCue>,
    },
    /// Where a text starts to differ, and what follows there.
    Text {
        /// The first differing code point.
        offset: usize,
        /// Up to 40 code points from there.
        excerpt: String,
    },
    /// An error record.
    Error(ErrorRecord),
    /// A whole document.
    Document {
        /// Its source.
        source: String,
    },
}

/// The sentence a change sits in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Context {
    /// The sentence's first code point.
    pub start: usize,
    /// Its text.
    pub text: String,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The document.
    pub id: String,
    /// What changed.
    pub kind: ChangeKind,
    /// The entity label it counts under: the OLD entity's, or the NEW one's for an addition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Before.
    pub old: Option<Item>,
    /// After.
    pub new: Option<Item>,
    /// The sentence it sits in (in NEW, or in OLD for what was removed).
    pub sentence: Option<Context>,
}

/// Counts of changes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Documents in OLD (success and error records).
    pub old_documents: usize,
    /// Documents in NEW.
    pub new_documents: usize,
    /// Documents with at least one change.
    pub changed_documents: usize,
    /// Changes per kind.
    pub kinds: BTreeMap<ChangeKind, usize>,
    /// Entity changes per label, per kind.
    pub labels: BTreeMap<String, BTreeMap<ChangeKind, usize>>,
}

/// Everything [`diff`] found.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diff {
    /// The changes, document by document (OLD's order, then documents only in NEW), each
    /// document's in text order.
    pub changes: Vec<Change>,
    /// Counts.
    pub summary: Summary,
}

/// The changes from `old` to `new`, documents matched by id.
pub fn diff(old: &Corpus, new: &Corpus) -> Diff {
    over_corpora::<Differ<_>>(old, new).finish()
}

/// The changes from the records of `old` to those of `new` as they are read (from [`Records`],
/// say), documents matched by id: a document is held only until the other input's document of
/// its id comes, so inputs in the same order are compared in bounded memory. The diff is
/// [`diff`]'s. The first error of `old`, else of `new`, stops it.
///
/// [`Records`]: crate::Records
pub fn diff_records<E>(
    old: impl IntoIterator<Item = Result<Record, E>>,
    new: impl IntoIterator<Item = Result<Record, E>>,
) -> Result<Diff, E> {
    over_records::<Differ<_>, _>(old, new).map(Differ::finish)
}

/// The changes of the documents paired so far, and the error records, which are only compared
/// once both files are read (a document of the same id, wherever it is in its file, takes an
/// error record's place).
struct Differ<D> {
    pairing: Pairing<D>,
    /// The changes of each changed pair, with the position of its OLD document.
    changed: Vec<(usize, Vec<Change>)>,
    /// Per file, its error records.
    errors: [Vec<ErrorRecord>; 2],
}

impl<D> Default for Differ<D> {
    fn default() -> Self {
        Differ {
            pairing: Pairing::default(),
            changed: Vec::new(),
            errors: Default::default(),
        }
    }
}

impl<D: Borrow<Document>> Compare<D> for Differ<D> {
    fn take(&mut self, input: Input, entry: Entry<D>) {
        let doc = match entry {
            Entry::Error(error) => return self.errors[input.index()].push(error),
            Entry::Document(doc) => doc,
        };
        if let Paired::Both {
            first,
            second,
            position,
        } = self.pairing.add(input, doc)
        {
            let mut changes = Vec::new();
            document_changes(first.borrow(), second.borrow(), &mut changes);
            if !changes.is_empty() {
                self.changed.push((position, changes));
            }
        }
    }
}

fn document_item(doc: &Document) -> Item {
    Item::Document {
        source: doc.source.clone(),
    }
}

/// A change of a whole document.
fn change(id: &str, kind: ChangeKind, old: Option<Item>, new: Option<Item>) -> Change {
    Change {
        id: id.to_string(),
        kind,
        label: None,
        old,
        new,
        sentence: None,
    }
}

/// The first error record of each id that has no document in its file, in file order.
fn lone_errors(errors: &[ErrorRecord], has_document: impl Fn(&str) -> bool) -> Vec<&ErrorRecord> {
    let mut ids = HashSet::new();
    errors
        .iter()
        .filter(|e| !has_document(&e.id) && ids.insert(e.id.as_str()))
        .collect()
}

impl<D: Borrow<Document>> Differ<D> {
    /// The diff, once both files are read. Changes are listed as when the files were read
    /// whole: OLD's ids in OLD's order (documents, then ids with only error records), then
    /// those only in NEW, in NEW's order likewise.
    fn finish(self) -> Diff {
        let Differ {
            pairing,
            mut changed,
            errors: [old_errors, new_errors],
        } = self;
        let old_lone = lone_errors(&old_errors, |id| pairing.has(Input::First, id));
        let new_lone = lone_errors(&new_errors, |id| pairing.has(Input::Second, id));
        let new_lone_by_id: HashMap<&str, &ErrorRecord> =
            new_lone.iter().map(|&e| (e.id.as_str(), e)).collect();
        let old_documents = pairing.seen[0].len() + old_lone.len();
        let new_documents = pairing.seen[1].len() + new_lone.len();
        let Pairing {
            seen: [old_ids, _],
            waiting: [old_left, mut new_left],
        } = pairing;
        for (position, o) in in_order(old_left) {
            let o = o.borrow();
            let (kind, new) = match new_lone_by_id.get(o.id.as_str()) {
                Some(&n) => (ChangeKind::ErrorChanged, Some(Item::Error(n.clone()))),
                None => (ChangeKind::DocumentRemoved, None),
            };
            changed.push((
                position,
                vec![change(&o.id, kind, Some(document_item(o)), new)],
            ));
        }
        changed.sort_by_key(|(position, _)| *position);
        let mut changes: Vec<Change> = changed.into_iter().flat_map(|(_, c)| c).collect();
        for &o in &old_lone {
            let old = Some(Item::Error(o.clone()));
            let (kind, new) = match (new_left.remove(&o.id), new_lone_by_id.get(o.id.as_str())) {
                (Some((_, n)), _) => (ChangeKind::ErrorChanged, Some(document_item(n.borrow()))),
                (None, Some(&n)) if n == o => continue,
                (None, Some(&n)) => (ChangeKind::ErrorChanged, Some(Item::Error(n.clone()))),
                (None, None) => (ChangeKind::DocumentRemoved, None),
            };
            changes.push(change(&o.id, kind, old, new));
        }
        // What is left of NEW has no OLD document (it would have been paired) nor OLD error
        // record (taken just above).
        for (_, n) in in_order(new_left) {
            let n = n.borrow();
            let new = Some(document_item(n));
            changes.push(change(&n.id, ChangeKind::DocumentAdded, None, new));
        }
        let old_lone_ids: HashSet<&str> = old_lone.iter().map(|e| e.id.as_str()).collect();
        let in_old = |id: &str| old_ids.contains(id) || old_lone_ids.contains(id);
        for n in new_lone.into_iter().filter(|n| !in_old(&n.id)) {
            let new = Some(Item::Error(n.clone()));
            changes.push(change(&n.id, ChangeKind::DocumentAdded, None, new));
        }
        let mut summary = Summary {
            old_documents,
            new_documents,
            changed_documents: changes
                .iter()
                .map(|c| c.id.as_str())
                .collect::<HashSet<_>>()
                .len(),
            ..Summary::default()
        };
        for c in &changes {
            *summary.kinds.entry(c.kind).or_default() += 1;
            if let Some(label) = &c.label {
                *summary
                    .labels
                    .entry(label.clone())
                    .or_default()
                    .entry(c.kind)
                    .or_default() += 1;
            }
        }
        Diff { changes, summary }
    }
}

/// The two versions of one document, with what is needed to show a change in its sentence.
struct Pair<'d> {
    old: &'d Document,
    new: &'d Document,
    old_text: CharText<'d>,
    new_text: CharText<'d>,
    /// Changes with the code point they sit at.
    found: Vec<(usize, Change)>,
}

/// Which version a change is shown in.
#[derive(Clone, Copy)]
enum In {
    Old,
    New,
}

impl<'d> Pair<'d> {
    fn push(
        &mut self,
        kind: ChangeKind,
        at: (In, usize),
        label: Option<&str>,
        old: Option<Item>,
        new: Option<Item>,
    ) {
        let (doc, text) = match at.0 {
            In::Old => (self.old, &self.old_text),
            In::New => (self.new, &self.new_text),
        };
        let sentence = sentence_at(doc, at.1).map(|s| Context {
            start: s.start,
            text: text.slice(s).to_string(),
        });
        let change = Change {
            id: self.new.id.clone(),
            kind,
            label: label.map(String::from),
            old,
            new,
            sentence,
        };
        self.found.push((at.1, change));
    }
}

/// The sentence that holds code point `at`.
fn sentence_at(doc: &Document, at: usize) -> Option<Span> {
    let i = doc
        .sentences
        .partition_point(|s| s.start <= at)
        .checked_sub(1)?;
    let s = doc.sentences[i].span();
    (at < s.end || at == s.start).then_some(s)
}

fn document_changes(old: &Document, new: &Document, changes: &mut Vec<Change>) {
    let unchanged = old.text == new.text
        && old.entities == new.entities
        && old.sentences == new.sentences
        && old.stance == new.stance;
    if unchanged {
        return; // the common case, decided without building anything
    }
    let mut pair = Pair {
        old,
        new,
        old_text: CharText::new(&old.text),
        new_text: CharText::new(&new.text),
        found: Vec::new(),
    };
    // A stance that appears or goes away is a change too (a run with the stance stage against
    // one without).
    let reads_alike = match (&old.stance, &new.stance) {
        (Some(a), Some(b)) => a.same_reading(b),
        (a, b) => a.is_none() && b.is_none(),
    };
    if let (true, Some(a), Some(b)) = (reads_alike, &old.stance, &new.stance) {
        if !a.same_evidence(b) {
            pair.found.push((
                0,
                Change {
                    id: new.id.clone(),
                    kind: ChangeKind::EvidenceChanged,
                    label: None,
                    old: Some(evidence(a)),
                    new: Some(evidence(b)),
                    sentence: None,
                },
            ));
        }
    }
    if !reads_alike {
        let stance = |s: &Option<crate::corpus::Stance>| {
            Some(Item::Stance {
                stance: s.as_ref().map_or("no stance".into(), |s| s.describe()),
            })
        };
        pair.found.push((
            0,
            Change {
                id: new.id.clone(),
                kind: ChangeKind::DocumentStanceChanged,
                label: None,
                old: stance(&old.stance),
                new: stance(&new.stance),
                sentence: None,
            },
        ));
    }
    if let Some(offset) = first_difference(&old.text, &new.text) {
        let excerpt = |text: &str| text.chars().skip(offset).take(40).collect::<String>();
        let (a, b) = (excerpt(&old.text), excerpt(&new.text));
        pair.push(
            ChangeKind::TextChanged,
            (In::New, offset),
            None,
            Some(Item::Text { offset, excerpt: a }),
            Some(Item::Text { offset, excerpt: b }),
        );
    } else {
        sentence_changes(&mut pair);
        entity_changes(&mut pair);
    }
    pair.found.sort_by_key(|(at, c)| (*at, c.kind));
    changes.extend(pair.found.into_iter().map(|(_, c)| c));
}

fn sentence_changes(pair: &mut Pair) {
    let (old, new) = (pair.old, pair.new);
    let stance_of = |s: &crate::corpus::Sentence| s.stance.as_ref().map(|st| st.describe());
    let item = |s: &crate::corpus::Sentence| {
        Some(Item::Sentence {
            start: s.start,
            end: s.end,
            stance: stance_of(s),
        })
    };
    let new_spans: HashMap<Span, &crate::corpus::Sentence> =
        new.sentences.iter().map(|s| (s.span(), s)).collect();
    let old_spans: HashSet<Span> = old.sentences.iter().map(|s| s.span()).collect();
    for s in &old.sentences {
        match new_spans.get(&s.span()) {
            None => pair.push(
                ChangeKind::SentenceRemoved,
                (In::Old, s.start),
                None,
                item(s),
                None,
            ),
            Some(n) => match (&s.stance, &n.stance) {
                (Some(a), Some(b)) if a.same_reading(b) => {
                    if !a.same_evidence(b) {
                        pair.push(
                            ChangeKind::EvidenceChanged,
                            (In::New, s.start),
                            None,
                            Some(evidence(a)),
                            Some(evidence(b)),
                        );
                    }
                }
                (None, None) => {}
                _ => pair.push(
                    ChangeKind::StanceChanged,
                    (In::New, s.start),
                    None,
                    item(s),
                    item(n),
                ),
            },
        }
    }
    for s in new
        .sentences
        .iter()
        .filter(|s| !old_spans.contains(&s.span()))
    {
        pair.push(
            ChangeKind::SentenceAdded,
            (In::New, s.start),
            None,
            None,
            item(s),
        );
    }
}

/// The evidence of a stance as a change's side.
fn evidence(stance: &Stance) -> Item {
    Item::Evidence {
        score: stance.score,
        cues: stance.cues.clone().unwrap_or_default(),
    }
}

/// Pairs OLD and NEW entities in passes, each taking what the one before left: same span and
/// label (then value and id are compared), same span (relabelled), overlap with the same label
/// (respanned); what is left was removed or added.
fn entity_changes(pair: &mut Pair) {
    let (old, new) = (&pair.old.entities, &pair.new.entities);
    let mut old_used = vec![false; old.len()];
    let mut new_used = vec![false; new.len()];
    type Same = fn(&Entity, &Entity) -> bool;
    let passes: [Same; 3] = [
        |a, b| a.span() == b.span() && a.label == b.label,
        |a, b| a.span() == b.span(),
        |a, b| a.label == b.label && a.span().overlaps(b.span()),
    ];
    for (pass, same) in passes.into_iter().enumerate() {
        for (i, a) in old.iter().enumerate() {
            if old_used[i] {
                continue;
            }
            let Some(j) = (0..new.len()).find(|&j| !new_used[j] && same(a, &new[j])) else {
                continue;
            };
            old_used[i] = true;
            new_used[j] = true;
            let b = &new[j];
            let at = (In::New, b.start);
            let both = |p: &mut Pair, kind| {
                p.push(
                    kind,
                    at,
                    Some(&a.label),
                    Some(Item::Entity(a.clone())),
                    Some(Item::Entity(b.clone())),
                )
            };
            match pass {
                0 => {
                    let values_differ = match (&a.value, &b.value) {
                        (Some(x), Some(y)) => !values_equal(x, y),
                        (x, y) => x.is_some() != y.is_some(),
                    };
                    if values_differ {
                        both(pair, ChangeKind::ValueChanged);
                    }
                    if a.id != b.id {
                        both(pair, ChangeKind::IdChanged);
                    }
                }
                1 => both(pair, ChangeKind::Relabelled),
                _ => both(pair, ChangeKind::Respanned),
            }
        }
    }
    for (a, _) in old.iter().zip(&old_used).filter(|(_, used)| !**used) {
        pair.push(
            ChangeKind::Removed,
            (In::Old, a.start),
            Some(&a.label),
            Some(Item::Entity(a.clone())),
            None,
        );
    }
    for (b, _) in new.iter().zip(&new_used).filter(|(_, used)| !**used) {
        pair.push(
            ChangeKind::Added,
            (In::New, b.start),
            Some(&b.label),
            None,
            Some(Item::Entity(b.clone())),
        );
    }
}

const ADDED: Style = AnsiColor::Green.on_default();
const REMOVED: Style = AnsiColor::Red.on_default();
const CHANGED: Style = AnsiColor::Yellow.on_default();
const HEADING: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const MARK: Style = Style::new().bold().underline();

impl Diff {
    /// Whether anything changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The diff for a terminal: each change on a line with, under it, the sentence it sits in;
    /// then the summary. ANSI colours when `color`.
    pub fn render(&self, color: bool) -> String {
        let paint = |style: Style, s: &str| {
            if color {
                format!("{style}{s}{style:#}")
            } else {
                s.to_string()
            }
        };
        let mut t = String::new();
        let mut current: Option<&str> = None;
        for c in &self.changes {
            if current != Some(c.id.as_str()) {
                let n = self.changes.iter().filter(|x| x.id == c.id).count();
                let _ = writeln!(
                    t,
                    "{}",
                    paint(
                        HEADING,
                        &format!("{} ({n} change{})", c.id, if n == 1 { "" } else { "s" })
                    )
                );
                current = Some(&c.id);
            }
            let (sign, style) = match c.kind {
                ChangeKind::DocumentAdded | ChangeKind::SentenceAdded | ChangeKind::Added => {
                    ("+", ADDED)
                }
                ChangeKind::DocumentRemoved | ChangeKind::SentenceRemoved | ChangeKind::Removed => {
                    ("-", REMOVED)
                }
                _ => ("~", CHANGED),
            };
            let head = format!("  {sign} {:<16}", c.kind.name().replace('_', " "));
            let _ = writeln!(t, "{} {}", paint(style, &head), describe(c));
            if let Some(s) = &c.sentence {
                let mark = marked_span(c);
                let _ = writeln!(
                    t,
                    "      {} {}",
                    paint(DIM, "│"),
                    highlight(&s.text, s.start, mark, &paint)
                );
            }
        }
        let s = &self.summary;
        let total: usize = s.kinds.values().sum();
        let _ = writeln!(
            t,
            "{}",
            paint(
                HEADING,
                &format!(
                    "{total} changes in {} of {} documents ({} in OLD)",
                    s.changed_documents, s.new_documents, s.old_documents
                )
            )
        );
        if !s.kinds.is_empty() {
            let _ = writeln!(t, "  by kind:  {}", counts(&s.kinds));
        }
        for (label, kinds) in &s.labels {
            let _ = writeln!(t, "  {label:<10} {}", counts(kinds));
        }
        t
    }
}

fn counts(kinds: &BTreeMap<ChangeKind, usize>) -> String {
    kinds
        .iter()
        .map(|(k, n)| format!("{} {n}", k.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The span a change is about, to mark in its sentence.
fn marked_span(c: &Change) -> Option<Span> {
    let item = c.new.as_ref().or(c.old.as_ref());
    match (item?, &c.old) {
        (Item::Entity(e), _) => Some(e.span()),
        // The first cue that came or went.
        (Item::Evidence { cues: new, .. }, Some(Item::Evidence { cues: old, .. })) => new
            .iter()
            .find(|x| !old.contains(x))
            .or_else(|| old.iter().find(|x| !new.contains(x)))
            .map(|x| Span {
                start: x.start,
                end: x.end,
            }),
        _ => None,
    }
}

/// The sentence with the span of the change marked (quoted when there is no colour).
fn highlight(
    sentence: &str,
    start: usize,
    mark: Option<Span>,
    paint: &dyn Fn(Style, &str) -> String,
) -> String {
    let Some(m) = mark.filter(|m| m.start >= start) else {
        return sentence.to_string();
    };
    let chars = CharText::new(sentence);
    let local = |a: usize, b: usize| chars.slice(Span { start: a, end: b });
    let len = sentence.chars().count();
    let (a, b) = (m.start - start, (m.end - start).min(len));
    if a > b {
        return sentence.to_string();
    }
    let marked = paint(MARK, local(a, b));
    format!("{}{}{}", local(0, a), marked, local(b, len))
}

fn entity(e: &Entity) -> String {
    let mut s = format!("{} {:?} {}..{}", e.label, e.text, e.start, e.end);
    if let Some(id) = &e.id {
        let _ = write!(s, " id={id}");
    }
    if let Some(v) = &e.value {
        let _ = write!(s, " {}", serde_json::Value::Object(v.clone()));
    }
    s
}

fn item(i: &Item) -> String {
    match i {
        Item::Entity(e) => entity(e),
        Item::Sentence { start, end, stance } => match stance {
            Some(st) => format!("{start}..{end} [{st}]"),
            None => format!("{start}..{end} [no stance]"),
        },
        Item::Stance { stance } => stance.clone(),
        Item::Evidence { score, cues } => {
            let mut s = score.map_or("no score".into(), |x| format!("score {x}"));
            for c in cues {
                let _ = write!(s, ", {}", cue(c));
            }
            s
        }
        Item::Text { offset, excerpt } => format!("at {offset}: {excerpt:?}"),
        Item::Error(e) => format!("error {}: {}", e.kind, e.message),
        Item::Document { source } => format!("document {source}"),
    }
}

fn cue(c: &StanceCue) -> String {
    format!("{:?} {}/{}", c.text, c.polarity, c.act)
}

fn describe(c: &Change) -> String {
    match (&c.old, &c.new) {
        // Only what changed: the score, and the cues gone (-) and come (+).
        (
            Some(Item::Evidence {
                score: a,
                cues: old_cues,
            }),
            Some(Item::Evidence {
                score: b,
                cues: new_cues,
            }),
        ) => {
            let mut parts = Vec::new();
            if a != b {
                let score = |x: &Option<f64>| x.map_or("none".into(), |x| x.to_string());
                parts.push(format!("score {} → {}", score(a), score(b)));
            }
            parts.extend(
                old_cues
                    .iter()
                    .filter(|x| !new_cues.contains(x))
                    .map(|x| format!("- {}", cue(x))),
            );
            parts.extend(
                new_cues
                    .iter()
                    .filter(|x| !old_cues.contains(x))
                    .map(|x| format!("+ {}", cue(x))),
            );
            let what = parts.join("; ");
            if c.sentence.is_none() {
                format!("document {what}")
            } else {
                what
            }
        }
        (Some(Item::Entity(a)), Some(Item::Entity(b))) => match c.kind {
            ChangeKind::Relabelled => format!(
                "{} → {} {:?} {}..{}",
                a.label, b.label, b.text, b.start, b.end
            ),
            ChangeKind::Respanned => format!(
                "{} {:?} {}..{} → {:?} {}..{}",
                a.label, a.text, a.start, a.end, b.text, b.start, b.end
            ),
            ChangeKind::IdChanged => format!(
                "{} {:?}: id {} → {}",
                a.label,
                a.text,
                a.id.as_deref().unwrap_or("none"),
                b.id.as_deref().unwrap_or("none")
            ),
            _ => {
                let v = |e: &Entity| {
                    e.value
                        .clone()
                        .map_or("none".into(), |v| serde_json::Value::Object(v).to_string())
                };
                format!("{} {:?}: {} → {}", a.label, a.text, v(a), v(b))
            }
        },
        (Some(a), Some(b)) => format!("{} → {}", item(a), item(b)),
        (Some(a), None) => item(a),
        (None, Some(b)) => item(b),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(line: &str) -> Corpus {
        Corpus::read(line.as_bytes(), "test").expect("valid record")
    }

    #[test]
    fn same_span_pairs_before_overlap() {
        // OLD: GPE 0-6; NEW: ORG 0-6 and GPE 0-11. The same-span pass takes the ORG first, so
        // the change is a relabel, and the longer GPE is an addition, not a respan.
        let old = corpus(
            r#"{"id":"a","text":"Mexico City.","entities":[{"start":0,"end":6,"label":"GPE"}]}"#,
        );
        let new = corpus(
            r#"{"id":"a","text":"Mexico City.","entities":[{"start":0,"end":6,"label":"ORG"},{"start":0,"end":11,"label":"GPE"}]}"#,
        );
        let kinds: Vec<ChangeKind> = diff(&old, &new).changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [ChangeKind::Added, ChangeKind::Relabelled]);
    }

    #[test]
    fn equal_error_records_are_no_change_and_stance_added_or_moved_is_a_change() {
        let error = r#"{"id":"a","error":{"kind":"io","message":"m"}}"#;
        assert!(diff(&corpus(error), &corpus(error)).is_empty());
        let bare = corpus(r#"{"id":"a","text":"Yes.","sentences":[{"start":0,"end":4}]}"#);
        let marked = |actor: &str| {
            corpus(&format!(
                r#"{{"id":"a","text":"Yes.","sentences":[{{"start":0,"end":4,"stance":{{"label":"cooperation","actor":"{actor}","target":"us","score":0.5}}}}],"stance":{{"label":"cooperation"}}}}"#
            ))
        };
        let kinds = |d: Diff| d.changes.iter().map(|c| c.kind).collect::<Vec<_>>();
        assert_eq!(
            kinds(diff(&bare, &marked("mx"))),
            [ChangeKind::DocumentStanceChanged, ChangeKind::StanceChanged]
        );
        assert_eq!(
            kinds(diff(&marked("mx"), &marked("ca"))),
            [ChangeKind::StanceChanged],
            "another actor"
        );
        assert!(diff(&marked("mx"), &marked("mx")).is_empty());
    }

    #[test]
    fn the_same_reading_with_other_cues_or_score_is_an_evidence_change() {
        let doc = |score: f64, cues: &str, doc_score: f64| {
            corpus(&format!(
                r#"{{"id":"a","text":"Mexico refused.","sentences":[{{"start":0,"end":15,"stance":{{"label":"resistance","actor":"mx","target":"us","score":{score},"cues":[{cues}]}}}}],"stance":{{"label":"resistance","score":{doc_score}}}}}"#
            ))
        };
        let refused =
            r#"{"start":7,"end":14,"text":"refused","polarity":"resistance","act":"refuse"}"#;
        let kinds = |d: &Diff| d.changes.iter().map(|c| c.kind).collect::<Vec<_>>();
        let same = diff(&doc(-1.0, refused, -1.0), &doc(-1.0, refused, -1.0));
        assert!(same.is_empty());
        let gone = diff(&doc(-1.0, refused, -1.0), &doc(-0.5, "", -0.5));
        assert_eq!(
            kinds(&gone),
            [ChangeKind::EvidenceChanged, ChangeKind::EvidenceChanged]
        );
        assert_eq!(describe(&gone.changes[0]), "document score -1 → -0.5");
        assert_eq!(
            describe(&gone.changes[1]),
            r#"score -1 → -0.5; - "refused" resistance/refuse"#
        );
        // Hand-made gold gives no evidence: only the reading is compared.
        let gold = corpus(
            r#"{"id":"a","text":"Mexico refused.","sentences":[{"start":0,"end":15,"stance":{"label":"resistance","actor":"mx","target":"us"}}],"stance":{"label":"resistance"}}"#,
        );
        assert!(diff(&gold, &doc(-1.0, refused, -1.0)).is_empty());
    }

    #[test]
    fn a_document_takes_the_place_of_an_error_record_of_its_id_wherever_it_stands() {
        let doc = |id: &str| format!(r#"{{"id":"{id}","source":"{id}.md","text":"Yes."}}"#);
        let error = |id: &str| format!(r#"{{"id":"{id}","error":{{"kind":"io","message":"m"}}}}"#);
        // OLD: a fails, then a is read; b is read. NEW: b fails; a is read, then fails.
        let old = [error("a"), doc("a"), doc("b")].join("\n");
        let new = [error("b"), doc("a"), error("a")].join("\n");
        let streamed = diff_records(
            crate::Records::new(old.as_bytes(), "old"),
            crate::Records::new(new.as_bytes(), "new"),
        )
        .expect("valid records");
        assert_eq!(streamed, diff(&corpus(&old), &corpus(&new)));
        let kinds: Vec<(&str, ChangeKind)> = streamed
            .changes
            .iter()
            .map(|c| (c.id.as_str(), c.kind))
            .collect();
        assert_eq!(kinds, [("b", ChangeKind::ErrorChanged)]);
        assert_eq!(
            (
                streamed.summary.old_documents,
                streamed.summary.new_documents
            ),
            (2, 2)
        );
    }

    #[test]
    fn a_change_outside_every_sentence_has_no_context() {
        let doc = |label: &str| {
            corpus(&format!(
                r#"{{"id":"a","text":"Title\n\nBody.","sentences":[{{"start":7,"end":12}}],"entities":[{{"start":0,"end":5,"label":"{label}"}}]}}"#
            ))
        };
        let d = diff(&doc("ORG"), &doc("WORK_OF_ART"));
        assert_eq!(d.changes[0].kind, ChangeKind::Relabelled);
        assert_eq!(d.changes[0].sentence, None);
    }
}
