//! Sections, paragraphs, sentences and tokens over clean text.
//!
//! The segmenter takes the clean text and the blocks the cleaner found ([`Block`]) and gives
//! [`Segments`]:
//!
//! - **paragraphs**: every block (paragraph, heading, list item);
//! - **sections**: a heading block, or a paragraph that opens with a bold run-in heading,
//!   starts a section titled by the heading without its final full stop; text before the first
//!   heading is an untitled section;
//! - **sentences**: headings are one sentence each, a run-in heading is a sentence of its own,
//!   and paragraphs and list items are split at sentence ends; a sentence never crosses a
//!   block;
//! - **tokens** (only when asked for): UAX #29 words, white space left out.
//!
//! Sentence ends are found the way a careful reader finds them: a `.`, `?`, `!` or ellipsis,
//! with any closing quotes and brackets after it, followed by white space and a word that can
//! open a sentence. Abbreviations are data ([`Abbreviations`], bundled from
//! `lexicons/segment/`): titles (`Dr.`, `Gen.`) never end a sentence, number abbreviations
//! (`No. 8`, `Art. IV`) do not before a number, inner ones (`e.g.`, `i.e.`) never, and final
//! ones (`etc.`, `U.S.`, `Jan.`), like initials and dotted acronyms, end one only when the next
//! word is a usual sentence opener (`... in the U.S. The talks ...` vs `the U.S. Congress`).
//! A sentence never ends before a word in lower case (`“Why now?” she asked`), nor at a full
//! stop that is not followed by white space (`3.5%`, `gov.mx`, `U.S.-led`).
//!
//! ```
//! use gloss_doc::{Block, BlockKind, Span};
//! use gloss_segment::Segmenter;
//!
//! let text = "Conclusions. The U.S. Congress met on Jan. 20 in Washington, D.C. It voted.";
//! let blocks = [Block { span: Span::new(0, text.len() as u32), kind: BlockKind::Paragraph,
//!                       run_in_heading: Some(Span::new(0, 12)) }];
//! let segments = Segmenter::new().segment(text, &blocks);
//! let sentences: Vec<&str> = segments.sentences.iter().map(|s| s.slice(text)).collect();
//! assert_eq!(sentences, ["Conclusions.", "The U.S. Congress met on Jan. 20 in Washington, D.C.", "It voted."]);
//! assert_eq!(segments.sections[0].title.unwrap().slice(text), "Conclusions");
//! ```
//!
//! # Performance
//! Sentence splitting looks only at the bytes `memchr` finds (`.`, `?`, `!`) and at ellipses;
//! abbreviation look-ups hash one short word without allocating. Tokens are computed only on
//! request, because UAX #29 word breaking is several times slower than everything else here.
#![deny(missing_docs)]

use gloss_doc::{Block, BlockKind, Section, Segments, Span, Token};
use std::collections::{HashMap, HashSet};
use unicode_segmentation::UnicodeSegmentation;

pub use gloss_doc;

const BUNDLED_ABBREVIATIONS: &str = include_str!("../../../lexicons/segment/abbreviations.tsv");
const BUNDLED_STARTERS: &str = include_str!("../../../lexicons/segment/sentence-starters.txt");

/// Longest abbreviation looked up, in bytes; longer words are never abbreviations.
const MAX_ABBREVIATION: usize = 16;

/// How an abbreviation behaves at a full stop (see `lexicons/segment/abbreviations.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbreviationClass {
    /// Before a name (`Dr.`, `Gen.`): never ends a sentence.
    Title,
    /// Before a number (`No. 8`): no sentence end when a number follows.
    Number,
    /// Always inside a sentence (`e.g.`).
    Inner,
    /// May end a sentence (`etc.`, `U.S.`): only before a usual sentence opener.
    Final,
}

/// A malformed line in an abbreviation list.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct LexiconError {
    /// The list's name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// The abbreviation and sentence-opener lists the splitter uses.
