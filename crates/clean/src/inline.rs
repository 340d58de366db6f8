//! The inline reducer: Markdown inside a block down to what a reader sees. This is the hot
//! path of cleaning: one pass over the bytes, stopping only at bytes that may need work.

use gloss_align::AlignedTextBuilder;
use std::ops::Range;

/// Bytes that may start an edit; everything else is copied in long runs. Spaces are the most
/// common byte, so they are special only in blocks that hold a double space: elsewhere a
/// single space needs nothing, and the spaces before a line break are found from the break.
const fn special(with_space: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let bytes = b"\t\n\r\x0B\x0C\\[]!*_`&<";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t[b' ' as usize] = with_space;
    t
}
static SPECIAL: [bool; 256] = special(false);
static SPECIAL_WITH_SPACE: [bool; 256] = special(true);

/// How far to look for the end of a link's text and target: a `[` with no `](...)` close by
/// is a literal bracket, and bounding the search keeps the pass linear.
const MAX_LINK_TEXT: usize = 1000;
const MAX_LINK_TARGET: usize = 2048;

const ENTITIES: &[(&str, &str)] = &[
    ("&amp;", "&"),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&quot;", "\""),
    ("&#39;", "'"),
    ("&apos;", "'"),
    ("&nbsp;", "\u{a0}"),
];

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C')
}

/// A byte that belongs to a word for emphasis rules: ASCII alphanumerics and any byte of a
/// non-ASCII character (letters with diacritics, mostly).
fn is_wordish(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Finds `](target)` closing a link whose text starts after `open`; returns the position of
/// `]` and the position after `)`.
fn find_link(bytes: &[u8], open: usize, end: usize) -> Option<(usize, usize)> {
    let text_end = end.min(open + 1 + MAX_LINK_TEXT);
    let close = open + 1 + memchr::memchr(b']', &bytes[open + 1..text_end])?;
    if bytes.get(close + 1) != Some(&b'(') || close + 2 > end {
        return None;
    }
    // Targets may hold balanced parentheses (`wiki/Foo_(bar)`).
    let target_end = end.min(close + 2 + MAX_LINK_TARGET);
    let mut depth = 1u32;
    for (k, &b) in bytes[close + 2..target_end].iter().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((close, close + 2 + k + 1));
                }
            }
            b'\n' => return None,
            _ => {}
        }
    }
    None
}

/// An autolink `<https://...>` or `<name@host>`: returns the position of `>`.
fn autolink(bytes: &[u8], open: usize, end: usize) -> Option<usize> {
    let limit = end.min(open + 1 + MAX_LINK_TARGET);
    let close = open + 1 + memchr::memchr(b'>', &bytes[open + 1..limit])?;
    let inside = &bytes[open + 1..close];
    let is_uri = inside
        .windows(3)
        .position(|w| w == b"://")
        .is_some_and(|k| k > 0 && inside[..k].iter().all(u8::is_ascii_alphabetic))
        || inside.starts_with(b"mailto:")
        || (inside.contains(&b'@') && inside.contains(&b'.'));
    (is_uri && !inside.iter().any(|b| b.is_ascii_whitespace() || *b == b'<')).then_some(close)
}

