//! Removes page furniture, re-joins page-broken paragraphs and reduces Markdown, keeping a map
//! back to the input.
//!
//! Bulletins arrive as Markdown converted from PDF: a masthead, a title and an author line,
//! then the body, interrupted by what the pages left behind. [`Cleaner::clean`] takes the
//! input text and gives a [`Cleaned`] document:
//!
//! - the **clean text** a reader sees, as an [`AlignedText`] that maps every clean span back to
//!   its input bytes: blocks separated by one blank line, each block's white space collapsed to
//!   single spaces;
//! - its **blocks** ([`Block`]): paragraphs, headings and list items, with the span of a bold
//!   run-in heading (`**Conclusions.** Text…`) where a paragraph opens with one;
//! - its **front matter** ([`FrontMatter`]): title, author line, masthead and the date found in
//!   it. These are not part of the clean text.
//!
//! What is removed or rewritten:
//!
//! | input | clean text |
//! |---|---|
//! | masthead, `## Title`, author line | nothing (they go to [`FrontMatter`]) |
//! | running headers and footers (`# PISM BULLETIN`), page numbers (`3`, `Page 3 of 4`, `– 3 –`) | nothing |
//! | a paragraph broken by a page break (`... has also` / blank / `repeatedly ...`) | one paragraph, pieces joined by one space |
//! | `[words](url)`, `![alt](src)` | `words`, `alt` |
//! | `\$`, `\(` | `$`, `(` |
//! | `*a*`, `**a**`, `_a_`, `` `a` `` | `a` (`snake_case` and `5 * 3` stay) |
//! | `&amp;`, `&lt;`, `&nbsp;` … | `&`, `<`, no-break space |
//! | `#` marks, list markers (`- `, `1. `) | nothing (the heading or item is its own block) |
//! | any run of white space inside a block | one space |
//!
//! Cleaning never invents words: every clean byte is either copied from the input or stands
//! for input bytes (a space for a line break, `$` for `\$`).
//!
//! Furniture is found by its shape, not only by name: a short line that repeats, a line that
//! repeats the masthead's publisher, a page number, a short line standing between a paragraph
//! that stops mid-sentence and one that goes on in lower case, or a banner listed in
//! `lexicons/furniture.txt` (bundled; [`CleanerBuilder::banners`] adds more).
//!
//! ```
//! use gloss_clean::Cleaner;
//! let input = "## Title\n\nJan Kowalski\n\nThe US [imposed](#) \\$1 tariffs and has also\n\n# PISM BULLETIN\n\nthreatened more.";
//! let cleaned = Cleaner::new().clean(input);
//! assert_eq!(cleaned.text.text(), "The US imposed $1 tariffs and has also threatened more.");
//! assert_eq!(cleaned.front.title.as_deref(), Some("Title"));
//! assert_eq!(cleaned.front.author.as_deref(), Some("Jan Kowalski"));
//! assert_eq!(cleaned.blocks.len(), 1);
//! ```
//!
//! # Performance
//! One pass to split lines (`memchr`), a few checks per block, and one pass over the body that
//! stops only at bytes that may need an edit (white space runs, `\`, `[`, `*`, `_`, `` ` ``,
//! `&`); plain text is copied in runs. See `benches/` for measured throughput.
#![deny(missing_docs)]

mod blocks;
mod date;
mod inline;

use blocks::RawBlock;
use gloss_align::AlignedText;
use gloss_doc::Span;
pub use gloss_doc::{Block, BlockKind};
use std::collections::{HashMap, HashSet};

/// The banners bundled with gloss (`lexicons/furniture.txt`).
const BUNDLED_BANNERS: &str = include_str!("../../../lexicons/furniture.txt");

/// What the document says about itself before its body starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// The title (the first heading of the document, as a reader sees it).
    pub title: Option<String>,
    /// The author line under the title.
    pub author: Option<String>,
    /// The masthead lines before the title, joined by ` | `.
    pub masthead: Option<String>,
    /// The publication date from the masthead or a date line, ISO 8601 (`2026-06-30`, or
    /// `2026-06` when no day is given).
    pub date: Option<String>,
}

