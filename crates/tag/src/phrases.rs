//! Whole-word phrase matching, shared by every lexicon stage (names here, stance cues later).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, PatternID};
use gloss_lexicon::CasePolicy;

/// The automaton could not be built.
#[derive(Debug, thiserror::Error)]
#[error("cannot compile the lexicons: {0}")]
pub struct BuildError(#[from] aho_corasick::BuildError);

/// How many phrases ending at different places along one walk are kept (a name rarely has
/// more than a few shorter names as prefixes: "Bank", "Bank of Mexico").
const MAX_CANDIDATES: usize = 16;

/// A set of phrases compiled for whole-word, leftmost-longest matching from word starts.
///
/// Every phrase is compiled with its variants (a capital first letter for a lower-case phrase
/// under [`CasePolicy::AsWritten`]; straight and typographic apostrophes) into one
/// leftmost-longest Aho-Corasick automaton, a contiguous NFA. Matching walks the automaton
/// anchored at a word start, and only from words that begin some phrase (a 32 KiB Bloom filter
/// of first words), so most words cost one hash and two bit tests; a walk starts after its
/// first word, from the state a table of first words keeps for it.
#[derive(Clone, Debug)]
pub struct Phrases {
    automaton: NFA,
    first_words: FirstWords,
    /// Where a walk stands after its first word, so it starts there.
    after_first_word: FirstWordStates,
    /// Automaton pattern index -> index of the phrase it is a variant of.
    variant_phrase: Vec<u32>,
}

impl Phrases {
    /// Compiles `phrases`, each with its case policy; matches report a phrase by its index in
    /// this sequence.
    pub fn new<'a>(
        phrases: impl IntoIterator<Item = (&'a str, CasePolicy)>,
    ) -> Result<Phrases, BuildError> {
        let mut patterns = Vec::new();
        let mut variant_phrase = Vec::new();
        for (index, (phrase, case)) in phrases.into_iter().enumerate() {
            for v in variants(phrase, case) {
                patterns.push(v);
                variant_phrase.push(index as u32);
            }
        }
        let automaton = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)?;
        // An NFA built with default options supports anchored searches, so this cannot fail.
        let start = automaton
            .start_state(Anchored::Yes)
            .expect("anchored searches are supported");
        let mut first_words = FirstWords::new();
        let mut after_first_word = FirstWordStates::default();
        for p in &patterns {
            let end = p
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(p.len(), |(i, _)| i);
            let word = &p.as_bytes()[..end];
            let hash = word_hash(word);
            first_words.insert(hash);
            // (A prefix of a pattern, so the walk never dies.)
            let state = word
                .iter()
                .fold(start, |sid, &b| automaton.next_state(Anchored::Yes, sid, b));
            let phrase = full_length_match(&automaton, state, word.len())
                .map(|pattern| variant_phrase[pattern.as_usize()]);
            after_first_word.insert(word, hash, AfterFirstWord { state, phrase });
        }
        Ok(Phrases {
            automaton,
            first_words,
            after_first_word,
            variant_phrase,
        })
    }

    /// Number of compiled variants.
    pub fn variants(&self) -> usize {
        self.variant_phrase.len()
    }

    /// Heap memory used by the automaton, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
            + self.first_words.bits.len() * 8
            + self.after_first_word.memory_usage()
    }

    /// The longest phrase that starts at the word `word` of `text` and ends at a word end, as
    /// (end, phrase index). `word` must be a word as [`Words`] gives it.
    #[inline]
    pub fn at(&self, text: &str, word: Word) -> Option<(usize, usize)> {
        if !self.first_words.contains(word.hash) {
            return None;
        }
        // A phrase standing as whole words starts with a whole first word, so a word that
        // begins none (a false positive of the filter) starts no match.
        let first = &text.as_bytes()[word.start..word.end];
        let after = self.after_first_word.get(first, word.hash)?;
        self.longest_at(text, word.start, word.end, after)
    }

    /// Every match in `text`, in order, not overlapping: (start, end, phrase index).
    pub fn find_iter<'p, 't>(
        &'p self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + use<'p, 't> {
        let mut words = Words::new(text);
        std::iter::from_fn(move || {
            while let Some(word) = words.next() {
                if let Some((end, phrase)) = self.at(text, word) {
                    words.skip_to(end);
                    return Some((word.start, end, phrase));
                }
            }
            None
        })
    }

    /// One walk of the automaton from `start`, resumed after the first word (which ends at
    /// `resume`), noting every phrase that ends along the way: the longest that ends at a word
    /// end wins, among the last [`MAX_CANDIDATES`] found.
    fn longest_at(
        &self,
        text: &str,
        start: usize,
        resume: usize,
        after: AfterFirstWord,
    ) -> Option<(usize, usize)> {
        if text[..start].chars().next_back().is_some_and(is_word_char) {
            return None;
        }
        // Phrases that end inside the first word are passed over: they end at no word end,
        // and they are found before any other, so they never push one out of the window.
        let mut found = 0;
        // (end, phrase, how many were found before it) of the last phrase at a word end.
        let mut best: Option<(usize, u32, usize)> = None;
        if let Some(phrase) = after.phrase {
            if ends_a_word(text, resume) {
                best = Some((resume, phrase, found));
            }
            found += 1;
        }
        let mut sid = after.state;
        for (i, &b) in text.as_bytes().iter().enumerate().skip(resume) {
            sid = self.automaton.next_state(Anchored::Yes, sid, b);
            if self.automaton.is_special(sid) {
                if self.automaton.is_dead(sid) {
                    break;
                }
                if let Some(pattern) = full_length_match(&self.automaton, sid, i + 1 - start) {
                    if ends_a_word(text, i + 1) {
                        best = Some((i + 1, self.variant_phrase[pattern.as_usize()], found));
                    }
                    found += 1;
                }
            }
        }
        best.filter(|&(_, _, before)| before + MAX_CANDIDATES >= found)
            .map(|(end, phrase, _)| (end, phrase as usize))
    }
}

