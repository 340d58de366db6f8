//! Numbers, money, percentages, dates and durations in clean text, with normalized values.
//!
//! [`Numbers::find`] reads a clean text once, as a sequence of tokens (numbers, words,
//! symbols), and recognises figures in it, each a [`Figure`] with its OntoNotes label and the
//! contract's `value`:
//!
//! - amounts in digits or words ("137,000", "3.5", "twenty-five", "a dozen", "two-thirds"),
//!   with scales ("1.2 million", "3bn"), signs, and ranges ("10-15%", "between 2 and 3 million");
//! - what qualifies them, into `mod` ("over", "around", "at least", ...), `stat` ("an average
//!   of") and `per` ("per month", "a year");
//! - MONEY with ISO 4217 codes from symbols, codes and words; PERCENT; QUANTITY with units;
//!   ORDINAL; CARDINAL;
//! - DATE and TIME as TIMEX3 values: full dates in the forms bulletins use, month and year,
//!   years, months alone resolved by the SPEC's rule (tense, then the paragraph's narrative,
//!   then the document date), parts of periods ("the end of May", "mid-2025", "early 2020s"),
//!   quarters, seasons, decades, durations ("16-year", "the past three months") and relative
//!   dates ("last year").
//!
//! Currencies, units, modifiers and rate phrases are data (`lexicons/numbers/`); number words
//! and month names, closed sets, are in the code. Numbers inside names ("G20", "Section 232")
//! are left alone: the caller passes the names already found.
//!
//! ```
//! use gloss_doc::{Label, Span};
//! use gloss_numbers::{Date, Numbers};
//! let text = "In June, the US imposed 25% tariffs; an average of over 137,000 migrants per month crossed.";
//! let span = Span::from_usize(0, text.len());
//! let figures = Numbers::new().find(text, &[span], &[span], &[], Some(Date::new(2026, 6, 30)));
//! let found: Vec<(&str, Label)> = figures.iter().map(|f| (f.span.slice(text), f.label)).collect();
//! assert_eq!(found, [("June", Label::Date), ("25%", Label::Percent), ("an average of over 137,000", Label::Cardinal)]);
//! assert_eq!(figures[0].value.timex.as_deref(), Some("2026-06"));
//! assert_eq!(figures[2].value.per, Some("month"));
//! ```
#![deny(missing_docs)]

use gloss_doc::{Figure, Label, Span, Value};

const CURRENCIES: &str = include_str!("../../../lexicons/numbers/currencies.tsv");
const UNITS: &str = include_str!("../../../lexicons/numbers/units.tsv");
const MODIFIERS: &str = include_str!("../../../lexicons/numbers/modifiers.tsv");
const RATES: &str = include_str!("../../../lexicons/numbers/rates.tsv");

/// A calendar date (the document date that anchors relative dates).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day, 1 to 31.
    pub day: u32,
}