#[derive(Clone, Debug)]
pub struct Abbreviations {
    classes: HashMap<Vec<u8>, AbbreviationClass>,
    /// The longest abbreviation: longer words skip the look-up.
    longest: usize,
    starters: HashSet<String>,
}

impl Abbreviations {
    /// The bundled lists.
    pub fn bundled() -> Abbreviations {
        // The bundled lists are tested; a failure here is a bug in the shipped data.
        Abbreviations::parse(BUNDLED_ABBREVIATIONS, BUNDLED_STARTERS)
            .expect("the bundled abbreviation lists are valid")
    }

    /// Parses lists in the format of `lexicons/segment/abbreviations.tsv` and
    /// `sentence-starters.txt`.
    pub fn parse(abbreviations: &str, starters: &str) -> Result<Abbreviations, LexiconError> {
        let mut classes = HashMap::new();
        for (n, line) in abbreviations.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fail = |reason: String| LexiconError {
                file: "abbreviations.tsv".into(),
                line: n + 1,
                reason,
            };
            let (abbr, class) = line
                .split_once('\t')
                .ok_or_else(|| fail("expected two tab-separated columns".into()))?;
            let class = match class.trim() {
                "title" => AbbreviationClass::Title,
                "number" => AbbreviationClass::Number,
                "inner" => AbbreviationClass::Inner,
                "final" => AbbreviationClass::Final,
                other => {
                    return Err(fail(format!(
                        "unknown class {other:?} (title, number, inner, final)"
                    )))
                }
            };
            let abbr = abbr.trim().to_ascii_lowercase();
            if abbr.is_empty()
                || abbr.len() > MAX_ABBREVIATION
                || abbr.contains(char::is_whitespace)
            {
                return Err(fail(format!(
                    "abbreviation {abbr:?} must be 1 to {MAX_ABBREVIATION} bytes without spaces"
                )));
            }
            if classes
                .insert(abbr.clone().into_bytes(), class)
                .is_some_and(|old| old != class)
            {
                return Err(fail(format!(
                    "{abbr:?} is listed twice with different classes"
                )));
            }
        }
        let starters = starters
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect();
        let longest = classes.keys().map(Vec::len).max().unwrap_or(0);
        Ok(Abbreviations {
            classes,
            longest,
            starters,
        })
    }

    /// The class of `word` (without its final full stop), ignoring ASCII case.
    pub fn class(&self, word: &str) -> Option<AbbreviationClass> {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > self.longest {
            return None;
        }
        let mut buf = [0u8; MAX_ABBREVIATION];
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        self.classes.get(&lower[..]).copied()
    }

    fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

/// Splits clean text into sections, paragraphs, sentences and tokens; build once, share
/// across threads.
#[derive(Clone, Debug)]
pub struct Segmenter {
    abbreviations: Abbreviations,
    tokens: bool,
    ellipsis: memchr::memmem::Finder<'static>,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::new()
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Opening quotes and brackets that may stand before a sentence's first word.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '„' | '(' | '[' | '¿' | '¡'
    )
}

/// Closing quotes and brackets that stay with the sentence they end.
fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

/// What follows a candidate sentence end.
struct Next<'t> {
    /// Where the next sentence would start (after white space).
    start: usize,
    /// The next word, opening quotes and brackets skipped (may be empty).
    word: &'t str,
}

impl Next<'_> {
    /// The next word starts in lower case (`eBay` counts as capitalised).
    fn is_lower(&self) -> bool {
        let mut chars = self.word.chars();
        match chars.next() {
            Some(c) if c.is_lowercase() => !chars.next().is_some_and(char::is_uppercase),
            _ => false,
        }
    }

    fn starts_with_digit(&self) -> bool {
        self.word.starts_with(|c: char| c.is_ascii_digit())
    }

    /// A Roman numeral (`Art. IV`): only the letters I, V, X, L, C.
    fn is_roman(&self) -> bool {
        let w = self.word.trim_end_matches(|c: char| !c.is_alphanumeric());
        !w.is_empty() && w.len() <= 6 && w.bytes().all(|b| b"IVXLC".contains(&b))
    }
}