/// The pattern of length `len` that ends at state `sid`. A state also reports the patterns
/// that end at it by failure links: those that start later in the walk ("he" inside "The").
/// Only one of the whole length walked started where the walk did.
fn full_length_match(automaton: &NFA, sid: StateID, len: usize) -> Option<PatternID> {
    if !automaton.is_match(sid) {
        return None;
    }
    (0..automaton.match_len(sid))
        .map(|k| automaton.match_pattern(sid, k))
        .find(|&pattern| automaton.pattern_len(pattern) == len)
}

/// The word before byte `start` of `text`, skipping an article ("in the Hague" -> "in");
/// empty at the start of the text.
pub fn word_before(text: &str, start: usize) -> &str {
    let mut words = text[..start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    match words.next() {
        Some("the") => words.next().unwrap_or(""),
        Some(w) => w,
        None => "",
    }
}

/// A word of a text: a maximal run of letters and digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after its last character.
    pub end: usize,
    /// A hash of its bytes, for cheap membership tests.
    pub hash: u64,
}

/// The words of a text, in order (letters and digits by Unicode; anything else separates).
#[derive(Clone, Debug)]
pub struct Words<'t> {
    text: &'t str,
    /// Invariant: the character before `at` is not a letter or digit.
    at: usize,
}

impl<'t> Words<'t> {
    /// The words of `text`.
    pub fn new(text: &'t str) -> Words<'t> {
        Words { text, at: 0 }
    }

    /// Goes on from `at`, which must be a word end (or the text's end).
    pub fn skip_to(&mut self, at: usize) {
        self.at = at;
    }
}

impl Iterator for Words<'_> {
    type Item = Word;

    #[inline]
    fn next(&mut self) -> Option<Word> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        // Most bytes are ASCII: one table lookup each; only the bytes of a multi-byte character
        // need it decoded.
        let start = loop {
            let Some(&b) = bytes.get(i) else {
                self.at = bytes.len();
                return None;
            };
            match BYTE_CLASS[usize::from(b)] {
                ByteClass::Word => break i,
                ByteClass::Other => i += 1,
                ByteClass::Wide => match wide_char(self.text, i) {
                    (true, _) => break i,
                    (false, len) => i += len,
                },
            }
        };
        let mut end = start;
        while let Some(&b) = bytes.get(end) {
            match BYTE_CLASS[usize::from(b)] {
                ByteClass::Word => end += 1,
                ByteClass::Other => break,
                ByteClass::Wide => match wide_char(self.text, end) {
                    (true, len) => end += len,
                    (false, _) => break,
                },
            }
        }
        self.at = end;
        Some(Word {
            start,
            end,
            hash: word_hash_at(bytes, start, end),
        })
    }
}

fn push_unique(variants: &mut Vec<String>, v: String) {
    if !variants.contains(&v) {
        variants.push(v);
    }
}

