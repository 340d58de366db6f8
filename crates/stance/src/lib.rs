//! Stance: whether the weaker party of a bulletin cooperates with the stronger power pressing
//! it or resists it, per sentence and per document, with the cues that decided it.
//!
//! **Owns** the stance lexicons (`lexicons/stance/`: cues with polarity, CAMEO-like act and
//! weight; the words that refer back to a party; who speaks for which party; the stronger
//! powers) and the rules that read them. **Takes** a clean text with its sentences,
//! paragraphs and sections (from `gloss-segment`) and its names (from `gloss-tag`).
//! **Gives** a [`SentenceStance`] per sentence and a [`DocumentStance`] (SPEC "Stance").
//!
//! How a sentence is read (`lexicons/stance/README.md` explains it for analysts):
//! 1. **Cues** are matched with the same whole-word, leftmost-longest machinery as names
//!    ([`gloss_tag::Phrases`]); blockers (weight 0.1) only take words away from shorter cues.
//! 2. **Clauses**: contrast words (`but`, `however`, a weak `while` only between cues) and
//!    semicolons split a sentence into clauses that may disagree (`mixed`); commas and
//!    brackets also end the scope of a scope word.
//! 3. **Scope**: a negator cancels the next act cue within a few words ("did not reject"); a
//!    `flips` cue takes the next act cue as its complement and reverses it ("refrained from
//!    countermeasures" is cooperation); a reject or refuse cue takes a cooperation or pressure
//!    cue after it as its object ("rejected the deal" is one act of resistance); a hedge makes
//!    the rest of its clause a forecast, which counts for nothing.
//! 4. **Actor**: each act is attributed to its agent: a party named right before it ("US
//!    tariffs", "Mexico rejected"), else the subject of its clause or sentence, else of the
//!    sentence before. Persons, peoples and bodies speak for their party (`parties.tsv`, or a
//!    country named right before them); "she", "it" refer back; "the government", "the
//!    foreign ministry" are the weaker party's organs unless a party is named with them. An
//!    act aimed "with" a third party takes no stance, unless that party is the counterpart's
//!    rival (`rivals.tsv`): then cooperation is resistance (`balance`). Only the
//!    weaker party's acts take a stance; its acts of pressure are resistance; the stronger
//!    party's are reported as `pressure` cues and take none.
//! 5. **Label**: a side counts when its cue weights in one clause reach [`THRESHOLD`];
//!    one side gives its label, both give `mixed`.
//!
//! The parties are given ([`Parties`]) or found: the counterpart is the party whose pressure
//! the text reports most (ties broken by `powers.txt`), the actor the party named most among
//! the rest.
//!
//! ```
//! use gloss_doc::{Entity, Label, Span, StanceLabel};
//! use gloss_stance::{Input, Parties, Stance};
//! let stance = Stance::bundled().unwrap();
//! let text = "Mexico refrained from counter-tariffs.";
//! let mexico = Entity { span: Span::from_usize(0, 6), label: Label::Gpe, id: Some("mexico") };
//! let sentences = [Span::from_usize(0, text.len())];
//! let input = Input { text, paragraphs: &sentences, sentences: &sentences, sections: &[], entities: &[mexico] };
//! let (read, _document) = stance.read(&input, Parties { actor: Some("mexico"), counterpart: Some("united-states") });
//! assert_eq!(read[0].label, StanceLabel::Cooperation);
//! assert_eq!(read[0].cues[0].span.slice(text), "refrained from counter-tariffs");
//! ```
//!
//! # Performance
//! One automaton walk over the words of the text (as for names), then work per cue, not per
//! word; the stage allocates a few vectors per document, never per token.
#![deny(missing_docs)]

mod lexicon;

use gloss_doc::{
    ActCount, Cue, DocumentStance, Entity, Label, Polarity, Section, SentenceStance, Span,
    StanceLabel, StanceTally,
};
use gloss_lexicon::LexiconError;
use gloss_tag::{word_before, Phrases, Words};
use lexicon::{Kind, Layer, StanceLexicon};
use std::collections::HashMap;
use std::path::PathBuf;

/// A side counts for a sentence when the weights of its cues in one clause reach this.
pub const THRESHOLD: f32 = 0.5;
/// A scope word acts on an act cue at most this many words after it.
const WINDOW: usize = 6;
/// A party other than the actor, the counterpart and the powers acts beside the actor when
/// it is named this often (Greenland beside Denmark); a city named in passing does not.
const ALLY_MENTIONS: usize = 3;
/// A cue this strong, but under [`THRESHOLD`], counts as reaching it when the weaker party
/// is named right before it as its subject ("Lula met Trump").
const WEAK_CUE: f32 = 0.4;
/// Contrast words weaker than this ("while") split a sentence only between act cues.
const STRONG_CONTRAST: f32 = 0.5;
/// The weaker party's own pressure cues at least this strong read as resistance ("Canada
/// imposed tariffs"); weaker ones ("under pressure") are not its acts.
const OWN_PRESSURE: f32 = 0.6;
/// How many words may stand between an act and the counterpart named as its object.
const AIM_WINDOW: usize = 6;

/// Why the stance stage could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The stance lexicons have problems, each with its file and line.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// The cues could not be compiled.
    #[error(transparent)]
    Compile(#[from] gloss_tag::BuildError),
}

/// The parties of a document, when known beforehand (`--actor`, `--counterpart`); what is not
/// given is found in the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Parties<'a> {
    /// The weaker party, whose stance is read.
    pub actor: Option<&'a str>,
    /// The stronger party pressing it.
    pub counterpart: Option<&'a str>,
}

/// What the stage reads of a document.
#[derive(Clone, Copy, Debug)]
pub struct Input<'t, 'p> {
    /// The clean text.
    pub text: &'t str,
    /// Its paragraphs, in order.
    pub paragraphs: &'t [Span],
    /// Its sentences, in order.
    pub sentences: &'t [Span],
    /// Its sections, in order.
    pub sections: &'t [Section],
    /// Its names, in order.
    pub entities: &'t [Entity<'p>],
}

/// The stance stage: build once, share across threads.
#[derive(Clone, Debug)]
pub struct Stance {
    phrases: Phrases,
    lexicon: StanceLexicon,
    /// Power id -> rank (0 is the strongest).
    power_rank: HashMap<String, usize>,
}

/// A cue found in the text.
#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    cue: usize,
}

/// A reference to a party in a sentence: a name, or a word that refers back.
#[derive(Clone, Copy, Debug)]
struct Mention<'p> {
    start: usize,
    end: usize,
    party: Option<&'p str>,
    /// A person's name, or a word that refers back to a person ("she").
    person: bool,
    stands: Stands,
    /// Not after a preposition or a verb: it may be the subject of what follows.
    subject: bool,
    /// After a verb ("declared Ambassador Rasool"): an object, so not the agent of a cue that
    /// follows it.
    object: bool,
    /// A capital named as a place ("talks in Moscow"): it stands for its country, but does
    /// not count as naming it when the parties are found.
    place: bool,
    /// A person of no known party named with a title of office ("President Sauli
    /// Niinistö"), or named so before: an official of the weaker party.
    official: bool,
    /// A people named in the plural ("Greenlanders", "Canadians"): as a subject, the public,
    /// not its government.
    people: bool,
}

/// What a mention stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stands {
    /// A name: its party is what the name says, or unknown.
    Name,
    /// A word that refers back ("she", "the government").
    Back,
    /// Both parties acting together ("the two governments"): the actor's act.
    Both,
    /// Third parties ("its allies").
    Others,
    /// An organ of a state ("the foreign ministry"): the weaker party's, unless a party is
    /// named right before it ("Chinese officials") or after it ("the government in Ottawa").
    Organ,
}

impl Mention<'_> {
    /// A mention of nobody yet at `start..end`, with its place in the clause.
    fn at(text: &str, start: usize, end: usize) -> Mention<'static> {
        let before = word_before_titles(text, start);
        let object = is_verb_like(before);
        // ", and the government has since accepted": "and" after a comma or a dash opens a
        // clause.
        let opens_a_clause = matches!(before, "and" | "or") && {
            let head = text[..start].trim_end();
            let head = head.strip_suffix("the").unwrap_or(head).trim_end();
            head.strip_suffix(before)
                .is_some_and(|h| h.trim_end().ends_with([',', '–', '—']))
        };
        Mention {
            start,
            end,
            party: None,
            person: false,
            stands: Stands::Back,
            subject: opens_a_clause || (!object && !PREPOSITIONS.contains(&before)),
            object,
            place: false,
            official: false,
            people: false,
        }
    }
}