impl Segmenter {
    /// A segmenter with the bundled abbreviation lists, without tokens.
    pub fn new() -> Segmenter {
        Segmenter::with_abbreviations(Abbreviations::bundled())
    }

    /// A segmenter with other abbreviation lists.
    pub fn with_abbreviations(abbreviations: Abbreviations) -> Segmenter {
        Segmenter {
            abbreviations,
            tokens: false,
            ellipsis: memchr::memmem::Finder::new("…"),
        }
    }

    /// Also compute tokens (UAX #29 words), which costs more than everything else together.
    pub fn tokens(mut self, yes: bool) -> Segmenter {
        self.tokens = yes;
        self
    }

    /// Segments a clean text given its blocks.
    pub fn segment(&self, text: &str, blocks: &[Block]) -> Segments {
        let mut seg = Segments {
            paragraphs: blocks.iter().map(|b| b.span).collect(),
            sentences: Vec::with_capacity(text.len() / 120 + blocks.len()),
            ..Segments::default()
        };
        let mut section_start: Option<(Span, Option<Span>)> = None;
        let mut last_end = 0;
        for block in blocks {
            let heading = match (block.kind, block.run_in_heading) {
                (BlockKind::Heading, _) => Some(block.span),
                (_, Some(run_in)) => Some(run_in),
                _ => None,
            };
            if heading.is_some() || section_start.is_none() {
                if let Some((start, title)) = section_start.take() {
                    seg.sections.push(Section {
                        span: Span::new(start.start, last_end),
                        title,
                    });
                }
                let title = heading.map(|h| title_of(text, h));
                section_start = Some((block.span, title));
            }
            last_end = block.span.end;
            match (block.kind, block.run_in_heading) {
                (BlockKind::Heading, _) => seg.sentences.push(block.span),
                (_, Some(run_in)) => {
                    seg.sentences.push(run_in);
                    self.sentences(
                        text,
                        Span::new(run_in.end, block.span.end),
                        &mut seg.sentences,
                    );
                }
                _ => self.sentences(text, block.span, &mut seg.sentences),
            }
        }
        if let Some((start, title)) = section_start {
            seg.sections.push(Section {
                span: Span::new(start.start, last_end),
                title,
            });
        }
        if self.tokens {
            seg.tokens = Some(tokens(text, blocks));
        }
        seg
    }

    /// Appends the sentences of one paragraph (`span` of `text`) to `out`.
    pub fn sentences(&self, text: &str, span: Span, out: &mut Vec<Span>) {
        let end = span.end as usize;
        let bytes = text.as_bytes();
        let mut start = skip_space(text, span.start as usize, end);
        let mut i = start;
        let ellipsis = &self.ellipsis;
        let mut next_ellipsis = ellipsis.find(&bytes[i..end]).map(|k| i + k);
        while i < end {
            let dot = memchr::memchr3(b'.', b'?', b'!', &bytes[i..end]).map(|k| i + k);
            if next_ellipsis.is_some_and(|e| e < i) {
                next_ellipsis = ellipsis.find(&bytes[i..end]).map(|k| i + k);
            }
            let Some(p) = [dot, next_ellipsis].into_iter().flatten().min() else {
                break;
            };
            match self.sentence_end(text, start, p, end) {
                Some((sentence_end, next_start)) => {
                    out.push(Span::from_usize(start, sentence_end));
                    start = next_start;
                    i = next_start;
                }
                None => {
                    // Past the run of terminal marks, so `...` is looked at once.
                    i = if text[p..end].starts_with(". . .") {
                        p + 5
                    } else {
                        p + text[p..].chars().next().map_or(1, char::len_utf8)
                    };
                    while i < end && bytes[i] == b'.' {
                        i += 1;
                    }
                }
            }
        }
        let mut last = end;
        while last > start && text[..last].ends_with(is_space) {
            last -= text[..last].chars().next_back().map_or(1, char::len_utf8);
        }
        if start < last {
            out.push(Span::from_usize(start, last));
        }
    }