/// A cleaned document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The clean text with its map back to the input.
    pub text: AlignedText,
    /// The body's blocks, in order.
    pub blocks: Vec<Block>,
    /// Title, author, masthead and date.
    pub front: FrontMatter,
}

/// Builds a [`Cleaner`] with more banners than the bundled ones.
#[derive(Clone, Debug, Default)]
pub struct CleanerBuilder {
    banners: Vec<String>,
}

impl CleanerBuilder {
    /// Adds banners, in the format of `lexicons/furniture.txt` (one per line, `#` comments).
    pub fn banners(&mut self, list: &str) -> &mut CleanerBuilder {
        self.banners.extend(parse_banners(list));
        self
    }

    /// The cleaner.
    pub fn build(&self) -> Cleaner {
        let mut banners: HashSet<String> = parse_banners(BUNDLED_BANNERS).collect();
        banners.extend(self.banners.iter().cloned());
        Cleaner { banners }
    }
}

fn parse_banners(list: &str) -> impl Iterator<Item = String> + '_ {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(key)
        .filter(|k| !k.is_empty())
}

/// Cleans documents; build once, share across threads.
#[derive(Clone, Debug)]
pub struct Cleaner {
    banners: HashSet<String>,
}

impl Default for Cleaner {
    fn default() -> Cleaner {
        Cleaner::new()
    }
}

/// A line's words, lower case, without Markdown or punctuation: how furniture is compared.
fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if !c.is_alphanumeric() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether `text` has at most `n` words; stops counting after `n + 1`, so it costs little on a
/// long paragraph.
fn at_most_words(text: &str, n: usize) -> bool {
    text.split_whitespace().nth(n).is_none()
}

/// A block's text without what a reader does not see at its end: emphasis markers, and the
/// target of a link it ends with (`... [the words](#)` ends with `the words`).
fn visible_end(text: &str) -> &str {
    let mut t = text.trim_end_matches(['*', '_', ' ']);
    if t.ends_with(')') {
        if let Some(open) = t.rfind("](") {
            if !t[open..].contains(char::is_whitespace) {
                t = t[..open].trim_end_matches(['*', '_']);
            }
        }
    }
    t
}

/// The last character a reader sees in a block.
fn last_visible(text: &str) -> Option<char> {
    visible_end(text).chars().next_back()
}

fn first_visible(text: &str) -> Option<char> {
    text.chars()
        .find(|c| !matches!(c, '*' | '_' | '[' | '"' | '\'' | '“' | '‘' | '(' | '`'))
}

/// Does a block stop in the middle of a sentence?
fn ends_open(text: &str) -> bool {
    last_visible(text).is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '–' | '—' | '-'))
}

fn is_page_number(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#'));
    let t = t.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' ' | '\u{a0}'));
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if digits(t) {
        return true;
    }
    let lower = t.to_ascii_lowercase();
    if let Some(rest) = lower
        .strip_prefix("page ")
        .or_else(|| lower.strip_prefix("p. "))
    {
        let (n, total) = rest.split_once(" of ").unwrap_or((rest, "1"));
        return digits(n.trim()) && digits(total.trim());
    }
    t.split_once('/')
        .is_some_and(|(a, b)| digits(a.trim()) && digits(b.trim()))
}

/// Is this line a list of personal names (an author line)?
fn looks_like_names(text: &str) -> bool {
    const JOINERS: &[&str] = &[
        "and", "&", "de", "da", "do", "dos", "das", "van", "von", "der", "den", "y", "del", "la",
        "le", "di", "du", "bin", "al", "el", "e", "i", "ter", "zu",
    ];
    let words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    (2..=12).contains(&words.len())
        && capitalised >= 2
        && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ';' | '?' | '!'))
        && !text.ends_with('.')
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || JOINERS.contains(&w.to_lowercase().as_str())
        })
}

