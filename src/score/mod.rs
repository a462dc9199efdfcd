//! Stage 3 of the pipeline, factor scores: one file per factor of the default scorer.
//!
//! Every factor is a small pure function from the analysed document (and its term weights) to
//! one number per sentence, so factors can be tested and benchmarked alone. Stage 4,
//! [`crate::combine`], weighs and adds them up; the [`crate::algorithm`] catalogue holds the
//! other scorers, which replace both stages.

pub(crate) mod coverage;
pub(crate) mod frequency;
pub(crate) mod length;
pub(crate) mod position;
pub(crate) mod query;
pub(crate) mod speaker;
pub(crate) mod tfidf;
