//! `gloss eval` and `gloss diff`: regression testing over gloss/1 JSONL files.

use anyhow::Context;
use gloss::gloss_doc::Document;
use gloss::gloss_ingest::{decode, Unit};
use gloss::Pipeline;
use gloss_eval::{Record, Records, Scheme};
use rayon::prelude::*;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// The gold: a gloss/1 JSONL file, or a folder whose *.jsonl files are read in name order.
    #[arg(value_name = "GOLD")]
    gold: PathBuf,

    /// The predictions, as GOLD; not given with --annotate.
    #[arg(
        value_name = "PRED",
        required_unless_present = "annotate",
        conflicts_with = "annotate"
    )]
    pred: Option<PathBuf>,

    /// Predict here: annotate each gold document from its `source` file when that exists,
    /// else from its `text` and `meta`, with the default pipeline.
    #[arg(long)]
    annotate: bool,

    /// Print the report as JSON instead of a table.
    #[arg(long)]
    json: bool,

    /// Fail (exit status 1) when the F1 of LABEL is under the bound; LABEL is an entity label,
    /// `micro` or `macro`. May be repeated.
    #[arg(long = "min-f1", value_name = "LABEL=F1", value_parser = parse_gate)]
    min_f1: Vec<(String, f64)>,

    /// The scheme --min-f1 checks.
    #[arg(long, value_name = "SCHEME", default_value = "strict", value_parser = parse_scheme)]
    scheme: Scheme,
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// The earlier output (gloss/1 JSONL file or folder of them).
    #[arg(value_name = "OLD")]
    old: PathBuf,

    /// The later output.
    #[arg(value_name = "NEW")]
    new: PathBuf,

    /// Print the changes as JSON.
    #[arg(long)]
    json: bool,

    /// Colour: `auto` colours when standard output is a terminal and NO_COLOR is not set.
    #[arg(long, value_name = "WHEN", default_value = "auto", value_parser = ["auto", "always", "never"])]
    color: String,
}

fn parse_gate(s: &str) -> Result<(String, f64), String> {
    let (label, bound) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not LABEL=F1 (e.g. GPE=0.9)"))?;
    let bound: f64 = bound
        .parse()
        .ok()
        .filter(|b| (0.0..=1.0).contains(b))
        .ok_or_else(|| format!("{bound:?} is not a number from 0 to 1"))?;
    Ok((label.to_string(), bound))
}

fn parse_scheme(s: &str) -> Result<Scheme, String> {
    Scheme::parse(s).ok_or_else(|| format!("{s:?} is not one of strict, exact, partial, type"))
}

/// A stream of records, as the two inputs of `eval` and `diff` are read.
type Stream = Box<dyn Iterator<Item = anyhow::Result<Record>> + Send>;

/// The records of a JSONL file, or of every *.jsonl file of a folder in name order, read as
/// they are asked for; the stream ends after its first error.
fn records(path: &Path) -> Stream {
    let files = if path.is_dir() {
        jsonl_files(path)
    } else {
        Ok(vec![path.to_path_buf()])
    };
    let records = match files {
        Ok(files) => files,
        Err(e) => return Box::new(std::iter::once(Err(e))),
    }
    .into_iter()
    .flat_map(|file| -> Stream {
        match Records::open(&file) {
            Ok(records) => Box::new(records.map(|r| r.map_err(anyhow::Error::from))),
            Err(e) => Box::new(std::iter::once(Err(e.into()))),
        }
    });
    // A folder's next file would be read on after an error in one.
    Box::new(records.scan(false, |failed, record| {
        (!*failed).then(|| {
            *failed = record.is_err();
            record
        })
    }))
}

