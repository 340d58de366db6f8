//! Speed of `gloss eval` and `gloss diff`'s work (reading JSONL, scoring, diffing) on the
//! corpus snapshot repeated with distinct ids, against a copy with known perturbations: over
//! files read whole, and streamed as the commands do it, with NEW in the same order and
//! reversed (every document then waits for its partner). Each benchmark first checks its
//! result, so a faster but wrong change cannot win.
//!
//! `cargo bench --bench compare` measures; `cargo test` runs each benchmark once as a test.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gloss_eval::{
    diff, diff_records, evaluate, evaluate_records, ChangeKind, Corpus, Records, Scheme,
};
use serde_json::Value;
use std::hint::black_box;
use std::path::PathBuf;

/// Copies of the 12-document snapshot.
const COPIES: usize = 40;

/// The snapshot repeated with distinct ids, and a copy in which every third document has its
/// first entity relabelled and its last one removed.
fn files() -> (Vec<u8>, Vec<u8>, usize) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/expected/bulletins.jsonl");
    let snapshot = std::fs::read_to_string(&path).expect("the corpus snapshot");
    let records: Vec<Value> = snapshot
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let (mut old, mut new, mut perturbed) = (Vec::new(), Vec::new(), 0);
    for copy in 0..COPIES {
        for (i, record) in records.iter().enumerate() {
            let mut r = record.clone();
            r["id"] = format!("{}-{copy}", r["id"].as_str().expect("id")).into();
            serde_json::to_writer(&mut old, &r).expect("JSON");
            old.push(b'\n');
            if (copy * records.len() + i) % 3 == 0 {
                if let Some(entities) = r["entities"].as_array_mut().filter(|e| e.len() > 1) {
                    entities[0]["label"] = "WORK_OF_ART".into();
                    entities.pop();
                    perturbed += 1;
                }
            }
            serde_json::to_writer(&mut new, &r).expect("JSON");
            new.push(b'\n');
        }
    }
    (old, new, perturbed)
}

fn eval_and_diff(c: &mut Criterion) {
    let (old, new, perturbed) = files();
    let read = |bytes: &[u8]| Corpus::read(bytes, "bench").expect("valid JSONL");
    let (a, b) = (read(&old), read(&new));
    assert_eq!(a.documents.len(), 12 * COPIES);
    assert_eq!(evaluate(&a, &a).f1(Scheme::Strict, "micro"), Some(1.0));
    let d = diff(&a, &b);
    assert_eq!(
        d.summary.kinds.get(&ChangeKind::Relabelled),
        Some(&perturbed)
    );
    assert_eq!(d.summary.kinds.get(&ChangeKind::Removed), Some(&perturbed));

    let reversed: Vec<u8> = new
        .split_inclusive(|&b| b == b'\n')
        .rev()
        .flatten()
        .copied()
        .collect();
    let records = |bytes| Records::new(black_box(bytes), "bench");
    let (old, new, reversed) = (old.as_slice(), new.as_slice(), reversed.as_slice());
    assert_eq!(
        evaluate_records(records(old), records(new)).ok(),
        Some(evaluate(&a, &b))
    );
    for n in [new, reversed] {
        assert_eq!(diff_records(records(old), records(n)).ok(), Some(d.clone()));
    }

    let mut group = c.benchmark_group("compare");
    group.throughput(Throughput::Bytes((old.len() + new.len()) as u64));
    group.sample_size(10);
    group.bench_function("read both", |bench| {
        bench.iter(|| (read(black_box(old)), read(black_box(new))))
    });
    group.bench_function("evaluate", |bench| {
        bench.iter(|| evaluate(black_box(&a), black_box(&b)))
    });
    group.bench_function("diff", |bench| {
        bench.iter(|| diff(black_box(&a), black_box(&b)))
    });
    group.bench_function("diff+render", |bench| {
        bench.iter(|| diff(black_box(&a), black_box(&b)).render(false).len())
    });
    group.bench_function("streamed evaluate", |bench| {
        bench.iter(|| evaluate_records(records(old), records(new)))
    });
    group.bench_function("streamed diff", |bench| {
        bench.iter(|| diff_records(records(old), records(new)))
    });
    group.bench_function("streamed diff, NEW reversed", |bench| {
        bench.iter(|| diff_records(records(old), records(reversed)))
    });
    group.finish();
}

criterion_group!(benches, eval_and_diff);
criterion_main!(benches);
