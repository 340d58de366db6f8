//! gloss's integration tests: one test binary (faster to link), one module per concern.

mod cases;
mod cli;
mod corpus;
mod eval;
mod props;
mod snapshots;

use gloss::Pipeline;
use std::sync::OnceLock;

/// The default pipeline, built once for all tests (building compiles the lexicons).
pub fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::builder()
            .build()
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// The pipeline with tokens.
pub fn pipeline_with_tokens() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::builder()
            .tokens(true)
            .build()
            .unwrap_or_else(|e| panic!("{e}"))
    })
}
