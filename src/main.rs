//! The `gloss` command line.

mod compare;

use anyhow::Context;
use clap::{Parser, Subcommand};
use gloss::{Pipeline, Summary};
use gloss_ingest::{Input, Units};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Turns policy bulletins into annotated JSONL (schema gloss/1).
#[derive(Parser, Debug)]
#[command(name = "gloss", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Annotate documents: one JSON line per input document, in input order.
    ///
    /// Exit status: 0 when every document was annotated, 1 when some failed (their error
    /// records are written with the rest), 2 on a usage error, 3 when the output could not be
    /// written. A closed pipe (`gloss annotate big.jsonl | head`) ends the run quietly with 0.
    Annotate(AnnotateArgs),

    /// Score predictions against hand-written gold: entity P/R/F1 per label under the four
    /// nervaluate schemes, value and id accuracy, sentence boundaries, stance.
    ///
    /// Exit status: 0 when every --min-f1 bound holds, 1 when one does not, 2 on a usage error
    /// or an unreadable input.
    Eval(compare::EvalArgs),

    /// Show what changed between two outputs of gloss, document by document.
    ///
    /// Exit status: 0 when nothing changed, 1 when something did, 2 on a usage error or an
    /// unreadable input.
    Diff(compare::DiffArgs),
}

#[derive(clap::Args, Debug)]
struct AnnotateArgs {
    /// Inputs: files (.md, .markdown and .txt are one document each, .jsonl one per line),
    /// folders (walked recursively in sorted order), or `-` for JSONL on standard input.
    /// JSONL records are {"id": ..., "text": ..., "meta": {...}}; other fields join `meta`.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,

    /// Write the records to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Add `tokens` (UAX #29 words) to each record; slower.
    #[arg(long)]
    tokens: bool,

    /// Add `source_map`: how each piece of the clean text maps to input bytes.
    #[arg(long)]
    source_map: bool,

    /// A folder of entity lexicons (*.jsonl, spaCy EntityRuler patterns) to add to the bundled
    /// ones; an entry overrides a bundled entry with the same pattern. May be repeated.
    #[arg(long, value_name = "DIR")]
    lexicons: Vec<PathBuf>,

    /// The document date (YYYY-MM-DD) that anchors dates without a year ("in June") and
    /// relative ones ("last year") in documents whose input gives none; a JSONL record's
    /// meta.date comes first, a date in the document's header after this.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<String>,

    /// A folder of stance lexicons (cues.jsonl, references.tsv, parties.tsv, powers.txt, rivals.tsv, as in
    /// lexicons/stance/) to add to the bundled ones; an entry replaces a bundled entry with the
    /// same pattern or entity. May be repeated.
    #[arg(long, value_name = "DIR")]
    stance_lexicons: Vec<PathBuf>,

    /// The weaker party whose stance is read, as an entity id (`mexico`), for every document
    /// whose record gives no meta.actor.
    /// By default each document's is found: the party named most, apart from the counterpart.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    actor: Option<String>,

    /// The stronger party pressing it, as an entity id (`united-states`), for every document
    /// whose record gives no meta.counterpart.
    /// By default each document's is found: among the powers of lexicons/stance/powers.txt it
    /// names most, the one whose pressure the text reports most.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    counterpart: Option<String>,

    /// More running-header banners to remove, one per line (as lexicons/furniture.txt).
    #[arg(long, value_name = "FILE")]
    banners: Option<PathBuf>,

    /// Worker threads (default: one per core). Output is identical for any number.
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,

    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Annotate(args) => annotate(args),
        Command::Eval(args) => compare::eval(args),
        Command::Diff(args) => compare::diff(args),
    }
}

/// Failures of the run itself, as opposed to a document's.
enum Fatal {
    Usage(anyhow::Error),
    Output(io::Error),
}