/// The ways an entry may be written.
fn variants(pattern: &str, case: CasePolicy) -> Vec<String> {
    let mut out = vec![pattern.to_string()];
    if case == CasePolicy::AsWritten {
        let mut chars = pattern.chars();
        if let Some(first) = chars.next().filter(|c| c.is_lowercase()) {
            push_unique(&mut out, first.to_uppercase().chain(chars).collect());
        }
    }
    // Typographic and straight apostrophes are the same to a reader.
    for v in out.clone() {
        if v.contains('\'') {
            push_unique(&mut out, v.replace('\'', "’"));
        } else if v.contains('’') {
            push_unique(&mut out, v.replace('’', "'"));
        }
    }
    out
}

/// What a byte says about the character it begins.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// An ASCII letter or digit.
    Word,
    /// Any other ASCII character.
    Other,
    /// A byte of a multi-byte character: decode it to know.
    Wide,
}

const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Wide; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            ByteClass::Word
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    table
};

/// Whether the multi-byte character at `i` is a letter or digit, and its length.
fn wide_char(text: &str, i: usize) -> (bool, usize) {
    let c = text[i..].chars().next().unwrap_or(' ');
    (is_word_char(c), c.len_utf8())
}

/// A hash of a word from its first eight bytes and its length: one load and one multiply.
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    let mut head = [0u8; 8];
    let n = word.len().min(8);
    head[..n].copy_from_slice(&word[..n]);
    mix(u64::from_le_bytes(head), word.len())
}

/// [`word_hash`] of `bytes[start..end]`, from one load of eight bytes where the text is that
/// long (a copy of the word's first bytes otherwise).
#[inline]
fn word_hash_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    match bytes[start..].first_chunk::<8>() {
        Some(head) => {
            let keep = if len >= 8 {
                u64::MAX
            } else {
                (1 << (8 * len)) - 1
            };
            mix(u64::from_le_bytes(*head) & keep, len)
        }
        None => word_hash(&bytes[start..end]),
    }
}

