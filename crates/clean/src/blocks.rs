//! Lines into blocks: paragraphs, headings and list items, before any Markdown is reduced.

use gloss_doc::BlockKind;
use std::ops::Range;

/// One block of the input: a contiguous byte range of content (markers and the indentation
/// before it left out; line breaks inside are white space for the inline reducer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawBlock {
    pub kind: BlockKind,
    /// Content bytes: from the first line's content start to the last line's content end.
    pub content: Range<usize>,
    /// Number of input lines in the block.
    pub lines: u32,
}

impl RawBlock {
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.content.clone()]
    }
}

enum LineKind {
    Blank,
    /// `---`, `***`, `___`, `===` and the like: a thematic break or a setext underline.
    Rule(u8),
    Heading(Range<usize>),
    /// A list item; `interrupts` says whether it may start while a paragraph is open (bullets
    /// and `1.` may; `2026.` at the start of a wrapped line is text, as in CommonMark).
    Item {
        content: Range<usize>,
        interrupts: bool,
    },
    /// A page number alone on a line: a block of its own even inside a paragraph.
    PageNumber(Range<usize>),
    Text(Range<usize>),
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\x0B' | b'\x0C')
}

fn trim(bytes: &[u8], mut start: usize, mut end: usize) -> Range<usize> {
    while start < end && is_space(bytes[start]) {
        start += 1;
    }
    while end > start && is_space(bytes[end - 1]) {
        end -= 1;
    }
    start..end
}

fn classify(bytes: &[u8], start: usize, end: usize) -> LineKind {
    let r = trim(bytes, start, end);
    if r.is_empty() {
        return LineKind::Blank;
    }
    let line = &bytes[r.clone()];
    let first = line[0];
    // A thematic break or setext underline: one character repeated (spaces allowed), 3 or more.
    if matches!(first, b'-' | b'*' | b'_' | b'=')
        && line.iter().all(|&b| b == first || b == b' ')
        && line.iter().filter(|&&b| b == first).count() >= 3
    {
        return LineKind::Rule(first);
    }
    // Indented four or more: still text (no code blocks in this genre).
    if r.start - start >= 4 {
        return LineKind::Text(r);
    }
    if first == b'#' {
        let hashes = line.iter().take_while(|&&b| b == b'#').count();
        if hashes <= 6 && (hashes == line.len() || is_space(line[hashes])) {
            // Closing hashes (`## Title ##`) are syntax too.
            let mut content_end = r.end;
            while content_end > r.start + hashes && bytes[content_end - 1] == b'#' {
                content_end -= 1;
            }
            if content_end < r.end
                && content_end > r.start + hashes
                && !is_space(bytes[content_end - 1])
            {
                content_end = r.end; // `C#` is a word, not a closing sequence
            }
            return LineKind::Heading(trim(bytes, r.start + hashes, content_end));
        }
    }
    if line.iter().all(u8::is_ascii_digit) && line.len() <= 4 {
        return LineKind::PageNumber(r);
    }
    if matches!(first, b'-' | b'*' | b'+') && line.len() > 1 && is_space(line[1]) {
        return LineKind::Item {
            content: trim(bytes, r.start + 1, r.end),
            interrupts: true,
        };
    }
    let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=9).contains(&digits)
        && line.len() > digits + 1
        && matches!(line[digits], b'.' | b')')
        && is_space(line[digits + 1])
    {
        let interrupts = &line[..digits] == b"1";
        return LineKind::Item {
            content: trim(bytes, r.start + digits + 1, r.end),
            interrupts,
        };
    }
    LineKind::Text(r)
}

/// Splits `input` into blocks, with Markdown's rules: blank lines separate blocks, a single
/// line break is white space inside a paragraph, headings and list items start blocks.
pub(crate) fn split(input: &str) -> Vec<RawBlock> {
    let bytes = input.as_bytes();
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut open = false; // whether the last block takes continuation lines
    let mut start = 0;
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let line = classify(bytes, start, end);
        start = end + 1;
        let paragraph_open = open
            && blocks
                .last()
                .is_some_and(|b| b.kind == BlockKind::Paragraph);
        match line {
            LineKind::Blank => open = false,
            LineKind::Rule(mark) => {
                // A setext underline turns the one-line paragraph above it into a heading.
                if let Some(last) = blocks
                    .last_mut()
                    .filter(|b| paragraph_open && b.lines == 1 && matches!(mark, b'=' | b'-'))
                {
                    last.kind = BlockKind::Heading;
                }
                open = false;
            }
            LineKind::Heading(content) => {
                blocks.push(RawBlock {
                    kind: BlockKind::Heading,
                    content,
                    lines: 1,
                });
                open = false;
            }
            LineKind::PageNumber(content) => {
                blocks.push(RawBlock {
                    kind: BlockKind::Paragraph,
                    content,
                    lines: 1,
                });
                open = false;
            }
            LineKind::Item {
                content,
                interrupts,
            } if interrupts || !paragraph_open => {
                blocks.push(RawBlock {
                    kind: BlockKind::ListItem,
                    content,
                    lines: 1,
                });
                open = true;
            }
            LineKind::Item { content, .. } | LineKind::Text(content) => {
                match blocks.last_mut() {
                    Some(last) if open => {
                        // Continuation: the line's own content, indentation and markers
                        // before it are white space to the inline reducer.
                        last.content.end = content.end;
                        last.lines += 1;
                    }
                    _ => blocks.push(RawBlock {
                        kind: BlockKind::Paragraph,
                        content,
                        lines: 1,
                    }),
                }
                open = true;
            }
        }
    }
    blocks.retain(|b| !b.content.is_empty());
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(input: &str) -> Vec<(BlockKind, &str)> {
        split(input)
            .iter()
            .map(|b| (b.kind, b.text(input)))
            .collect()
    }

    #[test]
    fn blocks_of_a_bulletin() {
        use BlockKind::*;
        let input =
            "## Title ##\n\nName\n\nOne\ntwo.\n- item a\n- item b\n  more\n\n1. first\n\n***\nlast";
        assert_eq!(
            kinds(input),
            [
                (Heading, "Title"),
                (Paragraph, "Name"),
                (Paragraph, "One\ntwo."),
                (ListItem, "item a"),
                (ListItem, "item b\n  more"),
                (ListItem, "first"),
                (Paragraph, "last"),
            ]
        );
    }

    #[test]
    fn setext_headings_and_hash_words() {
        use BlockKind::*;
        assert_eq!(
            kinds("Title\n=====\n\nBody."),
            [(Heading, "Title"), (Paragraph, "Body.")]
        );
        assert_eq!(
            kinds("# Learn C#\n\n#hashtag"),
            [(Heading, "Learn C#"), (Paragraph, "#hashtag")]
        );
    }

    #[test]
    fn soft_breaks_page_numbers_and_ordered_items() {
        use BlockKind::*;
        assert_eq!(
            kinds("First line.\nSecond line."),
            [(Paragraph, "First line.\nSecond line.")]
        );
        assert_eq!(
            kinds("going on\n4\nafter"),
            [
                (Paragraph, "going on"),
                (Paragraph, "4"),
                (Paragraph, "after")
            ]
        );
        assert_eq!(
            kinds("due in July\n2026. Since"),
            [(Paragraph, "due in July\n2026. Since")]
        );
        assert_eq!(
            kinds("Intro:\n1. one\n2. two"),
            [(Paragraph, "Intro:"), (ListItem, "one"), (ListItem, "two")]
        );
    }
}