/// Appends the reader-visible text of `input[range]` to `out`: links become their words,
/// backslash escapes their character, emphasis markers go, HTML entities become their
/// character, and every run of white space (line breaks included) becomes one space.
/// `range` must not start or end with white space.
pub(crate) fn reduce(out: &mut AlignedTextBuilder<'_>, range: Range<usize>) {
    let bytes = out.input().as_bytes();
    let (start, end) = (range.start, range.end);
    let mut i = start;
    let mut run = start; // start of the bytes not yet appended
    let mut link_close = usize::MAX; // the `]` of the link being read
    let mut link_after = 0;
    static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("  "));
    let special = if DOUBLE_SPACE.find(&bytes[start..end]).is_some() {
        &SPECIAL_WITH_SPACE
    } else {
        &SPECIAL
    };
    while i < end {
        let b = bytes[i];
        if !special[b as usize] {
            i += 1;
            continue;
        }
        match b {
            b' ' if i + 1 >= end || !is_ws(bytes[i + 1]) => i += 1,
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C' => {
                // The run may have begun with spaces already passed over.
                let mut ws = i;
                while ws > run && bytes[ws - 1] == b' ' {
                    ws -= 1;
                }
                let mut j = i + 1;
                while j < end && is_ws(bytes[j]) {
                    j += 1;
                }
                out.copy(run..ws);
                out.replace(ws..j, " ");
                run = j;
                i = j;
            }
            b'\\' => {
                if i + 1 < end && bytes[i + 1].is_ascii_punctuation() {
                    out.copy(run..i);
                    run = i + 1;
                    i += 2;
                } else {
                    i += 1;
                }
            }
            b'[' | b'!' => {
                let open = if b == b'!' { i + 1 } else { i };
                let link = (link_close == usize::MAX && bytes.get(open) == Some(&b'['))
                    .then(|| find_link(bytes, open, end))
                    .flatten();
                match link {
                    Some((close, after)) => {
                        out.copy(run..i);
                        run = open + 1;
                        i = open + 1;
                        link_close = close;
                        link_after = after;
                    }
                    None => i += 1,
                }
            }
            b']' => {
                if i == link_close {
                    out.copy(run..i);
                    run = link_after;
                    i = link_after;
                    link_close = usize::MAX;
                } else {
                    i += 1;
                }
            }
            b'*' | b'_' | b'`' => {
                let mut j = i + 1;
                while j < end && bytes[j] == b {
                    j += 1;
                }
                let before = if i > start { bytes[i - 1] } else { b' ' };
                let after = if j < end { bytes[j] } else { b' ' };
                let flanking = !is_ws(before) || !is_ws(after);
                let intraword = b == b'_' && is_wordish(before) && is_wordish(after);
                if flanking && !intraword {
                    out.copy(run..i);
                    run = j;
                }
                i = j;
            }
            b'<' => match autolink(bytes, i, end) {
                Some(close) => {
                    out.copy(run..i);
                    out.copy(i + 1..close);
                    run = close + 1;
                    i = close + 1;
                }
                None => i += 1,
            },
            b'&' => {
                let rest = &bytes[i..end];
                match ENTITIES
                    .iter()
                    .find(|(name, _)| rest.starts_with(name.as_bytes()))
                {
                    Some((name, with)) => {
                        out.copy(run..i);
                        out.replace(i..i + name.len(), with);
                        i += name.len();
                        run = i;
                    }
                    None => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    out.copy(run..end);
}

/// The reader-visible text of `input[range]`, for metadata such as the title.
pub(crate) fn visible(input: &str, range: Range<usize>) -> String {
    let mut b = gloss_align::AlignedText::builder(input);
    reduce(&mut b, range);
    b.finish().into_parts().0
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASES: &[(&str, &str)] = &[
        ("plain words stay", "plain words stay"),
        (
            "[view of Latin America](#)—namely",
            "view of Latin America—namely",
        ),
        ("a [b](http://x.org/a_(b)) c", "a b c"),
        ("two [a](#) and [b](#c) links", "two a and b links"),
        ("[*emphasis* in link](#)", "emphasis in link"),
        ("![a chart](img.png) here", "a chart here"),
        ("not [a link] here", "not [a link] here"),
        ("half [open", "half [open"),
        (
            "\\$552 billion \\(and Canada\\)",
            "$552 billion (and Canada)",
        ),
        ("a \\* b \\_c\\_ \\# \\[x\\]", "a * b _c_ # [x]"),
        ("back\\slash stays", "back\\slash stays"),
        (
            "*soft* and **hard** and _u_ and __uu__",
            "soft and hard and u and uu",
        ),
        (
            "snake_case and file_name_here",
            "snake_case and file_name_here",
        ),
        ("5 * 3 = 15", "5 * 3 = 15"),
        ("`code` span", "code span"),
        ("many   spaces\tand\ttabs", "many spaces and tabs"),
        ("soft\nline\r\n  break", "soft line break"),
        ("trailing  \n  spaces \t tab", "trailing spaces tab"),
        ("one space\nthen break", "one space then break"),
        ("AT&amp;T &lt;b&gt; &copy;", "AT&T <b> &copy;"),
        ("Łódź *Kraków* — “quoted”", "Łódź Kraków — “quoted”"),
        ("Wow! Really", "Wow! Really"),
        (
            "see <https://gob.mx/a> or <info@gob.mx>.",
            "see https://gob.mx/a or info@gob.mx.",
        ),
        ("a <b> tag and 3 < 4 > 2", "a <b> tag and 3 < 4 > 2"),
    ];

    #[test]
    fn reduces_inline_markdown() {
        for (input, expected) in CASES {
            assert_eq!(
                visible(input, 0..input.len()),
                *expected,
                "input: {input:?}"
            );
        }
    }

    #[test]
    fn every_copied_piece_is_input_text() {
        for (input, _) in CASES {
            let mut b = gloss_align::AlignedText::builder(input);
            reduce(&mut b, 0..input.len());
            let a = b.finish();
            for p in a.pieces().iter().filter(|p| p.copied) {
                assert_eq!(&a.text()[p.clean.range()], &input[p.input()]);
            }
        }
    }
}
