//! Names in clean text: one Aho-Corasick automaton over every lexicon alias, with word, case
//! and surname rules.
//!
//! [`Tagger::new`] compiles a [`Lexicon`] once into a single leftmost-longest automaton over
//! every alias (and its case and apostrophe variants); [`Tagger::tag`] finds the names in a
//! clean text as [`Entity`]s with their OntoNotes label and canonical id. The rules:
//!
//! - **Longest name wins** ("Bank of Mexico" is one ORG, not "Mexico" inside it).
//! - **Whole words only**, by Unicode: a match must not touch a letter or digit on either side,
//!   so "US" is not found in "USMCA" or "thus", nor "Iran" in "Iranian". When the longest
//!   candidate fails this test, shorter ones at the same place are tried.
//! - **Case**: an entry matches as written ([`CasePolicy::Exact`]: acronyms, so "us" is never
//!   the US), or also with a capital first letter when written in lower case.
//! - **Possessives, titles, articles stay outside** because patterns hold names only:
//!   "Mexico's" gives "Mexico", "President Claudia Sheinbaum" gives "Claudia Sheinbaum".
//! - **Hyphenated pairs** give two names ("Mexico-US", "US-Mexican"): a hyphen is not a letter.
//! - **Surnames**: after a full PERSON mention, its surname alone refers to the same person
//!   ("Claudia Sheinbaum ... Sheinbaum said"). Entries marked `surname` in the lexicon
//!   ("Trump") match without a full mention.
//!
//! ```
//! use gloss_lexicon::Lexicon;
//! use gloss_tag::Tagger;
//! let mut lexicon = Lexicon::builder();
//! lexicon.bundled(false).add_str("t.jsonl", concat!(
//!     r#"{"label": "GPE", "pattern": "Mexico", "id": "mexico"}"#, "\n",
//!     r#"{"label": "GPE", "pattern": "US", "id": "united-states", "case": "exact"}"#, "\n",
//!     r#"{"label": "ORG", "pattern": "Bank of Mexico", "id": "bank-of-mexico"}"#, "\n",
//!     r#"{"label": "PERSON", "pattern": "Claudia Sheinbaum", "id": "claudia-sheinbaum"}"#, "\n",
//! ));
//! let tagger = Tagger::new(&lexicon.build().unwrap()).unwrap();
//! let text = "President Claudia Sheinbaum told the Bank of Mexico that Mexico-US trade thus matters to us. Sheinbaum's view.";
//! let found: Vec<(&str, &str)> = tagger.tag(text).iter().map(|e| (e.span.slice(text), e.id.unwrap())).collect();
//! assert_eq!(found, [("Claudia Sheinbaum", "claudia-sheinbaum"), ("Bank of Mexico", "bank-of-mexico"),
//!                    ("Mexico", "mexico"), ("US", "united-states"), ("Sheinbaum", "claudia-sheinbaum")]);
//! ```
//!
//! # Performance
//! The automaton is built once (see `benches/` for the build time with the bundled lexicons)
//! and shared read-only by every worker. Names start only at word starts, so tagging is one
//! byte scan for word starts whose first byte begins some alias, and an anchored automaton
//! search at each of those (most end after a byte or two); no allocation per token.
#![deny(missing_docs)]

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, PatternID};
use gloss_doc::{Entity, Label, Span};
pub use gloss_lexicon::{CasePolicy, Lexicon};

/// The automaton could not be built.
#[derive(Debug, thiserror::Error)]
#[error("cannot compile the lexicons: {0}")]
pub struct BuildError(#[from] aho_corasick::BuildError);

/// How many aliases ending at different places along one walk are kept (a name rarely has
/// more than a few shorter names as prefixes: "Bank", "Bank of Mexico").
const MAX_CANDIDATES: usize = 16;

/// What a matched alias stands for.
#[derive(Clone, Debug)]
struct Target {
    label: Label,
    id: Box<str>,
    /// For a capital standing for its government: the city's own id, used where the text
    /// speaks of the place ("talks in Beijing").
    place: Option<Box<str>>,
}

/// Words after which a capital is a place, not a government ("in", "travelled to").
const LOCATIVE: &[&str] = &[
    "in", "at", "from", "to", "into", "near", "outside", "around", "across", "via", "of",
    "visited", "visit", "visiting", "reached",
];

/// Tags names; build once, share across threads.
#[derive(Clone, Debug)]
pub struct Tagger {
    /// Walked from word starts only (names start at word starts), state by state.
    automaton: NFA,
    /// The anchored start state.
    start: StateID,
    /// The first words of every alias: words that begin no alias are skipped without walking
    /// the automaton (whose states are mostly not in cache).
    first_words: FirstWords,
    /// Automaton pattern index -> target index.
    variant_target: Vec<u32>,
    targets: Vec<Target>,
}

/// Suffixes of a full name that are not its surname.
const NAME_SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"];

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

/// Whether the character at `i` is a letter or digit, and its length.
#[inline]
fn char_class(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b.is_ascii_alphanumeric(), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (is_word_char(c), c.len_utf8())
    }
}