impl Date {
    /// A date.
    pub const fn new(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM` (day 1).
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts
            .next()?
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        let day = parts
            .next()
            .map_or(Some(1), |d| d.parse().ok().filter(|d| (1..=31).contains(d)))?;
        parts.next().is_none().then_some(Date { year, month, day })
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
];
const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORDINAL_TENS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("mn", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("tn", 1e12),
    ("k", 1e3),
    ("crore", 1e7),
    ("lakh", 1e5),
];
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("third", 1.0 / 3.0),
    ("quarter", 0.25),
    ("fifth", 0.2),
    ("tenth", 0.1),
    ("thirds", 1.0 / 3.0),
    ("quarters", 0.25),
];
/// Words after which a number is part of a name or a reference, not a figure.
const REFERENCE_WORDS: &[&str] = &[
    "heading",
    "phase",
    "resolution",
    "no",
    "nos",
    "article",
    "art",
    "section",
    "chapter",
    "order",
    "resolution",
    "paragraph",
    "annex",
    "rule",
    "item",
    "page",
    "p",
    "pp",
    "act",
    "law",
    "bill",
    "case",
    "ds",
    "title",
    "highway",
    "route",
    "vision",
    "boeing",
    "airbus",
    "flight",
    "version",
    "isbn",
    "hs",
];
/// Letters that may touch the digits of a figure ("3bn", "21st", "1990s", "10km").
const DIGIT_SUFFIXES: &[&str] = &[
    "bn", "m", "mn", "mln", "k", "tn", "st", "nd", "rd", "th", "s", "km", "kg", "kV", "MW", "GW",
    "bcm", "pp", "pct",
];
/// Words that make a figure by themselves, besides number and month words.
const CORE_WORDS: &[&str] = &[
    "half",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "tens",
    "noon",
    "midday",
    "midnight",
    "yesterday",
    "today",
    "tomorrow",
    "annual",
    "daily",
    "monthly",
    "weekly",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "days",
    "weeks",
    "months",
    "decades",
    "years",
    "hours",
    "year",
    "month",
    "week",
    "day",
    "decade",
    "fiscal",
    "financial",
];
/// Words that open a figure before a core word ("the end of May", "between 2 and 3").
const LEADING_WORDS: &[&str] = &[
    "a", "an", "the", "between", "from", "early", "late", "mid", "another", "recent", "last",
    "next", "this", "q", "h",
];
/// Unit words that may follow a number word by a hyphen ("one-kilogram", "five-minute").
const UNIT_WORDS: &[&str] = &[
    "kilogram",
    "kilometre",
    "kilometer",
    "ounce",
    "minute",
    "hour",
    "percent",
    "tonne",
    "mile",
];
/// Words in a clause that make it about the future (SPEC, "Dates without a year").
const FUTURE: &[&str] = &[
    "will",
    "scheduled",
    "plans",
    "planned",
    "upcoming",
    "next",
    "due",
    "shall",
];
/// Nouns that make a four-digit number a count, not a year.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "migrants",
    "members",
    "cases",
    "units",
    "inhabitants",
    "residents",
    "workers",
    "jobs",
    "households",
    "companies",
    "vehicles",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Digits, with `,` or `.` between digits.
    Num,
    /// Letters.
    Word,
    /// Any other character.
    Sym,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// What the token may be in a figure (`STARTER`, `CORE`, `DATE` bits), set by
    /// `Numbers::find` once per token: 0 until then.
    class: u8,
}

/// The token may open a figure: a digit, a currency sign, or a word of the tables.
const STARTER: u8 = 1;
/// The token makes a figure by itself (a digit, a number or month word, a period).
const CORE: u8 = 2;
/// A rule of `Numbers::date` other than the compared duration may start at the token.
const DATE: u8 = 4;

fn tokenize(text: &str, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    // The character at byte `i` and its length; most are ASCII, read without decoding.
    let char_at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
        Some(_) => text[i..].chars().next().map(|c| (c, c.len_utf8())),
        None => None,
    };
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(i).unwrap_or((' ', 1));
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            i += 1;
            loop {
                if i < bytes.len()
                    && (bytes[i].is_ascii_digit()
                        || (matches!(bytes[i], b',' | b'.')
                            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
                {
                    i += 1;
                    continue;
                }
                // "137 000" with a no-break or narrow no-break space between groups of three.
                let space = ["\u{a0}", "\u{202f}"]
                    .into_iter()
                    .find(|sp| text[i..].starts_with(sp));
                match space {
                    Some(sp) if is_digit_group(&bytes[i + sp.len()..]) => {
                        i += sp.len();
                    }
                    _ => break,
                }
            }
            Kind::Num
        } else if c.is_alphabetic() {
            i += len;
            while let Some((_, len)) = char_at(i).filter(|(c, _)| c.is_alphabetic()) {
                i += len;
            }
            Kind::Word
        } else {
            i += len;
            Kind::Sym
        };
        out.push(Tok {
            start,
            end: i,
            kind,
            class: 0,
        });
    }
}

/// Exactly three digits and then no digit: a group of a number written "137 000".
fn is_digit_group(rest: &[u8]) -> bool {
    rest.len() >= 3
        && rest[..3].iter().all(u8::is_ascii_digit)
        && !rest.get(3).is_some_and(u8::is_ascii_digit)
}

/// FNV-1a: short keys (a word) hash faster than with SipHash, and nothing here is adversarial
/// beyond the lexicon files the user controls.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<V> = std::collections::HashMap<Vec<u8>, V, std::hash::BuildHasherDefault<Fnv>>;

/// Lower-case words with a value each (class bits, phrases), asked of many words of a text.
/// Most words are in no such table, so a table of the lengths its words have per first and
/// last letter turns most of them away before any hashing.
#[derive(Clone, Debug)]
struct WordMap<V> {
    words: FastMap<V>,
    /// Per pair of first and last letter, in any case (other bytes share a 27th letter): bit
    /// `n` is set when a word of `n` bytes (31 and longer share bit 31) has them.
    lengths: [u32; 27 * 27],
}

impl<V> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap {
            words: FastMap::default(),
            lengths: [0; 27 * 27],
        }
    }
}

impl<V: Default> WordMap<V> {
    /// The value of `word` (lower case), made when it is new.
    fn entry(&mut self, word: String) -> &mut V {
        if let Some(slot) = Self::slot(&word) {
            self.lengths[slot] |= 1 << word.len().min(31);
        }
        self.words.entry(word.into_bytes()).or_default()
    }
}

impl WordMap<u8> {
    /// Gives each of `words` (lower case) the class bits `class`, besides those it has.
    fn add(&mut self, words: impl IntoIterator<Item = String>, class: u8) {
        for w in words {
            *self.entry(w) |= class;
        }
    }
}

impl<V> WordMap<V> {
    /// The slot of `word` in `lengths` (None for the empty word).
    fn slot(word: &str) -> Option<usize> {
        let letter = |b: &u8| match b.to_ascii_lowercase() {
            l @ b'a'..=b'z' => usize::from(l - b'a'),
            _ => 26,
        };
        let bytes = word.as_bytes();
        Some(letter(bytes.first()?) * 27 + letter(bytes.last()?))
    }

    /// The value of `word` in any ASCII case.
    fn get(&self, word: &str) -> Option<&V> {
        if self.lengths[Self::slot(word)?] & (1 << word.len().min(31)) == 0 {
            return None;
        }
        let mut buf = [0u8; 24];
        lower(word, &mut buf).and_then(|l| self.words.get(l))
    }
}

/// `word` in lower case in `buf` (ASCII letters lowered; longer words give None).
fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let b = buf.get_mut(..word.len())?;
    b.copy_from_slice(word.as_bytes());
    b.make_ascii_lowercase();
    Some(b)
}

/// Whether `word` is one of the words after which a number is a reference (`REFERENCE_WORDS`),
/// tested by length first.
fn is_reference_word(word: &str) -> bool {
    (1..=12).contains(&word.len())
        && REFERENCE_WORDS
            .iter()
            .any(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
}

/// A phrase table: lower-case phrases of one or more words, with what they mean.
#[derive(Clone, Debug)]
struct Phrases<T> {
    entries: Vec<(Vec<String>, T)>,
    /// Entries by their first word (longest first), so a look-up reads only its candidates.
    by_first: WordMap<Vec<usize>>,
}

impl<T: Copy> Phrases<T> {
    fn parse(tsv: &str, value: impl Fn(&[&str]) -> Option<T>) -> Phrases<T> {
        let mut entries: Vec<(Vec<String>, T)> = tsv
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                let v = value(&cols)?;
                Some((split_phrase(cols[0]), v))
            })
            .collect();
        // Longest phrases first, so "well over" wins over "over".
        entries.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        let mut by_first: WordMap<Vec<usize>> = WordMap::default();
        for (k, (words, _)) in entries.iter().enumerate() {
            by_first.entry(words[0].clone()).push(k);
        }
        Phrases { entries, by_first }
    }
}

/// A phrase as the tokens it is made of, lower case ("per cent" -> ["per", "cent"],
/// "C$" -> ["c", "$"]).
fn split_phrase(phrase: &str) -> Vec<String> {
    let mut toks = Vec::new();
    tokenize(phrase, &mut toks);
    toks.iter()
        .map(|t| phrase[t.start..t.end].to_lowercase())
        .collect()
}

fn leak(s: &str) -> &'static str {
    // The tables are built once per process and live as long as it; leaking their few dozen
    // short strings gives values of the `'static` lifetime the output types carry.
    Box::leak(s.to_string().into_boxed_str())
}

/// Finds figures; build once, share across threads.
#[derive(Clone, Debug)]
pub struct Numbers {
    /// Lower-case words that may open a figure (`STARTER`); of them, the figure's cores
    /// (number and month words, periods...: `CORE`), since any other starter ("the", "over")
    /// opens a figure only when a digit or a core word follows closely; and the cores and
    /// leading words, where a rule of `Numbers::date` may start (`DATE`).
    words: WordMap<u8>,
    prefix_currencies: Phrases<&'static str>,
    suffix_currencies: Phrases<&'static str>,
    units: Phrases<(&'static str, Label)>,
    modifiers: Phrases<(bool, &'static str)>,
    rates: Phrases<&'static str>,
}

impl Default for Numbers {
    fn default() -> Numbers {
        Numbers::new()
    }
}

/// A number read from tokens: its value (None for a vague amount such as "dozens"), the
/// token after it, and whether a scale word was read ("3 million").
#[derive(Clone, Copy, Debug)]
struct Read {
    value: Option<f64>,
    next: usize,
    scaled: bool,
}

/// One amount with its unit, as read by `Numbers::one_amount`.
#[derive(Clone, Copy, Debug)]
struct Amount {
    value: Option<f64>,
    next: usize,
    unit: Option<(&'static str, Label)>,
    scaled: bool,
}

/// The tokens of one text, and what the finder knows about its context.
struct Ctx<'a> {
    text: &'a str,
    /// `text` in ASCII lower case: the same byte offsets, so a token's lower-case form is a
    /// slice of it rather than a new string each time a rule asks.
    lower: &'a str,
    toks: &'a [Tok],
    /// The number read at each token (outer None: not read yet), since the date and amount
    /// rules ask for the same one several times.
    numbers: std::cell::RefCell<Vec<Option<Option<Read>>>>,
}

impl<'a> Ctx<'a> {
    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Token `i` in ASCII lower case.
    fn lower(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is `word` in any ASCII case; `word` is written in lower case.
    fn is(&self, i: usize, word: &str) -> bool {
        debug_assert!(!word.bytes().any(|b| b.is_ascii_uppercase()), "{word:?}");
        self.lower(i) == word
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    fn touch(&self, i: usize) -> bool {
        matches!((self.toks.get(i), self.toks.get(i + 1)), (Some(a), Some(b)) if a.end == b.start)
    }

    /// The phrase of `table` that starts at token `i`, and the token after it.
    fn phrase<T: Copy>(&self, table: &Phrases<T>, i: usize) -> Option<(T, usize)> {
        let candidates = table.by_first.get(self.s(i))?;
        candidates
            .iter()
            .map(|&k| &table.entries[k])
            .find_map(|(words, v)| {
                let ok = words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.s(i + k).eq_ignore_ascii_case(w))
                    && (0..words.len().saturating_sub(1)).all(|k| {
                        // Symbols inside a phrase ("C$") must touch; words are separated by spaces.
                        let sym = self.kind(i + k) == Some(Kind::Sym)
                            || self.kind(i + k + 1) == Some(Kind::Sym);
                        !sym || self.touch(i + k)
                    });
                ok.then_some((*v, i + words.len()))
            })
    }

    /// Whether token `i` follows a word after which a number is a reference ("Article 7",
    /// "No. 8", "Art. 5"), the word's full stop allowed.
    fn after_reference_word(&self, i: usize) -> bool {
        let prev = if self.s(i.wrapping_sub(1)) == "." {
            i.wrapping_sub(2)
        } else {
            i.wrapping_sub(1)
        };
        i > 0 && is_reference_word(self.s(prev))
    }

    fn span(&self, first: usize, next: usize) -> Span {
        Span::from_usize(self.toks[first].start, self.toks[next - 1].end)
    }
}

fn digits_value(s: &str) -> Option<f64> {
    // Most numbers are only digits and a point: read in place, without a copy.
    if s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return s.parse().ok();
    }
    s.chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect::<String>()
        .parse()
        .ok()
}

fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

/// Whether a starter at `i` is itself a core, or a digit or core word follows within five
/// tokens ("the end of May", "over 83%"); a symbol opens a figure only before a digit.
fn core_follows(toks: &[Tok], i: usize) -> bool {
    match toks[i].kind {
        Kind::Sym => toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num),
        Kind::Num | Kind::Word => toks[i..].iter().take(6).any(|t| t.class & CORE != 0),
    }
}

impl Numbers {
    /// A finder with the bundled tables.
    pub fn new() -> Numbers {
        let code = |c: &[&str]| c.get(2).map(|s| leak(s.trim()));
        let mut numbers = Numbers {
            words: Default::default(),
            prefix_currencies: Phrases::parse(CURRENCIES, |c| {
                if c.get(1) == Some(&"prefix") {
                    code(c)
                } else {
                    None
                }
            }),
            suffix_currencies: Phrases::parse(CURRENCIES, |c| {
                if c.get(1) == Some(&"suffix") {
                    code(c)
                } else {
                    None
                }
            }),
            units: Phrases::parse(UNITS, |c| {
                Some((leak(c.get(1)?.trim()), Label::from_name(c.get(2)?.trim())?))
            }),
            modifiers: Phrases::parse(MODIFIERS, |c| {
                Some((*c.get(1)? == "stat", leak(c.get(2)?.trim())))
            }),
            rates: Phrases::parse(RATES, |c| c.get(1).map(|s| leak(s.trim()))),
        };
        // Core words make a figure by themselves (number and month words, periods); starters
        // are the cores, the first words of every phrase, and words that open a figure before
        // a core ("the end of May", "between", "last year").
        let word_lists = ONES
            .iter()
            .chain(&TENS)
            .chain(&ORDINALS)
            .chain(&ORDINAL_TENS)
            .chain(&WEEKDAYS)
            .chain(&MONTHS)
            .chain(&MONTH_ABBREVIATIONS)
            .chain(FRACTIONS.iter().map(|(w, _)| w))
            .chain(CORE_WORDS)
            .filter(|w| !w.is_empty())
            .map(|w| w.to_ascii_lowercase());
        // Every rule of `date` but the compared duration starts at a number, a core or a
        // leading word ("the", "last", "early"): numbers, ordinals, months, weekdays, periods.
        let words = &mut numbers.words;
        words.add(word_lists, STARTER | CORE | DATE);
        words.add(LEADING_WORDS.iter().map(|w| w.to_string()), STARTER | DATE);
        let currency_firsts = numbers
            .prefix_currencies
            .entries
            .iter()
            .map(|(w, _)| w[0].clone());
        let firsts =
            currency_firsts.chain(numbers.modifiers.entries.iter().map(|(w, _)| w[0].clone()));
        words.add(firsts, STARTER);
        numbers
    }
    /// The figures in `text`, in order. `paragraphs` and `sentences` are the text's segments
    /// (for the tense and narrative of dates without a year); `names` are spans already tagged
    /// as names, whose numbers are not figures; `date` is the document date.
    pub fn find(
        &self,
        text: &str,
        paragraphs: &[Span],
        sentences: &[Span],
        names: &[Span],
        date: Option<Date>,
    ) -> Vec<Figure> {
        let mut toks = Vec::with_capacity(text.len() / 5);
        tokenize(text, &mut toks);
        for t in &mut toks {
            t.class = self.class(text, *t);
        }
        let lower = text.to_ascii_lowercase();
        let ctx = Ctx {
            text,
            lower: &lower,
            toks: &toks,
            numbers: std::cell::RefCell::new(vec![None; toks.len()]),
        };
        let mut out = Vec::new();
        let mut narrative: Option<(Date, u32)> = None; // last explicit date, and its paragraph's end
        let mut point: Option<Date> = None; // the last full date read, for "two days later"
                                            // Cursors over the sorted names, paragraphs and sentences: each is passed once.
        let (mut name, mut paragraph, mut sentence) = (0, 0, 0);
        // The tense of the current sentence, read only when a date without a year needs it.
        let mut future_of: (usize, std::cell::OnceCell<bool>) = (usize::MAX, Default::default());
        let mut i = 0;
        while i < toks.len() {
            let t = toks[i];
            // Most tokens are ordinary words: only a digit, a symbol or a word that may open a
            // figure is looked at further.
            if t.class & STARTER == 0 || !core_follows(&toks, i) {
                i += 1;
                continue;
            }
            while name < names.len() && (names[name].end as usize) <= t.start {
                name += 1;
            }
            if names.get(name).is_some_and(|n| (n.start as usize) < t.end) {
                i += 1;
                continue;
            }
            while paragraph < paragraphs.len() && (paragraphs[paragraph].end as usize) < t.end {
                paragraph += 1;
            }
            let paragraph_end = paragraphs.get(paragraph).map_or(u32::MAX, |p| p.end);
            if narrative.is_some_and(|(_, end)| end != paragraph_end) {
                narrative = None;
                point = None;
            }
            while sentence < sentences.len() && (sentences[sentence].end as usize) <= t.start {
                sentence += 1;
            }
            if future_of.0 != sentence {
                future_of = (sentence, Default::default());
            }
            let clause = sentences
                .get(sentence)
                .filter(|s| s.start as usize <= t.start)
                .map_or("", |s| s.slice(text));
            let anchor = Anchor {
                date,
                narrative: narrative.map(|(d, _)| d),
                narrative_point: point,
                future: Tense {
                    clause,
                    future: &future_of.1,
                },
            };
            let found = self.date(&ctx, i, anchor).or_else(|| self.amount(&ctx, i));
            match found {
                Some((next, label, value)) => {
                    if label == Label::Date {
                        if let Some(d) = value.timex.as_deref().and_then(explicit_date) {
                            // Only a date whose year is written anchors the narrative.
                            let written_year = (i..next).any(|k| year_at(&ctx, k).is_some());
                            if written_year {
                                narrative = Some((d, paragraph_end));
                            }
                            point = Some(d);
                        }
                    }
                    out.push(Figure {
                        span: ctx.span(i, next),
                        label,
                        value,
                    });
                    i = next;
                }
                None => i += 1,
            }
        }
        // A time takes the day named in its sentence; else its day is unknown.
        for k in 0..out.len() {
            if out[k].label != Label::Time
                || !out[k]
                    .value
                    .timex
                    .as_deref()
                    .is_some_and(|t| t.starts_with('T'))
            {
                continue;
            }
            let sentence = sentences
                .iter()
                .find(|s| s.start <= out[k].span.start && out[k].span.end <= s.end);
            let day = out.iter().filter(|f| f.label == Label::Date).find(|f| {
                sentence.is_some_and(|s| s.start <= f.span.start && f.span.end <= s.end)
                    && f.value
                        .timex
                        .as_deref()
                        .is_some_and(|t| t.len() == 10 && !t.starts_with('P'))
            });
            let prefix = day
                .and_then(|f| f.value.timex.clone())
                .unwrap_or_else(|| "XXXX-XX-XX".into());
            if let Some(t) = out[k].value.timex.as_mut() {
                *t = format!("{prefix}{t}");
            }
        }
        out
    }

