//! The `gloss/1` wire format: SPEC records as JSON lines, offsets in code points.
//!
//! This is the only crate that knows JSON field names and code points. Every other stage
//! speaks clean-text bytes ([`Span`]); [`write_record`] converts them once per document and
//! writes one JSON object followed by `\n`. [`write_error`] writes the error record of a
//! document that failed.
//!
//! # Format
//!
//! A success record (fields in this order; see `SPEC.md` for the contract):
//!
//! | field | type | meaning |
//! |---|---|---|
//! | `schema` | string | always `"gloss/1"` |
//! | `id`, `source` | string | the document's id and where it came from |
//! | `meta` | object | input metadata, plus `title`, `author`, `date`, `masthead` when detected (input keys win) |
//! | `text` | string | the clean text all offsets refer to |
//! | `sections` | array | `{start, end, title}`; `title` is `null` for a body that starts without a heading |
//! | `paragraphs` | array | `{start, end}` |
//! | `sentences` | array | `{start, end, stance}` (`stance` when the record has stance, see below) |
//! | `tokens` | array | `{start, end}`, only with [`Options::tokens`] |
//! | `entities` | array | names `{start, end, text, label, id}` and figures `{start, end, text, label, value}`, in text order |
//! | `stance` | object | the document's stance, see below (when the record has stance) |
//! | `source_map` | string | only with [`Options::source_map`], see below |
//!
//! Offsets are **code points** of `text`, end-exclusive: Python's `text[start:end]`.
//!
//! ## `value` (figures)
//!
//! Only the fields a figure has are written: `amount` (a JSON number: whole numbers without a
//! fraction, `552000000000`), or `min` and `max` for a range; `unit` (ISO 4217 for MONEY,
//! `percent`, `percentage_point`, or a measure: `km`, `kg`, `tonne`, `m3`, ...); `mod`
//! (`more_than`, `less_than`, `approx`, `at_least`, `at_most`, and for dates `start`, `mid`,
//! `end`, TIMEX3's START/MID/END); `stat` (`average`, `total`, `median`); `per` (`month`,
//! `year`, `capita`, ...); `timex` for DATE and TIME. A vague amount ("dozens", "billions of
//! dollars") has no `amount` (a MONEY one keeps its `unit`).
//!
//! `timex` follows TIMEX3: `2025-01-20`, `2025-01`, `2025`, `2025-Q1`, `2025-H2`, `2025-SU`,
//! decades `202`, fiscal years `FY2024`, durations `P16Y`, `P3M`, `P1DE` (decades), vague ones
//! `PXM`, times `2025-03-04T10:30` (`XXXX-XX-XXT10:30` when no day is named), weeks `2026-W26`;
//! a year that cannot be resolved is `XXXX` (`XXXX-03`). These extend the SPEC's list without
//! changing any of its values.
//!
//! ## `stance`
//!
//! Each sentence's `stance` is `{label, score, actor, target, cues}`: `label` is
//! `cooperation`, `resistance`, `mixed` or `none`; `score` runs from -1 (resistance) to 1
//! (cooperation), two decimals, 0 for `none`; `actor` and `target` are entity ids, written for
//! every label but `none`; `cues` are `{start, end, text, polarity, act}`, the spans that decided
//! the label (a `none` sentence lists only the stronger party's `pressure` cues). The
//! document's `stance` is `{label, cooperation, resistance, mixed, none, score, actor, target,
//! acts, sections}`: sentence counts per label, the mean score of the sentences taking a
//! stance, the parties (when found), the number of cues of each act by polarity (`{"cooperation":
//! {"consult": 3, ...}, "resistance": {...}, "pressure": {...}}`: what kinds of answers the
//! government gave, and to what), and the same tally for each section, `{start, end, title,
//! label, cooperation, resistance, mixed, none, score}`, in order.
//!
//! ## `source_map`
//!
//! The map from clean text back to the input, as a string of `;`-separated pieces in clean
//! order, `CS:CE=IS:IE` or `CS:CE~IS:IE`: clean code points `CS..CE` came from input **bytes**
//! `IS..IE` (bytes, so that a viewer can slice the original file or JSONL `text` as UTF-8).
//! `=` marks a verbatim copy, inside which the k-th code point of the clean piece is the k-th
//! code point of the input piece; `~` marks a replacement (a space for a line break, `$` for
//! `\$`) that stands for the input range as a whole. Input that was dropped (furniture,
//! Markdown syntax) lies between pieces. Example: `0:6=3:9;6:7~9:11;7:13=11:17`.
//!
//! # Performance
//! The code-point conversion is free for ASCII text and otherwise costs two table lookups and
//! a bit count per offset.
#![deny(missing_docs)]