/// A hash of a word from its first eight bytes and its length: one load and one multiply.
fn word_hash(word: &[u8]) -> u64 {
    let mut head = [0u8; 8];
    let n = word.len().min(8);
    head[..n].copy_from_slice(&word[..n]);
    (u64::from_le_bytes(head) ^ ((word.len() as u64) << 56)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
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

    fn contains(&self, hash: u64) -> bool {
        Self::probes(hash)
            .iter()
            .all(|&bit| self.bits[bit >> 6] & (1 << (bit & 63)) != 0)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `text[start..end]` stands as whole words (and is not a currency prefix such as the
/// `US` of `US$3 billion`).
fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(|c| is_word_char(c) || c == '$')
}

/// The word before `start`, skipping an article ("in the Hague" -> "in").
fn word_before(text: &str, start: usize) -> &str {
    let mut words = text[..start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    match words.next() {
        Some("the") => words.next().unwrap_or(""),
        Some(w) => w,
        None => "",
    }
}

impl Tagger {
    /// Compiles `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Result<Tagger, BuildError> {
        let mut patterns = Vec::with_capacity(lexicon.entries().len() * 2);
        let mut variant_target = Vec::with_capacity(lexicon.entries().len() * 2);
        let mut targets = Vec::with_capacity(lexicon.entries().len());
        for entry in lexicon.entries() {
            let t = targets.len() as u32;
            targets.push(Target {
                label: entry.label,
                id: entry.id.as_str().into(),
                place: entry.place.as_deref().map(Into::into),
            });
            for v in variants(&entry.pattern, entry.case) {
                patterns.push(v);
                variant_target.push(t);
            }
        }
        let mut first_words = FirstWords::new();
        for p in &patterns {
            let end = p
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(p.len(), |(i, _)| i);
            first_words.insert(word_hash(&p.as_bytes()[..end]));
        }
        let automaton = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)?;
        // An NFA built with default options supports anchored searches, so this cannot fail.
        let start = automaton
            .start_state(Anchored::Yes)
            .expect("anchored searches are supported");
        Ok(Tagger {
            automaton,
            start,
            first_words,
            variant_target,
            targets,
        })
    }

    /// Number of aliases compiled (entries and their variants).
    pub fn aliases(&self) -> usize {
        self.variant_target.len()
    }

    /// Heap memory used by the automaton, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.automaton.memory_usage()
    }

    fn target(&self, pattern: PatternID) -> &Target {
        &self.targets[self.variant_target[pattern.as_usize()] as usize]
    }

    /// The names in `text`, in order, not overlapping.
    pub fn tag<'t>(&'t self, text: &str) -> Vec<Entity<'t>> {
        let mut out: Vec<Entity<'t>> = Vec::new();
        let mut surnames = Surnames::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        // Invariant: the character before `i` is not a letter or digit.
        while i < bytes.len() {
            let (word, mut len) = char_class(text, i);
            if !word {
                i += len;
                continue;
            }
            // Read the word to its end.
            let start = i;
            loop {
                i += len;
                if i >= bytes.len() {
                    break;
                }
                let (word, next) = char_class(text, i);
                if !word {
                    break;
                }
                len = next;
            }
            let hash = word_hash(&bytes[start..i]);
            if self.first_words.contains(hash) {
                if let Some((end, pattern)) = self.longest_at(text, start) {
                    let t = self.target(pattern);
                    let id = match &t.place {
                        Some(place) if LOCATIVE.contains(&word_before(text, start)) => place,
                        _ => &t.id,
                    };
                    let entity = Entity {
                        span: Span::from_usize(start, end),
                        label: t.label,
                        id: Some(id),
                    };
                    if entity.label == Label::Person {
                        surnames.learn(text, entity);
                    }
                    out.push(entity);
                    i = end; // a name ends where a word does
                    continue;
                }
            }
            let word = Span::from_usize(start, i);
            if let Some(person) = surnames.find(text, hash, word) {
                out.push(Entity {
                    span: word,
                    ..person
                });
            }
        }
        out
    }

    /// The longest alias starting at the word start `start` that ends at a word end: one walk
    /// of the automaton from `start`, noting every alias that ends along the way.
    fn longest_at(&self, text: &str, start: usize) -> Option<(usize, PatternID)> {
        let bytes = text.as_bytes();
        let mut ends = [(0usize, PatternID::ZERO); MAX_CANDIDATES];
        let mut found = 0;
        let mut sid = self.start;
        for (i, &b) in bytes.iter().enumerate().skip(start) {
            sid = self.automaton.next_state(Anchored::Yes, sid, b);
            if self.automaton.is_special(sid) {
                if self.automaton.is_dead(sid) {
                    break;
                }
                if self.automaton.is_match(sid) {
                    ends[found % MAX_CANDIDATES] = (i + 1, self.automaton.match_pattern(sid, 0));
                    found += 1;
                }
            }
        }
        (0..found.min(MAX_CANDIDATES))
            .rev()
            .map(|k| ends[(found - found.min(MAX_CANDIDATES) + k) % MAX_CANDIDATES])
            .find(|&(end, _)| bounded(text, start, end))
    }
}