    /// The class bits of token `t`: a digit is a core; of the symbols, currency signs, signs
    /// and "~" open figures and other punctuation never does; a word has those of the tables.
    fn class(&self, text: &str, t: Tok) -> u8 {
        match t.kind {
            Kind::Num => STARTER | CORE | DATE,
            Kind::Sym => match &text[t.start..t.end] {
                "$" | "€" | "£" | "¥" | "₹" | "-" | "−" | "–" | "+" | "~" => STARTER,
                _ => 0,
            },
            Kind::Word => self.words.get(&text[t.start..t.end]).copied().unwrap_or(0),
        }
    }

    /// A number in words or digits (with its scale) at token `i`.
    fn number(&self, c: &Ctx<'_>, i: usize, after_currency: bool) -> Option<Read> {
        if after_currency {
            return self.read_number(c, i, true);
        }
        if let Some(Some(known)) = c.numbers.borrow().get(i) {
            return *known;
        }
        let read = self.read_number(c, i, false);
        if let Some(slot) = c.numbers.borrow_mut().get_mut(i) {
            *slot = Some(read);
        }
        read
    }

    fn read_number(&self, c: &Ctx<'_>, i: usize, after_currency: bool) -> Option<Read> {
        let read = match c.kind(i)? {
            Kind::Num => {
                // Not a figure inside a name or reference ("COVID-19", "Article 7").
                if i > 0
                    && c.touch(i - 1)
                    && c.kind(i - 1) == Some(Kind::Sym)
                    && c.s(i - 1) == "-"
                    && i > 1
                    && c.kind(i - 2) == Some(Kind::Word)
                    && c.touch(i - 2)
                {
                    return None;
                }
                if !after_currency && i > 0 && c.kind(i - 1) == Some(Kind::Word) && c.touch(i - 1) {
                    return None;
                }
                if c.after_reference_word(i) {
                    return None;
                }
                // "5G", "F-35", "24/7", "2.3.1", "1-800-555-0199": identifiers, not figures.
                let touching_letters = c.kind(i + 1) == Some(Kind::Word) && c.touch(i);
                if touching_letters && !DIGIT_SUFFIXES.contains(&c.s(i + 1)) {
                    return None;
                }
                let joined = |k: usize| {
                    matches!(c.s(k), "/" | "-" | "+")
                        && c.touch(k - 1)
                        && c.touch(k)
                        && c.kind(k + 1) == Some(Kind::Num)
                };
                if (c.s(i + 1) == "/" && joined(i + 1))
                    || (i > 0 && c.s(i - 1) == "/" && c.touch(i - 1))
                {
                    return None;
                }
                if (c.s(i + 1) == "+" && joined(i + 1))
                    || (i > 1
                        && c.s(i - 1) == "+"
                        && c.touch(i - 1)
                        && c.kind(i - 2) == Some(Kind::Num))
                {
                    return None;
                }
                // "demands: 1. removal ...; 2. quotas": list numbers.
                let listed =
                    c.s(i + 1) == "." && c.touch(i) && (i == 0 || matches!(c.s(i - 1), ":" | ";"));
                if listed {
                    return None;
                }
                if c.s(i + 1) == "-" && joined(i + 1) && c.s(i + 3) == "-" && c.touch(i + 2) {
                    return None; // a phone number or code: three groups or more
                }
                if i > 1
                    && c.s(i - 1) == "-"
                    && c.touch(i - 1)
                    && c.kind(i - 2) == Some(Kind::Num)
                    && c.s(i - 3) == "-"
                {
                    return None;
                }
                if c.s(i).matches('.').count() > 1
                    && c.s(i).rsplit('.').next().is_none_or(|y| y.len() != 4)
                {
                    return None;
                }
                Read {
                    scaled: false,
                    value: digits_value(c.s(i)),
                    next: i + 1,
                }
            }
            Kind::Word => self.number_words(c, i)?,
            Kind::Sym => return None,
        };
        // A scale: "1.2 million", "3bn" (touching), "two billion".
        let mut read = read;
        if let Some((scale, next)) = scale_at(c, read.next) {
            let touching_letters = c.kind(read.next) == Some(Kind::Word) && c.touch(read.next - 1);
            let spelled = scale >= 1e3 && !matches!(c.s(read.next), "m" | "k");
            if spelled || touching_letters {
                read = Read {
                    scaled: true,
                    value: read.value.map(|v| v * scale),
                    next,
                };
            }
        }
        Some(read)
    }