/// The word before `at`, skipping the words of a title ("of" and "for" too), articles and possessive
/// determiners ("declared Ambassador Ebrahim Rasool", "met their American counterparts" ->
/// "declared", "met"); empty at a sentence start.
fn word_before_titles(text: &str, at: usize) -> &str {
    // Not across the end of a sentence or a clause; five words are never far back.
    let mut window = at.saturating_sub(96);
    while !text.is_char_boundary(window) {
        window -= 1;
    }
    let mut words = ClauseWordsBack {
        text,
        floor: window,
        at,
    }
    .take(6)
    .peekable();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    while let Some(w) = words.next() {
        // "of" and "for" inside a title ("Secretary of State Marco Rubio") are the title's.
        let inside_a_title =
            matches!(w, "of" | "for") && words.peek().is_some_and(|w| capitalised(w));
        if !(capitalised(w) || DETERMINERS.contains(&w) || inside_a_title) {
            return w;
        }
    }
    ""
}

/// The words of `text[floor..at]` from the last back, up to the end of a sentence or a clause
/// (read one character at a time, so only as far back as the words asked for).
struct ClauseWordsBack<'t> {
    text: &'t str,
    /// A character boundary.
    floor: usize,
    /// A character boundary, not below `floor`.
    at: usize,
}

impl ClauseWordsBack<'_> {
    /// The character before `at`, unless `at` is at the floor.
    fn char_before(&self) -> Option<char> {
        if self.at <= self.floor {
            return None;
        }
        match self.text.as_bytes()[self.at - 1] {
            b if b.is_ascii() => Some(char::from(b)),
            _ => self.text[..self.at].chars().next_back(),
        }
    }
}

impl<'t> Iterator for ClauseWordsBack<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let end = loop {
            let c = self.char_before()?;
            if c.is_alphanumeric() {
                break self.at;
            }
            if matches!(c, '.' | '!' | '?' | ';' | ':' | '\n' | '(' | '“' | '"') {
                // The clause starts after it: no word before it is read.
                self.floor = self.at;
                return None;
            }
            self.at -= c.len_utf8();
        };
        while let Some(c) = self.char_before().filter(|c| c.is_alphanumeric()) {
            self.at -= c.len_utf8();
        }
        Some(&self.text[self.at..end])
    }
}

/// Verbs of state after a subject, each with the space that ends it: what follows speaks
/// about the subject rather than telling an act of it.
const STATE_VERBS: &[&str] = &[
    "is ",
    "are ",
    "remains ",
    "remain ",
    "rests ",
    "rest ",
    "carries ",
    "carry ",
    "has had ",
    "have had ",
    "had its ",
    "has its ",
    "have their ",
];

/// Articles and determiners: a name or a cue right after one is part of a noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "such",
];

/// Whether the word right before `at` is a lower-case word that qualifies what follows
/// ("the continental European network", "its Russian suppliers"), so that a name at `at` is
/// part of a noun phrase, not a subject. (Not for the words that refer back: in "the foreign
/// ministers", "foreign" is part of the reference.)
fn after_a_modifier(text: &str, at: usize) -> bool {
    const OPENERS: &[&str] = &[
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "when",
        "whereas",
        "although",
        "though",
        "because",
        "since",
        "if",
        "so",
        "then",
        "yet",
        "also",
        "both",
        "neither",
        "either",
        "even",
        "only",
        "now",
        "once",
        "meanwhile",
        "instead",
        "still",
        "indeed",
        "thus",
        "hence",
        "where",
        "until",
        "unless",
        "whether",
        "as",
        "the",
        "a",
        "an",
        // Times that open a clause without a comma ("Each autumn Havana brings ...").
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "autumn",
        "spring",
        "summer",
        "winter",
        "ago",
        "later",
        "earlier",
        "today",
        "time",
        "times",
    ];
    // The word must stand one space before it; after a comma there is none.
    let Some(head) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().all(char::is_alphabetic)
        && !OPENERS.contains(&word)
}

/// Whether a people named at `at` is counted as the head of a subject ("85% of
/// Greenlanders", "a majority of Canadians"): the public is the agent of what follows.
fn counted_people(text: &str, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix("of ") else {
        return false;
    };
    let head = head.trim_end();
    head.ends_with('%')
        || [
            "per cent", "percent", "majority", "most", "half", "third", "quarter", "many",
        ]
        .iter()
        .any(|w| head.ends_with(w))
}

/// Whether a cue at `at` is a noun: after a determiner, a possessive or a preposition ("the
/// Trump administration's allegations", "two years of tariff threats"), its agent is not the
/// clause's subject, and it tells of no act of its own.
fn nominal(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end();
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    head.ends_with("'s")
        || head.ends_with("’s")
        || DETERMINERS.contains(&word)
        || (!matches!(word, "and" | "or") && PREPOSITIONS.contains(&word))
}

/// Whether a word (or a cue's last word) is an "-ing" form, as after "by" it tells a means.
fn is_gerund(word: &str) -> bool {
    word.ends_with("ing")
}

/// Whether what follows a demand or threat at `end` says what is demanded ("demanded that
/// Bogotá accept", "urged Mexico to deploy"): "that" or "to" within four words. A noun names
/// no such thing ("calibrated threats of retaliation and quiet negotiation").
fn opens_a_complement(text: &str, end: usize) -> bool {
    text[end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| matches!(w, "that" | "to"))
}

/// Whether a lower-case word is likely a verb whose object follows ("accused", "told").
fn is_verb_like(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "told", "met", "gave", "sent", "hit", "put", "urged", "asked", "left", "made", "took",
        "brought", "let", "pushed", "pressed", "said", "called", "sold", "bought", "kept", "won",
        "lost", "saw", "hold", "holds", "held",
    ];
    (word.len() > 4 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase()))
        || VERBS.contains(&word)
}

/// The id that stands in `rivals.tsv` for the weaker party's allies, named as "its allies".
const ALLIES: &str = "allies";

/// Cue ids of `cues.jsonl` that rules read by name (a test keeps them in the bundled file):
/// negators that leave an act open or tell an outcome, and the contrast word of acting in
/// defiance.
const YET_TO: &str = "yet-to";
const WITHOUT: &str = "without";
const LACK_OF: &str = "lack-of";
const DESPITE: &str = "despite";

/// The agent of an act done by someone who is no party (a share of voters, a court).
const SOMEBODY_ELSE: &str = "";

/// Where an act is aimed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aim {
    /// At the counterpart (or nobody named).
    Counterpart,
    /// At a third party: it takes no stance toward the counterpart.
    Elsewhere,
    /// At a rival of the counterpart, or together with it.
    Rival(Together),
}

/// Whether the actor acts together with the party its act is aimed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Together {
    Yes,
    No,
}

/// How an agent was found for an act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tie {
    /// Named right before it ("Canada imposed tariffs", "Mexican counter-tariffs") or after
    /// "by" in a passive.
    Tied,
    /// The subject of its chunk, clause or sentence.
    Subject,
}

/// Which side an agent is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Actor,
    /// A party that is neither the counterpart nor a stronger power: in this genre, the
    /// actor's partner in the same position (Greenland beside Denmark).
    Ally,
    Counterpart,
    /// A stronger power other than the counterpart.
    Other,
    Unknown,
}

/// One act read in a sentence, after scope rules, before actor rules.
#[derive(Clone, Copy, Debug)]
struct Reading<'p> {
    /// The start of its first cue (a pair starts with its scope word), where its agent is
    /// looked for.
    start: usize,
    end: usize,
    kind: Kind,
    act: &'p str,
    weight: f32,
    clause: usize,
    chunk: usize,
    /// Read from a `flips` cue, whose sense depends on what follows it ("lifted").
    flips: bool,
    /// Read from an `aimed` cue: an act only toward the counterpart or its rival named as
    /// its object.
    aimed: bool,
}

/// Auxiliaries before a passive participle.
const PASSIVE: &[&str] = &["was", "were", "been", "being", "is", "are", "be"];

