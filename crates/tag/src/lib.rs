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

mod phrases;

use gloss_doc::{Entity, Label, Span};
pub use gloss_lexicon::{CasePolicy, Lexicon};
use phrases::{is_word_char, word_hash};
pub use phrases::{word_before, BuildError, Phrases, Word, Words};

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
    /// Every alias, in lexicon entry order.
    phrases: Phrases,
    /// Lexicon entry -> target index.
    entry_target: Vec<u32>,
    targets: Vec<Target>,
    /// Target indices sorted by id, one per id.
    ids: Vec<u32>,
}

/// Suffixes of a full name that are not its surname.
const NAME_SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"];

impl Tagger {
    /// Compiles `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Result<Tagger, BuildError> {
        let mut entry_target = Vec::with_capacity(lexicon.entries().len());
        let mut targets: Vec<Target> = Vec::with_capacity(lexicon.entries().len());
        for entry in lexicon.entries() {
            // Aliases of one thing share a target.
            let same = targets.last().is_some_and(|t| {
                t.label == entry.label
                    && *t.id == *entry.id
                    && t.place.as_deref() == entry.place.as_deref()
            });
            if !same {
                targets.push(Target {
                    label: entry.label,
                    id: entry.id.as_str().into(),
                    place: entry.place.as_deref().map(Into::into),
                });
            }
            entry_target.push(targets.len() as u32 - 1);
        }
        let phrases = Phrases::new(
            lexicon
                .entries()
                .iter()
                .map(|e| (e.pattern.as_str(), e.case)),
        )?;
        let mut ids: Vec<u32> = (0..targets.len() as u32).collect();
        ids.sort_by(|&a, &b| targets[a as usize].id.cmp(&targets[b as usize].id));
        ids.dedup_by(|a, b| targets[*a as usize].id == targets[*b as usize].id);
        Ok(Tagger {
            phrases,
            entry_target,
            targets,
            ids,
        })
    }

    /// The lexicons' own copy of the canonical id `id`, if some entry has it: a check that an id
    /// given from outside (`--actor mexico`) names something gloss knows.
    pub fn id(&self, id: &str) -> Option<&str> {
        self.ids
            .binary_search_by(|&t| (*self.targets[t as usize].id).cmp(id))
            .ok()
            .map(|i| &*self.targets[self.ids[i] as usize].id)
    }

    /// Number of aliases compiled (entries and their variants).
    pub fn aliases(&self) -> usize {
        self.phrases.variants()
    }

    /// Heap memory used by the automaton, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.phrases.memory_usage()
    }

    /// The names in `text`, in order, not overlapping.
    pub fn tag<'t>(&'t self, text: &str) -> Vec<Entity<'t>> {
        let mut out: Vec<Entity<'t>> = Vec::new();
        let mut surnames = Surnames::new();
        let mut words = Words::new(text);
        while let Some(word) = words.next() {
            if let Some((end, entry)) = self.phrases.at(text, word) {
                let t = &self.targets[self.entry_target[entry] as usize];
                let id = match &t.place {
                    Some(place) if LOCATIVE.contains(&word_before(text, word.start)) => place,
                    _ => &t.id,
                };
                let entity = Entity {
                    span: Span::from_usize(word.start, end),
                    label: t.label,
                    id: Some(id),
                };
                if entity.label == Label::Person {
                    surnames.learn(text, entity);
                }
                out.push(entity);
                words.skip_to(end); // a name ends where a word does
                continue;
            }
            let span = Span::from_usize(word.start, word.end);
            if let Some(person) = surnames.find(text, word.hash, span) {
                out.push(Entity { span, ..person });
            }
        }
        out
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

    /// A tagger over the lexicon lines `jsonl` alone.
    fn tagger(jsonl: &str) -> Tagger {
        let mut lexicon = Lexicon::builder();
        lexicon.bundled(false).add_str("t.jsonl", jsonl);
        Tagger::new(&lexicon.build().unwrap()).unwrap()
    }

    #[test]
    fn one_letter_and_edge_aliases_are_found() {
        let tagger = tagger("{\"label\": \"ORG\", \"pattern\": \"X\", \"id\": \"x\", \"case\": \"exact\"}\n{\"label\": \"GPE\", \"pattern\": \"Chad\", \"id\": \"chad\"}");
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
        let tagger = tagger("{\"label\": \"GPE\", \"pattern\": \"Beijing\", \"id\": \"china\", \"place\": \"beijing\"}");
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
    fn known_ids_are_found_and_others_not() {
        let tagger = tagger("{\"label\": \"GPE\", \"pattern\": \"Mexico\", \"id\": \"mexico\"}\n{\"label\": \"GPE\", \"pattern\": \"United Mexican States\", \"id\": \"mexico\"}\n{\"label\": \"GPE\", \"pattern\": \"US\", \"id\": \"united-states\", \"case\": \"exact\"}");
        assert_eq!(tagger.id("mexico"), Some("mexico"));
        assert_eq!(tagger.id("united-states"), Some("united-states"));
        assert_eq!(tagger.id("mexcio"), None);
    }

    #[test]
    fn tagger_is_shared_across_threads() {
        fn check<T: Send + Sync>() {}
        check::<Tagger>();
    }
}
