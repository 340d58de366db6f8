//! Throughput of the pipeline's stages on a generated multi-megabyte corpus (the bundled
//! bulletins, repeated). Every benchmark first checks its result against the hand-written gold,
//! so a faster but wrong change cannot win.
//!
//! `cargo bench --bench pipeline` measures; `cargo test` runs each benchmark once as a test.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gloss::gloss_clean::Cleaner;
use gloss::gloss_ingest::{Input, Units};
use gloss::gloss_lexicon::Lexicon;
use gloss::gloss_numbers::{Date, Numbers};
use gloss::gloss_segment::Segmenter;
use gloss::gloss_stance::{Input as StanceInput, Parties, Stance};
use gloss::gloss_tag::Tagger;
use gloss::Pipeline;
use std::hint::black_box;
use std::path::PathBuf;

/// Copies of the corpus in the generated input (12 bulletins of about 7 KB each).
const COPIES: usize = 60;

struct Corpus {
    docs: Vec<String>,
    bytes: u64,
    gold_sentences: usize,
}

fn corpus() -> Corpus {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut ids: Vec<String> = std::fs::read_dir(root.join("gold"))
        .expect("corpus/gold")
        .filter_map(|e| {
            e.ok()?
                .path()
                .file_name()?
                .to_str()?
                .strip_suffix(".gold")
                .map(String::from)
        })
        .collect();
    ids.sort();
    let mut one_copy = Vec::new();
    let mut gold_sentences = 0;
    for id in &ids {
        one_copy.push(
            std::fs::read_to_string(root.join(format!("bulletins/{id}.md"))).expect("bulletin"),
        );
        let gold = std::fs::read_to_string(root.join(format!("gold/{id}.gold"))).expect("gold");
        gold_sentences += gloss_gold::parse(&gold)
            .expect("valid gold")
            .sentences
            .len();
    }
    let docs: Vec<String> = (0..COPIES).flat_map(|_| one_copy.iter().cloned()).collect();
    let bytes = docs.iter().map(|d| d.len() as u64).sum();
    Corpus {
        docs,
        bytes,
        gold_sentences: gold_sentences * COPIES,
    }
}

/// Sentences of every document, cleaned and segmented by `segmenter`.
fn sentences(corpus: &Corpus, cleaner: &Cleaner, segmenter: &Segmenter) -> usize {
    corpus
        .docs
        .iter()
        .map(|d| {
            let cleaned = cleaner.clean(black_box(d));
            segmenter
                .segment(cleaned.text.text(), &cleaned.blocks)
                .sentences
                .len()
        })
        .sum()
}

fn clean_and_segment(c: &mut Criterion) {
    let corpus = corpus();
    let cleaner = Cleaner::new();
    let segmenter = Segmenter::new();
    let tokenizer = Segmenter::new().tokens(true);
    assert_eq!(
        sentences(&corpus, &cleaner, &segmenter),
        corpus.gold_sentences,
        "sentence count differs from the gold"
    );

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(corpus.bytes));
    group.sample_size(20);
    group.bench_function("clean", |b| {
        b.iter(|| {
            corpus
                .docs
                .iter()
                .map(|d| cleaner.clean(black_box(d)).blocks.len())
                .sum::<usize>()
        })
    });
    group.bench_function("clean+segment", |b| {
        b.iter(|| sentences(&corpus, &cleaner, &segmenter))
    });
    group.bench_function("clean+segment+tokens", |b| {
        b.iter(|| sentences(&corpus, &cleaner, &tokenizer))
    });
    group.finish();
}