/// For a mention coordinated with another ("Colombia and the United States"), the party of
/// the pair: the actor when one of the two is the actor and the other the counterpart (they
/// act together, which is the actor's act).
fn party_of_pair<'p>(
    mentions: &[Mention<'p>],
    i: usize,
    text: &str,
    actor: Option<&'p str>,
    counterpart: Option<&'p str>,
) -> Option<&'p str> {
    let joined = |a: &Mention<'p>, b: &Mention<'p>| {
        matches!(text.get(a.end..b.start), Some(" and " | " and the "))
            && a.party.is_some()
            && b.party.is_some()
            && a.party != b.party
            && [a.party, b.party]
                .iter()
                .all(|p| *p == actor || *p == counterpart)
    };
    let m = &mentions[i];
    let with_next = mentions.get(i + 1).is_some_and(|n| joined(m, n));
    let with_previous = i > 0 && joined(&mentions[i - 1], m);
    (with_next || with_previous).then_some(actor).flatten()
}

/// Words after which a name is not the subject of what follows.
const PREPOSITIONS: &[&str] = &[
    "to",
    "with",
    "against",
    "on",
    "from",
    "of",
    "for",
    "toward",
    "towards",
    "at",
    "in",
    "into",
    "over",
    "about",
    "between",
    "among",
    "across",
    "after",
    "before",
    "under",
    "than",
    "like",
    "unlike",
    "including",
    "as",
    "by",
    "via",
    "upon",
    "onto",
    "within",
    "without",
    "through",
    "behind",
    "beyond",
    "despite",
    "amid",
    "near",
    "alongside",
    "and",
    "or",
];

/// Where punctuation in `text[start..end]` ends the scope of a scope word (a comma inside a
/// number such as "10,000" does not).
fn chunk_breaks(text: &str, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    // Examples of what comes before belong to it, its hedge included ("will look to diversify
    // its partners—such as by ratifying the EU agreement").
    let gives_an_example = move |after: usize| {
        let rest = text.get(after..end).unwrap_or("").trim_start();
        ["such as ", "for example", "e.g. ", "including "]
            .iter()
            .any(|e| rest.starts_with(e))
    };
    // Byte by byte: all but the dashes are ASCII, and a dash is told by its three bytes (a
    // byte under 0x80 is never part of another character).
    (start..end).filter(move |&i| match bytes[i] {
        b',' => !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && !gives_an_example(i + 1),
        b';' | b':' | b'(' | b')' | b'[' | b']' => true,
        // '—' and '–'
        0xE2 => {
            matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x94 | 0x93])) && !gives_an_example(i + 3)
        }
        _ => false,
    })
}

fn words_between(text: &str, from: usize, to: usize) -> usize {
    if from >= to {
        return 0;
    }
    Words::new(&text[from..to]).count()
}

/// Whether the text between a mention and a cue ties the cue to the mention: only spaces, a
/// possessive, a hyphen, or one word ("US steel tariffs", "Mexico quickly rejected").
fn adjacent(gap: &str) -> bool {
    // (As `trim_start_matches`, without setting up a substring search for each.)
    let mut gap = gap;
    while let Some(rest) = gap.strip_prefix("'s") {
        gap = rest;
    }
    while let Some(rest) = gap.strip_prefix("’s") {
        gap = rest;
    }
    let gap = gap.trim_start_matches('-');
    // Words between spaces; a second one unties them, whatever follows, so the scan stops there.
    let mut words = gap.split(' ').filter(|w| !w.is_empty());
    let tied = |w: &str| w.chars().all(|c| c.is_alphanumeric() || c == '-');
    words.next().is_none_or(tied) && words.next().is_none()
}

/// Configures a [`Stance`]: the bundled lexicons, then folders of an analyst's own.
#[derive(Clone, Debug, Default)]
pub struct StanceBuilder {
    dirs: Vec<PathBuf>,
}

impl StanceBuilder {
    /// Adds a folder holding any of `cues.jsonl`, `references.tsv`, `parties.tsv`,
    /// `powers.txt` and `rivals.tsv` (the formats of `lexicons/stance/`). Its entries add to
    /// the layers before; an entry with the same pattern (cues, references) or entity
    /// (parties) replaces theirs, its `powers.txt` replaces the list, and its rivals add.
    pub fn lexicons(&mut self, dir: impl Into<PathBuf>) -> &mut StanceBuilder {
        self.dirs.push(dir.into());
        self
    }

    /// The stage; fails with every problem of every file, each with its file and line.
    pub fn build(&self) -> Result<Stance, BuildError> {
        let mut layers = vec![Layer::bundled()];
        let mut problems = Vec::new();
        for dir in &self.dirs {
            match Layer::read_dir(dir) {
                Ok(layer) => layers.push(layer),
                Err(found) => problems.extend(found),
            }
        }
        if !problems.is_empty() {
            return Err(LexiconError::from(problems).into());
        }
        Stance::new(StanceLexicon::load(&layers)?)
    }
}

impl Stance {
    /// The stage with the bundled stance lexicons.
    pub fn bundled() -> Result<Stance, BuildError> {
        Stance::builder().build()
    }

    /// A builder, to add lexicon folders to the bundled ones.
    pub fn builder() -> StanceBuilder {
        StanceBuilder::default()
    }

    fn new(lexicon: StanceLexicon) -> Result<Stance, BuildError> {
        let phrases = Phrases::new(lexicon.cues.iter().map(|c| (c.pattern.as_str(), c.case)))?;
        let power_rank = lexicon
            .powers
            .iter()
            .enumerate()
            .map(|(i, p)| (p.clone(), i))
            .collect();
        Ok(Stance {
            phrases,
            lexicon,
            power_rank,
        })
    }

