//! `gloss eval` and `gloss diff`: regression testing over gloss/1 JSONL files.

use anyhow::Context;
use gloss::gloss_doc::Document;
use gloss::gloss_ingest::{decode, Unit};
use gloss::Pipeline;
use gloss_eval::{Corpus, Scheme};
use rayon::prelude::*;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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

/// Reads a JSONL file, or every *.jsonl file of a folder in name order, as one corpus.
fn read(path: &Path) -> anyhow::Result<Corpus> {
    if !path.is_dir() {
        return Ok(Corpus::open(path)?);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read the folder {}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut corpus = Corpus::default();
    for file in files {
        let part = Corpus::open(&file)?;
        corpus.documents.extend(part.documents);
        corpus.errors.extend(part.errors);
    }
    Ok(corpus)
}

/// Reads two inputs at once (reading is most of the time `eval` and `diff` take).
fn read_both(a: &Path, b: &Path) -> anyhow::Result<(Corpus, Corpus)> {
    let (a, b) = rayon::join(|| read(a), || read(b));
    Ok((a?, b?))
}

/// What the default pipeline makes of each gold document.
fn annotate_gold(gold: &Corpus) -> anyhow::Result<Corpus> {
    let pipeline = Pipeline::builder()
        .build()
        .context("the lexicons cannot be loaded")?;
    let records: Vec<Vec<u8>> = gold
        .documents
        .par_iter()
        .map(|g| {
            let source = Path::new(&g.source);
            let decoded = if source.is_file() {
                decode(Unit::File(source.to_path_buf())).map(|mut d| {
                    d.id.clone_from(&g.id);
                    d
                })
            } else {
                Ok(Document {
                    id: g.id.clone(),
                    source: g.source.clone(),
                    meta: g.meta.clone(),
                    text: g.text.clone(),
                })
            };
            let mut record = Vec::new();
            pipeline.write_record(decoded, &mut record);
            record
        })
        .collect();
    Ok(Corpus::read(records.concat().as_slice(), "annotated gold")?)
}

pub fn eval(args: EvalArgs) -> ExitCode {
    let report = (|| -> anyhow::Result<_> {
        let (gold, pred) = match &args.pred {
            Some(path) => read_both(&args.gold, path)?,
            None => {
                let gold = read(&args.gold)?;
                let pred = annotate_gold(&gold)?;
                (gold, pred)
            }
        };
        Ok(gloss_eval::evaluate(&gold, &pred))
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
    let (old, new) = match read_both(&args.old, &args.new) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("gloss: {e:#}");
            return ExitCode::from(2);
        }
    };
    let diff = gloss_eval::diff(&old, &new);
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
