//! Writes a large JSONL input for throughput and memory measurements: the bundled corpus
//! bulletins, repeated until the output reaches the size asked for.
//!
//! `cargo run --release --example make-jsonl -- 100 > /tmp/gloss-100mb.jsonl` (size in MB), then
//! `/usr/bin/time -v target/release/gloss annotate /tmp/gloss-100mb.jsonl -j1 -o /dev/null`.

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let megabytes: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/bulletins");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let docs = paths
        .iter()
        .map(std::fs::read_to_string)
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut written, mut n) = (0u64, 0usize);
    while written < megabytes * 1_000_000 {
        let doc = &docs[n % docs.len()];
        let line = serde_json::json!({"id": format!("doc-{n}"), "text": doc, "meta": {"copy": n / docs.len()}});
        let bytes = serde_json::to_vec(&line)?;
        out.write_all(&bytes)?;
        out.write_all(b"\n")?;
        written += bytes.len() as u64 + 1;
        n += 1;
    }
    out.flush()
}