    /// Reads the stance of every sentence of `input` (one per sentence, in order) and of the
    /// whole document.
    pub fn read<'p>(
        &'p self,
        input: &Input<'_, 'p>,
        parties: Parties<'p>,
    ) -> (Vec<SentenceStance<'p>>, DocumentStance<'p>) {
        let text = input.text;
        // Words inside a name are the name's ("Shanghai Cooperation Organisation", "Economic
        // Reciprocity Law"), not a cue.
        let mut names = input.entities.iter().map(|e| e.span).peekable();
        let hits: Vec<Hit> = self
            .phrases
            .find_iter(text)
            .filter(|&(_, _, cue)| self.lexicon.cues[cue].weight > 0.1)
            .filter(|&(start, end, _)| {
                // (A cue that holds a name, "WTO complaint", stays.)
                while names.next_if(|n| (n.end as usize) <= start).is_some() {}
                !names
                    .peek()
                    .is_some_and(|n| (n.start as usize) <= start && end <= n.end as usize)
            })
            .map(|(start, end, cue)| Hit { start, end, cue })
            .collect();
        let mut mentions = self.mentions(text, input.entities, &hits);
        let (actor, counterpart, allies) =
            self.parties(text, input.sentences, &hits, &mentions, parties);
        let mut reader = Reader {
            stance: self,
            text,
            actor,
            counterpart,
            last_subject: None,
            last_person: None,
            last_subject_person: None,
            allies,
            scratch: Scratch::default(),
        };
        let mut out = Vec::with_capacity(input.sentences.len());
        let (mut h, mut m, mut p, mut section) = (0, 0, 0, 0);
        for &sentence in input.sentences {
            let (start, end) = (sentence.start as usize, sentence.end as usize);
            // A new paragraph forgets the subject of the one before, unless it is an item of a
            // list whose lead ends in a colon ("Estonia has cut its links with Russia:" / "a ban
            // on imports of Russian gas;").
            while p < input.paragraphs.len() && input.paragraphs[p].end <= sentence.start {
                p += 1;
            }
            if input
                .paragraphs
                .get(p)
                .is_some_and(|par| par.start == sentence.start)
            {
                let lead_goes_on = p
                    .checked_sub(1)
                    .and_then(|k| text.get(input.paragraphs[k].range()))
                    .is_some_and(|before| before.trim_end().ends_with([':', ';']));
                if !lead_goes_on {
                    reader.last_subject = None;
                }
            }
            while h < hits.len() && hits[h].start < start {
                h += 1;
            }
            let h_end = h + hits[h..].partition_point(|x| x.start < end);
            while m < mentions.len() && mentions[m].start < start {
                m += 1;
            }
            let m_end = m + mentions[m..].partition_point(|x| x.start < end);
            while section < input.sections.len()
                && input.sections[section].span.end <= sentence.start
            {
                section += 1;
            }
            let heading = input
                .sections
                .get(section)
                .and_then(|s| s.title)
                .is_some_and(|t| t.start == sentence.start);
            out.push(reader.sentence(sentence, heading, &hits[h..h_end], &mut mentions[m..m_end]));
            h = h_end;
            m = m_end;
        }
        let document = DocumentStance {
            actor,
            target: counterpart,
            tally: tally(&out),
            sections: input
                .sections
                .iter()
                .map(|section| {
                    let from = input
                        .sentences
                        .partition_point(|s| s.start < section.span.start);
                    let to = input
                        .sentences
                        .partition_point(|s| s.start < section.span.end);
                    tally(&out[from..to])
                })
                .collect(),
            acts: act_counts(&out),
        };
        (out, document)
    }

    /// The names that can act for a party, and the words that refer back to one, in order.
    fn mentions<'p>(
        &'p self,
        text: &str,
        entities: &[Entity<'p>],
        hits: &[Hit],
    ) -> Vec<Mention<'p>> {
        // A person or body named right after a country speaks for it ("US Treasury Secretary
        // Scott Bessent").
        let mut learned: HashMap<&'p str, &'p str> = HashMap::new();
        // People of no known party named with a title of office.
        let mut officials: Vec<&'p str> = Vec::new();
        let titles: Vec<&Hit> = hits
            .iter()
            .filter(|h| self.lexicon.cues[h.cue].kind == Kind::Title)
            .collect();
        let mut out = Vec::with_capacity(entities.len());
        let mut previous: Option<(Span, Option<&'p str>)> = None;
        for e in entities {
            let Some(id) = e.id else { continue };
            let listed = self.lexicon.parties.get(id).map(String::as_str);
            let party = match e.label {
                // A capital named as a place stands for its country ("travelled to Beijing").
                Label::Gpe => listed.or(Some(id)),
                // A union of states acts as one ("the EU").
                Label::Org if self.power_rank.contains_key(id) || self.lexicon.has_rival(id) => {
                    Some(id)
                }
                Label::Norp => listed,
                Label::Person | Label::Org => {
                    listed.or_else(|| learned.get(id).copied()).or_else(|| {
                        let (span, country) = previous?;
                        let gap = &text[span.end as usize..e.span.start as usize];
                        let close = !gap.contains(|c: char| ".,;:()".contains(c))
                            && gap.split_whitespace().count() <= 4;
                        let country = country.filter(|_| close)?;
                        learned.insert(id, country);
                        Some(country)
                    })
                }
                _ => None,
            };
            if matches!(e.label, Label::Gpe | Label::Norp) {
                previous = Some((e.span, party));
            }
            let start = e.span.start as usize;
            let official = e.label == Label::Person && party.is_none() && {
                let titled = titles
                    .binary_search_by_key(&start, |t| t.end + 1)
                    .is_ok_and(|k| text.get(titles[k].end..start) == Some(" "));
                if titled && !officials.contains(&id) {
                    officials.push(id);
                }
                officials.contains(&id)
            };
            if party.is_some() || e.label == Label::Person {
                let at = Mention::at(text, start, e.span.end as usize);
                out.push(Mention {
                    party,
                    person: e.label == Label::Person,
                    stands: Stands::Name,
                    place: e.label == Label::Gpe && party != Some(id),
                    official,
                    people: e.label == Label::Norp
                        && (e.span.slice(text).ends_with("ans")
                            || e.span.slice(text).ends_with("ers")),
                    subject: (at.subject && !after_a_modifier(text, start))
                        || e.label == Label::Norp && counted_people(text, start),
                    ..at
                });
            }
        }
        for h in hits {
            let stands = match self.lexicon.cues[h.cue].kind {
                Kind::PersonReference | Kind::PartyReference => Stands::Back,
                Kind::JointReference => Stands::Both,
                Kind::OthersReference => Stands::Others,
                Kind::OrganReference => Stands::Organ,
                _ => continue,
            };
            out.push(Mention {
                person: self.lexicon.cues[h.cue].kind == Kind::PersonReference,
                stands,
                ..Mention::at(text, h.start, h.end)
            });
        }
        out.sort_by_key(|m| m.start);
        out
    }

    /// The document's actor and counterpart: given, or found from who presses whom.
    fn parties<'p>(
        &'p self,
        text: &str,
        sentences: &[Span],
        hits: &[Hit],
        mentions: &[Mention<'p>],
        given: Parties<'p>,
    ) -> (Option<&'p str>, Option<&'p str>, Vec<&'p str>) {
        /// A party, how often it is named, and how many acts of pressure are its.
        struct Named<'p> {
            party: &'p str,
            mentions: usize,
            pressure: usize,
        }
        let mut named: Vec<Named<'p>> = Vec::new();
        fn entry<'a, 'p>(named: &'a mut Vec<Named<'p>>, party: &'p str) -> &'a mut Named<'p> {
            let i = match named.iter().position(|n| n.party == party) {
                Some(i) => i,
                None => {
                    named.push(Named {
                        party,
                        mentions: 0,
                        pressure: 0,
                    });
                    named.len() - 1
                }
            };
            &mut named[i]
        }
        for party in mentions.iter().filter(|m| !m.place).filter_map(|m| m.party) {
            entry(&mut named, party).mentions += 1;
        }
        for h in hits
            .iter()
            .filter(|h| self.lexicon.cues[h.cue].kind == Kind::Pressure)
        {
            // The mentions of the hit's sentence before it (both lists are in text order).
            let i = sentences.partition_point(|s| (s.end as usize) <= h.start);
            let Some(sentence) = sentences.get(i).filter(|s| s.start as usize <= h.start) else {
                continue;
            };
            let from = mentions.partition_point(|m| m.start < sentence.start as usize);
            let to = mentions.partition_point(|m| m.end <= h.start).max(from);
            let before = &mentions[from..to];
            let agent = before
                .last()
                .filter(|m| adjacent(&text[m.end..h.start]))
                .or_else(|| before.iter().find(|m| m.subject));
            if let Some(party) = agent.and_then(|m| m.party) {
                entry(&mut named, party).pressure += 1;
            }
        }
        let rank = |p: &str| self.power_rank.get(p).copied().unwrap_or(usize::MAX);
        // Most named first; a stable sort keeps ties in order of first mention.
        named.sort_by_key(|n| std::cmp::Reverse(n.mentions));
        let not_actor = |n: &&Named<'p>| Some(n.party) != given.actor;
        // The counterpart is the power among the parties named most that the text shows
        // pressing most (ties: the stronger); else the party that presses most.
        let leading = &named[..named.len().min(4)];
        let counterpart = given.counterpart.or_else(|| {
            leading
                .iter()
                .filter(not_actor)
                .filter(|n| n.mentions >= 2 && rank(n.party) != usize::MAX)
                .max_by(|a, b| {
                    a.pressure
                        .cmp(&b.pressure)
                        .then(rank(b.party).cmp(&rank(a.party)))
                })
                .or_else(|| leading.iter().filter(not_actor).max_by_key(|n| n.pressure))
                .map(|n| n.party)
        });
        let actor = given.actor.or_else(|| {
            named
                .iter()
                .find(|n| Some(n.party) != counterpart)
                .map(|n| n.party)
        });
        let allies = named
            .iter()
            .filter(|n| {
                n.mentions >= ALLY_MENTIONS
                    && Some(n.party) != actor
                    && Some(n.party) != counterpart
                    && rank(n.party) == usize::MAX
            })
            .map(|n| n.party)
            .collect();
        (actor, counterpart, allies)
    }
}

/// Reads sentences in order, carrying who was acting.
struct Reader<'s, 'p> {
    stance: &'p Stance,
    text: &'s str,
    actor: Option<&'p str>,
    counterpart: Option<&'p str>,
    /// The party acting in the sentence before, for "it" and sentences without a subject.
    last_subject: Option<&'p str>,
    /// The party of the last person named, for "she".
    last_person: Option<&'p str>,
    /// The party of the person who was the subject of the sentence before, who "she" is
    /// first ("Trump received Ramaphosa. He accused ..." is Trump).
    last_subject_person: Option<&'p str>,
    /// Parties that are neither the counterpart nor a power and are named often enough to
    /// act beside the actor.
    allies: Vec<&'p str>,
    scratch: Scratch<'p>,
}

/// What reading a sentence fills, kept from one sentence to the next so that a document
/// allocates it once.
#[derive(Default)]
struct Scratch<'p> {
    clause_starts: Vec<usize>,
    breaks: Vec<usize>,
    readings: Vec<Reading<'p>>,
    /// Per clause, the weights of cooperation and of resistance.
    sums: Vec<(f32, f32)>,
}