use gloss_align::Piece;
use gloss_doc::{
    DocError, DocumentStance, Entity, Figure, Meta, Polarity, Section, Segments, SentenceStance,
    Span, StanceTally, Value,
};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write as _;
use std::marker::PhantomData;

/// The schema name written in every record.
pub const SCHEMA: &str = "gloss/1";

/// What optional fields to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Write `tokens`.
    pub tokens: bool,
    /// Write `source_map`.
    pub source_map: bool,
}

/// Everything a success record is made of.
#[derive(Debug)]
pub struct Record<'a> {
    /// Document id.
    pub id: &'a str,
    /// Where it came from.
    pub source: &'a str,
    /// Metadata, already merged.
    pub meta: &'a Meta,
    /// Clean text.
    pub text: &'a str,
    /// The source map pieces.
    pub pieces: &'a [Piece],
    /// Segments.
    pub segments: &'a Segments,
    /// Tagged names, in order.
    pub entities: &'a [Entity<'a>],
    /// Figures (numbers, money, dates...) with their values, in order.
    pub figures: &'a [Figure],
    /// The stance of each sentence (one per sentence), and of the document; `None` to write
    /// no stance.
    pub stance: Option<(&'a [SentenceStance<'a>], &'a DocumentStance<'a>)>,
}

/// Converts byte offsets of one text into code-point offsets.
#[derive(Debug)]
pub struct CharOffsets<'t> {
    /// Code points before each 64-byte block, and one past the last block; empty for ASCII
    /// text.
    before: Vec<u32>,
    /// For each of those blocks, a bit per byte that starts a code point.
    starts: Vec<u64>,
    text: PhantomData<&'t str>,
}

const BLOCK: usize = 64;

/// A bit per byte of `block` that starts a code point: a byte that is not a UTF-8
/// continuation byte (`0b10xx_xxxx`).
fn char_start_bits(block: &[u8; BLOCK]) -> u64 {
    let mut bits = 0;
    for (k, word) in block.chunks_exact(8).enumerate() {
        let w = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        let starts = (!w | (w << 1)) & HIGH_BITS;
        // Gathers the top bit of each byte into one byte, byte i to bit i (the products do
        // not overlap, so nothing carries).
        let gathered = (starts >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
        bits |= gathered << (8 * k);
    }
    bits
}

/// The low `n` bits (n <= 64).
fn low_bits(n: usize) -> u64 {
    u64::MAX.checked_shr(64 - n as u32).unwrap_or(0)
}

impl<'t> CharOffsets<'t> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let bytes = text.as_bytes();
        let (mut before, mut starts) = (Vec::new(), Vec::new());
        if !text.is_ascii() {
            before.reserve(bytes.len() / BLOCK + 1);
            starts.reserve(bytes.len() / BLOCK + 1);
            let blocks = bytes.chunks_exact(BLOCK);
            let rest = blocks.remainder();
            let mut last = [0; BLOCK];
            last[..rest.len()].copy_from_slice(rest);
            let bits = blocks
                .map(|block| char_start_bits(block.try_into().expect("a whole block")))
                .chain([char_start_bits(&last) & low_bits(rest.len())]);
            let mut count = 0;
            for bits in bits {
                before.push(count);
                starts.push(bits);
                count += bits.count_ones();
            }
        }
        CharOffsets {
            before,
            starts,
            text: PhantomData,
        }
    }

    /// The code-point offset of byte offset `byte` (which must be on a character boundary).
    pub fn char_at(&self, byte: u32) -> u32 {
        if self.before.is_empty() {
            return byte;
        }
        let byte = byte as usize;
        // Past the end of the text, the last block counts whole.
        let block = (byte / BLOCK).min(self.before.len() - 1);
        let within = (byte - block * BLOCK).min(BLOCK);
        self.before[block] + (self.starts[block] & low_bits(within)).count_ones()
    }

    /// A byte span as a code-point span.
    pub fn span(&self, span: Span) -> WireSpan {
        WireSpan {
            start: self.char_at(span.start),
            end: self.char_at(span.end),
        }
    }
}