fn annotate(args: AnnotateArgs) -> ExitCode {
    match try_annotate(args) {
        Ok(summary) if summary.failed == 0 => ExitCode::SUCCESS,
        Ok(summary) => {
            eprintln!(
                "gloss: {} of {} documents failed; see their error records",
                summary.failed, summary.documents
            );
            ExitCode::from(1)
        }
        Err(Fatal::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Fatal::Output(e)) => {
            eprintln!("gloss: cannot write the output: {e}");
            ExitCode::from(3)
        }
        Err(Fatal::Usage(e)) => {
            eprintln!("gloss: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn try_annotate(args: AnnotateArgs) -> Result<Summary, Fatal> {
    let mut builder = Pipeline::builder();
    builder.tokens(args.tokens).source_map(args.source_map);
    if let Some(path) = &args.banners {
        let list = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the banner list {}", path.display()))
            .map_err(Fatal::Usage)?;
        builder.banners(&list);
    }
    if let Some(date) = &args.date {
        builder.date(date);
    }
    for dir in &args.lexicons {
        builder.lexicons(dir);
    }
    for dir in &args.stance_lexicons {
        builder.stance_lexicons(dir);
    }
    if let Some(id) = &args.actor {
        builder.actor(id);
    }
    if let Some(id) = &args.counterpart {
        builder.counterpart(id);
    }
    let pipeline = builder
        .build()
        .context("cannot set up the pipeline")
        .map_err(Fatal::Usage)?;

    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        if n == 0 {
            return Err(Fatal::Usage(anyhow::anyhow!(
                "--threads must be at least 1"
            )));
        }
        pool = pool.num_threads(n);
    }
    let pool = pool
        .build()
        .context("cannot start worker threads")
        .map_err(Fatal::Usage)?;

    let out: Box<dyn Write + Send> = match &args.output {
        Some(path) => Box::new(create_output(path).map_err(Fatal::Usage)?),
        None => Box::new(io::stdout()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, out);

    let mut total_bytes = 0u64;
    let many = args.inputs.len() > 1
        || args
            .inputs
            .iter()
            .any(|i| i == "-" || !i.ends_with(".md") && !i.ends_with(".txt"));
    let inputs: Vec<Input> = args
        .inputs
        .iter()
        .map(|arg| {
            if arg == "-" {
                Input::Reader {
                    name: "stdin".into(),
                    reader: Box::new(io::stdin()),
                }
            } else {
                total_bytes += std::fs::metadata(arg)
                    .map(|m| if m.is_file() { m.len() } else { 0 })
                    .unwrap_or(0);
                Input::Path(PathBuf::from(arg))
            }
        })
        .collect();

    let bar = progress_bar(
        !args.quiet && many && io::stderr().is_terminal(),
        total_bytes,
    );
    let mut progress = |s: &Summary| {
        bar.set_position(s.bytes);
        bar.set_message(format!("{} documents, {} failed", s.documents, s.failed));
    };
    let result = pool.install(|| pipeline.run(Units::new(inputs), &mut out, &mut progress));
    bar.finish_and_clear();
    result.map_err(Fatal::Output)
}

/// Creates the output file, and the folders it goes in (`-o out/corpus.jsonl` on a fresh
/// checkout).
fn create_output(path: &std::path::Path) -> anyhow::Result<std::fs::File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    }
    std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))
}

fn parse_id(s: &str) -> Result<String, String> {
    if gloss::gloss_lexicon::is_id(s) {
        Ok(s.to_string())
    } else {
        Err("an entity id is lower-case ASCII words joined by \"-\", such as united-states".into())
    }
}

fn parse_date(s: &str) -> Result<String, String> {
    gloss::gloss_numbers::Date::parse(s)
        .map(|_| s.to_string())
        .ok_or_else(|| format!("{s:?} is not a date: use YYYY-MM-DD"))
}

fn progress_bar(show: bool, total_bytes: u64) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(
        (total_bytes > 0).then_some(total_bytes),
        ProgressDrawTarget::stderr(),
    );
    let template = if total_bytes > 0 {
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}) {msg}"
    } else {
        "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}