    /// A number in words: "twenty-five", "a hundred and twenty", "two thousand five hundred",
    /// "one and a half million", "half a million", "two dozen", "dozens", "two-thirds".
    fn number_words(&self, c: &Ctx<'_>, i: usize) -> Option<Read> {
        let mut buf = [0u8; 24];
        let w: &str = lower(c.s(i), &mut buf)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        // Vague amounts: "dozens", "hundreds of thousands".
        if matches!(
            w,
            "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "tens"
        ) {
            let mut next = i + 1;
            if c.is(next, "of") && matches!(c.s(next + 1), "thousands" | "millions" | "billions") {
                next += 2;
            }
            return (w != "tens" || next > i + 1).then_some(Read {
                scaled: false,
                value: None,
                next,
            });
        }
        if i > 0 && is_reference_word(c.s(i - 1)) {
            return None; // "Phase One"
        }
        // "no one", "the one that", "one another": a pronoun, not a count.
        if w == "one" {
            let before = c.lower(i.wrapping_sub(1));
            let after = c.lower(i + 1);
            if ["no", "the", "any", "every", "each", "this", "that", "which"].contains(&before)
                || ["another", "who", "that", "which"].contains(&after)
            {
                return None;
            }
        }
        let unit_word = |k: usize| -> Option<(f64, usize)> {
            if let Some(n) = ONES.iter().position(|o| c.is(k, o)) {
                return Some((n as f64, k + 1));
            }
            let t = TENS.iter().position(|t| !t.is_empty() && c.is(k, t))?;
            // twenty-five
            if c.s(k + 1) == "-" && c.touch(k) && c.touch(k + 1) {
                if let Some(u) = ONES[1..10].iter().position(|o| c.is(k + 2, o)) {
                    return Some(((t * 10 + u + 1) as f64, k + 3));
                }
            }
            Some(((t * 10) as f64, k + 1))
        };
        let is_big_scale = |k: usize| {
            SCALES
                .iter()
                .any(|(s, v)| c.is(k, s) && *v >= 1e3 && s.len() > 2)
        };
        // "a"/"an" stands for one before a dozen, a hundred, a scale or a fraction.
        let (mut current, mut k) = if w == "a" || w == "an" {
            let next = c.lower(i + 1);
            if let Some((_, f)) = FRACTIONS
                .iter()
                .find(|(f, _)| *f == next && !f.ends_with('s'))
            {
                return Some(Read {
                    scaled: false,
                    value: Some(round4(*f)),
                    next: i + 2,
                });
            }
            if next == "dozen" || next == "hundred" || is_big_scale(i + 1) {
                (1.0, i + 1)
            } else {
                return None;
            }
        } else if w == "half" {
            // "half a million"
            if (c.is(i + 1, "a") || c.is(i + 1, "an")) && is_big_scale(i + 2) {
                let scale = SCALES
                    .iter()
                    .find(|(s, _)| c.is(i + 2, s))
                    .map_or(1.0, |(_, v)| *v);
                return Some(Read {
                    scaled: false,
                    value: Some(0.5 * scale),
                    next: i + 3,
                });
            }
            return Some(Read {
                scaled: false,
                value: Some(0.5),
                next: i + 1,
            });
        } else {
            unit_word(i)?
        };
        // "two-way", "one-sided": an adjective, not a count ("two-thirds" and "ten-year" are
        // read below and by the period rules).
        if c.s(k) == "-" && c.touch(k - 1) && c.touch(k) && c.kind(k + 1) == Some(Kind::Word) {
            let after = c.s(k + 1);
            let known = FRACTIONS.iter().any(|(f, _)| after.eq_ignore_ascii_case(f))
                || period_unit(after).is_some()
                || UNIT_WORDS.iter().any(|u| after.eq_ignore_ascii_case(u));
            if !known {
                return None;
            }
        }
        // Fractions after a count: "two-thirds", "three quarters".
        if c.s(k) == "-" && c.touch(k - 1) && c.touch(k) {
            if let Some((_, f)) = FRACTIONS.iter().find(|(f, _)| c.is(k + 1, f)) {
                return Some(Read {
                    scaled: false,
                    value: Some(round4(current * f)),
                    next: k + 2,
                });
            }
        }
        if let Some((_, f)) = FRACTIONS
            .iter()
            .find(|(f, _)| f.ends_with('s') && c.is(k, f))
        {
            return Some(Read {
                scaled: false,
                value: Some(round4(current * f)),
                next: k + 1,
            });
        }
        let mut total = 0.0;
        loop {
            let word = c.lower(k);
            if word == "dozen" {
                current *= 12.0;
                k += 1;
            } else if word == "hundred" {
                current *= 100.0;
                k += 1;
                // "a hundred and twenty"
                if c.is(k, "and") {
                    if let Some((n, next)) = unit_word(k + 1) {
                        current += n;
                        k = next;
                    }
                }
            } else if is_big_scale(k)
                && (c.kind(k + 1) == Some(Kind::Word) && unit_word(k + 1).is_some())
            {
                // "two thousand five hundred": the scale closes a group, words go on.
                let scale = SCALES
                    .iter()
                    .find(|(s, _)| c.is(k, s))
                    .map_or(1.0, |(_, v)| *v);
                total += current * scale;
                let (n, next) = unit_word(k + 1)?;
                current = n;
                k = next;
            } else if word == "and" && c.is(k + 1, "a") && c.is(k + 2, "half") {
                current += 0.5;
                k += 3;
            } else {
                break;
            }
        }
        Some(Read {
            scaled: false,
            value: Some(total + current),
            next: k,
        })
    }

    /// An amount with everything around it: modifiers, stat, currency, unit, range, rate.
    fn amount(&self, c: &Ctx<'_>, i: usize) -> Option<(usize, Label, Value)> {
        let mut value = Value::default();
        let mut k = i;
        // Modifiers and stat, in any order ("an average of over").
        for _ in 0..2 {
            if let Some(((is_stat, v), next)) = c.phrase(&self.modifiers, k) {
                if is_stat {
                    value.stat = Some(v);
                } else {
                    value.modifier = Some(v);
                }
                k = next;
            }
        }
        let between = c.is(k, "between") || (c.is(k, "from") && k == i);
        if between {
            k += 1;
        }
        let (first, mut currency) = self.one_amount(c, k)?;
        let mut next = first.next;
        if first.unit.is_none() && currency.is_none() && period_unit(c.s(next)).is_some() {
            return None; // "over six decades": the period is read from its number on
        }
        let mut unit = first.unit;
        // A range: "10-15%", "5% to 7%", "between 2 and 3 million", "from 5 to 7 billion".
        let joiner = c.s(next);
        let hyphen = matches!(joiner, "-" | "–") && c.touch(next - 1) && c.touch(next);
        let word_joiner = if between {
            joiner.eq_ignore_ascii_case("and") || joiner.eq_ignore_ascii_case("to")
        } else {
            joiner.eq_ignore_ascii_case("to")
        };
        let mut range = None;
        if (hyphen || word_joiner) && first.value.is_some() {
            if let Some((second, currency2)) = self
                .one_amount(c, next + 1)
                .filter(|(r, _)| r.value.is_some())
            {
                let same_kind = unit.is_none() || second.unit.is_none() || unit == second.unit;
                // "from 36 to 22", "from 31% to 39%" are changes (two figures); "from 5 to 7
                // billion dollars", with the unit written once, is a range.
                let rising = matches!((first.value, second.value), (Some(a), Some(b)) if a < b);
                let change = c.is(k - 1, "from") && first.unit.is_some();
                if same_kind && rising && !change {
                    range = Some((first.value, second.value, first.scaled));
                    next = second.next;
                    unit = second.unit.or(unit);
                    currency = currency2.or(currency);
                }
            }
        }
        if between && range.is_none() {
            return None;
        }
        // Years joined by "and"/"to"/a dash are two dates ("between 2020 and 2023").
        let year =
            |v: Option<f64>| v.is_some_and(|a| (1000.0..=2100.0).contains(&a) && a.fract() == 0.0);
        if let Some((lo, hi, _)) = range {
            if unit.is_none() && currency.is_none() && year(lo) && year(hi) {
                return None;
            }
        }
        // A scale written once after a range ("between 2 and 3 million") applies to both ends.
        if let Some((Some(lo), Some(hi), false)) = range.as_mut().map(|r| (&mut r.0, r.1, r.2)) {
            if *lo < 1e3 && hi >= 1e3 {
                if let Some(s) = [1e12, 1e9, 1e6, 1e3]
                    .into_iter()
                    .find(|s| hi % s == 0.0 && hi / s < 1e3)
                {
                    *lo *= s;
                }
            }
        }
        let mut label = Label::Cardinal;
        if let Some((u, l)) = unit {
            value.unit = Some(u);
            label = l;
        }
        if let Some((code, cents)) = currency {
            label = Label::Money;
            value.unit = Some(code);
            if cents {
                range = range.map(|(lo, hi, s)| (lo.map(|v| v / 100.0), hi.map(|v| v / 100.0), s));
            }
        }
        let mut amount = first.value;
        if currency.is_some_and(|(_, cents)| cents) {
            amount = amount.map(|v| v / 100.0);
        }
        // Trailing qualifiers: "or more", "or less", "on average", "in total".
        for (phrase, field, v) in [
            (["or", "more"], "mod", "at_least"),
            (["or", "less"], "mod", "at_most"),
            (["on", "average"], "stat", "average"),
            (["in", "total"], "stat", "total"),
        ] {
            if c.is(next, phrase[0]) && c.is(next + 1, phrase[1]) {
                if field == "mod" {
                    value.modifier = Some(v);
                } else {
                    value.stat = Some(v);
                }
                next += 2;
            }
        }
        // Rate: right after ("a year": in the span) or after the counted noun ("137,000
        // migrants per month": outside it).
        if let Some((per, n)) = c.phrase(&self.rates, next) {
            value.per = Some(per);
            next = n;
        } else if label == Label::Cardinal {
            let mut k = next;
            while k < next + 5 && c.kind(k) == Some(Kind::Word) {
                k += 1;
                if let Some((per, _)) = c
                    .phrase(&self.rates, k)
                    .filter(|(p, _)| ["month", "year", "day", "week"].contains(p))
                {
                    value.per = Some(per);
                    break;
                }
            }
        }
        // A bare four-digit number is a year (left to `date`) unless it counts something.
        if label == Label::Cardinal
            && range.is_none()
            && year(amount)
            && c.kind(k) == Some(Kind::Num)
            && !c.s(k).contains(',')
        {
            let noun = c.lower(first.next);
            if !COUNT_NOUNS.contains(&noun) && value.modifier.is_none() && value.stat.is_none() {
                return None;
            }
        }
        match range {
            Some((lo, hi, _)) => {
                value.min = lo.map(round_amount);
                value.max = hi.map(round_amount);
            }
            None => value.amount = amount.map(round_amount),
        }
        Some((next, label, value))
    }