/// A span on the wire, in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WireSpan {
    /// First code point.
    pub start: u32,
    /// One past the last code point.
    pub end: u32,
}

/// Writes one success record and its line break to `out`.
pub fn write_record(out: &mut Vec<u8>, record: &Record<'_>, options: Options) {
    let chars = CharOffsets::new(record.text);
    let seg = record.segments;
    out.reserve(record.text.len() + 64 * seg.sentences.len() + 256);
    out.extend_from_slice(b"{\"schema\":\"");
    out.extend_from_slice(SCHEMA.as_bytes());
    out.extend_from_slice(b"\",\"id\":");
    write_str(out, record.id);
    out.extend_from_slice(b",\"source\":");
    write_str(out, record.source);
    out.extend_from_slice(b",\"meta\":");
    // A map of JSON values always serializes.
    serde_json::to_writer(&mut *out, record.meta).expect("metadata serializes into memory");
    out.extend_from_slice(b",\"text\":");
    write_str(out, record.text);
    out.extend_from_slice(b",\"sections\":[");
    for (i, section) in seg.sections.iter().enumerate() {
        comma(out, i);
        write_span_fields(out, chars.span(section.span));
        out.extend_from_slice(b",\"title\":");
        match section.title {
            Some(title) => write_str(out, title.slice(record.text)),
            None => out.extend_from_slice(b"null"),
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"paragraphs\":");
    write_spans(out, &chars, seg.paragraphs.iter().copied());
    out.extend_from_slice(b",\"sentences\":");
    match record.stance {
        Some((stances, _)) if stances.len() == seg.sentences.len() => {
            write_sentence_stances(out, &chars, record.text, &seg.sentences, stances)
        }
        _ => write_spans(out, &chars, seg.sentences.iter().copied()),
    }
    if options.tokens {
        out.extend_from_slice(b",\"tokens\":");
        write_spans(out, &chars, seg.tokens.iter().flatten().map(|t| t.span));
    }
    out.extend_from_slice(b",\"entities\":[");
    // Names and figures, merged in text order.
    let (mut names, mut figures) = (
        record.entities.iter().peekable(),
        record.figures.iter().peekable(),
    );
    let mut n = 0;
    loop {
        let name_first = match (names.peek(), figures.peek()) {
            (Some(a), Some(b)) => a.span.start <= b.span.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        comma(out, n);
        n += 1;
        if name_first {
            let Some(e) = names.next() else { break };
            write_entity_head(out, &chars, record.text, e.span, e.label);
            if let Some(id) = e.id {
                out.extend_from_slice(b",\"id\":");
                write_str(out, id);
            }
        } else {
            let Some(f) = figures.next() else { break };
            write_entity_head(out, &chars, record.text, f.span, f.label);
            out.extend_from_slice(b",\"value\":");
            write_value(out, &f.value);
        }
        out.push(b'}');
    }
    out.push(b']');
    if let Some((_, document)) = record.stance {
        out.extend_from_slice(b",\"stance\":");
        write_document_stance(out, &chars, record.text, &seg.sections, document);
    }
    if options.source_map {
        out.extend_from_slice(b",\"source_map\":");
        write_str(out, &source_map(&chars, record.pieces));
    }
    out.extend_from_slice(b"}\n");
}

/// Sentences with their `stance` objects.
fn write_sentence_stances(
    out: &mut Vec<u8>,
    chars: &CharOffsets<'_>,
    text: &str,
    sentences: &[Span],
    stances: &[SentenceStance<'_>],
) {
    out.push(b'[');
    for (i, (&sentence, stance)) in sentences.iter().zip(stances).enumerate() {
        comma(out, i);
        write_span_fields(out, chars.span(sentence));
        out.extend_from_slice(b",\"stance\":{\"label\":\"");
        out.extend_from_slice(stance.label.as_str().as_bytes());
        out.extend_from_slice(b"\",\"score\":");
        write_score(out, stance.score);
        write_parties(out, stance.actor, stance.target);
        out.extend_from_slice(b",\"cues\":[");
        for (k, cue) in stance.cues.iter().enumerate() {
            comma(out, k);
            write_span_fields(out, chars.span(cue.span));
            out.extend_from_slice(b",\"text\":");
            write_str(out, cue.span.slice(text));
            out.extend_from_slice(b",\"polarity\":\"");
            out.extend_from_slice(cue.polarity.as_str().as_bytes());
            out.extend_from_slice(b"\",\"act\":");
            write_str(out, cue.act);
            out.push(b'}');
        }
        out.extend_from_slice(b"]}}");
    }
    out.push(b']');
}

/// The document's `stance`: its tally, parties, and a tally per section.
fn write_document_stance(
    out: &mut Vec<u8>,
    chars: &CharOffsets<'_>,
    text: &str,
    sections: &[Section],
    stance: &DocumentStance<'_>,
) {
    out.push(b'{');
    write_tally(out, &stance.tally);
    write_parties(out, stance.actor, stance.target);
    out.extend_from_slice(b",\"acts\":{");
    for (i, polarity) in [
        Polarity::Cooperation,
        Polarity::Resistance,
        Polarity::Pressure,
    ]
    .into_iter()
    .enumerate()
    {
        comma(out, i);
        write_str(out, polarity.as_str());
        out.extend_from_slice(b":{");
        let acts = stance.acts.iter().filter(|a| a.polarity == polarity);
        for (k, a) in acts.enumerate() {
            comma(out, k);
            write_str(out, a.act);
            out.push(b':');
            out.extend_from_slice(itoa::Buffer::new().format(a.count).as_bytes());
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"},\"sections\":[");
    for (i, (section, tally)) in sections.iter().zip(&stance.sections).enumerate() {
        comma(out, i);
        write_span_fields(out, chars.span(section.span));
        out.extend_from_slice(b",\"title\":");
        match section.title {
            Some(title) => write_str(out, title.slice(text)),
            None => out.extend_from_slice(b"null"),
        }
        out.push(b',');
        write_tally(out, tally);
        out.push(b'}');
    }
    out.extend_from_slice(b"]}");
}

/// `"label":L,"cooperation":C,"resistance":R,"mixed":M,"none":N,"score":S`.
fn write_tally(out: &mut Vec<u8>, tally: &StanceTally) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(b"\"label\":\"");
    out.extend_from_slice(tally.label.as_str().as_bytes());
    out.push(b'"');
    for (name, n) in [
        ("cooperation", tally.cooperation),
        ("resistance", tally.resistance),
        ("mixed", tally.mixed),
        ("none", tally.none),
    ] {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
        out.extend_from_slice(buf.format(n).as_bytes());
    }
    out.extend_from_slice(b",\"score\":");
    write_score(out, tally.score);
}

/// `,"actor":A,"target":T` for the parties that are known.
fn write_parties(out: &mut Vec<u8>, actor: Option<&str>, target: Option<&str>) {
    for (name, id) in [("actor", actor), ("target", target)] {
        if let Some(id) = id {
            out.extend_from_slice(b",\"");
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"\":");
            write_str(out, id);
        }
    }
}

/// A score to two decimals (more would be false precision).
fn write_score(out: &mut Vec<u8>, score: f32) {
    write_number(out, (f64::from(score) * 100.0).round() / 100.0);
}

/// `{"start":S,"end":E,"text":T,"label":L` of one entity (the caller closes it).
fn write_entity_head(
    out: &mut Vec<u8>,
    chars: &CharOffsets<'_>,
    text: &str,
    span: Span,
    label: gloss_doc::Label,
) {
    write_span_fields(out, chars.span(span));
    out.extend_from_slice(b",\"text\":");
    write_str(out, span.slice(text));
    out.extend_from_slice(b",\"label\":\"");
    out.extend_from_slice(label.as_str().as_bytes());
    out.push(b'"');
}

/// A figure's `value` object: only the fields it has.
fn write_value(out: &mut Vec<u8>, v: &Value) {
    out.push(b'{');
    let mut n = 0;
    let mut field = |out: &mut Vec<u8>, name: &str| {
        comma(out, n);
        n += 1;
        out.push(b'"');
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
    };
    for (name, x) in [("amount", v.amount), ("min", v.min), ("max", v.max)] {
        if let Some(x) = x {
            field(out, name);
            write_number(out, x);
        }
    }
    for (name, s) in [
        ("unit", v.unit),
        ("mod", v.modifier),
        ("stat", v.stat),
        ("per", v.per),
    ] {
        if let Some(s) = s {
            field(out, name);
            write_str(out, s);
        }
    }
    if let Some(t) = &v.timex {
        field(out, "timex");
        write_str(out, t);
    }
    out.push(b'}');
}

/// A JSON number: whole numbers without a fraction (`552000000000`), others shortest.
fn write_number(out: &mut Vec<u8>, x: f64) {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        out.extend_from_slice(itoa::Buffer::new().format(x as i64).as_bytes());
    } else if x.is_finite() {
        // Writing into memory cannot fail.
        let _ = write!(out, "{x}");
    } else {
        out.extend_from_slice(b"null");
    }
}

fn comma(out: &mut Vec<u8>, i: usize) {
    if i > 0 {
        out.push(b',');
    }
}

/// `{"start":S,"end":E` (the caller closes the object).
fn write_span_fields(out: &mut Vec<u8>, span: WireSpan) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(b"{\"start\":");
    out.extend_from_slice(buf.format(span.start).as_bytes());
    out.extend_from_slice(b",\"end\":");
    out.extend_from_slice(buf.format(span.end).as_bytes());
}