    /// Decides whether the terminal mark at `p` ends the sentence that began at `start`;
    /// returns where it ends and where the next begins.
    fn sentence_end(
        &self,
        text: &str,
        start: usize,
        p: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        // The run of terminal marks, then closing quotes and brackets.
        let mut q = p;
        let mut marks = 0;
        let mut last_mark = '.';
        if text[p..end].starts_with(". . .") {
            // A spaced ellipsis is one mark.
            q += 5;
            marks = 3;
        }
        for c in text[q..end].chars() {
            if !is_terminal(c) {
                break;
            }
            q += c.len_utf8();
            marks += 1;
            last_mark = c;
        }
        let closing = text[q..end]
            .chars()
            .take_while(|&c| is_closing(c))
            .map(char::len_utf8)
            .sum::<usize>();
        let sentence_end = q + closing;
        if sentence_end >= end {
            return None; // the paragraph's end ends it anyway
        }
        if !text[sentence_end..end].starts_with(is_space) {
            return None; // 3.5%, gov.mx, U.S.-led
        }
        let next_start = skip_space(text, sentence_end, end);
        let after_open = next_start
            + text[next_start..end]
                .chars()
                .take_while(|&c| is_opening(c))
                .map(char::len_utf8)
                .sum::<usize>();
        let word_end = text[after_open..end]
            .find(|c: char| is_space(c) || (c.is_ascii_punctuation() && c != '-' && c != '\''))
            .map_or(end, |k| after_open + k);
        let next = Next {
            start: next_start,
            word: &text[after_open..word_end],
        };
        if next.is_lower() {
            return None;
        }
        let ellipsis = marks > 1 && last_mark == '.' || last_mark == '…';
        if last_mark != '.' || ellipsis {
            // `?`, `!` and ellipses end a sentence before anything but lower case.
            return Some((sentence_end, next.start));
        }
        let ends = match self.word_before(text, start, p) {
            None => true,
            Some(word) if is_enumerator(text, start, p, word) => false,
            Some(word) => self.ends_after(word, &next),
        };
        ends.then_some((sentence_end, next.start))
    }

    /// Whether a full stop after `word` ends the sentence, given the next word.
    fn ends_after(&self, word: &str, next: &Next<'_>) -> bool {
        let class = self.abbreviations.class(word).or_else(|| {
            let mut chars = word.chars();
            let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
            let dotted = word.contains('.')
                && word
                    .split('.')
                    .all(|part| part.chars().count() <= 2 && part.chars().all(char::is_alphabetic));
            (initial || dotted).then_some(AbbreviationClass::Final)
        });
        match class {
            Some(AbbreviationClass::Title | AbbreviationClass::Inner) => false,
            Some(AbbreviationClass::Number) => !(next.starts_with_digit() || next.is_roman()),
            Some(AbbreviationClass::Final) => self.abbreviations.is_starter(next.word),
            None => true,
        }
    }

    /// The word just before the full stop at `p`, opening punctuation stripped.
    fn word_before<'t>(&self, text: &'t str, start: usize, p: usize) -> Option<&'t str> {
        let before = &text[start..p];
        let from = before
            .rfind(|c: char| is_space(c) || matches!(c, '(' | '[' | '“' | '"' | '‘' | '/'))
            .map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[from..];
        (!word.is_empty()).then_some(word)
    }
}

/// A point number (`1.`, `12.`) that opens a sentence or follows a colon or semicolon: it
/// numbers what comes next and ends nothing (`as follows: 1. More troops ...`).
fn is_enumerator(text: &str, start: usize, p: usize, word: &str) -> bool {
    if word.len() > 2 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let before = text[start..p - word.len()].trim_end();
    before.is_empty() || before.ends_with([':', ';'])
}