/// The hash of a word's first eight bytes (zero-padded, little-endian) and its length.
#[inline]
fn mix(head: u64, len: usize) -> u64 {
    (head ^ ((len as u64) << 56)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A Bloom filter of first words: 2^18 bits (32 KiB, so it stays in cache), two probes.
#[derive(Clone, Debug)]
struct FirstWords {
    bits: Box<[u64]>,
}

impl FirstWords {
    const BITS: u32 = 18;

    fn new() -> FirstWords {
        FirstWords {
            bits: vec![0; 1 << (Self::BITS - 6)].into_boxed_slice(),
        }
    }

    fn probes(hash: u64) -> [usize; 2] {
        // The high bits of a multiplicative hash are the well-mixed ones.
        let mask = (1 << Self::BITS) - 1;
        [
            ((hash >> 46) & mask) as usize,
            ((hash >> 20) & mask) as usize,
        ]
    }

    fn insert(&mut self, hash: u64) {
        for bit in Self::probes(hash) {
            self.bits[bit >> 6] |= 1 << (bit & 63);
        }
    }

    #[inline]
    fn contains(&self, hash: u64) -> bool {
        Self::probes(hash)
            .iter()
            .all(|&bit| self.bits[bit >> 6] & (1 << (bit & 63)) != 0)
    }
}

/// Where a walk stands after its first word: the state it reached and the phrase that is that
/// word alone, if any.
#[derive(Clone, Copy, Debug)]
struct AfterFirstWord {
    state: StateID,
    phrase: Option<u32>,
}

/// The first words of the phrases, each with where a walk from the anchored start stands
/// after it: a hash table (open addressing, at most half full) keyed by the word's
/// hash, holding the word to confirm it.
#[derive(Clone, Debug, Default)]
struct FirstWordStates {
    /// A power of two in length.
    slots: Box<[Option<FirstWordState>]>,
    len: usize,
    /// The words, one after the other.
    words: Vec<u8>,
}

#[derive(Clone, Copy, Debug)]
struct FirstWordState {
    hash: u64,
    /// The word: `words[at..at + len]`.
    at: u32,
    len: u32,
    after: AfterFirstWord,
}

impl FirstWordStates {
    fn insert(&mut self, word: &[u8], hash: u64, after: AfterFirstWord) {
        if self.get(word, hash).is_some() {
            return;
        }
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let entry = FirstWordState {
            hash,
            at: self.words.len() as u32,
            len: word.len() as u32,
            after,
        };
        self.words.extend_from_slice(word);
        self.place(entry);
        self.len += 1;
    }

    fn grow(&mut self) {
        let slots = vec![None; (2 * self.slots.len()).max(64)].into_boxed_slice();
        let old = std::mem::replace(&mut self.slots, slots);
        for entry in old.iter().flatten() {
            self.place(*entry);
        }
    }

    fn place(&mut self, entry: FirstWordState) {
        let mask = self.slots.len() - 1;
        let mut i = Self::home(entry.hash, mask);
        while self.slots[i].is_some() {
            i = (i + 1) & mask;
        }
        self.slots[i] = Some(entry);
    }

    /// Where a walk stands after `word` (whose hash is `hash`), if it is a first word.
    #[inline]
    fn get(&self, word: &[u8], hash: u64) -> Option<AfterFirstWord> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = Self::home(hash, mask);
        while let Some(entry) = self.slots[i] {
            let at = entry.at as usize;
            if entry.hash == hash && self.words.get(at..at + entry.len as usize) == Some(word) {
                return Some(entry.after);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The first slot to probe: the high bits of a multiplicative hash are the well-mixed ones.
    fn home(hash: u64, mask: usize) -> usize {
        (hash >> 32) as usize & mask
    }

    fn memory_usage(&self) -> usize {
        self.slots.len() * std::mem::size_of::<Option<FirstWordState>>() + self.words.capacity()
    }
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a phrase ending at `end` ends a word (and is not a currency prefix such as the `US`
/// of `US$3 billion`).
fn ends_a_word(text: &str, end: usize) -> bool {
    let after = text[end..].chars().next();
    !after.is_some_and(|c| is_word_char(c) || c == '$')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_cover_case_and_apostrophes() {
        assert_eq!(
            variants("left-wing", CasePolicy::AsWritten),
            ["left-wing", "Left-wing"]
        );
        assert_eq!(variants("US", CasePolicy::Exact), ["US"]);
        assert_eq!(
            variants("People's Republic", CasePolicy::AsWritten),
            ["People's Republic", "People’s Republic"]
        );
        assert_eq!(
            variants("d'Ivoire", CasePolicy::AsWritten),
            ["d'Ivoire", "D'Ivoire", "d’Ivoire", "D’Ivoire"]
        );
    }

    #[test]
    fn word_ends_are_unicode() {
        let t = "Bogotá,Łódź US-led thus US$";
        let end = |w: &str| t.find(w).unwrap() + w.len();
        assert!(ends_a_word(t, end("Bogotá")));
        assert!(
            !ends_a_word(t, "Bogot".len()),
            "a letter with a diacritic continues the word"
        );
        assert!(ends_a_word(t, end("Łódź")));
        assert!(ends_a_word(t, end("US")), "a hyphen ends a word");
        assert!(!ends_a_word(t, end("th")), "inside thus");
        assert!(!ends_a_word(t, end("US$") - 1), "a currency prefix");
    }

    #[test]
    fn words_are_unicode_runs_and_skip_resumes() {
        let text = "Łódź, US-led 3bn";
        let mut words = Words::new(text);
        let w: Vec<&str> = words.by_ref().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(w, ["Łódź", "US", "led", "3bn"]);
        let mut words = Words::new(text);
        words.skip_to(text.find('-').unwrap());
        assert_eq!(words.next().map(|w| &text[w.start..w.end]), Some("led"));
    }

    #[test]
    fn find_iter_takes_the_longest_whole_word_phrase() {
        let phrases = Phrases::new([
            ("did not", CasePolicy::AsWritten),
            ("did not retaliate", CasePolicy::AsWritten),
            ("may", CasePolicy::Exact),
        ])
        .unwrap();
        let text = "They did not retaliate in May; they may. Didn’t? Did notice.";
        let found: Vec<(&str, usize)> = phrases
            .find_iter(text)
            .map(|(s, e, p)| (&text[s..e], p))
            .collect();
        assert_eq!(found, [("did not retaliate", 1), ("may", 2)]);
    }

    #[test]
    fn a_phrase_inside_a_longer_walk_is_not_taken_for_one_at_its_start() {
        // Walking "The" (a prefix of "The president") passes the state where "he" ends.
        let phrases = Phrases::new([
            ("he", CasePolicy::AsWritten),
            ("the president", CasePolicy::AsWritten),
            ("Gulf of Aden", CasePolicy::Exact),
            ("Mexico", CasePolicy::Exact),
        ])
        .unwrap();
        let text = "The sanctions hit the Gulf of Mexico; he left.";
        let found: Vec<&str> = phrases
            .find_iter(text)
            .map(|(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(found, ["Mexico", "he"]);
    }
}
