//! Pairing the documents of two inputs by id as they are read, the core of both [`evaluate`]
//! and [`diff`]: two runs over the same inputs list their documents in the same order, so a
//! document's partner is almost always the next record of the other input, and only the
//! documents out of order wait in memory for theirs.
//!
//! [`evaluate`]: crate::evaluate
//! [`diff`]: crate::diff

use crate::corpus::{Corpus, Document, ErrorRecord, Record};
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::convert::Infallible;

/// Which of the two inputs (GOLD or OLD first, PRED or NEW second).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Input {
    First,
    Second,
}

impl Input {
    pub(crate) fn index(self) -> usize {
        match self {
            Input::First => 0,
            Input::Second => 1,
        }
    }
}

/// A record as a comparison takes it: a document owned (read from a stream) or borrowed
/// (from a [`Corpus`]), or an error record.
pub(crate) enum Entry<D> {
    Document(D),
    Error(ErrorRecord),
}

impl From<Record> for Entry<Document> {
    fn from(record: Record) -> Self {
        match record {
            Record::Document(doc) => Entry::Document(doc),
            Record::Error(error) => Entry::Error(error),
        }
    }
}

impl Corpus {
    /// Its records, documents first; the comparisons do not depend on how the two kinds
    /// interleave (error records are only looked at once both inputs are read).
    pub(crate) fn entries(&self) -> impl Iterator<Item = Result<Entry<&Document>, Infallible>> {
        let documents = self.documents.iter().map(Entry::Document);
        let errors = self.errors.iter().cloned().map(Entry::Error);
        documents.chain(errors).map(Ok)
    }
}

/// Something that takes the records of two inputs, in any interleaving.
pub(crate) trait Compare<D> {
    fn take(&mut self, input: Input, entry: Entry<D>);
}

/// A new `C` given every record of two corpora.
pub(crate) fn over_corpora<'c, C>(first: &'c Corpus, second: &'c Corpus) -> C
where
    C: Compare<&'c Document> + Default,
{
    let mut compare = C::default();
    let Ok(()) = lockstep(first.entries(), second.entries(), &mut compare);
    compare
}

/// A new `C` given every record of two streams, read in step.
pub(crate) fn over_records<C: Compare<Document> + Default, E>(
    first: impl IntoIterator<Item = Result<Record, E>>,
    second: impl IntoIterator<Item = Result<Record, E>>,
) -> Result<C, E> {
    let mut compare = C::default();
    lockstep(first, second, &mut compare)?;
    Ok(compare)
}

/// Takes a record from each input in turn and gives them to `to`, so that two inputs in the
/// same order are paired as they are read. An error of the first input wins over one of the
/// second, as when the first was read whole before the second: on an error of the second, the
/// first is read on to its end for one of its own.
fn lockstep<D, E, T: Into<Entry<D>>>(
    first: impl IntoIterator<Item = Result<T, E>>,
    second: impl IntoIterator<Item = Result<T, E>>,
    to: &mut impl Compare<D>,
) -> Result<(), E> {
    let (mut first, mut second) = (first.into_iter().fuse(), second.into_iter().fuse());
    loop {
        let a = first.next().transpose()?;
        let b = match second.next().transpose() {
            Ok(b) => b,
            Err(e) => {
                first.try_for_each(|r| r.map(drop))?;
                return Err(e);
            }
        };
        if a.is_none() && b.is_none() {
            return Ok(());
        }
        for (input, record) in [(Input::First, a), (Input::Second, b)] {
            if let Some(record) = record {
                to.take(input, record.into());
            }
        }
    }
}

/// What became of a document given to [`Pairing::add`].
pub(crate) enum Paired<D> {
    /// Its input already had a document of its id: only the first one counts.
    Repeated(D),
    /// Kept until the other input's document of its id comes.
    Waiting,
    /// The two documents of one id, the first input's first, with the first one's position
    /// among its input's documents (to list results in that input's order).
    Both {
        first: D,
        second: D,
        position: usize,
    },
}

/// The documents of two inputs, paired by id: the first document of each id in each input.
pub(crate) struct Pairing<D> {
    /// Per input, the ids of its documents so far; their number is the next one's position.
    pub(crate) seen: [HashSet<String>; 2],
    /// Per input, the documents whose partner has not come (yet), with their positions.
    pub(crate) waiting: [HashMap<String, (usize, D)>; 2],
}

impl<D> Default for Pairing<D> {
    fn default() -> Self {
        Pairing {
            seen: Default::default(),
            waiting: Default::default(),
        }
    }
}

impl<D: Borrow<Document>> Pairing<D> {
    pub(crate) fn add(&mut self, input: Input, doc: D) -> Paired<D> {
        let (i, other) = (input.index(), 1 - input.index());
        let id = doc.borrow().id.as_str();
        if self.seen[i].contains(id) {
            return Paired::Repeated(doc);
        }
        let position = self.seen[i].len();
        self.seen[i].insert(id.to_string());
        match self.waiting[other].remove(id) {
            Some((p, partner)) => match input {
                Input::First => Paired::Both {
                    first: doc,
                    second: partner,
                    position,
                },
                Input::Second => Paired::Both {
                    first: partner,
                    second: doc,
                    position: p,
                },
            },
            None => {
                let id = id.to_string();
                self.waiting[i].insert(id, (position, doc));
                Paired::Waiting
            }
        }
    }

    /// Whether `input` had a document of this id.
    pub(crate) fn has(&self, input: Input, id: &str) -> bool {
        self.seen[input.index()].contains(id)
    }
}

/// Documents that never found their partner, in their input's order.
pub(crate) fn in_order<D>(waiting: HashMap<String, (usize, D)>) -> Vec<(usize, D)> {
    let mut left: Vec<(usize, D)> = waiting.into_values().collect();
    left.sort_by_key(|(position, _)| *position);
    left
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts what it is given.
    #[derive(Default)]
    struct Count(usize);

    impl Compare<Document> for Count {
        fn take(&mut self, _: Input, _: Entry<Document>) {
            self.0 += 1;
        }
    }

    fn error(id: &str) -> Result<Record, &'static str> {
        Ok(Record::Error(ErrorRecord {
            id: id.into(),
            kind: String::new(),
            message: String::new(),
        }))
    }

    #[test]
    fn an_error_of_the_first_input_wins_wherever_it_is() {
        let run = |first: Vec<Result<Record, &'static str>>, second| {
            lockstep(first, second, &mut Count::default())
        };
        let late = vec![error("a"), error("b"), Err("first")];
        assert_eq!(run(late.clone(), vec![Err("second")]), Err("first"));
        assert_eq!(run(vec![error("a")], vec![Err("second")]), Err("second"));
        assert_eq!(run(vec![Err("first")], vec![Err("second")]), Err("first"));
        let mut count = Count::default();
        assert_eq!(
            lockstep(late[..2].to_vec(), vec![error("a")], &mut count),
            Ok(())
        );
        assert_eq!(count.0, 3, "every record of both inputs is taken");
    }
}