    /// One amount: an optional sign and currency prefix, a number with its scale, and a unit
    /// or currency word after it ("C$1.3 billion", "−0.3%", "30 billion Canadian dollars",
    /// "billions of dollars", "5 cents").
    fn one_amount(
        &self,
        c: &Ctx<'_>,
        mut k: usize,
    ) -> Option<(Amount, Option<(&'static str, bool)>)> {
        let mut currency = None;
        if let Some((code, next)) = c.phrase(&self.prefix_currencies, k) {
            // A one-letter prefix ("R50") must touch the digits.
            let letters = next == k + 1 && c.kind(k) == Some(Kind::Word);
            let one_letter = letters && c.s(k).chars().count() == 1;
            // "R50" touches; "USD 3bn" does not ("COP30" is a conference).
            let fits = if one_letter {
                c.touch(k) && c.kind(next) == Some(Kind::Num)
            } else {
                !letters || !c.touch(k)
            };
            if fits {
                currency = Some((code, false));
                k = next;
            }
        }
        let sign = match c.s(k) {
            "-" | "−" | "–" | "+"
                if c.touch(k)
                    && c.kind(k + 1) == Some(Kind::Num)
                    && (k == 0 || !c.touch(k - 1)) =>
            {
                Some(c.s(k) != "+")
            }
            _ => None,
        };
        if sign.is_some() {
            k += 1;
        }
        let read = self.number(c, k, currency.is_some())?;
        let scaled = read.scaled;
        let mut value = read.value.map(|v| if sign == Some(true) { -v } else { v });
        let mut next = read.next;
        // "billions of dollars"
        if value.is_none() && c.is(next, "of") {
            if let Some((code, n)) = c.phrase(&self.suffix_currencies, next + 1) {
                return Some((
                    Amount {
                        value: None,
                        next: n,
                        unit: None,
                        scaled,
                    },
                    Some((code, false)),
                ));
            }
        }
        let mut unit = None;
        // "50-percent tariff", "a 1,000-km railway"
        let hyphen_unit = c.s(next) == "-" && c.touch(next - 1) && c.touch(next);
        let at = if hyphen_unit { next + 1 } else { next };
        if let Some(((u, l), n)) = c.phrase(&self.units, at) {
            if c.kind(at) != Some(Kind::Sym) || c.touch(at - 1) || c.s(at) == "%" {
                unit = Some((u, l));
                next = n;
            }
        }
        if unit.is_none() && currency.is_none() {
            if let Some((code, n)) = c.phrase(&self.suffix_currencies, next) {
                let cents = c.is(next, "cents");
                currency = Some((code, cents));
                next = n;
            }
        }
        if value.is_some() && sign.is_none() {
            value = value.map(|v| v.abs());
        }
        Some((
            Amount {
                value,
                next,
                unit,
                scaled,
            },
            currency,
        ))
    }
}

fn round_amount(x: f64) -> f64 {
    if x.fract() == 0.0 {
        x
    } else {
        (x * 1e6).round() / 1e6
    }
}

fn scale_at(c: &Ctx<'_>, i: usize) -> Option<(f64, usize)> {
    let w = c.s(i);
    SCALES
        .iter()
        .find(|(s, _)| w.eq_ignore_ascii_case(s))
        .map(|(_, v)| (*v, i + 1))
}

fn is_future(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    // "is to ", "are to " anywhere: looked for only at the spaces before "to ".
    let ends = |k: usize, w: &[u8]| k >= w.len() && bytes[k - w.len()..k].eq_ignore_ascii_case(w);
    let is_to = (0..bytes.len()).any(|k| {
        bytes[k] == b' '
            && bytes
                .get(k..k + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b" to "))
            && (ends(k, b"is") || ends(k, b"are"))
    });
    is_to
        || sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| FUTURE.iter().any(|f| f.eq_ignore_ascii_case(w)))
}

/// Whether a sentence is about the future, read once and only if asked.
#[derive(Clone, Copy, Debug)]
struct Tense<'s> {
    clause: &'s str,
    future: &'s std::cell::OnceCell<bool>,
}

impl Tense<'_> {
    fn is_future(&self) -> bool {
        *self.future.get_or_init(|| is_future(self.clause))
    }
}

/// What a date without a year is resolved against.
#[derive(Clone, Copy, Debug)]
struct Anchor<'s> {
    date: Option<Date>,
    narrative: Option<Date>,
    /// The narrative's last full date (a day or a month with its year), for "two days later".
    narrative_point: Option<Date>,
    future: Tense<'s>,
}

impl Anchor<'_> {
    /// The year of a month (and day) without one, by the SPEC's rule.
    fn year(&self, month: u32, day: u32) -> Option<i32> {
        let md = (month, day);
        if self.future.is_future() {
            if let Some(d) = self.date {
                return Some(if md >= (d.month, d.day) {
                    d.year
                } else {
                    d.year + 1
                });
            }
        }
        if let Some(n) = self.narrative {
            let year = if md >= (n.month, n.day) {
                n.year
            } else {
                n.year + 1
            };
            let candidate = Date::new(year, month, day.max(1));
            if self.date.is_none_or(|d| candidate <= d) {
                return Some(year);
            }
        }
        self.date.map(|d| {
            if md <= (d.month, d.day.max(1)) || (md.0 == d.month) {
                d.year
            } else {
                d.year - 1
            }
        })
    }
}

/// The date a TIMEX3 value names when it has a year, month and maybe day ("2025-01-20").
fn explicit_date(timex: &str) -> Option<Date> {
    let d = Date::parse(timex)?;
    (timex.len() >= 7).then_some(d)
}

/// The TIMEX3 unit of a period word ("years" -> Y, "decade" -> DE, "hours" -> H).
fn period_unit(word: &str) -> Option<&'static str> {
    const UNITS: [(&str, &str); 6] = [
        ("year", "Y"),
        ("month", "M"),
        ("week", "W"),
        ("day", "D"),
        ("decade", "DE"),
        ("hour", "H"),
    ];
    let stem = word.trim_end_matches(['s', 'S']);
    UNITS
        .iter()
        .find(|(unit, _)| unit.eq_ignore_ascii_case(stem))
        .map(|&(_, code)| code)
}