fn jsonl_files(folder: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .with_context(|| format!("cannot read the folder {}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    Ok(files)
}

/// Records parsed ahead of their use, on threads of their own.
type ReadAhead = std::iter::Flatten<mpsc::IntoIter<Vec<anyhow::Result<Record>>>>;

/// Runs `compare` over two streams, each parsed on a thread of its own ahead of the comparison
/// (parsing is most of the time `eval` and `diff` take, and the two inputs are parsed at once).
/// Records are passed on in batches, as waking the comparing thread for each one costs more
/// than the comparison of two equal documents; the channels' bound keeps what is read ahead
/// small.
fn compare_streams<T>(
    a: Stream,
    b: Stream,
    compare: impl FnOnce(ReadAhead, ReadAhead) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    std::thread::scope(|scope| {
        let read_ahead = |mut records: Stream| {
            let (sender, receiver) = mpsc::sync_channel(READ_AHEAD_BATCHES);
            scope.spawn(move || loop {
                let batch: Vec<_> = records.by_ref().take(READ_AHEAD_BATCH).collect();
                // At the end, or the comparison stopped (on an error): nothing more is wanted.
                if batch.is_empty() || sender.send(batch).is_err() {
                    break;
                }
            });
            receiver.into_iter().flatten()
        };
        let (a, b) = (read_ahead(a), read_ahead(b));
        compare(a, b)
    })
}

/// Records passed to the comparison at once.
const READ_AHEAD_BATCH: usize = 16;
/// Batches each input's thread may have parsed ahead of the comparison.
const READ_AHEAD_BATCHES: usize = 2;

/// Gold documents annotated per parallel batch.
const ANNOTATE_BATCH: usize = 64;

/// What the default pipeline makes of each gold document (annotated from its `source` file
/// when that exists, else from its `text` and `meta`), as gloss/1 JSONL made a batch at a time
/// as it is read: a second pass over GOLD, so that `--annotate` holds no more than a batch of
/// either side. Error records of GOLD are not annotated; at an error in GOLD the output ends,
/// and GOLD's own pass reports the error.
struct Annotated {
    pipeline: Pipeline,
    gold: Stream,
    /// The JSONL of the current batch, and how much of it has been read.
    batch: Vec<u8>,
    read: usize,
}

impl Annotated {
    fn next_batch(&mut self) {
        let mut docs = Vec::with_capacity(ANNOTATE_BATCH);
        for record in self.gold.by_ref() {
            match record {
                Ok(Record::Document(doc)) => docs.push(doc),
                Ok(Record::Error(_)) => continue,
                Err(_) => break,
            }
            if docs.len() == ANNOTATE_BATCH {
                break;
            }
        }
        let records: Vec<Vec<u8>> = docs
            .into_par_iter()
            .map(|g| {
                let source = Path::new(&g.source);
                let decoded = if source.is_file() {
                    decode(Unit::File(source.to_path_buf())).map(|mut d| {
                        d.id = g.id;
                        d
                    })
                } else {
                    Ok(Document {
                        id: g.id,
                        source: g.source,
                        meta: g.meta,
                        text: g.text,
                    })
                };
                let mut record = Vec::new();
                self.pipeline.write_record(decoded, &mut record);
                record
            })
            .collect();
        self.batch = records.concat();
        self.read = 0;
    }
}

impl io::Read for Annotated {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = io::BufRead::fill_buf(self)?.read(out)?;
        io::BufRead::consume(self, n);
        Ok(n)
    }
}

impl io::BufRead for Annotated {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.read == self.batch.len() {
            self.next_batch();
        }
        Ok(&self.batch[self.read..])
    }

    fn consume(&mut self, n: usize) {
        self.read = (self.read + n).min(self.batch.len());
    }
}

/// PRED for `--annotate`: GOLD annotated by the default pipeline.
fn annotated(gold: &Path) -> anyhow::Result<Stream> {
    let pipeline = match Pipeline::builder().build() {
        Ok(pipeline) => pipeline,
        Err(e) => {
            // GOLD used to be read whole before the lexicons were loaded: a GOLD that cannot
            // be read is still the error reported.
            records(gold).try_for_each(|r| r.map(drop))?;
            return Err(anyhow::Error::new(e).context("the lexicons cannot be loaded"));
        }
    };
    let annotated = Annotated {
        pipeline,
        gold: records(gold),
        batch: Vec::new(),
        read: 0,
    };
    Ok(Box::new(
        Records::new(annotated, "annotated gold").map(|r| r.map_err(anyhow::Error::from)),
    ))
}

pub fn eval(args: EvalArgs) -> ExitCode {
    let report = (|| -> anyhow::Result<_> {
        let pred = match &args.pred {
            Some(path) => records(path),
            None => annotated(&args.gold)?,
        };
        compare_streams(records(&args.gold), pred, |gold, pred| {
            gloss_eval::evaluate_records(gold, pred)
        })
    })();
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            eprintln!("gloss: {e:#}");
            return ExitCode::from(2);
        }
    };
    let out = if args.json {
        serde_json::to_string_pretty(&report).map(|s| s + "\n")
    } else {
        Ok(report.to_table())
    };
    if let Err(e) = out.map_err(io::Error::from).and_then(|s| write_out(&s)) {
        eprintln!("gloss: cannot write the report: {e}");
        return ExitCode::from(2);
    }
    if !report.problems.is_empty() {
        eprintln!(
            "gloss: {} problems kept documents out of the scores in whole or part; see the list",
            report.problems.len()
        );
    }
    let mut failed = false;
    for (label, bound) in &args.min_f1 {
        let f1 = report.f1(args.scheme, label);
        if f1.is_none_or(|f1| f1 < *bound) {
            failed = true;
            let got = f1.map_or("no such entity in GOLD or PRED".into(), |f| {
                format!("{f:.4}")
            });
            eprintln!(
                "gloss: {} F1 of {label} is {got}, under {bound}",
                args.scheme.name()
            );
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn diff(args: DiffArgs) -> ExitCode {
    let diff = compare_streams(records(&args.old), records(&args.new), |old, new| {
        gloss_eval::diff_records(old, new)
    });
    let diff = match diff {
        Ok(diff) => diff,
        Err(e) => {
            eprintln!("gloss: {e:#}");
            return ExitCode::from(2);
        }
    };
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        _ => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let out = if args.json {
        serde_json::to_string_pretty(&diff).map(|s| s + "\n")
    } else {
        Ok(diff.render(color))
    };
    match out.map_err(io::Error::from).and_then(|s| write_out(&s)) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("gloss: cannot write the diff: {e}");
            ExitCode::from(2)
        }
        _ if diff.is_empty() => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

fn write_out(s: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()
}
