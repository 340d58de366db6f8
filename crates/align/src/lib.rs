//! Clean text that remembers where every piece of it came from in the input.
//!
//! The cleaner drops page furniture, joins broken paragraphs and strips Markdown, yet every
//! span gloss reports must map back to the exact input bytes it came from, so that a viewer
//! can highlight it in the original. [`AlignedText`] owns the clean text together with that
//! map, and the only way to make one is an [`AlignedTextBuilder`], whose two edit operations
//! append clean text *and* record where it came from in the same step: no cleaner can change
//! the text without updating the map (the idea of `tokenizers`' `NormalizedString`).
//!
//! The map is run-length: a list of [`Piece`]s, each either a *copy* (clean bytes equal to the
//! input bytes they came from) or a *replacement* (clean bytes that stand for an input range
//! with other bytes: a collapsed line break, an unescaped `\$`, the space that re-joins a
//! paragraph across a page break). Input that is dropped (furniture, Markdown syntax) simply
//! has no piece. Adjacent copies merge, so a typical bulletin maps in a few dozen pieces.
//!
//! ```
//! use gloss_align::AlignedText;
//! use gloss_doc::Span;
//!
//! let input = "The [US](#) imposed\n\ntariffs.";
//! let mut b = AlignedText::builder(input);
//! b.copy(0..4);          // "The "
//! b.copy(5..7);          // "US" (the link's brackets and target are dropped)
//! b.copy(11..19);        // " imposed"
//! b.replace(19..21, " "); // the page break becomes one space
//! b.copy(21..29);        // "tariffs."
//! let aligned = b.finish();
//! assert_eq!(aligned.text(), "The US imposed tariffs.");
//! // "US" in the clean text is bytes 5..7 of the input.
//! assert_eq!(aligned.input_range(Span::new(4, 6)), 5..7);
//! // A span across the page break maps to the whole input stretch it covers.
//! assert_eq!(&input[aligned.input_range(Span::new(7, 22))], "imposed\n\ntariffs");
//! ```
//!
//! # Performance
//! Building costs one `memcpy` per edit and one piece per non-mergeable edit; mapping a span
//! back is two binary searches over the pieces.
#![deny(missing_docs)]

use gloss_doc::Span;
use std::ops::Range;

/// One run of the source map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Bytes of the clean text.
    pub clean: Span,
    /// The input bytes they came from.
    pub input_start: u32,
    /// One past the last input byte.
    pub input_end: u32,
    /// Whether the clean bytes are a verbatim copy of the input bytes (so positions inside map
    /// one to one), or a replacement that stands for the input range as a whole.
    pub copied: bool,
}

impl Piece {
    /// The input byte range of this piece.
    pub fn input(&self) -> Range<usize> {
        self.input_start as usize..self.input_end as usize
    }
}

/// Clean text plus the map back to the input it was made from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AlignedText {
    text: String,
    pieces: Vec<Piece>,
}

impl AlignedText {
    /// Starts building clean text from `input`.
    pub fn builder(input: &str) -> AlignedTextBuilder<'_> {
        AlignedTextBuilder {
            input,
            text: String::with_capacity(input.len()),
            pieces: Vec::new(),
        }
    }

    /// The clean text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The source map, in clean-text order.
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// Takes the clean text out, leaving the map.
    pub fn into_parts(self) -> (String, Vec<Piece>) {
        (self.text, self.pieces)
    }

    /// The input byte range a clean span came from.
    ///
    /// A position inside a copied piece maps exactly; a position inside a replacement maps to
    /// the edge of the input range it replaced (start for the span's start, end for its end),
    /// so the result always covers everything the span was made from. An empty span maps to an
    /// empty range. Spans outside the text are clamped to it.
    pub fn input_range(&self, clean: Span) -> Range<usize> {
        if self.pieces.is_empty() {
            return 0..0;
        }
        let start = self.map_start(clean.start);
        if clean.is_empty() {
            return start..start;
        }
        let end = self.map_end(clean.end).max(start);
        start..end
    }

    fn map_start(&self, pos: u32) -> usize {
        // The piece containing `pos`: the last piece starting at or before it.
        let i = self
            .pieces
            .partition_point(|p| p.clean.start <= pos)
            .saturating_sub(1);
        let p = &self.pieces[i];
        if pos >= p.clean.end {
            return p.input_end as usize;
        }
        if p.copied {
            (p.input_start + (pos - p.clean.start)) as usize
        } else {
            p.input_start as usize
        }
    }

    fn map_end(&self, pos: u32) -> usize {
        // The piece containing the last byte before `pos`.
        let i = self
            .pieces
            .partition_point(|p| p.clean.start < pos)
            .saturating_sub(1);
        let p = &self.pieces[i];
        if pos <= p.clean.start {
            return p.input_start as usize;
        }
        if p.copied {
            (p.input_start + (pos.min(p.clean.end) - p.clean.start)) as usize
        } else {
            p.input_end as usize
        }
    }
}