impl<'p> Reader<'_, 'p> {
    fn side(&self, party: Option<&str>) -> Side {
        match party {
            None => Side::Unknown,
            Some(p) if Some(p) == self.actor => Side::Actor,
            Some(p) if Some(p) == self.counterpart => Side::Counterpart,
            Some(p) if self.allies.contains(&p) => Side::Ally,
            Some(_) => Side::Other,
        }
    }

    fn sentence(
        &mut self,
        sentence: Span,
        heading: bool,
        hits: &[Hit],
        mentions: &mut [Mention<'p>],
    ) -> SentenceStance<'p> {
        let cues = &self.stance.lexicon.cues;
        let text = self.text;
        let (start, end) = (sentence.start as usize, sentence.end as usize);

        // Resolve the words that refer back, in place; note the sentence's subject.
        let mut subject: Option<&'p str> = None;
        let mut subject_person: Option<&'p str> = None;
        for i in 0..mentions.len() {
            let m = mentions[i];
            let named_after = mentions.get(i + 1).filter(|next| {
                matches!(
                    text.get(m.end..next.start),
                    Some(" in " | " of " | " in the ")
                )
            });
            let party = match m.stands {
                Stands::Both => self.actor,
                // Third parties and people outside government ("critics", "rights
                // groups") act for nobody's side: their acts are not the weaker party's.
                Stands::Others => Some(SOMEBODY_ELSE),
                Stands::Name if m.official => self.actor,
                Stands::Name if m.people && m.subject => Some(SOMEBODY_ELSE),
                Stands::Name => m.party.map(|party| {
                    party_of_pair(mentions, i, text, self.actor, self.counterpart).unwrap_or(party)
                }),
                // "the government in Washington", "the government of Scott Morrison"
                Stands::Back if named_after.is_some() => named_after.and_then(|next| next.party),
                Stands::Back if m.person => self.last_subject_person.or(self.last_person),
                Stands::Back => subject.or(self.last_subject),
                Stands::Organ => named_after
                    .or_else(|| {
                        i.checked_sub(1).map(|k| &mentions[k]).filter(|before| {
                            matches!(text.get(before.end..m.start), Some(" " | "'s " | "’s "))
                        })
                    })
                    .map_or(self.actor, |other| other.party),
            };
            mentions[i].party = party;
            if m.person && party.is_some() {
                self.last_person = party;
            }
            if subject.is_none() && m.subject {
                subject = party;
                if m.person {
                    subject_person = party;
                }
            }
        }
        self.last_subject_person = subject_person;

        // Clause and chunk boundaries.
        let is_act = |h: &Hit| cues[h.cue].kind.is_act();
        let (Some(first_act), Some(last_act)) =
            (hits.iter().position(is_act), hits.iter().rposition(is_act))
        else {
            // Most sentences: nothing to read but who acts in them.
            if subject.is_some() {
                self.last_subject = subject;
            }
            return SentenceStance::default();
        };
        // (The buffers go back to the reader at the end, for the next sentence.)
        let Scratch {
            mut clause_starts,
            mut breaks,
            mut readings,
            mut sums,
        } = std::mem::take(&mut self.scratch);
        clause_starts.clear();
        clause_starts.extend(text[start..end].match_indices(';').map(|(i, _)| start + i));
        for (i, h) in hits.iter().enumerate() {
            let cue = &cues[h.cue];
            if cue.kind != Kind::Contrast {
                continue;
            }
            let between = first_act < i && last_act > i;
            if cue.weight >= STRONG_CONTRAST || between {
                clause_starts.push(h.start);
            }
        }
        clause_starts.sort_unstable();
        let clause_of = |at: usize| clause_starts.partition_point(|&c| c <= at);
        breaks.clear();
        breaks.extend(chunk_breaks(text, start, end));
        let chunk_of = |at: usize| breaks.partition_point(|&b| b < at) + clause_of(at);

        // Scope rules.
        #[derive(Clone, Copy, PartialEq)]
        enum Pending {
            Negate,
            Flip,
            Object,
        }
        readings.clear();
        let mut pending: Option<(Pending, Hit)> = None;
        let mut hedged_chunk: Option<usize> = None;
        let alone = |h: Hit| Reading {
            start: h.start,
            end: h.end,
            kind: cues[h.cue].kind,
            act: &cues[h.cue].act,
            weight: cues[h.cue].weight,
            clause: clause_of(h.start),
            chunk: chunk_of(h.start),
            flips: cues[h.cue].flips,
            aimed: cues[h.cue].aimed,
        };
        // A reading in a hedged chunk is a forecast: it counts for nothing.
        let push =
            |r: Reading<'p>, readings: &mut Vec<Reading<'p>>, hedged_chunk: Option<usize>| {
                if hedged_chunk != Some(r.chunk) {
                    readings.push(r);
                }
            };
        // The end of the last pair read ("turned down the offer"), whose object may go on
        // with more cues that are part of it ("... of talks") and count for nothing alone.
        let mut absorbing: Option<(usize, usize)> = None;
        for &h in hits {
            let cue = &cues[h.cue];
            let chunk = chunk_of(h.start);
            if let Some((c, end)) = absorbing {
                let of_the_object = c == chunk
                    && words_between(text, end, h.start) <= 4
                    && !text[end..h.start].contains(" and ");
                if cue.kind.is_act() && cue.kind != Kind::Resistance && of_the_object {
                    absorbing = Some((c, h.end));
                    continue;
                }
                absorbing = None;
            }
            if let Some((kind, p)) = pending {
                if chunk_of(p.start) != chunk || words_between(text, p.end, h.start) > WINDOW {
                    if kind != Pending::Negate {
                        push(alone(p), &mut readings, hedged_chunk);
                    }
                    pending = None;
                }
            }
            match cue.kind {
                Kind::Negator => {
                    if let Some((kind, p)) = pending.take() {
                        if kind != Pending::Negate {
                            push(alone(p), &mut readings, hedged_chunk);
                        }
                    }
                    pending = Some((Pending::Negate, h));
                }
                Kind::Hedge => hedged_chunk = Some(chunk),
                Kind::Contrast
                | Kind::PersonReference
                | Kind::PartyReference
                | Kind::JointReference
                | Kind::OthersReference
                | Kind::OrganReference
                | Kind::Title => {}
                Kind::Cooperation | Kind::Resistance | Kind::Pressure => match pending.take() {
                    // Not retaliating is restraint ("careful not to impose retaliatory
                    // tariffs"), and not giving in is refusal ("did not back down"); any other
                    // act negated ("did not reject") counts for nothing; "has yet to" leaves
                    // the act open, and "without"/"lack of" tell an outcome, not a refusal.
                    Some((Pending::Negate, n))
                        if match (cue.kind, &*cue.act, &*cues[n.cue].id) {
                            (_, _, YET_TO) => false,
                            (Kind::Resistance, "retaliate", _) => true,
                            (Kind::Cooperation, "concede" | "comply", negator) => {
                                !matches!(negator, WITHOUT | LACK_OF)
                            }
                            _ => false,
                        } =>
                    {
                        let (kind, act) = if cue.kind == Kind::Resistance {
                            (Kind::Cooperation, "yield")
                        } else {
                            (Kind::Resistance, "refuse")
                        };
                        let r = Reading {
                            end: h.end,
                            kind,
                            act,
                            ..alone(n)
                        };
                        push(r, &mut readings, hedged_chunk);
                    }
                    Some((Pending::Negate, _)) => {}
                    Some((Pending::Flip, f)) => {
                        let own = cues[f.cue].kind;
                        let kind = match cue.kind {
                            Kind::Cooperation => Kind::Resistance,
                            Kind::Resistance => Kind::Cooperation,
                            _ => own,
                        };
                        let act = if kind == own {
                            &*cues[f.cue].act
                        } else if kind == Kind::Resistance {
                            "refuse"
                        } else {
                            "yield"
                        };
                        let r = Reading {
                            end: h.end,
                            kind,
                            act,
                            weight: cues[f.cue].weight.max(cue.weight),
                            ..alone(f)
                        };
                        push(r, &mut readings, hedged_chunk);
                        absorbing = Some((chunk, h.end));
                    }
                    // ("defiance and quiet cooperation" are two acts, not one with an object.)
                    Some((Pending::Object, o))
                        if cue.kind != Kind::Resistance
                            && !text[o.end..h.start].contains(" and ") =>
                    {
                        let r = Reading {
                            end: h.end,
                            weight: cues[o.cue].weight.max(cue.weight),
                            ..alone(o)
                        };
                        push(r, &mut readings, hedged_chunk);
                        absorbing = Some((chunk, h.end));
                    }
                    Some((Pending::Object, o)) => {
                        push(alone(o), &mut readings, hedged_chunk);
                        push(alone(h), &mut readings, hedged_chunk);
                    }
                    None if cue.flips => pending = Some((Pending::Flip, h)),
                    None if cue.kind == Kind::Resistance
                        && matches!(&*cue.act, "reject" | "refuse") =>
                    {
                        pending = Some((Pending::Object, h))
                    }
                    None => {
                        push(alone(h), &mut readings, hedged_chunk);
                        // What is demanded or threatened has not happened ("demanded that
                        // Bogotá accept the flights").
                        if cue.kind == Kind::Pressure
                            && matches!(&*cue.act, "demand" | "threaten")
                            && !nominal(text, h.start)
                            && opens_a_complement(text, h.end)
                        {
                            hedged_chunk = Some(chunk);
                        }
                    }
                },
            }
        }
        if let Some((kind, p)) = pending {
            if kind != Pending::Negate {
                push(alone(p), &mut readings, hedged_chunk);
            }
        }

        // Actor rules and sums.
        let clauses = clause_starts.len() + 1;
        sums.clear();
        sums.resize(clauses, (0.0, 0.0));
        let mut out = SentenceStance::default();
        let mut acting: Option<&'p str> = None;
        // A sentence that names no party and opens with an act as the subject of a verb of
        // state ("The thaw has had its limits", "The concessions carry a political price")
        // speaks about the act; it reports none.
        let names_nobody = mentions.iter().all(|m| m.party.is_none());
        for r in &readings {
            let about_the_act = names_nobody
                && r.kind != Kind::Pressure
                && matches!(text[start..r.start].trim(), "The" | "Its" | "Their")
                && text[r.end..]
                    .strip_prefix(' ')
                    .is_some_and(|t| STATE_VERBS.iter().any(|v| t.starts_with(v)));
            if about_the_act {
                continue;
            }
            let (agent, tie) = match self.agent(r, mentions, &clause_starts, &chunk_of) {
                Some((party, tie)) => (Some(party), Some(tie)),
                // A heading names a topic ("Strategic autonomy under strain"); only a party
                // named in it makes it an act ("Mexico's refusal"). Pressure it names is still
                // shown ("The pressure campaign").
                None if heading && r.kind == Kind::Pressure => (None, None),
                None if heading => continue,
                None => (self.last_subject, None),
            };
            // (Only aimed acts and pressure read their object.)
            let object = if r.aimed || r.kind == Kind::Pressure {
                self.object_of(r, mentions, &chunk_of, &readings)
            } else {
                None
            };
            let object_is_counterpart = object.is_some() && object == self.counterpart;
            let aim = if r.aimed {
                // Only toward a party named as its object.
                match object {
                    _ if object_is_counterpart => Aim::Counterpart,
                    Some(p) if self.rival(p) => Aim::Rival(Together::No),
                    _ => continue,
                }
            } else {
                self.aim(r, mentions, &chunk_of)
            };
            // Acting together with others, the actor is the agent whoever is named first.
            // ... and so with its allies ("Denmark and Greenland offered").
            let side = match self.side(agent) {
                _ if aim == Aim::Rival(Together::Yes) => Side::Actor,
                Side::Ally if self.named_with_the_actor(r, mentions, &chunk_of).is_some() => {
                    Side::Actor
                }
                side => side,
            };
            let r = &match aim {
                Aim::Counterpart => *r,
                Aim::Elsewhere => continue,
                // Drawing closer to the counterpart's rival resists it; breaking off with the
                // rival yields to it.
                Aim::Rival(_) if r.kind == Kind::Cooperation => Reading {
                    kind: Kind::Resistance,
                    act: "balance",
                    ..*r
                },
                Aim::Rival(_) => Reading {
                    kind: Kind::Cooperation,
                    act: "yield",
                    ..*r
                },
            };
            if side == Side::Ally && r.kind != Kind::Pressure {
                acting = acting.or(agent);
            }
            let (polarity, act) = match (r.kind, side) {
                (Kind::Cooperation, Side::Actor | Side::Ally | Side::Unknown) => {
                    (Polarity::Cooperation, r.act)
                }
                (Kind::Resistance, Side::Actor | Side::Ally | Side::Unknown) => {
                    (Polarity::Resistance, r.act)
                }
                // The weaker party's own coercion, named as its act, answers the stronger one.
                (Kind::Pressure, Side::Actor | Side::Ally)
                    if (tie == Some(Tie::Tied) && r.weight >= OWN_PRESSURE)
                        || (tie.is_some()
                            && r.weight >= THRESHOLD
                            && matches!(r.act, "accuse" | "demand" | "threaten")
                            && !nominal(text, r.start))
                        || (r.weight >= THRESHOLD && object_is_counterpart) =>
                {
                    let act = if matches!(r.act, "accuse" | "demand" | "threaten") {
                        "disapprove"
                    } else {
                        "retaliate"
                    };
                    (Polarity::Resistance, act)
                }
                (Kind::Pressure, Side::Counterpart | Side::Unknown) => (Polarity::Pressure, r.act),
                _ => continue,
            };
            let sum = &mut sums[r.clause];
            // A weak cue whose agent is the actor, named right before it as a subject ("Lula
            // met", not "pressure in Colombia eased"), is its act.
            let named_subject = || {
                mentions[..mentions.partition_point(|m| m.end <= r.start)]
                    .last()
                    .is_some_and(|m| m.subject && m.party == agent)
            };
            let weight = if tie == Some(Tie::Tied)
                && side == Side::Actor
                && r.weight >= WEAK_CUE
                && !r.flips
                && named_subject()
            {
                r.weight.max(THRESHOLD)
            } else {
                r.weight
            };
            match polarity {
                Polarity::Cooperation => sum.0 += weight,
                Polarity::Resistance => sum.1 += weight,
                Polarity::Pressure => {}
            }
            out.cues.push(Cue {
                span: Span::from_usize(r.start, r.end),
                polarity,
                act,
            });
        }
        // Going ahead despite the counterpart's pressure or protest, with no act named but
        // that, defies it ("the memorial was relocated despite Russian protests").
        if sums.iter().all(|s| s.0 < THRESHOLD && s.1 < THRESHOLD) {
            if let Some(despite) = self.despite_the_counterpart(hits, mentions, subject, &breaks) {
                sums[0].1 += THRESHOLD;
                out.cues.push(Cue {
                    span: Span::from_usize(despite.start, despite.end),
                    polarity: Polarity::Resistance,
                    act: "refuse",
                });
            }
        }
        let cooperates = sums.iter().any(|s| s.0 >= THRESHOLD);
        let resists = sums.iter().any(|s| s.1 >= THRESHOLD);
        out.label = match (cooperates, resists) {
            (true, true) => StanceLabel::Mixed,
            (true, false) => StanceLabel::Cooperation,
            (false, true) => StanceLabel::Resistance,
            (false, false) => StanceLabel::None,
        };
        if out.label != StanceLabel::None {
            let (c, r) = sums.iter().fold((0.0, 0.0), |(c, r), s| (c + s.0, r + s.1));
            out.score = ((c - r) / f32::max(1.0, c + r)).clamp(-1.0, 1.0);
            out.actor = acting.or(self.actor);
            out.target = self.counterpart;
        } else {
            // Only the pressure a reader should see answered.
            out.cues.retain(|c| c.polarity == Polarity::Pressure);
        }
        if subject.is_some() {
            self.last_subject = subject;
        }
        self.scratch = Scratch {
            clause_starts,
            breaks,
            readings,
            sums,
        };
        out
    }

    /// Where an act is aimed, from a third party named right after it. Breaking off with
    /// another party ("broke off relations with Taiwan" under US pressure) is no
    /// resistance to the counterpart, and cooperation "with" a third party ("a trade
    /// agreement with the United Kingdom", "security cooperation with its allies") is no
    /// cooperation with it; but when that party is the counterpart's rival (`rivals.tsv`),
    /// the act answers the counterpart.
    fn aim(
        &self,
        r: &Reading<'p>,
        mentions: &[Mention<'p>],
        chunk_of: &dyn Fn(usize) -> usize,
    ) -> Aim {
        let text = self.text;
        let after = &mentions[mentions.partition_point(|m| m.start < r.end)..];
        if r.kind == Kind::Cooperation {
            if let Some(aim) = self.beside_a_third_party(r, mentions, chunk_of) {
                return aim;
            }
        }
        let Some(m) = after.first().filter(|m| chunk_of(m.start) == r.chunk) else {
            return Aim::Counterpart;
        };
        let third = m.stands != Stands::Both
            && (m.stands == Stands::Others || m.party.is_some())
            && m.party != self.counterpart
            && m.party != self.actor;
        // An act toward the rival may name it further off ("signed a defence cooperation
        // agreement with the United States") or as its object ("courted Beijing").
        // The weaker party's allies ("its allies") are a rival of the counterpart when
        // `rivals.tsv` pairs it with `allies` ("deepened security cooperation with its
        // allies" under Chinese pressure, not under American).
        let allies_against = m.stands == Stands::Others
            && text[m.start..m.end].ends_with("allies")
            && self.rival(ALLIES);
        if third
            && (allies_against || m.party.is_some_and(|p| self.rival(p)))
            && r.kind != Kind::Pressure
        {
            let gap = words_between(text, r.end, m.start);
            let toward = matches!(
                word_before(text, m.start),
                "with" | "to" | "towards" | "into"
            );
            let next_to = matches!(text.get(r.end..m.start), Some(" " | " the "));
            if next_to || (toward && gap <= 6) {
                return Aim::Rival(Together::No);
            }
        }
        let aimed = match r.kind {
            Kind::Resistance => {
                r.act == "reduce-relations" && words_between(text, r.end, m.start) <= 1 && third
            }
            Kind::Cooperation => {
                third
                    && words_between(text, r.end, m.start) <= 6
                    && matches!(word_before(text, m.start), "with" | "to" | "towards")
            }
            _ => false,
        };
        if aimed {
            Aim::Elsewhere
        } else {
            Aim::Counterpart
        }
    }

    /// The party named as an act's object, or its people or things, within a few words after
    /// it in its chunk ("banned imports of Russian gas", "imposed sanctions on Chinese
    /// officials", "recognised Beijing").
    fn object_of(
        &self,
        r: &Reading<'p>,
        mentions: &[Mention<'p>],
        chunk_of: &dyn Fn(usize) -> usize,
        readings: &[Reading<'p>],
    ) -> Option<&'p str> {
        let m = mentions[mentions.partition_point(|m| m.start < r.end)..].first()?;
        let near =
            chunk_of(m.start) == r.chunk && words_between(self.text, r.end, m.start) <= AIM_WINDOW;
        // An object, not the agent of a relative clause ("coercion that China has waged") or of
        // a passive, nor a place or a time ("in China", "after Beijing complained").
        let before = word_before_titles(self.text, m.start);
        // An aimed cue that ends in a preposition ("sided with", "alongside") governs only the
        // name right after it, not one further on ("alongside attempts to ... the US's"); a
        // ban's object may lie further ("a ban on imports of Russian gas").
        let last_word = self.text[r.start..r.end].rsplit(' ').next().unwrap_or("");
        let governed = if r.aimed && PREPOSITIONS.contains(&last_word) {
            before == last_word
        } else {
            m.object
                || matches!(
                    before,
                    "on" | "of" | "against" | "for" | "to" | "from" | "with" | "at"
                )
                || matches!(self.text.get(r.end..m.start), Some(" " | " the "))
        };
        // Nor the agent of the act named right after it ("punitive US tariffs").
        let agent_of_next = readings
            .iter()
            .any(|x| matches!(self.text.get(m.end..x.start), Some(" " | "'s " | "’s ")));
        let is_object = near && governed && !agent_of_next;
        m.party.filter(|_| is_object)
    }

    /// A "despite" whose object is the counterpart's ("despite Russian protests", "Despite
    /// Chinese water cannon attacks, Manila kept ..."), in a sentence whose subject outside
    /// that phrase is the actor.
    fn despite_the_counterpart(
        &self,
        hits: &[Hit],
        mentions: &[Mention<'p>],
        subject: Option<&'p str>,
        breaks: &[usize],
    ) -> Option<Hit> {
        let cues = &self.stance.lexicon.cues;
        let despite = hits.iter().find(|h| &*cues[h.cue].id == DESPITE)?;
        let owner = mentions
            .iter()
            .find(|m| m.start >= despite.end)
            .filter(|m| words_between(self.text, despite.end, m.start) <= 1)?;
        if owner.party != self.counterpart || self.counterpart.is_none() {
            return None;
        }
        // The phrase runs to the next comma or the end of the sentence.
        let phrase_end = breaks
            .iter()
            .copied()
            .find(|&b| b > despite.end)
            .unwrap_or(usize::MAX);
        let main_subject = mentions
            .iter()
            // (A possessor is no subject: "Mexico's exports grew despite US tariffs".)
            .filter(|m| {
                m.subject && m.party.is_some() && !self.text[m.end..].starts_with(['\'', '’'])
            })
            .find(|m| m.start < despite.start || m.start > phrase_end)
            .and_then(|m| m.party)
            .or(self.last_subject.filter(|_| subject.is_none()));
        (main_subject.is_some() && main_subject == self.actor).then_some(*despite)
    }

    /// Whether `party` is a rival of the counterpart (`rivals.tsv`).
    fn rival(&self, party: &str) -> bool {
        self.counterpart
            .is_some_and(|c| self.stance.lexicon.rivals(party, c))
    }

    /// Whether the actor acts together with third parties named beside it in the act's chunk
    /// ("Mexico and the European Union signed an agreement", "Australia, the United Kingdom
    /// and the United States announced AUKUS"): cooperation with them, not with the
    /// counterpart, unless one of them is the counterpart's rival.
    fn beside_a_third_party(
        &self,
        r: &Reading<'p>,
        mentions: &[Mention<'p>],
        chunk_of: &dyn Fn(usize) -> usize,
    ) -> Option<Aim> {
        let group = self.named_with_the_actor(r, mentions, chunk_of)?;
        let mut third = group
            .iter()
            .filter_map(|m| m.party)
            .filter(|&p| Some(p) != self.actor && Some(p) != self.counterpart)
            // (The actor's allies in the document act on its side.)
            .filter(|p| !self.allies.contains(p))
            .peekable();
        third.peek()?;
        Some(if third.any(|p| self.rival(p)) {
            Aim::Rival(Together::Yes)
        } else {
            Aim::Elsewhere
        })
    }

    /// The last run of coordinated names ("A, B and C", whose commas end chunks) before the
    /// act that holds the actor and ends in the act's chunk.
    fn named_with_the_actor<'m>(
        &self,
        r: &Reading<'p>,
        mentions: &'m [Mention<'p>],
        chunk_of: &dyn Fn(usize) -> usize,
    ) -> Option<&'m [Mention<'p>]> {
        let before = &mentions[..mentions.partition_point(|m| m.end <= r.start)];
        // (Not ", and", which as often joins two clauses: "from Texas, and the government".)
        let coordinated = |a: &Mention<'p>, b: &Mention<'p>| {
            a.stands == Stands::Name
                && b.stands == Stands::Name
                && matches!(
                    self.text.get(a.end..b.start),
                    Some(", " | ", the " | " and " | " and the ")
                )
        };
        before.chunk_by(|a, b| coordinated(a, b)).rfind(|group| {
            group.len() > 1
                && group.last().is_some_and(|m| chunk_of(m.start) == r.chunk)
                && group.iter().any(|m| m.party == self.actor)
        })
    }

    /// The party acting in a reading: the agent of a passive, a name tied to it, else the
    /// first subject of its chunk, of its clause, of the sentence before it, else an agent
    /// after "by".
    fn agent(
        &self,
        r: &Reading<'p>,
        mentions: &[Mention<'p>],
        clause_starts: &[usize],
        chunk_of: &dyn Fn(usize) -> usize,
    ) -> Option<(&'p str, Tie)> {
        let text = self.text;
        let before = &mentions[..mentions.partition_point(|m| m.end <= r.start)];
        let by = || {
            mentions[before.len()..]
                .iter()
                .find(|m| chunk_of(m.start) == r.chunk && word_before_titles(text, m.start) == "by")
                .and_then(|m| m.party)
        };
        // A passive names its agent after "by" ("was summoned by the foreign ministry"); when
        // the agent right after the act is no party ("opposed by 45% of voters"), it is
        // somebody else's act.
        if PASSIVE.contains(&word_before(text, r.start)) {
            if let Some(party) = by() {
                return Some((party, Tie::Tied));
            }
        }
        // ("resisted the pressure by acting together": "by" and a gerund tell the means.)
        let means_follow = text[r.end..]
            .strip_prefix(" by ")
            .and_then(|t| t.split(|c: char| !c.is_alphanumeric()).next())
            .is_some_and(is_gerund);
        if text[r.end..].starts_with(" by ") && !means_follow {
            let agent = mentions[before.len()..]
                .iter()
                .find(|m| {
                    m.start == r.end + " by ".len() || word_before_titles(text, m.start) == "by"
                })
                .filter(|m| words_between(text, r.end, m.start) <= 3);
            return Some((
                agent.and_then(|m| m.party).unwrap_or(SOMEBODY_ELSE),
                Tie::Tied,
            ));
        }
        if let Some(m) = before.last() {
            // A place after a preposition with a word between is no agent ("the embassy in
            // Moscow nevertheless held talks").
            let gap = &text[m.end..r.start];
            let place = gap.split_whitespace().count() == 1
                && !matches!(word_before(text, m.start), "and" | "or")
                && PREPOSITIONS.contains(&word_before(text, m.start));
            // ("two small Lithuanian banks in retaliation": a name between a modifier and the
            // noun it qualifies is part of a noun phrase, not the act's agent; in "a figure
            // Chișinău rejects" no noun follows, and in "near Minsk" the word is no modifier.)
            let modified = m.stands == Stands::Name
                && !gap.trim().is_empty()
                && !PREPOSITIONS.contains(&word_before(text, m.start))
                && after_a_modifier(text, m.start);
            if !m.object && !place && !modified && adjacent(gap) {
                if let Some(party) = m.party {
                    return Some((party, Tie::Tied));
                }
            }
        }
        let subjects = || before.iter().filter(|m| m.subject && m.party.is_some());
        // An act told as the means of another ("resisted the pressure ... and by offering
        // cooperation") is the sentence's subject's, whoever is named between.
        let mut words = text[..r.start]
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let (last, one_before) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let told_as_means = (is_gerund(last) && one_before == "by")
            || (last == "by" && is_gerund(&text[r.start..r.end]));
        if told_as_means {
            if let Some(m) = subjects().next() {
                return m.party.map(|p| (p, Tie::Subject));
            }
        }
        if let Some(m) = subjects().find(|m| chunk_of(m.start) == r.chunk) {
            return m.party.map(|p| (p, Tie::Subject));
        }
        let clause_start = clause_starts
            .iter()
            .rev()
            .find(|&&c| c <= r.start)
            .copied()
            .unwrap_or(0);
        // The clause's subject may stand before its contrast word ("Brazil, however, ...").
        let previous_start = clause_starts
            .iter()
            .rev()
            .find(|&&c| c < clause_start)
            .copied()
            .unwrap_or(0);
        for from in [clause_start, previous_start] {
            if let Some(m) = subjects().find(|m| m.start >= from) {
                return m.party.map(|p| (p, Tie::Subject));
            }
        }
        if let Some(m) = subjects().next() {
            return m.party.map(|p| (p, Tie::Subject));
        }
        by().map(|p| (p, Tie::Tied))
    }
}

/// The cues of every sentence counted by polarity and act.
fn act_counts<'p>(sentences: &[SentenceStance<'p>]) -> Vec<ActCount<'p>> {
    let mut counts: Vec<ActCount<'p>> = Vec::new();
    for cue in sentences.iter().flat_map(|s| &s.cues) {
        match counts
            .iter_mut()
            .find(|c| c.polarity == cue.polarity && c.act == cue.act)
        {
            Some(c) => c.count += 1,
            None => counts.push(ActCount {
                polarity: cue.polarity,
                act: cue.act,
                count: 1,
            }),
        }
    }
    let rank = |p: Polarity| match p {
        Polarity::Cooperation => 0,
        Polarity::Resistance => 1,
        Polarity::Pressure => 2,
    };
    // Stable: within a polarity, acts stay in order of first appearance.
    counts.sort_by_key(|c| rank(c.polarity));
    counts
}

