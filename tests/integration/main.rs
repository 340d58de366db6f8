//! gloss's integration tests: one test binary (faster to link), one module per concern.

mod cases;
mod cli;
mod corpus;
mod props;