fn is_all_caps(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// A bold run-in heading at the start of a paragraph: `**Conclusions.** Text…`. Returns the
/// heading's inner range, where its final punctuation is when it stands after the closing
/// marker (`**Conclusions**.`), and where the rest of the paragraph starts.
fn run_in_heading(
    input: &str,
    content: &std::ops::Range<usize>,
) -> Option<(std::ops::Range<usize>, Option<usize>, usize)> {
    let bytes = input.as_bytes();
    let s = content.start;
    let delim = bytes.get(s..s + 2).filter(|d| *d == b"**" || *d == b"__")?;
    let search_end = content.end.min(s + 2 + 300);
    let close = s + 2 + memchr::memmem::find(&bytes[s + 2..search_end], delim)?;
    let inner = s + 2..close;
    if inner.is_empty()
        || bytes[inner.start].is_ascii_whitespace()
        || bytes[close - 1].is_ascii_whitespace()
    {
        return None;
    }
    let mut after = close + 2;
    if after == content.end {
        return Some((inner, None, after)); // a paragraph all in bold is a heading
    }
    let punct_after = (after < content.end && matches!(bytes[after], b'.' | b':')).then_some(after);
    let inner_ends_heading = matches!(bytes[close - 1], b'.' | b':' | b'?' | b'!');
    if !inner_ends_heading && punct_after.is_none() {
        return None;
    }
    if punct_after.is_some() {
        after += 1;
    }
    if after < content.end && !bytes[after].is_ascii_whitespace() {
        return None;
    }
    at_most_words(&input[inner.clone()], 15).then_some((inner, punct_after, after))
}

impl Cleaner {
    /// A cleaner with the bundled banners.
    pub fn new() -> Cleaner {
        CleanerBuilder::default().build()
    }

    /// A builder, to add banners.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Cleans one document. Never fails: any text has a clean form (possibly empty).
    pub fn clean(&self, input: &str) -> Cleaned {
        let raw = blocks::split(input);
        // How often each short line occurs: a line seen twice is a running header or footer.
        let keys: Vec<Option<String>> = raw.iter().map(|b| short_key(input, b)).collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for k in keys.iter().flatten() {
            *counts.entry(k).or_default() += 1;
        }
        let (front, body_start) = self.front_matter(input, &raw, &counts);
        let publisher = front
            .masthead
            .as_deref()
            .map(publisher_key)
            .filter(|k| !k.is_empty());
        let furniture = self.furniture(
            input,
            &raw,
            body_start,
            publisher.as_deref(),
            &keys,
            &counts,
        );
        let visible: Vec<usize> = (body_start..raw.len()).filter(|&i| !furniture[i]).collect();
        let groups = join_page_breaks(input, &raw, &visible);
        let (text, blocks) = emit(input, &raw, &groups);
        Cleaned {
            text,
            blocks,
            front,
        }
    }

    /// Title, author, masthead and date, and the index of the first body block. The title is
    /// the first heading that is not a banner, provided only short lines (the masthead) come
    /// before it; without one, there is no front matter.
    fn front_matter(
        &self,
        input: &str,
        raw: &[RawBlock],
        counts: &HashMap<&str, usize>,
    ) -> (FrontMatter, usize) {
        let mut front = FrontMatter::default();
        let mut title = None;
        for (k, b) in raw.iter().enumerate().take(8) {
            let text = b.text(input);
            if b.kind == BlockKind::Heading {
                let next_key = raw
                    .get(k + 1)
                    .map(|n| key(n.text(input)))
                    .unwrap_or_default();
                let own_key = key(text);
                let banner = self.banners.contains(&own_key)
                    || counts.get(own_key.as_str()).is_some_and(|&n| n >= 2)
                    || (is_all_caps(text)
                        && (raw.get(k + 1).is_some_and(|n| n.kind == BlockKind::Heading)
                            || next_key.starts_with(&own_key)));
                if !banner {
                    title = Some(k);
                    break;
                }
            } else if text.trim_end().ends_with(['.', '?', '!']) || !at_most_words(text, 30) {
                break; // the body has started
            }
        }
        let Some(t) = title else { return (front, 0) };
        let masthead: Vec<String> = raw[..t]
            .iter()
            .filter(|b| b.kind != BlockKind::Heading)
            .map(|b| inline::visible(input, b.content.clone()))
            .collect();
        if !masthead.is_empty() {
            front.date = masthead.iter().find_map(|l| date::find(l));
            front.masthead = Some(masthead.join(" | "));
        }
        front.title = Some(inline::visible(input, raw[t].content.clone()));
        let mut body = t + 1;
        if let Some(b) = raw.get(body) {
            let text = inline::visible(input, b.content.clone());
            if b.kind == BlockKind::Paragraph && b.lines == 1 && looks_like_names(&text) {
                front.author = Some(text);
                body += 1;
            }
        }
        // A date line under the title or author (`30 June 2026`, `Warsaw, 30 June 2026`).
        if let Some(b) = raw.get(body) {
            let text = b.text(input);
            if b.lines == 1 && at_most_words(text, 6) {
                if let Some(d) = date::find(text) {
                    front.date.get_or_insert(d);
                    body += 1;
                }
            }
        }
        (front, body)
    }

    /// Which blocks are page furniture.
    fn furniture(
        &self,
        input: &str,
        raw: &[RawBlock],
        body_start: usize,
        publisher: Option<&str>,
        keys: &[Option<String>],
        counts: &HashMap<&str, usize>,
    ) -> Vec<bool> {
        let mut furniture: Vec<bool> = raw
            .iter()
            .enumerate()
            .map(|(i, b)| {
                if i < body_start {
                    return false;
                }
                if b.lines == 1 && is_page_number(b.text(input)) {
                    return true;
                }
                keys[i].as_deref().is_some_and(|k| {
                    counts[k] >= 2 || self.banners.contains(k) || publisher == Some(k)
                })
            })
            .collect();
        // Short lines standing inside a sentence that a page break cut in two.
        for i in body_start..raw.len() {
            if furniture[i] || raw[i].kind != BlockKind::Paragraph || !ends_open(raw[i].text(input))
            {
                continue;
            }
            let mut j = i + 1;
            while j < raw.len() && j <= i + 3 {
                let b = &raw[j];
                let text = b.text(input);
                let short =
                    b.lines == 1 && !text.ends_with(['.', '?', '!']) && at_most_words(text, 8);
                if !(furniture[j] || short) {
                    break;
                }
                j += 1;
            }
            let continues_lower = raw.get(j).is_some_and(|b| {
                b.kind == BlockKind::Paragraph
                    && first_visible(b.text(input)).is_some_and(char::is_lowercase)
            });
            if j > i + 1 && continues_lower {
                furniture[i + 1..j].iter_mut().for_each(|f| *f = true);
            }
        }
        furniture
    }
}

/// The furniture key of a block that is short enough to be a running header or footer.
fn short_key(input: &str, b: &RawBlock) -> Option<String> {
    let text = b.text(input);
    (b.lines == 1 && b.kind != BlockKind::ListItem && text.len() <= 120 && at_most_words(text, 12))
        .then(|| key(text))
        .filter(|k| !k.is_empty())
}

/// The publisher in a masthead: its words before the issue number or date
/// (`PISM BULLETIN No. 8 (1079), 30 June 2026` -> `pism bulletin`).
fn publisher_key(masthead: &str) -> String {
    let first = masthead.split(" | ").next().unwrap_or("");
    let end = first
        .find(|c: char| c.is_ascii_digit() || matches!(c, ',' | '|' | '(' | '–' | '—'))
        .unwrap_or(first.len());
    let mut name = &first[..end];
    for marker in [" No.", " No ", " Nr", " Issue", " Vol"] {
        if let Some(i) = name.find(marker) {
            name = &name[..i];
        }
    }
    key(name)
}

/// Words that cannot end a sentence: a piece that stops on one was cut by a page break.
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "to", "by", "with", "for", "and", "or", "but", "nor", "in", "on", "at",
    "from", "into", "onto", "that", "which", "who", "whose", "as", "its", "their", "his", "her",
    "our", "this", "these", "those", "than", "between", "against", "about", "over", "under",
    "after", "before", "since", "until", "while", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "will", "would", "could", "should", "may", "might", "must", "not",
];

