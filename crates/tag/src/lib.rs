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

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use gloss_doc::{Entity, Label, Span};
pub use gloss_lexicon::{CasePolicy, Lexicon};

/// The automaton could not be built.
#[derive(Debug, thiserror::Error)]
#[error("cannot compile the lexicons: {0}")]
pub struct BuildError(#[from] aho_corasick::BuildError);

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
    /// Anchored: names start only at word starts, so the automaton runs only there.
    automaton: AhoCorasick,
    /// The first two bytes of every alias, as a bit set indexed by `b0 << 8 | b1`: word starts
    /// that begin no alias are skipped without running the automaton.
    prefixes: Box<[u64; 1024]>,
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

/// The first two bytes at `i` (a lone last byte pairs with 0), as a 16-bit key.
fn prefix_key(bytes: &[u8], i: usize) -> usize {
    (usize::from(bytes[i]) << 8) | usize::from(bytes.get(i + 1).copied().unwrap_or(0))
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
        let mut prefixes = Box::new([0u64; 1024]);
        for p in &patterns {
            let bytes = p.as_bytes();
            // A one-byte alias may be followed by any byte.
            let seconds = if bytes.len() == 1 {
                0..=255
            } else {
                bytes[1]..=bytes[1]
            };
            for second in seconds {
                let key = (usize::from(bytes[0]) << 8) | usize::from(second);
                prefixes[key >> 6] |= 1 << (key & 63);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)?;
        Ok(Tagger {
            automaton,
            prefixes,
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

    fn target(&self, pattern: aho_corasick::PatternID) -> &Target {
        &self.targets[self.variant_target[pattern.as_usize()] as usize]
    }

    /// The names in `text`, in order, not overlapping.
    pub fn tag<'t>(&'t self, text: &str) -> Vec<Entity<'t>> {
        let mut out: Vec<Entity<'t>> = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut after_word = false; // whether the character before `i` is a letter or digit
        while i < bytes.len() {
            let b = bytes[i];
            let (is_word, len) = if b < 0x80 {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (is_word_char(c), c.len_utf8())
            };
            let key = prefix_key(bytes, i);
            if !after_word && self.prefixes[key >> 6] & (1 << (key & 63)) != 0 {
                if let Some((end, pattern)) = self.longest_at(text, i) {
                    let t = self.target(pattern);
                    let id = match &t.place {
                        Some(place) if LOCATIVE.contains(&word_before(text, i)) => place,
                        _ => &t.id,
                    };
                    out.push(Entity {
                        span: Span::from_usize(i, end),
                        label: t.label,
                        id: Some(id),
                    });
                    after_word = text[..end].chars().next_back().is_some_and(is_word_char);
                    i = end;
                    continue;
                }
            }
            after_word = is_word;
            i += len;
        }
        self.add_surnames(text, &mut out);
        out
    }

    /// The longest alias starting at the word start `start` that ends at a word end, trying
    /// shorter ones when the longest does not.
    fn longest_at(&self, text: &str, start: usize) -> Option<(usize, aho_corasick::PatternID)> {
        let mut limit = text.len();
        loop {
            let m = self
                .automaton
                .find(Input::new(text).range(start..limit).anchored(Anchored::Yes))?;
            if bounded(text, start, m.end()) {
                return Some((m.end(), m.pattern()));
            }
            limit = m.end() - 1;
        }
    }

    /// Tags a surname standing alone after the full mention of its person.
    fn add_surnames<'t>(&'t self, text: &str, found: &mut Vec<Entity<'t>>) {
        let mut surnames: Vec<(&str, usize, Entity<'t>)> = Vec::new();
        for e in found.iter().filter(|e| e.label == Label::Person) {
            let name = e.span.slice(text);
            let mut words = name.split(' ').filter(|w| !NAME_SUFFIXES.contains(w));
            let last = words.next_back();
            if let (Some(surname), Some(_)) = (last, words.next_back()) {
                if surname.chars().next().is_some_and(char::is_uppercase)
                    && !surnames.iter().any(|(s, _, _)| *s == surname)
                {
                    surnames.push((surname, e.span.end as usize, *e));
                }
            }
        }
        if surnames.is_empty() {
            return;
        }
        let mut added = Vec::new();
        for (surname, after, person) in &surnames {
            for i in memchr::memmem::find_iter(&text.as_bytes()[*after..], surname.as_bytes()) {
                let (s, e) = (after + i, after + i + surname.len());
                let free = !found
                    .iter()
                    .chain(&added)
                    .any(|x: &Entity| (x.span.start as usize) < e && s < x.span.end as usize);
                if free && bounded(text, s, e) {
                    added.push(Entity {
                        span: Span::from_usize(s, e),
                        ..*person
                    });
                }
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|e| e.span.start);
        }
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