/// The entity tagger, the number finder and the stance stage alone over clean texts, and the
/// cost of loading and compiling the bundled lexicons (paid once per run).
fn tag(c: &mut Criterion) {
    let corpus = corpus();
    let cleaner = Cleaner::new();
    let texts: Vec<String> = corpus
        .docs
        .iter()
        .map(|d| cleaner.clean(d).text.text().to_string())
        .collect();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let lexicon = Lexicon::bundled().expect("bundled lexicons load");
    let tagger = Tagger::new(&lexicon).expect("lexicons compile");
    let found: usize = texts.iter().map(|t| tagger.tag(t).len()).sum();
    assert!(found > 100 * COPIES, "only {found} names found");

    let mut group = c.benchmark_group("tag");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.bench_function("names", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| tagger.tag(black_box(t)).len())
                .sum::<usize>()
        })
    });
    group.finish();

    // The number finder alone, on the same clean texts and segments.
    let segmenter = Segmenter::new();
    let docs: Vec<(
        String,
        gloss::gloss_doc::Segments,
        Vec<gloss::gloss_doc::Span>,
    )> = corpus
        .docs
        .iter()
        .map(|d| {
            let cleaned = cleaner.clean(d);
            let text = cleaned.text.text().to_string();
            let seg = segmenter.segment(&text, &cleaned.blocks);
            let names = tagger.tag(&text).iter().map(|e| e.span).collect();
            (text, seg, names)
        })
        .collect();
    let numbers = Numbers::new();
    let date = Some(Date::new(2026, 6, 30));
    let figures: usize = docs
        .iter()
        .map(|(t, s, n)| numbers.find(t, &s.paragraphs, &s.sentences, n, date).len())
        .sum();
    assert!(figures > 40 * COPIES, "only {figures} figures found");
    let mut group = c.benchmark_group("numbers");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.bench_function("figures", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(t, s, n)| {
                    numbers
                        .find(black_box(t), &s.paragraphs, &s.sentences, n, date)
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.finish();

    // The stance stage alone, on the same texts, segments and names.
    let stance = Stance::bundled().expect("stance lexicons load");
    let named: Vec<Vec<gloss::gloss_doc::Entity<'_>>> =
        docs.iter().map(|(t, _, _)| tagger.tag(t)).collect();
    let read = |(t, s, _): &(
        String,
        gloss::gloss_doc::Segments,
        Vec<gloss::gloss_doc::Span>,
    ),
                entities: &[gloss::gloss_doc::Entity<'_>]| {
        let input = StanceInput {
            text: t,
            paragraphs: &s.paragraphs,
            sentences: &s.sentences,
            sections: &s.sections,
            entities,
        };
        let (sentences, _) = stance.read(&input, Parties::default());
        sentences
            .iter()
            .filter(|x| x.label != gloss::gloss_doc::StanceLabel::None)
            .count()
    };
    let taking: usize = docs.iter().zip(&named).map(|(d, e)| read(d, e)).sum();
    assert!(
        taking > 50 * COPIES,
        "only {taking} sentences take a stance"
    );
    let mut group = c.benchmark_group("stance");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.bench_function("sentences", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&named)
                .map(|(d, e)| read(black_box(d), e))
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("lexicon");
    group.sample_size(10);
    group.bench_function("load", |b| {
        b.iter(|| {
            Lexicon::bundled()
                .expect("bundled lexicons load")
                .entries()
                .len()
        })
    });
    group.bench_function("load+compile", |b| {
        b.iter(|| {
            Tagger::new(&Lexicon::bundled().expect("bundled lexicons load"))
                .expect("compile")
                .aliases()
        })
    });
    group.finish();
}

/// The whole run as the CLI does it: JSONL in memory -> decode, clean, segment, emit, on one
/// and on two threads.
fn run_jsonl(c: &mut Criterion) {
    let corpus = corpus();
    let mut jsonl = Vec::new();
    for (i, doc) in corpus.docs.iter().enumerate() {
        serde_json::to_writer(
            &mut jsonl,
            &serde_json::json!({"id": i.to_string(), "text": doc}),
        )
        .expect("json");
        jsonl.push(b'\n');
    }
    // Leaked once so that every iteration reads the same bytes without copying them.
    let jsonl: &'static [u8] = Box::leak(jsonl.into_boxed_slice());
    let pipeline = Pipeline::builder().build().expect("bundled lexicons load");
    let pools: Vec<rayon::ThreadPool> = [1, 2]
        .iter()
        .map(|&n| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .expect("pool")
        })
        .collect();
    let run = |threads: usize| {
        let mut out = Vec::with_capacity(jsonl.len() * 2);
        let units = Units::new(vec![Input::Reader {
            name: "bench".into(),
            reader: Box::new(jsonl),
        }]);
        let summary = pools[threads - 1]
            .install(|| pipeline.run(units, &mut out, &mut |_| {}))
            .expect("in-memory output");
        (summary, out.len())
    };
    let (summary, _) = run(1);
    assert_eq!(
        (summary.documents, summary.failed),
        (corpus.docs.len() as u64, 0)
    );

    let mut group = c.benchmark_group("run");
    group.throughput(Throughput::Bytes(jsonl.len() as u64));
    group.sample_size(10);
    for threads in [1, 2] {
        group.bench_with_input(
            BenchmarkId::new("jsonl", format!("{threads}-thread")),
            &threads,
            |b, &t| b.iter(|| run(t)),
        );
    }
    group.finish();
}

criterion_group!(benches, clean_and_segment, tag, run_jsonl);
criterion_main!(benches);
