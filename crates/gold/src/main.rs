//! `gloss-gold DIR`: writes `DIR/<id>.jsonl` (one SPEC record) for every `DIR/<id>.gold`, so
//! the hand-written gold is also available in the output contract's shape.
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: gloss-gold DIR   (writes DIR/<id>.jsonl for every DIR/<id>.gold)");
        return ExitCode::from(2);
    };
    match run(Path::new(&dir)) {
        Ok(n) => {
            eprintln!("wrote {n} gold records in {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gloss-gold: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<usize, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "gold"))
        .collect();
    paths.sort();
    for path in &paths {
        let src = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let gold = gloss_gold::parse(&src).map_err(|e| format!("{}:{e}", path.display()))?;
        let line = serde_json::to_string(&gold.to_record()).map_err(|e| e.to_string())?;
        std::fs::write(path.with_extension("jsonl"), line + "\n")
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(paths.len())
}