/// Counts sentence labels; the score is the mean score of the sentences taking a stance.
fn tally(sentences: &[SentenceStance<'_>]) -> StanceTally {
    let mut t = StanceTally::default();
    let mut sum = 0.0;
    for s in sentences {
        match s.label {
            StanceLabel::Cooperation => t.cooperation += 1,
            StanceLabel::Resistance => t.resistance += 1,
            StanceLabel::Mixed => t.mixed += 1,
            StanceLabel::None => t.none += 1,
        }
        sum += s.score;
    }
    let taking = t.cooperation + t.resistance + t.mixed;
    if taking > 0 {
        t.score = sum / taking as f32;
    }
    // Mixed when the lesser side holds at least a quarter of the stance taken.
    let (c, r) = (t.cooperation + t.mixed, t.resistance + t.mixed);
    t.label = if taking == 0 {
        StanceLabel::None
    } else if 4 * c.min(r) >= c + r {
        StanceLabel::Mixed
    } else if c > r {
        StanceLabel::Cooperation
    } else {
        StanceLabel::Resistance
    };
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renaming a cue id that a rule reads by name would turn the rule off without a word.
    #[test]
    fn the_ids_rules_read_by_name_are_in_the_bundled_lexicons() {
        let stance = Stance::bundled().unwrap_or_else(|e| panic!("{e}"));
        let cues = &stance.lexicon.cues;
        for id in [YET_TO, WITHOUT, LACK_OF, DESPITE] {
            assert!(cues.iter().any(|c| &*c.id == id), "no cue with id {id:?}");
        }
        assert!(
            stance.lexicon.has_rival(ALLIES),
            "no rival pair with {ALLIES:?}"
        );
    }

    #[test]
    fn adjacency_allows_a_possessive_or_one_word() {
        for (gap, tied) in [
            (" ", true),
            ("'s ", true),
            ("’s new ", true),
            (" quickly ", true),
            ("-", true),
            (" steel import ", false),
            (", ", false),
        ] {
            assert_eq!(adjacent(gap), tied, "{gap:?}");
        }
    }

    #[test]
    fn a_document_is_mixed_when_the_lesser_side_holds_a_quarter() {
        let s = |label, score| SentenceStance {
            label,
            score,
            ..SentenceStance::default()
        };
        use StanceLabel::*;
        let t = tally(&[
            s(Cooperation, 0.8),
            s(Resistance, -0.6),
            s(None, 0.0),
            s(Cooperation, 1.0),
        ]);
        assert_eq!((t.cooperation, t.resistance, t.mixed, t.none), (2, 1, 0, 1));
        assert_eq!(t.label, Mixed);
        assert!((t.score - 0.4).abs() < 1e-6);
        let t = tally(&[
            s(Cooperation, 0.8),
            s(Cooperation, 0.6),
            s(Cooperation, 0.6),
            s(Cooperation, 1.0),
            s(Resistance, -1.0),
        ]);
        assert_eq!(t.label, Cooperation);
        assert_eq!(tally(&[s(None, 0.0)]).label, None);
    }

    #[test]
    fn a_cue_inside_a_name_is_the_names_but_a_cue_may_hold_a_name() {
        let stance = Stance::bundled().unwrap();
        let read = |text: &str, names: &[(&str, Label, &'static str)]| {
            let entities: Vec<Entity<'static>> = names
                .iter()
                .map(|&(name, label, id)| {
                    let start = text.find(name).unwrap();
                    Entity {
                        span: Span::from_usize(start, start + name.len()),
                        label,
                        id: Some(id),
                    }
                })
                .collect();
            let sentences = [Span::from_usize(0, text.len())];
            let input = Input {
                text,
                paragraphs: &sentences,
                sentences: &sentences,
                sections: &[],
                entities: &entities,
            };
            let parties = Parties {
                actor: Some("brazil"),
                counterpart: Some("united-states"),
            };
            let (read, _) = stance.read(&input, parties);
            let cues: Vec<String> = read[0]
                .cues
                .iter()
                .map(|c| c.span.slice(text).to_string())
                .collect();
            (read[0].label, cues)
        };
        let brazil = ("Brazil", Label::Gpe, "brazil");
        let (label, cues) = read(
            "Brazil cited the Economic Reciprocity Law.",
            &[
                brazil,
                ("Economic Reciprocity Law", Label::Law, "reciprocity-law"),
            ],
        );
        assert_eq!((label, cues.len()), (StanceLabel::None, 0));
        let (label, cues) = read(
            "Brazil filed a WTO complaint.",
            &[brazil, ("WTO", Label::Org, "world-trade-organization")],
        );
        assert_eq!(
            (label, cues),
            (StanceLabel::Resistance, vec!["WTO complaint".to_string()])
        );
    }

    #[test]
    fn stance_is_shared_across_threads() {
        fn check<T: Send + Sync>() {}
        check::<Stance>();
    }
}