/// Appends clean text, recording for each edit the input range it came from.
///
/// Edits must come in input order (each input range starts at or after the end of the last
/// one); cleaners read their input front to back, so this holds by construction, and it is
/// checked in debug builds.
#[derive(Debug)]
pub struct AlignedTextBuilder<'a> {
    input: &'a str,
    text: String,
    pieces: Vec<Piece>,
}

impl<'a> AlignedTextBuilder<'a> {
    /// Appends `input[range]` verbatim.
    pub fn copy(&mut self, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        self.check_order(&range);
        let start = self.text.len() as u32;
        self.text.push_str(&self.input[range.clone()]);
        let end = self.text.len() as u32;
        if let Some(last) = self.pieces.last_mut() {
            if last.copied && last.clean.end == start && last.input_end as usize == range.start {
                last.clean.end = end;
                last.input_end = range.end as u32;
                return;
            }
        }
        self.pieces.push(Piece {
            clean: Span::new(start, end),
            input_start: range.start as u32,
            input_end: range.end as u32,
            copied: true,
        });
    }

    /// Appends `with` in place of `input[range]`. When `with` equals the input bytes this is a
    /// copy, and is recorded as one.
    pub fn replace(&mut self, range: Range<usize>, with: &str) {
        if with.is_empty() {
            return;
        }
        if self.input.get(range.clone()) == Some(with) {
            return self.copy(range);
        }
        self.check_order(&range);
        let start = self.text.len() as u32;
        self.text.push_str(with);
        self.pieces.push(Piece {
            clean: Span::new(start, self.text.len() as u32),
            input_start: range.start as u32,
            input_end: range.end as u32,
            copied: false,
        });
    }