fn skip_space(text: &str, mut i: usize, end: usize) -> usize {
    while i < end {
        match text[i..end].chars().next() {
            Some(c) if is_space(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// A heading's title: its text without the final full stop or colon.
fn title_of(text: &str, heading: Span) -> Span {
    let t = heading.slice(text);
    let trimmed = t.trim_end_matches(['.', ':']).trim_end();
    Span::new(heading.start, heading.start + trimmed.len() as u32)
}

/// UAX #29 words of every block, white space left out.
fn tokens(text: &str, blocks: &[Block]) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    for block in blocks {
        let base = block.span.start;
        for (offset, word) in block.span.slice(text).split_word_bound_indices() {
            if !word.chars().all(char::is_whitespace) {
                let start = base + offset as u32;
                out.push(Token {
                    span: Span::new(start, start + word.len() as u32),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        Segmenter::new().sentences(text, Span::from_usize(0, text.len()), &mut out);
        out.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn bundled_lists_parse() {
        let a = Abbreviations::bundled();
        assert_eq!(a.class("Dr"), Some(AbbreviationClass::Title));
        assert_eq!(a.class("e.g"), Some(AbbreviationClass::Inner));
        assert_eq!(a.class("NO"), Some(AbbreviationClass::Number));
        assert_eq!(a.class("Mexico"), None);
        assert!(a.is_starter("The"));
    }

    #[test]
    fn bad_lists_name_the_line() {
        let err = Abbreviations::parse("Dr\ttitle\nXx\tweird\n", "").unwrap_err();
        assert_eq!(
            err.to_string(),
            "abbreviations.tsv:2: unknown class \"weird\" (title, number, inner, final)"
        );
        assert!(Abbreviations::parse("Dr title\n", "").is_err());
        assert!(Abbreviations::parse("Dr\ttitle\ndr\tfinal\n", "").is_err());
    }

    #[test]
    fn sections_titles_and_heading_sentences() {
        let text = "Intro sentence. Second.\n\nA heading\n\nBody here. More.";
        let blocks = [
            Block {
                span: Span::new(0, 23),
                kind: BlockKind::Paragraph,
                run_in_heading: None,
            },
            Block {
                span: Span::new(25, 34),
                kind: BlockKind::Heading,
                run_in_heading: None,
            },
            Block {
                span: Span::new(36, 52),
                kind: BlockKind::Paragraph,
                run_in_heading: None,
            },
        ];
        let seg = Segmenter::new().tokens(true).segment(text, &blocks);
        let sections: Vec<_> = seg
            .sections
            .iter()
            .map(|s| (s.span.slice(text), s.title.map(|t| t.slice(text))))
            .collect();
        assert_eq!(
            sections,
            [
                ("Intro sentence. Second.", None),
                ("A heading\n\nBody here. More.", Some("A heading"))
            ]
        );
        let sentences: Vec<_> = seg.sentences.iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            sentences,
            [
                "Intro sentence.",
                "Second.",
                "A heading",
                "Body here.",
                "More."
            ]
        );
        let tokens: Vec<_> = seg
            .tokens
            .unwrap()
            .iter()
            .map(|t| t.span.slice(text))
            .collect();
        assert_eq!(tokens[..4], ["Intro", "sentence", ".", "Second"]);
    }

    #[test]
    fn no_sentence_in_empty_or_blank_text() {
        assert!(split("").is_empty());
        assert!(split("   ").is_empty());
        assert_eq!(split("No punctuation at all"), ["No punctuation at all"]);
    }

    #[test]
    fn a_few_boundaries() {
        assert_eq!(split("He left. She stayed."), ["He left.", "She stayed."]);
        assert_eq!(
            split("Dr. Yang met Gen. Campbell."),
            ["Dr. Yang met Gen. Campbell."]
        );
        assert_eq!(
            split("“Why now?” she asked. Nobody knew…"),
            ["“Why now?” she asked.", "Nobody knew…"]
        );
    }
}