/// Surnames of the people fully named so far in a text, to tag their later bare mentions.
struct Surnames<'t> {
    /// One bit per surname hash (its top six bits): most words are ruled out by one test.
    mask: u64,
    /// Hash of the surname, where it stands in the full mention, and the person.
    known: Vec<(u64, Span, Entity<'t>)>,
}

impl<'t> Surnames<'t> {
    fn new() -> Surnames<'t> {
        Surnames {
            mask: 0,
            known: Vec::new(),
        }
    }

    fn bit(hash: u64) -> u64 {
        1 << (hash >> 58)
    }

    /// Remembers the surname of a full PERSON mention ("Claudia Sheinbaum" -> "Sheinbaum"): its
    /// last word, suffixes such as "Jr." aside.
    fn learn(&mut self, text: &str, person: Entity<'t>) {
        let name = person.span.slice(text);
        let mut words = name.split(' ').filter(|w| !NAME_SUFFIXES.contains(w));
        let (Some(surname), Some(_)) = (words.next_back(), words.next_back()) else {
            return;
        };
        if !surname.chars().next().is_some_and(char::is_uppercase)
            || surname.contains(|c: char| !is_word_char(c))
        {
            return;
        }
        // `surname` is a slice of `name`, itself a slice of `text`.
        let start =
            person.span.start as usize + (surname.as_ptr() as usize - name.as_ptr() as usize);
        let span = Span::from_usize(start, start + surname.len());
        let hash = word_hash(surname.as_bytes());
        if !self
            .known
            .iter()
            .any(|(h, s, _)| *h == hash && s.slice(text) == surname)
        {
            self.mask |= Self::bit(hash);
            self.known.push((hash, span, person));
        }
    }

    /// The person whose surname is the word at `word`, if any.
    fn find(&self, text: &str, hash: u64, word: Span) -> Option<Entity<'t>> {
        if self.mask & Self::bit(hash) == 0 {
            return None;
        }
        let word = word.slice(text);
        self.known
            .iter()
            .find(|(h, s, _)| *h == hash && s.slice(text) == word)
            .map(|(_, _, p)| *p)
    }
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
    fn boundaries_are_unicode_words() {
        let t = "Bogotá,Łódź US-led thus US$";
        let at = |w: &str| t.find(w).unwrap();
        assert!(bounded(t, 0, "Bogotá".len()));
        assert!(
            !bounded(t, 0, "Bogot".len()),
            "a letter with a diacritic continues the word"
        );
        assert!(bounded(t, at("Łódź"), at("Łódź") + "Łódź".len()));
        assert!(bounded(t, at("US"), at("US") + 2), "a hyphen ends a word");
        assert!(!bounded(t, at("us"), at("us") + 2), "inside thus");
        assert!(!bounded(t, at("US$"), at("US$") + 2), "a currency prefix");
    }

    #[test]
    fn one_letter_and_edge_aliases_are_found() {
        let mut lexicon = Lexicon::builder();
        lexicon.bundled(false).add_str(
            "t.jsonl",
            "{\"label\": \"ORG\", \"pattern\": \"X\", \"id\": \"x\", \"case\": \"exact\"}\n{\"label\": \"GPE\", \"pattern\": \"Chad\", \"id\": \"chad\"}",
        );
        let tagger = Tagger::new(&lexicon.build().unwrap()).unwrap();
        let text = "X and Chad; Chadian X";
        let found: Vec<&str> = tagger
            .tag(text)
            .iter()
            .map(|e| e.span.slice(text))
            .collect();
        assert_eq!(found, ["X", "Chad", "X"]);
    }

    #[test]
    fn capitals_are_places_after_locative_words() {
        let mut lexicon = Lexicon::builder();
        lexicon.bundled(false).add_str(
            "t.jsonl",
            "{\"label\": \"GPE\", \"pattern\": \"Beijing\", \"id\": \"china\", \"place\": \"beijing\"}",
        );
        let tagger = Tagger::new(&lexicon.build().unwrap()).unwrap();
        for (text, id) in [
            ("Beijing retaliated.", "china"),
            ("Talks in Beijing ended.", "beijing"),
            ("She travelled to Beijing.", "beijing"),
            ("Officials from Beijing said no.", "beijing"),
            ("Vilnius and Beijing disagree.", "china"),
        ] {
            assert_eq!(tagger.tag(text)[0].id, Some(id), "{text}");
        }
    }

    #[test]
    fn tagger_is_shared_across_threads() {
        fn check<T: Send + Sync>() {}
        check::<Tagger>();
    }
}