fn write_spans(out: &mut Vec<u8>, chars: &CharOffsets<'_>, spans: impl Iterator<Item = Span>) {
    out.push(b'[');
    for (i, span) in spans.enumerate() {
        comma(out, i);
        write_span_fields(out, chars.span(span));
        out.push(b'}');
    }
    out.push(b']');
}

const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `word` must be escaped in a JSON string: a control character (below
/// 0x20), `"` or `\`. Bytes of multi-byte characters (0x80 and up) never need it.
fn needs_escape(word: u64) -> bool {
    let below_space = word.wrapping_sub(LOW_BITS * 0x20) & !word;
    let quote = word ^ (LOW_BITS * u64::from(b'"'));
    let backslash = word ^ (LOW_BITS * u64::from(b'\\'));
    let zero = |v: u64| v.wrapping_sub(LOW_BITS) & !v;
    (below_space | zero(quote) | zero(backslash)) & HIGH_BITS != 0
}

/// Writes `s` as a JSON string, as serde_json would: the stretches between bytes that need an
/// escape are copied whole.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.push(b'"');
    let mut start = 0;
    while let Some(i) = next_escape(bytes, start) {
        out.extend_from_slice(&bytes[start..i]);
        write_escape(out, bytes[i]);
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// The first byte at or after `from` that must be escaped; clean stretches are skipped eight
/// bytes at a time.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        if needs_escape(u64::from_le_bytes(chunk.try_into().expect("eight bytes"))) {
            break;
        }
        i += 8;
    }
    // Fewer than eight bytes left: the eight that end the text hold them (and bytes found
    // clean already), so one test clears them.
    if i + 8 > bytes.len() && bytes.len() >= 8 {
        let last = &bytes[bytes.len() - 8..];
        if !needs_escape(u64::from_le_bytes(last.try_into().expect("eight bytes"))) {
            return None;
        }
    }
    // The eight bytes that hold it, or the last few.
    bytes[i..bytes.len().min(i + 8)]
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map(|k| i + k)
}