/// Does this piece stop where no sentence or heading can (a comma, a dash, a function word)?
fn stops_mid_sentence(text: &str) -> bool {
    match last_visible(text) {
        Some(',' | '–' | '—' | '-') => true,
        Some(_) => visible_end(text)
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| DANGLING.contains(&w)),
        None => false,
    }
}

/// Groups visible blocks into output blocks, joining the pieces of a paragraph that a page
/// break cut: the first piece stops without terminal punctuation, and the next goes on in
/// lower case, or the first stops where no heading could (a comma, `the`), or it is long
/// enough (8 words or more) that it cannot be a heading.
fn join_page_breaks(input: &str, raw: &[RawBlock], visible: &[usize]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::with_capacity(visible.len());
    for &i in visible {
        let b = &raw[i];
        let joins = groups.last().is_some_and(|g| {
            let prev = &raw[g[g.len() - 1]];
            let prev_text = prev.text(input);
            prev.kind == BlockKind::Paragraph
                && b.kind == BlockKind::Paragraph
                && ends_open(prev_text)
                && (first_visible(b.text(input)).is_some_and(char::is_lowercase)
                    || stops_mid_sentence(prev_text)
                    || !at_most_words(prev_text, 7))
        });
        match groups.last_mut() {
            Some(g) if joins => g.push(i),
            _ => groups.push(vec![i]),
        }
    }
    groups
}