fn days_in(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The point `duration` (`P2D`, `P1Y`, `P2W`) after (`sign` 1) or before (-1) `from`, at the
/// precision the duration gives: days to a day, weeks and months to a month, years to a month.
fn shift(from: Date, duration: &str, sign: i32) -> Option<String> {
    let body = duration.strip_prefix('P')?;
    let split = body.find(|c: char| !c.is_ascii_digit())?;
    let n: i32 = body[..split].parse().ok()?;
    let n = n * sign;
    match &body[split..] {
        unit @ ("D" | "W") => {
            let d = shift_date(from, if unit == "W" { n * 7 } else { n });
            Some(if unit == "D" {
                format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
            } else {
                format!("{:04}-{:02}", d.year, d.month)
            })
        }
        "M" => {
            let months = from.year * 12 + from.month as i32 - 1 + n;
            Some(format!(
                "{:04}-{:02}",
                months.div_euclid(12),
                months.rem_euclid(12) + 1
            ))
        }
        "Y" => Some(format!("{:04}-{:02}", from.year + n, from.month)),
        _ => None,
    }
}

/// A date `days` days after `from` (before, when negative).
fn shift_date(from: Date, days: i32) -> Date {
    let (mut y, mut m, mut d) = (from.year, from.month, from.day as i32 + days);
    while d > days_in(y, m) as i32 {
        d -= days_in(y, m) as i32;
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    while d < 1 {
        (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
        d += days_in(y, m) as i32;
    }
    Date::new(y, m, d as u32)
}

/// The ISO 8601 week-numbering year and week of a date.
fn iso_week(d: Date) -> (i32, u32) {
    // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse.
    let days = |d: Date| -> i64 {
        let (y, m) = if d.month <= 2 {
            (d.year as i64 - 1, d.month as i64 + 9)
        } else {
            (d.year as i64, d.month as i64 - 3)
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + d.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    };
    let n = days(d);
    let weekday = (n + 3).rem_euclid(7); // Monday = 0
    let thursday = n - weekday + 3;
    // The year of that Thursday, and its week.
    let mut year = d.year + 1;
    while days(Date::new(year, 1, 1)) > thursday {
        year -= 1;
    }
    (
        year,
        ((thursday - days(Date::new(year, 1, 1))) / 7 + 1) as u32,
    )
}

/// "10:30 a.m.", "10 p.m.", "14:00", "noon", "midnight" as TIME (the day is added from the
/// sentence by the caller).
fn time_of_day(c: &Ctx<'_>, i: usize) -> Option<(usize, Label, Value)> {
    let time = |h: u32, m: u32, next: usize| {
        Some((
            next,
            Label::Time,
            Value {
                timex: Some(format!("T{h:02}:{m:02}")),
                ..Value::default()
            },
        ))
    };
    if c.is(i, "noon") || c.is(i, "midday") {
        return time(12, 0, i + 1);
    }
    if c.is(i, "midnight") {
        return time(24, 0, i + 1);
    }
    let hour: u32 = (c.kind(i) == Some(Kind::Num) && c.s(i).len() <= 2)
        .then(|| c.s(i).parse().ok())
        .flatten()?;
    let (minute, mut next) =
        if c.s(i + 1) == ":" && c.touch(i) && c.touch(i + 1) && c.s(i + 2).len() == 2 {
            (c.s(i + 2).parse::<u32>().ok()?, i + 3)
        } else {
            (0, i + 1)
        };
    let (pm, am) = (["p", ".", "m", "."], ["a", ".", "m", "."]);
    let meridian = |parts: [&str; 4]| {
        parts
            .iter()
            .enumerate()
            .all(|(k, p)| c.s(next + k).eq_ignore_ascii_case(p))
    };
    let hour = if meridian(pm) || c.is(next, "pm") {
        next += if c.is(next, "pm") { 1 } else { 4 };
        hour % 12 + 12
    } else if meridian(am) || c.is(next, "am") {
        next += if c.is(next, "am") { 1 } else { 4 };
        hour % 12
    } else if next == i + 3 {
        hour
    } else {
        return None; // a bare number is not a time
    };
    (hour <= 24 && minute < 60).then_some(())?;
    time(hour, minute, next)
}

/// "fiscal year 2024" (FY2024), "fiscal 2025–26" and "the 2024–25 fiscal year" (named by the
/// year they start in), "the 2025/26 financial year".
fn fiscal_year(c: &Ctx<'_>, i: usize) -> Option<(usize, Label, Value)> {
    let fy = |y: i32, next: usize| {
        Some((
            next,
            Label::Date,
            Value {
                timex: Some(format!("FY{y:04}")),
                ..Value::default()
            },
        ))
    };
    let split_year = |k: usize| -> Option<(i32, usize)> {
        let y = year_at(c, k)?;
        let joined = matches!(c.s(k + 1), "-" | "–" | "/")
            && c.touch(k)
            && c.touch(k + 1)
            && c.kind(k + 2) == Some(Kind::Num);
        Some(if joined { (y, k + 3) } else { (y, k + 1) })
    };
    if c.is(i, "fiscal") || c.is(i, "financial") {
        let k = if c.is(i + 1, "year") { i + 2 } else { i + 1 };
        let (y, next) = split_year(k)?;
        return fy(y, next);
    }
    let k = if c.is(i, "the") { i + 1 } else { i };
    let (y, next) = split_year(k)?;
    if next == k + 3 && (c.is(next, "fiscal") || c.is(next, "financial")) && c.is(next + 1, "year")
    {
        return fy(y, next + 2);
    }
    None
}

fn month_at(c: &Ctx<'_>, i: usize) -> Option<(u32, usize)> {
    let w = c.s(i);
    if let Some(m) = MONTHS.iter().position(|m| *m == w) {
        return Some((m as u32 + 1, i + 1));
    }
    // "Jan.", "Sept." (with their full stop)
    let m = MONTH_ABBREVIATIONS
        .iter()
        .position(|m| *m == w && *m != "May")?;
    (c.s(i + 1) == "." && c.touch(i)).then_some((m as u32 + 1, i + 2))
}

fn year_at(c: &Ctx<'_>, i: usize) -> Option<i32> {
    let s = c.s(i);
    (c.kind(i) == Some(Kind::Num) && s.len() == 4 && !s.contains([',', '.']))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

fn day_at(c: &Ctx<'_>, i: usize) -> Option<u32> {
    let s = c.s(i);
    (c.kind(i) == Some(Kind::Num) && s.len() <= 2)
        .then(|| s.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// A day number and the token after it, with an ordinal suffix ("20th") if there is one.
fn day_with_suffix(c: &Ctx<'_>, i: usize) -> Option<(u32, usize)> {
    let d = day_at(c, i)?;
    let suffixed = c.touch(i) && ["st", "nd", "rd", "th"].iter().any(|s| c.is(i + 1, s));
    Some((d, if suffixed { i + 2 } else { i + 1 }))
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Numbers {
    /// A date, time or duration at token `i`.
    fn date(&self, c: &Ctx<'_>, i: usize, anchor: Anchor<'_>) -> Option<(usize, Label, Value)> {
        let timex = |t: String| Value {
            timex: Some(t),
            ..Value::default()
        };
        let with_mod = |mut v: Value, m: &'static str| {
            v.modifier = Some(m);
            v
        };
        // Most candidates ("in", "on", "$") start no rule below but the compared duration,
        // which any modifier may open: the whole cascade is tried only where a rule can start.
        if c.toks.get(i).is_none_or(|t| t.class & DATE == 0) {
            return self.compared_duration(c, i);
        }
        // Parts of periods: "the end of May", "early 2023", "mid-2025", "late 1990s".
        let part = if c.is(i, "the")
            && (c.is(i + 1, "end")
                || c.is(i + 1, "start")
                || c.is(i + 1, "beginning")
                || c.is(i + 1, "middle"))
            && c.is(i + 2, "of")
        {
            Some((
                if c.is(i + 1, "end") {
                    "end"
                } else if c.is(i + 1, "middle") {
                    "mid"
                } else {
                    "start"
                },
                i + 3,
            ))
        } else if c.is(i, "early") {
            Some(("start", i + 1))
        } else if c.is(i, "late") {
            Some(("end", i + 1))
        } else if c.is(i, "mid") && c.s(i + 1) == "-" && c.touch(i) {
            Some(("mid", i + 2))
        } else {
            None
        };
        if let Some((m, k)) = part {
            if let Some((next, label, v)) = self.date_core(c, k, anchor) {
                if v.timex.as_deref().is_some_and(|t| !t.starts_with('P')) {
                    return Some((next, label, with_mod(v, m)));
                }
            }
            return None;
        }
        // Fiscal years: "fiscal year 2024", "fiscal 2025–26", "the 2024–25 fiscal year".
        if let Some(found) = fiscal_year(c, i) {
            return Some(found);
        }
        // Periods, with the words that fix them: "the past three months", "another 16 years",
        // "recent years", "the coming months", "two days later".
        let leads = [
            "past",
            "last",
            "next",
            "coming",
            "following",
            "previous",
            "recent",
            "first",
        ];
        let (k, lead) = if c.is(i, "the") && leads.iter().any(|w| c.is(i + 1, w)) {
            (i + 2, true)
        } else if c.is(i, "another") || c.is(i, "recent") {
            (i + 1, true)
        } else {
            (i, false)
        };
        if let Some((next, label, mut v)) = self.duration(c, k, lead) {
            // "two days later": a point reached from the narrative's last date.
            if c.is(next, "later") || c.is(next, "earlier") {
                let sign = if c.is(next, "later") { 1 } else { -1 };
                if let (Some(t), Some(from)) = (v.timex.as_deref(), anchor.narrative_point) {
                    if let Some(point) = shift(from, t, sign) {
                        v.timex = Some(point);
                    }
                }
                return Some((next + 1, label, v));
            }
            return Some((next, label, v));
        }
        // "the months that followed"
        if c.is(i, "the") && c.is(i + 2, "that") && c.is(i + 3, "followed") {
            if let Some(u) = period_unit(c.s(i + 1)).filter(|_| c.s(i + 1).ends_with('s')) {
                return Some((i + 4, Label::Date, timex(format!("PX{u}"))));
            }
        }
        if let Some(found) = self.compared_duration(c, i) {
            return Some(found);
        }
        // Seasons without a year: "the autumn", "the winter" (which takes the year it begins in).
        if c.is(i, "the") {
            let season = ["spring", "summer", "autumn", "fall", "winter"]
                .iter()
                .position(|s| c.is(i + 1, s));
            if let (Some(s), false) = (season, year_at(c, i + 2).is_some() || c.is(i + 2, "of")) {
                let (code, month) = [("SP", 4), ("SU", 7), ("FA", 10), ("FA", 10), ("WI", 1)][s];
                if let Some(y) = anchor.year(month, 1) {
                    let y = if code == "WI" { y - 1 } else { y };
                    return Some((i + 2, Label::Date, timex(format!("{y:04}-{code}"))));
                }
            }
        }
        // Times of day: "10:30 a.m.", "10 p.m.", "14:00", "noon", "midnight".
        if let Some(found) = time_of_day(c, i) {
            return Some(found);
        }
        // "yesterday", "today", "tomorrow", "last week", "two years ago".
        if let Some(d) = anchor.date {
            for (word, days) in [("yesterday", -1i32), ("today", 0), ("tomorrow", 1)] {
                if c.is(i, word) {
                    let day = shift_date(d, days);
                    return Some((
                        i + 1,
                        Label::Date,
                        timex(format!("{:04}-{:02}-{:02}", day.year, day.month, day.day)),
                    ));
                }
            }
            if c.is(i, "last") && c.is(i + 1, "week") {
                let (y, w) = iso_week(shift_date(d, -7));
                return Some((i + 2, Label::Date, timex(format!("{y:04}-W{w:02}"))));
            }
            if let Some(n) = self
                .number(c, i, false)
                .filter(|n| period_unit(c.s(n.next)) == Some("Y") && c.is(n.next + 1, "ago"))
            {
                if let Some(v) = n.value.filter(|v| v.fract() == 0.0) {
                    return Some((
                        n.next + 2,
                        Label::Date,
                        timex(format!("{:04}", d.year - v as i32)),
                    ));
                }
            }
        }
        // Relative: "last year", "next month", "this year".
        if let Some(d) = anchor.date {
            let rel = if c.is(i, "last") {
                Some(-1)
            } else if c.is(i, "next") {
                Some(1)
            } else if c.is(i, "this") {
                Some(0)
            } else {
                None
            };
            if let Some(delta) = rel {
                if c.is(i + 1, "year") {
                    return Some((i + 2, Label::Date, timex(format!("{:04}", d.year + delta))));
                }
                if c.is(i + 1, "month") {
                    let m = d.year * 12 + d.month as i32 - 1 + delta;
                    return Some((
                        i + 2,
                        Label::Date,
                        timex(format!(
                            "{:04}-{:02}",
                            m.div_euclid(12),
                            m.rem_euclid(12) + 1
                        )),
                    ));
                }
            }
        }
        self.date_core(c, i, anchor)
    }

    /// "less than a week", "more than three years": a compared duration ("over three decades"
    /// is "during", not a comparison).
    fn compared_duration(&self, c: &Ctx<'_>, i: usize) -> Option<(usize, Label, Value)> {
        let ((is_stat, m), k) = c.phrase(&self.modifiers, i)?;
        let preposition = ["over", "under", "above", "below", "some"]
            .iter()
            .any(|w| c.is(i, w));
        if is_stat || preposition {
            return None;
        }
        let (next, label, mut v) = self.duration(c, k, false)?;
        v.modifier = Some(m);
        Some((next, label, v))
    }

    fn duration(&self, c: &Ctx<'_>, k: usize, lead: bool) -> Option<(usize, Label, Value)> {
        let timex = |t: String| Value {
            timex: Some(t),
            ..Value::default()
        };
        // "16-year", "ten-year" (a number touching a unit by a hyphen)
        if let Some(n) = self
            .number(c, k, false)
            .filter(|n| c.s(n.next) == "-" && c.touch(n.next - 1) && c.touch(n.next))
        {
            if let (Some(v), Some(u)) = (n.value, period_unit(c.s(n.next + 1))) {
                if !c.s(n.next + 1).ends_with('s') && v.fract() == 0.0 {
                    return Some((n.next + 2, Label::Date, timex(format!("P{v}{u}"))));
                }
            }
        }
        // "a quarter of a century"
        if c.is(k, "a")
            && c.is(k + 1, "quarter")
            && c.is(k + 2, "of")
            && c.is(k + 3, "a")
            && c.is(k + 4, "century")
        {
            return Some((k + 5, Label::Date, timex("P25Y".into())));
        }
        // Vague periods: "days", "months", "hours", "recent years", "the coming months".
        let bare = c.s(k);
        if ["days", "weeks", "months", "decades", "years", "hours"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(bare))
            && (lead || !bare.eq_ignore_ascii_case("years"))
            && !c.is(k.wrapping_sub(1), "of")
        {
            let u = period_unit(bare)?;
            return Some(if u == "H" {
                (k + 1, Label::Time, timex("PTXH".into()))
            } else {
                (k + 1, Label::Date, timex(format!("PX{u}")))
            });
        }
        let after_prep = || {
            [
                "for",
                "within",
                "in",
                "after",
                "than",
                "about",
                "nearly",
                "almost",
                "over",
                "under",
                "past",
                "last",
                "next",
                "of",
                "coming",
                "following",
            ]
            .iter()
            .any(|w| c.is(k.wrapping_sub(1), w))
        };
        let n = if c.is(k, "a") || c.is(k, "an") || c.is(k, "the") && lead {
            // "a week" after a count is a rate ("three flights a week"), not a period.
            if !after_prep() && !c.is(k + 2, "later") && !c.is(k + 2, "earlier") {
                return None;
            }
            Read {
                scaled: false,
                value: Some(1.0),
                next: k + 1,
            }
        } else {
            self.number(c, k, false)?
        };
        let u = period_unit(c.s(n.next))?;
        let value = n.value?;
        if value.fract() != 0.0 || (!lead && value >= 1000.0) {
            return None;
        }
        let mut t = format!("P{value}{u}");
        let mut next = n.next + 1;
        // "27 years and three months"
        if c.is(next, "and") {
            if let Some(m) = self.number(c, next + 1, false) {
                if let (Some(v2), Some(u2)) = (m.value, period_unit(c.s(m.next))) {
                    if u2 != u && v2.fract() == 0.0 {
                        t.push_str(&format!("{v2}{u2}"));
                        next = m.next + 1;
                    }
                }
            }
        }
        Some((next, Label::Date, timex(t)))
    }

    fn date_core(
        &self,
        c: &Ctx<'_>,
        i: usize,
        anchor: Anchor<'_>,
    ) -> Option<(usize, Label, Value)> {
        let timex = |t: String| Value {
            timex: Some(t),
            ..Value::default()
        };
        // "Monday, 20 January 2025": the weekday belongs to a full date.
        if WEEKDAYS.contains(&c.s(i)) {
            let k = if c.s(i + 1) == "," { i + 2 } else { i + 1 };
            return self
                .date_core(c, k, anchor)
                .filter(|(_, _, v)| v.timex.as_ref().is_some_and(|t| t.len() == 10));
        }
        // "the year 2000"
        if c.is(i, "the") && c.is(i + 1, "year") {
            if let Some(y) = year_at(c, i + 2) {
                return Some((i + 3, Label::Date, timex(format!("{y:04}"))));
            }
        }
        // "the 20th of January 2025"
        if c.is(i, "the") {
            if let Some((d, k)) = day_with_suffix(c, i + 1).filter(|&(_, k)| k == i + 3) {
                if c.is(k, "of") {
                    if let Some((m, k2)) = month_at(c, k + 1) {
                        if let Some(y) = year_at(c, k2) {
                            return Some((
                                k2 + 1,
                                Label::Date,
                                timex(format!("{y:04}-{m:02}-{d:02}")),
                            ));
                        }
                    }
                }
            }
        }
        // 20/01/2025 (day first unless the first number cannot be a day... or month)
        if c.kind(i) == Some(Kind::Num)
            && c.s(i + 1) == "/"
            && c.s(i + 3) == "/"
            && (i..i + 4).all(|k| c.touch(k))
        {
            if let (Ok(a), Ok(b), Some(y)) = (
                c.s(i).parse::<u32>(),
                c.s(i + 2).parse::<u32>(),
                year_at(c, i + 4),
            ) {
                let (d, m) = if b > 12 { (b, a) } else { (a, b) };
                if (1..=31).contains(&d) && (1..=12).contains(&m) {
                    return Some((i + 5, Label::Date, timex(format!("{y:04}-{m:02}-{d:02}"))));
                }
            }
        }
        // 2025-01-20
        if let Some(y) = year_at(c, i) {
            if c.s(i + 1) == "-"
                && c.touch(i)
                && c.kind(i + 2) == Some(Kind::Num)
                && c.s(i + 2).len() == 2
                && c.s(i + 3) == "-"
                && day_at(c, i + 4).is_some()
            {
                return Some((
                    i + 5,
                    Label::Date,
                    timex(format!("{y:04}-{}-{:02}", c.s(i + 2), day_at(c, i + 4)?)),
                ));
            }
        }
        // 20.01.2025 (one number token with two dots)
        if c.kind(i) == Some(Kind::Num) {
            let mut parts = c.s(i).split('.');
            let parts = (parts.next(), parts.next(), parts.next(), parts.next());
            if let (Some(d), Some(m), Some(y), None) = parts {
                let parsed = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>());
                if let (4, (Ok(d), Ok(m), Ok(y))) = (y.len(), parsed) {
                    if (1..=31).contains(&d) && (1..=12).contains(&m) {
                        return Some((i + 1, Label::Date, timex(format!("{y:04}-{m:02}-{d:02}"))));
                    }
                }
            }
        }
        // 20 January 2025, 20th January 2025, 28 May; "3 and 4 March 2025" (the first day
        // takes the month and year of the second)
        if let Some((d, k0)) = day_with_suffix(c, i) {
            if (c.is(k0, "and") || c.is(k0, "or")) && day_at(c, k0 + 1).is_some() {
                if let Some((m, k)) = month_at(c, k0 + 2) {
                    if let Some(y) = year_at(c, k) {
                        return Some((k0, Label::Date, timex(format!("{y:04}-{m:02}-{d:02}"))));
                    }
                }
            }
            if let Some((m, k)) = month_at(c, k0) {
                if let Some(y) = year_at(c, k) {
                    return Some((k + 1, Label::Date, timex(format!("{y:04}-{m:02}-{d:02}"))));
                }
                let year = anchor
                    .year(m, d)
                    .map_or("XXXX".to_string(), |y| format!("{y:04}"));
                return Some((k, Label::Date, timex(format!("{year}-{m:02}-{d:02}"))));
            }
        }
        // January 20, 2025; March 8th, 2026; January 2025; June
        if let Some((m, k)) = month_at(c, i) {
            if let Some((d, kd)) = day_with_suffix(c, k) {
                if c.s(kd) == "," {
                    if let Some(y) = year_at(c, kd + 1) {
                        return Some((kd + 2, Label::Date, timex(format!("{y:04}-{m:02}-{d:02}"))));
                    }
                }
                if year_at(c, kd).is_none() {
                    let year = anchor
                        .year(m, d)
                        .map_or("XXXX".to_string(), |y| format!("{y:04}"));
                    return Some((kd, Label::Date, timex(format!("{year}-{m:02}-{d:02}"))));
                }
            }
            // "February and March 2025": a shared year.
            if (c.is(k, "and") || c.is(k, "or") || (matches!(c.s(k), "-" | "–") && c.touch(k)))
                && year_at(c, k).is_none()
            {
                if let Some((_, k2)) = month_at(c, k + 1) {
                    if let Some(y) = year_at(c, k2) {
                        return Some((k, Label::Date, timex(format!("{y:04}-{m:02}"))));
                    }
                }
            }
            if let Some(y) = year_at(c, k) {
                return Some((k + 1, Label::Date, timex(format!("{y:04}-{m:02}"))));
            }
            // "May" alone is a month only where it cannot be the verb: after "in", "since",
            // "by", "until", "from", "of", "end", or before a comma.
            let prev = c.lower(i.wrapping_sub(1));
            let may_ok = m != 5
                || [
                    "in", "since", "by", "until", "from", "of", "early", "late", "and", "or",
                ]
                .contains(&prev)
                || c.s(k) == ",";
            if may_ok {
                let year = anchor
                    .year(m, 1)
                    .map_or("XXXX".to_string(), |y| format!("{y:04}"));
                return Some((k, Label::Date, timex(format!("{year}-{m:02}"))));
            }
            return None;
        }
        // "the first quarter of 2025", "the second half of 2025"
        let k = if c.is(i, "the") { i + 1 } else { i };
        if let Some(n) = ORDINALS[1..5].iter().position(|o| c.is(k, o)) {
            let part = if c.is(k + 1, "quarter") {
                Some('Q')
            } else if c.is(k + 1, "half") && n < 2 {
                Some('H')
            } else {
                None
            };
            if let (Some(p), true) = (part, c.is(k + 2, "of")) {
                if let Some(y) = year_at(c, k + 3) {
                    return Some((k + 4, Label::Date, timex(format!("{y:04}-{p}{}", n + 1))));
                }
            }
        }
        // "annual", "daily" before a noun: a period (OntoNotes tags them DATE).
        for (word, period) in [
            ("annual", "P1Y"),
            ("daily", "P1D"),
            ("monthly", "P1M"),
            ("weekly", "P1W"),
        ] {
            if c.is(i, word) {
                return Some((i + 1, Label::Date, timex(period.to_string())));
            }
        }
        // "the autumn of 2025", "the fall of 2026"
        let k = if c.is(i, "the") { i + 1 } else { i };
        let season = ["spring", "summer", "autumn", "fall", "winter"]
            .iter()
            .position(|s| c.is(k, s));
        if let (Some(s), true) = (season, c.is(k + 1, "of")) {
            if let Some(y) = year_at(c, k + 2) {
                return Some((
                    k + 3,
                    Label::Date,
                    timex(format!("{y:04}-{}", ["SP", "SU", "FA", "FA", "WI"][s])),
                ));
            }
        }
        // Seasons and quarters: "summer 2025", "Q1 2025".
        let season = ["spring", "summer", "autumn", "fall", "winter"]
            .iter()
            .position(|s| c.is(i, s));
        if let (Some(s), Some(y)) = (season, year_at(c, i + 1)) {
            let code = ["SP", "SU", "FA", "FA", "WI"][s];
            return Some((i + 2, Label::Date, timex(format!("{y:04}-{code}"))));
        }
        let q = c.s(i);
        if q.len() == 1 && (q == "Q" || q == "H") && c.touch(i) && c.kind(i + 1) == Some(Kind::Num)
        {
            if let Some(y) = year_at(c, i + 2) {
                return Some((
                    i + 3,
                    Label::Date,
                    timex(format!("{y:04}-{q}{}", c.s(i + 1))),
                ));
            }
        }
        // Years and decades: "2025", "the 1990s", "2020s".
        if let Some(y) = year_at(c, i) {
            if c.is(i + 1, "s") && c.touch(i) {
                return Some((i + 2, Label::Date, timex(format!("{}", y / 10))));
            }
            let noun = c.lower(i + 1);
            if COUNT_NOUNS.contains(&noun) || c.s(i + 1) == "%" {
                return None;
            }
            if c.after_reference_word(i) {
                return None;
            }
            if (1900..=2100).contains(&y) {
                return Some((i + 1, Label::Date, timex(format!("{y:04}"))));
            }
        }
        if c.is(i, "the") {
            if let Some(y) = year_at(c, i + 1) {
                if c.is(i + 2, "s") && c.touch(i + 1) {
                    return Some((i + 3, Label::Date, timex(format!("{}", y / 10))));
                }
            }
        }
        // Ordinals: "1st", "21st", "second", "twentieth".
        self.ordinal(c, i)
    }

    fn ordinal(&self, c: &Ctx<'_>, i: usize) -> Option<(usize, Label, Value)> {
        let ord = |n: usize| Value {
            amount: Some(n as f64),
            ..Value::default()
        };
        if c.kind(i) == Some(Kind::Num)
            && c.touch(i)
            && ["st", "nd", "rd", "th"].iter().any(|s| c.is(i + 1, s))
        {
            let n: usize = c.s(i).parse().ok()?;
            return Some((i + 2, Label::Ordinal, ord(n)));
        }
        let w = c.lower(i);
        // "Second World War", "First Panel": a capitalised ordinal before a capitalised word
        // inside a sentence is part of a name.
        let in_name = c.s(i).starts_with(char::is_uppercase)
            && c.s(i + 1).starts_with(char::is_uppercase)
            && i > 0
            && !matches!(c.s(i - 1), "." | "“" | "\"" | ":");
        if in_name {
            return None;
        }
        // "twenty-first"
        if let Some(t) = TENS.iter().position(|t| !t.is_empty() && *t == w) {
            if c.s(i + 1) == "-" && c.touch(i) && c.touch(i + 1) {
                if let Some(u) = ORDINALS[1..10].iter().position(|o| c.is(i + 2, o)) {
                    return Some((i + 3, Label::Ordinal, ord(t * 10 + u + 1)));
                }
            }
        }
        if let Some(n) = ORDINALS.iter().position(|o| *o == w).filter(|&n| n > 0) {
            return Some((i + 1, Label::Ordinal, ord(n)));
        }
        ORDINAL_TENS
            .iter()
            .position(|o| !o.is_empty() && *o == w)
            .map(|n| (i + 1, Label::Ordinal, ord(n * 10)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str, date: Option<Date>) -> Vec<(String, Label, Value)> {
        let span = Span::from_usize(0, text.len());
        Numbers::new()
            .find(text, &[span], &[span], &[], date)
            .into_iter()
            .map(|f| (f.span.slice(text).to_string(), f.label, f.value))
            .collect()
    }

    #[test]
    fn tables_parse() {
        let n = Numbers::new();
        assert!(n.prefix_currencies.entries.len() > 20);
        assert!(n.units.entries.iter().any(|(w, _)| w == &["per", "cent"]));
    }

    #[test]
    fn money_and_percent() {
        let f = find(
            "83% ($552 billion) of exports, C$1.3 billion and USD 3bn",
            None,
        );
        let amounts: Vec<(&str, Option<f64>, Option<&str>)> = f
            .iter()
            .map(|(t, _, v)| (t.as_str(), v.amount, v.unit))
            .collect();
        assert_eq!(
            amounts,
            [
                ("83%", Some(83.0), Some("percent")),
                ("$552 billion", Some(552e9), Some("USD")),
                ("C$1.3 billion", Some(1.3e9), Some("CAD")),
                ("USD 3bn", Some(3e9), Some("USD")),
            ]
        );
    }
}