/// The escape of `b`, a byte that needs one.
fn write_escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let escape: &[u8] = match b {
        b'"' => b"\\\"",
        b'\\' => b"\\\\",
        b'\n' => b"\\n",
        b'\r' => b"\\r",
        b'\t' => b"\\t",
        0x08 => b"\\b",
        0x0C => b"\\f",
        _ => &[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xF)],
        ],
    };
    out.extend_from_slice(escape);
}

/// The `source_map` string (see the crate docs).
pub fn source_map(chars: &CharOffsets<'_>, pieces: &[Piece]) -> String {
    let mut s = String::with_capacity(pieces.len() * 20);
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            s.push(';');
        }
        let c = chars.span(p.clean);
        let op = if p.copied { '=' } else { '~' };
        // Writing to a String cannot fail.
        let _ = write!(
            s,
            "{}:{}{op}{}:{}",
            c.start, c.end, p.input_start, p.input_end
        );
    }
    s
}

#[derive(Serialize)]
struct WireError<'a> {
    schema: &'static str,
    id: &'a str,
    source: &'a str,
    error: WireErrorBody<'a>,
}

#[derive(Serialize)]
struct WireErrorBody<'a> {
    kind: &'static str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
}

/// Writes the error record of a failed document and its line break to `out`.
pub fn write_error(out: &mut Vec<u8>, err: &DocError) {
    let wire = WireError {
        schema: SCHEMA,
        id: &err.id,
        source: &err.source,
        error: WireErrorBody {
            kind: err.kind.as_str(),
            message: &err.message,
            byte_offset: err.byte_offset,
            line: err.line,
        },
    };
    serde_json::to_writer(&mut *out, &wire).expect("records serialize into memory");
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use gloss_doc::{ErrorKind, Section};

    #[test]
    fn char_offsets_match_a_naive_count() {
        let texts = [
            "plain ascii",
            "Łódź, Kraków — “quoted” text ",
            &"żółw ".repeat(40),
            &"ż".repeat(32),
            "",
        ];
        for text in texts {
            let chars = CharOffsets::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    chars.char_at(byte as u32) as usize,
                    text[..byte].chars().count(),
                    "{text:?} @ {byte}"
                );
            }
        }
    }

    #[test]
    fn record_shape_and_code_points() {
        let text = "Łódź said no.";
        let meta = Meta::new();
        let segments = Segments {
            sections: vec![Section {
                span: Span::new(0, 16),
                title: None,
            }],
            paragraphs: vec![Span::new(0, 16)],
            sentences: vec![Span::new(0, 16)],
            tokens: None,
        };
        assert_eq!(text.len(), 16);
        let pieces = [Piece {
            clean: Span::new(0, 16),
            input_start: 2,
            input_end: 18,
            copied: true,
        }];
        let entities = [Entity {
            span: Span::new(0, 7),
            label: gloss_doc::Label::Gpe,
            id: Some("lodz"),
        }];
        let rec = Record {
            id: "d",
            source: "d.md",
            meta: &meta,
            text,
            pieces: &pieces,
            segments: &segments,
            entities: &entities,
            figures: &[],
            stance: None,
        };
        let mut out = Vec::new();
        write_record(
            &mut out,
            &rec,
            Options {
                tokens: false,
                source_map: true,
            },
        );
        let line = String::from_utf8(out).unwrap();
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["schema"], "gloss/1");
        assert_eq!(v["sentences"][0]["end"], 13, "code points, not bytes");
        assert_eq!(v["sections"][0]["title"], serde_json::Value::Null);
        assert_eq!(
            v["entities"],
            serde_json::json!([{"start": 0, "end": 4, "text": "Łódź", "label": "GPE", "id": "lodz"}])
        );
        assert_eq!(v["source_map"], "0:13=2:18");
        assert!(v.get("tokens").is_none());
        let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
        assert_eq!(
            keys,
            [
                "schema",
                "id",
                "source",
                "meta",
                "text",
                "sections",
                "paragraphs",
                "sentences",
                "entities",
                "source_map"
            ]
        );
    }

    #[test]
    fn stance_is_written_per_sentence_and_for_the_document() {
        use gloss_doc::{Cue, StanceLabel};
        let text = "Łódź said no. Talks went on.";
        let (first, second) = (Span::new(0, 16), Span::new(17, 31));
        let segments = Segments {
            sections: vec![Section {
                span: Span::new(0, 31),
                title: None,
            }],
            paragraphs: vec![Span::new(0, 31)],
            sentences: vec![first, second],
            tokens: None,
        };
        let stances = [
            SentenceStance {
                label: StanceLabel::Resistance,
                score: -0.7,
                actor: Some("poland"),
                target: Some("russia"),
                cues: vec![Cue {
                    span: Span::new(8, 15),
                    polarity: Polarity::Resistance,
                    act: "reject",
                }],
            },
            SentenceStance::default(),
        ];
        let tally = StanceTally {
            label: StanceLabel::Resistance,
            resistance: 1,
            none: 1,
            score: -0.7,
            ..StanceTally::default()
        };
        let document = DocumentStance {
            actor: Some("poland"),
            target: Some("russia"),
            tally,
            sections: vec![tally],
            acts: vec![gloss_doc::ActCount {
                polarity: Polarity::Resistance,
                act: "reject",
                count: 1,
            }],
        };
        let meta = Meta::new();
        let rec = Record {
            id: "d",
            source: "d.md",
            meta: &meta,
            text,
            pieces: &[],
            segments: &segments,
            entities: &[],
            figures: &[],
            stance: Some((&stances, &document)),
        };
        let mut out = Vec::new();
        write_record(&mut out, &rec, Options::default());
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            v["sentences"],
            serde_json::json!([
                {"start": 0, "end": 13, "stance": {"label": "resistance", "score": -0.7,
                 "actor": "poland", "target": "russia",
                 "cues": [{"start": 5, "end": 12, "text": "said no", "polarity": "resistance", "act": "reject"}]}},
                {"start": 14, "end": 28, "stance": {"label": "none", "score": 0, "cues": []}}
            ])
        );
        assert_eq!(
            v["stance"],
            serde_json::json!({"label": "resistance", "cooperation": 0, "resistance": 1, "mixed": 0,
                "none": 1, "score": -0.7, "actor": "poland", "target": "russia",
                "acts": {"cooperation": {}, "resistance": {"reject": 1}, "pressure": {}},
                "sections": [{"start": 0, "end": 28, "title": null, "label": "resistance",
                    "cooperation": 0, "resistance": 1, "mixed": 0, "none": 1, "score": -0.7}]})
        );
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let texts = [
            "plain",
            "",
            "quote \" and backslash \\ and\nlines\r\tand \u{1} \u{8} \u{c} \u{1f} \u{7f}",
            "Łódź “curly” — \u{2028} 12345678\"12345678\\",
            "exactly8",
            "\n\n\n\n\n\n\n\n\n",
            "a\"b",
            "12345678ab\"c",
            "\"bcdefghijklm",
            "abcdefghijk\\",
        ];
        for text in texts {
            let mut ours = Vec::new();
            write_str(&mut ours, text);
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(text).unwrap(),
                "{text:?}"
            );
        }
        for b in 0u8..=0x7F {
            let word = u64::from_le_bytes([b'a', b'b', b, b'c', b'd', b'e', b'f', b'g']);
            assert_eq!(
                needs_escape(word),
                b < 0x20 || b == b'"' || b == b'\\',
                "byte {b:#x}"
            );
        }
    }

    #[test]
    fn error_record_shape() {
        let err = DocError {
            id: "x".into(),
            source: "stdin:4".into(),
            kind: ErrorKind::InvalidUtf8,
            message: "stdin:4: invalid UTF-8 at byte 1832".into(),
            byte_offset: Some(1832),
            line: Some(4),
        };
        let mut out = Vec::new();
        write_error(&mut out, &err);
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"schema": "gloss/1", "id": "x", "source": "stdin:4",
                "error": {"kind": "invalid_utf8", "message": "stdin:4: invalid UTF-8 at byte 1832", "byte_offset": 1832, "line": 4}})
        );
    }
}