    /// Drops the clean text after byte `len`, and the map with it: for taking back a separator
    /// written before a block that turned out to show nothing.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.text.len() {
            return;
        }
        self.text.truncate(len);
        let len = len as u32;
        self.pieces.retain(|p| p.clean.start < len);
        if let Some(last) = self.pieces.last_mut() {
            if last.clean.end > len {
                if last.copied {
                    last.input_end -= last.clean.end - len;
                }
                last.clean.end = len;
            }
        }
    }

    /// The length of the clean text so far, in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether no clean text has been appended yet.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The clean text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The input the clean text is made from.
    pub fn input(&self) -> &'a str {
        self.input
    }

    /// Finishes the clean text.
    pub fn finish(self) -> AlignedText {
        AlignedText {
            text: self.text,
            pieces: self.pieces,
        }
    }

    fn check_order(&self, range: &Range<usize>) {
        debug_assert!(range.start <= range.end && range.end <= self.input.len());
        debug_assert!(
            self.pieces
                .last()
                .is_none_or(|p| p.input_end as usize <= range.start),
            "edits must come in input order: {range:?} after {:?}",
            self.pieces.last()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn copies_merge_and_replacements_do_not() {
        let input = "ab\\$cd";
        let mut b = AlignedText::builder(input);
        b.copy(0..1);
        b.copy(1..2);
        b.replace(2..4, "$");
        b.copy(4..6);
        let a = b.finish();
        assert_eq!(a.text(), "ab$cd");
        assert_eq!(a.pieces().len(), 3);
        assert!(a.pieces()[0].copied && !a.pieces()[1].copied);
        // The dollar sign maps back to the escape sequence as a whole.
        assert_eq!(&input[a.input_range(Span::new(2, 3))], "\\$");
        assert_eq!(&input[a.input_range(Span::new(1, 4))], "b\\$c");
    }

    #[test]
    fn replacement_equal_to_input_is_a_copy() {
        let mut b = AlignedText::builder("a b");
        b.copy(0..1);
        b.replace(1..2, " ");
        b.copy(2..3);
        assert_eq!(b.finish().pieces().len(), 1);
    }

    #[test]
    fn truncate_cuts_text_and_map() {
        let mut b = AlignedText::builder("abcdef");
        b.copy(0..4);
        b.replace(4..6, "\n\n");
        b.truncate(2);
        b.copy(4..6);
        let a = b.finish();
        assert_eq!(a.text(), "abef");
        assert_eq!(a.input_range(Span::new(0, 2)), 0..2);
        assert_eq!(a.input_range(Span::new(2, 4)), 4..6);
    }

    #[test]
    fn empty_text_maps_to_nothing() {
        let a = AlignedText::builder("# only furniture").finish();
        assert_eq!(a.text(), "");
        assert_eq!(a.input_range(Span::new(0, 0)), 0..0);
    }

    #[test]
    fn multibyte_copies_map_exactly() {
        let input = "**Łódź** i Kraków";
        let mut b = AlignedText::builder(input);
        b.copy(2..9);
        b.copy(11..input.len());
        let a = b.finish();
        assert_eq!(a.text(), "Łódź i Kraków");
        let krakow = a.text().find("Kraków").unwrap();
        let span = Span::from_usize(krakow, a.text().len());
        assert_eq!(&input[a.input_range(span)], "Kraków");
    }

    /// An edit script: for each input chunk, copy it, drop it, or replace it by a marker.
    fn edits() -> impl Strategy<Value = (String, Vec<(usize, u8)>)> {
        (
            "[a-zé \\n*\\[\\]]{0,60}",
            prop::collection::vec((1usize..6, 0u8..3), 0..20),
        )
    }

    proptest! {
        /// Every clean span maps back to input bytes that, with dropped input removed,
        /// contain the span's copied text in order.
        #[test]
        fn spans_map_back_to_their_source((input, script) in edits()) {
            let mut b = AlignedText::builder(&input);
            let mut pos = 0;
            for (len, op) in script {
                let mut end = (pos + len).min(input.len());
                while !input.is_char_boundary(end) { end += 1; }
                match op {
                    0 => b.copy(pos..end),
                    1 => b.replace(pos..end, "~"),
                    _ => {}
                }
                pos = end;
            }
            let a = b.finish();
            for p in a.pieces() {
                if p.copied {
                    prop_assert_eq!(&a.text()[p.clean.range()], &input[p.input()]);
                }
            }
            let n = a.text().len() as u32;
            for s in 0..=n {
                for e in s..=n {
                    if !a.text().is_char_boundary(s as usize) || !a.text().is_char_boundary(e as usize) {
                        continue;
                    }
                    let r = a.input_range(Span::new(s, e));
                    prop_assert!(r.start <= r.end && r.end <= input.len());
                    // Every copied byte of the span lies inside the mapped range.
                    for p in a.pieces().iter().filter(|p| p.copied) {
                        let lo = p.clean.start.max(s);
                        let hi = p.clean.end.min(e);
                        if lo < hi {
                            let i = (p.input_start + lo - p.clean.start) as usize;
                            let j = (p.input_start + hi - p.clean.start) as usize;
                            prop_assert!(r.start <= i && j <= r.end);
                        }
                    }
                }
            }
        }
    }
}