/// Writes the clean text of the body.
fn emit(input: &str, raw: &[RawBlock], groups: &[Vec<usize>]) -> (AlignedText, Vec<Block>) {
    let mut out = AlignedText::builder(input);
    let mut blocks = Vec::with_capacity(groups.len());
    let mut prev_end: Option<usize> = None;
    for group in groups {
        let first = &raw[group[0]];
        let before_separator = out.len();
        if let Some(end) = prev_end {
            out.replace(end..first.content.start, "\n\n");
        }
        let start = out.len();
        let mut kind = first.kind;
        let mut run_in = None;
        let mut piece_end = None;
        for &i in group {
            let b = &raw[i];
            let mut range = b.content.clone();
            if let Some(end) = piece_end {
                out.replace(end..range.start, " ");
            }
            if piece_end.is_none() && kind == BlockKind::Paragraph {
                if let Some((inner, punct, after)) = run_in_heading(input, &range) {
                    inline::reduce(&mut out, inner);
                    if let Some(p) = punct {
                        out.copy(p..p + 1);
                    }
                    run_in = Some(Span::from_usize(start, out.len()));
                    range = after..range.end;
                }
            }
            inline::reduce(&mut out, range);
            piece_end = Some(b.content.end);
        }
        if out.len() == start {
            out.truncate(before_separator); // nothing visible: no block, no separator
            continue;
        }
        let span = Span::from_usize(start, out.len());
        if run_in == Some(span) {
            kind = BlockKind::Heading; // a run-in heading alone in its paragraph
            run_in = None;
        }
        blocks.push(Block {
            span,
            kind,
            run_in_heading: run_in,
        });
        prev_end = piece_end;
    }
    (out.finish(), blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for yes in [
            "3",
            "12",
            "Page 3",
            "Page 3 of 4",
            "– 3 –",
            "- 3 -",
            "— 12 —",
            "3/4",
            "**2**",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["No. 3", "Page three", "3 million", "", "12345", "3.5"] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn author_lines() {
        for yes in [
            "Bartłomiej Znojek",
            "Jonas Lindqvist and Maja Ødegaard",
            "Ana María de la Cruz, Jan Nowak",
        ] {
            assert!(looks_like_names(yes), "{yes}");
        }
        for no in [
            "Mexico",
            "The government responded.",
            "Issue 3, 2026",
            "Key facts: tariffs",
        ] {
            assert!(!looks_like_names(no), "{no}");
        }
    }

    #[test]
    fn pieces_that_stop_mid_sentence() {
        for yes in [
            "blocked by the",
            "presidents of Mexico,",
            "and [the](#)",
            "talks –",
        ] {
            assert!(stops_mid_sentence(yes), "{yes}");
        }
        for no in [
            "Background",
            "Key points of the agreement",
            "Conclusions.",
            "",
        ] {
            assert!(!stops_mid_sentence(no), "{no}");
        }
    }

    #[test]
    fn publisher_from_masthead() {
        assert_eq!(
            publisher_key("PISM BULLETIN No. 8 (1079), 30 June 2026"),
            "pism bulletin"
        );
        assert_eq!(
            publisher_key("NORDIC POLICY BULLETIN, 14.04.2026"),
            "nordic policy bulletin"
        );
        assert_eq!(
            publisher_key("BALTIC SECURITY BRIEF 2026-03-09"),
            "baltic security brief"
        );
    }
}
